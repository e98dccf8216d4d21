"""Self-check of the joomla4_cassiopeia_child_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla4_cassiopeia_child_pgd as portal
from ._selfcheck import fetch

_LINK = re.compile(r'(?:href|src)="([^"]*)"')
_FORM_GET = re.compile(r'<form[^>]*action="([^"]*)"[^>]*method="get"', re.I)
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HIDDEN_MAIL = re.compile(r"<joomla-hidden-mail[^>]*\btext=\"([^\"]*)\"[^>]*>.*?</joomla-hidden-mail>", re.S)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _reader_text(markup: str) -> str:
    """What a browser with JavaScript shows: cloaked emails decoded, tags dropped, collapsed."""
    shown = _HIDDEN_MAIL.sub(lambda m: base64.b64decode(html.unescape(m.group(1))).decode(), markup)
    no_tags = re.sub(r"<[^>]+>", " ", shown)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags).replace("\xa0", " ")).split())


def _article_html(markup: str) -> str:
    start = markup.index('<div itemprop="articleBody"')
    return markup[start : markup.index('<nav class="pagenavigation"', start)]


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Follow links and GET forms from START_PATH; the set of HTML targets and requests made."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        links = [html.unescape(h) for h in _LINK.findall(body)]
        links += [html.unescape(a) for a in _FORM_GET.findall(body)]
        for href in links:
            if href.startswith(("#", "javascript:", "mailto:")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != f"{server.host}:{server.port}" or _STATIC.search(parts.path):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, requests


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["body"] and g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["category"] in {"Hoạt động ngành", "Chuyên môn", "Thông báo"}
        assert "hitcount=0" in g["alt_paths"][0]


def test_gold_pages_serve_their_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page_text = _reader_text(body)
        assert f'<h2 itemprop="headline">{html.escape(g["title"])}</h2>' in body
        body_text = _reader_text(_article_html(body))
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
                assert cell in body_text, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in page_text, (g["path"], name)
        if g["source"]:
            assert g["source"] in page_text
        for img in g["images"]:
            assert f'src="{img["path"]}' in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in page_text
        if g["published_at"] and "T" in g["published_at"]:
            day, time = g["published_at"][:16].split("T")
            y, m, d = day.split("-")
            assert f"Được đăng: {d}/{m}/{y} {time}" in page_text, g["path"]
        assert g["category"] in page_text
        for alt in g["alt_paths"]:
            status, alt_body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'<h2 itemprop="headline">{html.escape(g["title"])}</h2>' in alt_body, alt


def test_traps_as_documented(server: PortalServer) -> None:
    by_id = {int(g["path"].split("/")[2].split("-")[0]): g for g in portal.GOLD}
    _, body, _ = fetch(server, by_id[312]["path"])
    assert "<h1> Tin tức - Sự kiện </h1>" in body
    assert 'datetime="2026-12-03 23:30:00"' in body  # UTC, the day before
    assert "Ngày tạo: 03/12/2026 21:05" in body
    assert "#joomlaImage://local-images/" in body
    assert "Tin cùng chuyên mục" in _article_html(body)
    assert 'action="/tin-tuc/312-' in body and "hitcount=0" in body
    assert "Quản trị PGD" in body and "Quản trị PGD" not in str(by_id[312])
    _, body, _ = fetch(server, by_id[305]["path"])
    assert "<joomla-hidden-mail" in body and "pgddoluong@nghean.edu.vn" not in body
    _, body, _ = fetch(server, by_id[281]["path"])
    assert "Được đăng" not in body and by_id[281]["published_at"] is None
    _, body, _ = fetch(server, by_id[286]["path"])
    assert "Được đăng: 10/11/2026 00:00" in body and by_id[286]["published_at"] == "2026-11-10"
    highlighted = next(a for a in by_id[312]["alt_paths"] if "highlight=" in a and "hitcount" not in a)
    _, body, _ = fetch(server, highlighted)
    assert '<br id="highlighter-start" />' in body
    dup = next(a for a in by_id[290]["alt_paths"] if a.startswith("/component/") and "hitcount" not in a)
    _, body, _ = fetch(server, dup)
    assert "<h1>" not in body.split("<main>")[1] and "Hoạt động ngành</span></a>" not in body


def test_every_gold_article_is_reachable(server: PortalServer) -> None:
    seen, requests = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_only_articles(server: PortalServer) -> None:
    _, first, _ = fetch(server, "/tin-tuc")
    _, third, _ = fetch(server, "/tin-tuc?start=10")
    last = [g["path"] for g in portal.GOLD][-3:]
    for path in last:
        assert path not in first and path in third


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<html" in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in [
        "/khong-co",
        "/tin-tuc/999-khong-co",
        "/tin-tuc?start=99",
        "/tin-tuc/312-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027?page=2",
        "/van-ban/99-x",
        "/component/content/article/khong-co?catid=9&Itemid=101",
        "/chuyen-muc/khong-co",
        "/component/tags/tag/khong-co",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target
