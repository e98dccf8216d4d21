"""Self-check of the WordPress + Enfold political-school fixture (never imports the crawler).

Every gold target and alternative answers 200 and prints its title and text; the gold is well
formed; a breadth-first walk of links from the start page (and the core sitemap) reaches every
article; each trap of the module docstring behaves as described.
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
from tests.portals import wp_enfold_tct as portal
from tests.portals._common import TODAY
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_LOC = re.compile(r"<loc>([^<]+)</loc>")
#: what the walk leaves alone: comment replies, feeds, searches, the endless calendar, files
_SKIP = re.compile(r"replytocom|/feed/|[?&]s=|/su-kien/thang/\d|ical=|/wp-content/|/wp-json/|#")
KEYS = {
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
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _reader(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _one(pattern: str, markup: str) -> str:
    match = re.search(pattern, markup, re.S)
    assert match, pattern
    return _reader(match.group(1))


def _content(markup: str) -> str:
    start = markup.index('<div class="entry-content" itemprop="text">')
    return markup[start : markup.index('<footer class="entry-footer">', start)]


def test_gold_is_well_formed() -> None:
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert set(g) - {"alt_paths"} == KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert g["path"].startswith("/tin-tuc/") and g["path"].endswith("/")
        for key in ("title", "body", "category"):
            assert g[key] and g[key] == g[key].strip()
            assert unicodedata.is_normalized("NFC", g[key])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["published_at"]), g["published_at"]  # the printed day
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs)
        assert all(unicodedata.is_normalized("NFC", p) for p in paragraphs)
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for name in g["authors"] + g["photographers"]:
            assert name == name.strip() and not name.startswith(("ThS.", "TS.", "Tin", "Ảnh"))
        for img in g["images"]:
            assert img["path"].startswith("/wp-content/uploads/")
            assert img["caption"] is None or unicodedata.is_normalized("NFC", img["caption"])
            assert img["caption"] not in paragraphs
        # the bylines, source lines and "bởi bientap" never reach the body
        for marker in (
            "Tin, ảnh:",
            "Tin:",
            "Bài:",
            "Nguồn:",
            "bientap",
            "ThS.",
            "Khoa Xây dựng Đảng",
        ):
            assert all(not p.startswith(marker) for p in paragraphs), (g["path"], marker)
    assert {g["category"] for g in portal.GOLD} == {n for n, _ in portal.CATS.values()}
    assert sum(bool(g["summary"]) for g in portal.GOLD) == 3
    assert [g["source"] for g in portal.GOLD if g["source"]] == ["Tạp chí Giáo dục lý luận"]
    assert sum(not g["authors"] for g in portal.GOLD) == 2  # (three units sign: portal.UNIT_SIGNED)
    assert len(min((g["body"] for g in portal.GOLD), key=len).split("\n\n")) == 2
    assert any(" | " in g["body"] for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-2][:40])
def test_gold_page_prints_its_article(server: PortalServer, gold: dict) -> None:
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
        assert _one(r'<h1 class="post-title entry-title"[^>]*>(.*?)</h1>', body) == gold["title"]
    status, body, _ = fetch(server, gold["path"])
    # the title bar's h1 is the category; the breadcrumb ends with its category, then the title
    assert _one(r'<h1 class="main-title entry-title">(.*?)</h1>', body) == gold["category"]
    trail = re.search(r'<div class="breadcrumb-trail">(.*?)</div>', body, re.S)[1]
    crumbs = re.findall(r'<span itemprop="name">([^<]*)</span>', trail)
    assert crumbs[:2] == ["Trang chủ", "Tin tức"] and html.unescape(crumbs[-1]) == gold["category"]
    trail_end = _one(r'<span class="trail-end">(.*?)</span>', body)
    assert gold["title"].startswith(trail_end.removesuffix("...")) and len(trail_end) <= 73
    # the date line gives the day, the hidden structured data the time of that day
    day = gold["published_at"][:10]
    line = _one(r'<time class="date-container minor-meta updated"[^>]*>(.*?)</time>', body)
    assert line == f"{day[8:10]}/{day[5:7]}/{day[:4]}"
    stamp = next(p.story.published_at for p in portal.POSTS if p.path == gold["path"])
    assert stamp.startswith(day) and f'itemprop="datePublished" datetime="{stamp}"' in body
    assert TODAY in body and "bởi" in body and ">bientap<" in body
    content = _reader(_content(body))
    for paragraph in gold["body"].split("\n\n"):
        # a table row prints its cells in separate cells: the reader sees them side by side
        assert paragraph.replace(" | ", " ") in content, paragraph[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in content
    for name in gold["authors"] + gold["photographers"]:
        assert name in content
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in content
    # every image in the content is a gold image: related thumbnails live outside it
    printed = re.findall(r'<img [^>]*src="([^"]+)"', _content(body))
    assert printed == [img["path"] for img in gold["images"]]
    assert "Bài viết liên quan" in body and "Chia sẻ bài viết" in body
    assert "Để lại bình luận" in body and "Tổng lượt truy cập" in body


def test_walk_from_start_reaches_every_article(server: PortalServer) -> None:
    host = urlsplit(server.base_url).netloc
    seen, queue, pages = {portal.START_PATH}, deque([portal.START_PATH]), {}
    while queue and len(pages) < 400:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            location = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(location.path + (f"?{location.query}" if location.query else ""))
            continue
        pages[target] = status
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if _SKIP.search(href):
                continue
            url = urlsplit(urljoin(server.url(target), href))
            if url.netloc != host or not url.scheme.startswith("http"):
                continue
            nxt = url.path + (f"?{url.query}" if url.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    gold = {g["path"] for g in portal.GOLD}
    assert gold <= set(pages)
    assert set(portal.NON_ARTICLES) <= set(pages)
    assert all(status == 200 for status in pages.values()), {
        t: s for t, s in pages.items() if s != 200
    }
    # the core sitemap lists every article too
    status, index, _ = fetch(server, "/wp-sitemap.xml")
    listed = set()
    for loc in _LOC.findall(index):
        listed |= {urlsplit(u).path for u in _LOC.findall(fetch(server, urlsplit(loc).path)[1])}
    assert gold <= listed
    robots = fetch(server, "/robots.txt")[1]
    assert "Sitemap: " in robots and "Disallow: /wp-admin/" in robots


def test_non_articles_answer(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="post-meta-infos"' not in body or "attachment" in body
        assert 'itemprop="datePublished" datetime' not in body


def test_category_archives_paginate(server: PortalServer) -> None:
    base = "/tin-tuc/hoat-dong-nha-truong/"
    found = []
    for n in (1, 2, 3):
        status, body, _ = fetch(server, base if n == 1 else f"{base}page/{n}/")
        assert status == 200
        assert f'<span class="pagination-meta">Trang {n} / 3</span>' in body
        assert '<meta name="robots" content="noindex, follow" />' in body
        assert 'class="inactive"' in body and "Đọc thêm" in body
        found += re.findall(r'<h2 class="post-title entry-title"[^>]*><a href="([^"]+)"', body)
    assert len(found) == 7
    # the post filed in two categories is listed here but lives under its primary category
    twice = portal.BY_ID[2470]
    assert twice.path in found and twice.path.startswith("/tin-tuc/dao-tao-boi-duong/")
    status, _, headers = fetch(server, f"/tin-tuc/hoat-dong-nha-truong/{twice.story.slug}/")
    assert status == 301 and headers["Location"] == twice.path
    assert fetch(server, f"{base}page/4/")[0] == 404
    status, _, headers = fetch(server, f"{base}page/1/")
    assert status == 301 and headers["Location"] == base
    status, _, headers = fetch(server, base.rstrip("/"))
    assert status == 301 and headers["Location"] == base
    for cat in ("dao-tao-boi-duong", "nghien-cuu-trao-doi", "thong-bao"):
        body = fetch(server, f"/tin-tuc/{cat}/")[1]
        assert "pagination-meta" not in body


def test_news_masonry_and_load_more(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/tin-tuc/")
    assert status == 200
    shown = re.findall(r'<a href="([^"]+)" id="av-masonry-1-item-\d+"', body)
    assert shown == [g["path"] for g in portal.GOLD[:6]]
    assert (
        '<a class="av-masonry-pagination av-masonry-load-more" href="#load-more">Tải thêm</a>'
        in body
    )
    data = b"action=avia_ajax_masonry_more&offset=6&items=6&avno=1"
    with NO_REDIRECTS.open(server.url("/wp-admin/admin-ajax.php"), data=data, timeout=10) as resp:
        more = resp.read().decode("utf-8")
    assert more.startswith("{av-masonry-loaded}")
    assert re.findall(r'<a href="([^"]+)" id="av-masonry', more) == [
        g["path"] for g in portal.GOLD[6:12]
    ]
    status, body, _ = fetch(server, "/wp-admin/admin-ajax.php")
    assert (status, body) == (400, "0")


def test_comment_replies_feeds_and_shortlinks(server: PortalServer) -> None:
    post = portal.BY_ID[2470]
    body = fetch(server, post.path)[1]
    assert f'href="{post.path}?replytocom=45#respond"' in body
    reply = fetch(server, f"{post.path}?replytocom=45")[1]
    assert "Trả lời Nguyễn Văn An" in reply
    status, _, headers = fetch(server, f"/?p={post.id}")
    assert status == 301 and headers["Location"] == post.path
    for target in ("/feed/", f"{post.path}feed/", "/tin-tuc/thong-bao/feed/"):
        status, body, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        assert body.startswith("<?xml")


def test_attachment_tag_author_and_search(server: PortalServer) -> None:
    post = portal.BY_ID[2476]
    attachment = f"{post.path}chi-bo-xdd-1/"
    assert f'href="{attachment}"' in fetch(server, post.path)[1]
    body = fetch(server, attachment)[1]
    assert _one(r'<h1 class="post-title entry-title"[^>]*>(.*?)</h1>', body) == "chi-bo-xdd-1"
    body = fetch(server, "/tag/hoi-nghi/")[1]
    assert "Lưu trữ cho thẻ: hội nghị" in body
    assert "Trang 5 / 5" in fetch(server, "/author/bientap/page/5/")[1]
    assert fetch(server, "/author/bientap/page/6/")[0] == 404
    query = "?s=khai+gi%E1%BA%A3ng"
    assert f'href="/{query}"' in fetch(server, portal.GOLD[0]["path"])[1]
    status, body, _ = fetch(server, f"/{query}")
    assert status == 200 and "Kết quả tìm kiếm cho: khai giảng" in body
    assert f'href="/page/2/{query}"' in body and "Trang 1 / 2" in body
    assert fetch(server, f"/page/2/{query}")[0] == 200
    assert fetch(server, f"/page/3/{query}")[0] == 404
    assert "Rất tiếc" in fetch(server, "/?s=xyz")[1]
    status, body, _ = fetch(server, "/?s=")
    assert status == 200 and "Tin tức – Sự kiện" in body


def test_calendar_never_ends_and_portfolio(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/su-kien/thang/")
    assert status == 200 and "/su-kien/hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026/" in body
    target = "/su-kien/thang/2026-11/"
    for _ in range(30):
        status, body, _ = fetch(server, target)
        assert status == 200
        target = re.search(r'href="([^"]+)" class="tribe-events-c-top-bar__nav-link--next"', body)[
            1
        ]
    assert target == "/su-kien/thang/2029-05/"
    assert "Không có sự kiện nào" in body
    ical = fetch(server, "/su-kien/thang/2026-12/?ical=1")
    assert ical[0] == 200 and ical[2]["Content-Type"].startswith("text/calendar")
    body = fetch(server, "/hinh-anh-hoat-dong/")[1]
    items = re.findall(r'<h3 class="grid-entry-title entry-title"[^>]*><a href="([^"]+)"', body)
    assert items == [f"/portfolio-item/{s}/" for s in portal.PORTFOLIO]
    gallery = fetch(server, items[0])[1]
    assert "avia-gallery" in gallery and "post-meta-infos" not in gallery
