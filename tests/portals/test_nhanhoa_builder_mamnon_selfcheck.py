"""Self-checks of the nhanhoa_builder_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nhanhoa_builder_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible text of a page: scripts dropped, tags to spaces, entities decoded, NFC, collapsed."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<[^>]+>", " ", page)
    return collapse(unicodedata.normalize("NFC", _html.unescape(page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', page):
        href = _html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status == 200:
            queue.extend(t for t in _links(body, urlsplit(target).path) if t not in seen)
    return seen


def test_shape():
    assert portal.NAME == "nhanhoa_builder_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] == unicodedata.normalize("NFC", g["body"])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        day = (g["published_at"] or "")[:10]
        assert "2026-10-01" <= day <= "2026-12-05"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        assert gold["title"] in _text(body), target
        assert 'rel="canonical" href="http://' in body
        assert gold["canonical_path"] + '" />' in body


def test_every_gold_article_reachable_within_budget(server):
    seen = _crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            assert target in ok, target
    for target in portal.NON_ARTICLES:
        assert target in ok, target
    assert not [t for t, s in seen.items() if s != 200], "a printed link is dead"
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_late_pages_are_the_only_way_to_some_articles(server):
    only = {
        "212": "/danh-muc/tin-tuc-su-kien-11.html?page=2",
        "219": "/danh-muc/hoat-dong-cac-lop-12.html?page=3",
    }
    _, home, _ = fetch(server, "/")
    for sid, listing in only.items():
        _, body, _ = fetch(server, listing)
        assert f"-{sid}.html" in body
        assert f"-{sid}.html" not in home
        _, first, _ = fetch(server, listing.split("?")[0])
        assert f"-{sid}.html" not in first
    _, p1, _ = fetch(server, "/danh-muc/hoat-dong-cac-lop-12.html")
    assert 'href="?page=2"' in p1 and 'href="?page=3"' in p1


def _printed_date(gold: dict, story) -> str:
    when = gold["published_at"]
    if story.id == 244:
        assert when == "2026-11-30"
        return "ngày 30 tháng 11 năm 2026"
    y, mo, d = when[:10].split("-")
    if len(when) == 10:
        return f"{d}/{mo}/{y} - 12:00:00 SA"
    hh, mm, ss = when[11:19].split(":")
    h = int(hh)
    half = "SA" if h < 12 else "CH"
    h12 = h % 12 or 12
    return f"{d}/{mo}/{y} - {h12:02d}:{mm}:{ss} {half}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_fields_on_page(server, gold):
    story = portal.BY_ID[int(gold["path"].rsplit("-", 1)[1].split(".")[0])]
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    raw = unicodedata.normalize("NFC", _html.unescape(body))
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    for img in gold["images"]:
        assert img["path"] in raw, img["path"]
        assert not img["path"].endswith("grey.gif") and "emoji" not in img["path"]
        if img["caption"]:
            assert img["caption"] in text, img["caption"]
    assert _printed_date(gold, story) in text
    assert f"Trang chủ {gold['category']}" in text or gold["category"] in text
    assert f">{gold['category']}</a></div>" in body  # the breadcrumb's leaf
    assert portal.HEADER_TODAY in text


def test_traps_are_printed(server):
    _, b246, _ = fetch(server, portal.GOLD[1]["path"])
    assert 'alt="👉"' in b246 and "🏆🏆🏆" in b246
    _, b241, _ = fetch(server, portal.GOLD[3]["path"])
    assert b241.count("Cháo thịt lợn bí đỏ") == 2  # the article's table and the sidebar's
    _, b230, _ = fetch(server, next(g for g in portal.GOLD if g["path"].endswith("-230.html"))["path"])
    assert unicodedata.normalize("NFD", "Hướng dẫn cha mẹ trẻ") in b230
    _, b212, _ = fetch(server, portal.GOLD[-1]["path"])
    assert "&#7897;" in b212 or "&agrave;" in b212
    _, b244, _ = fetch(server, portal.GOLD[2]["path"])
    assert "mso-list:Ignore" in b244 and "Số: 68/TB-MNSC" in b244
    _, b236, _ = fetch(server, portal.GOLD[5]["path"])
    assert "Cập nhật: 21/11/2026" in b236 and 'data-original="/uploads/' in b236


@pytest.mark.parametrize("target", portal.NON_ARTICLES)
def test_non_articles_answer(server, target):
    status, body, _ = fetch(server, target)
    assert status == 200
    assert portal.HEADER_TODAY in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/tin-tuc/bai-viet-khong-co-999.html",
        "/tin-tuc/sai-duong-dan-248.html",
        "/danh-muc/tin-tuc-su-kien-99.html",
        "/danh-muc/tin-tuc-su-kien-11.html?page=abc",
        "/tin-tuc/lop-la-a2-tham-quan-bao-tang-tinh-thanh-hoa-219.html?print=2",
        "/album/khong-co-1.html",
        "/wp-admin/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
