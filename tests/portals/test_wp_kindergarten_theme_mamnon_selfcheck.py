"""Self-checks of the wp_kindergarten_theme_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_kindergarten_theme_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees: tags dropped, references resolved, NFC, whitespace collapsed."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links_of(markup: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r"""<a\b[^>]*?\bhref=["']([^"']*)["']""", markup, flags=re.I):
        href = _html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over <a href> links from START_PATH; redirects followed on the host."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = headers.get("Location", "")
            parts = urlsplit(urljoin(server.url(target), loc))
            if parts.netloc == f"{server.host}:{server.port}":
                nxt = parts.path + (f"?{parts.query}" if parts.query else "")
                if nxt not in seen and not skip(nxt):
                    seen.add(nxt)
                    queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for nxt in links_of(body, urlsplit(target).path):
            if nxt.startswith(("/wp-content/", "/wp-includes/")):
                continue
            if nxt not in seen and not skip(nxt):
                seen.add(nxt)
                queue.append(nxt)
    return seen, fetched


def test_contract_shape():
    assert portal.NAME == "wp_kindergarten_theme_mamnon"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Hoạt động của bé", "Góc phụ huynh", "Thực đơn"}
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 12, (g["path"], n)
        assert g["canonical_path"] == g["path"]
        assert unicodedata.is_normalized("NFC", g["body"])
    doc = portal.__doc__ or ""
    assert "Traps" in doc and "Gold decisions" in doc


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target
            canon = re.search(r'<link rel="canonical" href="([^"]+)"', body)
            assert canon and urlsplit(canon.group(1)).path == g["path"], target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        seen = page_text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in seen, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in seen, (g["path"], name)
        if g["source"]:
            assert g["source"] in seen
        for img in g["images"]:
            assert img["path"] in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in seen, (g["path"], img["caption"])
        slug = g["path"][1:-5]
        printed = portal.PRINTED_DATES[slug]
        if g["published_at"] is None:
            assert printed is None
            assert 'class="post_meta_item post_date"' not in body
            assert 'post_info_posted"' not in body
        elif g["path"] == portal.link(portal.G3):
            assert "ngày 26 tháng 10 năm 2026" in seen
        else:
            assert printed and printed in seen, (g["path"], printed)


def test_traps_in_markup(server):
    # lazy placeholders: the real thumbnail is only in data attributes
    _, body, _ = fetch(server, portal.link(portal.H1))
    assert 'src="data:image/gif;base64' in body and "data-envira-src=" in body
    _, body, _ = fetch(server, portal.link(portal.H3))
    assert "data-src-fg=" in body and 'src="data:image/svg+xml' in body
    assert "Góc phụ huynh</a>, <a" in body  # both categories, alphabetical
    # no "Xem thêm" href on the home page's grid; the AJAX endpoint answers POST only
    _, home, _ = fetch(server, "/")
    assert "ls_loadmore" in home
    status, _, _ = fetch(server, "/wp-admin/admin-ajax.php")
    assert status == 400
    req = urllib.request.Request(
        server.url("/wp-admin/admin-ajax.php"),
        data=b"action=ls_kids_grid_more&paged=3",
        method="POST",
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        data = json.loads(resp.read().decode("utf-8"))
    assert portal.link(portal.G2) in data["data"]["html"]
    # the no-date article's page carries dates of comments and related posts only
    _, body, _ = fetch(server, portal.link(portal.G2))
    assert "<time datetime=" in body
    # shortlink, trailing slash and page/1 redirects
    assert fetch(server, f"/?p={portal.H1.id}")[0] == 301
    assert fetch(server, portal.link(portal.H1) + "/")[0] == 301
    assert fetch(server, "/category/goc-phu-huynh/page/1/")[0] == 301


def test_all_gold_reachable_and_some_only_from_page_two(server):
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # even a crawler following every <a> (duplicates included) stays within the README's budget
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched
    seen_first_pages, _ = crawl(server, skip=lambda t: "/page/" in t)
    hidden = {portal.link(portal.H6), portal.link(portal.G2)}
    assert not hidden & {urlsplit(t).path for t in seen_first_pages}


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai.html",
        "/category/tin-tuc/",
        "/category/hoat-dong-cua-be/page/9/",
        "/tag/khong-co/",
        "/author/admin/",
        "/ngay-hoi-be-voi-an-toan-giao-thong.html/khong-co-anh/",
        "/?p=9999",
        "/mot/duong/dan/la/",
    ):
        assert fetch(server, target)[0] == 404, target
