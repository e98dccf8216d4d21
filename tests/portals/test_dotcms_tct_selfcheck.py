"""Self-check of the dotcms_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import dotcms_tct as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_BINARY = ("/dA/", "/contentAsset/", "/images/", "/application/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """The page's text as a reader sees it: no tags, entities decoded, NFC, spaces collapsed."""
    no_comments = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    text = html.unescape(_TAG.sub(" ", no_comments))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text.replace("\xa0", " "))).strip()


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server, skip: str | None = None) -> tuple[set[str], int, dict[str, str]]:
    """Breadth-first over every same-host link from START_PATH (but those containing ``skip``),
    following redirects."""
    seen: set[str] = set()
    pages: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(_target(urljoin(server.url(target), headers["Location"])))
            continue
        assert status == 200, f"{target} -> {status}"
        pages[target] = body
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = urljoin(server.url(target), href)
            parts = urlsplit(url)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _target(url)
            if parts.path.startswith(_BINARY) or nxt in seen or (skip and skip in nxt):
                continue
            queue.append(nxt)
    return seen, requests, pages


def test_module_contract():
    assert portal.NAME == "dotcms_tct"
    assert portal.PLATFORM and portal.START_PATH == "/home/index"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] and stamp.match(g["published_at"]), g["path"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] in portal.SECTIONS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_pages_serve_their_article(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = _plain(body)
        assert gold["title"] in page, target
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in page, (target, cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in page, name
        if gold["summary"]:
            assert gold["summary"] in page
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in page
        for img in gold["images"]:
            assert img["path"] in body
            if img["caption"]:
                assert img["caption"] in page
        assert f"Chuyên mục: {gold['category']}" in page
        assert "Chi tiết tin - Trường Chính trị tỉnh Tuyên Quang" in body  # trap 1: generic <title>


def test_dates_are_printed_as_gold_says(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        page = _plain(body)
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        if gold["path"].endswith("cap-truong-nam-2026"):  # a03: the letterhead's day
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in page
            assert "01/12/2026 09:12" in page
            continue
        printed = f"{d}/{m}/{y} " + (
            gold["published_at"][11:16] if "T" in gold["published_at"] else "00:00"
        )
        assert printed in page, gold["path"]
        assert "Cập nhật lần cuối:" in page


def test_traps_are_in_place(server):
    by_slug = {s.slug: s for s in portal.STORIES}
    a07 = by_slug[
        "nang-cao-chat-luong-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi-o-cac-dang-bo-xa"
    ]
    _, body, _ = fetch(server, portal.slug_path(a07))
    assert 'content="2026-11-01T23:15:00Z"' in body  # UTC stamp a day earlier
    assert unicodedata.normalize("NFD", "Chủ tịch Hồ Chí Minh") in body  # decomposed text
    a06 = next(s for s in portal.STORIES if s.id == 6)
    _, body, _ = fetch(server, portal.slug_path(a06))
    assert "&#7897;" in body and "mso-list:Ignore" in body
    assert "Tác giả: <b>ThS. Đỗ Thị Thu Hà, ThS. Ma Văn Cường</b>" in body
    a04 = next(s for s in portal.STORIES if s.id == 4)
    _, body, _ = fetch(server, portal.slug_path(a04))
    assert 'data-lazy="/dA/' in body and "loading.gif" in body
    assert "Tác giả: <b>$URLMapContent.tacGia</b>" in body  # Velocity leak
    status, _, headers = fetch(server, "/tin-tuc/thong-bao")
    assert status == 301 and headers["Location"] == "/tin-tuc/thong-bao/"
    status, _, headers = fetch(server, "/")
    assert status == 301 and headers["Location"] == "/home/index"


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    seen, requests, _ = _crawl(server)
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & seen, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_page_two(server):
    seen, _, _ = _crawl(server, skip="pg=")
    for sid in (9, 10, 12):
        story = next(s for s in portal.STORIES if s.id == sid)
        assert portal.slug_path(story) not in seen and portal.id_path(story) not in seen, sid
    assert portal.slug_path(portal.BY_ID[11]) in seen


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Thứ Bảy, 05/12/2026" in body


@pytest.mark.parametrize(
    "target",
    [
        "/tin-tuc/khong-ton-tai",
        "/tin-tuc/chi-tiet?id=00000000-0000-0000-0000-000000000000",
        "/tin-tuc/chi-tiet",
        "/van-ban/chi-tiet?id=abc",
        "/trang-chu/khac",
        "/trang-khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
