"""Self-checks of the nukeviet46_news_albums_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_news_albums_thcs as portal
from tests.portals._selfcheck import fetch

_BLOCK = re.compile(r"</?(p|div|br|td|th|tr|li|ul|h[1-6]|figure|figcaption|table|blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


def plain(page: str) -> str:
    """The page's text as a reader sees it: tags out, entities decoded, spaces collapsed, NFC."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    page = _BLOCK.sub(" ", page)
    page = _TAG.sub("", page)
    page = _html.unescape(page).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page)).strip()


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_shape():
    assert portal.NAME == "nukeviet46_news_albums_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in (f"/{d}/" for d in ("home", "tmp", "work")):
        assert bad not in source


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    text = plain(body)
    assert gold["title"] in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    for para in gold["body"].split("\n\n"):
        for part in para.split(" | "):
            assert part in text, part
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in text
    assert gold["category"] in text
    # chrome that is not body stays out of the gold body
    for noise in ("Tổng số điểm", "Tin cũ hơn", "Tác giả:", "Xem thêm", "Nơi nhận", "Tin, ảnh"):
        assert noise not in gold["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in plain(body)
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in plain(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="headline"' not in body


def test_unknown_paths_404(server):
    for path in (
        "/news/khong-ton-tai/",
        "/news/hoat-dong-chuyen-mon/bai-viet-khong-co-999.html",
        "/albums/album-khong-co-99.html",
        "/van-ban/detail/van-ban-khong-co-99.html",
        "/trang-khong-ton-tai.html",
        "/index.php?language=vi&nv=news&op=thong-bao/sai-alias-120",
    ):
        assert fetch(server, path)[0] == 404, path


def test_redirects_and_downloads(server):
    status, _, headers = fetch(server, "/news/hoat-dong-chuyen-mon/page-1/")
    assert status == 301 and headers["Location"] == "/news/hoat-dong-chuyen-mon/"
    status, _, headers = fetch(server, "/news/hoat-dong-chuyen-mon/page-9/")
    assert status == 301
    status, _, headers = fetch(server, "/news/hoat-dong-chuyen-mon/sinh-hoat-chuyen-mon-tkhtn-115.html")
    assert status == 301 and headers["Location"] == portal.GOLD[1]["path"]
    status, _, headers = fetch(server, "/news/thong-bao/trai-nghiem-thuc-te-tai-di-tich-quoc-gia-dac-biet-thanh-ho-108.html")
    assert status == 301
    status, _, headers = fetch(server, portal.GOLD[2]["path"] + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, _ = fetch(server, "/news/hoat-dong-chuyen-mon/page-2/")
    assert status == 200 and "Trang" in body


def _links(base: str, page_url: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = urljoin(page_url, href)
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != base:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def test_reachable_within_budget(server):
    """Every gold article and non-article is reachable by links from START_PATH; pages are bounded."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            loc = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if loc not in seen:
                seen.add(loc)
                queue.append(loc)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages += 1
        for link in _links(server.base_url, server.url(target), body):
            if link.lower().split("?")[0].endswith(_STATIC) or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_articles(server):
    """106, 102 and 104 are on no page-1 listing nor on the home page."""
    _, home, _ = fetch(server, "/")
    first_pages = home
    for cat in portal.LEAVES:
        first_pages += fetch(server, f"/news/{cat}/")[1]
    for sid in (106, 102, 104):
        assert f"-{sid}.html" not in first_pages
    second = fetch(server, "/news/hoat-dong-chuyen-mon/page-2/")[1]
    second += fetch(server, "/news/hoat-dong-doi-phong-trao/page-2/")[1]
    for sid in (106, 102, 104, 108):
        assert f"-{sid}.html" in second
