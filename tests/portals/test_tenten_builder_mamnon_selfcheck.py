"""Self-checks of the tenten_builder_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import tenten_builder_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(page: str) -> str:
    """The page's text with tags dropped (no separator: inline runs join as printed), NFC."""
    return unicodedata.normalize("NFC", collapse(_html.unescape(_TAG.sub("", page))))


def links(page: str, target: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "tel:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        if re.search(r"\.(jpg|png|gif|ico|css|js)$", parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, page, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = page
        queue.extend(t for t in links(page, target) if t not in seen)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = plain(page)
        assert gold["title"] in text
        assert f'href="{_html.escape(gold["canonical_path"])}' in page or gold["canonical_path"] in page
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        for img in gold["images"]:
            assert img["path"].rsplit("/", 1)[-1] in page
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text


def test_dates_printed_as_the_app_does(server):
    for gold in portal.GOLD:
        story = next(s for s in portal.STORIES if portal.post_path(s) == gold["path"])
        _, page, _ = fetch(server, gold["path"])
        assert portal.us_date(story.opts["posted"]) in page
        day = gold["published_at"][:10]
        if len(gold["published_at"]) == 10 and story.id != 95:
            assert "12:00 AM" in page
        if story.id == 95:
            assert "ngày 30 tháng 11 năm 2026" in plain(page) and day == "2026-11-30"


def test_nfd_post_is_decomposed(server):
    _, page, _ = fetch(server, portal.post_path(portal.BY_ID[88]))
    assert unicodedata.normalize("NFD", "thuyền giấy") in page


def test_split_spans_cut_words(server):
    _, page, _ = fetch(server, portal.post_path(portal.BY_ID[100]))
    content = page.split('class="bl-ct wb-rte"', 1)[1].split('class="bl-tags"', 1)[0]
    assert "tìm hiểu" not in content
    assert "Nhằm giúp trẻ tìm hiểu về món ăn" in plain(content)


def test_reachable_within_budget(server):
    seen = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_old_posts_only_on_page_two(server):
    seen = crawl(server)
    for sid in (84, 83):
        path = portal.post_path(portal.BY_ID[sid])
        holders = [t for t, page in seen.items() if t != path and f'href="{path}"' in page]
        assert holders and all("page=2" in t for t in holders), holders


def test_non_articles_serve(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/nope.html",
        "/blog/khong-co-b999.html",
        "/blog/sai-slug-b101.html",
        "/blog/tin-tuc-su-kien-c1.html?page=3",
        "/blog/tin-tuc-su-kien-c9.html",
        "/index.html",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
