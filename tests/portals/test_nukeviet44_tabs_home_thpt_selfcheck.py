"""Self-checks of the nukeviet44_tabs_home_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet44_tabs_home_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<!--.*?-->", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _links(body: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*?\shref="([^"]*)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")) or not href:
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not target.lower().endswith(_SKIP_EXT):
            out.append(target)
    return out


def _crawl(server) -> dict[str, int]:
    """Breadth-first over <a href> links from START_PATH, following redirects; path -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue.extend(_links(body, server.url(target)))
        assert len(seen) < 200, "the site must stay bounded"
    return seen


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _page_text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (target, piece)
        for img in gold["images"]:
            assert img["path"] in body, target
            if img["caption"]:
                assert img["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
    status, body, _ = fetch(server, gold["path"])
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    day = gold["published_at"][:10]
    printed = f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    assert printed in body
    assert f"<span itemprop=\"name\">{gold['category']}</span>" in body


def test_every_gold_article_is_reachable_and_crawl_is_bounded(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    pages = [p for p, s in seen.items() if s == 200]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_later_listing_pages(server):
    _, home, _ = fetch(server, "/")
    _, page1, _ = fetch(server, "/vi/news/tin-tuc-su-kien/")
    _, page2, _ = fetch(server, "/vi/news/tin-tuc-su-kien/page-2/")
    _, page3, _ = fetch(server, "/vi/news/tin-tuc-su-kien/page-3/")
    for sid, page in ((1253, page2), (1241, page3)):
        marker = f"-{sid}.html"
        assert marker not in home and marker not in page1
        assert marker in page
    status, _, headers = fetch(server, "/vi/news/tin-tuc-su-kien/page-1/")
    assert status == 301 and headers["Location"] == "/vi/news/tin-tuc-su-kien/"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "news-bodyhtml" not in body


def test_unknown_paths_404(server):
    for target in (
        "/vi/news/khong-co/",
        "/vi/news/tin-tuc-su-kien/page-9/",
        "/vi/news/tin-tuc-su-kien/bai-viet-khong-ton-tai-9999.html",
        "/vi/news/doan-thanh-nien/tap-huan-ky-nang-phong-chay-chua-chay-1296.html",
        "/vi/news/tag/khong-co",
        "/vi/about/khong-co.html",
        "/khong-co-trang-nay",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_traps_are_in_place(server):
    # stale alias from the cached most-read block: 301 to the renamed article
    status, _, headers = fetch(server, "/vi/news/tin-tuc-su-kien/hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1284.html")
    assert status == 301
    assert headers["Location"].endswith("-20-11-1982-20-11-2026-1284.html")
    # PHP's 'T' in the published_time meta; the header h1 is the site name
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert 'content="2026-12-04+0715:45:00"' in body
    assert "<h1>Trường THPT Lê Quý Đôn</h1>" in body
    assert "Cỡ chữ" in body and "Những tin cũ hơn" in body
    # lazy images: placeholder src, real path in data-original
    lazy = next(g for g in portal.GOLD if g["path"].endswith("-1294.html"))
    _, body, _ = fetch(server, lazy["path"])
    assert 'data-original="/uploads/news/2026_12/cn-xanh-thuan-quy-02.jpg"' in body
    # NFD text in 1241; gold is NFC
    nfd = next(g for g in portal.GOLD if g["path"].endswith("-1241.html"))
    _, body, _ = fetch(server, nfd["path"])
    assert unicodedata.normalize("NFD", "phòng, chống") in body
    assert unicodedata.is_normalized("NFC", nfd["body"])
    # cross-filed article: secondary URL prints the other breadcrumb, canonical names the primary
    _, body, _ = fetch(server, "/vi/news/tin-tuc-su-kien/hoi-giang-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027-1291.html")
    assert "/vi/news/hoat-dong-chuyen-mon/hoi-giang-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027-1291.html" in body
    assert '<span itemprop="name">Tin tức - Sự kiện</span>' in body
    # the duplicated sapo is printed twice but is once in the gold
    dup = next(g for g in portal.GOLD if g["path"].endswith("-1291.html"))
    assert _page_text(body).count(dup["summary"]) >= 2
    assert dup["body"].count(dup["summary"]) == 1


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)
