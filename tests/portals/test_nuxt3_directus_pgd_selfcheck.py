"""Self-checks of the nuxt3_directus_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import serving
from tests.portals import nuxt3_directus_pgd as portal
from tests.portals._common import collapse, esc
from tests.portals._selfcheck import fetch

_VOID = {"img", "br", "input", "meta", "link", "source", "hr", "wbr"}
_BREAK = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "tbody", "thead",
    "figure", "figcaption", "blockquote", "section", "article", "aside", "nav", "header", "footer",
    "main", "picture", "time", "label", "button",
}  # fmt: skip
_SKIP = {"script", "style", "sup", "iframe", "button", "noscript"}


class _Lines(HTMLParser):
    """The page's visible text as lines, the way a reader sees paragraphs: block elements and
    <br> break lines, table cells are joined by " | ", Word's list numbers and bare footnote
    superscripts are not text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.buf: list[str] = []
        self.cells = 0

    @property
    def skipping(self) -> bool:
        return any(skip for _, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.buf.append("\n")
            return
        if tag in _VOID:
            return
        style = (dict(attrs).get("style") or "").replace(" ", "")
        self.stack.append((tag, tag in _SKIP or "mso-list:Ignore" in style))
        if tag == "tr":
            self.cells = 0
            self.buf.append("\n")
        elif tag in ("td", "th"):
            if self.cells:
                self.buf.append(" | ")
            self.cells += 1
        elif tag in _BREAK:
            self.buf.append("\n")

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in _BREAK:
            self.buf.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.buf.append(data)


def lines_of(page: str) -> set[str]:
    parser = _Lines()
    parser.feed(page)
    return {collapse(line) for line in "".join(parser.buf).split("\n") if collapse(line)}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def h1_of(page: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    assert m, "no h1"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


@pytest.fixture(scope="module")
def server():
    with serving(portal.build_site()) as srv:
        yield srv


def test_contract_shape():
    assert portal.NAME == "nuxt3_directus_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(portal.NON_ARTICLES) & set(paths + alts)
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert g["title"] == nfc(g["title"]) and g["body"] == nfc(g["body"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_has_its_fields(server, gold):
    status, page, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    page = nfc(page)
    assert h1_of(page) == gold["title"]
    lines = lines_of(page)
    for para in gold["body"].split("\n\n"):
        assert para in lines, para
    if gold["summary"]:
        assert gold["summary"] in lines
    text = "\n".join(lines)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    assert gold["category"] in lines
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    if gold["path"].startswith("/thong-bao/41"):
        assert f"ngày {int(d)} tháng {int(mo)} năm {y}" in text
    else:
        assert f"{d}/{mo}/{y}" in text
    if len(gold["published_at"]) > 10:
        assert gold["published_at"][11:16] in text
    for img in gold["images"]:
        assert f'src="{esc(img["path"])}"' in page
        if img["caption"]:
            assert img["caption"] in lines or f"({img['caption']})" in lines
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert h1_of(nfc(page)) == gold["title"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in page


@pytest.mark.parametrize(
    "path",
    ["/khong-ton-tai", "/tin-tuc/bai-viet-khong-co", "/tin-tuc/999999", "/thong-bao/9999",
     "/danh-muc/khong-co", "/van-ban/1", "/video/99", "/thu-vien-anh/khong-co"],
)  # fmt: skip
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)
_REL_LINK = re.compile(r'<link\b[^>]*?\brel="(?:next|prev)"[^>]*?\bhref="([^"]*)"', re.I)
_STATIC = ("/_ipx/", "/cms/assets/", "/_nuxt/", "/favicon.ico")


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first from START_PATH over <a href> and <link rel=next|prev>: pages seen, requests."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        requests += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for raw in _HREF.findall(page) + _REL_LINK.findall(page):
            url = urljoin(server.url(target), _html.unescape(raw))
            parts = urlsplit(url)
            if parts.netloc != f"{server.host}:{server.port}":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.startswith(_STATIC) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, requests


def test_everything_reachable_within_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests


def test_deep_articles_need_page_two(server):
    """The oldest article is on no first page: only /tin-tuc?page=3 and the category's page 2."""
    oldest = portal.GOLD[9]["path"]
    for first in ["/", "/tin-tuc", "/danh-muc/tin-tuc-su-kien"]:
        _, page, _ = fetch(server, first)
        assert f'href="{oldest}"' not in page
    _, page, _ = fetch(server, "/danh-muc/tin-tuc-su-kien?page=2")
    assert f'href="{oldest}"' in page
    _, page, _ = fetch(server, "/tin-tuc?page=2")
    assert 'rel="next"' in page and "<button" in page


def test_time_attribute_is_utc(server):
    """Trap 3: the midnight article's <time datetime> carries the day before."""
    _, page, _ = fetch(server, portal.GOLD[1]["path"])
    assert 'datetime="2026-11-27T17:00:00.000Z"' in page
    assert portal.GOLD[1]["published_at"] == "2026-11-28"


def test_nfd_article_is_decomposed_on_the_page(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("an-toan-giao-thong"))
    _, page, _ = fetch(server, gold["path"])
    assert gold["title"] not in page
    assert unicodedata.normalize("NFD", gold["title"]) in _html.unescape(page)
