"""Round 72 (blind portals aspnet_vendor_tct, nukeviet45_school_thpt, tct_vnpt_sub_tct,
wp_school_theme_sgddt, laravel_vendor_sgddt, joomla3_ja_pgd): rules, each checked on wording and
markup of other shapes than the portal's."""

from __future__ import annotations

import pytest

from crawler.core.bylines import looks_like_bare_name, parse_byline, parse_signature
from crawler.extract import extract_article

_PROSE = "Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao chất lượng dạy và học trong năm học mới. "


@pytest.mark.parametrize(
    ("line", "authors", "photographers"),
    [
        ("Tác giả: Tin: Lê Thị Thu Hà - Ảnh: Trần Gia Huy (12A3)", ["Lê Thị Thu Hà"], ["Trần Gia Huy"]),
        ("Người viết: Bài, ảnh: Hoàng Minh", ["Hoàng Minh"], ["Hoàng Minh"]),
        ("Tác giả: Tin và ảnh: Nguyễn Văn An", ["Nguyễn Văn An"], ["Nguyễn Văn An"]),
    ],
)
def test_a_byline_typed_into_an_author_field_is_read_by_its_own_labels(line: str, authors: list[str], photographers: list[str]) -> None:
    found = parse_byline(line)
    assert found is not None and found.authors == authors and found.photographers == photographers


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Trường THCS Long Hiệp thông tin", "Trường THCS Long Hiệp"),
        ("Phòng GD&ĐT Càng Long đưa tin", "Phòng GD&ĐT Càng Long"),
        ("Trường Tiểu học Hòa Lợi gửi tin", "Trường Tiểu học Hòa Lợi"),
    ],
)
def test_a_unit_reporting_its_news_is_its_author(line: str, who: str) -> None:
    found = parse_byline(line)
    assert found is not None and found.authors == [who]


@pytest.mark.parametrize("line", ["Nhà trường thông tin", "Các em học sinh thông tin", "Cô giáo chủ nhiệm thông tin"])
def test_a_sentence_with_the_verb_is_no_unit_reporting(line: str) -> None:
    assert parse_byline(line) is None


def test_the_grassroots_union_signs_as_a_unit() -> None:
    assert looks_like_bare_name("Công đoàn cơ sở")
    assert looks_like_bare_name("Công đoàn ngành Giáo dục")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("ThS. A Tuấn, ThS. Lê Thị Mai (Khoa Nhà nước và pháp luật)", ["A Tuấn", "Lê Thị Mai"]),
        ("TS. Y Hương, CN. Đinh Văn Nam (Phòng Quản lý đào tạo)", ["Y Hương", "Đinh Văn Nam"]),
    ],
)
def test_several_names_with_one_unit_in_brackets(line: str, authors: list[str]) -> None:
    found = parse_signature(line, closing=True)
    assert found is not None and found.authors == authors


def _aspnet_page(author_cell: str) -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Trường Chính trị</title></head><body><form method="post" action="./Default.aspx?tabid=61" id="Form">'
        '<input type="hidden" name="__VIEWSTATE" value="x"><div id="main"><table class="chi-tiet">'
        "<tr><td class=tieude>Đổi mới phương pháp giảng dạy lý luận chính trị hiện nay</td></tr>"
        "<tr><td class=ngay>Thứ Năm, 26/11/2026</td></tr>"
        f"<tr><td class=author align=right>{author_cell}</td></tr>"
        f"<tr><td class=noidung><p>{_PROSE * 3}</p><p>{_PROSE * 2}</p></td></tr></table></div></form></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("cell", "authors"),
    [
        ("<b>ThS. Phạm Văn Hải, ThS. Lê Thị Mai (Khoa Lý luận cơ sở)</b>", ["Phạm Văn Hải", "Lê Thị Mai"]),
        ("<strong>Nguyễn Văn Bình</strong>", ["Nguyễn Văn Bình"]),
    ],
)
def test_an_author_box_inside_the_page_wide_aspnet_form_is_read(cell: str, authors: list[str]) -> None:
    assert extract_article(_aspnet_page(cell), "http://h/Default.aspx?tabid=61&newsid=2393")["authors"] == authors


def test_a_comment_forms_name_field_is_still_no_author() -> None:
    page = _aspnet_page("").replace(
        b"</table></div></form>",
        b'</table><div class=comment><form method=post action=/binh-luan><label class=author>Nguy\xe1\xbb\x85n V\xc4\x83n Kh\xc3\xa1ch</label><input name=author></form></div></div></form>',
    )
    assert extract_article(page, "http://h/Default.aspx?tabid=61&newsid=2393")["authors"] == []


def _page(crumbs: str, title: str, tools: str = "") -> bytes:
    return (
        '<html><head><meta charset="utf-8"><title>Sở GD&amp;ĐT</title></head><body><div class=wrap>'
        f"<ol class=breadcrumb>{crumbs}</ol><div class=post><h1>{title}</h1><div class=meta>Ngày 28/11/2026 09:30 {tools}</div>"
        f"<div class=text><p>{_PROSE * 3}</p><p>{_PROSE * 2}</p></div></div></div></body></html>"
    ).encode()


def test_a_trail_ending_with_the_headline_cut_short_names_the_section_before_it() -> None:
    crumbs = '<li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/1023">Nghiên cứu khoa học</a></li><li class=active>Hội thảo khoa học “Nâng cao chất lượng g...</li>'
    page = _page(crumbs, "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị trong giai đoạn mới”")
    assert extract_article(page, "http://h/tin-tuc/chi-tiet/5852/hoi-thao.html")["category"] == "Nghiên cứu khoa học"


def test_a_print_link_then_a_mail_link_file_the_post_under_nothing() -> None:
    crumbs = '<li><a href="/">Trang chủ</a></li><li><a href="/news/">Tin tức</a></li><li><a href="/news/hoat-dong/">Hoạt động</a></li>'
    tools = '<a href="/news/print/hoat-dong/x-1.html">Bản in</a> <a href="/news/sendmail/hoat-dong/x-1.html">Gửi email</a>'
    record = extract_article(_page(crumbs, "Hội nghị cán bộ, viên chức năm học 2026 - 2027", tools), "http://h/news/hoat-dong/x-1.html")
    assert record["category"] == "Hoạt động"


@pytest.mark.parametrize("badge", ['<span class="tvd-badge-new">Mới</span>', "<em>NEW</em>", '<small class="label">Hot</small>'])
def test_a_badge_closing_the_headline_is_no_part_of_it(badge: str) -> None:
    page = _page('<li><a href="/">Trang chủ</a></li>', f"Thông báo lịch nghỉ Tết Dương lịch năm 2027 {badge}")
    assert extract_article(page, "http://h/2026/12/thong-bao/")["title"] == "Thông báo lịch nghỉ Tết Dương lịch năm 2027"


def test_a_headline_ending_with_the_word_itself_keeps_it() -> None:
    page = _page('<li><a href="/">Trang chủ</a></li>', "Chào đón năm học mới")
    assert extract_article(page, "http://h/2026/09/chao-don/")["title"] == "Chào đón năm học mới"
