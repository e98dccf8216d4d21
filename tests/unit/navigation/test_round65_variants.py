"""Round 65 (blind portal onclick_nav_thcs): links that only a click handler follows, each rule
checked on markup of other shapes than the portal's (other function names, parameters, quotes,
list markup)."""

from __future__ import annotations

import lxml.html

from crawler.extract.document import parse
from crawler.navigation.links import extract_links
from crawler.navigation.scripts import script_call, script_pagers
from crawler.plan import PageHints, plan_page

TEXT = "<p>" + "Nội dung của trang được viết khá dài để trang có chữ của nó. " * 4 + "</p>"


def test_a_function_that_sets_the_windows_address_is_a_pager() -> None:
    source = """
        function goTrang(so) { document.location.href = "/tin-tuc/danh-sach.php?muc=4&trang=" + so; return false; }
        var moTin = function (ma) { location.assign('/bai/' + ma + '.html'); };
        function inTrang() { window.print(); }
        function kiemTra(a) { if (location.href == '/x?' + a) { return 1; } }
    """
    pagers = script_pagers(source)
    assert pagers["goTrang"].url(("3",), "http://h/tin-tuc/") == "http://h/tin-tuc/danh-sach.php?muc=4&trang=3"
    assert pagers["moTin"].url(("812",), "http://h/") == "http://h/bai/812.html"
    assert "inTrang" not in pagers
    assert "kiemTra" not in pagers  # a comparison with the address opens nothing
    assert script_call("return goTrang(3);", "3") is not None


def _links(markup: str, url: str = "http://h/index.php") -> dict[str, str]:
    tree = lxml.html.fromstring(f"<html><head><script>{SCRIPT}</script></head><body>{markup}</body></html>")
    return {link.url.split("/", 3)[3]: link.via for link in extract_links(tree, url).links}


SCRIPT = "function docBai(loai, ma) { window.location = 'chitiet.asp?loai=' + loai + '&ma=' + ma; return false; }"


def test_a_title_link_calling_the_pages_function_leads_where_the_function_goes() -> None:
    got = _links(
        "<ul class=ds>"
        "<li><a href='#' onclick='return docBai(2, 145)'>Hội nghị cán bộ, công chức, viên chức năm học 2026-2027</a></li>"
        "<li><a href=\"javascript:docBai(2,146)\">Kết quả kỳ thi chọn học sinh giỏi cấp huyện lớp 9</a></li>"
        "<li><a href='#' onclick='return khongCo(147)'>Một bài không có hàm nào đọc được địa chỉ</a></li>"
        "</ul>"
    )
    assert got["chitiet.asp?loai=2&ma=145"] == "script"
    assert got["chitiet.asp?loai=2&ma=146"] == "script"
    assert not any("147" in u for u in got)  # a function the page does not define leads nowhere known


LIST_OF_ROWS = """<html><head><title>Tin tức - Trường Tiểu học Hòa Bình</title></head><body>
<div class=menu><a href="/">Trang chủ</a> <a href="/?m=tin">Tin tức</a> <a href="/?m=lh">Liên hệ</a></div>
<h2>TIN TỨC</h2>
<div class="dsTin">
 <div class=dong onclick="location.href='/?m=tin&amp;xem=31'"><span class=td>Học sinh trường Tiểu học Hòa Bình tham gia ngày hội đọc sách</span><br>20/11/2026</div>
 <div class=dong onclick="location.href='/?m=tin&amp;xem=30'"><span class=td>Tổ chức chuyên đề dạy học môn Tiếng Việt lớp 4 năm học mới</span><br>12/11/2026</div>
 <div class=dong onclick="location.href='/?m=tin&amp;xem=29'"><span class=td>Hội thi giáo viên làm đồ dùng dạy học cấp trường năm 2026</span><br>05/11/2026</div>
 <div class=dong onclick="location.href='/?m=tin&amp;xem=28'"><span class=td>Phát động phong trào kế hoạch nhỏ trong học kỳ một</span><br>28/10/2026</div>
</div>
<div class=footer>Trường Tiểu học Hòa Bình. Điện thoại: 0262 3850 111</div>
</body></html>"""


def test_rows_that_are_links_by_their_click_handler_make_a_list() -> None:
    got = plan_page(parse(LIST_OF_ROWS.encode(), "http://h/?m=tin"), PageHints())
    assert got.kind == "listing"
    assert [lk.url.rsplit("=", 1)[-1] for lk in got.entries] == ["31", "30", "29", "28"]


ARTICLE = """<html><head><title>Hội thi giáo viên làm đồ dùng dạy học - Trường Tiểu học Hòa Bình</title></head><body>
<div class=menu><a href="/">Trang chủ</a> <a href="/?m=tin">Tin tức</a></div>
<div class=bai><h1>Hội thi giáo viên làm đồ dùng dạy học cấp trường năm 2026</h1><div class=ngay>05/11/2026</div>
""" + TEXT * 3 + """</div>
<div class=quangcao onclick="location.href='/?m=tin&amp;xem=30'"><b>Tổ chức chuyên đề dạy học môn Tiếng Việt lớp 4 năm học mới</b></div>
<div class=footer>Trường Tiểu học Hòa Bình. Điện thoại: 0262 3850 111</div>
</body></html>"""


def test_one_clickable_box_beside_a_text_is_no_list() -> None:
    got = plan_page(parse(ARTICLE.encode(), "http://h/?m=tin&xem=29"), PageHints())
    assert got.kind == "article"
    assert [lk.url.rsplit("=", 1)[-1] for lk in got.article_links] == ["30"]


LAST_PAGE_READ_ON = """<html><head><title>Hoạt động - Trường THPT Chợ Mới</title></head><body>
<div class=menu><a href="/">Trang chủ</a> <a href="/hoat-dong">Hoạt động</a> <a href="/lien-he">Liên hệ</a></div>
<section class="listing">
 <article class="card"><h4>Tuổi trẻ nhà trường ra quân hưởng ứng tháng thanh niên năm 2026</h4>
 <p>Sáng 02/3, Đoàn trường tổ chức lễ ra quân hưởng ứng tháng thanh niên với nhiều hoạt động thiết thực...</p>
 <a class="btn" href="/bai-viet/tuoi-tre-ra-quan-thang-thanh-nien-2026-77.html">Xem tiếp</a></article>
</section>
<div class="phan-trang"><a href="/hoat-dong?page=1">1</a> <b>2</b></div>
<div class=footer>Trường THPT Chợ Mới, Bắc Kạn</div>
</body></html>"""


def test_a_last_page_whose_one_entry_is_opened_by_read_on_is_a_listing() -> None:
    # "Xem tiếp" says a list's next page as often as a post's "read on": the address decides
    got = plan_page(parse(LAST_PAGE_READ_ON.encode(), "http://h/hoat-dong?page=2"), PageHints(paged=True))
    assert got.kind == "listing"
    assert [lk.url.rsplit("/", 1)[-1] for lk in got.entries] == ["tuoi-tre-ra-quan-thang-thanh-nien-2026-77.html"]
    # the same words leading to the list's next page stay its pager
    pager = LAST_PAGE_READ_ON.replace("/bai-viet/tuoi-tre-ra-quan-thang-thanh-nien-2026-77.html", "/hoat-dong?page=3")
    got = plan_page(parse(pager.encode(), "http://h/hoat-dong?page=2"), PageHints(paged=True))
    assert got.entries == []
