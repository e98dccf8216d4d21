"""Self-checks of the inet_builder_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import inet_builder_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and a.get("action") and (a.get("method") or "get").lower() == "get":
            self.links.append(a["action"])
        if tag in ("p", "div", "br", "li", "td", "tr", "h1", "h2", "h3", "blockquote"):
            self.text.append(" ")

    def handle_data(self, data):
        self.text.append(data)


def _parse(body: str) -> _Links:
    parser = _Links()
    parser.feed(body)
    return parser


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH: the HTML pages reached, and how many."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: set[str] = set()
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages.add(target)
        for href in _parse(body).links:
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            absolute = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", parts.path, re.I):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return pages, len(pages)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["category"] in portal.CATS.values()
        assert g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        story = portal.STORY_BY_SLUG[g["path"].rsplit("/", 1)[-1][:-5]]
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f'data-tag="h2">{_html.escape(g["title"])}</div>' in body
            assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in body
        page_text = collapse(_html.unescape(" ".join(_parse(body).text)))
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):  # a table row: its cells are printed apart
                assert piece in page_text, (g["path"], para)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert portal.date_text(story) in body
        for img in g["images"]:
            assert img["path"] in body
            assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert _html.escape(img["caption"]) in body
        for name in g["authors"] + g["photographers"]:
            assert name in page_text
        if g["source"]:
            assert g["source"] in page_text
        assert f'<span>{_html.escape(g["category"])}</span>' not in body  # crumb links the category
        assert f'>{_html.escape(g["category"])}</a></li>' in body


def test_utc_attributes_differ_from_printed_local_time(server):
    status, body, _ = fetch(server, "/tin-tuc/hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027.html")
    assert status == 200
    assert 'datetime="2026-10-04T17:20:00.000Z"' in body and "05/10/2026 00:20" in body
    status, body, _ = fetch(server, "/tin-tuc/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027.html")
    assert 'datetime="2026-11-30T17:00:00.000Z"' in body and ">01/12/2026<" in body


def test_gallery_slides_lazy_and_cloned(server):
    _, body, _ = fetch(server, "/tin-tuc/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11.html")
    assert body.count("slick-cloned") == 2
    assert 'data-lazy="/storage/ib-5f21a9/images/2026/11/IMG_20261120_081522.jpg"' in body
    assert "IMG_20261120_081522_thumb.jpg" in body


def test_every_gold_article_reachable_within_budget(server):
    pages, count = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in pages, alt
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert count <= 3 * (13 + len(portal.NON_ARTICLES)), count


def test_some_articles_only_on_later_pages(server):
    _, home, _ = fetch(server, "/")
    for slug in ("hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
                 "tap-huan-chuong-trinh-gdpt-2018-mon-lich-su-va-dia-li"):
        assert slug not in home
        _, p1, _ = fetch(server, "/tin-tuc.html")
        assert slug not in p1


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "TRƯỜNG THCS NGUYỄN TRÃI" in body


@pytest.mark.parametrize("target", [
    "/khong-co.html", "/tin-tuc/khong-co-bai-nay.html", "/tin-tuc.html?page=9",
    "/doan-doi.html?page=5", "/tin-tuc/", "/admin", "/?p=1",
])
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
