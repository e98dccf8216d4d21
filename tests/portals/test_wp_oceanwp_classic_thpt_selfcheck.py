"""Self-checks of the wp_oceanwp_classic_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_oceanwp_classic_thpt as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\shref=(["'])(.*?)\1""", re.I | re.S)


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    text = _html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text.replace("\xa0", " "))).strip()


def collapse(text: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_module_contract():
    assert portal.NAME == "wp_oceanwp_classic_thpt"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert n >= 3, g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:60])
def test_gold_article_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    # the headline is the h2, the h1 is the theme's "Blog"
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    assert page_text(h1) == "Blog"
    h2 = re.search(r'<h2 class="single-post-title entry-title"[^>]*>(.*?)</h2>', body, re.S)
    assert page_text(h2.group(1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert collapse(cell) in text, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert (img.get("path") or img["url"]) in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert urlsplit(canon).path == gold["canonical_path"]


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")],
                         ids=lambda g: g["path"][:60])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "single-post-title" not in body


@pytest.mark.parametrize("path", [
    "/khong-ton-tai/",
    "/tin-tuc/bai-khong-co.html",
    "/chuyen-muc/tin-tuc/page/9/",
    "/chuyen-muc/khong-co/",
    "/page/99/",
    "/tag/khong-co/",
    f"{portal.GOLD[0]['path']}/khong-co-anh/",
])
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_redirects(server):
    status, _, headers = fetch(server, "/?paged=2")
    assert status == 301 and headers["Location"].endswith("/page/2/")
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc/?paged=2")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/tin-tuc/page/2/")
    status, _, headers = fetch(server, "/page/1/")
    assert status == 301
    status, _, headers = fetch(server, f"/?p={portal.A1.id}")
    assert status == 301 and urlsplit(headers["Location"]).path == portal.GOLD[0]["path"]
    a4 = portal.post_path(portal.A4)
    status, _, headers = fetch(server, a4.replace("/tin-tuc/", "/thong-bao/"))
    assert status == 301 and urlsplit(headers["Location"]).path == a4
    status, _, headers = fetch(server, a4 + "/")
    assert status == 301


def test_decomposed_article_slug(server):
    gold = next(g for g in portal.GOLD if "%cc" in g["path"])
    assert gold["path"] == gold["path"].lower()
    assert gold["title"] == unicodedata.normalize("NFC", gold["title"])
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc/")
    assert gold["path"] in body  # linked as WP prints it
    assert unicodedata.normalize("NFC", portal.A5.title) not in body  # printed decomposed


def test_listing_pages_and_reachability(server):
    wanted = {g["path"] for g in portal.GOLD} | set(portal.NON_ARTICLES)
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, _ = fetch(server, target)
        fetched += 1
        assert fetched < 200
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            href = _html.unescape(href)
            url = urljoin(server.url(target), href)
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpe?g|png|gif|pdf|css|js)$", parts.path) or nxt in seen:
                continue
            queue.append(nxt)
    missing = wanted - seen
    assert not missing
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES))
    # some articles are listed only on page 2+ of a category
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc/")
    _, second, _ = fetch(server, "/chuyen-muc/tin-tuc/page/2/")
    only_later = [g["path"] for g in portal.GOLD if g["path"] in second and g["path"] not in first]
    assert len(only_later) >= 2


def test_static_and_misc(server):
    assert fetch(server, portal.A1.images[0].src)[0] == 200
    assert fetch(server, "/feed/")[0] == 200
    assert fetch(server, "/wp-json/")[0] == 401
    status, body, _ = fetch(server, "/?s=h%E1%BB%99i")
    assert status == 200 and "search-results" in body
