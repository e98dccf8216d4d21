"""Self-checks of the bagisto_blog_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import bagisto_blog_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"', re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    stripped = re.sub(r"<script\b.*?</script>", " ", body, flags=re.S | re.I)
    stripped = re.sub(r"<[^>]+>", " ", stripped)
    return collapse(unicodedata.normalize("NFC", _html.unescape(stripped)))


def local_target(base: str, page: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    absolute = urljoin(base + page, href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    if parts.path.lower().endswith(_SKIP_EXT):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer) -> dict[str, tuple[int, str]]:
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = (status, body)
        assert len(seen) < 200, "crawl does not end"
        if status != 200:
            continue
        for href in _HREF.findall(body):
            nxt = local_target(server.base_url, target, href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_every_gold_article_and_non_article_reachable_from_start(server):
    pages = crawl(server)
    for g in portal.GOLD:
        assert pages.get(g["path"], (0,))[0] == 200, g["path"]
        for alt in g.get("alt_paths", []):
            assert pages.get(alt, (0,))[0] == 200, alt
    for path in portal.NON_ARTICLES:
        assert pages.get(path, (0,))[0] == 200, path
    html_pages = [t for t, (status, _) in pages.items() if status == 200]
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(html_pages) <= budget, (len(html_pages), budget)
    # nothing the site links to is broken (redirects aside)
    broken = [t for t, (status, _) in pages.items() if status not in (200, 302)]
    assert not broken, broken


def test_some_articles_only_on_later_pages(server):
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/blog")
    late = "/blog/khai-giang-lop-nang-khieu-ve"
    assert late not in home and late not in first
    _, third, _ = fetch(server, "/blog?page=3")
    assert late in third
    assert "page=3" not in first
    _, second, _ = fetch(server, "/blog?page=2")
    assert "page=3" in second


def test_gold_pages_print_their_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
        assert page_text(h1) == g["title"], g["path"]
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert f'"{img["path"]}"' in body or img["path"].replace("/storage", "../../storage") in body
            if img["caption"]:
                assert img["caption"] in text
        crumbs = page_text(re.search(r'<nav aria-label="Breadcrumb">(.*?)</nav>', body, re.S).group(1))
        assert g["category"] in crumbs
        day = date.fromisoformat(g["published_at"][:10])
        if g["path"].endswith("tet-duong-lich-2027"):
            assert "ngày 02 tháng 12 năm 2026" in text and "Dec 03, 2026" in text
        else:
            assert day.strftime("%b %d, %Y") in text, g["path"]
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
        assert "Sản phẩm gợi ý" in text and "Đăng bởi: admin" in text


def test_alt_paths_serve_the_same_article(server):
    alts = [(g, a) for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert alts
    for g, alt in alts:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert g["body"].split("\n\n")[-1].split(" | ")[0] in page_text(body)
        assert f'href="{server.base_url}{g["path"]}"' in body


def test_listing_date_differs_for_late_night_post(server):
    _, body, _ = fetch(server, "/blog")
    assert "30/11/2026" in body
    _, post, _ = fetch(server, "/blog/be-vui-giang-sinh-2026")
    assert "Dec 01, 2026" in post
    gold = next(g for g in portal.GOLD if g["path"] == "/blog/be-vui-giang-sinh-2026")
    assert gold["published_at"] == "2026-12-01"


def test_encoded_text_forms(server):
    _, nfd, _ = fetch(server, "/blog/be-tham-quan-nha-sach-phuong-nam")
    assert "\u0301" in nfd or "\u0300" in nfd
    _, ent, _ = fetch(server, "/blog/chuyen-de-phat-trien-ngon-ngu-cho-tre-24-36-thang")
    assert "&agrave;" in ent or "&#" in ent


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/blog/khong-co-bai-nay",
        "/page/khong-co",
        "/blog/category/khong-co",
        "/blog?page=abc",
        "/blog/hoi-thi-be-khoe-be-ngoan-cap-truong?reply_to=999",
        "/blog/hoi-thi-be-khoe-be-ngoan-cap-truong?utm_source=zalo",
        "/blog/tag/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
