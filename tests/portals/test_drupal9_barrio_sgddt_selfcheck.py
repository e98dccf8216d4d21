"""Self-checks of the drupal9_barrio_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal9_barrio_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BLOCK_TAGS = {
    "p", "div", "li", "td", "th", "tr", "table", "br", "h1", "h2", "h3", "h4", "h5", "figcaption",
    "blockquote", "ul", "ol", "section", "article", "header", "footer", "nav", "em", "span",
}
STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|docx|xlsx)$", re.I)


class _Text(HTMLParser):
    """Visible text; a bare-number <sup> (a footnote call glued to its word) is dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.sup: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        elif tag == "sup":
            self.sup = []
        elif tag in BLOCK_TAGS - {"em", "span"}:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip -= 1
        elif tag == "sup" and self.sup is not None:
            inner = "".join(self.sup)
            if not inner.strip().isdigit():
                self.parts.append(inner)
            self.sup = None
        elif tag in BLOCK_TAGS - {"em", "span"}:
            self.parts.append(" ")

    def handle_data(self, data):
        if self.skip:
            return
        if self.sup is not None:
            self.sup.append(data)
        else:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse(unicodedata.normalize("NFC", "".join(parser.parts)))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over <a href> links on the host; returns targets seen and pages fetched."""
    base = server.url("/")
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and fetched < 300:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        parser = _Links()
        parser.feed(body)
        for href in parser.hrefs:
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.scheme != "http" or not absolute.startswith(base):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if STATIC.search(parts.path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, fetched


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_every_gold_article_and_non_article_is_reachable(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a link-following crawl stays bounded and within the budget of the house
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_on_later_listing_pages(server):
    _, front, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/tin-tuc")
    for slug_path in ("/tin-tuc/" + portal.BY_NID[1230].slug, "/tin-tuc/" + portal.BY_NID[1243].slug):
        assert slug_path not in front and slug_path not in first
    _, page2, _ = fetch(server, "/tin-tuc?chu_de=All&page=2")
    assert "/tin-tuc/" + portal.BY_NID[1230].slug in page2
    # the pager clamps out-of-range pages to the last one, as Drupal's does
    _, page99, _ = fetch(server, "/tin-tuc?page=99")
    assert "/tin-tuc/" + portal.BY_NID[1230].slug in page99


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_page_serves_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)[1]
    assert page_text(h1) == gold["title"]
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body or img["path"] in body, img["path"]
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body, re.S)[1]
    assert gold["category"] in page_text(crumbs)
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        hm = gold["published_at"][11:16]
        assert f"{m}/{d}/{y} - {hm}" in text
        assert f'article:published_time" content="{gold["published_at"]}"' in body
    else:
        assert f"{m}/{d}/{y} - 00:00" in text or f"ngày {d} tháng {m} năm {y}" in text
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body)[1]
    assert urlsplit(canonical).path == gold["canonical_path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'href="{server.base_url}{gold["canonical_path"]}"' in body
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in page_text(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "node--type-tin-bai" not in body


def test_trap_markup_is_there(server):
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[1259].slug)
    assert 'data-src="/sites/default/files/styles/large/public/2026-12/hoc-ba-so-01.jpg?itok=' in body
    assert 'src="data:image/svg+xml' in body
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[1262].slug)
    assert "T6, 12/04/2026 - 16:20" in body
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[1246].slug)
    assert "mso-list:Ignore" in body
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[1243].slug)
    assert unicodedata.normalize("NFD", "Trường") in body
    _, body, _ = fetch(server, "/tin-tuc?page=0")
    assert 'href="?chu_de=All&amp;page=1"' in body


def test_files_and_unknown_paths(server):
    status, _, headers = fetch(server, "/sites/default/files/2026-12/2471-TB-SGDDT-HSG12.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, headers = fetch(server, "/sites/default/files/styles/large/public/2026-12/hoc-ba-so-02.jpg?itok=8Hn_c0Ze")
    assert status == 200 and headers["Content-Type"].startswith("image/")
    for path in ("/khong-ton-tai", "/tin-tuc/bai-viet-khong-co", "/node/99999", "/chu-de/khong-co",
                 "/van-ban/khong-co", "/sites/default/files/khong-co.txt"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_rss_lists_only_the_ten_newest(server):
    status, body, _ = fetch(server, "/rss.xml")
    assert status == 200
    assert body.count("<item>") == 10
    assert portal.BY_NID[1230].slug not in body
