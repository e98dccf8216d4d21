"""Round 56 (blind portals bootstrap_dupes_thpt, ajax_tabs_home_pgd, wp_wpbakery_tct): extraction
and discovery rules on markup of other shapes than the portals', and the near misses that must
stay."""

from __future__ import annotations

import pytest

from crawler.core.bylines import looks_like_bare_name
from crawler.extract import extract_article
from crawler.extract.blocks import is_hidden
from crawler.extract.document import parse
from crawler.navigation.links import extract_links
from crawler.navigation.scripts import loaded_lists

_PROSE = "".join(
    f"<p>Đoạn thứ {i} kể về hội thi giáo viên chủ nhiệm giỏi cấp thành phố với nhiều phần thi sôi nổi và sáng tạo.</p>" for i in range(4)
)
_TITLE = "Hội thi giáo viên chủ nhiệm giỏi cấp thành phố năm học 2026 - 2027"


def _page(text: str, head: str = "") -> str:
    return f"<html><body><div class='wrap'><h1>{_TITLE}</h1><div class='ngay'>20/11/2026</div>{head}<div class='bai'>{text}</div></div></body></html>"


# --- a page read as a desktop reader sees it ------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "hidden"),
    [
        ("d-md-none", True),
        ("card d-lg-none", True),
        ("hidden-lg hidden-md", True),
        ("visible-xs", True),
        ("md:hidden", True),
        ("hide-for-large", True),
        ("d-none d-md-block", False),  # hidden on a phone only
        ("d-md-none d-xl-block", False),  # shown again on a large screen
        ("d-flex", False),
        ("hidden-xs", False),  # hidden on a phone only
    ],
)
def test_what_a_phone_alone_shows_is_hidden(cls: str, hidden: bool) -> None:
    el = parse(f"<html><body><div class='{cls}'>x</div></body></html>".encode(), "http://h/").tree.find(".//div")
    assert is_hidden(el) is hidden


def test_the_phones_copy_of_the_lead_photo_and_sapo_is_left_out() -> None:
    head = (
        "<p class='sapo d-none d-lg-block'><b>Hội thi thu hút 46 giáo viên đến từ 23 trường học trên địa bàn thành phố tham dự.</b></p>"
        "<p class='sapo d-lg-none'><b>Hội thi thu hút 46 giáo viên đến từ 23 trường học trên địa bàn thành phố tham dự.</b></p>"
        "<figure class='d-none d-sm-block'><img src='/anh/wide/hoi-thi.jpg'><figcaption>Các thí sinh tại lễ khai mạc</figcaption></figure>"
        "<figure class='d-sm-none'><img src='/anh/square/hoi-thi.jpg'><figcaption>Các thí sinh tại lễ khai mạc</figcaption></figure>"
    )
    record = extract_article(_page(_PROSE, head), "http://h/tin/7")
    assert [img["url"] for img in record["images"]] == ["http://h/anh/wide/hoi-thi.jpg"]
    assert record["body"].count("46 giáo viên") == 1


# --- raw shortcodes at a paragraph's edges -----------------------------------------------------------


def test_shortcodes_left_at_a_paragraphs_edges_are_no_text() -> None:
    text = "<p>[vc_column_text]Sáng 19/11, hội thi khai mạc tại hội trường Phòng GD&amp;ĐT.</p>" + _PROSE + "<p>Hội thi kết thúc tốt đẹp.[/vc_column_text]</p>"
    body = extract_article(_page(text), "http://h/tin/7")["body"]
    assert body.startswith("Sáng 19/11, hội thi khai mạc") and body.endswith("Hội thi kết thúc tốt đẹp.")
    assert "[" not in body


@pytest.mark.parametrize("line", ["[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.240.", "Xem chi tiết tại [Phụ lục] kèm theo công văn."])
def test_brackets_that_are_no_shortcodes_stay(line: str) -> None:
    assert line in extract_article(_page(_PROSE + f"<p>{line}</p>"), "http://h/tin/7")["body"]


# --- credits ------------------------------------------------------------------------------------------


def test_an_author_box_of_lines_names_its_first_line_not_the_post_under_it() -> None:
    head = "<div class='author-field'><span>Tác giả:</span> <strong>TS. Lê Quang Hiếu</strong><br><span>Trưởng khoa Lý luận cơ sở</span></div>"
    record = extract_article(_page(_PROSE, head), "http://h/tin/7")
    assert record["authors"] == ["Lê Quang Hiếu"]


@pytest.mark.parametrize(("line", "signs"), [("Công đoàn ngành Giáo dục", True), ("Công đoàn ngành", True), ("Công đoàn ngành giáo dục tổ chức", False)])
def test_a_sectors_union_signs(line: str, signs: bool) -> None:
    assert looks_like_bare_name(line) is signs


# --- a list an inline script loads ------------------------------------------------------------------


def _shell(script: str, tabs: str = "") -> str:
    return f"<html><body><ul>{tabs}</ul><div id='ds'></div><script>{script}</script><script src='/js/app.js'></script></body></html>"


def test_the_list_a_page_loads_on_load_and_per_tab_is_followed() -> None:
    script = (
        "var MAC_DINH = 7;\n$(function(){ var dm = MAC_DINH; $('#ds').load('/ajax/danh-sach.php?dm=' + dm + '&trang=1');"
        " $('.tab').on('click', function(){ dm = $(this).data('dm'); $('#ds').load('/ajax/danh-sach.php?dm=' + dm + '&trang=1'); }); });"
    )
    tabs = "<li class='tab' data-dm='7'>Tin tức</li><li class='tab' data-dm='9'>Thông báo</li>"
    links = extract_links(parse(_shell(script, tabs).encode(), "http://h/").tree, "http://h/")
    loaded = [lk.url for lk in links.links if lk.via == "script_list"]
    assert loaded == ["http://h/ajax/danh-sach.php?dm=7&trang=1", "http://h/ajax/danh-sach.php?dm=9&trang=1"]
    assert "http://h/js/app.js" in links.script_files


def test_a_posted_load_or_an_unknown_variable_loads_nothing() -> None:
    assert loaded_lists("$.ajax({type: 'POST', url: '/ajax/luu.php?id=' + id});", {"id": "3"}, lambda name: []) == []
    assert loaded_lists("$('#ds').load('/ajax/ds.php?dm=' + khongRo);", {}, lambda name: []) == []


def test_an_author_box_right_after_the_text_credits_its_labelled_name() -> None:
    box = "<div class='hop-tac-gia'><span>Tác giả:</span> <b>ThS. Phan Thị Lệ</b><br><span>Khoa Lý luận cơ sở</span></div>"
    html = _page(_PROSE).replace("</div></div></body>", f"</div>{box}</div></body>")
    record = extract_article(html, "http://h/tin/7")
    assert record["authors"] == ["Phan Thị Lệ"]
    assert "Khoa Lý luận cơ sở" not in record["body"]
