"""Self-check of the wp_smartmag_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_smartmag_sgddt as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$|^/wp-content/|^/feed/")


def _text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _glued(markup: str) -> str:
    """Inline tags dropped without a space (for the drop cap), block tags as spaces."""
    markup = re.sub(r"</?(span|strong|em|a)\b[^>]*>", "", markup)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    return _text(markup)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site()).start()
    yield srv
    srv.stop()


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        for href in _HREF.findall(body):
            parts = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _ASSET.search(parts.path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert g["body"] and g["title"] and g["category"]


def test_gold_pages_answer_with_their_text(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        pages = [body]
        for alt in g.get("alt_paths", []):
            st, alt_body, _ = fetch(server, alt)
            assert st == 200, alt
            pages.append(alt_body)
        assert g["title"] in _text(body), g["path"]
        joined = " ".join(_glued(p) for p in pages)
        for para in g["body"].split("\n\n"):
            assert para in joined, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in joined, (g["path"], name)
        if g["source"]:
            assert g["source"] in joined
        for img in g["images"]:
            assert img["path"] in " ".join(pages), (g["path"], img)
            if img["caption"]:
                assert img["caption"] in _text(" ".join(pages)), (g["path"], img)
        assert g["category"] in _text(body.split('id="breadcrumb"')[1].split("</nav>")[0])


def test_dates_are_in_datetime_attributes(server):
    for g in portal.GOLD:
        if g["published_at"] and "T" in g["published_at"]:
            _, body, _ = fetch(server, g["path"])
            assert f'datetime="{g["published_at"]}"' in body, g["path"]


def test_traps_as_documented(server):
    # UTC stamp in Yoast, relative date, drop cap, lazy images, pullquote not in gold
    _, body, _ = fetch(server, "/be-vui-hoi-thi-be-khoe-be-ngoan/")
    assert 'content="2026-11-16T23:30:00+00:00"' in body
    _, body, _ = fetch(server, "/hoi-nghi-trien-khai-nhiem-vu-hoc-ky-ii-nam-hoc-2026-2027/")
    assert "17 giờ trước" in body and 'class="sub-title"' in body
    _, body, _ = fetch(server, "/trao-200-suat-hoc-bong-cho-hoc-sinh-vuot-kho/")
    assert '<span class="ts-dropcap">N</span>gày' in body and "data-lazy-src" in body
    gold = {g["path"]: g for g in portal.GOLD}
    assert "Phó Chủ tịch UBND tỉnh</cite>" not in gold["/hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam/"]["body"]
    status, _, headers = fetch(server, "/?p=1162")
    assert status == 301 and headers["Location"] == "/hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam/"
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/1/")
    assert status == 301


def test_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_oldest_only_via_page_two(server):
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/")
    _, second, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/2/")
    for path in ("/so-ket-phong-trao-thi-dua-day-tot-hoc-tot/", "/tong-ket-hoi-khoe-phu-dong-cap-tinh-lan-thu-xi/"):
        assert path not in home and path not in first and path in second


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in ("/khong-co-bai-nay/", "/chuyen-muc/khong-co/", "/chuyen-muc/tin-tuc-su-kien/page/9/",
                 "/tag/khong-co/", "/hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam/3/"):
        assert fetch(server, path)[0] == 404, path
