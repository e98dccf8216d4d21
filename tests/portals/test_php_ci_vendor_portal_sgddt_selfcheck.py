"""Self-check of the php_ci_vendor_portal_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_ci_vendor_portal_sgddt as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site()).start()
    yield srv
    srv.stop()


def _text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(body: str, page_url: str, srv: PortalServer) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if f"{parts.hostname}:{parts.port}" != f"{srv.host}:{srv.port}":
            continue
        if _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _walk(srv: PortalServer, start: str = portal.START_PATH) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([start])
    while queue and len(seen) < 300:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(srv, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue.extend(_links(body, srv.url(target), srv))
    return seen


def test_contract() -> None:
    paths = [g["path"] for g in portal.GOLD]
    assert portal.NAME == "php_ci_vendor_portal_sgddt" and portal.START_PATH == "/"
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8 and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers",
            "source", "summary", "body", "images", "category"}
    for g in portal.GOLD:
        assert keys <= set(g)
        assert g["published_at"] is None or _STAMP.match(g["published_at"])
        assert g["published_at"] is None or "2026-10" <= g["published_at"][:7] <= "2026-12"
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs)
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for key in ("title", "body", "category"):
            assert unicodedata.is_normalized("NFC", g[key])
        for img in g["images"]:
            assert img["caption"] is None or img["caption"] not in paragraphs


def test_gold_pages_print_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h2 = re.search(r'<h2 class="tieude_ct">(.*?)</h2>', body)
        assert h2 and html.unescape(h2.group(1)) == g["title"]
        page = _text(body)
        for paragraph in g["body"].split("\n\n"):
            # a table row's cells are joined by " | " in the gold, printed in cells on the page
            assert paragraph.replace(" | ", " ") in page, (g["path"], paragraph[:60])
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        assert f'<li class="active">{html.escape(g["category"])}</li>' in body
        srcs = {html.unescape(s) for s in re.findall(r'(?:src|data-original)="([^"]+)"', body)}
        for img in g["images"]:
            assert img["path"] in srcs
            assert img["caption"] is None or img["caption"] in page
            status, _, _ = fetch(server, img["path"])
            assert status == 200
        assert portal.TODAY_HEADER in page and "Lượt xem" in page and "Bản quyền thuộc" in page
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body)
        assert canonical and urlsplit(canonical.group(1)).path == g["canonical_path"]
        for alt in g.get("alt_paths", []):
            status, alt_body, _ = fetch(server, alt)
            assert status == 200 and g["body"].split("\n\n")[-1] in _text(alt_body)
            assert urlsplit(re.search(r'rel="canonical" href="([^"]+)"', alt_body).group(1)).path == g["path"]


def test_non_articles_and_404(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in ("/tin-tuc/chi-tiet/9999/khong-co", "/trang/khong-co", "/van-ban/chi-tiet/1",
                   "/tin-tuc/danh-muc/khong-co", "/tin-tuc/danh-muc/tin-tuc-su-kien/10", "/abc"):
        assert fetch(server, target)[0] == 404, target


def test_reachability_and_budget(server: PortalServer) -> None:
    seen = _walk(server)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & set(seen), g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_offset_pagination_hides_the_oldest_posts(server: PortalServer) -> None:
    """2398 and 2391 are linked only from /tin-tuc/danh-muc/tin-tuc-su-kien/5."""
    seen = _walk(server)
    hidden = {portal.path_of(portal.BY_ID[i]) for i in (2398, 2391)}
    linking = {t for t, body in seen.items() if any(f'href="{h}"' in body for h in hidden)}
    page2 = "/tin-tuc/danh-muc/tin-tuc-su-kien/5"
    assert linking == {page2}
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/tin-tuc-su-kien")
    assert f'href="{page2}" data-ci-pagination-page="2">2</a>' in body


def test_platform_traps(server: PortalServer) -> None:
    quoted = portal.BY_ID[2427]
    _, body, _ = fetch(server, portal.path_of(quoted))
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", body) == [portal.SITE]
    assert "&amp;quot;Áo ấm cho em&amp;quot;" in re.search(r"<title>(.*?)</title>", body).group(1)
    assert f'src="{portal.LOADING}" data-original="{quoted.images[0].src}"' in body
    assert "visible-print-block" in body.split('<div class="nd_ct"')[1]
    _, body, _ = fetch(server, portal.path_of(portal.BY_ID[2422]))
    nd = body.split('<div class="nd_ct"')[1]
    assert "A PHP Error was encountered" in nd and "Tác giả: Ma Văn Đức" in body
    assert nd.count('class="col-xs-6"') == 2
    _, body, _ = fetch(server, portal.path_of(portal.BY_ID[2431]))
    assert "15:40 | 04/12/2026" in body and 'class="tbl_anh"' in body
    _, body, _ = fetch(server, portal.path_of(portal.BY_ID[2409]))
    assert body.index("Cập nhật: 15/11/2026 09:12") < body.index("Ngày đăng: 14/11/2026 16:05")
    _, body, _ = fetch(server, portal.path_of(portal.BY_ID[2415]))
    assert "19/11/2026 - 00:00" in body
    _, body, _ = fetch(server, portal.path_of(portal.BY_ID[2398]))
    assert "<br />\n<br />\n" in body and "<b>Ngày 30/10" in body
    _, body, _ = fetch(server, "/")
    assert "/index.php/tin-tuc/chi-tiet/2431/" in body
