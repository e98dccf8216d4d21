"""Self-checks of the yii2_vendor_portal_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import yii2_vendor_portal_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """The visible text of a page, NFC, whitespace collapsed (tags become spaces)."""
    body = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def links(body: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        href = _html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:")) or not href:
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[dict[str, int], dict[str, str], dict[str, str]]:
    """BFS over the links from START_PATH: status of each page, its body, where it was found."""
    seen: dict[str, int] = {}
    bodies: dict[str, str] = {}
    found_on: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    found_on[portal.START_PATH] = ""
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        bodies[target] = body
        for link in links(body, urlsplit(target).path):
            if link.split("?")[0].lower().endswith(STATIC_EXT) or link in seen:
                continue
            found_on.setdefault(link, target)
            queue.append(link)
    return seen, bodies, found_on


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_gold_pages_answer_with_title_and_canonical(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r'<h1 class="tin-tieude">(.*?)</h1>', body, re.S)
        assert h1, g["path"]
        assert collapse(_html.unescape(h1.group(1))) == g["title"]
        assert f'{server.base_url}{g["canonical_path"]}" rel="canonical"' in body
        for alt in g.get("alt_paths", []):
            status2, body2, _ = fetch(server, alt)
            assert status2 == 200, alt
            assert f'{server.base_url}{g["canonical_path"]}" rel="canonical"' in body2


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        content = body.split('<div class="tin-chitiet"', 1)[1].split('<div class="nguon-tin">')[0]
        content = content.split('<div class="chia-se">')[0]
        txt = page_text(content)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in txt, (g["path"], cell)
            else:
                assert para in txt, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in txt
        full = page_text(body)
        for name in g["authors"] + g["photographers"]:
            assert name in full, (g["path"], name)
        if g["source"]:
            assert g["source"] in full
        for img in g["images"]:
            assert f'"{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in txt
        assert f">{_html.escape(g['category'])}</a></li>" in body
        # the date: the header band prints it in one of the platform's formats
        iso = g["published_at"]
        y, m, d = iso[:10].split("-")
        printed = [f"{d}-{m}-{y}", f"{d}/{m}/{y}", f"{int(d)} tháng {int(m)}, {y}"]
        band = body.split('<div class="tin-tt">', 1)[1].split("</div>", 1)[0]
        assert any(p in band for p in printed), g["path"]
        if "T" in iso:
            assert iso[11:16] in band


def test_nfd_article_is_decomposed(server):
    _, body, _ = fetch(server, "/tin-tuc/chi-tiet/1268/" + portal.BY_ID[1268].slug + ".html")
    h1 = re.search(r'<h1 class="tin-tieude">(.*?)</h1>', body, re.S).group(1)
    assert h1 != unicodedata.normalize("NFC", h1)


def test_double_encoded_head_title(server):
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1287]))
    assert "<title>Sở GD&amp;amp;ĐT" in body


def test_every_gold_article_reachable(crawled):
    seen, _, _ = crawled
    reached = {t for t, st in seen.items() if st == 200}
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path


def test_some_articles_only_on_page_two(crawled):
    _, bodies, _ = crawled
    only_p2 = []
    for g in portal.GOLD:
        where = [t for t, b in bodies.items() if f'href="{g["path"]}"' in b]
        if where and all("page=2" in t for t in where):
            only_p2.append(g["path"])
    assert len(only_p2) >= 3, only_p2


def test_all_linked_pages_answer_and_crawl_is_bounded(crawled):
    seen, _, found_on = crawled
    bad = {t: st for t, st in seen.items() if st != 200 and not t.startswith("/binh-chon")}
    assert not bad, {t: (st, found_on.get(t)) for t, st in bad.items()}
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(seen)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai",
        "/tin-tuc/chi-tiet/9999/khong-co.html",
        "/tin-tuc/view?id=9999",
        "/index.php?r=tin-tuc%2Fview&id=1",
        "/tin-tuc/danh-muc/99-khong-co",
        "/van-ban/chi-tiet/1",
        "/trang/khong-co.html",
        "/uploads/vanban/2026/khong-co.txt",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_pagination_clamps_and_repeats(server):
    path = portal.cat_path(2)
    _, last, _ = fetch(server, path + "?page=2&per-page=4")
    status, clamped, _ = fetch(server, path + "?page=9&per-page=4")
    assert status == 200
    keys = re.findall(r'data-key="(\d+)"', last)
    assert keys and keys == re.findall(r'data-key="(\d+)"', clamped)
    _, bare, _ = fetch(server, path)
    _, one, _ = fetch(server, path + "?page=1&per-page=4")
    assert re.findall(r'data-key="(\d+)"', bare) == re.findall(r'data-key="(\d+)"', one)


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert prefix not in source
