"""Self-checks of the wp_astra_spectra_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_astra_spectra_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\s[^>]*?href=["']([^"']+)["']""", re.I)
_BODY_SKIP = re.compile(r"<(script|style|noscript)\b.*?</\1>", re.S | re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = _BODY_SKIP.sub(" ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _content(page: str) -> str:
    start = page.index('<div class="entry-content clear" ast-blocks-layout="true"')
    end = page.index('<div class="heateor_sss_sharing_container')
    return page[start:end]


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host <a href> links from START_PATH (redirects followed once)."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if re.search(r"\.(jpe?g|png|gif|css|js|ico)$", urlsplit(target).path, re.I):
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200:
            continue
        for href in _HREF.findall(body):
            absolute = urldefrag(urljoin(server.url(target), _html.unescape(href)))[0]
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen, pages


def test_contract_shape():
    assert portal.NAME == "wp_astra_spectra_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    h1 = re.search(r'<h1 class="entry-title"[^>]*>(.*?)</h1>', page, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    body_text = _text(_content(page))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: its cells are printed apart
            assert cell in body_text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in page
        if img["caption"]:
            assert img["caption"] in text
    assert f'<a href="{server.base_url}/category/' in page
    crumb = re.search(r'class="breadcrumb-trail breadcrumbs">(.*?)</nav>', page, re.S).group(1)
    assert gold["category"] in _text(crumb)
    for alt in gold.get("alt_paths", []):
        status, alt_page, _ = fetch(server, alt)
        assert status == 200 and gold["title"] in _text(alt_page)


def test_dates_as_the_platform_prints_them(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    gold = by_path["/be-vui-ngay-hoi-be-khoe-be-ngoan-nam-2026/"]
    _, page, _ = fetch(server, gold["path"])
    assert gold["published_at"] == "2026-12-01T09:05:00+07:00"
    assert 'content="2026-12-01T02:05:00+00:00"' in page
    assert "Tháng Mười Hai 1, 2026" in page
    midnight = by_path["/be-tham-quan-vuon-rau-sach-cua-truong/"]
    _, page, _ = fetch(server, midnight["path"])
    assert midnight["published_at"] == "2026-10-08"
    assert 'content="2026-10-07T17:00:00+00:00"' in page
    updated = by_path["/phu-huynh-can-lam-gi-khi-tre-bi-sot-ho-luc-giao-mua/"]
    _, page, _ = fetch(server, updated["path"])
    assert "Cập nhật lần cuối" in page and 'content="2026-11-17T13:10:00+00:00"' in page


def test_body_leaves_out_the_platform_chrome(server):
    for gold in portal.GOLD:
        for junk in ("Mục lục", "Xem sơ đồ lớp học", "Chia sẻ bài viết", "Bài viết liên quan", "Xem thêm",
                     "THÔNG BÁO", "Nơi nhận", "hoasen_admin", "Video:"):
            assert junk not in gold["body"], (gold["path"], junk)


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_page_two(server):
    _, home, _ = fetch(server, "/")
    _, cat1, _ = fetch(server, "/category/hoat-dong-cua-be/")
    _, cat2, _ = fetch(server, "/category/hoat-dong-cua-be/page/2/")
    slug = "/be-tham-quan-vuon-rau-sach-cua-truong/"
    assert slug not in home and slug not in cat1 and slug in cat2


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    for path in ("/khong-co-bai-nay/", "/category/khong-co/", "/category/thong-bao/page/9/", "/a/b/c/"):
        assert fetch(server, path)[0] == 404, path
    status, _, headers = fetch(server, "/?p=409")
    assert status == 301 and headers["Location"].endswith("/be-vui-ngay-hoi-be-khoe-be-ngoan-nam-2026/")
    assert fetch(server, "/category/thong-bao/page/1/")[0] == 301
    assert fetch(server, "/wp-content/uploads/2026/12/ngay-hoi-be-khoe-01-768x576.jpg")[0] == 200
