"""Self-checks of the aspnet_webforms_egov_vendor_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_egov_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

POSTBACK = re.compile(r"__doPostBack\('([^']*)','([^']*)'\)")
STATIC = (".jpg", ".jpeg", ".gif", ".png", ".css", ".js", ".pdf", ".axd", ".ashx", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Page(HTMLParser):
    """Links, the one ASP.NET form (action, fields a browser posts) and image sources of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.images: list[str] = []
        self.action: str | None = None
        self.fields: dict[str, str] = {}
        self.submits: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.images.append(a["src"])
        elif tag == "form":
            self.action = a.get("action", "")
        elif tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("hidden", "text"):
                self.fields[a["name"]] = a.get("value") or ""
            elif kind == "submit":
                self.submits.append(a["name"])
        elif tag == "textarea" and a.get("name"):
            self.fields[a["name"]] = ""


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def visible_text(body: str) -> str:
    """Tags dropped (not replaced by spaces: Word splits runs inside words), entities decoded."""
    body = re.sub(r"<!--.*?-->|<!\[[^>]*\]>", "", body, flags=re.S)
    body = re.sub(r"<(script|style)\b.*?</\1>", "", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", "", body)
    return collapse(html.unescape(body))


def post(server: PortalServer, target: str, data: dict[str, str]) -> tuple[int, str, dict]:
    req = urllib.request.Request(
        server.url(target), data=urllib.parse.urlencode(data).encode("utf-8"), method="POST"
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _local(base: str, ref: str, server: PortalServer) -> str | None:
    if ref.startswith(("javascript:", "mailto:", "#")):
        return None
    url = urllib.parse.urljoin(base, ref)
    parts = urllib.parse.urlsplit(url)
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer, postbacks: bool = True) -> tuple[set[str], int, list[str]]:
    """Breadth-first over links, and over __doPostBack links submitted as a browser would."""
    seen_get: set[str] = set()
    seen_post: set[tuple[str, str, str]] = set()
    queue: list[tuple[str, str, dict[str, str] | None]] = [("GET", portal.START_PATH, None)]
    requests = 0
    news_links: list[str] = []
    while queue:
        method, target, data = queue.pop(0)
        if method == "GET":
            status, body, _ = fetch(server, target)
        else:
            status, body, _ = post(server, target, data or {})
        requests += 1
        assert status == 200, (method, target, status)
        page = parse(body)
        base = server.url(target)
        for ref in page.links:
            local = _local(base, ref, server)
            if local is None or local.lower().split("?")[0].endswith(STATIC):
                continue
            if "chitiettin.aspx" in local.lower():
                news_links.append(local)
            if local not in seen_get:
                seen_get.add(local)
                queue.append(("GET", local, None))
        if not postbacks or page.action is None:
            continue
        action = _local(base, html.unescape(page.action), server)
        for ref in page.links:
            for ev_target, ev_arg in POSTBACK.findall(html.unescape(ref)):
                key = (action, ev_target, page.fields.get("__VIEWSTATE", ""))
                if key in seen_post:
                    continue
                seen_post.add(key)
                form = {**page.fields, "__EVENTTARGET": ev_target, "__EVENTARGUMENT": ev_arg}
                queue.append(("POST", action, form))
    return seen_get | {portal.START_PATH}, requests, news_links


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in visible_text(body), target


def test_gold_fields_are_on_the_page(server):
    for g, story in zip(portal.GOLD, sorted(portal.STORIES, key=lambda s: -s.id), strict=True):
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        seen = visible_text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in seen, (g["path"], piece[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in seen, (g["path"], name)
        if g["summary"]:
            assert g["summary"] in seen
        if g["source"]:
            assert f"Nguồn: {g['source']}" in seen
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] in seen
        page = parse(body)
        srcs = {
            _local(server.url(g["path"]), s, server) or urllib.parse.urljoin(server.url(g["path"]), s)
            for s in page.images
        }
        for img in g["images"]:
            assert img.get("path", img.get("url")) in srcs, (g["path"], img)
        assert story.opts["printed_date"] in seen
        assert f"» {g['category']}" in seen


def test_every_gold_article_is_reachable_and_links_are_known(server):
    reached, requests, news_links = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in reached, alt
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    known = {p for g in portal.GOLD for p in [g["path"], *g.get("alt_paths", [])]}
    known |= set(portal.NON_ARTICLES)
    assert set(news_links) <= known, set(news_links) - known
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_behind_postback_pages(server):
    reached, _, _ = crawl(server, postbacks=False)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in reached]
    assert sorted(hidden) == sorted(portal.news_path(i) for i in (1049, 1044, 1043))


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai",
        "/Pages/KhongCo.aspx",
        "/Pages/ChiTietTin.aspx?CatID=2&NewsID=9999",
        "/Pages/TinTuc.aspx?CatID=77",
        "/Pages/ChiTietVanBan.aspx?ID=1",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_postback_pager_behaves_like_aspnet(server):
    status, body, _ = fetch(server, "/Pages/TinTuc.aspx?CatID=2")
    assert status == 200
    page = parse(body)
    target = "ctl00$cphNoiDung$ucDSTin$rptTrang$ctl01$lbtTrang"
    form = {**page.fields, "__EVENTTARGET": target, "__EVENTARGUMENT": ""}
    status, body2, _ = post(server, "/Pages/TinTuc.aspx?CatID=2", form)
    assert status == 200 and "Trang 2/2" in body2
    assert "NewsID=1049" in body2 and "NewsID=1044" in body2
    # "Trang cuối" from page 1 opens the last page too
    last = {**form, "__EVENTTARGET": "ctl00$cphNoiDung$ucDSTin$lbtTrangCuoi"}
    assert "Trang 2/2" in post(server, "/Pages/TinTuc.aspx?CatID=2", last)[1]
    # a form serializer that "clicks" the first submit button runs the search instead
    clicked = {**form, page.submits[0]: "Tìm kiếm"}
    status, _, headers = post(server, "/Pages/TinTuc.aspx?CatID=2", clicked)
    assert status == 302 and "/Pages/TimKiem.aspx" in headers["Location"]
    # no __EVENTVALIDATION: ASP.NET's error page
    missing = {k: v for k, v in form.items() if k != "__EVENTVALIDATION"}
    assert post(server, "/Pages/TinTuc.aspx?CatID=2", missing)[0] == 500
    # the view state of another list: MAC validation fails
    status, body5, _ = fetch(server, "/Pages/TinTuc.aspx?CatID=5")
    other = {**form, "__VIEWSTATE": parse(body5).fields["__VIEWSTATE"]}
    assert post(server, "/Pages/TinTuc.aspx?CatID=2", other)[0] == 500
    # a GET with a made-up page parameter is page 1
    assert "Trang 1/2" in fetch(server, "/Pages/TinTuc.aspx?CatID=2&page=2")[1]


def test_header_date_is_not_an_article_date(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert portal.HEADER_TODAY in body
    assert "<title>\n\tSở Giáo dục và Đào tạo Quảng Trị - Chi tiết tin\n</title>" in body
