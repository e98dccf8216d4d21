"""Self-checks of the liferay71_journal_search_container_pgd fixture portal against itself."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay71_journal_search_container_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_PREFIXES = ("/o/", "/combo", "/image/", "/documents/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    plain = html.unescape(markup).replace("\u200b", "").replace("\ufeff", "")
    return collapse(plain)


def key(target: str) -> str:
    """A comparable form of a path+query: path percent-decoded and NFC, query as is."""
    parts = urlsplit(target)
    path = unicodedata.normalize("NFC", unquote(parts.path))
    return path + (f"?{parts.query}" if parts.query else "")


def wire(target: str) -> str:
    """What an HTTP client sends for a link: non-ASCII percent-encoded as UTF-8."""
    parts = urlsplit(target)
    path = quote(unquote(parts.path), safe="/-._~")
    query = quote(parts.query, safe="=&%;/:+-._~,")
    return path + (f"?{query}" if query else "")


def links(markup: str, here: str, base: str) -> list[str]:
    out = []
    for raw in re.findall(r'\shref="([^"]*)"', markup):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")) or not href:
            continue
        absolute = urljoin(base + here, href).split("#")[0]
        if not absolute.startswith(base):
            continue
        target = absolute[len(base):] or "/"
        if target.startswith(STATIC_PREFIXES):
            continue
        out.append(wire(target))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of every same-host page link from START_PATH."""
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    queued = {key(portal.START_PATH)}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        seen[key(target)] = body if status == 200 else ""
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, target, server.base_url):
            linked_from.setdefault(key(link), set()).add(key(target))
            if key(link) not in queued:
                queued.add(key(link))
                queue.append(link)
    return seen, linked_from


def test_counts_and_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức - Sự kiện", "Thông báo"}
    for g in portal.GOLD:
        assert g["canonical_path"] == g["path"]
        assert g["published_at"].startswith("2026-1")


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target
            # trap: the canonical link names the layout, not the article
            canon = re.search(r'<link data-senna-track="temporary" href="([^"]+)" rel="canonical"', body).group(1)
            assert "/-/chi-tiet/" not in canon and "articleId" not in canon


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        plain = page_text(body)
        for para in g["body"].split("\n\n"):
            # a table row's cells are printed in their own cells: " | " is how the gold joins them
            assert para.replace(" | ", " ") in plain, (g["path"], para[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in plain, name
        if g["source"]:
            assert g["source"] in plain
        if g["summary"]:
            assert g["summary"] in plain
        for img in g["images"]:
            assert html.escape(img["path"]) in body, img["path"]
            if img["caption"]:
                assert img["caption"] in plain
        y, m, d = g["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in body or f"ngày {int(d)} tháng {int(m)} năm {y}" in body, g["path"]
        if "T" in g["published_at"]:
            assert g["published_at"][11:16] in body


def test_traps_present(server):
    by_id = {int(g["path"].split("/")[-2]): g for g in portal.GOLD}
    _, body, _ = fetch(server, by_id[41873]["path"])
    assert "\u200b" in body and "\ufeff" in body
    assert 'title="15:45 04/12/2026">Cách đây 1 ngày<' in body
    assert "lfr-discussion-message-body" in body
    assert '<h1 class="hide-accessible">Tin tức - Sự kiện</h1>' in body
    _, body, _ = fetch(server, by_id[41825]["path"])
    assert 'data-src="' + html.escape(by_id[41825]["images"][0]["path"]) in body
    _, body, _ = fetch(server, by_id[41860]["path"])
    assert "thành phố<br />bậc Tiểu học" in body
    # a long headline is shortened in the portlet header
    _, body, _ = fetch(server, by_id[41842]["path"])
    header = re.search(r'<h2 class="portlet-title-text">([^<]+)</h2>', body).group(1)
    assert header.endswith("...") and header != by_id[41842]["title"]


def test_pagination(server):
    section = "/web/pgddt-vinhyen/tin-tuc-su-kien"
    _, first, _ = fetch(server, section)
    assert first.count('data-qa-id="row"') == 10
    assert "articleId=41702" not in first and "articleId=41689" not in first
    assert "&amp;amp;" in first and "Hiển thị 10 mục" in first
    page2 = portal.list_url("tin-tuc-su-kien", 2, 10)
    assert html.escape(page2) in first
    _, second, _ = fetch(server, page2)
    assert second.count('data-qa-id="row"') == 2
    assert "articleId=41702" in second and "articleId=41689" in second
    # the double-escaped "Tiếp" button, followed literally, serves page 1 again
    tiep = re.search(r'<li class=""><a href="([^"]+)">Tiếp</a>', first).group(1)
    _, again, _ = fetch(server, html.unescape(tiep))
    assert again.count('data-qa-id="row"') == 10 and "articleId=41702" not in again


def test_every_gold_article_is_reachable(crawl):
    seen, linked_from = crawl
    for g in portal.GOLD:
        forms = [key(t) for t in [g["path"], *g.get("alt_paths", [])]]
        assert any(seen.get(f) for f in forms), g["path"]
    for target in portal.NON_ARTICLES:
        assert seen.get(key(target)), target
    # the two oldest news are linked only from list pages past the first
    for aid in (41702, 41689):
        sources = set()
        for target, froms in linked_from.items():
            if target.endswith(f"articleId={aid}") or f"/chi-tiet/{aid}/" in target:
                sources |= froms
        assert sources and all("_cur=2" in s or "_delta=20" in s or "_delta=50" in s for s in sources), sources


def test_crawl_is_bounded(crawl):
    seen, _ = crawl
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_non_articles_and_unknown(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200 and "vp-ctt__td" not in body
    for target in [
        "/web/pgddt-vinhyen/khong-ton-tai",
        "/khong-co-trang-nay",
        "/web/pgddt-vinhyen/tin-tuc-su-kien/-/chi-tiet/41873/sai-duong-dan",
        "/web/pgddt-vinhyen/thong-bao/-/chi-tiet/41873/x",
        portal.render_url("tin-tuc-su-kien", 99999),
        portal.render_url("thong-bao", 41873),
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
