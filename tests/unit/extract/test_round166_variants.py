"""Markup shapes of round 166's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from crawler.extract.document import parse
from crawler.plan import plan_page
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_the_time_in_the_box_after_a_labelled_day_completes_it() -> None:
    # (a page builder's two editable fields: the labelled day, then "| 15:20" in a box of its own)
    body = (
        f"<main><div class='c-head'><h1>{_TITLE}</h1></div><div class='c-meta'><span class='m-ngay'><span class='nhan'>Ngày đăng:</span> "
        "<span>Thứ Sáu, 4 tháng 12, 2026</span></span><span class='m-gio'>| 09:40</span><span class='m-xem'>Lượt xem: 212</span></div>"
        f"<div class='c-text'><p>{_P1}</p><p>{_P2}</p></div></main>"
    )
    assert _read(body)["published_at"] == "2026-12-04T09:40:00+07:00"


def test_the_publications_label_after_the_posters_in_a_line_wins_over_the_update_stamp() -> None:
    body = (
        f"<table><tr><td class='tieu_de'>{_TITLE}</td></tr><tr><td><i>(Cập nhật: 03/12/2026 10:05)</i></td></tr>"
        f"<tr><td class='nd'><p>{_P1}</p><p>{_P2}</p><div align='right'>Người đăng: admin_tct | Ngày đăng: 27/11/2026 14:10</div></td></tr></table>"
    )
    assert _read(body)["published_at"] == "2026-11-27T14:10:00+07:00"


def test_a_card_linked_whole_by_an_empty_anchor_is_no_text_and_the_byline_closes_the_text() -> None:
    body = (
        f"<article><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='phan-chinh'><p>{_P1}</p><p>{_P2}</p>"
        "<p style='text-align:right'><em>Bài: Trần Minh Khoa</em></p>"
        "<div class='the-video'><div class='nen'></div><div class='chu'><h5>Xem phóng sự về hội thi</h5>"
        "<p>Đài Truyền thanh – Truyền hình huyện thực hiện</p></div><a class='phu-kin' href='https://video.example.org/v/31'></a></div></div></article>"
    )
    record = _read(body)
    assert record["body"] == f"{_P1}\n\n{_P2}"
    assert record["authors"] == ["Trần Minh Khoa"]


def test_a_wrapped_titled_photo_field_after_the_text_gives_its_photos() -> None:
    # (a CMS's custom field: a wrapper, the field's box, its label heading, its value's photos)
    photos = "".join(
        f"<div class='o'><a href='/anh/hoi-thi-{n}.jpg'><img src='data:image/gif;base64,R0lGOD' data-src='/anh/hoi-thi-{n}.jpg' alt=''></a><span>{cap}</span></div>"
        for n, cap in ((1, "Tiết mục đồng ca của khối 8"), (2, "Ban giám khảo chấm thi"))
    )
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='bai__noi-dung'><p>{_P1}</p><p>{_P2}</p></div>"
        f"<div class='truong-them'><div class='truong anh'><h3 class='nhan-truong'>Hình ảnh hội thi</h3><div class='gia-tri'>{photos}</div></div></div></div>"
    )
    record = _read(body)
    assert [(i["url"].rsplit("/", 1)[-1], i["caption"]) for i in record["images"]] == [("hoi-thi-1.jpg", "Tiết mục đồng ca của khối 8"), ("hoi-thi-2.jpg", "Ban giám khảo chấm thi")]
    assert record["body"] == f"{_P1}\n\n{_P2}"


def _blog(read_more: str) -> bytes:
    # (a blog's last page, its one post's intro printed whole under its unlinked title)
    title = "Hội thi kể chuyện theo sách cho học sinh lớp 5"
    return _page(
        f"<div class='blog'><h1>Tin tức</h1><div class='bai-blog'><div class='dau'><h2>{title}</h2><p>Ngày 03/12/2026</p></div>"
        f"<p>{_P1}</p><p>{_P2}</p><p><a class='nut' href='/tin-tuc/3-hoi-thi-ke-chuyen'>{read_more.format(title=title[:40] + '...')}</a></p></div>"
        "<div class='trang'><a href='/tin-tuc?start=1'>1</a> <span>2</span></div></div>",
        "Trường Tiểu học Hòa Bình",
    )


def test_a_read_more_naming_its_headline_makes_the_post_a_teaser() -> None:
    assert plan_page(parse(_blog("Đọc thêm: {title}"), "http://h/tin-tuc?start=2")).kind != "article"


def test_a_see_also_pointer_naming_another_post_leaves_the_post_an_article() -> None:
    page = _page(
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p>"
        "<p><a href='/tin-tuc/77-hoi-thi-ke-chuyen'>Xem thêm: Hội thi kể chuyện theo sách năm học 2025 - 2026</a></p></div></div>",
        _TITLE,
    )
    assert plan_page(parse(page, _URL)).kind == "article"
