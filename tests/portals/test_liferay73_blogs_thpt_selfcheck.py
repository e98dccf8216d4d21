"""Self-check of the liferay73_blogs_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay73_blogs_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_STATIC = re.compile(r"^/(documents|image|o/lvt-ninhbinh-theme|combo)/?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(html.unescape(_TAG.sub(" ", page)))


def _target(href: str, current: str) -> str | None:
    href = html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    parts = urlsplit(urljoin("http://fixture.invalid" + current, href))
    if parts.netloc != "fixture.invalid":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server) -> tuple[set[str], int]:
    """Follow every same-host <a> link (and redirects) from START_PATH; static files are not fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        links: list[str] = []
        if status in (301, 302):
            links = [headers["Location"]]
        elif status == 200:
            ok.add(target)
            if "html" in headers.get("Content-Type", ""):
                links = _HREF.findall(body)
        for href in links:
            nxt = _target(href, target)
            if nxt and nxt not in seen and not _STATIC.match(nxt):
                seen.add(nxt)
                queue.append(nxt)
    return ok, fetched


def test_contract_shape():
    assert portal.NAME == "liferay73_blogs_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    titles = [g["title"] for g in portal.GOLD]
    assert titles.count("Sinh hoạt chuyên đề tổ Toán") == 2  # trap 8
    for g in portal.GOLD:
        assert re.fullmatch(r"2026-1[0-2]-\d\d", g["published_at"])
        assert g["category"] in portal.CATS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    assert f'<h3 class="title">{html.escape(gold["title"])}</h3>' in body
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: cells are printed in their own <td>
            for cell in para.split(" | "):
                assert cell in text
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in text
    # the category as printed under the text
    assert f'>{html.escape(gold["category"])}</a></div>' in body
    # the date as printed: the CLDR medium date (or the letterhead's day for the notice)
    y, m, d = map(int, gold["published_at"].split("-"))
    assert f"{d} thg {m}, {y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert html.escape(gold["title"]) in alt_body
        assert f'{portal.entry_path(portal.BY_SLUG[portal.STORIES[portal.GOLD.index(gold)].slug])}" rel="canonical"' in alt_body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="title"' not in body


def test_unknown_paths_404(server):
    for path in ("/web/thpt-luongvantuy/khong-ton-tai", f"{portal.BLOG}/-/blogs/khong-co-bai-nay",
                 f"{portal.BLOG}/-/categories/99999", "/xyz", "/documents/35001/0/x.jpg/abc"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_reachable_within_budget(server):
    ok, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in ok, alt
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    # even a crawler that fetches every variant stays within 3 × (13 + non-articles)
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_traps(server):
    # 7 only on page 3 of the listing and page 2 of its category
    _, page1, _ = fetch(server, portal.BLOG)
    _, page3, _ = fetch(server, portal.listing_url(3))
    oldest = portal.entry_path(portal.S7)
    assert oldest not in page1 and oldest in page3
    # RSS gives the previous day in GMT for entry 6 (trap 4)
    _, feed, _ = fetch(server, portal.RSS)
    assert "Tue, 01 Dec 2026 23:45:00 GMT" in feed
    # the Vietnamese urlTitle answers in its decoded and lower-case-hex forms (trap 9)
    assert "%E1%BB%99" in portal.entry_path(portal.S6)
    status, _, _ = fetch(server, portal.entry_path(portal.S6).lower())
    assert status == 200
    # the notice's display date differs from its letterhead's day (trap 15)
    _, notice, _ = fetch(server, portal.entry_path(portal.S4))
    assert "30 thg 11, 2026" in notice and "ngày 28 tháng 11 năm 2026" in notice
    # the cover image is a CSS background, not an <img> (trap 6)
    _, first, _ = fetch(server, portal.entry_path(portal.S1))
    cover = portal.GOLD[0]["images"][0]["path"]
    assert f"background-image: url({html.escape(cover)})" in first
    assert f'src="{html.escape(cover)}"' not in first
    # images and the start redirect
    status, _, _ = fetch(server, cover)
    assert status == 200
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.SITE
