"""Self-checks of the drupal10_views_load_more_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal10_views_load_more_sgddt as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".svg")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links(body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    return parser.hrefs


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(base: str, current: str, href: str) -> str | None:
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin(base + current, html.unescape(href))
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    if parts.path.lower().endswith(STATIC):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def bfs(server):
    """Breadth-first over <a href> from START_PATH, redirects followed: pages and referrers."""
    base = server.base_url
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    referrers: dict[str, set[str]] = {}
    fetched = 0
    while queue:
        current = queue.popleft()
        status, body, headers = fetch(server, current)
        fetched += 1
        if status in (301, 302, 303):
            nxt = _target(base, current, headers["Location"])
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, current
        for href in links(body):
            nxt = _target(base, current, href)
            if nxt is None:
                continue
            referrers.setdefault(nxt, set()).add(current)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, referrers, fetched


@pytest.fixture(scope="module")
def crawl(server):
    return bfs(server)


def test_module_contract():
    assert portal.NAME == "drupal10_views_load_more_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        date = g["published_at"]
        assert date is None or date[:7] in ("2026-10", "2026-11", "2026-12")


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r'<h1 class="title page-title">(.*?)</h1>', body, re.S)
        assert h1 and page_text(h1.group(1)) == g["title"], g["path"]
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in body
            assert html.escape(g["title"], quote=True) in body


def test_every_article_reachable_within_budget(crawl):
    seen, _refs, fetched = crawl
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES))


def _later_page(target: str) -> bool:
    """A listing page past the first one of some pager (``?page=1``, ``?page=0%2C1`` …)."""
    m = re.search(r"(?:^|&)page=([^&]+)", urlsplit(target).query)
    return bool(m) and any(p.strip() != "0" for p in m.group(1).replace("%2C", ",").split(","))


def test_some_articles_only_behind_the_load_more_button(crawl):
    _seen, refs, _n = crawl
    gold_paths = {g["path"] for g in portal.GOLD}
    hidden = {p for p in gold_paths if all(_later_page(r) for r in refs[p])}
    # an article page linking to a hidden one is itself hidden (its "Tin liên quan" block)
    changed = True
    while changed:
        changed = False
        for p in gold_paths - hidden:
            if all(_later_page(r) or r in hidden or r == p for r in refs[p]):
                hidden.add(p)
                changed = True
    assert len(hidden) >= 3, sorted(hidden)


def test_gold_fields_on_the_page(server):
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        txt = unicodedata.normalize("NFC", page_text(body))
        for block in story.blocks:
            if isinstance(block, P):
                for cell in block.text.split(" | "):
                    assert collapse(cell) in txt, (g["path"], cell)
        if g["summary"]:
            assert g["summary"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            assert f'src="{html.escape(img["path"])}"' in body, img
            if img["caption"]:
                assert img["caption"] in txt
        y, m, d = g["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in txt
        if "T" in g["published_at"]:
            assert f"{d}/{m}/{y} - {g['published_at'][11:16]}" in txt
        assert g["category"] in txt


def test_time_attributes_are_utc(server):
    a4 = next(g for g in portal.GOLD if "hoi-khoe-phu-dong" in g["path"])
    _s, body, _ = fetch(server, a4["path"])
    assert '<time datetime="2026-11-09T23:20:00Z" class="datetime">Thứ ba, 10/11/2026 - 06:20' in body
    c1 = next(g for g in portal.GOLD if "lich-tiep-cong-dan" in g["path"])
    _s, body, _ = fetch(server, c1["path"])
    assert 'datetime="2026-12-04T12:00:00Z"' in body
    assert c1["published_at"] == "2026-12-04"


def test_load_more_pagers(server):
    _s, body, _ = fetch(server, "/")
    hrefs = links(body)
    assert "?page=1%2C0" in hrefs and "?page=0%2C1" in hrefs
    _s, body, _ = fetch(server, "/chuyen-muc/tin-hoat-dong")
    assert "?page=1" in links(body)
    _s, body, _ = fetch(server, "/chuyen-muc/tin-hoat-dong?page=1")
    assert "?page=2" not in links(body)
    status, body, _ = fetch(server, "/chuyen-muc/tin-hoat-dong?page=7")
    assert status == 200 and "Chưa có tin bài." in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _body, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ("/khong-co-trang-nay", "/tin-tuc/2026/11/khong-co", "/node/99999", "/chuyen-muc/xyz"):
        status, _body, _ = fetch(server, path)
        assert status == 404, path
    status, _body, headers = fetch(server, "/thong-bao")
    assert status == 301 and headers["Location"] == "/chuyen-muc/thong-bao"
    status, _body, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
