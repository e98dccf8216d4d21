"""A master page that prints the page's title in its title area, then the banner, the top menu
and the trail, and only then the page's content (SharePoint 2010's v4.master): the headline owns
the text past that chrome (sharepoint2010_thpt's fixture holds the list item's form of label/value
rows that must stay a record's view). Names are varied: the rule reads structure."""

from __future__ import annotations

from crawler.extract.document import parse
from crawler.plan import plan_page

_TEXT = (
    "<p>Từ ngày 05/10 đến ngày 24/10/2026, nhà trường tổ chức Hội giảng giáo viên dạy giỏi cấp trường năm học 2026 - 2027 "
    "với 32 giáo viên thuộc 8 tổ chuyên môn tham gia.</p>"
    "<p>Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kĩ thuật dạy học tích cực.</p>"
)
_MENU = "".join(f'<li><a href="/sites/s/Pages/M{i}.aspx">Mục {i}</a></li>' for i in range(1, 8))


def _page(content: str, hidden_trail: bool = True) -> bytes:
    trail = '<div style="display:none"><div class="crumb-x"><ul class="s4-breadcrumb"><li><a href="/">Trang</a></li></ul></div></div>' if hidden_trail else ""
    return (
        '<html><head><meta charset="utf-8"><title>Hội giảng giáo viên dạy giỏi</title></head><body>'
        f'{trail}<table class="ta"><tr><td><h2><span>Hội giảng giáo viên dạy giỏi cấp trường năm học 2026 - 2027</span></h2></td></tr></table>'
        f'<div class="bn"><img src="/sites/s/SiteAssets/banner.jpg" alt="Trường THPT" width="1000" height="180"></div>'
        f'<div class="tn"><ul class="root">{_MENU}</ul></div>'
        '<div class="dd"><a href="/sites/s/Pages/default.aspx">Trang chủ</a> » <a href="/sites/s/Pages/ChuyenMon.aspx">Chuyên môn</a></div>'
        f'<div class="a1"><div class="a2">{content}</div></div>'
        '<div class="ft">© Trường THPT</div></body></html>'
    ).encode()


def test_the_text_past_the_menu_is_the_headlines() -> None:
    plan = plan_page(parse(_page(_TEXT), "http://h/sites/s/Pages/hoi-giang-2026.aspx"))
    assert plan.kind == "article"


def _served(path: str) -> bytes:
    from crawler.demo.server import Request
    from tests.portals import sharepoint2010_thpt as portal

    target, _, query = path.partition("?")
    response = portal.build_site().respond(Request("GET", target, query, {"Host": "h"}))
    assert response is not None and response.status == 200
    return response.payload()


def test_a_sharepoint_publishing_page_is_an_article_and_its_list_form_is_not() -> None:
    page = "/sites/thptphandinhphung/Pages/hoi-giang-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027.aspx"
    assert plan_page(parse(_served(page), "http://h" + page)).kind == "article"
    form = "/sites/thptphandinhphung/Lists/TinTuc/DispForm.aspx?ID=21"
    assert plan_page(parse(_served(form), "http://h" + form)).kind != "article"



def test_a_heading_linking_to_its_own_page_by_a_relative_address_links_nowhere_else() -> None:
    import lxml.html

    from crawler.core.urls import canonicalize_url
    from crawler.plan import _titled_by_a_link

    url = "http://h/sites/s/Pages/hoi-giang-2026.aspx"
    keys = frozenset({canonicalize_url(url)})
    for href, elsewhere in (("hoi-giang-2026.aspx", False), ("/sites/s/Pages/hoi-giang-2026.aspx", False), ("bai-khac.aspx", True)):
        tree = lxml.html.fromstring(f'<div><h3><a href="{href}">Hội giảng giáo viên dạy giỏi</a></h3><div class="nd">{_TEXT}</div></div>')
        assert _titled_by_a_link(tree.find_class("nd")[0], keys, url) is elsewhere, href
