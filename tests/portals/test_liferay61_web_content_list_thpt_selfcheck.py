"""Self-checks of the liferay61_web_content_list_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay61_web_content_list_thpt as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref="([^"]*)\"""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """Page text: tags to spaces, entities decoded, whitespace collapsed, NFC."""
    no_tags = _TAG.sub(" ", page)
    return unicodedata.normalize("NFC", " ".join(html.unescape(no_tags).replace("\xa0", " ").split()))


def _links(page: str, base: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, set[str]]]:
    """Breadth-first over <a href> from START_PATH; returns the HTML targets seen and who links where."""
    seen: set[str] = set()
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    html_pages: set[str] = set()
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append((loc.path or "/") + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, target
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        html_pages.add(target)
        for link in _links(body, server.url(target)):
            linked_from.setdefault(link, set()).add(target)
            if link not in seen:
                queue.append(link)
    return html_pages, linked_from


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_pages_answer_with_title_and_fields(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    plain = _plain(body)
    assert record["title"] in plain
    for para in record["body"].split("\n\n"):
        for part in para.split(" | "):
            assert part in plain, part
    for name in record["authors"] + record["photographers"]:
        assert name in plain
    if record["source"]:
        assert record["source"] in plain
    unescaped = html.unescape(body)
    for img in record["images"]:
        assert img["path"] in unescaped
        if img["caption"]:
            assert img["caption"] in plain
    assert record["category"] in plain


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_alt_paths_serve_the_same_article(server, record):
    first = record["body"].split("\n\n")[0]
    last = record["body"].split("\n\n")[-1].split(" | ")[0]
    for alt in record["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        plain = _plain(body)
        assert record["title"] in plain
        assert first in plain and last in plain


def test_every_gold_article_and_non_article_is_reachable(crawl):
    pages, _ = crawl
    for record in portal.GOLD:
        assert record["path"] in pages, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path


def test_crawl_stays_within_budget(crawl):
    pages, _ = crawl
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_reachable_from_page_two_or_later(crawl):
    _, linked_from = crawl
    late = 0
    for record in portal.GOLD:
        targets = [record["path"], *record["alt_paths"]]
        sources = set().union(*(linked_from.get(t, set()) for t in targets))
        # linked only from listing pages 2+ (never from a first page, an article page or the sidebar)
        if sources and all("_cur=" in s and "_cur=1&" not in s for s in sources):
            late += 1
    assert late >= 3


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in [
        "/web/thpt-chuyen-lqd/khong-co-trang-nay",
        "/web/thpt-chuyen-lqd/tin-tuc/-/journal_content/56_INSTANCE_Vb2c/10184/99999",
        "/web/thpt-chuyen-lqd/tin-tuc/-/journal_content/56_INSTANCE_Zz9z/10184/31821",
        portal.list_url("tin-tuc", 9, 10),
        portal.list_url("trang-chu", 5, 4),
        "/c/journal/view_article_content?groupId=10184&articleId=12345&version=1.0",
        "/wp-admin/",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_start_redirect_and_images(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
    for record in portal.GOLD:
        for img in record["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_traps_are_in_place(server):
    host = server.url("")
    # 1. the 62 view's canonical points at the listing layout
    _, body, _ = fetch(server, portal.view62_url(31612))
    assert f'<link href="{host}/web/thpt-chuyen-lqd/tin-tuc" rel="canonical" />' in body
    assert "Tin tức - Sự kiện" in _plain(body)
    # 2 + 3. Velocity leftover and raw GMT date
    _, body, _ = fetch(server, portal.friendly_url(30982))
    assert "$TacGia.data" in body and "Fri, 13 Nov 2026 23:20:00 +0000" in body
    # 6. 12-hour clock with CH/SA
    _, body, _ = fetch(server, portal.friendly_url(31705))
    assert "01/12/2026 05:20:00 CH" in body
    # 7. pager: select + Tiếp, "Trang … / 4"
    _, body, _ = fetch(server, portal.START_PATH)
    assert "</select> / 4</div>" in body and 'class="next"' in body
    # 4. the furniture web contents are listed on the last home page
    _, body, _ = fetch(server, portal.list_url("trang-chu", 4, 4))
    assert "Thông tin chân trang" in body
    # 5. the uploader column
    _, body, _ = fetch(server, portal.list_url("tin-tuc", 2, 10))
    assert "Tác giả" in body and "Quản trị hệ thống" in body
    # 14. entity-encoded text
    _, body, _ = fetch(server, portal.friendly_url(30415))
    assert "&#" in body
