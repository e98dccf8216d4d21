"""Self-checks of the drupal5_legacy_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal5_legacy_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "blockquote", "span", "ul", "ol",
          "table", "option"}
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".doc")


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.links: list[str] = []
        self.imgs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _BLOCK:
            self.lines.append("")
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "img" and attrs.get("src"):
            self.imgs.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag in _BLOCK:
            self.lines.append("")

    def handle_data(self, data):
        self.lines[-1] += data


def read(body: str) -> _Reader:
    reader = _Reader()
    reader.feed(body)
    reader.lines = [collapse(x) for x in reader.lines if collapse(x)]
    return reader


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract_shape():
    assert portal.NAME == "drupal5_legacy_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & set(paths) and len(set(alts)) == len(alts)
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    title = re.search(r"<title>(.*?)</title>", body, re.S).group(1)
    assert collapse(html.unescape(title)) == f"{gold['title']} | {portal.SITE}"
    squeeze = body[body.index('id="squeeze"'):]
    assert collapse(html.unescape(re.search(r"<h2>(.*?)</h2>", squeeze).group(1))) == gold["title"]
    content = body[body.index('<div class="content">', body.index('id="squeeze"')):]
    content = content[:content.index('<div class="clear-block clear">')]
    lines = read(content).lines
    for para in gold["body"].split("\n\n"):
        cells = para.split(" | ")
        for cell in cells:
            assert cell in lines, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert name in " ".join(lines)
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in lines
    if gold["summary"]:
        assert lines[0] == gold["summary"] == gold["body"].split("\n\n")[0]
    imgs = read(content).imgs
    assert [i["path"] for i in gold["images"]] == imgs
    for img in gold["images"]:
        if img["caption"]:
            assert any(img["caption"] in x for x in lines)
    # the node's own "Submitted by" line read month first is the gold date
    m = re.search(r'class="submitted">Submitted by \w+ on \w{3}, (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)', body)
    month, day, year, hh, mm = m.groups()
    want = f"{year}-{month}-{day}" if (hh, mm) == ("00", "00") else f"{year}-{month}-{day}T{hh}:{mm}:00+07:00"
    assert gold["published_at"] == want
    # the category is a link: the "Chuyên mục" term in div.terms, or the book in the breadcrumb
    assert f">{html.escape(gold['category'])}</a>" in body


@pytest.mark.parametrize(
    "pair", [(g, a) for g in portal.GOLD for a in g.get("alt_paths", [])], ids=lambda p: p[1]
)
def test_alt_paths_serve_the_article(server, pair):
    gold, alt = pair
    status, body, _ = fetch(server, alt)
    assert status == 200
    lines = read(body).lines
    assert gold["title"] in lines
    for para in gold["body"].split("\n\n"):
        assert all(cell in lines for cell in para.split(" | ")), (alt, para)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h2>" in body


def test_unknown_paths_404(server):
    for path in ["/node/999", "/tin-tuc/khong-ton-tai", "/taxonomy/term/9", "/node?page=7", "/node?page=x",
                 "/comment/reply/412", "/book/export/html/412", "/en/node/412", "/xyz", "/index.php"]:
        assert fetch(server, path)[0] == 404, path


def test_reachable_within_budget(server):
    """A breadth-first walk over the site's own links from START_PATH reaches every gold page and
    every non-article, and the whole site is smaller than the request budget."""
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        assert status == 200, target
        pages += 1
        if "html" not in headers.get("Content-Type", ""):
            continue
        for href in read(body).links:
            parts = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt in seen or parts.path.lower().endswith(_STATIC):
                continue
            seen.add(nxt)
            queue.append(nxt)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_static_and_files(server):
    assert fetch(server, "/files/images/khai-giang-k45.preview.jpg")[0] == 200
    status, _, headers = fetch(server, "/files/ke-hoach-boi-duong-qpan-doi-tuong-4-2027.doc")
    assert status == 200 and headers["Content-Type"] == "application/msword"
