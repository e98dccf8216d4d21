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
