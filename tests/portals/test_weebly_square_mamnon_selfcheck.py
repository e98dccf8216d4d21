"""Self-checks of the weebly_square_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import weebly_square_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(no_tags).replace("\u200b", ""))


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host HTML links from START_PATH; returns paths seen and pages."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for href in HREF.findall(body):
            absolute = urljoin("http://x" + target, _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != "x" or parts.scheme != "http":
                continue
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|gif|css|js|pdf|ico)$", parts.path, re.I):
                continue
            if path not in seen:
                seen.add(path)
                queue.append(path)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title_and_fields(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f"<title>{_html.escape(gold['title'], quote=True)} - " in body, target
            text = _page_text(body)
            assert gold["title"] in text
            for para in gold["body"].split("\n\n"):
                assert para in text, (target, para)
            for img in gold["images"]:
                assert f'src="{_html.escape(img["path"])}"' in body, img
                if img["caption"]:
                    assert img["caption"] in text
            for name in gold["authors"] + gold["photographers"]:
                assert name in text
            if gold["source"]:
                assert gold["source"] in text
            if gold["category"] != portal.BLOG_NAME:
                assert f">{_html.escape(gold['category'])}</a>" in body
            y, m, d = gold["published_at"].split("-")
            assert f'<span class="date-text">{int(m)}/{int(d)}/{y}</span>' in body


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_reachable_and_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_uncategorized_post_only_on_older_pages(server):
    slug = "/blog/lop-mau-giao-lon-a2-tham-quan-den-do"
    _, first, _ = fetch(server, "/blog")
    _, nov, _ = fetch(server, "/blog/archives/11-2026")
    assert slug not in first and slug not in nov
    _, older, _ = fetch(server, "/blog/previous/2")
    assert f'href="{slug}"' in older


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "<title>" in body, path


def test_unknown_paths_404(server):
    for target in ["/nope", "/blog/nope", "/blog/previous/9", "/blog/previous/1",
                   "/blog/category/nope", "/blog/archives/01-2026", "/abc.html",
                   "/1/post/2026/10/nope.html"]:
        assert fetch(server, target)[0] == 404, target
