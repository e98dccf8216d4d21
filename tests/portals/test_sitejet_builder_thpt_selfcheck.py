"""Self-checks of the sitejet_builder_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sitejet_builder_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

ICT = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible-ish text: table cells joined by " | ", block tags as breaks, inline tags dropped."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", page)
    page = re.sub(r"<(?:/?(?:p|div|br|li|ul|tr|table|tbody|h\d|figure|figcaption|blockquote))\b[^>]*>", "\n", page)
    page = re.sub(r"<[^>]+>", "", page)
    return collapse(_html.unescape(page))


def _links(base: str, page: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(("/images/", "/css/", "/js/")):
            continue
        out.append(target)
    return out


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue and len(seen) < 200:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        queue.extend(t for t in _links(server.url(target), body) if t not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    titles = [g["title"] for g in portal.GOLD]
    # the slug-collision pair: same title, two articles
    assert titles.count("Thông báo lịch họp cha mẹ học sinh") == 2


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"])
def test_gold_page(server, rec):
    status, page, _ = fetch(server, rec["path"])
    assert status == 200
    h1s = re.findall(r"<h1[^>]*>(.*?)</h1>", page, flags=re.S)
    assert len(h1s) == 2 and "NGUYỄN KHUYẾN" in h1s[0]
    title = collapse(_html.unescape(re.sub(r"<br\s*/?>", " ", h1s[1])))
    assert title == rec["title"]
    m = re.search(r'<div class="[^"]*blog-post-content".*?<div class="ed-element ed-separator', page, flags=re.S)
    assert m
    content = _text(m.group(0))
    for para in rec["body"].split("\n\n"):
        assert para in content, para
    for name in rec["authors"] + rec["photographers"]:
        assert name in content
    if rec["source"]:
        assert f"Nguồn: {rec['source']}" in content
    for img in rec["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in content
            assert img["caption"] not in rec["body"]
        assert fetch(server, img["path"])[0] == 200
    # the date: UTC attribute, local printed day, gold in +07:00
    dt = re.search(r'<time datetime="([^"]+)">([\d.]+)</time>', page)
    instant = datetime.fromisoformat(dt.group(1)).astimezone(ICT)
    assert instant.strftime("%d.%m.%Y") == dt.group(2)
    if instant.hour == instant.minute == 0:
        assert rec["published_at"] == instant.date().isoformat()
    else:
        assert rec["published_at"] == instant.isoformat()
    crumb = re.search(r'blog-breadcrumb".*?</div>', page, flags=re.S).group(0)
    assert f">{rec['category']}</a>" in crumb
    canon = re.search(r'<link rel="canonical" href="http://[^/]+([^"]+)"', page).group(1)
    assert canon == rec["canonical_path"]
    for alt in rec.get("alt_paths", []):
        status, alt_page, _ = fetch(server, alt)
        assert status == 200
        assert re.search(r'<link rel="canonical" href="http://[^/]+([^"]+)"', alt_page).group(1) == rec["path"]


def test_reachable_and_budget(server):
    pages = _crawl(server)
    for rec in portal.GOLD:
        assert rec["path"] in pages, rec["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_older_posts_only_via_page_three(server):
    old = "/blog/thong-bao-lich-hop-cha-me-hoc-sinh"
    for slug in portal.CATEGORIES:
        assert f'href="{old}"' not in fetch(server, f"/blog/category/{slug}")[1]
    assert f'href="{old}"' in fetch(server, "/blog?page=3")[1]


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200
        assert "blog-post-content" not in page


@pytest.mark.parametrize("target", [
    "/blog/khong-co-bai-nay", "/blog/thong-bao-lich-hop-cha-me-hoc-sinh-99999", "/blog?page=4",
    "/blog/category/khong-co", "/trang-khong-ton-tai", "/blog/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-12345",
])
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404
