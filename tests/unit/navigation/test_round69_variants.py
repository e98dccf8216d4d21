"""Round 69 (blind portal form_nav_sgddt): pages a GET form opens with nothing typed, and popups
opened by a page's function, each checked on markup of other shapes than the portal's."""

from __future__ import annotations

import lxml.html

from crawler.navigation.links import extract_links, is_pagination_link
from crawler.navigation.scripts import script_pagers


def _links(body: str, url: str = "http://h/tin/index.php") -> list:
    tree = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    return extract_links(tree, url).links


def test_a_drop_down_of_sections_in_a_get_form_opens_each_section() -> None:
    links = _links(
        '<form action="/tin/loc.php" method="GET"><input type=hidden name=kieu value=tin>'
        '<select name="muc"><option value="">-- Chọn mục --</option><option value="12">Hoạt động chuyên môn</option>'
        '<option value="13" selected>Thông báo</option></select><button type="submit">Lọc</button></form>'
    )
    got = {lk.url: (lk.text, lk.in_menu) for lk in links}
    assert got == {"http://h/tin/loc.php?kieu=tin&muc=12": ("Hoạt động chuyên môn", True), "http://h/tin/loc.php?kieu=tin&muc=13": ("Thông báo", True)}


def test_a_paging_form_opens_each_page_of_its_total() -> None:
    url = "http://h/tin/ds.aspx?loai=3&trang=2"
    links = _links(
        '<form action="ds.aspx"><input type="hidden" name="loai" value="3">Trang <input name="trang" value="2" size=3> của 4 <input type="image" src="/go.gif"></form>',
        url,
    )
    pages = [lk.url for lk in links if is_pagination_link(lk, url)]
    assert pages == ["http://h/tin/ds.aspx?loai=3&trang=1", "http://h/tin/ds.aspx?loai=3&trang=3", "http://h/tin/ds.aspx?loai=3&trang=4"]


def test_a_form_asking_for_words_or_posting_opens_nothing() -> None:
    assert _links('<form action="/tim"><input type="text" name="tukhoa"><select name="muc"><option value="1">Tin</option></select><input type=submit></form>') == []
    assert _links('<form action="/binh-chon" method="post"><select name="y"><option value="1">Tốt</option></select><input type=submit></form>') == []
    assert _links('<form action="http://other.example/tim"><select name="m"><option value="1">Tin</option></select></form>') == []
    # a drop-down of how many a page or in what order re-reads the same list
    assert _links('<form action="/tin/"><input type=hidden name=muc value=3><select name="per_page"><option>10</option><option value=20>20</option></select><input type=submit></form>') == []
    assert _links('<form action="/tin/"><select name="sap_xep"><option value="moi">Mới nhất</option><option value="cu">Cũ nhất</option></select><input type=submit></form>') == []


def test_a_function_opening_a_popup_of_a_post_leads_there() -> None:
    pagers = script_pagers("function xemTinMoi(ma) { var w = window.open(\"/tin/chi-tiet.php?ma=\" + ma, \"_blank\", \"width=800,height=600\"); w.focus(); }")
    assert pagers["xemTinMoi"].url(("77",), "http://h/") == "http://h/tin/chi-tiet.php?ma=77"


# Round 71 (blind portal js_menu_pgd): a page whose navigation only its scripts write


def test_a_page_linking_next_to_nothing_is_navigated_by_its_scripts_paths() -> None:
    body = (
        '<div id="nav"></div><script>var items = [["Tin hoạt động", "/hoat-dong/"], ["Thông báo", \'/thong-bao.php?loai=2\']];'
        " items.forEach(function (x) { $('#nav').append('<a href=\"' + x[1] + '\">' + x[0] + '</a>'); });"
        ' document.write("<p><a href=\\"/bai/85-hoi-giang.html\\">Hội giảng</a></p>");'
        ' $.get("/ajax/dem.php"); var anh = "/images/logo.png"; var api = "//cdn.example.com/x.js";</script>'
        '<script type="application/ld+json">{"url": "/ve-chung-toi.html"}</script>'
        '<a href="/lien-he.html">Liên hệ</a>'
    )
    got = {lk.url: lk.via for lk in _links(body, "http://h/")}
    assert got == {
        "http://h/lien-he.html": "href",
        "http://h/hoat-dong/": "script_literal",
        "http://h/thong-bao.php?loai=2": "script_literal",
        "http://h/bai/85-hoi-giang.html": "script_literal",
    }


def test_a_page_with_its_own_links_is_not_read_for_script_paths() -> None:
    menu = "".join(f'<a href="/muc-{k}.html">Mục {k}</a>' for k in range(10))
    got = _links(menu + '<script>var x = "/tin-an.html";</script>', "http://h/")
    assert all(lk.via == "href" for lk in got)
