"""Self-check of the wp_publisher_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_publisher_sgddt as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"', re.I)
_INLINE = re.compile(r"</?(?:span|strong|b|em|i|a)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_CELL = re.compile(r"</td>\s*<td[^>]*>", re.I)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible text: inline tags vanish (the drop cap glues to its word), block tags split."""
    page = _CELL.sub(" | ", _SCRIPT.sub(" ", page))
    return collapse(html.unescape(_TAG.sub(" ", _INLINE.sub("", page))))


def _entry(page: str) -> str:
    start = page.index('<div class="entry-content')
    end = page.index('<div class="post-share single-post-share bottom-share')
    return page[start:end]


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urlsplit(urljoin("http://fixture.invalid" + here, href))
        if url.netloc != "fixture.invalid":
            continue
        out.append(url.path + (f"?{url.query}" if url.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen, queue, fetched = {portal.START_PATH}, deque([portal.START_PATH]), 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        for link in _links(body, urlsplit(target).path):
            if link.startswith("/wp-content/") or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    return seen, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"])
        assert re.fullmatch(r"/[a-z-]+/[a-z0-9-]+-\d+\.html", g["path"])


def test_gold_pages_print_their_fields(server):
    for g in portal.GOLD:
        status, page, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = _text(page)
        assert f'<span class="post-title" itemprop="headline">{html.escape(g["title"])}</span>' in page
        pages = [page] + [fetch(server, alt)[1] for alt in g.get("alt_paths", []) if alt.endswith("/2/")]
        content = " ".join(_text(_entry(p)) for p in pages)
        for para in g["body"].split("\n\n"):
            assert para in content, (g["path"], para)
        for img in g["images"]:
            assert f'"{img["path"]}"' in page, img
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in content
        if g["source"]:
            assert g["source"] in content
        stamp = g["published_at"]
        assert f'content="{stamp if "T" in stamp else stamp + "T00:00:00+07:00"}"' in page
        bread = re.search(r'class="rank-math-breadcrumb"><p>(.*?)</p>', page).group(1)
        assert f">{html.escape(g['category'])}</a>" in bread


def test_alt_paths_serve_the_same_post(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, page, _ = fetch(server, alt)
            assert status == 200, alt
            assert html.escape(g["title"]) in page


def test_traps_behave(server):
    # ads with a random prefix and inline related posts sit inside the text
    _, page, _ = fetch(server, "/thi-tuyen-sinh/lich-thi-tuyen-sinh-vao-lop-10-thpt-nam-hoc-2027-2028-4742.html")
    entry = _entry(page)
    assert "ozfhd-loc-post_inline" in entry and "bs-irp" in entry and "dropcap" in entry
    # lazy photos: placeholder src, real file in data-src and noscript
    _, page, _ = fetch(server, "/tin-tuc/truong-thcs-nguyen-du-to-chuc-ngay-hoi-stem-lan-thu-iii-4761.html")
    assert 'src="data:image/svg+xml' in page and 'data-src="/wp-content/uploads/2026/11/ngay-hoi-stem' in page
    # the visible date of an "updated" post is the modified one
    _, page, _ = fetch(server, "/tin-tuc/khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs-4803.html")
    assert "Cập nhật <b>04/12/2026</b>" in page
    assert 'article:published_time" content="2026-12-02T09:05:00+07:00"' in page
    # shortlink and a wrong category redirect to the post
    status, _, headers = fetch(server, "/?p=4812")
    assert status == 301 and headers["Location"].endswith("-4812.html")
    status, _, headers = fetch(server, "/giao-duc-trung-hoc/toan-bo-sai-4812.html")
    assert status == 404
    # the newest comment page is the post itself
    status, _, headers = fetch(
        server, "/giao-duc-trung-hoc/hoc-sinh-phu-yen-gianh-3-huy-chuong-hoi-thi-tin-hoc-tre-toan-quoc-4794.html/comment-page-2/"
    )
    assert status == 301
    # home blocks page by AJAX without hrefs
    _, page, _ = fetch(server, "/")
    assert 'class="btn-bs-pagination next" rel="next" data-id=' in page
    assert "Thứ Bảy, 05/12/2026" in page


def test_everything_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched
    # the two oldest posts of each paged category are reachable from their archive pages only
    home = fetch(server, "/")[1]
    for sid in (4735, 4720, 4761, 4752):
        assert f"-{sid}.html" not in home


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in ("/khong-ton-tai/", "/tin-tuc/khong-co-bai-nay-9999.html", "/tin-tuc/page/9/",
                 "/tag/khong-co/", "/author/ai-do/", "/tin-tuc/trien-khai-mo-hinh-lop-hoc-so-4809.html"):
        assert fetch(server, path)[0] == 404, path
