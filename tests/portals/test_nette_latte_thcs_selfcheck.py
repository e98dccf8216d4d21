"""Self-checks of the nette_latte_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nette_latte_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)
_PAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, whitespace-collapsed (scripts dropped, tags to spaces)."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _crawl(server) -> tuple[dict[str, int], int]:
    """Breadth-first over <a href> links on the host, following redirects; page requests counted."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        requests += 1
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in _HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            url = urlsplit(urljoin(server.url(target), href))
            if url.netloc != urlsplit(server.base_url).netloc:
                continue
            if url.path.lower().endswith(_PAGE_EXT):
                continue
            queue.append(url.path + (f"?{url.query}" if url.query else ""))
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_article_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    h2 = re.search(r'<h2 class="nadpis">(.*?)</h2>', page, re.S)
    assert h2 and collapse(_html.unescape(h2.group(1))) == gold["title"]
    assert "<title>Chi tiết bài viết | THCS Trần Quốc Toản</title>" in page
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        perex = re.search(r'<div class="perex">(.*?)</div>', page, re.S)
        assert perex and collapse(_html.unescape(perex.group(1))) == gold["summary"]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    assert gold["category"] in text
    story = portal.BY_ID[int(gold["path"].split("/")[2].split("-")[0])]
    assert story.opts["when"] in text
    assert f'/bai-viet/{story.id}-{story.slug}"' in page  # canonical


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, page, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in page
            assert gold["body"].split("\n\n")[-1].split(" | ")[0] in _text(page)


def test_everything_reachable_within_budget(server):
    seen, requests = _crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in ok, alt
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_beyond_first_pages(server):
    _, home, _ = fetch(server, "/")
    deep = []
    for gold in portal.GOLD:
        cat = portal.BY_ID[int(gold["path"].split("/")[2].split("-")[0])].cat
        _, first, _ = fetch(server, f"/chuyen-muc/{cat}")
        if gold["path"] not in first and gold["path"] not in home:
            deep.append(gold["path"])
    assert len(deep) >= 3, deep


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_paginator_clamps_and_id_only_redirects(server):
    status, page, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien?paginator-page=4")
    assert status == 200 and "/bai-viet/102-" in page and "paginator-page=4" in page
    status, _, headers = fetch(server, "/bai-viet/105")
    assert status == 301 and headers["Location"] == "/bai-viet/105-don-doan-kiem-tra-cong-tac-dau-nam-cua-phong-gd-dt"


@pytest.mark.parametrize(
    "path", ["/khong-co-trang-nay", "/bai-viet/999-khong-co", "/chuyen-muc/khong-co", "/trang/abc", "/thu-vien-anh/99"]
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
