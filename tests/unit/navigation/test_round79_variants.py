"""Round 79 and the gaps stop 40 left (sharepoint2010_thpt): pagers that only a script follows,
checked on markup of other shapes than the portal's."""

from __future__ import annotations

import lxml.html

from crawler.navigation.links import extract_links


def _links(body: str, url: str = "http://h/sites/truong/Lists/TinTuc/AllItems.aspx") -> list:
    tree = lxml.html.fromstring(f"<html><body>{body}</body></html>")
    return extract_links(tree, url).links


def test_a_script_pager_whose_address_is_escaped_in_its_string_and_follows_an_event_argument() -> None:
    # the address escaped for JavaScript (\u002f, \u0026), then for HTML (&quot;) in the onclick
    links = _links(
        '<table><tr><td><a onclick="javascript:SubmitPage(event, &quot;\\u002fsites\\u002ftruong\\u002fLists\\u002fTinTuc'
        '\\u002fAllItems.aspx?Paged=TRUE\\u0026p_ID=40\\u0026PageFirstRow=11&quot;);return false;" href="javascript:">'
        '<img src="/_layouts/images/next.gif" alt="Trang sau"></a></td></tr></table>'
    )
    assert [lk.url for lk in links] == ["http://h/sites/truong/Lists/TinTuc/AllItems.aspx?Paged=TRUE&p_ID=40&PageFirstRow=11"]


def test_a_hex_escaped_address_in_a_location_assignment() -> None:
    links = _links("<a href=\"javascript:void(0)\" onclick=\"window.location.href='\\x2ftin-tuc\\x2fchi-tiet?id=7'\">Xem bài</a>")
    assert [lk.url for lk in links] == ["http://h/tin-tuc/chi-tiet?id=7"]


def test_a_start_url_whose_path_is_a_page_of_the_site_widens_to_the_host() -> None:
    from crawler.navigation.urls import Scope

    scope = Scope.for_start(["http://127.0.0.1/trang/chu"])
    assert scope.path_prefixes == ("/trang/chu/",)
    links = ["http://127.0.0.1/tin-tuc/a", "http://127.0.0.1/tin-tuc/b", "http://127.0.0.1/gioi-thieu", "http://127.0.0.1/trang/chu?lang=en"]
    wider = scope.past_start_page("http://127.0.0.1/trang/chu", links)
    assert wider is not None and wider.path_prefixes == () and wider.check("http://127.0.0.1/tin-tuc/a") is None


def test_a_schools_folder_that_links_its_own_pages_stays_confined() -> None:
    from crawler.navigation.urls import Scope

    scope = Scope.for_start(["http://127.0.0.1/thcs-le-loi/"])
    links = ["http://127.0.0.1/thcs-le-loi/tin-tuc/1", "http://127.0.0.1/", "http://127.0.0.1/thpt-a/", "http://127.0.0.1/pgd/", "http://127.0.0.2/x"]
    assert scope.past_start_page("http://127.0.0.1/thcs-le-loi/", links) is None
    # (links to another host only, or too few of the host's: no reason to widen)
    assert scope.past_start_page("http://127.0.0.1/thcs-le-loi/", ["http://127.0.0.2/a", "http://127.0.0.2/b", "http://127.0.0.1/"]) is None


def test_a_wikis_other_views_of_a_page_are_never_followed() -> None:
    from crawler.navigation.urls import is_trap

    for url in (
        "http://h/index.php?title=Tin_tuc/2026/Bai&action=history",
        "http://h/index.php?title=Tin_tuc&action=info",
        "http://h/wiki/Special:RecentChanges",
        "http://h/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:%C4%90%C3%B3ng_g%C3%B3p/Quantri",
        "http://h/index.php?title=%C4%90%E1%BA%B7c_bi%E1%BB%87t:%C4%90%C4%83ng_nh%E1%BA%ADp&returnto=Trang",
        "http://h/index.php?title=Gioi_thieu&mobileaction=toggle_view_mobile",
        "http://h/wiki/Tin_tuc?useskin=minerva",
    ):
        assert is_trap(url), url
    for url in ("http://h/wiki/Tin_t%E1%BB%A9c/2026/Bai", "http://h/index.php?title=Th%E1%BB%83_lo%E1%BA%A1i:Tin&pagefrom=B"):
        assert not is_trap(url), url


def test_a_lists_next_page_continued_from_a_key_by_another_route_is_its_pager() -> None:
    from crawler.navigation.links import is_pagination_link

    body = (
        '<div class="page-x"><div id="cat-pages"><p>Thể loại này chứa 4 trang sau.</p>(trang trước) '
        '(<a href="/index.php?title=Chuyen_muc:Tin&amp;pagefrom=Hoi+nghi%0ATin%2FHoi+nghi#cat-pages">trang sau</a>)'
        '<ul><li><a href="/wiki/Tin/Bai_1">Bài 1</a></li><li><a href="/wiki/Tin/Bai_2">Bài 2</a></li></ul></div></div>'
    )
    tree = lxml.html.fromstring(f'<html class="vector-feature-sticky-header-disabled"><body class="skin-vector sidebar-left">{body}</body></html>')
    page = "http://h/wiki/Chuyen_muc:Tin"
    nxt = [lk for lk in extract_links(tree, page).links if lk.text == "trang sau"]
    assert len(nxt) == 1 and not nxt[0].in_noise and is_pagination_link(nxt[0], page)


def test_a_pager_of_submit_buttons_naming_their_page() -> None:
    body = (
        '<form method="get" action="/chuyen-muc/nghien-cuu"><button type="submit" name="trang" value="1" disabled>1</button>'
        '<button type="submit" name="trang" value="2">2</button><button type="submit" name="trang" value="2">Trang sau ›</button></form>'
        '<form method="get" action="/tim-kiem"><input name="q"><button type="submit">Tìm</button></form>'
    )
    links = _links(body, "http://h/chuyen-muc/nghien-cuu")
    assert [(lk.url, lk.in_pager) for lk in links] == [("http://h/chuyen-muc/nghien-cuu?trang=2", True)]
