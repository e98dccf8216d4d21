"""Self-check of the Wix school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that does not
answer, a paragraph the page does not print or an article nothing reaches would waste that
crawl. Nothing here imports the crawler beyond the demo server. Besides the gold, it pins down
what the docstring of ``wix_school`` promises: the rich-content region prints the gold and
nothing else but the excluded lines, relative dates with the full date in ``title``, the UTC meta
time a day off on one post, percent-encoded Unicode slugs, the feed and the sitemaps, the
hashtag soft 404, listing pages past the last, the gallery's ``?pgid=`` views and the old
``/single-post/`` address.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wix_school as portal
from ._selfcheck import fetch

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_BY_PATH = {portal.post_path(s): s for s in portal.STORIES}
_REGION_START = '<div class="_6SyeS" data-hook="post-description">'
_REGION_END = '<div class="_3Ku3Q" data-hook="post-footer">'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader(markup: str) -> str:
    """Text as a reader sees it: inline tags vanish, block tags break, entities and NBSP resolved."""
    inline = re.sub(r"</?(a|span|strong|em|b|i)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(
        unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split()
    )


def _local(server: PortalServer, href: str) -> str | None:
    parts = urlsplit(html.unescape(href))
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _region(body: str) -> str:
    return body.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _wix_date(stamp: str) -> str:
    d = date.fromisoformat(stamp)
    return f"{d.day} thg {d.month}, {d.year}"


def test_contract_shape() -> None:
    assert portal.NAME == "wix_school" and portal.PLATFORM == "wix" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _DAY.match(gold["published_at"])  # Wix prints no time
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) and "\xa0" not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"url", "caption"}
        assert img["url"].startswith("https://static.wixstatic.com/media/a3c9f1_")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and name != "Admin"


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-24:])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    story = _BY_PATH[gold["path"]]
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    page = _reader(body)
    title = html.escape(gold["title"], quote=True)
    assert (
        f'data-hook="post-title"><span class="post-title__text blog-post-title-font">{title}</span></h1>'
        in body
    )
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
    # the post's own date: Wix's time-ago with the full date in its title
    header = body.split('data-hook="post-header">', 1)[1].split("</ul>", 1)[0]
    assert (
        f'data-hook="time-ago" title="{_wix_date(gold["published_at"])}">{portal.shown_date(story)}</span>'
        in header
    )
    # the region holds the gold paragraphs in order, the captions, and only the excluded lines
    region = _region(body)
    rest = _reader(region)
    expected = [*gold["body"].split("\n\n")]
    for block in story.blocks:
        if hasattr(block, "html"):
            expected.append(block.html.split(":", 1)[1])
    expected += [img["caption"] for img in gold["images"] if img["caption"]]
    expected += [f"#{h}" for h in story.opts.get("hashtags", ())]
    for piece in sorted(expected, key=len, reverse=True):
        assert piece in rest, piece[:60]
        rest = rest.replace(piece, " ", 1)
    assert not rest.strip(), rest[:200]
    reader_region = _reader(region)
    positions = [reader_region.index(p) for p in gold["body"].split("\n\n")]
    assert positions == sorted(positions)
    srcs = [html.unescape(s) for s in re.findall(r'<img src="([^"]+)"', region)]
    assert srcs == [img["url"] for img in gold["images"]]
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in page
    crumbs = re.search(r'data-hook="breadcrumbs">(.*?)</nav>', body).group(1)
    assert re.findall(r'data-hook="breadcrumb-item">([^<]+)</a>', crumbs) == [
        "Tất cả bài viết",
        gold["category"],
    ]
    assert portal.TODAY in page and "lượt xem" in page and "Tạo bởi Wix.com" in page
    assert "Bài viết liên quan" in page and "Bài đăng gần đây" in page and "Đăng nhập" in page
    assert "Trang web này sử dụng cookie." in page and "Lượt truy cập:" in page


def test_writer_and_signatures_as_the_docstring_says(server: PortalServer) -> None:
    """The header's writer is the author only when nothing signs; Admin is nobody."""
    for gold in portal.GOLD:
        story = _BY_PATH[gold["path"]]
        name, _, owner = portal.MEMBERS[story.opts["writer"]]
        _, body, _ = fetch(server, gold["path"])
        header = body.split('data-hook="post-header">', 1)[1].split("</ul>", 1)[0]
        assert f'class="_2tLFu">{html.escape(name)}</a></span>' in header
        signed = any(
            hasattr(b, "html") and b.html.startswith(("sign:", "nameline:")) for b in story.blocks
        )
        if not signed:
            assert gold["authors"] == ([] if owner else [name])
    teacher = next(g for g in portal.GOLD if g["authors"] == ["Nguyễn Thị Hạnh"])
    _, body, _ = fetch(server, teacher["path"])
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1))
    assert ld["author"]["name"] == "Phạm Thu Trang"
    assert "Cô Nguyễn Thị Hạnh - GVCN lớp 3A" in _reader(_region(body))
    assert html.escape("Cô Nguyễn Thị Hạnh - GVCN lớp 3A Ở lứa tuổi") in body  # the auto-excerpt


def test_dates_relative_and_meta_in_utc(server: PortalServer) -> None:
    early = next(s for s in portal.STORIES if s.opts["at"].endswith("06:40"))
    _, body, _ = fetch(server, portal.post_path(early))
    meta = re.search(r'<meta property="article:published_time" content="([^"]+)">', body).group(1)
    assert meta.startswith("2026-11-22T23:40:12.") and meta.endswith("Z")
    assert early.published_at == "2026-11-23" and "2 ngày trước" in body
    old = next(s for s in portal.STORIES if s.published_at.startswith("2025"))
    _, body, _ = fetch(server, portal.post_path(old))
    assert 'title="28 thg 5, 2025">28 thg 5, 2025</span>' in body
    updated = [s for s in portal.STORIES if "updated" in s.opts]
    assert updated
    for s in updated:
        _, body, _ = fetch(server, portal.post_path(s))
        assert "Đã cập nhật: " in body


def _walk(server: PortalServer) -> set[str]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        assert len(seen) < 400, "the link graph should be finite"
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in _HREF.findall(body):
            link = _local(server, href)
            if link and not re.search(r"\.(jpe?g|png|gif|pdf|css|js|xml)$", link):
                queue.append(link)
    return seen


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    linked = _walk(server)
    assert articles <= linked
    assert set(portal.NON_ARTICLES) <= linked
    assert portal.OLD_ADDRESS in linked
    _, blog, _ = fetch(server, "/blog")
    feed_href = re.search(
        r'<link rel="alternate" type="application/rss\+xml" [^>]*href="([^"]+)"', blog
    ).group(1)
    _, feed, headers = fetch(server, _local(server, feed_href))
    assert (
        headers["Content-Type"].startswith("application/xml")
        and "<generator>RSS for Node</generator>" in feed
    )
    in_feed = {_local(server, u) for u in re.findall(r"<link>([^<]+/post/[^<]+)</link>", feed)}
    assert in_feed == articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        _, xml, _ = fetch(server, _local(server, child))
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap


def test_listings_page_three_at_a_time(server: PortalServer) -> None:
    for slug in portal.CATS:
        items = portal.newest(slug)
        pages = -(-len(items) // portal.PER_PAGE)
        listed: list[str] = []
        for n in range(1, pages + 1):
            target = f"/blog/categories/{slug}" + (f"/page/{n}" if n > 1 else "")
            status, body, _ = fetch(server, target)
            assert status == 200
            grid = body.split('data-hook="post-list">', 1)[1].split(
                'data-hook="blog-pagination-container"', 1
            )[0]
            listed += [
                _local(server, h) for h in re.findall(r'<a href="([^"]+)" class="_1fBf4">', grid)
            ]
            if n < pages:
                assert (
                    f'<link rel="next" href="{server.base_url}/blog/categories/{slug}/page/{n + 1}">'
                    in body
                )
        assert listed == [portal.post_path(s) for s in items]
    assert -(-len(portal.newest("tin-tuc")) // portal.PER_PAGE) >= 3
    two = next(s for s in portal.STORIES if s.opts.get("cats"))
    assert portal.post_path(two) in {portal.post_path(s) for s in portal.newest("tin-tuc")}


def test_traps_behave_as_described(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/blog/hashtags/bat-ky-the-nao")
    assert status == 200 and "Chưa có bài đăng nào" in body
    status, body, _ = fetch(server, "/blog/page/9")
    assert (
        status == 200
        and "Chưa có bài đăng nào" in body
        and 'data-hook="post-list-item"' not in body.split("Bài đăng gần đây")[0]
    )
    status, body, _ = fetch(server, "/blog/categories/tin-tuc/page/7")
    assert status == 200 and "Chưa có bài đăng nào" in body
    assert fetch(server, "/blog/categories/khong-co")[0] == 404
    status, body, _ = fetch(server, "/post/khong-co-bai-nay")
    assert status == 404 and "Không tìm thấy trang" in body
    old = next(s for s in portal.STORIES if s.published_at.startswith("2025"))
    status, _, headers = fetch(server, portal.OLD_ADDRESS)
    assert status == 301 and headers["Location"] == server.base_url + portal.post_path(old)
    for target in portal.NON_ARTICLES:
        if "pgid=" in target:
            _, body, _ = fetch(server, target)
            assert f'<link rel="canonical" href="{server.base_url}/thu-vien-anh">' in body
            assert 'data-hook="fullscreen-view"' in body
    _, body, _ = fetch(server, "/thu-vien-anh")
    assert body.count("/thu-vien-anh?pgid=") == len(portal.GALLERY)
    _, docs, _ = fetch(server, "/van-ban-bieu-mau")
    for key, _, _ in portal.DOCS:
        assert portal.doc_path(key) in docs
        status, _, headers = fetch(server, portal.doc_path(key))
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_unicode_slugs_are_percent_encoded(server: PortalServer) -> None:
    unicode_posts = [s for s in portal.STORIES if s.opts.get("slug_vi")]
    assert len(unicode_posts) >= 3
    for s in unicode_posts:
        path = portal.post_path(s)
        assert re.search(r"%[0-9A-F]{2}", path) and path.isascii()
        assert fetch(server, path.lower().replace("/post/", "/post/", 1))[0] == 200
        _, body, _ = fetch(server, "/blog-feed.xml")
        assert f"{server.base_url}{path}" in body
    for s in portal.STORIES:
        if not s.opts.get("slug_vi"):
            assert s.slug.isascii()


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
