"""Self-check of the shopify_blog_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import shopify_blog_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAGS = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(html.unescape(_TAGS.sub(" ", _SCRIPT.sub(" ", page))))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Follow plain links from START_PATH on the same host (no forms, no images)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        pages += 1
        assert pages < 200, "crawl does not end"
        if status != 200:
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            url = urljoin(server.url(target), href)
            parts = urlsplit(url)
            if parts.netloc != f"{server.host}:{server.port}" or parts.scheme != "http":
                continue
            if parts.path.startswith("/cdn/") or parts.path.endswith(".atom"):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, pages


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["category"] == "Tin tức"
        assert re.fullmatch(r"2026-1[0-2]-\d\dT\d\d:\d\d:00\+07:00", g["published_at"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_article_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    assert f">{html.escape(gold['title'])}</h1>" in page
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert html.escape(img["path"]) in page
        if img["caption"]:
            assert img["caption"] in text
    assert f'<link rel="canonical" href="http://{server.host}:{server.port}{gold["canonical_path"]}">' in page
    # trap 1: the <time> is UTC, JSON-LD carries the local instant
    assert f'"datePublished": "{gold["published_at"]}"' in page
    assert re.search(r'<time datetime="2026-\d\d-\d\dT\d\d:\d\d:00Z">', page)
    # trap 2: the staff account is printed as the byline
    assert f'itemprop="author">{portal.ACCOUNT}</span>' in page


def test_utc_day_differs_for_early_posts(server: PortalServer) -> None:
    _, page, _ = fetch(server, "/blogs/tin-tuc/hoi-dien-van-nghe-chao-mung-20-11")
    assert '<time datetime="2026-11-19T22:45:00Z">20 tháng 11, 2026</time>' in page


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][-20:])
def test_alt_paths_serve_the_same_article(server: PortalServer, gold: dict) -> None:
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200
        assert f">{html.escape(gold['title'])}</h1>" in page
        assert _text(page).count(gold["body"].split("\n\n")[0]) >= 1
        if "?page=" in alt:
            assert page != main  # other comments


def test_comments_are_outside_the_body(server: PortalServer) -> None:
    _, page, _ = fetch(server, "/blogs/tin-tuc/be-lam-thiep-tang-me-ngay-20-10")
    assert 'itemprop="text"><p>Thiệp đẹp quá' in page
    assert "?page=2#comments" in page
    _, page2, _ = fetch(server, "/blogs/tin-tuc/be-lam-thiep-tang-me-ngay-20-10?page=2")
    assert "Cả nhà xúc động" in page2 and "Thiệp đẹp quá" not in page2


def test_every_article_reachable_within_budget(server: PortalServer) -> None:
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    # some articles only on page 3 of the blog
    _, p1, _ = fetch(server, "/blogs/tin-tuc")
    assert portal.GOLD[0]["path"] not in p1


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles(server: PortalServer, path: str) -> None:
    status, page, _ = fetch(server, path)
    assert status == 200
    assert "article-template__title" not in page


@pytest.mark.parametrize(
    "path",
    ["/blogs/tin-tuc/khong-co-bai-nay", "/pages/khong-co", "/blogs/tin-tuc?page=9", "/products/x",
     "/blogs/tin-tuc/tagged/khong-co", "/collections/dong-phuc/products/x", "/abc"],
)
def test_unknown_paths_404(server: PortalServer, path: str) -> None:
    assert fetch(server, path)[0] == 404


def test_images_and_feed(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/cdn/shop/files/IMG_2041.jpg?v=1728470000")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, feed, _ = fetch(server, "/blogs/tin-tuc.atom")
    assert status == 200 and feed.count("<entry>") == 13
