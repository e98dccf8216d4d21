"""Markup shapes of round 106's blind portals, written again in other words and classes: each
test holds the rule, not the fixture (the fixture's own crawl holds the fixture)."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.core.bylines import looks_like_bare_name
from crawler.extract import extract_article
from crawler.extract.blocks import is_footnote_mark, linearize
from crawler.extract.document import parse
from crawler.extract.metadata import read_metadata

_P1 = (
    "Sáng 18/11/2026, Trường THCS Quang Trung tổ chức hội thi rung chuông vàng cho học sinh khối 8 với sự tham gia "
    "của 60 thí sinh đến từ 8 lớp."
)
_P2 = (
    "Các câu hỏi xoay quanh kiến thức lịch sử, địa lý, văn hóa địa phương và kỹ năng sống, giúp các em vừa học vừa chơi "
    "trong không khí sôi nổi."
)
_P3 = "Kết thúc hội thi, em Lê Minh Châu lớp 8A3 xuất sắc giành danh hiệu Rung chuông vàng năm học 2026 - 2027."
_TITLE = "Hội thi Rung chuông vàng khối 8 năm học 2026 - 2027 sôi nổi, bổ ích"
_URL = "http://127.0.0.1/bai-viet/hoi-thi-rung-chuong-vang-khoi-8-nam-hoc-2026-2027/"


def _page(body: str, head: str = "") -> bytes:
    return (
        f'<html lang="vi"><head><meta charset="utf-8"><title>Rung chuông vàng khối 8 | THCS Quang Trung</title>{head}</head><body>'
        '<div class="menu-tren"><a href="/">Trang chủ</a><a href="/chuyen-muc/tin-tuc/">Tin tức</a><a href="/chuyen-muc/doi-doi/">Đội - Đoàn</a></div>'
        f"{body}<footer><p>Trường THCS Quang Trung. Điện thoại: 0238 3811 444.</p></footer></body></html>"
    ).encode()


def _read(body: str, head: str = "", url: str = _URL) -> dict:
    return extract_article(_page(body, head), url)


_PAGE_HEADER = (
    f'<div id="dau-trang"><div class="header-wrap"><div class="header-inner"><h1 class="header-title"><span>{_TITLE}</span></h1>'
    '<div class="thong-tin-bai"><div class="ngay-dang">18 Tháng Mười Một, 2026 lúc 3:30 chiều</div>'
    '<div class="muc">Trong <a href="/chuyen-muc/doi-doi/">Đội - Đoàn</a>, <a href="/chuyen-muc/tin-tuc/">Tin tức</a></div></div></div></div></div>'
)
_POST = f'<div class="khung"><article class="post"><div class="post-content"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div></article></div>'


def test_a_headline_in_the_pages_header_spelling_the_address_is_the_posts_and_its_text_follows() -> None:
    record = _read(_PAGE_HEADER + _POST)
    assert record["title"] == _TITLE
    assert record["body"].startswith(_P1) and _P3 in record["body"]
    assert record["published_at"] == "2026-11-18T15:30:00+07:00"


def test_of_the_meta_lines_categories_the_one_the_trail_names_is_the_posts() -> None:
    trail = f'<p class="duong-dan"><span><a href="/">Trang chủ</a> » <a href="/chuyen-muc/tin-tuc/">Tin tức</a> » <span>{_TITLE}</span></span></p>'
    assert _read(_PAGE_HEADER + trail + _POST)["category"] == "Tin tức"


def test_a_json_ld_trails_last_step_linking_nowhere_is_the_page_itself() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "http://127.0.0.1/"},'
        '{"@type": "ListItem", "position": 2, "name": "Đội - Đoàn", "item": "http://127.0.0.1/chuyen-muc/doi-doi/"},'
        '{"@type": "ListItem", "position": 3, "name": "Rung chuông vàng khối 8"}]}</script>'
    )
    page = parse(_page(_POST, ld), _URL, None)
    assert read_metadata(page.tree, _URL).breadcrumbs == ["Trang chủ", "Đội - Đoàn"]


def test_a_line_alone_in_the_text_part_of_a_media_module_is_the_photos_caption() -> None:
    module = (
        '<div class="single-media"><div class="tile"><div class="tile-visual"><div class="visual-inner"><img src="/up/rcv.jpg" width="800" height="500"></div></div>'
        '<div class="tile-text"><div class="tile-text-inner"><h4 class="tile-title">Thí sinh giơ bảng trả lời câu hỏi số 10</h4></div></div></div></div>'
    )
    record = _read(f'<article class="post"><h1>{_TITLE}</h1><div class="post-content"><p>{_P1}</p>{module}<p>{_P2}</p><p>{_P3}</p></div></article>')
    assert [im["caption"] for im in record["images"]] == ["Thí sinh giơ bảng trả lời câu hỏi số 10"]
    assert "Thí sinh giơ bảng" not in record["body"]


def test_a_last_edit_box_with_its_editor_and_date_apart_dates_nothing_and_the_posting_line_gives_the_time() -> None:
    body = (
        f'<div class="bai"><h1>{_TITLE}</h1><div class="sua-cuoi">Sửa lần cuối bởi <a href="/u/qt">Quản trị</a> vào 2026/11/20 08:10</div>'
        f'<div class="hop-ngay"><span>18</span><span>Tháng 11</span><span>2026</span></div><div class="noi-dung"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>'
        '<div class="chan-bai">Đăng bởi <a href="/u/qt">Quản trị</a> vào <span>2026/11/18 15:30</span></div></div>'
    )
    assert _read(body)["published_at"] == "2026-11-18T15:30:00+07:00"


@pytest.mark.parametrize(
    "note",
    [
        '<li><div class="note" id="n1"><a href="#x_footnote_ref_1">^</a> Kế hoạch số 45/KH-PGD ngày 02/11/2026.</div></li>',
        '<li id="fn:1">Kế hoạch số 45/KH-PGD ngày 02/11/2026. <a class="back" href="#fnref:1"><sup>[return]</sup></a></li>',
    ],
)
def test_a_signature_before_the_notes_with_their_back_links_is_read(note: str) -> None:
    body = (
        f'<div class="bai"><h1>{_TITLE}</h1><div class="noi-dung"><p>{_P1}<sup><a href="#n1">1</a></sup></p><p>{_P2}</p><p>{_P3}</p>'
        f'<p style="text-align:right"><b>ThS. Đỗ Thị Hương - Tổ Xã hội</b></p><ol class="ghi-chu">{note}</ol></div></div>'
    )
    record = _read(body)
    assert record["authors"] == ["Đỗ Thị Hương"]
    assert record["body"].endswith("Kế hoạch số 45/KH-PGD ngày 02/11/2026.")


def test_a_back_link_in_a_sup_of_its_own_is_a_footnote_mark() -> None:
    a = lxml.html.fromstring('<a href="#fnref:2"><sup>[return]</sup></a>')
    assert is_footnote_mark(a)
    assert [b["text"] for b in linearize([lxml.html.fromstring('<div><p>Một câu của bài.</p></div>')], _URL)] == ["Một câu của bài."]


@pytest.mark.parametrize("unit", ["Ban chủ nhiệm CLB", "Ban chủ nhiệm Hội Khuyến học", "Hội đồng Thi đua - Khen thưởng", "Hội đồng Khoa học"])
def test_a_board_or_a_council_signing_by_its_name_is_a_signature(unit: str) -> None:
    assert looks_like_bare_name(unit)


def test_a_flag_category_featuring_the_post_is_not_its_section() -> None:
    body = (
        f'<div class="bai"><h2 class="td">{_TITLE}</h2><div class="noi-dung"><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>'
        '<div class="the">Chuyên mục: <a href="/tin/?cat=9">Tin nổi bật</a>, <a href="/tin/?cat=3">Đội - Đoàn</a></div></div>'
    )
    page = parse(_page(body), _URL, None)
    assert read_metadata(page.tree, _URL).category_label == "Đội - Đoàn"
