"""Self-check of the WordPress + Jannah school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that 404s, a
paragraph the page does not print, or an article no link, feed or sitemap reaches would waste
that crawl. Nothing here imports the crawler beyond the demo server. It also pins down what the
module docstring promises: relative "time ago" dates with the real instant only in the metadata,
AMP and reply-to-comment twins that point back to the post, a calendar whose month links end,
pages and attachment pages that wear the single-post shell, a post in two categories, the "Tải
thêm" button with a real href, texturized dashes and one decomposed (NFD) text.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_jannah_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}\+07:00)?$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_A_HREF = re.compile(r"<a\s[^>]*?href=([\"'])(.*?)\1")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$|/feed/$")
_CONTENT_START = '<div class="entry-content entry clearfix">'
_CONTENT_END = "</div><!-- .entry-content /-->"


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


def _between(page: str, start: str, end: str) -> str:
    return page.split(start, 1)[1].split(end, 1)[0]


def _article(page: str) -> str:
    return _between(page, '<article id="the-post"', "</article>")


def _content(page: str) -> str:
    return _between(page, _CONTENT_START, _CONTENT_END)


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for _, href in _A_HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "mailto:", "javascript:")):
            continue
        local = _local(server, urljoin(server.url(target), href).split("#", 1)[0])
        if local:
            out.append(local)
    return out


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "wp_jannah_thpt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {v[1] for v in portal.CATS.values()}
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith(
            "/wp-content/uploads/"
        )
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài|Nguồn)[^.]*: {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert "Đọc thêm" not in gold["body"] and "Tải xuống" not in gold["body"]
    assert gold["alt_paths"][0] == gold["path"] + "?amp=1"


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _table_rows(region: str) -> list[str]:
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", region, re.S):
        cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", tr, re.S)]
        rows.append(" | ".join(cells))
    return rows


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    article = _article(page)
    content = _content(page)
    h1 = re.search(r'<h1 class="post-title entry-title">(.*?)</h1>', article).group(1)
    assert _nfc(h1) == gold["title"]
    shown = _reader(content)
    rows = _table_rows(content)
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        sub = re.search(r'<h2 class="entry-sub-title">(.*?)</h2>', article).group(1)
        assert _nfc(sub) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert "entry-sub-title" not in article
    for paragraph in paragraphs:
        assert paragraph in rows if " | " in paragraph else paragraph in shown, paragraph[:60]
    # images: the featured image, then the content's, in order, with their lines
    featured = re.findall(r'<figure class="single-featured-image"><img [^>]*src="([^"]+)"', article)
    srcs = featured + re.findall(r'<img [^>]*?src="([^"]+)"', content)
    assert [_local(server, s) for s in srcs] == [i["path"] for i in gold["images"]]
    whole = _reader(article)
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in whole
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in whole
    canonical = re.search(r'<link rel="canonical" href="([^"]+)" />', page).group(1)
    assert _local(server, canonical) == gold["path"]
    crumbs = re.search(r'<nav id="breadcrumb">(.*?)</nav>', article).group(1)
    assert _nfc(re.findall(r"<a href=[^>]*>([^<]+)</a>", crumbs)[-1]) == gold["category"]
    # the instant: Yoast's UTC stamp and Jannah's local JSON-LD agree with the gold
    utc = re.search(r'property="article:published_time" content="([^"]+)"', page).group(1)
    when = datetime.fromisoformat(utc) + timedelta(hours=7)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    # a relative date shows no day: the gold is the instant; a printed day is the gold alone
    shown_day = "trước" not in portal.shown_date(when.replace(tzinfo=None))
    assert gold["published_at"] == (when.strftime("%Y-%m-%d") if shown_day else stamp)
    schema = json.loads(
        re.search(r'id="tie-schema-json" type="application/ld\+json">(.*?)</script>', page).group(1)
    )
    assert schema["datePublished"] == stamp
    assert portal.TODAY in page and "Thống kê truy cập" in page and portal.HOTLINE in page
    assert "Bài viết liên quan" in page and "Từ khóa" in page and "Thời gian đọc:" in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_visible_date_is_relative_for_a_week_then_absolute(
    server: PortalServer, gold: dict
) -> None:
    page = _get(server, gold["path"])[1]
    meta = re.search(r'<div id="single-post-meta"(.*?)<div class="tie-alignright">', page).group(1)
    shown = re.search(r'<span class="date meta-item tie-icon">([^<]+)</span>', meta).group(1)
    when = datetime.fromisoformat(gold["published_at"][:19])
    age = portal.NOW - when
    ddmm = when.strftime("%d/%m/%Y")
    if age < timedelta(days=7):
        n, unit = re.fullmatch(r"(\d+) (giờ|ngày) trước", shown).groups()
        hours = age.total_seconds() / 3600
        assert int(n) == (round(hours) if unit == "giờ" else round(hours / 24))
        assert ddmm not in meta
    else:
        assert shown == ddmm
    if "Cập nhật lần cuối" in meta:
        assert re.search(r"Cập nhật lần cuối: (\d\d/\d\d/\d{4})", meta).group(1) != ddmm


def test_recent_posts_print_no_date_at_all(server: PortalServer) -> None:
    recent = [g for g in portal.GOLD if g["published_at"] >= "2026-11-18"]
    assert len(recent) >= 4
    for gold in recent:
        page = _get(server, gold["path"])[1]
        # the post itself (comments may carry the same day: they are no publication date)
        # (nor does the headline: "… 20/11/1982 – 20/11/2026" is a date of the event)
        visible = _reader(
            re.sub(
                r"<script.*?</script>|<nav id=\"breadcrumb\">.*?</nav>|<h1 .*?</h1>",
                "",
                _article(page),
                flags=re.S,
            )
        )
        day = datetime.fromisoformat(gold["published_at"][:19])
        for form in (f"{day:%d/%m/%Y}", f"{day.day}/{day.month}/{day.year}", f"{day:%Y-%m-%d}"):
            assert form not in visible


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> links from START_PATH (files and feeds not fetched)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 500, "the walk should stay small"
        if status == 200 and headers["Content-Type"].startswith("text/html"):
            queue.extend(link for link in _links(server, target, body) if link not in seen)
    return seen


def test_walk_from_start_reaches_every_article_and_page(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    replies = {a for g in portal.GOLD for a in g["alt_paths"] if "replytocom" in a}
    assert replies and replies <= set(walk)
    assert not any("amp=1" in t for t in walk), "AMP twins are announced by <link>, not linked"
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    months = {t for t in walk if re.fullmatch(r"/\d{4}/\d\d/", t)}
    assert months == {"/2026/10/", "/2026/11/"}


def test_feed_and_sitemaps_name_the_posts(server: PortalServer) -> None:
    articles = {g["path"] for g in portal.GOLD}
    home = _get(server, "/")[1]
    assert 'type="application/rss+xml"' in home and "/feed/" in home
    status, feed, headers = _get(server, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    items = [
        _local(server, u) for u in re.findall(r"<item><title>.*?</title><link>([^<]+)</link>", feed)
    ]
    assert len(items) == portal.FEED_SIZE and set(items) <= articles
    robots = _get(server, "/robots.txt")[1]
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    listed: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", _get(server, index)[1]):
        status, xml, headers = _get(server, _local(server, child))
        assert status == 200 and headers["Content-Type"].startswith("text/xml")
        listed |= {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert articles <= listed


def test_numbered_pagination_and_load_more(server: PortalServer) -> None:
    base = "/chuyen-muc/tin-tuc-su-kien/"
    listed: list[str] = []
    for n in (1, 2, 3):
        target = base if n == 1 else f"{base}page/{n}/"
        status, page, _ = _get(server, target)
        assert status == 200 and '<div class="pages-nav"><ul class="pages-numbers">' in page
        listed += re.findall(r'<h2 class="post-title"><a href="[^"]*?(/[^/"]+/)">', page)
    assert listed == [portal.article_path(s) for s in portal.in_cat("tin-tuc-su-kien")]
    assert len(listed) >= 7
    assert _get(server, f"{base}page/4/")[0] == 404
    status, _, headers = _get(server, f"{base}page/1/")
    assert status == 301 and headers["Location"].endswith(base)
    more = _get(server, "/chuyen-muc/hoat-dong-chuyen-mon/")[1]
    button = re.search(
        r'<a data-url="([^"]+)" data-text="Tải thêm" href="([^"]+)"\s+class="[^"]*show-more-button',
        more,
    )
    assert button and button.group(1) == button.group(2)
    assert _local(server, button.group(2)) == "/chuyen-muc/hoat-dong-chuyen-mon/page/2/"
    assert "pages-numbers" not in more
    last = _get(server, "/chuyen-muc/hoat-dong-chuyen-mon/page/2/")[1]
    assert "show-more-button" not in last


def test_amp_and_reply_twins_point_back_to_the_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        post = _get(server, gold["path"])[1]
        amp_link = re.search(r'<link rel="amphtml" href="([^"]+)">', post).group(1)
        assert _local(server, amp_link) == gold["alt_paths"][0]
        for alt in gold["alt_paths"]:
            status, page, _ = _get(server, alt)
            assert status == 200
            canonical = re.search(r'<link rel="canonical" href="([^"]+)"', page).group(1)
            assert _local(server, canonical) == gold["path"]
            if "replytocom" in alt:
                assert "content='noindex, follow'" in page and 'id="reply-title"' in page
                assert _content(page) == _content(post)
            else:
                assert "<html amp" in page
                text = _reader(page)
                body = gold["body"].split("\n\n")[1 if gold["summary"] else 0 :]
                assert all(p in text for p in body if " | " not in p)
                # the reader template knows nothing of Jannah's sub-title
                assert not gold["summary"] or gold["summary"] not in text
        status, feed, headers = _get(server, gold["path"] + "feed/")
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        assert "Bình luận trong:" in feed


def test_calendar_month_links_end(server: PortalServer) -> None:
    target, seen = "/2026/11/", []
    while target and target not in seen:
        seen.append(target)
        page = _get(server, target)[1]
        prev = re.search(r'<span class="wp-calendar-nav-prev"><a href="([^"]+)">', page)
        target = _local(server, prev.group(1)) if prev else None
    assert seen == ["/2026/11/", "/2026/10/"]
    october = _get(server, "/2026/10/")[1]
    assert "Th11 &raquo;" in october and _get(server, "/2026/09/")[0] == 404
    november = _get(server, "/2026/11/")[1]
    days = re.findall(r'<td(?: id="today")?><a href="[^"]+/2026/11/(\d\d)/"', november)
    assert sorted({f"{s.opts['when']:%d}" for s in portal.in_month(2026, 11)}) == sorted(days)


def test_pages_and_attachments_wear_the_post_shell_but_are_no_posts(server: PortalServer) -> None:
    for slug in portal.PAGES:
        page = _get(server, f"/{slug}/")[1]
        assert '<h1 class="post-title entry-title">' in page and _CONTENT_START in page
        assert "article:published_time" not in page and "single-post-meta" not in page
        assert '<meta property="og:type" content="article" />' in page
    for path, att in portal.ATTACHMENTS.items():
        page = _get(server, path)[1]
        assert "single-attachment" in page and f"attachmentid-{att[0]}" in page
        assert "article:published_time" in page and '<span class="date meta-item tie-icon">' in page
    doc = portal.DOCUMENTS[0][3]
    status, _, headers = _get(server, doc)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    staff = _get(server, "/doi-ngu-giao-vien/")[1]
    assert "Lê Thị Hồng Nhung" in staff and "Tổ Sinh học" in staff


def test_post_in_two_categories(server: PortalServer) -> None:
    (story,) = [s for s in portal.STORIES if len(s.opts["cats"]) == 2]
    page = _get(server, portal.article_path(story))[1]
    badges = re.search(r'<span class="post-cat-wrap">(.*?)</span>', page).group(1)
    assert len(re.findall(r'class="post-cat ', badges)) == 2
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(story))
    assert gold["category"] == portal.cat_name(story.opts["cats"][0])
    for cat in story.opts["cats"]:
        pages = portal._paged(f"/chuyen-muc/{cat}/", len(portal.in_cat(cat)))
        assert any(portal.article_path(story) in _get(server, p)[1] for p in pages)


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _content(page))
    ]
    assert decomposed == [portal.article_path(s) for s in portal.STORIES if s.opts.get("nfd")]
    dashed = [g for g in portal.GOLD if " – " in g["title"]]
    assert len(dashed) >= 3
    for gold in dashed:
        page = pages[gold["path"]]
        assert "&#8211;" in re.search(r'<h1 class="post-title entry-title">(.*?)</h1>', page).group(
            1
        )
        assert " - " in re.search(r"<title>(.*?)</title>", page).group(
            1
        )  # Yoast does not texturize
    quoted = [g for g in portal.GOLD if "“" in g["title"]]
    assert quoted and all("&#8220;" in pages[g["path"]] for g in quoted)


def test_byline_variants_and_accounts(server: PortalServer) -> None:
    by_path = {g["path"]: g for g in portal.GOLD}
    for story in portal.STORIES:
        gold = by_path[portal.article_path(story)]
        page = _get(server, gold["path"])[1]
        account = portal.USERS[story.opts["user"]][1]
        assert f'class="author-name tie-icon" title="{account}">{account}</a>' in page
        if account == "admin":
            assert "admin" not in gold["authors"]
    shapes = {
        "Tin, ảnh:": False, "Tin và ảnh:": False, "Bài:": False, "Nguồn:": False, "Tổ Sinh học": False,
        "&#8211; Ảnh:": False,
    }  # fmt: skip
    for story in portal.STORIES:
        raws = "".join(b.html for b in story.blocks if isinstance(b, portal.Raw))
        for key in shapes:
            shapes[key] |= key in raws
    assert all(shapes.values()), shapes
    assert any(not g["authors"] for g in portal.GOLD)


def test_unknown_and_redirects(server: PortalServer) -> None:
    status, body, _ = _get(server, "/bai-viet-khong-ton-tai/")
    assert status == 404 and "Không tìm thấy trang" in body
    gold = portal.GOLD[0]
    status, _, headers = _get(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"].endswith(gold["path"])
    story = _story(gold)
    status, _, headers = _get(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"].endswith(gold["path"])
    assert _get(server, "/?s=STEM")[0] == 200


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
    assert _get(server, "/")[1] == _get(server, "/")[1]
