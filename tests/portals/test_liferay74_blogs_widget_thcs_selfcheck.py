"""Self-checks of the liferay74_blogs_widget_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer, Request
from tests.portals import liferay74_blogs_widget_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_A_HREF = re.compile(r"<a\b[^>]*?\bhref=\"([^\"]+)\"", re.I)
_TAGS = re.compile(r"<[^>]+>")
_SKIP = ("/documents/", "/o/", "/image/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAGS.sub(" ", page)))


def _links(server: PortalServer, page: str, here: str) -> list[str]:
    out = []
    for raw in _A_HREF.findall(page):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(server.url(here), href))
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(_SKIP):
            continue
        out.append(target)
    return out


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, set[str]], int]:
    """Breadth-first over <a href> links and redirects from START_PATH.

    Returns the pages that answered 200, which pages link each target, and the requests made.
    """
    seen = {portal.START_PATH}
    linkers: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    pages: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        assert requests < 200, "the site must be bounded"
        nxt: list[str] = []
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = [loc.path + (f"?{loc.query}" if loc.query else "")]
        elif status == 200:
            pages.add(target)
            nxt = _links(server, body, target)
        for t in nxt:
            linkers.setdefault(t, set()).add(target)
            if t not in seen:
                seen.add(t)
                queue.append(t)
    return pages, linkers, requests


def _widget(page: str) -> str:
    """The Blogs widget's part of a listing (the right column lists most-read entries too)."""
    start = page.index(f'id="portlet_{portal.PORTLET}"')
    return page[start : page.index('id="column-2"', start)]


def test_shape():
    assert portal.NAME == "liferay74_blogs_widget_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 12, (g["path"], n)
        assert g["published_at"] and g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_their_fields(server):
    for g in portal.GOLD:
        status, page, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = _text(page)
        assert g["title"] in text
        assert f'href="{server.base_url}{g["canonical_path"]}" rel="canonical"' in page
        for para in g["body"].split("\n\n"):
            if " | " in para:
                assert all(cell in text for cell in para.split(" | ")), para
            else:
                assert para in text, para
        if g["summary"]:
            assert f'<h4 class="sub-title">{_html.escape(g["summary"])}</h4>' in page
        for img in g["images"]:
            assert img["path"] in _html.unescape(page), img
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text
        if g["source"]:
            assert f"Theo {g['source']}" in text
        assert g["category"] in text


def test_dates_as_printed(server):
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        _, page, _ = fetch(server, g["path"])
        assert portal.medium_vi(portal.display_date(story)) in page
    notice = portal.GOLD[1]
    assert notice["published_at"] == "2026-11-30"
    _, page, _ = fetch(server, notice["path"])
    assert "Phủ Lý, ngày 30 tháng 11 năm 2026" in page and "2 thg 12, 2026" in page


def test_cover_is_a_css_background(server):
    g = portal.GOLD[0]
    _, page, _ = fetch(server, g["path"])
    cover = g["images"][0]["path"]
    assert f"background-image: url({cover});" in page
    assert f'src="{cover}"' not in page


def test_alt_paths_serve_the_same_article(server):
    with_alts = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(with_alts) == 4
    for g in with_alts:
        for alt in g["alt_paths"]:
            status, page, _ = fetch(server, alt)
            assert status == 200, alt
            text = _text(page)
            assert g["title"] in text
            assert f'href="{server.base_url}{g["path"]}" rel="canonical"' in page
            for para in g["body"].split("\n\n"):
                if " | " not in para:
                    assert para in text
            for img in g["images"]:
                assert img["path"] in _html.unescape(page)


def test_decoded_url_titles_answer_too(server):
    encoded = [g for g in portal.GOLD if "%" in g["path"]]
    assert len(encoded) == 3
    site = portal.build_site()
    for g in encoded:
        status, _, _ = fetch(server, g["path"])
        assert status == 200
        decoded = unquote(g["path"])
        assert decoded != g["path"]
        response = site.respond(Request("GET", decoded, "", {"Host": "127.0.0.1"}))
        assert response is not None and response.status == 200


def test_find_entry_redirects(server):
    for story in (portal.BY_ID[2], portal.BY_ID[10]):
        status, _, headers = fetch(server, portal.find_entry_link(story))
        assert status == 302
        assert headers["Location"] == server.base_url + portal.entry_path(story)


def test_listing_pages_hold_the_older_entries(server):
    _, first, _ = fetch(server, portal.NEWS)
    widget = _widget(first)
    for story in portal.ORDER[4:]:
        assert portal.entry_path(story) not in widget
    for n in (2, 3, 4):
        _, listing, _ = fetch(server, portal.list_link(None, n, 4))
        widget = _widget(listing)
        for story in portal.ORDER:
            on_page = story in portal.ORDER[(n - 1) * 4 : n * 4]
            assert (portal.entry_path(story) in widget) == on_page
    assert 'class="sr-only">Tiếp</span>' in first


def test_some_entries_only_behind_page_two(server):
    _, linkers, _ = _crawl(server)
    deep = [portal.BY_ID[12], portal.BY_ID[13]]
    for story in deep:
        sources = linkers[portal.entry_path(story)]
        assert sources
        for src in sources:
            assert src.startswith(portal.NEWS + "?"), src
            assert f"{portal.NS}cur=1&" not in src or f"{portal.NS}delta=4" not in src, src


def test_everything_reachable_within_budget(server):
    pages, _, requests = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in (
        "/khong-co-trang-nay",
        portal.SITE + "/khong-ton-tai",
        portal.NEWS + "/-/blogs/bai-viet-khong-ton-tai",
        portal.SITE + "/b/khong-co",
        portal.SITE + "/van-ban/-/document_library/vB7kQm2NfT0a/view_file/1",
        "/web/truong-khac",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
