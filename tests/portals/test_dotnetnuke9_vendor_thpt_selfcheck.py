"""Self-checks of the dotnetnuke9_vendor_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dotnetnuke9_vendor_thpt as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".ashx")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)
        if tag in ("p", "br", "div", "td", "li", "tr", "h1", "h2", "h3", "h4", "figcaption", "span"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _parse(body: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(body)
    return collapse("".join(parser.parts)), parser.links


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _story(record: dict):
    aid = int(re.search(r"/ArticleID/(\d+)/", record["path"]).group(1))
    return portal.BY_ID[aid]


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"].split("/")[5])
def test_gold_article_page(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    page_text, _ = _parse(body)
    assert record["title"] in page_text
    assert f'rel="canonical" href="{server.base_url}{record["canonical_path"]}"' in body
    story = _story(record)
    assert story.opts["date"] in page_text
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert unicodedata.normalize("NFC", cell) in page_text, cell
    for name in record["authors"] + record["photographers"]:
        assert name in page_text
    if record["source"]:
        assert record["source"] in page_text
    if record["summary"]:
        assert record["summary"] in page_text
    for img in record["images"]:
        ref = img.get("path") or img["url"]
        assert ref in body
        if img["caption"]:
            assert img["caption"] in page_text
        if "path" in img:
            assert fetch(server, img["path"])[0] == 200
    for alt in record.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert record["title"] in _parse(alt_body)[0]


def test_non_articles_and_unknown(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in (
        "/khong-ton-tai/tabid/99/Default.aspx",
        "/tin-tuc/tabid/55/ArticleID/9999/abc.aspx",
        "/tin-tuc/tabid/55/CurrentPage/9/Default.aspx",
        "/tin-tuc/tabid/55/CategoryID/77/Default.aspx",
    ):
        assert fetch(server, path)[0] == 404, path
    status, body, _ = fetch(server, portal.DELETED)
    assert status == 200 and "không tồn tại" in body


def _crawl(server) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt_t = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_t not in seen:
                seen.add(nxt_t)
                queue.append(nxt_t)
            continue
        if status != 200:
            continue
        _, links = _parse(body)
        for href in links:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.lower().endswith(_SKIP_EXT) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
        assert len(seen) < 200
    return seen


def test_reachable_and_budget(server):
    seen = _crawl(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    # some articles are only on page 2+ of the listings
    first_pages = {"/", portal.news_path(), *(portal.cat_path(c) for c in portal.CATS)}
    linked_first = set()
    for target in first_pages:
        linked_first.update(_parse(fetch(server, target)[1])[1])
    deep = {int(g["path"].split("/")[5]) for g in portal.GOLD if g["path"] not in linked_first}
    assert deep == {1187, 1181, 1176, 1172, 1170}


def test_story_fields_consistent():
    for s in portal.STORIES:
        assert any(isinstance(b, P) for b in s.blocks)
        assert portal.canon(s).startswith("/tin-tuc/tabid/55/ArticleID/")
