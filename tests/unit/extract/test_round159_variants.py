"""Markup shapes of round 159's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

from crawler.extract import extract_article
from tests.unit.extract.test_round117_variants import _P1, _P2, _TITLE, _page

_URL = "http://127.0.0.1/tin-tuc/hoi-thi-giai-dieu-tuoi-hong.html"


def _read(body: str, title: str = _TITLE, url: str = _URL) -> dict:
    return extract_article(_page(body, title), url)


def test_a_category_line_names_one_category_before_its_bar() -> None:
    body = (
        f"<div class='duong-dan breadcrumb'><a href='/'>Trang chủ</a> › <a href='/tin-tuc'>Tin tức</a> › <span>{_TITLE}</span></div>"
        f"<div class='bai'><h1>{_TITLE}</h1><p class='ngay'>Ngày 04/12/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p></div>"
        "<div class='thong-tin'>Chuyên mục: <a href='/tin-tuc/doan-doi'>Đoàn - Đội</a> | Người đăng: <a href='/user/7'>bientap</a></div></div>"
    )
    assert _read(body)["category"] == "Đoàn - Đội"


def test_a_side_menu_between_the_headline_and_the_text_does_not_end_the_date_region() -> None:
    body = (
        f"<div class='tieu-de-trang'><h1>{_TITLE}</h1></div>"
        "<div class='hang'><div class='left-nav menu-doc'><ul><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
        "<li><a href='/tin-tuc'>Tin tức</a></li><li><a href='/van-ban'>Văn bản</a></li><li><a href='/lien-he'>Liên hệ</a></li></ul></div>"
        "<div class='cot-noi-dung'><div class='dong-ngay'>Ngày 04/12/2026</div>"
        f"<div class='noi-dung-trang'><p>{_P1}</p><p>{_P2}</p></div></div></div>"
    )
    assert _read(body)["published_at"] == "2026-12-04"


def test_a_pen_name_box_under_the_date_signs_the_post() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><div class='tt'><span class='ngay'>Ngày 04/12/2026</span> "
        "<span class='but-danh'>Minh Khôi</span></div>"
        f"<div class='nd'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    assert _read(body)["authors"] == ["Minh Khôi"]


def test_the_lead_photo_over_the_date_and_byline_lines_is_the_posts_and_the_date_below_it_is_read() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1>"
        "<div class='anh-dai-dien'><img src='/anh/2026/12/hoi-thi.jpg' alt=''><div class='chu-thich'>Tiết mục múa của chi đội 8A2</div></div>"
        "<div class='dong-tin'><div class='ngay'>Ngày 04/12/2026</div><div class='nguoi-viet'>Thu Trang</div></div>"
        f"<div class='noi-dung'><p>{_P1}</p><p>{_P2}</p></div></div>"
    )
    record = _read(body)
    assert [image["url"] for image in record["images"]] == ["http://127.0.0.1/anh/2026/12/hoi-thi.jpg"]
    assert record["published_at"] == "2026-12-04"


def test_a_web_part_set_inside_the_rich_text_is_no_text() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='ms-rtestate-field'><p>{_P1}</p>"
        "<div class='ms-rtestate-read ms-rte-wpbox'><div class='ms-webpart-chrome'><h2 class='ms-webpart-titleText'>Danh sách văn bản</h2>"
        "<table class='ms-listviewtable'><tr><th>Tên</th><th>Ngày</th></tr><tr><td><a href='/VanBan/KH-12.pdf'>KH-12</a></td><td>12/1/2026</td></tr></table></div></div>"
        f"<p>{_P2}</p></div></div>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"


def test_an_image_title_is_a_caption_only_where_the_page_runs_the_caption_script() -> None:
    image = "<img class='caption' src='/images/2026/hoi-thi.jpg' title='Tiết mục múa của chi đội 8A2' alt=''>"
    body = f"<div class='item-page'><h2>{_TITLE}</h2><div itemprop='articleBody'><p>{_P1}</p><p>{image}</p><p>{_P2}</p></div></div>"
    assert [i["caption"] for i in _read(body)["images"]] == [None]
    scripted = f"<script src='/media/system/js/caption.js'></script>{body}"
    assert [i["caption"] for i in _read(scripted)["images"]] == ["Tiết mục múa của chi đội 8A2"]


def test_an_attachment_line_with_its_download_button_after_a_dash_is_no_text() -> None:
    body = (
        f"<div class='bai'><h1>{_TITLE}</h1><p>Ngày 04/12/2026</p><div class='nd'><p>{_P1}</p><p>{_P2}</p>"
        "<ul class='tep'><li><a href='/uploads/ke-hoach.docx'>Kế hoạch tổ chức hội thi</a> (DOCX, 56 KB) – <a href='/uploads/ke-hoach.docx'>Tải về</a></li></ul></div></div>"
    )
    assert _read(body)["body"] == f"{_P1}\n\n{_P2}"
