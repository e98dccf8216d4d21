"""Self-checks of the htmly_flatfile_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import htmly_flatfile_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


class _Page(HTMLParser):
    """Links and visible text; footnote calls, back-links and Word's list markers are no text."""

    SKIP_TAGS = frozenset({"script", "style", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.parts: list[str] = []
        self.images: list[str] = []
        self._skip: list[str] = []  # stack of tags being skipped

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.images.append(a["src"])
        if tag in ("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "td", "th"):
            self.parts.append(" ")
        if tag in ("img", "br", "hr", "input", "meta", "link"):
            return
        cls = a.get("class") or ""
        style = a.get("style") or ""
        if self._skip or (
            tag in self.SKIP_TAGS
            or "footnote-ref" in cls
            or "footnote-backref" in cls
            or "mso-list:Ignore" in style
        ):
            self._skip.append(tag)

    def handle_endtag(self, tag):
        if self._skip:
            self._skip.pop()
        if tag in ("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4"):
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server) -> tuple[dict[str, set[str]], int]:
    """Breadth-first over <a href> on the host from START_PATH: each target seen with the pages
    linking to it, and the number of pages fetched."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen[nxt] = {target}
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in parse(body).links:
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.lower().endswith(STATIC_EXT):
                continue
            if nxt in seen:
                seen[nxt].add(target)
                continue
            seen[nxt] = {target}
            queue.append(nxt)
    return seen, fetched


def test_contract():
    assert portal.NAME == "htmly_flatfile_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = parse(body)
    text = unicodedata.normalize("NFC", page.text)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    srcs = set(page.images)
    for img in gold["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in text
    assert f"&#187; {gold['category']}" in body or f">{gold['category']}</a> &#187;" in body
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    month = portal.MONTHS_EN[int(m) - 1]
    if len(gold["published_at"]) > 10:
        assert f"{d} {month} {y}" in text
        assert f"lúc {gold['published_at'][11:16]}" in text
    else:
        assert f"{d} {month} {y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    # a bare footnote number never sits in the gold text
    assert "XII1" not in gold["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
        assert gold["title"] in unicodedata.normalize("NFC", parse(body).text)


def test_reachable_and_bounded(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_beyond_first_listing_page(server):
    seen, _ = _crawl(server)
    for story in (portal.A10, portal.A11):
        url = portal.BY_SLUG[story.slug].url
        referrers = seen[url] - {url}  # the footer's permalink
        assert referrers
        for ref in referrers:
            assert "?page=" in ref and int(ref.rsplit("=", 1)[1]) >= 2, (url, ref)


def test_archives_only_behind_the_select(server):
    seen, _ = _crawl(server)
    assert not any(t.startswith("/archive/") for t in seen)
    _, body, _ = fetch(server, "/")
    assert '<option value="/archive/2026-11">' in body
    status, _, _ = fetch(server, "/archive/2026-11?page=2")
    assert status == 200


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize(
    "path",
    ["/khong-ton-tai", "/2026/11/khong-co-bai", "/category/khong-co", "/?page=9",
     "/archive/2025-01", "/post/khong-co", "/2026/12/" + portal.A8_SLUG, "/category/thong-bao/"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_nfd_post_is_decomposed_on_the_wire(server):
    post = portal.BY_SLUG[portal.A9.slug]
    _, body, _ = fetch(server, post.url)
    assert unicodedata.normalize("NFD", "Học sinh Hiệp Đức") in body
    assert "Học sinh Hiệp Đức đạt" not in body


def test_dates_are_published_not_updated():
    by_path = {g["path"]: g for g in portal.GOLD}
    a11 = by_path[portal.BY_SLUG[portal.A11.slug].url]
    assert a11["published_at"] == "2026-10-22T11:00:00+07:00"
    assert by_path[portal.BY_SLUG[portal.A6.slug].url]["published_at"] == "2026-11-20"
    assert by_path[portal.BY_SLUG[portal.A3.slug].url]["published_at"] == "2026-11-30"
