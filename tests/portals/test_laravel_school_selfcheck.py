"""Self-check of the Laravel school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article that neither a link, the feed nor the sitemap
reaches would waste that crawl. Nothing here imports the crawler beyond the demo server. It also
pins down what makes this platform what it is: listing pages without article links (only the
JSON behind "Xem thêm" lists them), a feed of the newest six, and two posts that only the
sitemap (or the JSON and the search form) names.
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
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import laravel_school as portal

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, decoded body and headers; redirects are not followed (they show as 3xx)."""
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _anchor_links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if "${" in href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _article_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def test_contract_shape() -> None:
    assert portal.NAME == "laravel_school" and portal.PLATFORM == "laravel"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-20:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"}
        assert img["caption"] is None or img["caption"] not in paragraphs


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-20:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = _reader_text(body)
    assert f'<h1 class="post-title fw-bold mb-3">{html.escape(gold["title"], quote=True)}</h1>' in body
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in page, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    content = body.split('<div class="post-content ck-content">', 1)[1].split("\n</div>", 1)[0]
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in page
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body).group(1)
    assert re.findall(r'<a href="/danh-muc/[^"]+">([^<]+)</a>', crumbs)[-1] == gold["category"]
    assert portal.TODAY in page and "lượt xem" in page and "Bản quyền thuộc" in page
    stamp = gold["published_at"]
    line = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}" + (f" {stamp[11:16]}" if "T" in stamp else "")
    assert f'<i class="bi bi-clock"></i> {line}</span>' in body
    assert "Tin liên quan" in page and page.count("/2026)") >= 3


def test_listing_pages_hold_no_article_links_but_the_json_does(server: PortalServer) -> None:
    articles = _article_paths()
    for slug in [*portal.CATS, *portal.TAGS]:
        kind = "category" if slug in portal.CATS else "tag"
        target = f"/danh-muc/{slug}" if kind == "category" else f"/tag/{slug}"
        _, body, _ = _get(server, target)
        assert f'<div id="post-list" class="row g-4" data-{kind}="{slug}"></div>' in body
        assert not set(_anchor_links(server, target, body)) & articles
        listed: list[str] = []
        page = 1
        while True:
            status, raw, headers = _get(server, f"/api/posts?{kind}={slug}&page={page}")
            assert status == 200 and headers["Content-Type"] == "application/json"
            assert "\\/" in raw and not re.search(r"[^\x00-\x7f]", raw)
            doc = json.loads(raw)
            if not doc["data"]:
                assert doc["next_page_url"] is None and page == doc["last_page"] + 1
                break
            listed += [_local(server, p["url"]) for p in doc["data"]]
            page += 1
        want = [portal.article_path(s) for s in portal.newest(slug if kind == "category" else None, slug if kind == "tag" else None)]
        assert listed == want
        if kind == "category":
            assert page - 1 >= 2  # every category lists over at least two JSON pages


def _walk_links(server: PortalServer) -> tuple[set[str], set[str]]:
    """Every target reached by following <a href> from the start page; and the feeds announced."""
    seen: set[str] = set()
    feeds: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in re.findall(r'<link rel="alternate" type="application/rss\+xml" [^>]*href="([^"]+)"', body):
            feeds.add(_local(server, href))
        for link in _anchor_links(server, target, body):
            if not re.search(r"\.(jpe?g|png|pdf|css|js)$", link):
                queue.append(link)
    return seen, feeds


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = _article_paths()
    linked, feeds = _walk_links(server)
    assert feeds == {"/feed"}
    _, feed, headers = _get(server, "/feed")
    assert headers["Content-Type"].startswith("application/xml")
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)}
    assert len(in_feed) == portal.FEED_SIZE and in_feed <= articles
    _, robots, _ = _get(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = _get(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        _, xml, headers = _get(server, _local(server, child))
        assert headers["Content-Type"].startswith("text/xml")
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap
    only_sitemap = articles - linked - in_feed
    migrated = {portal.article_path(s) for s in portal.STORIES if s.opts.get("migrated")}
    assert only_sitemap == migrated and len(migrated) == 2
    assert articles - migrated <= linked
    # search and JSON name the migrated posts too
    _, found, _ = _get(server, "/tim-kiem?q=th%E1%BB%A7+l%C4%A9nh")
    assert any(p in found for p in migrated)


def test_redirects_and_not_found(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/"))
    number = gold["path"].rsplit("-", 1)[1]
    status, _, headers = _get(server, f"/tin-tuc/mot-tieu-de-cu-{number}")
    assert status == 301 and headers["Location"] == gold["path"]
    status, _, headers = _get(server, gold["path"] + "/")
    assert status == 301 and headers["Location"] == gold["path"]
    status, body, _ = _get(server, "/tin-tuc/khong-co-bai-nay-99999")
    assert status == 404 and "Không tìm thấy trang" in body
    assert _get(server, "/api/posts?category=khong-co")[0] == 404


def test_migrated_posts_meta_time_is_the_previous_day_in_utc(server: PortalServer) -> None:
    for story in portal.STORIES:
        if not story.opts.get("migrated"):
            continue
        _, body, _ = _get(server, portal.article_path(story))
        meta = re.search(r'<meta property="article:published_time" content="([^"]+)">', body).group(1)
        assert meta.endswith("T17:00:00.000000Z") and meta[:10] < story.published_at
        assert re.search(r"&[a-z]+;", body.split("post-content", 1)[1])


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
