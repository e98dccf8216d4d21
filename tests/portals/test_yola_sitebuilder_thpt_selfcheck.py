"""Self-checks of the yola_sitebuilder_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import yola_sitebuilder_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""(?:href|<option value)\s*=\s*["']([^"']+)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")
_ASSET = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        url = urljoin("http://h" + here, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "h" or parts.scheme != "http":
            continue
        if parts.path.lower().endswith(_ASSET):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        assert status in (200, 301), target
        for link in _links(body, urlsplit(target).path):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, fetched


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row: its cells
                assert cell in text, para
        for img in gold["images"]:
            assert _html.escape(img["path"]) in body
            if img["caption"]:
                assert img["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        assert gold["category"] in text


def test_printed_dates(server):
    for story in portal.POSTS:
        _, body, _ = fetch(server, portal.post_path(story))
        assert story.opts["date"] in body
    _, body, _ = fetch(server, "/chao-mung-20-11.php")
    assert "Đăng ngày: 21/11/2026" in body and "Cập nhật: 22/11/2026" in body


def test_every_gold_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES))


def test_oldest_post_only_via_page_three(server):
    oldest = portal.post_path(portal.S_HOCTAP)
    for target in ["/", "/blog", "/blog?page=2", *[f"/blog/category/{c}" for c in portal.CATS]]:
        _, body, _ = fetch(server, target)
        assert oldest not in body, target
    _, body, _ = fetch(server, "/blog?page=3")
    assert oldest in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize("target", [
    "/khong-co.php", "/blog/2026/12/khong-co-bai", "/blog?page=9", "/blog?page=abc",
    "/blog/category/khong-co", "/blog/2026/12/xuan-yeu-thuong-quyen-gop-ao-am?x=1",
])
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
