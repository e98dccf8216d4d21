"""Self-checks of the joomla25_k2_legacy_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla25_k2_legacy_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"#]*)"')
TAG = re.compile(r"<[^>]+>")
SCRIPT = re.compile(r"<script.*?</script>", re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    return collapse(_html.unescape(TAG.sub(" ", SCRIPT.sub(" ", page))))


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        url = urljoin("http://h" + base, _html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            seen[target] = ""
            continue
        seen[target] = body
        queue.extend(t for t in _links(body, target) if t not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"].rsplit("/", 1)[1])
def test_gold_pages(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        visible = _visible(body)
        assert record["title"] in visible
        for para in record["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in visible, (target, cell)
            else:
                assert para in visible, (target, para)
        for img in record["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in visible
        for name in record["authors"] + record["photographers"]:
            assert name in visible
        if record["source"]:
            assert record["source"] in visible
        if target == record["path"]:
            assert record["category"] in visible


def test_dates_printed(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.item_path(story))
        if story.cat in portal.HIDE_DATE:
            assert story.published_at is None
            assert "itemDateCreated" not in body
            assert "Lần cập nhật cuối ngày" in body
        elif story.published_at and "T" in story.published_at:
            assert portal.k2date(story.opts["created"]) in body
        else:
            assert story.published_at is not None
            y, m, d = story.published_at.split("-")
            assert f"{d} Tháng {int(m)} {y}" in body or f"ngày {d} tháng {m} năm {y}" in body


def test_reachable_from_start(server):
    seen = _crawl(server)
    for record in portal.GOLD:
        assert seen.get(record["path"]), record["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path), path
    pages = [t for t, body in seen.items() if body]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_page2_only(server):
    _, p1, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien.html")
    _, p2, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien/Page-2.html")
    _, p2b, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien.html?start=4")
    assert p2 == p2b
    s233 = portal.item_path(portal.BY_ID[233])
    assert s233 in p2 and s233 not in p1
    _, home, _ = fetch(server, "/")
    assert s233 not in home


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co.html",
        "/tin-tuc/tin-tuc-su-kien/item/251-sai-alias.html",
        "/tin-tuc/doan-doi/item/251-thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027.html",
        "/tin-tuc/tin-tuc-su-kien/Page-3.html",
        "/tin-tuc/tin-tuc-su-kien.html?start=12",
        "/tin-tuc/khong-co.html",
        "/index.php?option=com_k2&view=item&id=999:x&Itemid=105",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
