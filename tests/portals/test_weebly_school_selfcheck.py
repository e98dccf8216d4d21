"""Self-check of the Weebly school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that 404s, a
paragraph the page does not print, or a post nothing reaches would waste that crawl. Nothing here
imports the crawler beyond the demo server. It also pins down what makes the platform what it is:
full-text listings (a one-post category prints the very post), the ``<<Trước`` pagination,
tracking-parameter URLs served as the post, Weebly's ``j/n/Y`` dates, the GMT feed and the post
typed in decomposed Unicode.
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

from . import weebly_school as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_BYLINE = re.compile(r"^(Ảnh|Người viết|Tin|Tin và ảnh|Nguồn): ")
_CAPTION = re.compile(r'<div style="display:block;font-size:90%">(.*?)</div>', re.S)
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)(\?.*)?$")
_STORY = {portal.article_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(?:a|strong|em|span|b|i|font)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _post_div(body: str) -> str:
    """The ``div.blog-post`` of a post page (the first one of a listing)."""
    start = body.index('<div id="blog-post-')
    return body[start : body.index('<p class="blog-comments-bottom">', start)]


def _content(body: str) -> str:
    start = body.index('<div class="blog-content">') + len('<div class="blog-content">')
    return body[start : body.index('\n</div>\n<div class="blog-social ', start)]


def _lines(content: str) -> list[str]:
    """The text lines a reader sees in a post's content, captions, gallery and file box aside."""
    content = _CAPTION.sub("", content)
    content = re.sub(r'<div class="wsite-file">.*?</a></div></div>', "", content, flags=re.S)
    parts = re.split(r"<br\s*/?>|</?(?:div|li|ul|p|td|tr|table|tbody|iframe)\b[^>]*>", content)
    return [line for part in parts if (line := _reader(part))]


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


def _printed_date(stamp: str) -> str:
    y, m, d = (int(x) for x in stamp.split("-"))
    return f"{d}/{m}/{y}"


def test_contract_shape() -> None:
    assert portal.NAME == "weebly_school" and portal.PLATFORM == "weebly"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert 2 <= len(portal.CATS) <= 4
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == 2 and all("?" in a for a in alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
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
        assert set(img) == {"path", "caption"} and img["path"].startswith(portal.UP)
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert not name.startswith(("Cô ", "Thầy ")) and "–" not in name


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    targets += [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][-24:])
def test_gold_is_what_the_page_prints(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta charset="utf-8" />' in body and 'rel="canonical"' not in body
    post = _post_div(body)
    title = re.search(r'<a class="blog-title-link blog-link" href="([^"]+)">(.*?)</a>', post)
    assert title.group(1) == gold["path"] and _nfc(title.group(2)) == gold["title"]
    date_text = re.search(r'<span class="date-text">\n([^<]+)\n</span>', post).group(1)
    assert date_text == _printed_date(gold["published_at"])
    assert re.search(r"^\d{1,2}/\d{1,2}/\d{4}$", date_text)
    crumb = re.search(r'<p class="blog-category">Chuyên mục: <a href="[^"]+">([^<]+)</a></p>', post)
    assert crumb.group(1) == gold["category"]
    content = _content(body)
    lines = _lines(content)
    bylines = [line for line in lines if _BYLINE.match(line)]
    assert [line for line in lines if not _BYLINE.match(line)] == gold["body"].split("\n\n")
    credited = " ".join(bylines)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in credited
    if not (gold["authors"] or gold["photographers"] or gold["source"]):
        assert not bylines
    srcs = [html.unescape(s) for s in re.findall(r'<img src="([^"]+)"', content)]
    assert srcs == [i["path"] for i in gold["images"]]
    captions = [_reader(c) or None for c in _CAPTION.findall(content)]
    in_wsite_image = [i["caption"] for i in gold["images"] if "hkpd-" not in i["path"]]
    assert captions == in_wsite_image
    if gold["summary"]:
        assert f"<strong>{html.escape(gold['summary'], quote=False)}</strong>" in content
    page = _reader(body)
    assert f"Hôm nay: {portal.TODAY}" in page and "Lượt truy cập:" in page
    assert "Được tạo bởi Weebly" in page and portal.ADDRESS in page and portal.HOTLINE in page
    assert "0 Bình luận" in page and "Để lại bình luận." in page and "RSS Feed" in page


def test_decomposed_post_is_printed_decomposed(server: PortalServer) -> None:
    story = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, body, _ = fetch(server, portal.article_path(story))
    content = _content(body)
    assert not unicodedata.is_normalized("NFC", content)
    assert unicodedata.normalize("NFD", story.paragraphs[0]) in content
    others = [s for s in portal.STORIES if not s.opts.get("nfd")]
    for s in others[:3]:
        assert unicodedata.is_normalized("NFC", _content(fetch(server, portal.article_path(s))[1]))


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    """Targets reached by following <a href> from the start page, and the feeds announced."""
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
        feeds |= {
            _local(server, h)
            for h in re.findall(r'type="application/rss\+xml" title="RSS" href="([^"]+)"', body)
        }
        queue.extend(link for link in _links(server, target, body) if not _NOT_PAGES.search(link))
    return seen, feeds


def test_every_post_is_reached_by_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    seen, feeds = _walk(server)
    assert articles <= seen
    assert set(portal.NON_ARTICLES) <= seen
    assert {a for g in portal.GOLD for a in g.get("alt_paths", [])} <= seen
    assert feeds == {"/1/feed"}
    _, feed, headers = fetch(server, "/1/feed")
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = {
        _local(server, u) for u in re.findall(r"<link><!\[CDATA\[(http[^\]]+)\]\]></link>", feed)
    }
    assert articles <= in_feed
    _, robots, _ = fetch(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, _ = fetch(server, sitemap)
    assert articles <= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}


def _listing_chain(server: PortalServer, first: str) -> list[str]:
    """Follow '<<Trước' from the first page; check each 'Tiếp>>' points back."""
    pages = [first]
    while True:
        _, body, _ = fetch(server, pages[-1])
        older = re.search(
            r'<div class="blog-page-nav-previous"><a href="([^"]+)" class="blog-link">&lt;&lt;Trước</a>',
            body,
        )
        if len(pages) > 1:
            newer = re.search(
                r'<div class="blog-page-nav-next"><a href="([^"]+)" class="blog-link">Tiếp&gt;&gt;</a>',
                body,
            )
            assert newer.group(1) == pages[-2]
        if not older:
            return pages
        pages.append(older.group(1))


def _posts_on(server: PortalServer, target: str) -> list[str]:
    _, body, _ = fetch(server, target)
    return re.findall(r'<a class="blog-title-link blog-link" href="([^"]+)">', body)


def test_listings_print_every_post_in_full(server: PortalServer) -> None:
    chain = _listing_chain(server, "/tin-tuc")
    assert chain == ["/tin-tuc", *(f"/tin-tuc/previous/{n}" for n in range(2, 6))]
    listed = [p for page in chain for p in _posts_on(server, page)]
    assert listed == [g["path"] for g in portal.GOLD]  # newest first, every post once
    og_url = re.compile(r'<meta property="og:url" content="[^"]*" />')
    assert og_url.sub("", fetch(server, "/tin-tuc.html")[1]) == og_url.sub(
        "", fetch(server, "/tin-tuc")[1]
    )
    _, first_page, _ = fetch(server, "/tin-tuc")
    for path in listed[: portal.PER_PAGE]:
        article = fetch(server, path)[1]
        assert _post_div(article)[:-1] in first_page  # the whole post, body and photos included
    assert "Để lại bình luận." not in first_page
    cat_chain = _listing_chain(server, "/tin-tuc/category/hoat-dong-nha-truong")
    assert len(cat_chain) == 3
    assert [p for page in cat_chain for p in _posts_on(server, page)] == [
        portal.article_path(s) for s in portal.newest("hoat-dong-nha-truong")
    ]
    all_chain = _listing_chain(server, "/tin-tuc/category/all")
    assert [p for page in all_chain for p in _posts_on(server, page)] == listed
    months = [
        p
        for m in portal.MONTHS
        for page in _listing_chain(server, f"/tin-tuc/archives/{m}")
        for p in _posts_on(server, page)
    ]
    assert months == listed


@pytest.mark.parametrize("listing", ["/tin-tuc/category/tuyen-sinh", "/tin-tuc/archives/05-2026"])
def test_one_post_listing_prints_exactly_that_post(server: PortalServer, listing: str) -> None:
    story = portal.newest("tuyen-sinh")[0]
    _, page, _ = fetch(server, listing)
    _, article, _ = fetch(server, portal.article_path(story))
    assert _posts_on(server, listing) == [portal.article_path(story)]
    assert _post_div(page) == _post_div(article)
    assert "blog-page-nav-previous" not in page and "Để lại bình luận." not in page
    assert '<span class="date-text">\n11/5/2026\n</span>' in page  # 11 May, no leading zeros


def test_tracking_urls_serve_the_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            assert alt.startswith(gold["path"] + "?")
            status, body, _ = fetch(server, alt)
            assert status == 200 and body == fetch(server, gold["path"])[1]
    _, home, _ = fetch(server, "/")
    assert (
        f'href="{portal.GOLD[0]["path"]}?utm_source=zalo&amp;utm_medium=zalo&amp;utm_campaign=zalo"'
        in home
    )
    khai_giang = next(g for g in portal.GOLD if g["path"].endswith("/l-khai-ging-nm-hc-2026-2027"))
    _, post, _ = fetch(
        server, "/tin-tuc/lien-doi-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027"
    )
    assert f'href="{html.escape(khai_giang["alt_paths"][0])}"' in post
    assert khai_giang["title"].startswith(
        "Lễ khai giảng"
    )  # slug made by dropping non-ASCII letters


def test_feed_dates_are_gmt(server: PortalServer) -> None:
    _, feed, _ = fetch(server, "/1/feed")
    assert "<generator>Weebly</generator>" in feed
    early = next(s for s in portal.STORIES if s.opts["at"].endswith("06:40"))
    item = feed.split(f"/tin-tuc/{early.slug}]]></link>", 1)[1]
    assert (
        re.search(r"<pubDate>([^<]+)</pubDate>", item).group(1) == "Thu, 12 Nov 2026 23:40:00 GMT"
    )
    assert early.published_at == "2026-11-13"


def test_static_pages_are_not_posts(server: PortalServer) -> None:
    for target in [*portal.STATIC_PAGES, "/"]:
        _, body, _ = fetch(server, target)
        assert "blog-post" not in body and "date-text" not in body
        assert f"Hôm nay: {portal.TODAY}" in _reader(body)
    _, teachers, _ = fetch(server, "/doi-ngu-giao-vien.html")
    assert teachers.count("<img ") == 6 and "Cô Lê Thị Hoa" in _reader(teachers)
    _, contact, _ = fetch(server, "/lien-he.html")
    assert 'action="//www.weebly.com/weebly/apps/formSubmit.php"' in contact
    _, docs, _ = fetch(server, "/van-ban.html")
    for link in re.findall(r'class="wsite-file-link" href="([^"]+)"', docs):
        status, _, headers = fetch(server, link)
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_unknown_targets_are_404(server: PortalServer) -> None:
    for target in (
        "/tin-tuc/khong-co-bai-nay",
        "/tin-tuc/previous/6",
        "/tin-tuc/previous/1",
        "/tin-tuc/category/hoat-dong-nha-truong/4",
        "/tin-tuc/category/khong-co",
        "/tin-tuc/archives/12-2026",
        "/trang-khong-co.html",
    ):
        status, body, _ = fetch(server, target)
        assert status == 404 and "Không tìm thấy trang" in body, target


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", "/tin-tuc", portal.GOLD[3]["path"], "/1/feed"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
