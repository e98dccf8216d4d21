"""Self-check of the WordPress + JNews (Trường Chính trị tỉnh Quảng Ngãi) fixture: the fixture
against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that does not
answer, a paragraph the page does not print or an article nothing links would waste that crawl.
Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and non-article answers 200; that each gold field is printed where the docstring says (the
title in ``h1.jeg_post_title``, the sapo in ``h2.jeg_post_subtitle``, the Vietnamese date in
``.jeg_meta_date``, bylines, captions, the featured image's ``data-src``); that a walk of links
from START_PATH reaches every article and listed page, and the feed and sitemaps name them; and
that the traps behave as documented (reply/print/AMP twins, share redirects, pagination ends,
shortlinks, JNews's AJAX, inline modules inside the content, texturized references, UTC meta).
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

from . import wp_jnews_tct as portal
from ._selfcheck import NO_REDIRECTS, fetch

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_MONTHS = {
    "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip
_NOISE = (
    ('<div class="jnews_inline_related_post_wrapper">', "</script></div></div></div>"),
    ('<div class="jeg_ad jeg_ad_article jnews_content_inline_ads', "</a></div></div>"),
    ('<div class="sharedaddy', '<li class="share-end"></li></ul></div></div></div>'),
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """The text a reader sees: tags out, references decoded, NFC, whitespace collapsed."""
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", markup)).replace("\xa0", " ").split())


def _between(page: str, start: str, end: str) -> str:
    return page.split(start, 1)[1].split(end, 1)[0]


def _content_inner(page: str) -> str:
    """``div.content-inner`` (the post and the modules inside it; the tags after it cut off)."""
    region = _between(page, '<div class="content-inner ">\n', '<div class="jeg_share_bottom_container">')
    return region.split('<div class="jeg_post_tags">', 1)[0].removesuffix("\n</div>\n\n</div>\n")


def _strip_noise(content: str) -> str:
    for start, end in _NOISE:
        while start in content:
            head, rest = content.split(start, 1)
            content = head + rest.split(end, 1)[1]
    return content


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "mailto:", "javascript:")):
            continue
        local = _local(server, urljoin(server.url(target), href.split("#", 1)[0]))
        if local:
            out.append(local)
    return out


def _parse_wp_date(text: str) -> str:
    m = re.fullmatch(r"(\d{1,2}) Tháng ([a-zà-ỹ ]+), (\d{4})", text)
    assert m, text
    return f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"


# --- the gold ------------------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "wp_jnews_tct" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {v[1] for v in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    # varied bylines: writers, photographers, a source, a unit, none at all
    assert any(g["source"] for g in portal.GOLD) and any(g["photographers"] for g in portal.GOLD)
    assert any(not g["authors"] for g in portal.GOLD)
    assert any(i["caption"] is None for g in portal.GOLD for i in g["images"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:52])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or (unicodedata.is_normalized("NFC", gold[key]) and gold[key].strip() == gold[key])
    assert _DATE.match(gold["published_at"])  # the page prints a date without a time
    assert gold["path"].startswith("/" + gold["published_at"].replace("-", "/") + "/")
    paragraphs = gold["body"].split("\n\n")
    assert all(p and " ".join(p.split()) == p for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs))  # the repeated sapo is not a second paragraph
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/wp-content/uploads/")
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert "banner" not in image["path"]
    for name in gold["authors"] + gold["photographers"]:
        assert name not in paragraphs[-1] or name in paragraphs[-1][:-len(name)]
        assert not name.startswith(("ThS.", "TS.", "PGS")) and name != "admin"
    assert "Tin và ảnh" not in gold["body"] and "Nguồn:" not in gold["body"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert failures == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:52])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<div class="jeg_viewport">' in page and '<div class="jeg_main ">\n<div class="jeg_container">' in page
    title = re.search(r'<h1 class="jeg_post_title">(.*?)</h1>', page).group(1)
    assert _nfc(title) == gold["title"]
    subtitle = re.search(r'<h2 class="jeg_post_subtitle">(.*?)</h2>', page)
    assert (_nfc(subtitle.group(1)) if subtitle else None) == gold["summary"]
    # the date: printed once in the post meta, in words, without a time
    meta = _between(page, '<div class="jeg_meta_container">', '<div class="meta_right">')
    shown = re.search(r'<div class="jeg_meta_date"><a href="[^"]+">([^<]+)</a>', meta).group(1)
    assert _parse_wp_date(shown) == gold["published_at"] and ":" not in shown
    # the text: the sapo in the header, paragraphs inside content-inner
    content = _content_inner(page)
    clean = _strip_noise(content)
    text = _reader(clean)
    body = gold["body"].split("\n\n")
    for paragraph in body[1:] if gold["summary"] else body:
        assert paragraph in text, paragraph[:60]
    positions = [text.index(p) for p in (body[1:] if gold["summary"] else body)]
    assert positions == sorted(positions)
    for name in gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in text
    byline_authors = [a for a in gold["authors"] if a in text]
    meta_author = _reader(re.search(r'<div class="jeg_meta_author">(.*?)</div>', meta).group(1))
    assert byline_authors == gold["authors"] or gold["authors"] == [meta_author.removeprefix("Bởi ")]
    if not gold["authors"]:
        assert meta_author == "Bởi admin"
    # images: the featured picture (data-src behind a placeholder), then the content's <img>s
    featured = _between(page, '<div class="jeg_featured featured_image ">', '<div class="jeg_share_top_container">')
    assert f'src="{portal.EMPTY}"' in featured
    srcs = re.findall(r'data-src="([^"]+)"', featured) + re.findall(r'<img [^>]*?src="([^"]+)"', clean)
    assert srcs == [i["path"] for i in gold["images"]]
    caption = re.search(r'<p class="wp-caption-text">(.*?)</p>', featured)
    assert (_nfc(caption.group(1)) if caption else None) == gold["images"][0]["caption"]
    for image in gold["images"][1:]:
        if image["caption"]:
            assert image["caption"] in text
    # chrome a reader sees around it
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    crumbs = re.findall(r'<span class="[^"]*"><a href="([^"]+)">([^<]+)</a></span>', _between(page, '<div id="breadcrumbs">', "</div>"))
    assert crumbs[1][0].startswith("/chuyen-muc/") and _nfc(crumbs[1][1]) == gold["category"]
    first_cat = re.search(r'rel="category tag">([^<]+)</a>', meta).group(1)
    assert _nfc(first_cat) == gold["category"]
    whole = _reader(page)
    for chrome in (portal.TODAY, "Thống kê truy cập", "Bản quyền thuộc", "Bài viết liên quan", "Có thể bạn quan tâm", "Chia sẻ", "Tweet", "Xem nhiều"):
        assert chrome in whole, chrome


def test_captions_as_the_platform_prints_them(server: PortalServer) -> None:
    kinds = set()
    for story in portal.STORIES:
        page = fetch(server, portal.article_path(story))[1]
        content = _content_inner(page)
        if '<p id="caption-attachment-' in content:
            kinds.add("wp-caption")
        if '<figcaption class="wp-element-caption">' in content:
            kinds.add("figcaption")
        if "wp-block-gallery has-nested-images" in content:
            kinds.add("gallery")
        if '<p style="text-align: center;"><em>' in content:
            kinds.add("em-line")
    assert kinds == {"wp-caption", "figcaption", "gallery", "em-line"}
    # the Zalo file name is printed as a caption box but is no caption in the gold
    zalo = next(g for g in portal.GOLD if "khai-giang-lop-boi-duong" in g["path"])
    page = fetch(server, zalo["path"])[1]
    assert 'class="wp-caption-text">z6034561234567_3f2a9c8d1e7b4a6f0d2c.jpg</p>' in page
    assert [i["caption"] for i in zalo["images"]][2] is None


# --- reachability ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> links from START_PATH (variants and files not fetched)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _STATIC.search(urlsplit(target).path) or re.search(r"[?&](share|replytocom|amp)=", target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            queue.extend(link for link in _links(server, target, body) if link not in seen)
    return seen


def test_every_article_and_listed_page_is_reachable_by_links(walk: dict[str, int]) -> None:
    for gold in portal.GOLD:
        assert walk.get(gold["path"]) == 200, gold["path"]
        for alt in gold["alt_paths"]:
            if "amp=1" not in alt:  # the AMP twin is announced by <link rel="amphtml">, not linked
                assert alt in walk, alt
    unlinked = {portal.SEARCH}  # reached through the search form only
    for target in set(portal.NON_ARTICLES) - unlinked:
        assert walk.get(target) == 200, target
    assert all(status in (0, 200) for status in walk.values())


def test_feed_and_sitemaps_name_the_articles(server: PortalServer) -> None:
    home = fetch(server, "/")[1]
    assert f'type="application/rss+xml" title="{portal.SITE} &raquo; Dòng thông tin" href="{server.base_url}/feed/"' in home
    status, feed, headers = fetch(server, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    in_feed = [_local(server, u) for u in re.findall(r"<link>(http[^<]+/\d{4}/[^<]+)</link>", feed)]
    assert in_feed == [portal.article_path(s) for s in portal.LATEST[: portal.FEED_SIZE]]
    assert "amp-img" not in feed and "jnews_inline_related_post" not in feed
    robots = fetch(server, "/robots.txt")[1]
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    assert index == "/sitemap_index.xml"
    listed: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", fetch(server, index)[1]):
        status, xml, headers = fetch(server, _local(server, child))
        assert status == 200 and headers["Content-Type"].startswith("text/xml")
        listed |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert {g["path"] for g in portal.GOLD} <= listed
    assert {"/gioi-thieu/", "/lien-he/", "/lich-hoc/", "/chuyen-muc/nghien-cuu-trao-doi/"} <= listed


# --- listings ---------------------------------------------------------------------------------


def _listed(server: PortalServer, target: str) -> list[str]:
    page = fetch(server, target)[1]
    posts = _between(page, '<div class="jeg_posts jeg_load_more_flag">', '<div class="jeg_sidebar')
    return list(dict.fromkeys(re.findall(r'<h3 class="jeg_post_title"><a href="([^"]+)"', posts)))


def test_category_pagination_is_jnews_and_ends(server: PortalServer) -> None:
    base = "/chuyen-muc/nghien-cuu-trao-doi/"
    first = fetch(server, base)[1]
    nav = _between(first, '<div class="jeg_navigation jeg_pagination', "</div></div>")
    assert '<span class="page_info">Trang 1 of 3</span>' in nav
    assert f'<a href="{base}page/2/" class="page_nav next" data-id="2"><span class="navtext">Tiếp</span></a>' in nav
    assert f'<a href="{base}page/3/" class="page_number" data-id="3">3</a>' in nav
    last = fetch(server, base + "page/3/")[1]
    assert "Trang 3 of 3" in last and "page_nav next" not in last and "page_nav prev" in last
    status, _, headers = fetch(server, base + "page/1/")
    assert status == 301 and headers["Location"] == base
    status, body, _ = fetch(server, base + "page/4/")
    assert status == 404 and "Không tìm thấy trang" in body
    for slug in portal.CATS:
        pages = -(-len(portal.in_cat(slug)) // portal.PER_PAGE)
        got = []
        for n in range(1, pages + 1):
            got += _listed(server, f"/chuyen-muc/{slug}/" + (f"page/{n}/" if n > 1 else ""))
        assert got == [portal.article_path(s) for s in portal.in_cat(slug)]
    assert max(-(-len(portal.in_cat(c)) // portal.PER_PAGE) for c in portal.CATS) >= 3


def test_two_category_post_is_listed_in_both_but_belongs_to_its_primary(server: PortalServer) -> None:
    story = portal._BY_ID[2402]
    path = portal.article_path(story)
    assert path in _listed(server, "/chuyen-muc/tin-tuc-su-kien/page/2/") + _listed(server, "/chuyen-muc/tin-tuc-su-kien/")
    assert path in _listed(server, "/chuyen-muc/dao-tao-boi-duong/")
    gold = next(g for g in portal.GOLD if g["path"] == path)
    assert gold["category"] == "Tin tức - Sự kiện"
    meta = _between(fetch(server, path)[1], '<div class="jeg_meta_category">', "</div>")
    assert re.findall(r'rel="category tag">([^<]+)<', meta) == ["Tin tức - Sự kiện", "Đào tạo - Bồi dưỡng"]


def test_home_blocks_load_more_by_ajax_and_noscript(server: PortalServer) -> None:
    home = fetch(server, "/")[1]
    assert home.count("data-load='Xem thêm' data-loading='Đang tải...'") >= 3
    assert '<noscript><a href="/page/2/" class="jeg_noscript_loadmore">Xem thêm</a></noscript>' in home
    assert "var jnews_ajax_url = '/?ajax-request=jnews'" in home
    assert "Trang 2 of 4" in fetch(server, "/page/2/")[1] and fetch(server, "/page/5/")[0] == 404
    data = (
        b"action=jnews_module_ajax_jnews_block_5&module=true&data%5Bcurrent_page%5D=3"
        b"&data%5Battribute%5D%5Binclude_category%5D=4&data%5Battribute%5D%5Bnumber_post%5D=3"
    )
    request = urllib.request.Request(server.url("/?ajax-request=jnews"), data=data, method="POST")
    with NO_REDIRECTS.open(request, timeout=10) as resp:
        raw = resp.read().decode()
        assert resp.headers["Content-Type"].startswith("application/json")
    assert "\\/" in raw
    doc = json.loads(raw)
    links = re.findall(r'<h3 class="jeg_post_title"><a href="([^"]+)"', doc["content"])
    assert links == [portal.article_path(portal.in_cat("nghien-cuu-trao-doi")[6])]
    assert doc["next"] is False and doc["prev"] is True
    assert fetch(server, "/?ajax-request=jnews")[0] == 400


# --- traps ------------------------------------------------------------------------------------


def test_alternatives_are_the_same_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, page, _ = fetch(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}"' in page
            text = _reader(page)
            assert gold["title"] in text
            for paragraph in gold["body"].split("\n\n"):
                assert paragraph in text, (alt, paragraph[:40])
            if "amp=1" in alt:
                assert page.startswith("<!DOCTYPE html>\n<html amp ") and "<amp-img " in page
                assert "jnews_inline_related_post" not in page
                assert re.search(r'<time datetime="[^"]+\+00:00">\d+ (giờ|ngày|tuần|tháng) trước</time>', page)
            elif "replytocom" in alt:
                cid = int(alt.rsplit("=", 1)[1])
                author = next(c.author for s in portal.STORIES for c in s.opts.get("comments", []) if c.id == cid)
                assert f'<h3 id="reply-title" class="comment-reply-title">Trả lời {html.escape(author)} <small>' in page
                assert f'name="comment_parent" id="comment_parent" value="{cid}"' in page
        page = fetch(server, gold["path"])[1]
        assert f'<link rel="amphtml" href="{server.base_url}{gold["path"]}?amp=1">' in page


def test_social_shares_leave_the_site(server: PortalServer) -> None:
    path = portal.GOLD[0]["path"]
    for network, host in (("facebook", "https://www.facebook.com/sharer.php?u="), ("twitter", "https://twitter.com/intent/tweet?")):
        status, _, headers = fetch(server, f"{path}?share={network}&nb=1")
        assert status == 302 and headers["Location"].startswith(host)


def test_shortlinks_slashes_dates_and_missing_pages(server: PortalServer) -> None:
    story = portal._BY_ID[2418]
    path = portal.article_path(story)
    assert f"<link rel='shortlink' href='{server.base_url}/?p=2418' />" in fetch(server, path)[1]
    for target in ("/?p=2418", path[:-1], path.replace("/20/", "/19/")):
        status, _, headers = fetch(server, target)
        assert status == 301 and headers["Location"] == path, target
    for target in ("/2026/11/20/khong-co-bai-nay/", "/chuyen-muc/khong-co/", "/tag/khong-co/", "/?p=99999"):
        status, body, _ = fetch(server, target)
        assert status == 404 and "Không tìm thấy trang" in body, target
    comments = fetch(server, f"{path}feed/")
    assert comments[0] == 200 and "<title>Bởi: Nguyễn Thị Lan</title>" in comments[1]


def test_attachment_pages_look_like_posts_but_are_not_gold(server: PortalServer) -> None:
    page = fetch(server, portal.ATTACH_IMAGE)[1]
    assert '<h1 class="jeg_post_title">DSC_0456</h1>' in page and "single-attachment" in page
    assert f'href="{portal.ATTACH_IMAGE}" rel="attachment' in fetch(server, portal.article_path(portal._BY_ID[2418]))[1]
    pdf = fetch(server, portal.ATTACH_PDF)[1]
    assert '<h1 class="jeg_post_title">Lich-hoc-lop-TC-LLCT-K46</h1>' in pdf
    assert fetch(server, "/wp-content/uploads/2026/11/Lich-hoc-lop-TC-LLCT-K46.pdf")[2]["Content-Type"] == "application/pdf"
    timetable = fetch(server, "/lich-hoc/")[1]
    assert 'class="tablepress tablepress-id-3"' in timetable and "TC LLCT K46" in timetable


def test_inline_modules_sit_inside_the_content(server: PortalServer) -> None:
    ads = 0
    for story in portal.STORIES:
        content = _content_inner(fetch(server, portal.article_path(story))[1])
        assert content.count('<div class="jnews_inline_related_post_wrapper">') == 1
        before = content.split('<div class="jnews_inline_related_post_wrapper">', 1)[0]
        assert sum(1 for line in before.split("\n") if line.startswith("<p")) == 2
        assert '<div class="sharedaddy sd-sharing-enabled">' in content
        if "jnews_content_inline_ads" in content:
            ads += 1
            assert "banner-dich-vu-cong-quoc-gia.jpg" in content
    assert ads >= 1


def test_sapo_printed_twice_and_utc_meta(server: PortalServer) -> None:
    story = portal._BY_ID[2304]
    page = fetch(server, portal.article_path(story))[1]
    content = _content_inner(page)
    assert content.startswith(f"<p><strong>{portal.wp(story.summary)}</strong></p>")
    assert f'<h2 class="jeg_post_subtitle">{portal.wp(story.summary)}</h2>' in page
    # written at 06:40 local time: Yoast's UTC stamp is the day before the printed date
    assert '<meta property="article:published_time" content="2026-09-21T23:40:00+00:00" />' in page
    assert '"datePublished":"2026-09-21T23:40:00+00:00"' in page
    assert ">22 Tháng chín, 2026</a>" in page


def test_text_is_utf8_with_wordpress_references(server: PortalServer) -> None:
    story = portal._BY_ID[2418]
    page = fetch(server, portal.article_path(story))[1]
    assert "(20/11/1982 &#8211; 20/11/2026)</h1>" in page
    assert "&#8220;dạy tốt, học tốt&#8221;" in page
    for other in portal.STORIES:  # texturized everywhere in the post, bylines included
        content = _content_inner(fetch(server, portal.article_path(other))[1])
        assert not re.search("[“”–…]", _strip_noise(content)), other.id
    assert "Bài: Thanh Tâm &#8211; Ảnh: Quốc Việt" in fetch(server, portal.article_path(portal._BY_ID[2361]))[1]
    assert unicodedata.is_normalized("NFC", page)


def test_header_clock_and_chrome_on_every_page_kind(server: PortalServer) -> None:
    for target in ("/", "/chuyen-muc/tin-tuc-su-kien/", "/gioi-thieu/", portal.ATTACH_PDF, portal.SEARCH):
        page = fetch(server, target)[1]
        assert f'<div class="jeg_nav_item jeg_top_date">{portal.TODAY}</div>' in page
        assert "Đang online" in page and portal.HOTLINE in page and 'id="jeg_loginform"' in page
    found = fetch(server, portal.SEARCH)[1]
    assert portal.article_path(portal._BY_ID[2350]) in found


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[3]["path"], "/", portal.GOLD[3]["alt_paths"][0]):
        assert fetch(server, target)[1] == fetch(server, target)[1]
