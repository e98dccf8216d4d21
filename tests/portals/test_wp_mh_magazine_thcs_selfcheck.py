"""Self-check of the wp_mh_magazine_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_mh_magazine_thcs as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?href=["\']([^"\']*)["\']')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_STATIC = re.compile(r"\.(jpe?g|png|gif|css|js|ico)$", re.I)


def _text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _between(page: str, start: str, end: str) -> str:
    i = page.index(start)
    return page[i: page.index(end, i)]


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server: PortalServer) -> tuple[set[str], int, dict[str, set[str]]]:
    """Follow every same-host ``<a href>`` from START_PATH (no forms): reached targets, page
    requests made, and which pages link each target."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    linked_from: dict[str, set[str]] = {}
    while queue:
        target = queue.popleft()
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt_t = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_t not in seen:
                seen.add(nxt_t)
                queue.append(nxt_t)
            continue
        assert status == 200, target
        for href in _HREF.findall(body):
            parts = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            t = parts.path + (f"?{parts.query}" if parts.query else "")
            if _STATIC.search(parts.path):
                continue
            if t != target:
                linked_from.setdefault(t, set()).add(target)
            if t not in seen:
                seen.add(t)
                queue.append(t)
    return seen, requests, linked_from


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["body"] and "quantri" not in g["authors"]
        assert g["category"] in portal.CATS.values()


def test_gold_pages_serve_their_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body).group(1)
        assert _text(h1) == g["title"]
        assert f'href="{server.base_url}{g["canonical_path"]}"' in body
        content = _text(_between(body, '<div class="entry-content', "<div class='yarpp"))
        for para in g["body"].split("\n\n"):
            # a table row is printed cell by cell
            assert para.replace(" | ", " ") in content, (g["path"], para)
        for img in g["images"]:
            assert img["path"] in body
            if img["caption"]:
                assert img["caption"] in content
        page_text = _text(body)
        for name in g["authors"] + g["photographers"]:
            assert name in page_text
        if g["source"]:
            assert g["source"] in page_text
        # the breadcrumb prints the gold category
        crumb = _text(_between(body, '<p id="breadcrumbs">', "</p>"))
        assert g["category"] in crumb


def test_dates_match_yoast_meta(server: PortalServer) -> None:
    for story in portal.STORIES:
        g = next(x for x in portal.GOLD if x["path"] == portal.permalink(story))
        _, body, _ = fetch(server, g["path"])
        meta = re.search(r'article:published_time" content="([^"]+)"', body).group(1)
        graph = json.loads(re.search(r'yoast-schema-graph">(.*?)</script>', body).group(1))
        assert graph["@graph"][0]["datePublished"] == meta
        if story.id == 2168:  # the notice: its letterhead day
            assert g["published_at"] == "2026-11-30" and "ngày 30 tháng 11 năm 2026" in body
            continue
        assert meta.endswith("+00:00")
        local = datetime.fromisoformat(meta.replace("+00:00", "")) + timedelta(hours=7)
        assert g["published_at"] == local.strftime("%Y-%m-%dT%H:%M:%S+07:00")
        assert portal.shown_date(local) in body


def test_utc_day_differs_for_early_posts(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/2026/11/doan-cong-tac-phong-gddt-kiem-tra-noi-bo/")
    assert 'content="2026-11-09T22:50:00+00:00"' in body and "10 Tháng Mười Một, 2026" in body


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert g["title"] in _text(body)
        _, body, _ = fetch(server, g["alt_paths"][0])
        assert f'<link rel="canonical" href="{server.base_url}{g["path"]}" />' in body


def test_non_articles(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'og:type" content="article"' in body and "article:published_time" not in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in ["/khong-co-trang-nay/", "/2026/11/khong-co-bai/", "/?p=99999", "/?p=abc",
                   "/category/tin-tuc/page/9/", "/tag/khong-co/", "/khong-co/print/", "/category/abc/"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_page_one_redirects(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/category/tin-tuc/"


def test_reachability_and_budget(server: PortalServer) -> None:
    seen, requests, linked_from = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests
    # the two oldest "Tin tức" posts are linked only from page 2+ listings
    for story in (portal.S_A, portal.S_B):
        sources = linked_from[portal.permalink(story)]
        assert sources and all("/page/" in src for src in sources), sources


def test_traps_present(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/2026/10/tuyen-truyen-phong-chong-duoi-nuoc-cho-hoc-sinh/")
    assert '<p class="print-link">' in body and '<p id="caption-attachment-' in body
    _, body, _ = fetch(server, "/2026/11/hoi-thi-em-yeu-lich-su-viet-nam-cap-truong/")
    assert "<dd class='wp-caption-text gallery-caption'" in body
    assert "&#8220;Em yêu lịch sử Việt Nam&#8221;" in body
    assert "<title>Hội thi &quot;Em yêu lịch sử Việt Nam&quot; cấp trường | Trường THCS Trần Phú</title>" in body
    _, body, _ = fetch(server, "/2026/11/hoc-sinh-khoi-9-tham-quan-den-tran-thuong/")
    assert 'title="z6021458874123_9f1c2e"' in body and "mh-comment-body" in body
    _, body, _ = fetch(server, "/2026/11/doan-cong-tac-phong-gddt-kiem-tra-noi-bo/")
    meta = _text(_between(body, '<span class="entry-meta-categories">', "</span>"))
    assert meta.startswith("Hoạt động chuyên môn")
