"""Self-checks of the wp_colormag_pro_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_colormag_pro_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico", ".svg")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text of a page: no scripts, tags removed, references resolved, spaces collapsed."""
    body = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", body)
    block = r"</?(?:p|div|br|li|ul|ol|td|tr|table|tbody|h\d|figure|figcaption|section|article|header|footer|nav|aside|option|title|blockquote)\b[^>]*>"
    body = re.sub(block, " ", body)
    body = re.sub(r"(?s)<[^>]+>", "", body)
    return collapse(html.unescape(body))


def links(body: str, base: str) -> list[str]:
    out = []
    # anchors only: a sensible crawler leaves <link rel="shortlink|stylesheet|…"> alone
    for raw in re.findall(r"""<a\s[^>]*?href=["']([^"']+)["']""", body):
        url = urljoin(base, html.unescape(raw))
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(STATIC):
            continue
        out.append(target)
    return out


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first walk over links from START_PATH, following redirects on the host."""
    seen: set[str] = set()
    ok: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = headers.get("Location", "")
            nxt = links(f'<a href="{loc}">', server.url(target))
            queue.extend(nxt)
            continue
        if status != 200:
            continue
        ok.add(target)
        if "html" in headers.get("Content-Type", ""):
            queue.extend(links(body, server.url(target)))
        assert len(seen) < 400, "the walk does not end"
    return ok, len(seen)


@pytest.fixture(scope="module")
def walk(server):
    return crawl(server)


def test_shape_of_the_module():
    assert portal.NAME == "wp_colormag_pro_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"(?<![\w.])/(home|tmp|work|Users)/", source)
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__
    for g in portal.GOLD:
        assert g["published_at"].startswith("2026-1")
        assert 3 <= g["body"].count("\n\n") + 1 <= 12, g["path"]


def test_gold_pages_answer_with_their_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        bodies = [body] + [fetch(server, p)[1] for p in portal.CONTINUATIONS.get(g["path"], [])]
        text = page_text(" ".join(bodies))
        assert '<h1 class="entry-title">' in body
        h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body).group(1)
        assert collapse(html.unescape(h1)) == g["title"]
        assert unicodedata.is_normalized("NFC", g["body"])
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (g["path"], cell)
            else:
                assert para in text, (g["path"], para[:60])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert f'datetime="{g["published_at"]}"' in body
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        all_html = " ".join(bodies)
        for img in g["images"]:
            assert f'data-lazy-src="{img["path"]}"' in all_html, img
            assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in text
        crumbs = re.search(r'<div class="breadcrumbs".*?</div>', body, re.S).group(0)
        assert g["category"] in html.unescape(crumbs)


def test_alt_paths_serve_the_same_article(server):
    alts = [g for g in portal.GOLD if g.get("alt_paths")]
    assert alts
    for g in alts:
        main = fetch(server, g["path"])[1]
        first = g["body"].split("\n\n")[0]
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert first in page_text(body)
            assert page_text(re.search(r"<h1.*?</h1>", body).group(0)) == page_text(
                re.search(r"<h1.*?</h1>", main).group(0))
            # the trap: core's canonical names the comment page itself
            assert f'/{alt.strip("/").split("/")[-1]}/#comments"' in body


def test_every_gold_and_non_article_is_reachable(walk):
    ok, requests = walk
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in ok, alt
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert requests <= budget, (requests, budget)


def test_some_articles_only_on_later_listing_pages(server):
    first_pages = ["/"] + [c.path for c in portal.CATS.values()]
    seen = set()
    for target in first_pages:
        seen.update(links(fetch(server, target)[1], server.url(target)))
    # the front page's ticker, slider, blocks and most-read box do not reach these three
    late = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(late) >= 3, late
    for path in late:
        found = False
        for c in portal.CATS.values():
            for n in (2, 3):
                status, body, _ = fetch(server, f"{c.path}page/{n}/")
                if status == 200 and f'href="{path}"' in body:
                    found = True
        assert found, path


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_traps_are_in_place(server):
    # the split post's second part
    for main, parts in portal.CONTINUATIONS.items():
        for part in parts:
            status, body, _ = fetch(server, part)
            assert status == 200
            assert f'href="{main}"' in body
    # lazy images: placeholders in src, the noscript copy
    status, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "src=\"data:image/svg+xml" in body and "<noscript><img" in body
    # the featured image is a crop of the first photo, printed above the headline
    assert "-800x445.jpg" in body.split('<h1 class="entry-title">')[0]
    # shortlinks redirect
    status, _, headers = fetch(server, "/?p=1987")
    assert status == 301 and headers["Location"].endswith("hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027.html")
    # Jetpack's share link leaves the site
    status, _, headers = fetch(server, "/cong-doan-nganh-tham-hoi-ho-tro-doan-vien-bi-thiet-hai-do-bao-so-6.html?share=facebook")
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/")
    # the page for the two-category post prints "Công đoàn" first, the breadcrumb says "Tin tức"
    g = next(g for g in portal.GOLD if g.get("alt_paths"))
    body = fetch(server, g["path"])[1]
    labels = re.search(r'<span class="cat-links">(.*?)</span>', body).group(1)
    assert labels.index("Công đoàn") < labels.index("Tin tức") and g["category"] == "Tin tức"
    # search, feed, robots and sitemaps answer
    assert fetch(server, "/?s=h%E1%BB%8Dc+b%E1%BA%A1")[0] == 200
    assert fetch(server, "/feed/")[0] == 200
    assert "wp-sitemap.xml" in fetch(server, "/robots.txt")[1]
    posts = fetch(server, "/wp-sitemap-posts-post-1.xml")[1]
    assert all(g["path"] in posts for g in portal.GOLD)


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/category/khong-co/",
        "/category/tin-tuc/page/9/",
        "/tag/khong-co/",
        "/2026/13/",
        "/2025/01/",
        "/hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027.html/anh-khong-co/",
        "/author/admin/",
        "/page/2/",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_redirects_of_wordpress(server):
    status, _, headers = fetch(server, "/category/tin-tuc")
    assert status == 301 and headers["Location"] == "/category/tin-tuc/"
    status, _, headers = fetch(server, "/category/hoat-dong-chuyen-mon/")
    assert status == 301 and headers["Location"] == "/category/tin-tuc/hoat-dong-chuyen-mon/"
    status, _, headers = fetch(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/category/tin-tuc/"
