"""Self-checks of the nukeviet43_mainright_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet43_mainright_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|link)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_FORM = re.compile(r"""<form\b[^>]*?\baction\s*=\s*["']([^"']*)["'][^>]*>""", re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed."""
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    found = _HREF.findall(page)
    for form in _FORM.finditer(page):
        if 'method="get"' in form.group(0).lower():
            found.append(form.group(1))
    for raw in found:
        href = html.unescape(raw)
        if href.startswith(("javascript", "mailto:", "tel:", "#")):
            continue
        parts = urlsplit(urljoin("http://127.0.0.1" + here, href))
        if parts.netloc not in ("127.0.0.1", ""):
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_STATIC) or "download=1" in parts.query:
            continue
        out.append(target)
    return out


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        fetched += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(page, target):
            local = link.replace(server.base_url, "")
            if local not in seen and not skip(local):
                seen.add(local)
                queue.append(local)
    return seen, fetched


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="title[^"]*" itemprop="headline">(.*?)</h1>', page, re.S)
    assert h1 and collapse(html.unescape(h1.group(1))) == gold["title"]
    assert f'href="{server.base_url}{gold["canonical_path"]}"' in page
    shown = _visible(page)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: its cells, each in its own <td>
            assert cell in shown, cell[:60]
    if gold["summary"]:
        assert f'<div class="hometext m-bottom" itemprop="description">{html.escape(gold["summary"])}' in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown
    if gold["source"]:
        assert gold["source"] in shown
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page or f'data-src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in shown
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in shown or f"ngày {d} tháng {m} năm {y}" in shown
    assert "temp-breadcrumbs" in page and f'<span class="txt" itemprop="name">{html.escape(gold["category"])}</span>' in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    assert gold["alt_paths"]
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert html.escape(gold["title"]) in page
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in page


def test_all_gold_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_via_page_2(server):
    seen, _ = _crawl(server, skip=lambda t: "/page-" in t)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(missing) == 3, missing
    assert {p.rsplit("-", 1)[-1] for p in missing} == {"93.html", "95.html", "97.html"}


def test_listings_and_pagination(server):
    status, page, _ = fetch(server, "/news/hoat-dong-nha-truong/page-2")
    assert status == 200 and "5.</span>" in page and 'href="/news/hoat-dong-nha-truong/"' in page
    status, page, _ = fetch(server, "/news/goc-phu-huynh/")
    assert status == 200
    assert "/news/goc-phu-huynh/be-trai-nghiem-hai-che-tai-doi-che-tam-chau-105.html" in page
    assert 'class="pagination"' not in page
    status, page, _ = fetch(server, "/")
    assert page.count('data-rel="tooltip"') == 8


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="headline"' not in page


def test_unknown_and_variants(server):
    for path in [
        "/nope",
        "/news/khong-co-muc-nay/",
        "/news/hoat-dong-nha-truong/page-1",
        "/news/hoat-dong-nha-truong/page-3",
        "/news/hoat-dong-nha-truong/bai-khong-ton-tai-999.html",
        "/news/cham-soc-nuoi-duong/be-trai-nghiem-hai-che-tai-doi-che-tam-chau-105.html",
        "/news/tag/khong-co",
        "/photos/hoat-dong-cua-be/khong-co-99",
        "/about/khong-co.html",
    ]:
        assert fetch(server, path)[0] == 404, path
    art = portal.GOLD[0]["path"]
    status, _, headers = fetch(server, art + "?fbclid=abc")
    assert status == 301 and headers["Location"] == art
    notice = next(g for g in portal.GOLD if g["path"].endswith("-110.html"))
    status, _, headers = fetch(server, notice["path"] + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, headers = fetch(server, "/news/rss/")
    assert status == 200 and "rss" in headers["Content-Type"] and body.count("<item>") == 8
    status, body, _ = fetch(server, "/news/search/?q=ch%C3%A8")
    assert status == 200 and "105.html" in body
