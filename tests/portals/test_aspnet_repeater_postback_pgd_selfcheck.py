"""Self-checks of the aspnet_repeater_postback_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_repeater_postback_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

HREF = re.compile(r'href="([^"]*)"')
POSTBACK = re.compile(r"__doPostBack\(&#39;([^&]+)&#39;,&#39;&#39;\)")
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />')
ACTION = re.compile(r'<form name="aspnetForm" method="post" action="([^"]*)"')
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, fields: dict[str, str], headers: dict[str, str] | None = None):
    data = urllib.parse.urlencode(fields).encode("utf-8")
    req = urllib.request.Request(server.url(target), data=data, method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    for key, value in (headers or {}).items():
        req.add_header(key, value)
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def plain(markup: str) -> str:
    """Visible text: tags out, references decoded, NFC, whitespace collapsed."""
    return collapse(unicodedata.normalize("NFC", _html.unescape(TAG.sub(" ", markup))))


def article_cell(page: str) -> str:
    start = page.index('<td class="o_noidung"')
    return page[start : page.index("</td></tr></table>", start)]


def text_div(page: str) -> str:
    start = page.index('id="ctl00_cphMain_divNoiDung"')
    return page[start : page.index('<div class="congcu_ct">', start)]


def form_fields(page: str) -> dict[str, str]:
    return {name: _html.unescape(value) for name, value in HIDDEN.findall(page)}


def local(base: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urllib.parse.urljoin("http://fixture.invalid" + base, href)
    parts = urllib.parse.urlsplit(absolute)
    if parts.netloc != "fixture.invalid":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer, postbacks: bool) -> tuple[set[str], int]:
    """Breadth-first over links (and pager postbacks): the targets that served a page."""
    seen_get: set[str] = set()
    seen_post: set[tuple[str, str, str]] = set()
    queue: deque = deque([("GET", portal.START_PATH, None)])
    reached: set[str] = set()
    requests = 0
    while queue:
        method, target, fields = queue.popleft()
        requests += 1
        assert requests < 200, "crawl does not end"
        if method == "GET":
            status, body, headers = fetch(server, target)
        else:
            status, body, headers = post(server, target, fields)
        if status in (301, 302):
            nxt = local(target, headers["Location"])
            if nxt and nxt not in seen_get:
                seen_get.add(nxt)
                queue.append(("GET", nxt, None))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        reached.add(target)
        for href in HREF.findall(body):
            nxt = local(target, href)
            if nxt and nxt not in seen_get and ".aspx" in nxt.lower():
                seen_get.add(nxt)
                queue.append(("GET", nxt, None))
        if postbacks:
            action = ACTION.search(body)
            hidden = form_fields(body)
            for event_target in POSTBACK.findall(body):
                dest = local(target, action.group(1))
                key = (dest, event_target, hidden["__VIEWSTATE"])
                if key not in seen_post:
                    seen_post.add(key)
                    queue.append(("POST", dest, {**hidden, "__EVENTTARGET": event_target, "__EVENTARGUMENT": ""}))
    return reached, requests


def test_contract_shape():
    assert portal.NAME == "aspnet_repeater_postback_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        body = g["body"].split("\n\n")
        assert 3 <= len(body) <= 12, g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_paths_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in plain(body), target


def test_every_gold_article_is_reachable_and_the_crawl_is_bounded(server):
    reached, requests = crawl(server, postbacks=True)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_through_postback_pages(server):
    reached, _ = crawl(server, postbacks=False)
    only_postback = [g["path"] for g in portal.GOLD if not {g["path"], *g["alt_paths"]} & reached]
    assert sorted(only_postback) == sorted(
        portal.art_path(i, c) for i, c in ((1166, 2), (1158, 2), (1174, 5), (1161, 5))
    )


def test_gold_fields_appear_on_the_page(server):
    for story, g in zip(portal.NEWEST, portal.GOLD, strict=True):
        status, page, _ = fetch(server, g["path"])
        assert status == 200
        cell = plain(article_cell(page))
        text = plain(text_div(page))
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell_text in para.split(" | "):
                    assert cell_text in text, (g["path"], cell_text)
            elif g["summary"] and para == g["summary"] and story.sapo_outside:
                assert para in cell
            else:
                assert para in text, (g["path"], para)
        assert story.opts["ngay"] in cell
        for name in g["authors"] + g["photographers"]:
            assert name in cell, (g["path"], name)
        if g["source"]:
            assert g["source"] in cell
        raw_text = _html.unescape(page)
        for img, gimg in zip(story.images, g["images"], strict=True):
            assert f'src="{img.src}"' in raw_text
            assert gimg["path"].startswith("/Upload/")
            if gimg["caption"]:
                assert gimg["caption"] in text
        assert "ctl00_cphMain_lblTieuDe" in page
        # the comments and their form sit in the same cell, outside the text
        for _name, _time, comment in story.opts.get("comments", []):
            assert comment in cell and comment not in text


def test_images_resolve(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "ctl00_cphMain_lblTieuDe" not in body


def test_unknown_paths_404(server):
    for target in ["/Pages/KhongCo.aspx", "/Pages/InTin.aspx?ItemID=1", "/tin-tuc/1201.html", "/Pages/DanhSachTin.aspx?CatID=99"]:
        assert fetch(server, target)[0] == 404, target


def test_root_redirects_and_canonical_lies(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx"
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    assert f'<link rel="canonical" href="{server.base_url}/" />' in page


def test_soft_404_for_deleted_item(server):
    status, page, _ = fetch(server, "/Pages/ChiTietTin.aspx?ItemID=1099&CatID=2&t=dn")
    assert status == 200
    assert "không tồn tại hoặc đã bị xóa" in page


def panel(page: str) -> str:
    start = page.index('<div id="ctl00_cphMain_upDanhSach">')
    return page[start : page.index('<td id="cot_phai"', start)]


def test_listing_pages_only_by_postback(server):
    _, first, _ = fetch(server, "/Pages/DanhSachTin.aspx?CatID=2")
    _, by_get, _ = fetch(server, "/Pages/DanhSachTin.aspx?CatID=2&page=2")
    assert panel(first) == panel(by_get) and "ItemID=1201" in panel(first)
    fields = {**form_fields(first), "__EVENTTARGET": portal.PAGER_NEXT, "__EVENTARGUMENT": ""}
    status, second, _ = post(server, "/Pages/DanhSachTin.aspx?CatID=2", fields)
    assert status == 200 and "ItemID=1180" in panel(second) and "ItemID=1201" not in panel(second)
    # "Sau »" is relative to the view state posted
    fields = {**form_fields(second), "__EVENTTARGET": portal.PAGER_NEXT, "__EVENTARGUMENT": ""}
    status, third, _ = post(server, "/Pages/DanhSachTin.aspx?CatID=2", fields)
    assert status == 200 and "ItemID=1158" in panel(third) and "ItemID=1180" not in panel(third)
    # a stale or foreign state is refused as ASP.NET does
    bad = {**form_fields(first), "__VIEWSTATE": "/wEPDwUKLTEyMzQ1Njc4OQ==", "__EVENTTARGET": portal.PAGER_NEXT}
    assert post(server, "/Pages/DanhSachTin.aspx?CatID=2", bad)[0] == 500
    _, other, _ = fetch(server, "/Pages/DanhSachTin.aspx?CatID=5")
    foreign = {**form_fields(other), "__EVENTTARGET": portal.PAGER_NEXT}
    assert post(server, "/Pages/DanhSachTin.aspx?CatID=2", foreign)[0] == 500
    unregistered = {**form_fields(third), "__EVENTTARGET": portal.PAGER_NEXT}
    assert post(server, "/Pages/DanhSachTin.aspx?CatID=2", unregistered)[0] == 500
    # the UpdatePanel's async postback answers in the delta format
    fields = {**form_fields(first), "__EVENTTARGET": portal.PAGER_NUM.format(2), "__ASYNCPOST": "true"}
    status, delta, headers = post(server, "/Pages/DanhSachTin.aspx?CatID=2", fields, {"X-MicrosoftAjax": "Delta=true"})
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert delta.startswith("1|#||4|") and "|updatePanel|ctl00_cphMain_upDanhSach|" in delta and "ItemID=1158" in delta


def test_search_button_redirects(server):
    _, home, _ = fetch(server, "/Default.aspx")
    fields = {**form_fields(home), portal.SEARCH_BOX: "học bổng", portal.SEARCH_BUTTON: "Tìm"}
    status, _, headers = post(server, "/Default.aspx", fields)
    assert status == 302 and headers["Location"].startswith("/Pages/TimKiem.aspx?tukhoa=")
    status, page, _ = fetch(server, headers["Location"])
    assert status == 200 and "ItemID=1171" in page
