"""Self-checks of the joomla4_t4_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_t4_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'(?:href|action)="([^"]*)"', re.I)
ASSET = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def links(page: str, target: str) -> list[str]:
    out = []
    for raw in HREF.findall(page):
        url = urljoin("http://h" + target, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "h" or parts.scheme != "http":
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if not ASSET.search(parts.path) and path != target:
            out.append(path)
    return out


def crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue.extend(t for t in links(body, target) if t not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f'itemprop="headline">{_html.escape(g["title"])}</h2>' in body, target


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    pages = [t for t, body in seen.items() if body]
    for g in portal.GOLD:
        assert g["path"] in seen and seen[g["path"]], g["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path), path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_page_two_only_articles(server):
    seen = crawl(server)
    older = {portal.path_of(portal.S49), portal.path_of(portal.S45)}
    for path in older:
        linkers = {t for t, body in seen.items() if body and path in links(body, t)}
        assert linkers, path
        for t in linkers:
            assert "?start=" in t or t in older, (path, t)


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        target = g["path"]
        if "63-" in target:
            target += "?showall=1"
        _, body, _ = fetch(server, target)
        text = visible_text(body)
        for para in g["body"].split("\n\n"):
            if "liendoitranphu@" in para:
                before = para.split("liendoitranphu@")[0].rsplit(" ", 1)[0]
                assert before in text
                assert base64.b64encode(b"liendoitranphu").decode() in body
                assert portal.CLOAK_TEXT in text
                continue
            if " | " in para:  # a table row: its cells, in order
                para = " ".join(para.split(" | "))
            assert para in text, (g["path"], para)
        for img in g["images"]:
            assert img["path"] in body, img
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert g["source"] in text
        if g["published_at"] and "T" in g["published_at"]:
            day, time = g["published_at"][:10], g["published_at"][11:16]
            y, m, d = day.split("-")
            assert f"{d} Tháng {int(m)} {y} {time}" in text, g["path"]
        assert g["category"] in text


def test_midnight_and_letterhead_dates(server):
    _, body, _ = fetch(server, portal.path_of(portal.S49))
    assert "24 Tháng 10 2026 00:00" in visible_text(body)
    assert '"datePublished":"2026-10-23 17:00:00"' in body
    _, body, _ = fetch(server, portal.path_of(portal.S64))
    assert "ngày 01 tháng 12 năm 2026" in visible_text(body)


def test_pagebreak_halves(server):
    path = portal.path_of(portal.S63)
    _, one, _ = fetch(server, path)
    _, two, _ = fetch(server, path + "?start=1")
    assert "Trang 1 của 2" in one and "Trang 2 của 2" in two
    assert "Ban giám khảo đã công nhận 14" not in one
    assert "Ban giám khảo đã công nhận 14" in two


def test_non_articles_and_404s(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for bad in ["/khong-co", "/tin-tuc/hoat-dong-nha-truong/999-khong-co",
                "/tin-tuc/hoat-dong-nha-truong?start=99", "/component/tags/tag/khong-co",
                portal.path_of(portal.S58) + "?start=1", "/lien-he?x=1"]:
        assert fetch(server, bad)[0] == 404, bad


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
