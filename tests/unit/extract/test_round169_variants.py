"""Markup shapes of round 169's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.navigation.links import extract_links
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong"


def _read(body: str, url: str = _URL) -> dict:
    return extract_article(_page(body, _TITLE), url)


def test_a_row_of_the_posts_fields_in_an_intro_box_is_no_lead() -> None:
    body = (
        f"<div class='post-head'><h1 class='post-title'>{_TITLE}</h1><div class='intro-meta'>"
        "<span class='who'><span class='avatar'></span><span>Quản trị viên</span></span><span class='when'>04 Tháng Mười Hai 2026</span>"
        "<span class='cat'><a href='/blog/tin-tuc'>Tin tức</a></span><span class='views'>Lượt xem 215</span></div></div>"
        f"<div class='post-body'><p>{_P1}</p><p>{_P2}</p></div>"
    )
    record = _read(body)
    assert record["summary"] is None
    assert record["body"] == f"{_P1}\n\n{_P2}"


def test_a_resized_cache_copy_of_a_photo_and_a_sized_stand_in_are_no_photos_of_their_own() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày đăng: 04/12/2026</p>"
        "<div class='thumb'><img src='/image/cache/catalog/tin/hoi-thi-01-300x200.jpg' alt=''></div>"
        f"<div class='nd'><p>{_P1}</p><p style='text-align:center'><img src='/image/catalog/tin/hoi-thi-01.jpg' alt=''></p>"
        f"<p style='text-align:center'><em>Tiết mục đồng ca của khối 9</em></p><p>{_P2}</p></div></div>"
    )
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in _read(body)["images"]] == [("hoi-thi-01.jpg", "Tiết mục đồng ca của khối 9")]
    stand_in = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày đăng: 04/12/2026</p>"
        f"<div class='thumb'><img src='/image/cache/no_image-300x200.png' alt=''></div><div class='nd'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(stand_in)["images"] == []


def test_a_page_size_drop_down_is_no_link_of_the_list() -> None:
    page = _page(
        "<div class='list'><select onchange='location = this.value;'><option value='http://h/tin-tuc?limit=5' selected>5</option>"
        "<option value='http://h/tin-tuc?limit=25'>25</option></select>"
        "<select onchange='location = this.value;'><option value='http://h/tin-tuc?page=2'>Trang 2</option></select></div>",
        "Tin tức",
    )
    urls = [lk.url for lk in extract_links(parse(page, "http://h/tin-tuc").tree, "http://h/tin-tuc").links]
    assert "http://h/tin-tuc?limit=25" not in urls
    assert "http://h/tin-tuc?page=2" in urls


def test_the_published_stamp_glued_to_the_updated_one_keeps_its_afternoon() -> None:
    body = (
        f"<article><h1 class='entry-title'>{_TITLE}</h1><div class='entry-content'><p>{_P1}</p><p>{_P2}</p></div>"
        "<footer class='entry-footer'><span class='posted-on'><span class='sr-only'>Đăng ngày </span><a href='/2026/12/04/x/'>"
        "<time class='published'>Tháng Mười Hai 4, 2026 lúc 3:10 chiều</time><time class='updated'>Tháng Mười Hai 4, 2026 lúc 3:19 chiều</time>"
        "</a></span></footer></article>"
    )
    assert _read(body)["published_at"] == "2026-12-04T15:10:00+07:00"


def test_the_featured_photo_over_the_text_fields_label_is_the_first_photo() -> None:
    body = (
        f"<div class='tin'><h1 class='tin-td'>{_TITLE}</h1><div class='tin-tt'><span>Ngày xuất bản: 04/12/2026 16:15</span></div>"
        "<div class='tin-anh'><img src='/documents/35/anh-dai-dien.jpg/0c89de79?t=1' alt=''><div class='tin-anh-mt'>Tiết mục đồng ca của khối 9</div></div>"
        f"<div class='tin-nd'><div class='tin-nhan'>Nội dung</div><div class='tin-nd-html'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    assert [i["url"].rsplit("/", 2)[-2] for i in _read(body)["images"]] == ["anh-dai-dien.jpg"]
