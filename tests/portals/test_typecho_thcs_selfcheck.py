"""Self-check of the typecho_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import typecho_thcs as portal
from ._common import collapse
from ._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$|timthumb\.php", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    """The page's visible text, tags dropped, entities decoded, whitespace collapsed, NFC."""
    no_script = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return collapse(html.unescape(_TAG.sub("", no_script)))


def _local(base: str, page: str, href: str) -> str | None:
    href = html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin(base + page, href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    return None if _ASSET.search(parts.path) else target


def _crawl(server: PortalServer) -> tuple[dict[str, str], dict[str, str]]:
    """Follow every same-host link from START_PATH; redirects are followed by their Location."""
    pages: dict[str, str] = {}
    redirects: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    seen = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        found: list[str] = []
        if status in (301, 302):
            location = headers.get("Location", "")
            redirects[target] = location
            found.append(location)
        elif status == 200:
            pages[target] = body
            found += _HREF.findall(body)
        for href in found:
            nxt = _local(server.base_url, target, href)
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
        assert len(seen) < 400, "the site must be bounded"
    return pages, redirects


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or re.fullmatch(r"2026-1[0-2]-\d\d(T\d\d:\d\d:00\+07:00)?", g["published_at"])
        assert g["title"] == unicodedata.normalize("NFC", g["title"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = _page_text(body)
        assert gold["title"] in page, target
    status, body, _ = fetch(server, gold["path"])
    page = _page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, (gold["path"], cell)
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    assert gold["category"] in page
    if gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in page or f"ngày {int(d)} tháng {int(m)} năm {y}" in page
        if "T" in gold["published_at"]:
            assert f'{gold["published_at"][11:16]} - {d}/{m}/{y}' in page
    assert portal.TODAY_LINE in page


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "wz-bt" in body


def test_unknown_paths_404(server):
    for target in [
        "/index.php/archives/999/",
        "/index.php/archives/40/comment-page-3",
        "/index.php/archives/khong-co.html",
        "/index.php/khong-ton-tai.html",
        "/index.php/category/khong-co/",
        "/category/tin-tuc/3/",
        "/index.php/page/9/",
        "/index.php/tag/khong-co/",
        "/index.php/2025/01/",
        "/wp-admin/",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_every_gold_article_reachable_within_budget(server):
    pages, redirects = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) + len(redirects) <= budget, (len(pages), len(redirects))


def test_imported_posts_only_on_later_pages(server):
    _, home, _ = fetch(server, "/")
    for gold in portal.GOLD:
        if gold["path"].endswith(".html"):
            assert gold["path"] not in home
    _, page3, _ = fetch(server, "/index.php/page/3/")
    assert "/archives/hoi-thao-chuyen-de-toan-8.html" in page3


def test_traps_behave(server):
    # an imported post's cid link is a permanent redirect to its .html permalink
    status, _, headers = fetch(server, "/archives/9/")
    assert status == 301 and headers["Location"] == "/archives/hoi-thao-chuyen-de-toan-8.html"
    # the Baidu JSON-LD's pubDate is an hour ahead (Asia/Shanghai) and carries no offset
    _, body, _ = fetch(server, "/index.php/archives/31/")
    assert '"pubDate": "2026-11-02T15:30:00"' in body
    assert "14:30 - 02/11/2026" in _page_text(body)
    # lazy images: the photo is in data-original
    assert 'data-original="/usr/uploads/2026/11/3187204651.jpg"' in body
    # the protected post shows a form, no text; a wrong password answers the same page
    status, body, _ = fetch(server, "/index.php/archives/28/")
    assert status == 200 and 'name="protectPassword"' in body
    # search posts to the home and lands on the search listing
    req = urllib.request.Request(server.url("/index.php/"), data=b"s=Hu%E1%BA%BF")
    try:
        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("expected a redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 302 and err.headers["Location"].startswith("/index.php/search/")
    status, body, _ = fetch(server, "/index.php/search/Hu%E1%BA%BF/")
    assert status == 200 and "Đại Nội Huế" in body
    # the feed lists the posts with the core's links
    status, body, headers = fetch(server, "/index.php/feed/")
    assert status == 200 and "rss" in headers["Content-Type"]
    # images and attachments are served
    for target in ["/usr/uploads/2026/11/3187204651.jpg", "/usr/uploads/2026/12/tb-112-kiem-tra-hk1.pdf",
                   "/usr/themes/xiaoyuan/timthumb.php?src=/usr/uploads/2026/11/3187204651.jpg&w=220&h=150&zc=1"]:
        assert fetch(server, target)[0] == 200, target
