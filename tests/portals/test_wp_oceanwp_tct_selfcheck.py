"""Self-check of the WordPress/OceanWP political-school portal: the fixture against itself.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that 404s, a
paragraph the page does not print or an article no link, feed or sitemap reaches would waste
that crawl. Nothing here imports the crawler beyond the demo server. It also pins down what
makes the platform what it is: the hidden infinite-scroll "Bài cũ hơn" link as the only pager,
replytocom duplicates, date archives next to post paths, attachment pages, a post in two
categories, and UTF-8 throughout (one post in decomposed form).
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

from . import wp_oceanwp_tct as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _entry(body: str) -> str:
    return body.split('<div class="entry-content clearfix" itemprop="text">', 1)[1].split(
        "</div><!-- .entry -->", 1
    )[0]


def _articles() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def test_contract_shape() -> None:
    assert (
        portal.NAME == "wp_oceanwp_tct"
        and portal.PLATFORM == "wordpress"
        and portal.START_PATH == "/"
    )
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize(
    "gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][-24:]
)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/wp-content/uploads/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for alt in gold.get("alt_paths", []):
        assert alt.startswith(gold["path"] + "?replytocom=")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize(
    "gold", portal.GOLD, ids=lambda g: g["path"].strip("/").rsplit("/", 1)[-1][-24:]
)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=UTF-8"
    page = _reader_text(body)
    title = html.escape(gold["title"], quote=True)
    assert f'<h2 class="single-post-title entry-title" itemprop="headline">{title}</h2>' in body
    assert '<h1 class="page-header-title clr" itemprop="headline">Tin tức</h1>' in body
    content = _reader_text(_entry(body))
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in content, paragraph[:60]
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in page
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    meta_date = re.search(r'<li class="meta-date"[^>]*>.*?</i>([^<]+)</li>', body).group(1)
    assert meta_date == f"Ngày {d} Tháng {m}, {y}"
    story_part = body.split('class="single-post-article', 1)[1].split("</div><!-- .entry -->", 1)[0]
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', story_part)
    thumb_or_content = [_local(server, s) for s in srcs if "/wp-content/uploads/" in s]
    assert thumb_or_content == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in page
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    crumbs = re.search(r'<nav aria-label="breadcrumbs"[^>]*>(.*?)</nav>', body).group(1)
    assert (
        re.findall(r'<a href="[^"]*/chuyen-muc/[^"]+/">([^<]+)</a>', crumbs)[-1] == gold["category"]
    )
    assert portal.TODAY in page and portal.HOTLINE in page and portal.ADDRESS in page
    assert "Bạn có thể thích" in page and "Chia sẻ bài viết" in page and "Thống kê truy cập" in page
    assert "Bài viết mới" in page and "Ngày " in page


def test_signatures_are_printed_but_not_body(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        content = _reader_text(_entry(body))
        for line in re.findall(r'<p style="text-align: right;">(.*?)</p>', _entry(body)):
            signed = _reader_text(line)
            assert signed in content and signed not in gold["body"]


def test_decomposed_post_is_served_decomposed(server: PortalServer) -> None:
    story = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, body, _ = fetch(server, portal.article_path(story))
    entry = _entry(body)
    assert not unicodedata.is_normalized("NFC", entry)
    assert unicodedata.normalize("NFD", story.paragraphs[1]) in entry


def test_infinite_scroll_is_the_only_pager(server: PortalServer) -> None:
    slug = "tin-tuc-su-kien"
    root = f"/chuyen-muc/{slug}/"
    want = [portal.article_path(s) for s in portal.newest(lambda s: slug in portal.cats_of(s))]
    listed: list[str] = []
    target: str | None = root
    pages = 0
    while target:
        status, body, _ = fetch(server, target)
        assert status == 200 and "page-numbers" not in body
        pages += 1
        entries = re.findall(r'<h2 class="blog-entry-title entry-title"><a href="([^"]+)"', body)
        assert len(entries) <= portal.CAT_PER_PAGE[slug]
        listed += [_local(server, u) for u in entries]
        older = re.search(r'<div class="alignright older-posts"><a href="([^"]+)">Bài cũ hơn', body)
        target = _local(server, older.group(1)) if older else None
    assert listed == want and pages == 3
    assert fetch(server, f"{root}page/4/")[0] == 404
    status, _, headers = fetch(server, f"{root}page/1/")
    assert status == 301 and headers["Location"] == root


def test_post_in_two_categories(server: PortalServer) -> None:
    dual = next(s for s in portal.STORIES if len(portal.cats_of(s)) == 2)
    for slug in portal.cats_of(dual):
        found = False
        target: str | None = f"/chuyen-muc/{slug}/"
        while target and not found:
            _, body, _ = fetch(server, target)
            found = portal.article_path(dual) in body
            older = re.search(r'older-posts"><a href="([^"]+)"', body)
            target = _local(server, older.group(1)) if older else None
        assert found, slug
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(dual))
    assert gold["category"] == portal.CATS[dual.cat]


def test_replytocom_serves_the_same_post(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g.get("alt_paths"))
    _, clean, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        assert f'href="{server.base_url}{alt}#respond"' in clean
        status, body, _ = fetch(server, alt)
        assert status == 200 and body == clean


def test_date_archives_and_attachments_are_not_posts(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/2026/11/")
    assert status == 200 and "single-post-title" not in body and "blog-entry-title" in body
    assert fetch(server, "/2025/01/")[0] == 404
    for target in portal.NON_ARTICLES:
        if target.startswith("/2026/") and target.count("/") == 5:  # <post>/<attachment>/
            status, body, _ = fetch(server, target)
            assert (
                status == 200 and 'class="entry-content' not in body and "single-attachment" in body
            )
    status, _, headers = fetch(server, portal.GOLD[1]["path"] + "feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")


def test_redirects_and_not_found(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == gold["path"]
    story = portal.STORIES[0]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == portal.article_path(story)
    status, body, _ = fetch(server, "/2026/11/khong-co-bai-nay/")
    assert status == 404 and "Không tìm thấy trang" in body


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    seen: set[str] = set()
    feeds: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in re.findall(
            r'<link rel="alternate" type="application/rss\+xml" [^>]*href="([^"]+)"', body
        ):
            feeds.add(_local(server, href))
        for link in _links(server, target, body):
            if not re.search(r"\.(jpe?g|png|pdf|css|js|php)", link) and "replytocom" not in link:
                queue.append(link)
    return seen, feeds


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = _articles()
    linked, feeds = _walk(server)
    assert articles <= linked
    assert set(portal.NON_ARTICLES) - {"/?s=", "/?s=h%E1%BB%99i+th%E1%BA%A3o"} <= linked
    assert "/feed/" in feeds
    _, feed, headers = fetch(server, "/feed/")
    assert headers["Content-Type"] == "application/rss+xml; charset=UTF-8"
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)} - {"/"}
    assert len(in_feed) == portal.FEED_SIZE and in_feed <= articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        _, xml, headers = fetch(server, _local(server, child))
        assert headers["Content-Type"].startswith("text/xml")
        in_sitemap |= {
            _local(server, u)
            for u in re.findall(r"<loc>([^<]+)</loc>", xml)
            if "/wp-content/" not in u
        }
    assert articles <= in_sitemap


def test_search_and_static_pages(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/?s=h%E1%BB%99i+th%E1%BA%A3o")
    assert status == 200 and "hoi-thao-khoa-hoc-nang-cao" in body and "noindex" in body
    _, org, _ = fetch(server, "/gioi-thieu/co-cau-to-chuc/")
    assert "so-do-to-chuc.png" in org and "Khoa Nhà nước và Pháp luật" in org
    _, timetable, _ = fetch(server, "/dao-tao/lich-hoc/")
    assert "TCLLCT K48 | Học phần I.1" in _reader_text(timetable)


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
