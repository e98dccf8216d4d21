"""Self-check of the pyramid_chameleon_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import pyramid_chameleon_pgd as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"', re.I)
_BASE = re.compile(r'<base href="([^"]*)"', re.I)
_TAG = re.compile(r"<[^>]+>")
_STATIC = re.compile(r"\.(jpg|png|gif|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    return collapse(html.unescape(_TAG.sub(" ", markup)))


def _links(body: str, page_url: str, server: PortalServer) -> list[str]:
    m = _BASE.search(body)
    base = m.group(1) if m else page_url
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> list[str]:
    seen = {portal.START_PATH}
    order = []
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if _STATIC.search(urlsplit(target).path):
            continue
        status, body, _ = fetch(server, target)
        order.append(target)
        assert len(order) < 200
        if status != 200:
            continue
        for link in _links(body, server.url(target), server):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return order


def test_contract() -> None:
    assert portal.NAME == "pyramid_chameleon_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert re.match(r"^2026-1[0-2]-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$", g["published_at"])


def test_gold_pages_serve_title_and_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        for target in [g["path"], *g["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = _text(body)
            assert g["title"] in text, target
            assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in body
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):  # a table row's cells are joined by " | "
                    assert cell in text, (target, cell)
            for name in g["authors"] + g["photographers"]:
                assert name in text
            if g["source"]:
                assert g["source"] in text
            base = _BASE.search(body).group(1)
            for img in g["images"]:
                srcs = [urlsplit(urljoin(base, s)).path for s in re.findall(r'<img src="([^"]*)"', body)]
                assert img["path"] in srcs, (target, img)
                assert fetch(server, img["path"])[0] == 200
                if img["caption"]:
                    assert img["caption"] in text


def test_printed_dates(server: PortalServer) -> None:
    for st in portal.STORIES:
        _, body, _ = fetch(server, portal.art_path(st))
        text = _text(body)
        assert f"Đăng lúc: {portal._printed_posted(st)}" in text
        assert portal.TODAY_LINE in text
    _, body, _ = fetch(server, portal.art_path(portal.STORIES[3]))
    assert "Đăng lúc: 2026-11-28 14:00:07.418000" in _text(body)
    _, body, _ = fetch(server, portal.art_path(portal.STORIES[0]))
    assert "Đăng lúc: 15:20:00 4 thg 12, 2026" in _text(body)


def test_every_article_reachable_and_budget(server: PortalServer) -> None:
    order = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in order, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in order, target
    assert len(order) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page_two_and_three_only(server: PortalServer) -> None:
    """Articles 10 and 13 are linked only from /tin-tuc pages 2 and 3 (and their own pages)."""
    hidden = {portal.art_path(portal.STORIES[9]), portal.art_path(portal.STORIES[12])}
    for target in ["/", "/tin-tuc", *(f"/chuyen-muc/{c}" for c in portal.CATS)]:
        _, body, _ = fetch(server, target)
        assert not any(link.startswith(tuple(hidden)) for link in _links(body, server.url(target), server))
    _, two, _ = fetch(server, "/tin-tuc?b_start=5")
    _, two_b, _ = fetch(server, "/tin-tuc?b_start:int=5&-C=")
    assert two == two_b and portal.art_path(portal.STORIES[9]) in two


def test_base_href_is_needed(server: PortalServer) -> None:
    st = portal.STORIES[0]
    _, body, _ = fetch(server, portal.art_path(st))
    assert '<a href="../' in body
    wrong = urljoin(server.url(portal.art_path(st)), "../" + portal.STORIES[1].slug)
    assert fetch(server, urlsplit(wrong).path)[0] == 404


def test_non_articles_and_404(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in ["/khong-co", "/tin-tuc/2026", "/tin-tuc/2025/" + portal.STORIES[0].slug,
                   "/tin-tuc/2026/khong-co-bai", "/chuyen-muc/khong-co", "/van-ban/999",
                   "/tin-tuc?b_start=15"]:
        assert fetch(server, target)[0] == 404, target
