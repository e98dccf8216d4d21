"""Self-checks of the prestashop_blog_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import prestashop_blog_mamnon as portal
from tests.portals._common import collapse, static_file
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref="([^"]*)"[^>]*>""", re.I)
_GET_FORM = re.compile(r"""<form\b[^>]*?\baction="([^"]*)"[^>]*?method="get"[^>]*>""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _targets(base: str, current: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body) + _GET_FORM.findall(body):
        href = _html.unescape(href)
        if not href or href.startswith(("#", "mailto:", "javascript:")):
            continue
        absolute = urljoin(base + current, href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> dict[str, str]:
    """Every page reachable by links from START_PATH (static files not fetched)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, (target, status)
        seen[target] = body
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        for nxt in _targets(server.base_url, target, body):
            if nxt in queued or static_file(urlsplit(nxt).path) is not None:
                continue
            queued.add(nxt)
            queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return _crawl(server)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        assert g["category"] in {name for _slug, name in portal.CATS.values()}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 itemprop="headline" class="sdstitle_post">{_html.escape(gold["title"])}</h1>' in body
    text = _page_text(body)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para  # a table row: its cells in order
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the info line's date is printed month first
    story = portal.BY_ID[int(gold["path"].split("/")[2].split("_")[0])]
    assert story.opts["date"] in body
    # chrome words never in the gold body
    for word in ("visibility", "Đăng bởi", "Bài viết liên quan", "Sản phẩm liên quan", "Thẻ:", "Xem thêm"):
        assert word not in gold["body"]


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"])
def test_alt_paths_serve_same_article(server, gold):
    _, original, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
        assert _page_text(body) == _page_text(original)


def test_every_gold_reachable_from_start(crawled):
    for gold in portal.GOLD:
        assert gold["path"] in crawled, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in crawled, alt
    for path in portal.NON_ARTICLES:
        assert path in crawled, path


def test_page2_only_posts(crawled):
    """Posts 38 and 35 are linked only from page 2+ of listings."""
    for pid in (38, 35):
        path = portal.post_path(portal.BY_ID[pid])
        linking = {t for t, body in crawled.items() if f'href="{path}"' in body}
        assert linking, pid
        assert all("page=" in t and "page=1" not in t for t in linking), (pid, linking)


def test_request_budget(crawled):
    pages = [t for t in crawled if not t.startswith("/module/smartblog/rss")]
    assert len(pages) + 1 <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(crawled)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/blog/99_khong-co.html",
        "/blog?page=9",
        "/blog/category/2_hoat-dong-cua-be.html?page=3",
        "/blog/category/9_khong-co.html",
        "/content/99-khong-co",
        "/99-khong-co.html",
        "/trang-khong-ton-tai",
        "/index.php?fc=module&module=smartblog&controller=details&id_post=99",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_wrong_slug_redirects(server):
    status, _, headers = fetch(server, "/blog/45_sai-slug.html")
    assert status == 301
    assert headers["Location"] == portal.post_path(portal.BY_ID[45])


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert fetch(server, img["path"])[0] == 200


def test_pagination_is_nofollow(server):
    _, body, _ = fetch(server, "/blog")
    assert 'rel="nofollow" href="/blog?page=2"' in body
    assert portal.post_path(portal.BY_ID[38]) not in body
