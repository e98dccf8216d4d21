"""Self-check of the Squarespace 7.1 school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that 404s, a
paragraph the page does not print or an article no link, feed or sitemap reaches would waste that
crawl. Nothing here imports the crawler beyond the demo server. It also pins down what makes the
platform itself: lists paged only by offset timestamps (and a reversePaginate twin), filters
with their own offsets, the robots.txt Squarespace writes, the calendar that never ends, the
gallery's itemId copies, the 301 of the short slug, GMT feed times under a printed local day.
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

from . import squarespace_school as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
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
_INLINE = re.compile(r"</?(?:span|a|strong|em|b|i|time)\b[^>]*>")
#: what Squarespace's robots.txt keeps a polite crawler from (checked against the served file)
_DISALLOWED_QUERY = (
    "author=",
    "tag=",
    "month=",
    "view=",
    "format=json",
    "format=ical",
    "reversePaginate=",
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"<noscript>.*?</noscript>", " ", markup, flags=re.S)
    markup = _INLINE.sub("", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "//")):
            continue
        target = _local(server, urljoin(server.url(page), href.split("#", 1)[0]))
        if target:
            out.append(target)
    return out


def _allowed(target: str) -> bool:
    path, _, query = target.partition("?")
    if path in ("/search", "/account") or path.startswith(("/static/", "/api/", "/config")):
        return False
    return not any(re.search(r"(^|&)" + re.escape(p), query) for p in _DISALLOWED_QUERY)


def _content(body: str) -> str:
    """The post's own content element (``.blog-item-content``), up to the meta below it."""
    start = body.index('<div class="blog-item-content e-content"')
    return body[start : body.index('<div class="blog-meta-section blog-item-meta-bottom">', start)]


def _without_summary_block(content: str) -> str:
    return re.sub(
        r'<div class="sqs-block summary-v2-block.*?</div></div></div></div></div>',
        " ",
        content,
        flags=re.S,
    )


def test_contract_shape() -> None:
    assert portal.NAME == "squarespace_school" and portal.PLATFORM == "squarespace"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {"Tin tức", "Hoạt động ngoại khóa"}
    # both URL shapes of posts: plain slugs and the imported date urlIds
    assert any(re.search(r"/\d{4}/\d{1,2}/\d{1,2}/", p) for p in paths)
    assert any(not re.search(r"/\d{4}/", p) for p in paths)
    # the newest article is of November 2026, and nothing is dated after the header's day
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    assert max(g["published_at"] for g in portal.GOLD) <= "2026-11-25"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])  # Squarespace prints days only
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/content/v1/")
        assert img["caption"] is None or (
            img["caption"] not in paragraphs and not img["caption"].startswith("(")
        )
    for name in gold["authors"] + gold["photographers"]:
        assert not name.startswith(("ThS.", "TS.", "Cô ", "Thầy ")) and " – " not in name
        assert name not in ("Quản trị viên", "admin")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta charset="utf-8" />' in body
    title = html.escape(gold["title"], quote=True).replace("&quot;", '"').replace("&#x27;", "'")
    assert (
        f'<h1 class="entry-title entry-title--large p-name" data-content-field="title">{title}</h1>'
        in body
    )
    assert f"<title>{title} | {gold['category']} | {portal.SITE}</title>" in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"/>' in body
    content = _content(body)
    own = _without_summary_block(content)
    text = _reader_text(own)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    page = _reader_text(body)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in page
    # the printed day, Squarespace's Vietnamese short month, over the machine day
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    assert (
        f'<time class="dt-published date-highlight" datetime="{gold["published_at"]}" pubdate'
        f' data-content-field="published-on">{d} thg {m}, {y}</time>'
    ) in body
    # images: each photo once, by its real address (src without ?format, or data-src), in order
    shown = []
    for tag in re.findall(
        r"<img\s[^>]*>", re.sub(r"<noscript>.*?</noscript>", "", own, flags=re.S)
    ):
        src = re.search(r'\sdata-src="([^"]+)"', tag) or re.search(r'\ssrc="([^"]+)"', tag)
        shown.append(_local(server, html.unescape(src.group(1))))
    assert shown == [img["path"] for img in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    assert portal.TODAY in page and "Chia sẻ" in page and ("Bài trước" in page or "Bài sau" in page)
    assert (
        "Đăng bởi" in page and "Được tạo bằng Squarespace" in page and "Tổng lượt truy cập" in page
    )


def test_summary_block_sits_inside_the_post_content(server: PortalServer) -> None:
    with_block = [s for s in portal.STORIES if portal.SUMMARY in s.blocks]
    assert len(with_block) >= 2
    for story in with_block:
        _, body, _ = fetch(server, portal.article_path(story))
        content = _content(body)
        assert "Bài viết khác" in content and "summary-thumbnail-image" in content
        others = [o for o in portal.posts(story.cat) if o.id != story.id][:3]
        for other in others:
            assert f'href="{portal.article_path(other)}" class="summary-title-link"' in content


def test_slideshow_captions_are_apart_from_their_slides(server: PortalServer) -> None:
    story = portal.STORIES[0]
    _, body, _ = fetch(server, portal.article_path(story))
    gallery = body.split('<div class="sqs-block gallery-block', 1)[1].split(
        '<div class="row sqs-row">', 1
    )[0]
    slides, metas = gallery.split('<div class="sqs-gallery-meta-container">', 1)
    assert 'alt="IMG_2041.JPG"' in slides and "meta-description" not in slides
    assert metas.count('class="meta-description"') == 3
    # a slideshow of the other collection leaves one slide without description
    nk = next(s for s in portal.STORIES if s.id == 10)
    _, body, _ = fetch(server, portal.article_path(nk))
    assert body.count('<div class="slide"') == 3 and body.count('class="meta-description"') == 2


def _walk(server: PortalServer, limit: int = 400) -> set[str]:
    """Every target reached by <a href> from the start page, as a robots-obeying crawler would."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if _allowed(link) and not re.search(r"\.(jpe?g|png|pdf|ico|css|js)(\?|$)", link, re.I):
                queue.append(link)
    assert len(seen) < limit, "the robots-allowed link graph must be finite"
    return seen


def test_reachability_by_links_feeds_and_sitemap(server: PortalServer) -> None:
    gold_paths = {g["path"] for g in portal.GOLD}
    reached = _walk(server)
    assert gold_paths <= reached
    sitemap_only = {
        e.path for e in portal.EVENTS if e.day.date() < portal.datetime(2026, 11, 25).date()
    }
    assert set(portal.NON_ARTICLES) - {portal.PDF_PATH} - reached <= sitemap_only
    # robots.txt names the sitemap, which lists every article
    _, robots, _ = fetch(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, headers = fetch(server, sitemap)
    assert headers["Content-Type"].startswith("application/xml")
    in_sitemap = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert gold_paths <= in_sitemap
    # each collection's feed is announced on its pages and carries all its posts
    for coll in portal.COLLECTIONS:
        _, page, _ = fetch(server, f"/{coll}")
        assert (
            f'type="application/rss+xml" title="{portal.COLLECTIONS[coll][0]}" href="{server.base_url}/{coll}?format=rss"'
            in page
        )
        _, rss, headers = fetch(server, f"/{coll}?format=rss")
        assert headers["Content-Type"].startswith("application/rss+xml")
        links = {_local(server, u) for u in re.findall(r"<link>([^<]+)</link>", rss)}
        assert {g["path"] for g in portal.GOLD if g["path"].startswith(f"/{coll}/")} <= links


def _list_items(body: str) -> list[str]:
    return re.findall(
        r'<h1 class="blog-title" data-animation-role="heading"><a href="([^"]+)"', body
    )


def test_lists_are_paged_only_by_offset_links(server: PortalServer) -> None:
    for coll in portal.COLLECTIONS:
        target: str | None = f"/{coll}"
        pages: list[str] = []
        listed: list[str] = []
        while target:
            pages.append(target)
            _, body, _ = fetch(server, target)
            assert "?page=" not in body
            listed += _list_items(body)
            older = re.search(
                r'<div class="older"><a href="([^"]+)" rel="next"><span class="older-label">Bài đăng cũ hơn</span>',
                body,
            )
            target = html.unescape(older.group(1)) if older else None
            if target:
                assert re.fullmatch(rf"/{coll}\?offset=\d{{13}}", target)
        assert pages == portal.list_pages(coll)
        assert listed == [portal.article_path(s) for s in portal.posts(coll)]
    assert len(portal.list_pages("tin-tuc")) == 3
    # page 2's "newer" link is the reversePaginate twin of page 1
    _, page2, _ = fetch(server, portal.list_pages("tin-tuc")[1])
    newer = html.unescape(
        re.search(r'<div class="newer"><a href="([^"]+)" rel="prev">', page2).group(1)
    )
    assert "reversePaginate=true&offset=" in newer
    _, twin, _ = fetch(server, newer)
    _, first, _ = fetch(server, "/tin-tuc")
    assert _list_items(twin) == _list_items(first)
    # a category filter has its own offset chain, links written percent-encoded
    cat_pages = portal.list_pages("tin-tuc", "Sự kiện")
    assert len(cat_pages) == 2 and cat_pages[0] == "/tin-tuc?category=S%E1%BB%B1+ki%E1%BB%87n"
    _, body, _ = fetch(server, cat_pages[0])
    assert f'href="{html.escape(cat_pages[1])}" rel="next"' in body
    # an unknown category is an empty list, not an error
    status, body, _ = fetch(server, "/tin-tuc?category=Kh%C3%B4ng+c%C3%B3")
    assert status == 200 and not _list_items(body) and "Chưa có bài viết nào." in body


def test_robots_txt_is_squarespaces(server: PortalServer) -> None:
    _, robots, headers = fetch(server, "/robots.txt")
    assert headers["Content-Type"].startswith("text/plain")
    for line in (
        "Disallow: /search",
        "Disallow:/*?author=*",
        "Disallow:/*?tag=*",
        "Disallow:/*?view=*",
        "Disallow:/*&month=*",
        "Disallow:/*?format=json",
        "Disallow:/*?reversePaginate=*",
    ):
        assert line in robots
    assert "offset" not in robots and "category" not in robots


def test_traps_behave_as_described(server: PortalServer) -> None:
    # the short slug of an imported post: the school's URL mapping, 301 to the date urlId
    ((short, dated),) = portal.SHORT_LINKS.items()
    status, _, headers = fetch(server, short)
    assert status == 301 and headers["Location"] == dated
    linking = next(s for s in portal.STORIES if s.opts.get("link"))
    _, body, _ = fetch(server, portal.article_path(linking))
    assert f'<a href="{short}">' in _content(body)
    # the events calendar answers any month and always links the next one
    status, body, _ = fetch(server, "/su-kien?view=calendar&month=12-2999")
    assert status == 200 and 'href="/su-kien?view=calendar&amp;month=1-3000"' in body
    # the gallery's lightbox links serve the very same page
    base = fetch(server, "/thu-vien-anh")[1]
    for item in portal.GALLERY_IDS:
        assert f'href="/thu-vien-anh?itemId={item}"' in base
        assert fetch(server, f"/thu-vien-anh?itemId={item}")[1] == base
    # search is a script shell for any query
    status, body, _ = fetch(server, "/search?q=h%E1%BB%8Dc+b%E1%BB%95ng")
    assert status == 200 and not set(_links(server, "/search", body)) & {
        g["path"] for g in portal.GOLD
    }
    # JSON format of lists and posts
    status, raw, headers = fetch(server, "/tin-tuc?format=json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    doc = json.loads(raw)
    assert doc["pagination"]["nextPageUrl"] == portal.list_pages("tin-tuc")[1]
    status, raw, _ = fetch(server, portal.GOLD[0]["path"] + "?format=json")
    assert json.loads(raw)["item"]["fullUrl"] == portal.GOLD[0]["path"]
    # a true 404, folder and trailing-slash redirects
    assert fetch(server, "/tin-tuc/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/ve-truong")[2].get("Location") == "/gioi-thieu"
    assert fetch(server, portal.GOLD[0]["path"] + "/")[0] == 301


def test_machine_times_disagree_with_the_printed_day(server: PortalServer) -> None:
    notice = next(s for s in portal.STORIES if s.id == 2)
    path = portal.article_path(notice)
    _, body, _ = fetch(server, path)
    assert '<meta itemprop="datePublished" content="2026-11-18T06:20:00+0700"/>' in body
    assert ">18 thg 11, 2026</time>" in body
    _, rss, _ = fetch(server, "/tin-tuc?format=rss")
    item = rss.split(f"<link>{server.base_url}{path}</link>")[0].rsplit("<item>", 1)[1]
    assert "<pubDate>Tue, 17 Nov 2026 23:20:00 +0000</pubDate>" in item
    gold = next(g for g in portal.GOLD if g["path"] == path)
    assert gold["published_at"] == "2026-11-18"
    # the list prints a two-digit year
    _, listing, _ = fetch(server, "/tin-tuc")
    assert '<time class="blog-date" pubdate data-animation-role="date">18/11/26</time>' in listing


def test_encodings_and_imported_markup(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, body, headers = fetch(server, portal.article_path(story))
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        content = _content(body)
        assert unicodedata.is_normalized("NFC", body)
        if story.opts.get("wp"):
            assert re.search(r"&#82(?:20|21|11|30);", content)
            assert "“" not in _without_summary_block(content)
            # the old caption is a centred italic line in its own html block, under the image block
            for img in story.images:
                if img.caption:
                    assert (
                        f'<p class="" style="text-align:center;white-space:pre-wrap;"><em>{img.caption}</em></p>'
                        in content
                    )
        else:
            assert not re.search(r"&#82(?:20|21|11|30);", content)


def test_bylines_and_captions_are_not_body(server: PortalServer) -> None:
    for gold in portal.GOLD:
        body = gold["body"]
        for marker in (
            "Bài:",
            "Ảnh:",
            "Tin:",
            "Nguồn:",
            "Bài và ảnh",
            "Đăng bởi",
            "Bài viết khác",
            "Đăng ký tham quan",
        ):
            assert marker not in body, (gold["path"], marker)
        for img in gold["images"]:
            if img["caption"]:
                assert img["caption"] not in body


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
    assert fetch(server, "/tin-tuc?format=rss")[1] == fetch(server, "/tin-tuc?format=rss")[1]
