"""Self-checks of the dnict_egov_portal_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnict_egov_portal_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(html.unescape(TAG.sub(" ", body)))


def crawl(server: PortalServer, limit: int = 400) -> dict[str, int]:
    """Breadth-first over links from START_PATH, same host, HTML pages only."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#", "tel:")):
                continue
            absolute = urljoin("http://fixture.invalid" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "fixture.invalid":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|jpeg|png|gif|css|js|pdf|ico)$", parts.path, re.I):
                continue
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape():
    assert portal.NAME == "dnict_egov_portal_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["body"].count("\n\n") >= 2, g["path"]
        assert g["published_at"] and g["published_at"].startswith("2026-1")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        status, body, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert headers["Content-Type"].startswith("text/html")
        txt = page_text(body)
        assert g["title"] in txt, g["path"]
        # the headline is not the page's <title> nor its <h1> (trap 1)
        assert g["title"] not in re.search(r"<title>(.*?)</title>", body).group(1)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in txt, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in txt
        if g["summary"]:
            assert g["summary"] in txt
        for img in g["images"]:
            assert f'data-original="{img["path"]}"' in body or f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in txt
            status_img, _, _ = fetch(server, img["path"])
            assert status_img == 200
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in txt, g["path"]
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert g["title"] in page_text(body)
            assert f'{server.base_url}{g["path"]}"' in body


def test_nfd_article_is_decomposed_on_the_page(server):
    status, body, _ = fetch(server, portal.art_path(portal.A4))
    assert status == 200
    assert "ho\u0323c" in body  # "học" typed with a combining dot below


def test_everything_reachable_and_bounded(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert seen.get(g["path"]) == 200 or any(seen.get(a) == 200 for a in g.get("alt_paths", [])), g["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    inside = [t for t in seen if t.lower().startswith("/pgddinhquan")]
    assert len(inside) <= 3 * (13 + len(portal.NON_ARTICLES)), len(inside)


def test_page_two_only_articles(server):
    """2609, 2598, 2588 are linked from pages 2-3 of category 10 and nowhere else."""
    _, home, _ = fetch(server, portal.START_PATH)
    _, cat1, _ = fetch(server, portal.cat_path(10))
    _, cat2, _ = fetch(server, portal.cat_path(10) + "?page=2")
    _, cat3, _ = fetch(server, portal.cat_path(10) + "?page=3")
    for story in (portal.A5, portal.A6, portal.A7):
        marker = f"-{story.id}.html"
        assert marker not in home and marker not in cat1
        assert marker in cat2 or marker in cat3
    assert "Tiếp ›" in cat1 and "Cuối »" in cat1 and "« Đầu" in cat1


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body


def test_other_offices_and_unknown_paths(server):
    status, body, _ = fetch(server, "/sogddt/tin-tuc-su-kien/" + portal.SO_1.slug + "-3012.html")
    assert status == 200 and portal.SO_1.title in page_text(body)
    for target in (
        "/pgddinhquan/khong-ton-tai",
        "/pgddinhquan/tin-tuc-su-kien/bai-viet-khong-co-999999.html",
        "/sogddt/tin-tuc-su-kien/x-2641.html",
        "/pgddinhquan/tin-tuc-su-kien/c/khong-co-99",
        "/khong-co-don-vi",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_search_and_dates(server):
    status, body, _ = fetch(server, "/pgddinhquan/tim-kiem?q=H%E1%BB%99i+thi")
    assert status == 200 and "kết quả" in body
    _, body, _ = fetch(server, portal.art_path(portal.A3))
    assert "Ngày đăng: 27/11/2026 12:10:05 CH" in page_text(body)
    _, body, _ = fetch(server, portal.art_path(portal.A5))
    assert "Ngày đăng: 12/11/2026 12:00:00 SA" in page_text(body)
