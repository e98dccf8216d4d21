"""Self-checks of the hashnode_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hashnode_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD = portal.GOLD
HREF = re.compile(r"""<(?:a|form)\b[^>]*?\b(?:href|action)="([^"]*)\"""", re.I)
ASSET = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|xml|txt)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(server, page_path: str, body: str) -> set[str]:
    out = set()
    for raw in HREF.findall(body):
        url = urljoin(server.url(page_path), _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(server.url("/")).netloc or parts.scheme != "http":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not ASSET.search(parts.path):
            out.add(target)
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over links from START_PATH: every page a link-following reader sees."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        pages[target] = body
        for link in _links(server, target, body):
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert len(seen) < 200, "runaway link graph"
    return pages


def _page_text(body: str) -> str:
    body = re.sub(r"<script\b.*?</script>", " ", body, flags=re.S)
    body = re.sub(r"<sup>.*?</sup>", "", body, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def test_gold_shape():
    assert len(GOLD) == 13
    assert len({g["path"] for g in GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not {g["path"] for g in GOLD} & set(portal.NON_ARTICLES)
    for g in GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["path"][:40])
def test_gold_pages_answer_with_title(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert f'<link rel="canonical" href="{server.url(gold["canonical_path"])}"/>' in alt_body or (
            "sgddt.quangtri.gov.vn" in alt_body
        )


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["path"][:40])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    page = unicodedata.normalize("NFC", _page_text(body))
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in page, (gold["path"], piece)
    if gold["summary"]:
        assert gold["summary"] in page
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Theo {gold['source']}" in page
    assert gold["category"] in page
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in page
    # (the story's instant: the gold keeps the day the page prints, the house's convention)
    published = next(st.published_at for st in portal.STORIES if f"/{st.slug}" == gold["path"])
    if "T" in published:
        from datetime import UTC, datetime

        instant = datetime.fromisoformat(published).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert f'"datePublished": "{instant}"' in body
    else:
        assert "ngày 30 tháng 11 năm 2026" in page
    # chrome that must stay out of the gold is on the page
    assert "Tổng truy cập" in page
    assert "Tổng truy cập" not in gold["body"]
    assert "Subscribe to our newsletter" not in gold["body"]


def test_every_gold_article_reachable_by_links(crawl):
    for g in GOLD:
        assert g["path"] in crawl, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl, path


def test_crawl_budget(crawl):
    budget = 3 * (len(GOLD) + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, (len(crawl), budget)


def test_oldest_article_only_behind_pagination(crawl):
    oldest = portal.STORIES[12].slug
    linking = {p for p, body in crawl.items() if f'href="/{oldest}' in body and p != f"/{oldest}"}
    assert linking == {"/?page=3", "/tag/tin-tuc?page=2"}
    assert '<noscript><a href="/?page=2"' in crawl["/"]
    assert '<noscript><a href="/tag/tin-tuc?page=2"' in crawl["/tag/tin-tuc"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_static_pages_print_no_date(server):
    for slug in portal.STATIC_PAGES:
        _, body, _ = fetch(server, f"/{slug}")
        assert "datePublished" not in body
        assert "min read" not in body


def test_unknown_paths_404(server):
    for target in ["/khong-ton-tai", "/tag/khong-co", "/?page=9", "/series/khong-co", "/tag/tin-tuc?page=5",
                   f"/{portal.DELETED_SLUG}", "/api/unknown", "/a/b/c"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_renamed_slug_redirects(server):
    old, new = next(iter(portal.RENAMED.items()))
    status, _, headers = fetch(server, f"/{old}")
    assert status == 308
    assert headers["Location"] == f"/{new}"


def test_load_more_api_walks_the_feed(server):
    slugs = []
    status, home, _ = fetch(server, "/")
    after = re.search(r'data-after="([^"]+)"', home).group(1)
    first_page = re.findall(r'<h2 class="blog-article-card-title[^>]*><a href="/([^"]+)"', home)
    slugs.extend(first_page[1:])  # the pinned card first
    while after:
        status, body, _ = fetch(server, f"/api/feed?first=6&after={after}")
        assert status == 200
        data = json.loads(body)["data"]["publication"]["posts"]
        slugs.extend(e["node"]["slug"] for e in data["edges"])
        after = data["pageInfo"]["endCursor"] if data["pageInfo"]["hasNextPage"] else None
    assert slugs == [s.slug for s in portal.FEED]
    status, _, _ = fetch(server, "/api/feed?after=bm9wZQ")
    assert status == 400


def test_sitemap_is_stale(server):
    _, xml, _ = fetch(server, "/sitemap.xml")
    assert portal.DELETED_SLUG in xml
    assert portal.STORIES[0].slug not in xml
    assert next(iter(portal.RENAMED)) in xml


def test_utc_day_trap(server):
    story = portal.STORIES[1]
    _, body, _ = fetch(server, f"/{story.slug}")
    assert "<span>Dec 1, 2026</span>" in body
    assert story.published_at == "2026-12-02T06:40:00+07:00"
    assert GOLD[1]["published_at"] == "2026-12-02"  # the day printed, read in the site's zone


def test_images_served(server):
    for g in GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
