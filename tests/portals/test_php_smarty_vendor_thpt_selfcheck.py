"""Self-check of the php_smarty_vendor_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import php_smarty_vendor_thpt as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|doc)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(html.unescape(_TAG.sub(" ", page)))


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _walk(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            url = urljoin(server.url(target), href.split("#")[0])
            if urlsplit(url).netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _target(url)
            if _ASSET.search(urlsplit(nxt).path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] in portal.CATS.values()
        assert g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages(server, record):
    status, page, headers = fetch(server, record["path"])
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "charset=iso-8859-1" in page  # trap 1: the template's meta lies
    text = _visible(page)
    assert record["title"] in text
    # trap 2: the h1 is the category, not the headline
    assert f'<h1 class="tieude_dm">{html.escape(record["category"])}</h1>' in page
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert f"Nguồn tin: {record['source']}" in text
    for img in record["images"]:
        assert html.escape(img["path"]) in page
        if img["caption"]:
            assert img["caption"] in text
        status, _, _ = fetch(server, img["path"])
        assert status == 200
    for alt in record.get("alt_paths", []):
        status, alt_page, _ = fetch(server, alt)
        assert status == 200, alt
        assert record["title"] in _visible(alt_page)


def test_dates_as_printed(server):
    """Trap 3: English weekdays, day first, 12-hour clock in the Chuyên môn template."""
    by_id = {s.id: s for s in portal.STORIES}
    _, page, _ = fetch(server, portal.story_path(by_id[1006]))
    assert "Ngày đăng: Thursday, 12/11/2026 &nbsp;|" in page
    _, page, _ = fetch(server, portal.story_path(by_id[1007]))
    assert "10-11-2026 02:30:00 PM" in page
    _, page, _ = fetch(server, portal.story_path(by_id[1003]))
    assert "Tuesday, 20/10/2026 - 00:00" in page
    assert "Nguồn tin:  &nbsp;|&nbsp; Lượt xem" in page  # trap 4: empty field printed


def test_debug_sql_before_doctype(server):
    s = next(s for s in portal.STORIES if s.opts.get("debug_sql"))
    _, page, _ = fetch(server, portal.story_path(s))
    assert page.startswith("<hr />(mysqli): SELECT")
    assert page.index("<!DOCTYPE") > 0


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ("/nope", "/?page=news_detail&id=9999", "/?page=news&cat=1&p=3", "/?page=static&alias=x",
                 "/?page=album&id=1", "/?page=khac"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_reachable_and_budget(server):
    seen, requests = _walk(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests
    # posts 1004 and 1002 are linked only from page 2 of their listing (and from each other)
    late = {1004, 1002}
    pages = ["/", "/?page=news&cat=1", "/?page=news&cat=1&p=1", *portal.NON_ARTICLES]
    pages += [g["path"] for g in portal.GOLD if not any(f"id={i}&" in g["path"] for i in late)]
    for target in pages:
        _, body, _ = fetch(server, target)
        for i in late:
            assert f"id={i}&amp;" not in body and f"id={i}\"" not in body, (target, i)
    _, body, _ = fetch(server, "/?page=news&cat=1&p=2")
    assert all(f"id={i}&amp;title=" in body for i in late)
