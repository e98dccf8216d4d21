"""Self-checks of the laravel_vendor_cms_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import laravel_vendor_cms_tct as portal
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """The page's text as a reader sees it: tags off, entities read, U+200B gone, collapsed."""
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<br\s*/?>|</p>|</li>|</td>|</h\d>", "\n", page)
    page = re.sub(r"<[^>]+>", " ", page)
    page = html.unescape(page).replace("\u200b", "").replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]+)"', page):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        parts = urlsplit(urljoin("http://x" + here, href))
        if parts.netloc not in ("x",) and not parts.netloc.startswith("127.0.0.1"):
            continue
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over same-host links from START_PATH, following redirects."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status == 200:
            pages[target] = body
            queue.extend(_links(body, target))
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for story in portal.STORIES:
        assert 3 <= len(story.paragraphs) <= 14, story.slug


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        h1 = re.search(r'<h1 class="ctbv-tde">(.*?)</h1>', body, re.S).group(1)
        assert html.unescape(h1) == gold["title"]
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    seen = _visible(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: its cells, in their own <td>
            assert cell in seen, cell[:60]
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in seen
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen
    if gold["source"]:
        assert gold["source"] in seen
    if gold["summary"]:
        assert gold["summary"] in seen
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in body
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in body
    assert gold["category"] in seen


def test_every_gold_article_reachable(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert any(seen.get(t) == 200 for t in [gold["path"], *gold.get("alt_paths", [])]), gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path


def test_crawl_stays_bounded(crawl):
    seen, _ = crawl
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_page_two(crawl):
    _, pages = crawl
    for story_id in (1037, 1030):
        story = portal.BY_ID[story_id]
        own = {portal.art_url(story), portal.id_url(story)}
        holders = {
            t
            for t, body in pages.items()
            if t not in own and (portal.art_url(story) in body or f"/bai-viet/{story_id}-" in body)
        }
        assert holders, story_id
        assert all("page=2" in t for t in holders), holders


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "ctbv-tde" not in body


def test_unknown_paths_404(server):
    for target in ("/khong-ton-tai", "/danh-muc/khong-co", "/tin-tuc/abc/def", "/gioi-thieu/xyz"):
        assert fetch(server, target)[0] == 404, target


def test_traps_are_in_place(server):
    # dead post: 200 with a notice, no article
    status, body, _ = fetch(server, f"/tin-tuc/{portal.REMOVED_SLUG}.html")
    assert status == 200 and "không tồn tại" in body and "ctbv-tde" not in body
    # renamed post: the old .html slug redirects, the old /bai-viet/ slug serves
    old = portal.BY_ID[1043].opts["old_slug"]
    status, _, headers = fetch(server, f"/tin-tuc/{old}.html")
    assert status == 301 and headers["Location"].endswith(portal.art_url(portal.BY_ID[1043]))
    # trailing slash
    assert fetch(server, "/tin-tuc/")[0] == 301
    # zero-width filler, double-escaped <title>, UTC metas, lazy images, APP_URL og:url
    _, body, _ = fetch(server, portal.art_url(portal.BY_ID[1037]))
    assert "\u200b" * 7 in body
    assert "&amp;quot;" in re.search(r"<title>(.*?)</title>", body).group(1)
    assert 'content="2026-11-12T08:45:00.000000Z"' in body
    assert 'content="https://tct.hungyen.gov.vn/tin-tuc/' in body
    _, body, _ = fetch(server, portal.art_url(portal.BY_ID[1049]))
    assert 'data-src="/storage/photos/shares/2026/12/be-giang-qpan-dt4-1.jpg"' in body
    assert "3 ngày trước" in body and 'title="02/12/2026 16:00"' in body
    assert "Đào tạo - Bồi dưỡng" in body
    _, body, _ = fetch(server, portal.art_url(portal.BY_ID[1021]))
    assert "09/10/2026 00:00" in body and "2026-10-08T17:00:00.000000Z" in body
    # CKEditor entities in the text
    assert "&agrave;" in body or "&ecirc;" in body


def test_listing_pagination(server):
    status, body, _ = fetch(server, "/tin-tuc?page=2")
    assert status == 200
    assert f'href="{server.base_url}/tin-tuc?page=1"' in body
    assert f'href="{server.base_url}/tin-tuc?page=3"' in body
    status, body, _ = fetch(server, "/danh-muc/tin-hoat-dong?page=2")
    assert status == 200 and portal.art_url(portal.BY_ID[1030]) in body


def test_no_machine_paths():
    text = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in text
