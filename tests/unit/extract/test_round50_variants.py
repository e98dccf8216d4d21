"""Round 50 (blind portals php_tables_thcs, asp_win1258_tct, wp_elementor_posts_thcs,
multipage_vendor_sgddt): extraction rules, each checked on markup of other shapes than the
portal's, and with the near misses that must stay as they were."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.extract import extract_article
from crawler.extract.content import find_content
from crawler.extract.multipage import article_pager

_PROSE = "".join(
    f"<p>Đoạn thứ {i} của bài viết kể lại hoạt động của nhà trường trong tuần qua với nhiều nội dung thiết thực, bổ ích cho học sinh.</p>"
    for i in range(4)
)
_HEADLINE = "Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027"


def _page(text: str, before: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>{_HEADLINE}</title></head><body><div id='wrap'>{before}"
        f"<div class='khung'><div class='tieude'>{_HEADLINE}</div><div class='noidung'>{text}</div>{after}</div></div></body></html>"
    )


# --- an attachment table with icons in its cells (php_tables_thcs) ---


def test_an_icon_in_a_cell_leaves_the_table_a_table_and_its_file_rows_leave_the_text() -> None:
    table = (
        "<p><b>Văn bản kèm theo:</b></p><table border='1'><tr><th>TT</th><th>Tệp</th><th>Tải</th></tr>"
        "<tr><td>1</td><td>Ke_hoach_hoi_thi.docx</td><td><a href='/tai-ve?id=5'><img src='/icons/download.png'> Tải về</a></td></tr>"
        "<tr><td>2</td><td>The_le_hoi_thi.pdf</td><td><a href='/tai-ve?id=6'><img src='/icons/download.png'> Tải về</a></td></tr></table>"
    )
    record = extract_article(_page(_PROSE + table), "http://h/tin?id=12")
    assert "Ke_hoach_hoi_thi" not in record["body"]
    assert "\n\n1\n\n" not in f"\n\n{record['body']}\n\n"


def test_a_photo_in_a_cell_still_makes_a_layout_table() -> None:
    table = (
        "<table><tr><td><p>Cô giáo Lê Thị Hoa hướng dẫn học sinh làm thí nghiệm trong giờ học Hóa học, các em hào hứng tham gia.</p></td>"
        "<td><img src='/upload/2026/11/thi-nghiem.jpg' width='300'></td></tr></table>"
    )
    record = extract_article(_page(_PROSE + table), "http://h/tin?id=12")
    assert "Cô giáo Lê Thị Hoa hướng dẫn học sinh làm thí nghiệm" in record["body"]
    assert " | " not in record["body"]
    assert [img["url"] for img in record["images"]] == ["http://h/upload/2026/11/thi-nghiem.jpg"]


# --- a trail with no name, parted by ">>" (asp_win1258_tct) ---


@pytest.mark.parametrize("sep", ["&gt;&gt;", "»»", "&gt;"])
def test_an_unnamed_trail_parted_by_double_marks_gives_the_category(sep: str) -> None:
    trail = f"<table><tr><td><a href='/default.asp'>Trang chủ</a> {sep} <a href='/tintuc/danhsach.asp?loai=3'><b>Nghiên cứu khoa học</b></a></td></tr></table>"
    record = extract_article(_page(_PROSE, before=trail), "http://h/tintuc/chitiet.asp?id=9")
    assert record["category"] == "Nghiên cứu khoa học"


def test_links_parted_by_bars_are_a_menu_not_a_trail() -> None:
    menu = "<div><a href='/'>Trang chủ</a> | <a href='/gioi-thieu'>Giới thiệu</a> | <a href='/lien-he'>Liên hệ</a></div>"
    record = extract_article(_page(_PROSE, before=menu), "http://h/tin?id=12")
    assert record["category"] != "Liên hệ"


# --- the site's board by its initials (wp_elementor_posts_thcs) ---


@pytest.mark.parametrize("board", ["BTT Nhà trường", "BTT"])
def test_the_media_board_by_its_initials_credits_nobody(board: str) -> None:
    record = extract_article(_page(_PROSE + f"<p style='text-align:right'><b>{board}</b></p>"), "http://h/tin?id=12")
    assert record["authors"] == []
    assert board not in record["body"]


def test_a_writer_signing_after_the_boards_initials_is_credited() -> None:
    record = extract_article(_page(_PROSE + "<p style='text-align:right'><b>Trần Thị Bích Ngọc</b></p>"), "http://h/tin?id=12")
    assert record["authors"] == ["Trần Thị Bích Ngọc"]


# --- a paged article on a vendor portal (multipage_vendor_sgddt) ---


def _paged(url_path: str) -> tuple[object, str]:
    here = f"http://h{url_path}"
    html = (
        f"<html><body><div id='center'><div class='title_news'>{_HEADLINE}</div><div class='content_news'>{_PROSE}</div>"
        f"<div class='paging_news'>Trang: <b>[1]</b> <a href='{url_path}?p=2'>2</a> <a href='{url_path}?p=3'>3</a> | "
        f"<a href='{url_path}?p=all'>Xem toàn bài</a></div></div></body></html>"
    )
    tree = lxml_html.fromstring(html)
    return article_pager(tree, here, find_content(tree).content), here


def test_an_article_paged_by_p_on_its_own_address_is_one_article() -> None:
    pager, here = _paged("/tin-tuc/giao-duc/hoi-thi-gv-gioi-2871.htm")
    assert pager.next_url == f"{here}?p=2"
    assert f"{here}?p=all" in pager.pages and f"{here}?p=3" in pager.pages


def test_p_at_the_sites_root_numbers_posts_not_pages() -> None:
    pager, _ = _paged("/index.php")
    assert pager.next_url is None and pager.pages == ()


# --- the signature and the date a template prints under the text, past its pager ---

_PAGER = "<div class='pager-box'>Trang: <b>[1]</b> <a href='/tin/hoi-thi-12.htm?p=2'>2</a></div>"


@pytest.mark.parametrize(
    ("signature", "author"),
    [("Hoàng Lan (tổng hợp)", "Hoàng Lan"), ("Y Nhun (Trường THPT Kon Tum)", "Y Nhun"), ("Minh Tâm (sưu tầm)", "Minh Tâm")],
)
def test_a_signature_past_the_pager_with_a_note_or_a_unit_signs(signature: str, author: str) -> None:
    after = f"{_PAGER}<div align='right'><b>{signature}</b></div><div>Cập nhật: 02/11/2026 14:20</div>"
    record = extract_article(_page(_PROSE, after=after), "http://h/tin/hoi-thi-12.htm")
    assert record["authors"] == [author]
    assert record["published_at"] == "2026-11-02T14:20:00+07:00"


def test_a_last_edit_under_the_text_is_no_publication_date() -> None:
    after = "<div>Cập nhật lần cuối: 25/11/2026 09:00</div>"
    record = extract_article(_page(_PROSE, after=after), "http://h/tin/hoi-thi-12.htm")
    assert not (record["published_at"] or "").startswith("2026-11-25")


# --- the site's name in a banner's heading (multipage_vendor_sgddt) ---


def test_the_sites_name_in_the_banners_heading_is_no_fallback_headline() -> None:
    html = (
        "<html><head><title>Sở GD&amp;ĐT Kon Tum - Lịch công tác</title></head><body>"
        "<table><tr><td class='banner'><h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM</h1></td><td>Thứ tư, 25/11/2026</td></tr></table>"
        f"<div class='khung'>{_PROSE}</div></body></html>"
    )
    record = extract_article(html, "http://h/lich-cong-tac.htm")
    assert record["title"] != "SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM"
    assert not (record["published_at"] or "").startswith("2026-11-25")


def test_a_banners_heading_the_pages_title_says_may_still_be_the_headline() -> None:
    html = (
        f"<html><head><title>{_HEADLINE}</title></head><body>"
        f"<div class='banner'><h1>{_HEADLINE}</h1></div><div class='khung'>{_PROSE}</div></body></html>"
    )
    assert extract_article(html, "http://h/tin/hoi-thi-12.htm")["title"] == _HEADLINE
