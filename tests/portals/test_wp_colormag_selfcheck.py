"""Self-check of the WordPress/ColorMag fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that links (and the sitemap)
from the start page reach every article, and that the platform's traps behave as documented:
``?replytocom=N`` serves the same post (canonical to it, noindex), ``/?p=N`` is a 301 to the
permalink, and the link graph is finite (no endless archive).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_colormag as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}
#: not pages: files, feeds, machine endpoints
_NOT_PAGES = re.compile(r"(\.(jpe?g|png|gif|ico|css|js|pdf|xml|xsl)$)|(/feed/$)|(^/wp-json/)|(^/xmlrpc\.php)")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


def _reader(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _target(base: str, page: str, href: str) -> str | None:
    link = urlsplit(urljoin(base + page, html.unescape(href)))
    if link.netloc != urlsplit(base).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over every same-host link from START_PATH: target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the link graph should be finite and small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            nxt = _target(server.base_url, target, href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "wp_colormag_thpt"
    assert portal.PLATFORM == "wordpress"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS <= set(gold) <= _KEYS | {"alt_paths"}
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {name for _, name in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [g["canonical_path"] for g in portal.GOLD]
    targets += [alt for g in portal.GOLD for alt in g.get("alt_paths", [])]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    base = server.base_url
    headline = re.search(r'<h1 class="entry-title">\s*(.*?)\s*</h1>', page, re.S)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    article = page.split('<div class="entry-content clearfix">', 1)[1].split('<div class="addtoany', 1)[0]
    text = _reader(article)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell is printed in its own cell
            cells = re.findall(r"<t[hd]>(.*?)</t[hd]>", article)
            assert all(cell in [_nfc(c) for c in cells] for cell in paragraph.split(" | "))
        else:
            assert paragraph in text, paragraph[:60]
    for image in gold["images"]:
        src = image.get("url") or base + image["path"]
        assert f'src="{src}"' in article
        if image["caption"]:
            assert image["caption"] in text
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in _reader(page)
    assert f'<link rel="canonical" href="{base}{gold["canonical_path"]}" />' in page
    crumbs = re.search(r'<p id="breadcrumbs">(.*?)</p>', page).group(1)
    assert re.findall(r'<a href="[^"]+/category/[^"]+">([^<]+)</a>', crumbs) == [gold["category"]]
    stamp = re.search(r'<time class="entry-date published[^"]*" datetime="([^"]+)"', page).group(1)
    assert stamp == gold["published_at"]


def test_captions_and_signatures_are_not_body(server: PortalServer) -> None:
    for gold in portal.GOLD:
        body = gold["body"]
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in body
        for name in gold["authors"] + gold["photographers"]:
            assert name not in body


def test_reply_to_comment_variants_are_the_same_post(server: PortalServer) -> None:
    variants = 0
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, page, _ = _get(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in page
            assert "<meta name='robots' content='noindex, follow' />" in page
            variants += 1
        page = _get(server, gold["path"])[1]
        linked = re.findall(r"href='[^']*(\?replytocom=\d+)#respond'", page)
        assert [gold["path"] + q for q in linked] == gold.get("alt_paths", [])
    assert variants >= 3


def test_shortlinks_redirect_to_the_permalink(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        short = re.search(r"<link rel='shortlink' href='([^']+)' />", page).group(1)
        status, _, headers = _get(server, short[len(server.base_url) :])
        assert status == 301
        assert headers["Location"] == server.base_url + gold["path"]


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert sum(1 for s in walk.values() if s) < 300
    assert [t for t, s in walk.items() if s not in (0, 200, 301)] == []


def test_every_category_listing_is_paged(walk: dict[str, int]) -> None:
    for cat in portal.CATS:
        assert f"/category/{cat}/page/2/" in walk
    assert "/page/2/" in walk


def test_sitemap_from_robots_lists_every_article(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    index_url = re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)
    index = _get(server, urlsplit(index_url).path)[1]
    posts: set[str] = set()
    for loc in re.findall(r"<loc>([^<]+)</loc>", index):
        status, body, headers = _get(server, urlsplit(loc).path)
        assert status == 200 and headers["Content-Type"].startswith("application/xml")
        if "posts-post" in loc:
            posts |= {urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", body)}
    assert posts == {g["path"] for g in portal.GOLD}


def test_feed_is_announced_and_holds_the_newest_ten(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    assert f'type="application/rss+xml" title="{portal.SITE} &raquo; Dòng thông tin" href="{server.base_url}/feed/"' in home
    feed = _get(server, "/feed/")[1]
    links = [urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    newest = sorted(portal.GOLD, key=lambda g: g["published_at"], reverse=True)[:10]
    assert links == [g["path"] for g in newest]


def test_percent_encoded_slugs_answer_in_either_case(server: PortalServer) -> None:
    encoded = [g["path"] for g in portal.GOLD if "%" in g["path"]]
    assert len(encoded) == 2
    for path in encoded:
        assert path == path.lower()
        assert _get(server, re.sub(r"%[0-9a-f]{2}", lambda m: m.group(0).upper(), path))[0] == 200


def test_one_post_is_served_decomposed(server: PortalServer) -> None:
    decomposed = [
        g["path"] for g in portal.GOLD if not unicodedata.is_normalized("NFC", _get(server, g["path"])[1])
    ]
    assert len(decomposed) == 1


def test_listing_page_one_and_unknown_pages(server: PortalServer) -> None:
    assert _get(server, "/category/tin-tuc/page/1/")[0] == 301
    assert _get(server, "/page/1/")[0] == 301
    assert _get(server, "/category/tin-tuc/page/9/")[0] == 404
    assert _get(server, "/2026/06/")[0] == 404  # a month without posts
    assert _get(server, "/?p=99999")[0] == 404


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"]):
        assert _get(server, target)[1] == _get(server, target)[1]
