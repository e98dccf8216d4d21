"""Self-check of the pico_cms_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import pico_cms_thcs as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_SUP = re.compile(r"<sup[^>]*>.*?</sup>", re.S)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _squeezed(markup: str) -> str:
    """Reader text without any whitespace: superscript calls dropped, tags dropped, NFC."""
    no_tags = re.sub(r"<[^>]+>", " ", _SUP.sub("", markup))
    return "".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert g["body"] and g["title"] == unicodedata.normalize("NFC", g["title"])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_gold_pages_print_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            page = _squeezed(body)
            assert "".join(g["title"].split()) in page, target
            assert '<h2 class="tde">' in body
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert "".join(cell.split()) in page, (target, cell)
            for img in g["images"]:
                assert img["path"] in body, (target, img)
                if img["caption"]:
                    assert "".join(img["caption"].split()) in page
            for name in g["authors"] + g["photographers"]:
                assert "".join(name.split()) in page


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        _, main, _ = fetch(server, g["path"])
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200 and body == main, alt


def test_non_articles_answer(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Ngày đăng:" not in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in ["/?khong-co-trang-nay", "/?tin-tuc/2026/khong-ton-tai", "/?tin-tuc/page/9", "/khong-co/"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_dates_trap_and_undated_page(server: PortalServer) -> None:
    _, listing, _ = fetch(server, "/?tin-tuc/page/2")
    assert "11/02/26 07:30:00" in listing  # Pico's default %D %T on the index
    _, a9, _ = fetch(server, "/?tin-tuc/2026/tuyen-sinh-clb-bong-da-cau-long-hki")
    assert "Ngày đăng: 02/11/2026 07:30" in a9
    _, a13, _ = fetch(server, "/?tin-tuc/2026/bi-quyet-on-thi-hoc-ki-hieu-qua-lop-9")
    assert "Ngày đăng:" not in a13 and "Thứ Bảy, 05/12/2026" in a13


def test_every_article_reachable_and_budget(server: PortalServer) -> None:
    """Breadth-first walk over same-host links from START_PATH (page requests only)."""
    start = server.url(portal.START_PATH)
    host = urlsplit(start).netloc
    seen = {_target(start)}
    queue = deque([_target(start)])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            url = urljoin(server.url(target), href)
            parts = urlsplit(url)
            if parts.netloc != host or re.search(r"\.(jpg|png|gif|ico|css|js|pdf)$", parts.path):
                continue
            t = _target(url.split("#", 1)[0])
            if t not in seen:
                seen.add(t)
                queue.append(t)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_a12_only_via_page_three(server: PortalServer) -> None:
    a12 = "tin-tuc/2026/to-toan-tin-ung-dung-ai-ho-tro-soan-giang"
    for target in ["/", "/?tin-tuc", "/?tin-tuc/page/2", "/?chuyen-muc/hoat-dong-chuyen-mon", portal.GOLD[0]["path"]]:
        _, body, _ = fetch(server, target)
        assert a12 not in body, target
    _, body, _ = fetch(server, "/?tin-tuc/page/3")
    assert a12 in body


def test_images_are_served(server: PortalServer) -> None:
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
