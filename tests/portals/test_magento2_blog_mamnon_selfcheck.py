"""Self-check of the magento2_blog_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import magento2_blog_mamnon as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")


def _text(markup: str) -> str:
    markup = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _local(server: PortalServer, base: str, href: str) -> str | None:
    url = urljoin(base, html.unescape(href))
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.netloc != f"127.0.0.1:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _walk(server: PortalServer) -> tuple[set[str], int]:
    """Follow every same-host link from START_PATH (pages only, not images/styles/feeds)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for href in _HREF.findall(body):
            nxt = _local(server, server.url(target), href)
            if not nxt or nxt in seen or re.search(r"\.(css|js|png|jpg|ico|gif)$", nxt):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, pages


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["body"] and g["title"]
        assert g["category"] in portal.CATS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'data-ui-id="page-title-wrapper">{html.escape(gold["title"])}</span>' in body
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert f"<strong>{html.escape(gold['summary'])}</strong>" in body
    for img in gold["images"]:
        assert f'src="{server.url(img["path"])}"' in body, img
        if img["caption"]:
            assert img["caption"] in text
    assert f"Danh mục: {gold['category']}" in text
    for alt in gold.get("alt_paths", []):
        alt_status, alt_body, _ = fetch(server, alt)
        assert alt_status == 200 and _text(alt_body) == text
    assert f'<link rel="canonical" href="{server.url(gold["path"])}"/>' in body


def test_printed_dates_match_gold() -> None:
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    for story in portal.STORIES:
        printed = story.opts["printed"]
        m = re.match(r"(\w+) (\d+), (\d{4}) (\d+):(\d\d) (am|pm)$", printed)
        assert m, printed
        month, day, year = months.index(m[1]) + 1, int(m[2]), int(m[3])
        hour = int(m[4]) % 12 + (12 if m[6] == "pm" else 0)
        stamp = f"{year}-{month:02d}-{day:02d}"
        if hour or int(m[5]):
            stamp += f"T{hour:02d}:{m[5]}:00+07:00"
        if story.id == 11:  # official notice: the letterhead's day wins
            assert story.published_at == "2026-11-30" and stamp.startswith("2026-12-01")
        else:
            assert story.published_at == stamp, story.slug


def test_pagebuilder_prints_mobile_twins_not_in_gold(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"].endswith("be-trai-nghiem-lam-banh-quy-giang-sinh.html"))
    _, body, _ = fetch(server, gold["path"])
    assert body.count("pagebuilder-mobile-only") == 2
    assert "/mobile/banh-quy-nhao-bot_m.jpg" in body
    assert all("/mobile/" not in i["path"] for i in gold["images"])
    assert "#html-body [data-pb-style=" in body


def test_product_grid_inside_post_is_not_body(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if "dong-phuc" in g["path"])
    _, body, _ = fetch(server, gold["path"])
    content = body.split('class="post-post_content')[1].split('class="mp-post-info"')[0]
    assert "245.000 ₫" in content and "Thêm vào giỏ" in content
    assert "245.000" not in gold["body"] and all("catalog" not in i["path"] for i in gold["images"])


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="page-title"' in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for path in ("/blog/post/khong-co.html", "/khong-co.html", "/blog/category/x.html", "/blog/?p=9",
                 "/trang-khong-ton-tai", "/blog/post/be-yeu-me-chao-mung-20-10.html?p=2"):
        assert fetch(server, path)[0] == 404, path


def test_every_gold_article_reachable_within_budget(server: PortalServer) -> None:
    seen, pages = _walk(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    # post 1 is only on page 4 of the blog and page 2 of its category
    home = fetch(server, "/")[1]
    assert portal.GOLD[0]["path"] not in home
