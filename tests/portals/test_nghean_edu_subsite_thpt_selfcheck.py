"""Self-checks of the nghean_edu_subsite_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nghean_edu_subsite_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'(?:href|src|data-original)="([^"]+)"')
_BASE = re.compile(r'<base href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<br\s*/?>|</(p|div|li|td|tr|h\d|blockquote)>", "\n", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    base = _BASE.search(body)
    root = base.group(1) if base else server.url(target)
    out = []
    for href in _HREF.findall(body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(root, href))
        if parts.netloc != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_page(target: str) -> bool:
    return not re.search(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", urlsplit(target).path, re.I)


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


def test_gold_pages_answer_with_their_fields(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = _page_text(body)
            assert g["title"] in text, target
            assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):  # a table row's cells are printed in their cells
                    assert cell in text, (target, para)
            for img in g["images"]:
                assert img["path"].lstrip("/") in body
                if img["caption"]:
                    assert img["caption"] in text
            for name in g["authors"] + g["photographers"]:
                assert name in text
            if g["source"]:
                assert g["source"] in text
            if g["summary"]:
                assert g["summary"] in text
            assert g["category"] in text


def test_dates_printed(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        printed = f"{d}/{m}/{y}"
        letterhead = f"ngày {int(d)} tháng {int(m)} năm {y}"
        assert printed in body or letterhead in body, g["path"]


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "lblNgayDang" not in body


def test_unknown_paths_404(server):
    for target in ["/tin-tuc/chi-tiet/9999/khong-co.html", "/thong-bao/chi-tiet/2414/x.html",
                   "/tin-tuc/khong-co.html", "/van-ban/chi-tiet/1/x.html", "/khong-co-trang.html",
                   "/tin-tuc/chi-tiet/2414/hoat-dong-chuyen-mon/x.html"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_reachable_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        pages += 1
        assert status in (200, 301), target
        for link in _links(server, target, body):
            if link not in seen and _is_page(link):
                seen.add(link)
                queue.append(link)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_relative_links_need_base(server):
    """Trap 1: resolved against the page path instead of <base href>, links 404."""
    g = portal.GOLD[0]
    _, body, _ = fetch(server, g["path"])
    rel = re.search(r'href="(tin-tuc/chi-tiet/[^"]+)"', body).group(1)
    wrong = urljoin(g["path"], rel)
    assert fetch(server, wrong)[0] == 404


def test_deep_articles_only_on_page_two(server):
    _, home, _ = fetch(server, "/")
    _, page1, _ = fetch(server, "/tin-tuc/hoat-dong-chuyen-mon.html")
    _, tb1, _ = fetch(server, "/thong-bao/danh-sach.html")
    for story_id in (2384, 2377):
        assert f"chi-tiet/{story_id}/" not in home and f"chi-tiet/{story_id}/" not in page1
    assert "chi-tiet/2389/" not in tb1 and "chi-tiet/2389/" not in home
    _, page2, _ = fetch(server, "/tin-tuc/hoat-dong-chuyen-mon.html?page=2")
    assert "chi-tiet/2384/" in page2 and "chi-tiet/2377/" in page2
