"""Self-checks of the wp_twentytwentyfive_query_loop_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_twentytwentyfive_query_loop_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".docx", ".css", ".js", ".ico", ".svg")
_PAGINATION = ("query-3-page", "query-7-page", "/page/")


class _Parse(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)
        self.chunks.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        self.chunks.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)


def _parse(body: str) -> _Parse:
    p = _Parse()
    p.feed(body)
    return p


def _page_text(body: str) -> str:
    return collapse("".join(_parse(body).chunks))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server: PortalServer, follow_pagination: bool = True) -> tuple[set[str], int]:
    """Every same-host target reachable by <a href> (and redirects) from START_PATH."""
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    pages: set[str] = set()
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        found: list[str] = []
        if status in (301, 302):
            found.append(headers["Location"])
        elif status == 200:
            pages.add(target)
            found.extend(_parse(body).links)
        for href in found:
            if href.startswith(("javascript:", "mailto:", "tel:")):
                continue
            url = urljoin(server.base_url + target, _html.unescape(href))
            parts = urlsplit(url)
            if parts.netloc != host or parts.path.lower().endswith(_SKIP_EXT):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if not follow_pagination and any(k in nxt for k in _PAGINATION):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return pages, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert "Nổi bật" not in cats
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["body"] and g["body"].count("\n\n") + 1 >= 3
        assert "Mục lục" not in g["body"] and "Lượt xem" not in g["body"]
        assert "Bài viết liên quan" not in g["body"] and "Tải xuống" not in g["body"]
        assert re.match(r"^2026-1[0-2]-\d\d", g["published_at"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:40])
def test_gold_pages_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        h1 = re.search(r'<h1[^>]*class="wp-block-post-title"[^>]*>(.*?)</h1>', body, re.S)
        assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"], target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:40])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    page = _page_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in page, piece
    for name in gold["authors"] + gold["photographers"]:
        assert name in page, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in page
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert f'data-lazy-src="{_base(server)}{img["path"]}"' in body or (
            f'src="{_base(server)}{img["path"]}"' in body
        ), img
        if img["caption"]:
            assert img["caption"] in page
    published = gold["published_at"]
    if "T" in published:
        assert f'<div class="wp-block-post-date"><time datetime="{published}">' in body
    assert f'<a href="{_base(server)}/category/' in body and gold["category"] in page


def _base(server: PortalServer) -> str:
    return server.base_url


def test_official_notice_and_midnight(server):
    a1 = next(g for g in portal.GOLD if "lich-kiem-tra" in g["path"])
    _, body, _ = fetch(server, a1["path"])
    assert "ngày 03 tháng 12 năm 2026" in body and 'datetime="2026-12-04T15:20:00+07:00"' in body
    assert a1["published_at"] == "2026-12-03" and a1["authors"] == ["Đỗ Thị Thu Hà"]
    a8 = next(g for g in portal.GOLD if "hoi-khoe" in g["path"])
    _, body, _ = fetch(server, a8["path"])
    assert "12/11/2026 lúc 00:00" in body and a8["published_at"] == "2026-11-12"
    assert body.index("Cập nhật lần cuối") < body.index("wp-block-post-title")


def test_reachable_within_budget(server):
    pages, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_behind_page_two(server):
    pages, _ = _crawl(server, follow_pagination=False)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in pages]
    assert len(hidden) >= 3, hidden


def test_comment_pages_and_encoded_slug(server):
    a6 = next(g for g in portal.GOLD if "le-ky-niem" in g["path"])
    cp1 = a6["path"] + "comment-page-1/"
    _, body, _ = fetch(server, cp1)
    assert f'<link rel="canonical" href="{_base(server)}{cp1}" />' in body
    assert a6["alt_paths"] == [cp1, a6["path"] + "comment-page-2/"]
    status, _, headers = fetch(server, a6["path"] + "?replytocom=452")
    assert status == 301 and headers["Location"] == a6["path"] + "#comment-452"
    a12 = next(g for g in portal.GOLD if "2026/10/15" in g["path"])
    assert "%e1%ba" in a12["path"] and any("%E1%BA" in p for p in a12["alt_paths"])


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "wp-block-post-title" in body


def test_shortlink_and_slash_redirect(server):
    a10 = next(g for g in portal.GOLD if "nghien-cuu-bai-hoc" in g["path"])
    status, _, headers = fetch(server, "/?p=2886")
    assert status == 301 and headers["Location"].endswith(a10["path"])
    status, _, headers = fetch(server, a10["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == a10["path"]


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay/",
        "/khong-co-trang-nay",
        "/2026/11/20/khong-ton-tai/",
        "/category/khong-co/",
        "/category/thong-bao/page/9/",
        "/2026/11/20/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/img_9999/",
        "/tin-tuc/?query-3-page=abc",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
