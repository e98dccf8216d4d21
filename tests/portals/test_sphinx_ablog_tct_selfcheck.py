"""Self-checks of the sphinx_ablog_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sphinx_ablog_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = {"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "br", "figure", "figcaption",
          "section", "aside", "blockquote", "ul", "ol", "table", "article", "span"}


class _Reader(HTMLParser):
    """Visible text (block tags as spaces, inline tags as nothing), links, GET forms, h1."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.forms: list[str] = []
        self.h1: list[str] = []
        self._in_h1 = False
        self._skip = 0
        self._headerlink = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("class") == "headerlink":
            self._headerlink = True
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and (a.get("method") or "get").lower() == "get":
            self.forms.append(a.get("action") or "")
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK and tag != "span":
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        if tag == "a":
            self._headerlink = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK and tag != "span":
            self.parts.append(" ")

    def handle_data(self, data):
        if self._skip or self._headerlink:
            return
        self.parts.append(data)
        if self._in_h1:
            self.h1.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


def _read(body: str) -> _Reader:
    r = _Reader()
    r.feed(body)
    return r


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    return path + (f"?{parts.query}" if parts.query else "")


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert "#" not in g["title"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, _target(gold["path"]))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = _read(unicodedata.normalize("NFC", body))
    assert collapse("".join(page.h1)) == gold["title"]
    text = page.text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            cell = re.sub(r"^\[\d+\] ", "", cell)
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    printed = f"{d} {portal.MONTHS[int(m) - 1]} {y} - {gold['published_at'][11:16] or '00:00'}"
    assert printed in text
    for img in gold["images"]:
        assert img["path"].rsplit("/", 1)[1] in body
        if img["caption"]:
            assert img["caption"] in text
        st, _, hd = fetch(server, img["path"])
        assert st == 200 and hd["Content-Type"].startswith("image/")
    assert gold["category"] in text
    assert f'href="{portal.PROD}{gold["path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            body = unicodedata.normalize("NFC", body)
            name = gold["path"].rsplit("/", 1)[1]
            assert gold["title"] in body or f"url={name}" in body, alt


def test_reachable_within_budget(server):
    """Breadth-first over links and GET forms from START_PATH; pages only, not files."""
    start = server.url(portal.START_PATH)
    seen = {_target(start)}
    queue = deque([start])
    pages = 0
    while queue:
        url = queue.popleft()
        status, body, headers = fetch(server, _target(url))
        if status in (301, 302):
            nxt = urljoin(url, headers["Location"])
            if _target(nxt) not in seen:
                seen.add(_target(nxt))
                queue.append(nxt)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages += 1
        reader = _read(body)
        for href in reader.links + reader.forms:
            nxt = urljoin(url, href).split("#")[0]
            if urlsplit(nxt).netloc != urlsplit(start).netloc:
                continue
            if "/_static/" in nxt or "/_images/" in nxt or "/_sources/" in nxt:
                continue
            t = _target(nxt)
            if t not in seen:
                seen.add(t)
                queue.append(nxt)
    decoded = {unicodedata.normalize("NFC", urlsplit(t).path) for t in seen}
    for gold in portal.GOLD:
        assert gold["path"] in decoded, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in decoded
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    print(f"pages crawled: {pages}")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "<h1>" in body


def test_listings_and_chrome(server):
    status, body, _ = fetch(server, "/blog/")
    assert status == 200
    for gold in portal.GOLD:
        assert gold["path"].rsplit("/", 1)[1] in body
    status, _, headers = fetch(server, "/blog/2026")
    assert status == 301 and headers["Location"] == "/blog/2026/"
    status, body, _ = fetch(server, _target("/blog/category/đào-tạo---bồi-dưỡng/"))
    assert status == 200 and "Đào tạo - Bồi dưỡng" in body
    status, body, _ = fetch(server, "/blog/atom.xml")
    assert status == 200 and portal.PROD in body
    status, body, _ = fetch(server, "/")
    assert portal.BANNER_TODAY in body and "Cập nhật lần cuối: 05/12/2026" in body


def test_unknown_paths_404(server):
    for path in ("/tin-tuc/2026/khong-co-bai-nay.html", "/blog/tag/khong-co/", "/gioi-thieu/x.html",
                 "/_sources/tin-tuc/2026/x.rst.txt"):
        assert fetch(server, path)[0] == 404, path
