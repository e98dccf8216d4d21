"""Self-checks of the hugo_docsy_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hugo_docsy_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_REFRESH = re.compile(r'http-equiv="refresh" content="0; url=([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _crawl(server) -> tuple[set[str], int]:
    seen, queue, fetched = {portal.START_PATH}, deque([portal.START_PATH]), 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        links = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            links += [html.unescape(h) for h in _HREF.findall(body)]
            links += _REFRESH.findall(body)
        for href in links:
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|ico|css|js|pdf|xml)$", parts.path):
                continue
            if path not in seen:
                seen.add(path)
                queue.append(path)
    return seen, fetched


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _text(body)
    assert gold["title"] in page
    h1 = re.search(r"<h1>(.*?)</h1>", body, re.S)
    assert h1 and collapse(html.unescape(h1.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
            assert cell in page, para
    if gold["summary"]:
        assert gold["summary"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    for img in gold["images"]:
        assert img["path"].rsplit("/", 1)[1] in body
        if img["caption"]:
            assert img["caption"] in page
        assert fetch(server, img["path"])[0] == 200
    assert gold["category"] in page
    if gold["published_at"]:
        day = gold["published_at"][:10]
        assert f'datetime="{day}"' in body
        if "T" in gold["published_at"]:
            assert f'content="{gold["published_at"]}"' in body
    else:
        assert "article:published_time" not in body


def test_alt_paths_lead_to_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"] == gold["path"]
            else:
                assert status == 200 and gold["path"] in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_post_10_only_on_later_list_pages(server):
    target = portal.GOLD[9]["path"]
    for first in ("/", "/blog/", "/blog/2026/", "/categories/hoat-dong/"):
        assert target not in fetch(server, first)[1]
    assert target in fetch(server, "/blog/page/3/")[1]
    assert target in fetch(server, "/categories/hoat-dong/page/2/")[1]


def test_unknown_paths_404(server):
    for path in ("/khong-co/", "/blog/page/9/", "/docs/khong-co/", "/categories/xyz/", "/blog/2026/01/01/x/"):
        assert fetch(server, path)[0] == 404, path
