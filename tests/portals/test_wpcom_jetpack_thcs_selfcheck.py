"""Self-check of the wpcom_jetpack_thcs fixture portal against itself (never the crawler).

Every gold article answers 200 with its title and the gold's text, dates, people, captions and
images on its page; every article and non-article is reachable by links from the start page
within the crawl budget; the URL variants in ``alt_paths`` serve the same article with the
permalink as canonical; unknown paths are 404; the traps the module documents are in place.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wpcom_jetpack_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_INLINE = "a|strong|em|b|i|u|span|sub|small|time|abbr|mark|font"
_A_HREF = re.compile(r"<a\b[^>]*?\bhref=[\"']([^\"']+)[\"']", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def reader_text(markup: str) -> str:
    """What a reader sees: no scripts, no footnote calls, inline tags joined, blocks spaced."""
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    s = re.sub(r"<sup data-fn=.*?</sup>", "", s, flags=re.S)
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", s, flags=re.I)
    s = re.sub(rf"</?(?:{_INLINE})\b[^>]*>", "", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return collapse(unicodedata.normalize("NFC", html.unescape(s)))


def _local(server: PortalServer, href: str, page: str) -> str | None:
    absolute = urljoin(server.url(page), html.unescape(href))
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer) -> dict[str, int]:
    """Breadth-first walk over <a href> links from START_PATH; redirects followed by hand."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or target.startswith("/wp-content/"):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            nxt = _local(server, headers.get("Location", ""), target)
            if nxt:
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in _A_HREF.findall(body):
            nxt = _local(server, href, target)
            if nxt:
                queue.append(nxt.split("#", 1)[0])
    return seen


def test_shape() -> None:
    assert portal.NAME == "wpcom_jetpack_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"])
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["body"] and g["title"] == unicodedata.normalize("NFC", g["title"])
        for alt in g.get("alt_paths", []):
            assert alt.startswith(g["path"] + "?")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[4][:40])
def test_gold_page(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = reader_text(body)
    assert f'<link rel="canonical" href="{server.url(gold["canonical_path"])}" />' in body
    assert gold["title"] in text
    assert re.search(r"<h1 class=\"entry-title\">", body)
    content = body.split('<div class="entry-content">', 1)[1].split('<div class="sharedaddy', 1)[0]
    content_text = reader_text(content)
    for para in gold["body"].split("\n\n"):
        assert para in content_text, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in content_text, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in content_text
    for img in gold["images"]:
        where = img.get("path") or img["url"]
        assert where in html.unescape(content), where
        if img["caption"]:
            assert img["caption"] in content_text
    stamp = gold["published_at"]
    if "T" in stamp:
        assert f'datetime="{stamp}"' in body
    else:
        y, m, d = stamp.split("-")
        letterhead = f"ngày {int(d)} tháng {int(m)} năm {y}" in content_text
        # (the day the theme prints, its datetime attribute holding the time it never shows)
        printed = f'datetime="{stamp}T' in body
        assert letterhead or printed
    assert f'rel="category tag">{gold["category"]}</a>' in body


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][12:40])
def test_alt_paths_serve_the_same_article(server: PortalServer, gold: dict) -> None:
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<link rel="canonical" href="{server.url(gold["path"])}" />' in body
        assert gold["title"] in reader_text(body)


def test_reachability_and_budget(server: PortalServer) -> None:
    seen = crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            assert alt in ok, alt
    pages = [t for t in seen if not t.startswith("/wp-content/")]
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), sorted(pages))


def test_some_articles_only_beyond_page_one(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    _, page3, _ = fetch(server, "/page/3/")
    assert portal.A01.path not in home and portal.A01.path in page3
    assert "/page/2/" in home and "Bài cũ hơn" in home


def test_non_articles(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert '<h1 class="entry-title">' in body


@pytest.mark.parametrize(
    "target",
    ["/khong-ton-tai/", "/2026/11/20/khong-co-bai-nay/", "/page/9/", "/category/khong-co/", "/tag/abc/"],
)
def test_unknown_paths_404(server: PortalServer, target: str) -> None:
    status, _, _ = fetch(server, target)
    assert status == 404


def test_traps(server: PortalServer) -> None:
    # Jetpack's tail inside entry-content, with other posts' dates
    _, body, _ = fetch(server, portal.A08.path)
    content = body.split('<div class="entry-content">', 1)[1].split("</div><footer", 1)[0]
    assert "Thích bài này:" in content and "Có liên quan" in content and "jp-relatedposts-post-date" in content
    # UTC Open Graph time on the previous day, hidden "updated" time
    assert '<meta property="article:published_time" content="2026-11-19T23:55:00+00:00" />' in body
    assert '<time class="updated" datetime="2026-11-21T07:15:09+07:00">' in body
    _, a05, _ = fetch(server, portal.A05.path)
    assert 'content="2026-11-01T17:00:00+00:00"' in a05
    assert "mso-list: Ignore;\">·" in a05
    # account byline, comment reply variants
    assert '<a class="url fn n" href="' in body and ">thcshongphong</a>" in body
    assert "?replytocom=101#respond" in body
    # tiled gallery &#038; and attachment pages
    _, a07, _ = fetch(server, portal.A07.path)
    assert "img_3012.jpg?w=346&#038;h=259" in a07
    assert 'alt="👉"' in a07 and "#RungChuongVang" in a07
    status, att, _ = fetch(server, portal.att_path(3012))
    assert status == 200 and '<h1 class="entry-title">img_3012</h1>' in att
    status, _, headers = fetch(server, "/?attachment_id=2851")
    assert status == 301 and headers["Location"].endswith(portal.att_path(2851))
    # footnotes
    _, a06, _ = fetch(server, portal.A06.path)
    assert 'class="fn"><a href="#' in a06 and "↩︎" in a06
    # infinite scroll endpoint and hidden pagination
    status, raw, _ = fetch(server, "/?infinity=scrolling&page=2")
    data = json.loads(raw)
    assert status == 200 and data["type"] == "success" and portal.A09.path in data["html"]
    _, home, _ = fetch(server, "/")
    assert "var infiniteScroll = " in home and "infinite-scroll neverending" in home
    # the sticky notice printed whole at the top of the home page
    assert home.index(portal.A02.story.slug) < home.index(portal.A13.story.slug)
    assert "Nơi nhận:" in home
    # /page/1/ and slash-less permalinks redirect
    status, _, headers = fetch(server, "/page/1/")
    assert status == 301
    status, _, headers = fetch(server, portal.A04.path.rstrip("/"))
    assert status == 301 and headers["Location"].endswith(portal.A04.path)


def test_machine_files(server: PortalServer) -> None:
    status, sm, _ = fetch(server, "/sitemap.xml")
    assert status == 200 and all(g["path"] in sm for g in portal.GOLD)
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200 and "Sitemap:" in robots
    status, feed, _ = fetch(server, "/feed/")
    assert status == 200 and "<rss" in feed
