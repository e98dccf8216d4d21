"""Self-checks of the wp_hestia_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_hestia_thcs as portal
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    page = _html.unescape(page).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page))


def _links(page: str, target: str) -> list[str]:
    out = []
    for href in re.findall(r"""<a\b[^>]*?\bhref=["']([^"']+)["']""", page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        absolute = urljoin("http://h" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over <a href> links from START_PATH, redirects followed as links."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target.lower().endswith(_STATIC):
            continue
        status, body, headers = fetch(server, target)
        fetched += 1
        found: list[str] = []
        if status in (301, 302):
            loc = headers.get("Location", "")
            found = [urlsplit(urljoin("http://h" + target, loc)).path]
        elif status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            found = _links(body, target)
        for link in found:
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, fetched


def _norm(target: str) -> str:
    return unquote(target)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(paths) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_and_alternates(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="hestia-title entry-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    for alt in gold.get("alt_paths", []):
        st, alt_body, _ = fetch(server, alt)
        assert st == 200, alt
        assert gold["title"] in _text(alt_body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    page = _text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in page, cell
        else:
            assert para in page, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in page, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert f"<strong>{_html.escape(gold['summary'], quote=False)}</strong>" in body
    for img in gold["images"]:
        assert f'"{img["path"]}' in body
        if img["caption"]:
            assert img["caption"] in page
    assert gold["category"] in page
    date = gold["published_at"]
    if "T" in date:
        assert f'class="entry-date published" datetime="{date}"' in body
    elif date == "2026-11-30":
        assert "ngày 30 tháng 11 năm 2026" in page
    else:
        y, m, d = date.split("-")
        assert f"{d}/{m}/{y}" in page


def test_traps_are_printed(server):
    a1, a12 = portal.GOLD[0], portal.GOLD[11]
    _, body, _ = fetch(server, a1["path"])
    assert 'article:published_time" content="2026-10-05T17:00:00+00:00"' in body
    assert "Đăng bởi" in body and ">quantri<" in body
    _, body, _ = fetch(server, a12["path"])
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in body and "Nơi nhận:" in body
    assert 'datetime="2026-12-01T07:35:12+07:00"' in body
    _, body, _ = fetch(server, portal.GOLD[7]["path"])
    assert 'data-lazy-src="/wp-content/uploads/2026/11/bong-da-20-11-1-1024x576.jpg"' in body
    assert "replytocom=57" in body


def test_oldest_post_only_on_page_two(server):
    a1 = portal.GOLD[0]["path"]
    for target in ("/", "/tin-moi/", "/category/tin-tuc-su-kien/", "/feed/"):
        assert a1 not in fetch(server, target)[1], target
    assert a1 in fetch(server, "/category/tin-tuc-su-kien/page/2/")[1]


def test_reachable_and_bounded(server):
    seen, fetched = _crawl(server)
    seen_norm = {_norm(s) for s in seen}
    for gold in portal.GOLD:
        assert _norm(gold["path"]) in seen_norm, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "entry-date published" not in body


def test_redirects_and_unknown_paths(server):
    a10 = portal.GOLD[9]["path"]
    assert fetch(server, "/?p=1470")[0] == 301
    assert fetch(server, "/?p=1470")[2]["Location"] == a10
    assert fetch(server, a10.rstrip("/"))[0] == 301
    assert fetch(server, "/category/tin-tuc-su-kien/page/1/")[0] == 301
    assert fetch(server, "/author/quantri/")[0] == 301
    for target in ("/khong-co-bai-nay/", "/category/tin-tuc-su-kien/page/3/", "/category/khong-co/",
                   "/tag/khong-co/", "/2025/01/", a10 + "amp/", "/download/khong-co/", "/wp-content/x.pdf"):
        assert fetch(server, target)[0] == 404, target
    assert fetch(server, "/?p=9999")[0] == 404
