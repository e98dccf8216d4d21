"""Self-check of the Odoo 17 school portal (Trường Liên cấp Sao Mai): the fixture against itself.

Why: a blind-test portal is crawled once before anyone tunes the crawler for it; a gold target that
404s, a paragraph its page does not print, or an article neither a link, a feed nor the sitemap
reaches would waste that crawl. Nothing here imports the crawler beyond the demo server. It also
pins down what makes the platform Odoo: the post cover as a CSS background (never an ``<img>``),
the subtitle as the sapo, snippets in the body, the bilingual blog's month-first dates with the ISO
date beside them, the og time in UTC without a zone, tag combinations answered by a 302, Odoo 12
post URLs and wrong slugs answered by a 301, a home page whose news block is filled by JSON-RPC.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import odoo_school as portal
from ._selfcheck import NO_REDIRECTS, fetch

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$|^/web/(image|content|static|assets)/")
_CONTENT_START = '<div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field o_wblog_read_text">'
_CONTENT_END = '<div class="css_editable_mode_hidden text-muted">'
_STORY = {portal.post_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _between(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        target = _local(server, urljoin(server.url(page), href.split("#", 1)[0]))
        if target:
            out.append(target)
    return out


def _shown(story: portal.Story) -> str:
    when = portal.local(story)
    if story.cat == portal.INTL_BLOG:
        return f'<time class="text-muted" datetime="{when:%Y-%m-%d}">{when:%m/%d/%Y}</time>'
    return f'<span class="text-muted">{when.day} tháng {when.month}, {when.year}</span>'


# --------------------------------------------------------------------------- the gold itself


def test_contract_shape() -> None:
    assert portal.NAME == "odoo_school" and portal.PLATFORM == "odoo" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {name for _, name in portal.BLOGS.values()} and 2 <= len(cats) <= 4
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    for story in portal.STORIES:
        assert story.slug == portal.odoo_slugify(story.title), story.slug
    # at least one blog lists over three pages
    assert max(len(portal.listing_pages(b)) for b in portal.BLOGS) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    # Odoo prints a date without a time on every post
    assert _DATE.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/web/image/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert name and unicodedata.is_normalized("NFC", name)


# --------------------------------------------------------------------------- the pages


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    story = _STORY[gold["path"]]
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    page = _reader_text(body)
    content_html = _between(body, _CONTENT_START, _CONTENT_END)
    content = _reader_text(content_html)
    # the headline: the h1 of the cover, not the <title> nor the "Đọc tiếp" footer
    h1 = re.search(r'<h1 class="o_wblog_post_name o_editable_no_shadow"[^>]*>(.*?)</h1>', body).group(1)
    assert _reader_text(h1) == gold["title"]
    subtitle = re.search(r'<div class="o_wblog_post_subtitle o_editable_no_shadow" placeholder="Phụ đề">(.*?)</div>', body).group(1)
    assert (_reader_text(subtitle) or None) == gold["summary"]
    for paragraph in gold["body"].split("\n\n"):
        if paragraph != gold["summary"]:
            assert paragraph in content, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    # images: the cover is a CSS background of o_record_cover_image, the rest <img> in the content
    cover = re.search(r"""<div class="o_record_cover_component o_record_cover_image " style="([^"]*)"></div>""", body).group(1)
    srcs = re.findall(r'<img src="([^"]+)"', content_html) + re.findall(r'<img class="[^"]*" src="([^"]+)"', content_html)
    want = [i["path"] for i in gold["images"]]
    src = portal.cover_src(story)
    if src:
        # (a CSS background is no article image: the gold leaves the cover out, harmonised)
        assert cover == f"background-image: url('{src}');" and src not in want
        assert f'src="{src}"' not in body  # never an <img>
    else:
        assert cover == ""
    assert sorted(srcs) == sorted(want) and len(set(srcs)) == len(srcs)
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in content
    # the date line of the author block, the breadcrumb, the chrome
    assert _shown(story) in body
    crumbs = _between(body, '<nav aria-label="breadcrumb"', "</nav>")
    assert f">{html.escape(gold['category'], quote=True)}</a>" in crumbs
    assert portal.TODAY in page and "Bài viết khác" in page and "Chia sẻ bài viết" in page
    assert "Thống kê truy cập" in page and "Chúng tôi sử dụng cookie" in page and portal.ADDRESS in page
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}"/>' in body


def test_what_the_gold_leaves_out_is_printed(server: PortalServer) -> None:
    """Signatures, the call-to-action block, attachment lines and file-name lines are on the pages
    (inside the content field) but not in the gold body."""
    gold = {g["path"]: g for g in portal.GOLD}
    left_out = {
        61: ["Tin: Lê Minh Châu - Ảnh: Đỗ Quang Vinh"],
        55: ["Bài, ảnh: Vũ Hoàng Long", "Đăng ký tham quan trường và nhận tư vấn", "Đăng ký ngay"],
        54: ["Tuyển sinh năm học 2027 - 2028 Đăng ký tham quan trường"],
        60: ["Lich-kiem-tra-cuoi-HKI-2026-2027.pdf"],
        48: ["Tin: Bùi Thanh Trúc", "z5873162049317_7c1e2f9a8b3d4e6f"],
        45: ["Nguồn: Báo Cần Thơ"],
    }
    for story in portal.STORIES:
        if story.id not in left_out:
            continue
        path = portal.post_path(story)
        content = _reader_text(_between(fetch(server, path)[1], _CONTENT_START, _CONTENT_END))
        for line in left_out[story.id]:
            assert line in content and line not in gold[path]["body"], line
    zalo = next(i for s in portal.STORIES if s.id == 48 for i in s.images if i.printed and i.printed.startswith("z58"))
    assert zalo.caption is None


def test_month_first_dates_and_utc_meta(server: PortalServer) -> None:
    """The bilingual blog prints en_US dates (month first) with the ISO date in <time datetime>; the
    og article:published_time is UTC without a zone (the 06:40 post reads the day before)."""
    intl = [s for s in portal.STORIES if s.cat == portal.INTL_BLOG]
    assert len(intl) == 2
    for story in intl:
        when = portal.local(story)
        assert when.day <= 12  # ambiguous when read day first
        _, body, _ = fetch(server, portal.post_path(story))
        assert f'datetime="{story.published_at}">{when:%m/%d/%Y}</time>' in body
        _, listing, _ = fetch(server, portal.blog_path(story.cat))
        assert f'<span class="text-muted me-2">{when:%m/%d/%Y}</span>' in listing
        everything = "".join(fetch(server, t)[1] for t in portal.listing_pages(None))
        assert f"{when.day} tháng {when.month}, {when.year}" in everything
    early = next(s for s in portal.STORIES if s.opts["at"].endswith("06:40"))
    _, body, _ = fetch(server, portal.post_path(early))
    meta = re.search(r'<meta property="article:published_time" content="([^"]+)"/>', body).group(1)
    assert meta == "2026-11-17 23:40:00" and early.published_at == "2026-11-18"


# --------------------------------------------------------------------------- reachability


def _walk(server: PortalServer) -> tuple[set[str], set[str], dict[str, int]]:
    """Targets reached by following <a href> (and redirects) from START_PATH; feeds announced."""
    seen: set[str] = set()
    feeds: set[str] = set()
    statuses: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 600:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        statuses[target] = status
        if status in (301, 302, 303):
            nxt = _local(server, urljoin(server.url(target), headers["Location"]))
            if nxt:
                queue.append(nxt)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        feeds |= {_local(server, urljoin(server.url(target), h)) for h in re.findall(r'<link rel="alternate" type="application/atom\+xml" [^>]*href="([^"]+)"', body)}
        for link in _links(server, target, body):
            if not _NOT_PAGES.search(link):
                queue.append(link)
    return seen, feeds, statuses


def test_every_article_is_reachable_by_links_feeds_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    seen, feeds, statuses = _walk(server)
    assert len(seen) < 600  # the link graph is finite: tag combinations end in a redirect
    assert articles <= seen
    assert set(portal.NON_ARTICLES) <= seen
    assert feeds == {f"{portal.blog_path(b)}/feed" for b in portal.BLOGS}
    in_feeds: set[str] = set()
    for feed in feeds:
        _, xml, headers = fetch(server, feed)
        assert headers["Content-Type"] == "application/atom+xml" and xml.startswith('<?xml version="1.0" encoding="utf-8"?>\n<feed')
        in_feeds |= {_local(server, u) for u in re.findall(r'<entry>\s*<title>[^<]*</title>\s*<link href="([^"]+)"/>', xml)}
    assert in_feeds == articles
    _, robots, _ = fetch(server, "/robots.txt")
    sitemap = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml, _ = fetch(server, sitemap)
    assert articles <= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    # the walk met the traps: tag combinations (302), the Odoo 12 URL (301), the unpublished post (404)
    assert any("," in t and s == 302 for t, s in statuses.items())
    assert any("/post/" in t and s == 301 for t, s in statuses.items())
    assert any(s == 404 for s in statuses.values())


def test_home_page_news_block_is_filled_by_json_rpc(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/")
    articles = {g["path"] for g in portal.GOLD}
    assert not set(_links(server, "/", body)) & articles
    assert '<div class="dynamic_snippet_template"></div>' in body
    assert fetch(server, "/website/snippet/filters")[0] == 400
    request = urllib.request.Request(
        server.url("/website/snippet/filters"),
        data=json.dumps({"jsonrpc": "2.0", "method": "call", "id": 7, "params": {"filter_id": 3}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with NO_REDIRECTS.open(request, timeout=10) as resp:
        doc = json.loads(resp.read().decode("utf-8"))
    assert doc["id"] == 7 and len(doc["result"]) == 6
    assert all(re.search(r'href="(/blog/[^"]+)"', card).group(1) in articles for card in doc["result"])


# --------------------------------------------------------------------------- traps


def test_tag_combinations_redirect_to_the_first_tag(server: PortalServer) -> None:
    blog = "tin-tuc-su-kien"
    one = portal.listing_base(blog, "stem")
    _, body, _ = fetch(server, one)
    combos = [link for link in _links(server, one, body) if "/tag/" in link and "," in link]
    assert len(combos) == len(portal.blog_tags(blog)) - 1
    for combo in combos:
        status, _, headers = fetch(server, combo)
        assert status == 302 and headers["Location"] == one
    # the archive's date range survives the redirect; tag slugs are checked (301)
    status, _, headers = fetch(server, f"{one},trai-nghiem-8?date_begin=2026-10-01&date_end=2026-11-01")
    assert status == 302 and headers["Location"] == f"{one}?date_begin=2026-10-01&date_end=2026-11-01"
    status, _, headers = fetch(server, f"{portal.blog_path(blog)}/tag/steam-6")
    assert status == 301 and headers["Location"] == one


def test_post_url_variants(server: PortalServer) -> None:
    story = next(s for s in portal.STORIES if s.id == 50)
    path = portal.post_path(story)
    for variant in (
        f"{portal.blog_path(story.cat)}/post/{story.slug}-{story.id}",  # Odoo 12 form
        f"{portal.blog_path(story.cat)}/{story.id}",  # bare id
        f"{portal.blog_path(story.cat)}/ten-cu-{story.id}",  # old slug
        f"{portal.blog_path('tin-tuc-su-kien')}/{story.slug}-{story.id}",  # another blog
        f"/blog/song-ngu-3/{story.slug}-{story.id}",  # old blog slug
    ):
        status, _, headers = fetch(server, variant)
        assert status == 301, variant
        assert headers["Location"] in (path, f"{portal.blog_path(story.cat)}/{story.slug}-{story.id}")
    status, body, _ = fetch(server, "/blog/tin-tuc-su-kien-1/ngay-hoi-stem-nha-khoa-hoc-nhi-nam-2025-23")
    assert status == 404 and "Chúng tôi không tìm thấy trang" in body
    # query strings do not change the page (a share link's utm_source)
    assert fetch(server, path + "?utm_source=zalo")[1].count("o_wblog_post_content_field") == 1


def test_listing_pagination(server: PortalServer) -> None:
    blog = "tin-tuc-su-kien"
    pages = portal.listing_pages(blog)
    assert len(pages) == 3
    listed: list[str] = []
    for target in pages:
        _, body, _ = fetch(server, target)
        listed += re.findall(r'<a href="([^"]+)" class="d-block text-reset text-decoration-none o_blog_post_title', body)
        assert '<ul class="pagination' in body
    assert listed == [portal.post_path(s) for s in portal.newest(blog)]
    _, first, _ = fetch(server, pages[0])
    assert f'href="{pages[1]}">2</a>' in first and f"{portal.blog_path(blog)}/page/1" not in first
    # page 1 under its own URL and pages past the end still answer 200
    assert fetch(server, f"{portal.blog_path(blog)}/page/1")[0] == 200
    status, body, _ = fetch(server, f"{portal.blog_path(blog)}/page/9")
    assert status == 200 and "Chưa có bài viết nào phù hợp." in body
    # the archive filter is a <select>, not links
    _, body, _ = fetch(server, "/blog")
    assert '<select name="archive" oninput="location = this.value;"' in body
    assert not any("date_begin" in link for link in _links(server, "/blog", body))


def test_next_post_footer_is_another_post(server: PortalServer) -> None:
    story = portal.STORIES[0]
    nxt = portal.next_post(story)
    _, body, _ = fetch(server, portal.post_path(story))
    footer = unicodedata.normalize("NFC", body.split('<section id="o_wblog_post_footer">', 1)[1])
    assert f'<div class="o_wblog_post_name mb-2">{html.escape(nxt.title)}</div>' in footer
    assert nxt.id != story.id and nxt.cat == story.cat


def test_non_articles_are_not_blog_posts(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        _, body, _ = fetch(server, target)
        assert "o_wblog_post_content_field" not in body, target
    status, _, headers = fetch(server, "/event/ngay-hoi-tham-quan-truong-open-day-2026-7")
    assert status == 302 and headers["Location"] == portal.event_path(7)
    status, _, headers = fetch(server, "/web/content/1520?download=true")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


# --------------------------------------------------------------------------- encodings


def test_encodings(server: PortalServer) -> None:
    nfd = next(s for s in portal.STORIES if s.opts.get("nfd"))
    _, body, headers = fetch(server, portal.post_path(nfd))
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert unicodedata.normalize("NFD", nfd.title) in body and nfd.title not in body
    gold = next(g for g in portal.GOLD if g["path"] == portal.post_path(nfd))
    assert unicodedata.is_normalized("NFC", gold["body"])
    spaced = next(s for s in portal.STORIES if s.opts.get("nbsp"))
    assert ",&nbsp;" in fetch(server, portal.post_path(spaced))[1]


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[4]["path"]
    assert fetch(server, target)[1] == fetch(server, target)[1]
