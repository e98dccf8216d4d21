"""Self-check of the Hugo school blog: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or a post that neither a link, a feed nor the sitemap reaches
would waste that crawl. Nothing here imports the crawler beyond the demo server. It also pins down
what makes this platform what it is: cards whose only link is an empty overlay anchor, paged
taxonomy lists with Vietnamese (percent-encoded) addresses, Hugo's alias pages, the RSS and JSON
feeds of the ten newest posts, a sitemap of everything and a search page that links nothing.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import hugo_school_blog as portal

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_STATIC = re.compile(r"\.(jpe?g|png|gif|pdf|css|js|ico|xml|json)$")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _nfc(markup: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(markup))


def _reader_text(markup: str) -> str:
    """What a reader sees: inline tags dropped, block tags as breaks, table cells joined by " | "."""
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"</?(a|em|strong|b|i|span|sup)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", markup)).split())


def _local(server: PortalServer, base: str, url: str) -> str | None:
    parts = urlsplit(urljoin(server.url(base), html.unescape(url)))
    if parts.scheme != "http" or f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _content(body: str) -> str:
    return body.split('<div class="post-content">', 1)[1].split("</div>\n\n  <footer", 1)[0]


def _gallery_only(gold: dict) -> bool:
    return gold["body"] == "" and gold["images"] and gold["summary"] is None


def test_contract_shape() -> None:
    assert portal.NAME == "hugo_school_blog" and portal.PLATFORM == "hugo"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES)
    assert sum(_gallery_only(g) for g in portal.GOLD) == 2
    assert any(p.startswith("/posts/") for p in paths) and any(p.endswith(".html") for p in paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][:24])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "category"):
        assert gold[key] and gold[key] == gold[key].strip() and unicodedata.is_normalized("NFC", gold[key])
    assert unicodedata.is_normalized("NFC", gold["body"])
    assert _DAY.match(gold["published_at"])  # the pages show dates only
    if not _gallery_only(gold):
        paragraphs = gold["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs)
        if gold["summary"] is not None:
            assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) in ({"path", "caption"}, {"url", "caption"})


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][:24])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    title = re.search(r'<h1 class="post-title entry-hint-parent">\s*([^<]+?)\s*</h1>', body).group(1)
    assert _nfc(title) == gold["title"]
    content = _content(body)
    text = _reader_text(content)
    paragraphs = gold["body"].split("\n\n") if gold["body"] else []
    if gold["summary"]:
        desc = re.search(r'<div class="post-description">\s*([^<]+?)\s*</div>', body).group(1)
        assert _nfc(desc) == gold["summary"]
        paragraphs = paragraphs[1:]
    for paragraph in paragraphs:
        assert paragraph in text, paragraph[:60]
    if not paragraphs:
        outside = re.sub(r"<figcaption>.*?</figcaption>", "", content, flags=re.S)
        assert not re.search(r"<p>[^<]", outside)  # a gallery-only post: no text of its own
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert srcs == [i.get("path") or i["url"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    page = _reader_text(body)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    category = re.search(r'<div class="post-categories">Chuyên mục: <a href="[^"]+">([^<]+)</a>', body).group(1)
    assert _nfc(category) == gold["category"]
    day = gold["published_at"]
    y, m, d = (int(x) for x in day.split("-"))
    line = f"{d} {portal._MONTHS[m - 1]}, {y}"
    assert re.search(rf"<div class=\"post-meta\"><span title='{day} 00:00:00 \+0700 \+07'>{line}</span>", body)
    assert f'<meta property="article:published_time" content="{day}T00:00:00+07:00">' in body
    assert portal.BUILD_DAY in page and portal.ADDRESS in page and "busuanzi_value_site_pv" in body


def _walk(server: PortalServer) -> set[str]:
    """Every HTML target reached from the start page by following <a href> only."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for url in _HREF.findall(body):
            if url.startswith(("mailto:", "#", "javascript:")):
                continue
            link = _local(server, target, url)
            if link and not _STATIC.search(link):
                queue.append(link)
    return seen


def test_walking_links_reaches_every_post_and_listing(server: PortalServer) -> None:
    seen = _walk(server)
    assert {g["path"] for g in portal.GOLD} <= seen
    assert set(portal.NON_ARTICLES) <= seen
    aliases = seen - {g["path"] for g in portal.GOLD} - set(portal.NON_ARTICLES)
    assert aliases == set(portal.ALIASES)  # the one alias page a post still links
    assert len(seen) < 60


def test_cards_link_only_through_the_empty_overlay_anchor(server: PortalServer) -> None:
    _, body, _ = _get(server, "/")
    cards = re.findall(r'<article class="post-entry">(.*?)</article>', body, re.S)
    assert len(cards) == portal.PAGER - 0 and 'class="first-entry home-info"' in body
    for card in cards:
        assert len(_HREF.findall(card)) == 1
        assert re.search(r'<a class="entry-link" aria-label="post link to [^"]+" href="[^"]+"></a>', card)
        assert '<h2 class="entry-hint-parent">' in card and "<h2 class=\"entry-hint-parent\"><a" not in card


def test_every_list_is_paged_in_order_with_summaries_cut(server: PortalServer) -> None:
    multi = 0
    for root, (items, *_rest) in portal.LISTS.items():
        pages = portal.list_pages(root, items)
        listed: list[str] = []
        for n, target in enumerate(pages, 1):
            _, body, _ = _get(server, portal.href(target))
            links = re.findall(r'<a class="entry-link" aria-label="[^"]*" href="([^"]+)"></a>', body)
            listed += [unquote(_local(server, target, u)) for u in links]
            if n < len(pages):
                assert "Bài viết cũ hơn&nbsp;»" in body
            if n > 1:
                assert "«&nbsp;Mới hơn&nbsp;" in body
        assert listed == [portal.post_path(s) for s in items]
        multi += len(pages) > 1
        assert _get(server, portal.href(f"{root}page/{len(pages) + 1}/"))[0] == 404
    assert multi >= 6  # home, /posts/, both categories, two tags
    _, body, _ = _get(server, "/")
    summaries = re.findall(r'<div class="entry-content">\s*<p>([^<]*)</p>', body)
    assert any(s.endswith("…") for s in summaries)


def test_taxonomy_addresses_keep_vietnamese_letters(server: PortalServer) -> None:
    tag = "/tags/kỹ-năng-học-tập/"
    encoded = portal.href(tag)
    assert encoded == "/tags/k%E1%BB%B9-n%C4%83ng-h%E1%BB%8Dc-t%E1%BA%ADp/"
    _, body, _ = _get(server, "/tags/")
    assert f'href="{server.base_url}{encoded}"' in body
    assert _get(server, encoded)[0] == 200


def test_alias_pages_refresh_to_their_target(server: PortalServer) -> None:
    for alias, target in [*portal.ALIASES.items(), ("/page/1/", "/"), ("/posts/page/1/", "/posts/")]:
        status, body, _ = _get(server, alias)
        url = f"{server.base_url}{portal.href(target)}"
        assert status == 200
        assert f'<meta http-equiv="refresh" content="0; url={url}">' in body
        assert f'<link rel="canonical" href="{url}">' in body and 'content="noindex"' in body
    (alias,) = portal.ALIASES
    linking = [g for g in portal.GOLD if f'href="{alias}"' in _get(server, g["path"])[1]]
    assert len(linking) == 1


def test_feeds_sitemap_and_search_index(server: PortalServer) -> None:
    posts = [g["path"] for g in portal.GOLD]  # newest first
    _, home, _ = _get(server, "/")
    assert f'<link rel="alternate" type="application/rss+xml" href="{server.base_url}/index.xml"' in home
    assert f'<link rel="alternate" type="application/feed+json" href="{server.base_url}/feed.json"' in home
    _, rss, headers = _get(server, "/index.xml")
    assert headers["Content-Type"] == "application/rss+xml"
    assert [_local(server, "/", u) for u in re.findall(r"<link>([^<]+)</link>", rss)[1:]] == posts[: portal.FEED_SIZE]
    _, raw, headers = _get(server, "/feed.json")
    feed = json.loads(raw)
    assert headers["Content-Type"] == "application/feed+json" and feed["version"].endswith("/1.1")
    assert [_local(server, "/", i["url"]) for i in feed["items"]] == posts[: portal.FEED_SIZE]
    _, robots, _ = _get(server, "/robots.txt")
    sitemap = _local(server, "/", re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, _ = _get(server, sitemap)
    locs = [unquote(_local(server, "/", u)) for u in re.findall(r"<loc>([^<]+)</loc>", xml)]
    assert set(posts) <= set(locs) and xml.count("<lastmod>") == len(locs)
    assert {unquote(p) for p in portal.NON_ARTICLES if "/page/" not in p} <= set(locs)
    _, search, _ = _get(server, "/search/")
    assert not {_local(server, "/search/", u) for u in _HREF.findall(search.split('<main class="main">')[1].split("</main>")[0])}
    _, index, _ = _get(server, "/index.json")
    permalinks = [_local(server, "/", e["permalink"]) for e in json.loads(index)]
    assert set(posts) <= set(permalinks) and "/about/" in permalinks


def test_series_box_and_lastmod(server: PortalServer) -> None:
    series = [s for s in portal.STORIES if "series" in s.opts]
    assert len(series) == 3
    for s in series:
        _, body, _ = _get(server, portal.post_path(s))
        box = body.split('<div class="series-box">', 1)[1].split("</div>", 1)[0]
        assert box.count("<li") == 3 and '<li class="current">' in box
    for s in portal.STORIES:
        _, body, _ = _get(server, portal.post_path(s))
        if "lastmod" in s.opts:
            assert f"Cập nhật: {portal.vi_date(s.opts['lastmod'])}" in body
            assert f'<meta property="article:modified_time" content="{portal.stamp(s.opts["lastmod"])}">' in body


def test_not_found_and_slash_redirects(server: PortalServer) -> None:
    assert _get(server, "/posts/khong-co-bai-nay/")[0] == 404
    status, _, headers = _get(server, "/posts")
    assert status == 301 and headers["Location"] == "/posts/"
    status, _, headers = _get(server, portal.GOLD[0]["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == portal.GOLD[0]["path"]


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
