"""Self-checks of the vignette_portal_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vignette_portal_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Page(HTMLParser):
    """Links (a href, form GET actions are not needed here), img srcs, base href and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag in ("p", "br", "div", "td", "li", "tr"):
            self.chunks.append(" ")

    def handle_data(self, data):
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.chunks))


def parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


def local(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc.startswith("127.0.0.1"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_shape():
    assert portal.NAME == "vignette_portal_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["path"].startswith("/vgn-ext-templating/v/index.jsp?vgnextoid=")
        assert g["path"].endswith("&vgnextfmt=default")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["title"][:30])
def test_gold_page_prints_its_fields(server, gold):
    story = next(s for s in portal.STORIES if collapse(s.title) == gold["title"])
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = parse(body)
        assert gold["title"] in page.text
        for para in gold["body"].split("\n\n"):
            assert para in page.text, (target, para)
        printed = story.opts.get("java") or story.opts["date"]
        assert printed in page.text
        for name in gold["authors"]:
            assert name in page.text
        for name in gold["photographers"]:
            assert name in page.text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in page.text
        srcs = {local(urljoin(server.url(target), src)) for src in page.imgs}
        for img in gold["images"]:
            assert img["path"] in srcs
            if img["caption"]:
                assert img["caption"] in page.text
        if "vgnextfmt=print" not in target:
            # breadcrumb prints the item's own channel, also under the featured channel's GUID
            assert f"Trang chủ » {gold['category']}" in page.text
            assert "Thứ Bảy, 05/12/2026" in page.text
    # the <title> is the channel's, not the headline
    _, body, _ = fetch(server, gold["path"])
    assert f"<title>Trường Chính trị tỉnh Lào Cai - {gold['category']}</title>" in body


def test_images_answer(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Trường Chính trị" in body


def test_reachable_from_start_within_budget(server):
    start = portal.START_PATH
    seen = {start}
    queue = deque([start])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages += 1
        page = parse(body)
        base = urljoin(server.url(target), _html.unescape(page.base)) if page.base else server.url(target)
        for href in page.links:
            nxt = local(urljoin(base, href.split("#")[0]))
            if nxt and nxt not in seen and "fileDownloader" not in nxt:
                seen.add(nxt)
                queue.append(nxt)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["title"]
    for target in portal.NON_ARTICLES:
        assert target in seen
    # even a crawler following every link (print views included) stays in the budget
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_page_two(server):
    _, home, _ = fetch(server, "/")
    for slug in ("t4", "t5", "n4"):
        oid = portal.OID[slug]
        assert oid not in home
        for key in ("tt", "nc"):
            _, first, _ = fetch(server, portal.JSP + f"?vgnextchannel={portal.CH[key]}&vgnextrefresh=1")
            assert oid not in first
    _, second, _ = fetch(server, portal.JSP + f"?vgnextchannel={portal.CH['tt']}&vgnextrefresh=1&pagenum=2")
    assert portal.OID["t4"] in second and portal.OID["t5"] in second


def test_relative_links_need_the_base(server):
    _, home, _ = fetch(server, "/")
    assert '<base href="http://127.0.0.1:' in home
    href = _html.unescape(next(h for h in parse(home).links if h.startswith("v/index.jsp")))
    wrong = local(urljoin(server.url("/vgn-ext-templating/v/index.jsp?x=1"), href))
    assert wrong.startswith("/vgn-ext-templating/v/v/index.jsp")
    assert fetch(server, wrong)[0] == 404


@pytest.mark.parametrize(
    "target",
    [
        "/nope.html",
        "/vgn-ext-templating/v/index.jsp",
        "/vgn-ext-templating/v/index.jsp?vgnextoid=0123456789abcdef0123456789abcdef&vgnextfmt=default",
        f"/vgn-ext-templating/v/index.jsp?vgnextchannel={portal.CH['tt']}&vgnextrefresh=1&pagenum=9",
        f"/vgn-ext-templating/v/index.jsp?vgnextoid={portal.OID['t3']}&vgnextchannel={portal.CH['nb']}",
        "/?vgnextoid=1",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
