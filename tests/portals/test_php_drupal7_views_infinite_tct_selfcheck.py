"""Self-checks of the php_drupal7_views_infinite_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_drupal7_views_infinite_tct as portal
from tests.portals._selfcheck import fetch

_STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".docx")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """The page's visible text: tags out, references decoded, NFC, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    page = html.unescape(page).replace("\xa0", " ")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", page)).strip()


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', page):
        href = html.unescape(href)
        if href.startswith(("mailto:", "javascript:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, str]]:
    """Breadth-first over <a href> from START_PATH, following redirects; HTML pages only."""
    seen: set[str] = set()
    pages: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or urlsplit(target).path.lower().endswith(_STATIC_EXT):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urlsplit(urljoin(server.url(target), headers["Location"])).path)
            continue
        if status != 200:
            continue
        pages[target] = body
        queue.extend(_links(body, server.url(target)))
    return seen, pages


def test_contract_shape():
    assert portal.NAME == "php_drupal7_views_infinite_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in _plain(body), target


def test_node_page_h1_is_the_category_not_the_headline(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        h1 = re.search(r'<h1 class="title" id="page-title">(.*?)</h1>', body).group(1)
        assert html.unescape(h1) == g["category"]
        assert f'<link rel="canonical" href="{g["canonical_path"]}" />' in body


def test_gold_fields_appear_on_the_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = _plain(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert html.escape(img["path"]) in body, (g["path"], img)
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
            if img["caption"]:
                assert img["caption"] in html.unescape(body)
        day = g["published_at"][:10]
        assert f'content="{day}T' in body
        y, m, d = day.split("-")
        assert f"{m}/{d}/{y}" in text  # the untouched US medium format on node pages


def test_every_gold_article_is_reachable_and_the_crawl_is_bounded(server):
    seen, pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_later_listing_pages(server):
    _, pages = _crawl(server)
    deep = {"/tin-tuc/tin-hoat-dong?page=1", "/tin-tuc/tin-hoat-dong?page=2"}
    assert deep <= set(pages)
    only_deep = []
    for g in portal.GOLD:
        own = {g["path"], *g.get("alt_paths", [])}
        linking = [
            t for t, body in pages.items() if t not in own and g["path"] in _links(body, server.url(t))
        ]
        if linking and set(linking) <= deep:
            only_deep.append(g["path"])
    assert len(only_deep) >= 3, only_deep


def test_infinite_scroll_pager(server):
    _, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong")
    assert 'class="pager pager-load-more"' in body
    assert '<a href="/tin-tuc/tin-hoat-dong?page=1">Xem thêm</a>' in body
    _, last, _ = fetch(server, "/tin-tuc/tin-hoat-dong?page=2")
    assert 'class="pager pager-load-more"' not in last
    status, clamped, _ = fetch(server, "/tin-tuc/tin-hoat-dong?page=9")
    assert status == 200 and _plain(clamped) == _plain(last)


def test_old_alias_redirects_and_moved_article_keeps_its_alias(server):
    status, _, headers = fetch(server, "/tin-tuc/tin-hoat-dong/gap-mat-ky-niem-ngay-nha-giao-viet-nam-20-11")
    assert status == 301
    assert headers["Location"].endswith("gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20111982-20112026")
    moved = next(g for g in portal.GOLD if "trao-bang-tot-nghiep" in g["path"])
    assert moved["path"].startswith("/tin-tuc/tin-hoat-dong/")
    assert moved["category"] == "Đào tạo - Bồi dưỡng"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "tieude-tin" not in body


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay", "/node/99999", "/print/11", "/tin-tuc/tin-hoat-dong/khong-co",
                   "/tin-tuc/khong-co", "/sites/default/files/khong-co.txt"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as fh:
        source = fh.read()
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
