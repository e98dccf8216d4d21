"""Self-checks of the nukeviet43_viewcat_grid_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet43_viewcat_grid_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.forms: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href") and not a["href"].startswith(("javascript", "#", "mailto")):
            self.links.append(a["href"])
        if tag == "form" and a.get("action"):
            self.forms.append(a["action"])


def _text(page: str) -> str:
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _crawl(server) -> tuple[dict[str, str], int]:
    """Breadth-first over same-host links (GET), counting page requests."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            seen[target] = ""
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        seen[target] = body if status == 200 else ""
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        parser = _Links()
        parser.feed(body)
        for href in parser.links:
            absolute = urljoin(server.url(target), html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if re.search(r"\.(jpg|png|gif|ico|css|js|pdf)$", parts.path):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    assert f'<h1 class="title margin-bottom-lg">{html.escape(gold["title"])}</h1>' in body
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row: each cell is printed in its own <td>
            assert piece in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    printed = f"{d}/{m}/{y}"
    if len(gold["published_at"]) > 10:
        printed += " " + gold["published_at"][11:16]
    else:
        printed += " 00:00"
    assert re.search(r'<span class="h5">[^<]* - ' + re.escape(printed) + "</span>", body)
    assert f'<span itemprop="name">{html.escape(gold["category"])}</span></a><i class="hidden" itemprop="position" content="{2 if "Nghiên" in gold["category"] or "Đảng" in gold["category"] else 3}">' in body
    for alt in gold.get("alt_paths", []):
        status, alt_body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"]
        else:
            assert status == 200
            assert html.escape(gold["title"]) in alt_body
            assert gold["body"].split("\n\n")[-1] in _text(alt_body)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize("path", [
    "/vi/news/khong-co/", "/vi/news/hoat-dong-cua-truong/page-3", "/vi/news/hoat-dong-cua-truong/page-1",
    "/vi/news/nghien-cuu-trao-doi/sai-alias-1846.html", "/vi/about/khong-co.html", "/nope",
    "/vi/news/dang-doan-the/chi-bo-khoa-ly-luan-co-so-to-chuc-sinh-hoat-chuyen-de-quy-iv-1806.html?x=1",
])
def test_unknown_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_reachable_and_budget(server):
    seen, requests = _crawl(server)
    pages = {p for p, body in seen.items() if body}
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert requests <= budget, (requests, sorted(seen))


def test_page_two_only(server):
    """A and G are linked only from page 2 of their grid."""
    seen, _ = _crawl(server)
    hidden = {g["path"] for g in portal.GOLD if g["path"].endswith(("-1795.html", "-1830.html"))}
    linkers = {p for p, body in seen.items() if body and any(h in body for h in hidden)
               and not p.startswith("/vi/news/print/") and p not in hidden}
    assert linkers == {"/vi/news/hoat-dong-cua-truong/page-2", "/vi/news/nghien-cuu-trao-doi/page-2"}


def test_grid_truncates_titles(server):
    _, body, _ = fetch(server, "/vi/news/nghien-cuu-trao-doi/")
    assert "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng:..." in body
    assert 'data-content="Các thế lực thù địch' in body
