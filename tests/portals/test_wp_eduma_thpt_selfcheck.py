"""Self-check of the WordPress + Eduma private high school fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and non-article answers 200; that the gold is well formed and printed on its page (title in
the layout's heading, every paragraph, caption, byline name and source, the featured/gallery and
text images in order, the date as ``li.entry-date`` prints it, the category in the meta line and
the breadcrumb); that a walk of links from START_PATH, the feed and the core sitemap reach every
post; and that the traps behave as the module's docstring says (reply/share duplicates, redirects,
endless course filters, UTC machine time, REST JSON, NFD text, texturized references).
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

from . import wp_eduma_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_REGION_START = '<header class="entry-header">'
_REGION_END = '<div class="entry-tag-share">'
_TRAP_PARAMS = ("orderby=", "c_cat", "c_price", "share=", "replytocom=", "add-to-cart=", "action=")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i|small)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "wp_eduma_thpt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {n for _, n in portal.CATS.values()}
    # at least one category lists over three pages or more
    assert max(portal._pages(len(portal.in_cat(c))) for c in portal.CATS) >= 3
    # the newest post is from November 2026
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith(portal.UP)
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|GV\.) ?:? {re.escape(name)}", gold["body"])
        assert not name.startswith(("ThS.", "TS.", "GV.", "Thầy", "Cô"))
    assert "admin" not in gold["authors"]
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" not in gold["body"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = []
    for target in targets:
        status, _, headers = _get(server, target)
        if status != 200 or headers.get("Content-Type") != "text/html; charset=utf-8":
            failures.append((target, status))
    assert failures == []


def _date_line(gold: dict) -> str:
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    if _story(gold).cat in portal.LAYOUT2:
        return f"{d:02d}/{m:02d}/{y}"
    return f"{d} Tháng {m}, {y}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    story = _story(gold)
    tag = "h3" if story.cat in portal.LAYOUT2 else "h1"
    headline = re.search(rf'<{tag} class="entry-title">(.*?)</{tag}>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    assert page.count('class="entry-title"') == 1
    # the big heading above is the category (h2), the breadcrumb names it before the title
    assert f"<h2>{html.escape(gold['category'])}</h2>" in page
    crumbs = re.search(r'<ul itemprop="breadcrumb".*?</ul>', page).group(0)
    assert [_nfc(x) for x in re.findall(r'<span itemprop="name"[^>]*>([^<]+)</span>', crumbs)] == [
        "Trang chủ", gold["category"], gold["title"]
    ]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = [_local(server, s) for s in re.findall(r'<img [^>]*?\bsrc="([^"]+)"', region)]
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    meta = re.search(r'<ul class="entry-meta">(.*?)</ul>', region, re.S).group(1)
    assert f'<span class="value"> {_date_line(gold)}</span>' in meta
    assert f'rel="category tag">{html.escape(gold["category"])}</a>' in meta
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    assert portal.TODAY in page and "Copyright © 2026" in page and portal.HOTLINE in page
    assert "Bài viết liên quan" in page and "Sự kiện sắp tới" in page and "Khóa học nổi bật" in page


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g["summary"]], ids=lambda g: g["path"][1:40])
def test_summary_is_an_all_bold_first_paragraph(server: PortalServer, gold: dict) -> None:
    region = _region(_get(server, gold["path"])[1])
    leads = [_nfc(x) for x in re.findall(r"<p><strong>(.*?)</strong>\s*</p>", region)]
    assert leads and leads[0] == gold["summary"]


def test_partly_bold_opening_is_no_summary(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if "hoc-sinh-gioi" in g["path"])
    region = _region(_get(server, gold["path"])[1])
    assert gold["summary"] is None and "<p><strong>Sáng 13/11</strong>, Sở" in region


def _walk(server: PortalServer) -> set[str]:
    """Every same-host page reached by <a href> from START_PATH, trap parameters left alone."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if any(p in target for p in _TRAP_PARAMS) or re.search(r"\.(jpe?g|png|pdf|css|js|xml)$|/wp-json|/feed/", target):
            continue
        status, body, _ = _get(server, target)
        assert len(seen) < 400, "the link walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = _local(server, urljoin(server.url(target), html.unescape(href).split("#", 1)[0]))
            if link and link not in seen:
                queue.append(link)
    return seen


def test_reachability_by_links_feed_and_sitemap(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    linked = _walk(server)
    assert articles <= linked
    assert set(portal.NON_ARTICLES) <= linked
    _, feed, headers = _get(server, "/feed/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    in_feed = [_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)][1:]
    assert in_feed == [g["path"] for g in portal.GOLD][: portal.FEED_SIZE]
    _, robots, _ = _get(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = _get(server, index)
    in_sitemap: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", index_xml):
        status, xml, _ = _get(server, _local(server, child))
        assert status == 200
        in_sitemap |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= in_sitemap


def test_listings_paginate_like_eduma(server: PortalServer) -> None:
    for cat in portal.CATS:
        stories = portal.in_cat(cat)
        pages = portal._pages(len(stories))
        listed: list[str] = []
        for n in range(1, pages + 1):
            target = f"/category/{cat}/" + (f"page/{n}/" if n > 1 else "")
            status, body, _ = _get(server, target)
            assert status == 200
            listed += [_local(server, u) for u in re.findall(r'<h2 class="entry-title"><a href="([^"]+)"', body)]
            if pages > 1:
                assert "<div class=\"pagination loop-pagination\"><ul class='page-numbers'>" in body
            assert "Đọc thêm" in body and 'class="entry-summary"' in body
        assert listed == [portal.article_path(s) for s in stories]
        assert _get(server, f"/category/{cat}/page/{pages + 1}/")[0] == 404
    status, _, headers = _get(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"].endswith("/category/tin-tuc/")


def test_reply_and_share_variants(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, page, _ = _get(server, gold["path"])
        for alt in gold["alt_paths"]:
            assert html.escape(alt.split("?", 1)[1]).replace("&amp;", "&#038;") in page
            status, dup, _ = _get(server, alt)
            assert status == 200 and _region(dup).count("<p") == _region(page).count("<p")
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in dup
        for share in ("facebook", "x"):
            status, _, headers = _get(server, f"{gold['path']}?share={share}&nb=1")
            assert status == 302 and not headers["Location"].startswith(server.base_url)
    replied = next(g for g in portal.GOLD if any("replytocom" in a for a in g["alt_paths"]))
    _, page, _ = _get(server, next(a for a in replied["alt_paths"] if "replytocom" in a))
    assert "Trả lời Nguyễn Thị Mai" in page


def test_redirects_and_not_found(server: PortalServer) -> None:
    story = portal.NEWEST[0]
    status, _, headers = _get(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == server.base_url + portal.article_path(story)
    status, _, headers = _get(server, portal.article_path(story).rstrip("/"))
    assert status == 301 and headers["Location"].endswith(portal.article_path(story))
    status, body, _ = _get(server, "/khong-co-bai-nay/")
    assert status == 404 and "Trang bạn tìm kiếm không tồn tại" in body
    status, _, headers = _get(server, "/gio-hang/?add-to-cart=5102")
    assert status == 302 and headers["Location"].endswith("/gio-hang/") and "Set-Cookie" in headers


def test_course_filters_never_end(server: PortalServer) -> None:
    target = "/khoa-hoc/"
    seen = {target}
    for _ in range(8):
        status, body, _ = _get(server, target)
        assert status == 200
        widget = body.split('<div class="filter-categories">', 1)[1].split("</ul>", 1)[0]
        links = [html.unescape(h) for _, h in _HREF.findall(widget)]
        nxt = _local(server, links[0])
        assert nxt not in seen and len(nxt) > len(target)
        seen.add(nxt)
        target = nxt
    sorts = re.findall(r'href="([^"]*orderby=[^"]*)"', _get(server, target)[1])
    assert len(sorts) == 5 and all("c_cat" in s for s in sorts)


def test_event_and_course_pages_are_not_posts(server: PortalServer) -> None:
    for target in [t for t in portal.NON_ARTICLES if t.startswith(("/su-kien/", "/khoa-hoc/"))]:
        _, body, _ = _get(server, target)
        assert "single-post" not in body and 'class="entry-meta"' not in body
    _, event, _ = _get(server, "/su-kien/hoi-thao-du-hoc-2027/")
    assert "Đăng ký tham gia" in event and "28 THÁNG 11, 2026" in event and "7:30 - 11:00" in event
    _, course, _ = _get(server, "/khoa-hoc/luyen-thi-ielts-6-5/")
    assert "Đăng ký ngay" in course and "4.500.000đ" in course and "Chương trình học" in course


def test_machine_time_is_utc_and_may_fall_on_the_previous_day(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if "hoc-sinh-gioi" in g["path"])
    _, page, _ = _get(server, gold["path"])
    meta = re.search(r'<meta property="article:published_time" content="([^"]+)" />', page).group(1)
    assert meta == "2026-11-13T17:20:00+00:00" and gold["published_at"] == "2026-11-14"
    graph = json.loads(re.search(r'<script type="application/ld\+json" class="yoast-schema-graph">(.*?)</script>', page).group(1))
    assert graph["@graph"][0]["datePublished"].startswith("2026-11-13")
    assert graph["@graph"][0]["author"]["name"] == "admin" and gold["authors"] == ["Ban Truyền thông"]


def test_rest_api_and_oembed(server: PortalServer) -> None:
    story = portal.NEWEST[1]
    status, raw, headers = _get(server, f"/wp-json/wp/v2/posts/{story.id}")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    doc = json.loads(raw)
    assert doc["link"] == server.base_url + portal.article_path(story) and doc["content"]["rendered"]
    assert _get(server, "/wp-json/wp/v2/khong-co")[0] == 404
    status, raw, _ = _get(server, f"/wp-json/oembed/1.0/embed?url={server.base_url}{portal.article_path(story)}")
    assert status == 200 and json.loads(raw)["type"] == "rich"


def test_text_forms(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, page, headers = _get(server, portal.article_path(story))
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        region = _region(page)
        if story.opts.get("nfd"):
            assert unicodedata.normalize("NFD", story.title) in page
            assert not unicodedata.is_normalized("NFC", region)
        elif story.opts.get("elementor"):
            assert "&#8220;" not in region.split('<div class="entry-content">', 1)[1]
            assert unicodedata.is_normalized("NFC", region)
        if not story.opts.get("elementor") and any("“" in p for p in story.paragraphs):
            assert "&#8220;" in region and "“" not in region.split('<div class="entry-content">', 1)[1]


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
