"""Self-check of the n2cms_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import n2cms_sgddt as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_FORM = re.compile(r'<form action="([^"]+)" method="get"', re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _squash(value: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", value))


def _target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Follow links (and GET forms with empty fields) from START_PATH; redirects followed."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    pages: set[str] = set()
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            queue.append(_target(urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages.add(target)
        hrefs = _HREF.findall(body) + [a + "?q=" for a in _FORM.findall(body)]
        for href in hrefs:
            href = html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            absolute = urljoin(server.url(target), href)
            if urlsplit(absolute).netloc != urlsplit(server.base_url).netloc:
                continue
            path = urlsplit(absolute).path
            if path.startswith(("/Upload/", "/Themes/", "/N2/")):
                continue
            queue.append(_target(absolute))
    return pages, fetched


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["category"] in {s.title for s in portal.SECTIONS}
        assert g["body"]


def test_gold_pages_serve_title_and_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = _text(body)
            assert g["title"] in text, target
            assert f'<h2 class="tieude-tin">{html.escape(g["title"])}</h2>' in body, target
            assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
            squashed = _squash(text)
            for para in g["body"].split("\n\n"):
                # a table row's cells are checked one by one (" | " is the gold's join)
                for cell in para.split(" | "):
                    assert _squash(cell) in squashed, (target, para)
            for name in g["authors"] + g["photographers"]:
                assert name in text, (target, name)
            if g["source"]:
                assert f"Nguồn: {g['source']}" in text
            if g["summary"]:
                assert f'<div class="tomtat"><strong>{html.escape(g["summary"])}' in body
            for img in g["images"]:
                assert f'src="{img["path"]}"' in body
                if img["caption"]:
                    assert img["caption"] in text
            assert g["category"] in text


def test_dates_printed_in_en_us_culture(server: PortalServer) -> None:
    for story in portal.STORIES:
        status, body, _ = fetch(server, portal.story_path(story))
        assert status == 200
        assert f"Ngày đăng: {story.opts['printed']}" in body
        assert f'content="{story.opts["utc"]}"' in body
    # the UTC meta of the 06:15 item is the previous day
    status, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong/hoi-thao-doi-moi-phuong-phap-day-hoc-mon-lich-su-thpt")
    assert "2026-12-01T23:15:00Z" in body and "12/2/2026 6:15:00 AM" in body
    # midnight means a day-only gold
    midnight = [s for s in portal.STORIES if "12:00:00 AM" in s.opts["printed"]]
    assert midnight and all(len(s.published_at) == 10 for s in midnight)


def test_every_gold_article_reachable_and_budget(server: PortalServer) -> None:
    pages, fetched = _crawl(server)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & pages, g["path"]
        assert g["path"] in pages or any(a in pages for a in g["alt_paths"])
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_page_two_only_items(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    _, sec, _ = fetch(server, "/tin-tuc/gd-trung-hoc")
    oldest = portal.STORY_BY_ID[1201]
    assert portal.story_path(oldest) not in home and portal.story_path(oldest) not in sec
    status, page2, _ = fetch(server, "/tin-tuc/gd-trung-hoc?p=2")
    assert status == 200 and portal.story_path(oldest) in page2
    assert 'href="?p=2"' in sec


def test_legacy_redirect_and_dupes(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/tin-tuc/gd-trung-hoc/truong-thpt-chuyen-le-thanh-tong-dat-giai-nhat-khkt")
    assert status == 301
    assert headers["Location"].endswith("truong-thpt-chuyen-le-thanh-tong-dat-giai-nhat-khkt.aspx")
    status, _, _ = fetch(server, "/tin-tuc/gd-trung-hoc/truong-thpt-chuyen-le-thanh-tong-dat-giai-nhat-khkt.aspx/")
    assert status == 404


def test_traps_in_markup(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong/tong-ket-hoi-khoe-phu-dong-cap-tinh-lan-thu-xi")
    assert '<h1 class="hs-pagehead">Tin hoạt động</h1>' in body
    assert "<div>&nbsp;</div>" in body and '<table class="tbl-anh"' in body
    assert "<p style" not in body.split('<div class="text noidung">')[1].split("</div>\n\n")[0]
    _, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong/hoi-thao-doi-moi-phuong-phap-day-hoc-mon-lich-su-thpt")
    assert 'id="zone-Content"' in body and "Lịch tiếp công dân" in body
    gold = {g["path"]: g for g in portal.GOLD}
    assert "Lịch tiếp công dân" not in gold[portal.story_path(portal.STORY_BY_ID[1211])]["body"]
    alt_story = portal.STORY_BY_ID[1209]
    _, body, _ = fetch(server, portal.story_path(alt_story))
    assert f'alt="{html.escape(alt_story.opts["alt"])}"' in body
    assert gold[portal.story_path(alt_story)]["images"][0]["caption"] is None


def test_non_articles_and_404(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    for path in [
        "/khong-co",
        "/tin-tuc/tin-hoat-dong?p=9",
        "/tin-tuc/tin-hoat-dong?p=1",
        "/tin-tuc/tin-hoat-dong/khong-co-bai",
        "/Default.aspx?item=9999",
        "/van-ban/7",
        "/tin-tuc/khong-co",
    ]:
        status, _, _ = fetch(server, path)
        assert status == 404, path
    status, _, headers = fetch(server, "/Upload/Images/2026/12/hkpd-be-mac-01.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
