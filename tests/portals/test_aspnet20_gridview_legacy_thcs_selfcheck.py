"""Self-checks of the aspnet20_gridview_legacy_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet20_gridview_legacy_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

POSTBACK = re.compile(r"__doPostBack\('([^']*)','([^']*)'\)")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    data = urlencode(fields).encode("utf-8")
    req = urllib.request.Request(
        server.url(target), data=data, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


class _Page(HTMLParser):
    """Links, the WebForm's action and the fields a browser's form.submit() would send."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.action: str | None = None
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and a.get("id") == "aspnetForm":
            self.action = a.get("action")
        elif tag == "input" and a.get("name") and a.get("type", "text") in ("hidden", "text"):
            self.fields[a["name"]] = a.get("value") or ""


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<!--.*?-->", " ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(body)))


def crawl(server: PortalServer, postbacks: bool = True) -> tuple[set[str], dict[str, str], int]:
    """A plain breadth-first walk: GET every same-host link, and when asked, post the page's
    form back for each __doPostBack link, as a browser would. Returns the GET targets reached,
    every page's body by target (postbacks keyed 'POST target|argument') and the request count."""
    start = server.url(portal.START_PATH)
    queue: deque[tuple[str, str, dict[str, str] | None]] = deque([("GET", start, None)])
    seen: set[str] = {start}
    reached: set[str] = set()
    bodies: dict[str, str] = {}
    count = 0
    while queue:
        method, url, fields = queue.popleft()
        target = urlsplit(url).path + (f"?{urlsplit(url).query}" if urlsplit(url).query else "")
        count += 1
        if method == "GET":
            status, body, headers = fetch(server, target)
        else:
            status, body, headers = post(server, target, fields or {})
        if status in (301, 302):
            nxt = urljoin(url, headers["Location"])
            if nxt not in seen:
                seen.add(nxt)
                queue.append(("GET", nxt, None))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        key = target if method == "GET" else f"POST {target}|{fields['__EVENTARGUMENT']}"
        if method == "GET":
            reached.add(target)
        bodies[key] = body
        page = parse(body)
        for href in page.links:
            href = href.strip()
            m = POSTBACK.search(href)
            if m and postbacks and page.action is not None:
                action = urljoin(url, page.action)
                fields_pb = dict(page.fields)
                fields_pb["__EVENTTARGET"], fields_pb["__EVENTARGUMENT"] = m.group(1), m.group(2)
                pb_key = f"POST {action}|{m.group(1)}|{m.group(2)}"
                if pb_key not in seen:
                    seen.add(pb_key)
                    queue.append(("POST", action, fields_pb))
                continue
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            nxt = urljoin(url, href).split("#")[0]
            if urlsplit(nxt).netloc != urlsplit(start).netloc:
                continue
            if re.search(r"\.(jpe?g|png|gif|pdf|doc|xls|swf)$", urlsplit(nxt).path, re.I):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(("GET", nxt, None))
    return reached, bodies, count


@pytest.fixture(scope="module")
def walked(server):
    return crawl(server)


def test_contract_shape():
    assert portal.NAME == "aspnet20_gridview_legacy_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["body"].count("\n\n") >= 2, g["path"]
        assert not set(g.get("alt_paths", [])) & set(paths)


def test_gold_paths_and_alt_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_every_gold_article_reachable_from_start(walked):
    reached, _, _ = walked
    missing = [g["path"] for g in portal.GOLD if g["path"] not in reached]
    assert not missing


def test_page_two_only_through_postback(server, walked):
    reached_links_only, _, _ = crawl(server, postbacks=False)
    only_pb = {"/ChiTietTin.aspx?ID=229&CatID=1", "/ChiTietTin.aspx?ID=225&CatID=3"}
    assert not only_pb & reached_links_only
    assert "/ChiTietTin.aspx?ID=221&CatID=1" not in reached_links_only
    reached, bodies, _ = walked
    assert only_pb <= reached
    assert any(k.startswith("POST ") and k.endswith("|Page$2") for k in bodies)


def test_crawl_stays_within_budget(walked):
    _, _, count = walked
    assert count <= 3 * (13 + len(portal.NON_ARTICLES)), count


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        story = portal.BY_ID[int(re.search(r"ID=(\d+)", g["path"]).group(1))]
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert img["path"].rsplit("/", 1)[-1] in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text
            status_img, _, headers = fetch(server, img["path"])
            assert status_img == 200 and headers["Content-Type"].startswith("image/")
        assert g["category"] in text
        posted = portal.vi_vn(story.opts["posted"])
        assert posted in text
        if g["published_at"] and "T" in g["published_at"]:
            day, clock = g["published_at"][:10], g["published_at"][11:19]
            assert story.opts["posted"] == f"{day} {clock}"


def test_gold_decisions_hold():
    by_id = {int(re.search(r"ID=(\d+)", g["path"]).group(1)): g for g in portal.GOLD}
    assert by_id[221]["published_at"] == "2026-10-16"
    assert by_id[240]["published_at"] == "2026-11-20T12:15:00+07:00"
    assert by_id[250]["published_at"] == "2026-12-03T14:35:18+07:00"
    assert by_id[249]["published_at"] == "2026-11-30" and by_id[249]["authors"] == ["Nguyễn Thị Minh Hằng"]
    assert by_id[250]["body"].count(by_id[250]["summary"]) == 1
    assert all("Thumb" not in i["path"] for g in portal.GOLD for i in g["images"])
    assert by_id[229]["source"] == "Báo Đắk Lắk điện tử"


def test_encoding_traps_are_printed(server):
    _, body, _ = fetch(server, "/ChiTietTin.aspx?ID=251&CatID=1")
    assert "&agrave;" in body or "&aacute;" in body
    _, body, _ = fetch(server, "/ChiTietTin.aspx?ID=225&CatID=3")
    assert unicodedata.normalize("NFD", "Hội thảo được tổ chức") in body
    _, body, _ = fetch(server, "/ChiTietTin.aspx?ID=244&CatID=3")
    assert "mso-list:Ignore" in body and "MsoNormalTable" in body


def test_breadcrumb_follows_url(server):
    _, body, _ = fetch(server, "/(S(ab3kx255cd0mnl45tyhzq0rj))/ChiTietTin.aspx?ID=221")
    assert "Chi tiết tin" in page_text(body)
    _, body, _ = fetch(server, "/ChiTietTin.aspx?ID=221&CatID=1")
    assert "Trang chủ » Tin tức - Sự kiện" in page_text(body)


def test_postback_rules(server):
    status, body, _ = fetch(server, "/DanhSachTin.aspx?CatID=1")
    page = parse(body)
    fields = dict(page.fields)
    # a crafted POST without the page's validation blob: ASP.NET's error page
    bad = {"__EVENTTARGET": portal.GRID, "__EVENTARGUMENT": "Page$2"}
    assert post(server, "/DanhSachTin.aspx?CatID=1", bad)[0] == 500
    # another category's blobs do not validate here
    _, body3, _ = fetch(server, "/DanhSachTin.aspx?CatID=3")
    other = dict(parse(body3).fields, __EVENTTARGET=portal.GRID, __EVENTARGUMENT="Page$2")
    assert post(server, "/DanhSachTin.aspx?CatID=1", other)[0] == 500
    # a page the pager did not render
    assert post(server, "/DanhSachTin.aspx?CatID=1", dict(fields, __EVENTTARGET=portal.GRID,
                                                          __EVENTARGUMENT="Page$7"))[0] == 500
    # a submit button in the post outranks __EVENTTARGET
    with_button = dict(fields, __EVENTTARGET=portal.GRID, __EVENTARGUMENT="Page$2")
    with_button["ctl00$ucDau$btnTimKiem"] = "Tìm"
    status, _, headers = post(server, "/DanhSachTin.aspx?CatID=1", with_button)
    assert status == 302 and headers["Location"].startswith("/TimKiem.aspx")
    poll = dict(fields, __EVENTTARGET=portal.GRID, __EVENTARGUMENT="Page$2")
    poll["ctl00$ucPhai$btnBinhChon"] = "Bình chọn"
    status, body, _ = post(server, "/DanhSachTin.aspx?CatID=1", poll)
    assert status == 200 and "ID=229" not in body and "ID=251" in body
    # the real postback
    status, body, _ = post(server, "/DanhSachTin.aspx?CatID=1",
                           dict(fields, __EVENTTARGET=portal.GRID, __EVENTARGUMENT="Page$2"))
    assert status == 200 and "ChiTietTin.aspx?ID=229&amp;CatID=1" in body and "ID=251&amp;" not in body
    # ?Page=2 is ignored
    _, body, _ = fetch(server, "/DanhSachTin.aspx?CatID=1&Page=2")
    assert "ID=251&amp;" in body and "ID=229&amp;" not in body


def test_non_articles_answer(server, walked):
    reached, _, _ = walked
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target
        assert target in reached, target


def test_root_redirects_and_unknown_paths_404(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx"
    for target in [
        "/KhongCo.aspx",
        "/ChiTietTin.aspx?ID=9999&CatID=1",
        "/DanhSachTin.aspx?CatID=42",
        "/ChiTietVanBan.aspx?ID=99",
        "/wp-admin/",
    ]:
        assert fetch(server, target)[0] == 404, target
