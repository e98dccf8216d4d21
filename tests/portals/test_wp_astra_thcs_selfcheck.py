"""Self-check of the WordPress/Astra school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes the crawler for it; a gold target
that 404s, a paragraph the page does not print, or an article no link, feed or sitemap reaches
would waste that crawl. Nothing here imports the crawler beyond the demo server. It also pins
down what the module docstring promises: Astra's markup and pagination, the in-text TOC whose
links are anchors of the same page, the ``?replytocom`` and ``?amp`` views of every post, the
per-post comment feeds, 404 past the last archive page and the SEO plugin's UTC timestamps.
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

from . import wp_astra_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _entry_content(body: str) -> str:
    return body.split('<div class="entry-content clear" itemprop="text">', 1)[1].split(
        "</div><!-- .entry-content .clear -->", 1
    )[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href).split("#", 1)[0])
        if target:
            out.append(target)
    return out


def _gold_paths() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def test_contract_shape() -> None:
    assert portal.NAME == "wp_astra_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/")[-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])  # Astra prints the day only
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for line in paragraphs:
        assert not re.match(r"^(Tin|Ảnh|Tin, ảnh|Tin và ảnh|Nguồn)\s*:", line)
        assert line not in ("Mục lục", "Đăng ký tham gia", "Chia sẻ:")
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/wp-content/uploads/2026/")
        assert img["caption"] is None or img["caption"] not in paragraphs


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].strip("/")[-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    base = server.base_url
    assert "ast-separate-container" in body and 'class="hfeed site" id="page"' in body
    h1 = re.search(r'<h1 class="entry-title" itemprop="headline">(.*?)</h1>', body).group(1)
    assert unicodedata.normalize("NFC", html.unescape(h1)) == gold["title"]
    content = _entry_content(body)
    text = _reader_text(content)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    page = _reader_text(body)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert srcs == [base + i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in body
    crumbs = re.search(r'<ul class="trail-items">(.*?)</ul>', body).group(1)
    assert _reader_text(re.findall(r"<a [^>]*><span>(.*?)</span></a>", crumbs)[-1]) == gold["category"]
    cat = re.search(r'<span class="cat-links">(.*?)</span>', body).group(1)
    assert _reader_text(cat) == gold["category"]
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    assert f'itemprop="datePublished">Ngày {d} Tháng {m}, {y}</span>' in body
    assert portal.TODAY in page and "Tổng lượt truy cập" in page and "Bài viết liên quan" in page
    assert "Lượt xem:" in text and "Chia sẻ:" in text  # plugins print inside entry-content
    assert ("Bài trước" in page or "Bài tiếp" in page) and "Để lại một bình luận" in page


def test_featured_image_repeats_the_first_photo(server: PortalServer) -> None:
    shown = 0
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(story))
        thumb = re.search(r'<div class="post-thumb-img-content post-thumb"><img [^>]*src="([^"]+)"', body)
        if story.opts.get("thumb"):
            shown += 1
            stem = story.images[0].src.rsplit(".", 1)[0]
            assert thumb and thumb.group(1) == f"{server.base_url}{stem}-768x512.jpg"
            assert '<header class="entry-header">' in body
        else:
            assert thumb is None and '<header class="entry-header ast-no-thumbnail">' in body
    assert shown >= 2


def test_alternative_views_repeat_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        assert gold["alt_paths"][0] == gold["path"] + "?amp=1"
        _, clean, _ = fetch(server, gold["path"])
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}"' in body
            text = _reader_text(body)
            for paragraph in gold["body"].split("\n\n"):
                assert paragraph in text
            if "replytocom" in alt:
                assert f'href="{server.base_url}{alt}#respond"' in clean
            else:
                assert "<html amp" in body and f'<link rel="amphtml" href="{server.base_url}{alt}">' in clean
    assert sum("replytocom" in a for g in portal.GOLD for a in g["alt_paths"]) >= 2


def _walk(server: PortalServer) -> set[str]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not re.search(r"\.(jpe?g|png|pdf|css|js)$", link) and "?share=" not in link:
                queue.append(link)
    return seen


def test_reachability_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = _gold_paths()
    seen = _walk(server)
    assert articles <= seen
    assert set(portal.NON_ARTICLES) - {"/?s=khai+gi%E1%BA%A3ng"} <= seen
    _, feed, headers = fetch(server, "/feed/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = {_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)} - {"/"}
    assert len(in_feed) == portal.FEED_SIZE and in_feed <= articles
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        status, xml, _ = fetch(server, _local(server, child))
        assert status == 200
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap


def test_pagination_and_404_past_the_end(server: PortalServer) -> None:
    roots = portal.listings()
    assert max(len(portal.listing_pages(r)) for r in roots if r.startswith("/chuyen-muc/")) >= 3
    for root, stories in roots.items():
        pages = portal.listing_pages(root)
        listed: list[str] = []
        for n, target in enumerate(pages, 1):
            status, body, _ = fetch(server, target)
            assert status == 200
            nav = re.search(r'<div class="ast-pagination">.*?</nav></div>', body)
            if len(pages) > 1:
                links = _links(server, target, nav.group(0))
                if n < len(pages):
                    assert "Trang sau &rarr;</a>" in nav.group(0) and pages[n] in links
                if n > 1:
                    assert "&larr; Trang trước</a>" in nav.group(0)
            else:
                assert nav is None
            listed += re.findall(r'<h2 class="entry-title ast-blog-single-element" itemprop="headline"><a href="[^"]*?(/[^"/]+/)"', body)
        assert listed == [portal.article_path(s) for s in stories]
        status, body, _ = fetch(server, f"{root}page/{len(pages) + 1}/")
        assert status == 404 and "Không tìm thấy trang này." in body
    assert fetch(server, "/page/2/")[0] == 404
    assert fetch(server, "/khong-co-bai-nay/")[0] == 404


def test_traps(server: PortalServer) -> None:
    base = server.base_url
    gold = portal.GOLD[0]
    # the slashless path and the shortlink answer 301, as redirect_canonical() does
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == base + gold["path"]
    story = portal.STORIES[0]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == base + portal.article_path(story)
    # every post announces its comments feed: RSS, not a page
    _, body, _ = fetch(server, gold["path"])
    feed = re.search(r'Dòng phản hồi" href="([^"]+/feed/)"', body).group(1)
    status, xml, headers = fetch(server, _local(server, feed))
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    assert xml.startswith("<?xml")
    # the Spectra TOC links headings of the same text, by fragment
    tocs = 0
    for s in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(s))
        if '<div class="uagb-toc__title">Mục lục</div>' not in body:
            continue
        tocs += 1
        anchors = re.findall(r'class="uagb-toc__list"><a href="([^"]+)"', body)
        assert len(anchors) >= 2
        for a in anchors:
            page, frag = a.split("#")
            assert page == base + portal.article_path(s) and f'id="{frag}"' in body
        assert "Mục lục" not in next(g for g in portal.GOLD if g["path"] == portal.article_path(s))["body"]
    assert tocs == 2
    # the SEO plugin's timestamp is UTC: the 06:30 post is stamped the previous day
    _, body, _ = fetch(server, "/le-khai-giang-nam-hoc-2026-2027/")
    assert '<meta property="article:published_time" content="2026-09-04T23:30:00+00:00" />' in body
    assert 'itemprop="datePublished">Ngày 5 Tháng 9, 2026</span>' in body
    # the call-to-action box is printed, but is no body text
    _, body, _ = fetch(server, "/cau-lac-bo-stem-tuyen-thanh-vien-nam-hoc-2026-2027/")
    assert '<h3 class="uagb-cta__title">Đăng ký tham gia</h3>' in body
    # attachment pages look like posts
    for target in [t for t in portal.NON_ARTICLES if t.count("/") == 3 and "ke-hoach-nho" in t]:
        _, body, _ = fetch(server, target)
        assert '<h1 class="entry-title" itemprop="headline">' in body and "Được đăng trong" in body


def test_text_forms(server: PortalServer) -> None:
    """wptexturize: curly quotes and dashes as numeric references; some &nbsp; in text."""
    _, body, headers = fetch(server, "/le-khai-giang-nam-hoc-2026-2027/")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert "Lễ khai giảng năm học 2026 &#8211; 2027</h1>" in body
    _, body, _ = fetch(server, "/lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun/")
    assert "&#8220;Kế hoạch nhỏ&#8221; thu gom giấy vụn</h1>" in body and "nhân&nbsp;dịp" in body


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
