"""Self-check of the wp_gutenberg_query_loop_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_gutenberg_query_loop_thcs as portal
from ._common import collapse, esc
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)
_INLINE = {"a", "strong", "em", "span", "sup", "code", "b", "i"}
_H1 = re.compile(r'<h1 class="[^"]*wp-block-post-title[^"]*">(.*?)</h1>', re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    """Visible text, blocks separated by spaces; footnote calls and back links left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.stack: list[bool] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        skipping = tag in ("script", "style") or (tag == "sup" and a.get("class") == "fn") or (
            tag == "a" and (a.get("aria-label") or "").startswith("Chuyển đến tham chiếu")
        )
        if tag in ("br", "img", "meta", "link", "input"):
            self.parts.append(" ")
            return
        self.stack.append(skipping)
        self.skip += skipping
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("br", "img", "meta", "link", "input"):
            return
        if self.stack:
            self.skip -= self.stack.pop()
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return collapse("".join(parser.parts))


def _links(page: str, current: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        url = urljoin("http://h" + current, html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != "h" or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[dict[str, str], int]:
    """Breadth-first walk over <a href> links from START_PATH, redirects followed by hand."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        seen[target] = body
        for link in _links(body, target):
            if link.startswith(("/feed/", "/wp-")):
                continue
            if link not in queued:
                queued.add(link)
                queue.append(link)
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"])
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["body"] and g["category"] in portal.CATS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    m = _H1.search(page)
    assert m and collapse(html.unescape(m.group(1))) == gold["title"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in page
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert collapse(cell) in text, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert f"<p><strong>{esc(gold['summary'])}</strong></p>" in page
    assert f'rel="tag">{esc(gold["category"])}</a></div>' in page
    stamp = gold["published_at"]
    if "T" in stamp:
        assert f'<div class="wp-block-post-date"><time datetime="{stamp}">' in page
    else:
        y, m_, d = stamp.split("-")
        assert f"ngày {d} tháng {m_} năm {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_or_redirect_to_the_article(server, gold):
    for alt in gold["alt_paths"]:
        status, page, headers = fetch(server, alt)
        if alt.startswith("/?p="):
            assert status == 301 and headers["Location"] == gold["path"]
        else:
            assert status == 200
            assert collapse(html.unescape(_H1.search(page).group(1))) == gold["title"]
            assert f'href="{server.base_url}{gold["path"]}"' in page  # canonical: the plain permalink


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay/", "/2026/11/20/khong-co-bai/", "/category/khong-co/",
                   "/category/thong-bao/page/5/", "/?p=99999", "/tin-tuc/?query-12-page=abc"):
        assert fetch(server, target)[0] == 404, target


def test_everything_reachable_within_budget(server):
    seen, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_trap_query_loop_pagination(server):
    _, page1, _ = fetch(server, "/tin-tuc/")
    assert 'href="?query-12-page=3"' in page1 and 'href="/tin-tuc/?query-12-page=2"' in page1
    _, page3, _ = fetch(server, "/tin-tuc/?query-12-page=3")
    _, home, _ = fetch(server, "/")
    oldest = [g["path"] for g in portal.GOLD if g["path"].endswith(("/ngay-hoi-doc-sach-2026/",
                                                                    "/hoi-nghi-vien-chuc-nam-hoc-2026-2027/"))]
    assert len(oldest) == 2
    for path in oldest:
        assert f'href="{path}"' in page3
        assert f'href="{path}"' not in page1 and f'href="{path}"' not in home


def test_trap_modified_date_comes_first(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("/doan-kiem-tra-chuyen-doi-so/"))
    _, page, _ = fetch(server, gold["path"])
    first = re.search(r'<time datetime="([^"]+)"', page).group(1)
    assert first == "2026-12-05T07:48:00+07:00" != gold["published_at"]
    assert "4 Tháng Mười Hai, 2026 lúc 09:15" in page


def test_trap_footnotes_and_cover(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("/chuyen-de-stem-khtn-8/"))
    _, page, _ = fetch(server, gold["path"])
    assert 'class="fn"><a href="#' in page and "↩︎" in page
    assert "↩" not in gold["body"] and "Bộ GD&ĐT1" not in gold["body"]
    assert "Bảng 1." in page and "Bảng 1." not in gold["body"]
    cover = next(g for g in portal.GOLD if g["path"].endswith("/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/"))
    _, page, _ = fetch(server, cover["path"])
    assert 'class="wp-block-cover__image-background wp-post-image"' in page
    assert cover["images"][0]["path"].endswith("le-20-11-san-khau-1024x576.jpg")
    assert "Video:" in page and "Video:" not in cover["body"]
