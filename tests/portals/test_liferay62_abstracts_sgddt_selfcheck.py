"""Self-check of the liferay62_abstracts_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_abstracts_sgddt as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
_ASSET = re.compile(r"^/(image|documents|html|sgdqb-theme)/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", page))))


def _local(server: PortalServer, href: str, page_target: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "#", "mailto:")):
        return None
    absolute = urljoin(server.url(page_target), href)
    parts = urlsplit(absolute)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _walk(server: PortalServer) -> dict[str, str]:
    """Every HTML page reachable from START_PATH by links (redirects followed)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _local(server, headers["Location"], target)
            if nxt and nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, (target, status)
        seen[target] = body
        for href in _HREF.findall(body):
            nxt = _local(server, href, target)
            if nxt and nxt not in queued and not _ASSET.match(nxt):
                queued.add(nxt)
                queue.append(nxt)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = [p for g in portal.GOLD for p in [g["path"], *g.get("alt_paths", [])]]
    assert len(every) == len(set(every))
    for g in portal.GOLD:
        assert g["category"] == "Tin tức"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"])


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages(server, record):
    story = portal.BY_SLUG[record["path"].rsplit("/", 1)[-1]]
    for target in [record["path"], *record["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h3 class="header-title"><span>{_html.escape(record["title"])}</span></h3>' in body
        text = _text(body)
        for block in story.blocks:
            if isinstance(block, P):
                for piece in block.text.split(" | "):
                    assert collapse(piece) in text, (target, piece)
        for img in record["images"]:
            assert _html.escape(img["path"]) in body
            if img["caption"]:
                assert img["caption"] in text
        for name in record["authors"] + record["photographers"]:
            assert name in text
        if record["source"]:
            assert record["source"] in text
        if record["summary"]:
            assert record["summary"] in text


def test_dates_as_printed(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(story))
        stamp = portal._gmt_stamp(story) if story.opts["tpl"] == "v1" else portal._vn_stamp(story)
        assert stamp in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[2]))
    assert "Ngày đăng: Wed, 02 Dec 2026 23:15:00 +0000" in body
    assert "Tác giả: $tacGia.getData()" in body and "Nguồn: $nguonTin.getData()" in body
    assert "<title>Sở GD&amp;amp;ĐT ban hành" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[12]))
    assert "Ngày đăng: Mon, 19 Oct 2026 23:50:00 +0000" in body
    assert [g["published_at"] for g in portal.GOLD if g["path"].endswith(portal.BY_ID[12].slug)] == [
        "2026-10-20T06:50:00+07:00"
    ]


def test_sidebar_instance_shows_list_and_article(server):
    story = portal.ORDERED[0]
    status, body, _ = fetch(server, portal.article_path(story, portal.SIDE))
    assert status == 200
    col1, col2 = body.split('id="column-2"')
    assert 'class="asset-abstract' in col1 and "header-title" not in col1
    assert "header-title" in col2
    assert f'/asset_publisher/{portal.SIDE}/content/{story.slug}" rel="canonical"' in body


def test_reachable_within_budget(server):
    pages = _walk(server)
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, len(pages)
    print(f"walk: {len(pages)} pages, budget {budget}")
    for g in portal.GOLD:
        assert any(p in pages for p in [g["path"], *g["alt_paths"]]), g["path"]
        assert g["path"] in pages
    for p in portal.NON_ARTICLES:
        assert p in pages
    only_page3 = {s.slug for s in portal.page_items(3)}
    for target, body in pages.items():
        if target.startswith(portal.NEWS + "?") and target.endswith("_cur=3"):
            continue
        if "/asset_publisher/" in target:
            continue
        for slug in only_page3:
            assert f"/content/{slug}" not in body, (target, slug)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "header-title" not in body


def test_start_redirects_home(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.HOME


@pytest.mark.parametrize(
    "target",
    [
        "/web/guest/khong-ton-tai",
        "/web/guest/tin-tuc/-/asset_publisher/Qb7sHn2kLx9W/content/khong-co-bai-nay",
        "/web/guest/tin-tuc/-/asset_publisher/XXXXXXXXXXXX/content/"
        "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027-thanh-cong-tot-ep",
        "/web/guest/tin-tuc?p_p_id=101_INSTANCE_Qb7sHn2kLx9W&_101_INSTANCE_Qb7sHn2kLx9W_cur=9",
    ],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
