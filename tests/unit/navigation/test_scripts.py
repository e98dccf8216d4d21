"""crawler.navigation.scripts: where a pager that only a script follows leads, read from the
function's source in the shapes such pagers are written in (none of them a fixture's own)."""

from __future__ import annotations

from crawler.extract.document import parse
from crawler.navigation.links import extract_links
from crawler.navigation.scripts import script_call, script_pagers
from crawler.plan import PageHints, plan_page

BASE = "http://127.0.0.1:8000/tin-tuc/chuyen-muc-5.html"


def _load(source: str, call: str) -> str | None:
    found = script_call(call, "2")
    assert found is not None
    pager = script_pagers(source).get(found.function)
    return pager.url(found.args, BASE) if pager else None


def test_an_ajax_options_object_with_a_data_object() -> None:
    js = "function XemTrang(cm, so) { $.ajax({ type: 'GET', url: '/Handlers/TinTuc.ashx', data: { chuyenmuc: cm, trang: so, loai: 'ds' }, success: function (h) { $('#ds').html(h); } }); }"
    assert _load(js, "XemTrang(5, 2); return false;") == "http://127.0.0.1:8000/Handlers/TinTuc.ashx?chuyenmuc=5&trang=2&loai=ds"


def test_a_get_with_its_data_argument_and_a_method_of_an_object() -> None:
    js = "var Site = Site || {};\nSite.lietKe = function (p) {\n  jQuery.get(\"/api/bai-viet\", {page: p, per: 10}, function (r) { render(r); });\n};"
    assert _load(js, "Site.lietKe(3)") == "http://127.0.0.1:8000/api/bai-viet?page=3&per=10"


def test_an_address_built_by_concatenation_or_a_template_literal() -> None:
    js = "function trang(p) { $('#list').load('ajax/tin.php?muc=7&p=' + p + '&kieu=1'); }\nconst sau = (n) => { fetch(`/tin/${n}/danh-sach`).then(r => r.text()); };"
    assert _load(js, "trang(4)") == "http://127.0.0.1:8000/tin-tuc/ajax/tin.php?muc=7&p=4&kieu=1"
    assert _load(js, "sau(6)") == "http://127.0.0.1:8000/tin/6/danh-sach"


def test_posts_and_calls_without_literal_arguments_lead_nowhere() -> None:
    js = "function xoaTin(id) { $.ajax({url: '/x.ashx', type: 'POST', data: {id: id}}); }"
    assert script_pagers(js) == {}
    assert script_call("javascript:void(0)", "2") is None
    assert script_call("goPage(this.value)", "2") is None


def test_a_pager_reading_a_variable_of_the_page_reads_it_where_it_is_called() -> None:
    from crawler.navigation.scripts import page_variables

    js = "function theoMuc(p) { $.get('/ds.ashx', {muc: MUC_HIEN_TAI, p: p}); }\nfunction loc(p) { $('#l').load('/ds.ashx?muc=' + muc + '&p=' + p); }"
    pagers = script_pagers(js)
    page = page_variables("var MUC_HIEN_TAI = 7, kieu = 'ds';\nlet muc = \"tin-tuc\";\nvar x = tinh(3);")
    assert page == {"MUC_HIEN_TAI": "7", "kieu": "ds", "muc": "tin-tuc"}
    assert pagers["theoMuc"].url(("2",), BASE, page) == "http://127.0.0.1:8000/ds.ashx?muc=7&p=2"
    assert pagers["loc"].url(("3",), BASE, page) == "http://127.0.0.1:8000/ds.ashx?muc=tin-tuc&p=3"
    assert pagers["loc"].url(("3",), BASE, {}) is None  # (a page that does not set it: no address)


def test_a_fragment_of_a_lists_next_page_is_a_listing_of_its_entries() -> None:
    fragment = (
        "<div class='item-tin'><a href='/tin-tuc/bai-viet-101.html'>Hội nghị tổng kết công tác thi đua khen thưởng năm 2026</a><span>12/11/2026</span></div>"
        "<div class='item-tin'><a href='/tin-tuc/bai-viet-102.html'>Tập huấn nghiệp vụ công tác văn thư lưu trữ năm 2026</a><span>10/11/2026</span></div>"
    )
    plan = plan_page(parse(fragment.encode(), "http://127.0.0.1:8000/Handlers/TinTuc.ashx?chuyenmuc=5&trang=2"), PageHints(paged=True))
    assert plan.kind == "listing" and len(plan.entries) == 2


def test_a_pages_script_pager_links_are_collected_with_where_to_read_them() -> None:
    html = (
        "<html><head><script src='/js/tin.js?v=2'></script><script src='https://cdn.example.org/jq.js'></script></head><body>"
        "<div class='phan-trang'><b>1</b> <a href='javascript:XemTrang(5,2)'>2</a> <a href='#' onclick='XemTrang(5, 3); return false;'>3</a>"
        " <a href='javascript:void(0)' onclick='window.print()'>In trang</a></div>"
        "<script>function XemTrang(cm, so) { $.get('/Handlers/TinTuc.ashx', {chuyenmuc: cm, trang: so}); }</script></body></html>"
    )
    links = extract_links(parse(html.encode(), BASE).tree, BASE)
    assert [(c.function, c.args) for c in links.script_calls] == [("XemTrang", ("5", "2")), ("XemTrang", ("5", "3"))]
    assert links.script_files == ["http://127.0.0.1:8000/js/tin.js?v=2"]
    assert links.inline_pagers["XemTrang"].url(("5", "3"), BASE) == "http://127.0.0.1:8000/Handlers/TinTuc.ashx?chuyenmuc=5&trang=3"


def test_a_click_handler_bound_to_a_buttons_selector_reads_its_data_attributes() -> None:
    from crawler.navigation.scripts import bound_call, bound_pagers, pager_for

    js = (
        "$(function(){$('.nut-tai-them').click(function(e){e.preventDefault();var so=$(this).attr('data-so-trang'),"
        "loai=$(this).data('loaiTin');$.get('/api/tin-moi',{loai:loai,p:so},function(h){$('#ds').append(h)})});"
        "$(document).on('click','#btnGui',function(){$.ajax({url:'/lien-he/gui',type:'POST',data:{x:$(this).data('x')}})})});"
    )
    pagers = bound_pagers(js)
    assert list(pagers) == [".nut-tai-them"]
    call = bound_call({"class": "btn nut-tai-them", "data-so-trang": "3", "data-loai-tin": "5"}, "Tải thêm")
    assert call is not None
    assert pager_for(pagers, call).url(call.args, BASE) == "http://127.0.0.1:8000/api/tin-moi?loai=5&p=3"


def test_htmx_and_livewire_pager_elements_name_the_page_they_load() -> None:
    from crawler.navigation.scripts import framework_page_url

    assert framework_page_url({"hx-get": "?trang=3", "hx-target": "#ds"}, BASE) == "http://127.0.0.1:8000/tin-tuc/chuyen-muc-5.html?trang=3"
    assert framework_page_url({"wire:click": "gotoPage(4, 'tin')"}, BASE + "?sap=moi") == "http://127.0.0.1:8000/tin-tuc/chuyen-muc-5.html?sap=moi&tin=4"
    assert framework_page_url({"wire:click": "nextPage('page')"}, BASE + "?page=2") == "http://127.0.0.1:8000/tin-tuc/chuyen-muc-5.html?page=3"
    assert framework_page_url({"wire:click": "$set('tuan', 49)"}, BASE) is None
    assert framework_page_url({"hx-post": "/xoa"}, BASE) is None
