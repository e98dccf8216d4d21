"""Self-check of the laravel_filament_tct fixture: the fixture against itself, never the crawler.

Why: a blind portal is crawled once before anyone tunes anything; a gold target that 404s, a
paragraph the page does not print, or an article that no link reaches would waste that crawl.
Also checks that the traps the module documents are really there (Livewire pager without hrefs,
stale sitemap, UTC machine dates, Trix file-name captions, the bounded crawl).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import laravel_filament_tct as portal
from ._selfcheck import fetch

_A_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"', re.I)
_LINK_REL = re.compile(r'<link rel="(?:next|prev)" href="([^"]*)"', re.I)
_STATIC = ("/storage/", "/images/", "/build/", "/livewire/", "/css/", "/favicon.ico")


def _reader_text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _glued_text(markup: str) -> str:
    """Inline tags dropped without a space (footnote calls glue to their sentence)."""
    no_tags = re.sub(r"</?(?:a|span|b|strong|em|u|i|sup)\b[^>]*>", "", markup)
    return _reader_text(no_tags)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site()).start()
    yield srv
    srv.stop()


def _crawl(server: PortalServer, with_link_tags: bool) -> set[str]:
    """Breadth-first walk of same-host links from START_PATH; returns every target fetched."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(headers["Location"])
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        hrefs = _A_HREF.findall(body)
        if with_link_tags:
            hrefs += _LINK_REL.findall(body)
        for href in hrefs:
            absolute = urljoin(server.url(target), html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != f"{server.host}:{server.port}" or parts.scheme != "http":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.startswith(_STATIC) or nxt.startswith("/admin"):
                continue
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract() -> None:
    assert portal.NAME == "laravel_filament_tct"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert g["published_at"] is None or "2026-10" <= g["published_at"][:7] <= "2026-12"
        assert g["body"] and g["category"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_pages_print_their_fields(server: PortalServer, gold: dict) -> None:
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = _reader_text(body)
        glued = _glued_text(body)
        cells = _reader_text(re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", body))
        assert gold["title"] in page, target
        for para in gold["body"].split("\n\n"):
            assert para in page or para in glued or para in cells, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in page, (target, name)
        if gold["source"]:
            assert gold["source"] in page
        for img in gold["images"]:
            assert img["path"] in body, (target, img)
            if img["caption"]:
                assert img["caption"] in page, (target, img["caption"])
        assert portal.HEADER_TODAY in page or "print=1" in target
    status, body, _ = fetch(server, gold["path"])
    page = _reader_text(body)
    assert gold["category"] in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in page or f"ngày {d} tháng {m} năm {y}" in page
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} - {gold['published_at'][11:16]}" in page


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert portal.HEADER_TODAY in _reader_text(body)


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in ["/bai-viet/khong-co-bai-nay", "/chuyen-muc/khong-co", "/trang-khong-ton-tai",
                   "/bai-viet", "/van-ban/khong-co", f"/bai-viet/{portal._DELETED_SLUG}"]:
        assert fetch(server, target)[0] == 404, target


def test_every_gold_article_and_non_article_is_reachable(server: PortalServer) -> None:
    seen = _crawl(server, with_link_tags=True)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    pages = [t for t in seen if "print=1" not in t and "ref=" not in t]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_livewire_pager_hides_page_two_from_anchor_only_crawlers(server: PortalServer) -> None:
    only_anchors = _crawl(server, with_link_tags=False)
    hidden = portal._story_link(portal.S13)
    assert hidden not in only_anchors
    status, body, _ = fetch(server, "/chuyen-muc/hoat-dong-cua-truong")
    assert status == 200 and "gotoPage(2, 'page')" in body
    assert '<link rel="next" href="' in body
    assert hidden not in body
    status, body, _ = fetch(server, "/chuyen-muc/hoat-dong-cua-truong?page=2")
    assert status == 200 and hidden in body
    status, body, _ = fetch(server, "/chuyen-muc/hoat-dong-cua-truong?page=9")
    assert status == 200 and "Chưa có bài viết" in body


def test_sitemap_is_stale(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/sitemap.xml")
    assert status == 200
    locs = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", body)]
    posts = [p for p in locs if p.startswith("/bai-viet/")]
    assert portal._story_link(portal.S12) in posts
    assert len(posts) == 2
    dead = [p for p in posts if fetch(server, p)[0] == 404]
    assert dead == [f"/bai-viet/{portal._DELETED_SLUG}"]


def test_machine_dates_are_utc_and_trix_captions(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal._story_link(portal.S2))
    assert 'datetime="2026-12-01T23:15:00.000000Z"' in body
    assert "Thứ Tư, 02/12/2026 - 06:15" in body
    assert 'class="attachment__name">DSC_0456.JPG</span>' in body
    _, body, _ = fetch(server, portal._story_link(portal.S8))
    assert "12/11/2026 - 00:00" in body


def test_trailing_slash_redirects(server: PortalServer) -> None:
    status, _, headers = fetch(server, portal._story_link(portal.S1) + "/")
    assert status == 301 and headers["Location"] == portal._story_link(portal.S1)


def test_entity_encoded_post(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal._story_link(portal.S11))
    assert "&#7883;" in body or "&agrave;" in body
    assert "mso-list: Ignore" in body
