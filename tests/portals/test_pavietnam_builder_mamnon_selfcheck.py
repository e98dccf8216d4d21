"""Self-check of the pavietnam_builder_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import pavietnam_builder_mamnon as portal
from ._selfcheck import fetch

_HREF = re.compile(r'(?:href|src)="([^"]*)"')
_BASE = re.compile(r'<base href="([^"]+)"')


def _text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    base_m = _BASE.search(body)
    base = html.unescape(base_m.group(1)) if base_m else server.url(target)
    out = []
    for raw in _HREF.findall(body):
        raw = html.unescape(raw)
        if raw.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, raw))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _walk(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for link in _links(server, target, body):
            if link not in seen and not re.search(r"\.(jpg|gif|png|css|js)$|^/thumb\.php", link):
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or re.fullmatch(
            r"2026-1[012]-\d\d(T\d\d:\d\d:00\+07:00)?", g["published_at"]
        )


def test_gold_pages_serve_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = _text(body)
            assert g["title"] in text, target
            assert f"<title>{html.escape(g['title'])} |" in body
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert cell in text, (target, cell)
            for name in g["authors"] + g["photographers"]:
                assert name in text
            if g["source"]:
                assert g["source"] in text
            for img in g["images"]:
                assert html.escape(img["path"].lstrip("/")) in body
                if img["caption"]:
                    assert img["caption"] in text
                status, _, _ = fetch(server, img["path"])
                assert status == 200, img["path"]
            assert g["category"] in text
            day = g["published_at"][:10]
            y, m, d = day.split("-")
            assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text


def test_same_page_for_old_slug(server: PortalServer) -> None:
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            _, a, _ = fetch(server, g["path"])
            _, b, _ = fetch(server, alt)
            assert a == b


def test_reachable_and_budget(server: PortalServer) -> None:
    seen, pages = _walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for p in portal.NON_ARTICLES:
        assert p in seen, p
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_oldest_only_on_page_two(server: PortalServer) -> None:
    target = portal.article_path(portal.BY_ID[296])
    _, home, _ = fetch(server, "/")
    assert target.lstrip("/") not in home
    _, page1, _ = fetch(server, portal.cat_path(1))
    assert target.lstrip("/") not in page1
    _, page2, _ = fetch(server, portal.cat_path(1, 2))
    assert target.lstrip("/") in page2


def test_non_articles(server: PortalServer) -> None:
    for p in portal.NON_ARTICLES:
        assert fetch(server, p)[0] == 200, p


@pytest.mark.parametrize(
    "target",
    [
        "/tin-tuc/khong-ton-tai-999.html",
        "/danh-muc/tin-tuc/hoat-dong-goc-be-tap-lam-noi-tro-312.html",
        "/danh-muc/tin-tuc-su-kien-1.html?p=3",
        "/danh-muc/thong-bao-1.html",
        "/album/99.html",
        "/thuc-don/thuc-don-tuan-1-thang-12-2026-99.html",
        "/khong-co.html",
    ],
)
def test_unknown_404(server: PortalServer, target: str) -> None:
    assert fetch(server, target)[0] == 404
