"""Self-check of the WordPress/Elementor political-school fixture: the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that links (and the Yoast sitemap)
from the start page reach every article, and that the platform's traps behave as documented:
``?replytocom=N`` serves the same post (canonical to it, noindex), ``?share=…`` answers 302 to a
social network, ``/?p=N``, a slash-less permalink and a renamed post's old slug answer 301, the
"Tin tức" page's last page is empty (200), and The Events Calendar's month and day links never end
(the walk below follows months two away from today and only day views that hold an event).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_elementor_tct as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
#: not pages: files, feeds, machine endpoints, calendar exports
_NOT_PAGES = re.compile(
    r"(\.(jpe?g|png|gif|ico|css|js|pdf|xml|xsl)$)|(/feed/$)|(^/wp-json/)|(^/xmlrpc\.php)"
)
_MONTH = re.compile(r"^/su-kien/thang/(\d{4})-(\d{2})/$")
_DAY = re.compile(r"^/su-kien/(\d{4}-\d{2}-\d{2})/$")
_MONTHS = {name: i for i, name in enumerate(portal.MONTHS, 1)}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


def _reader(markup: str) -> str:
    """Tags dropped (inline ones without a gap, noscript twins entirely), references resolved, NFC,
    whitespace collapsed."""
    markup = re.sub(r"<noscript>.*?</noscript>", " ", markup)
    markup = re.sub(r"</?(a|strong|em|b|i|span)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _target(base: str, page: str, href: str) -> str | None:
    link = urlsplit(urljoin(base + page, html.unescape(href)))
    if link.netloc != urlsplit(base).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _event_days() -> set[str]:
    return {f"{e.start:%Y-%m-%d}" for e in portal.EVENTS}


def _follow(target: str) -> bool:
    """The walk's bound on the calendar: months near today, day views that hold an event."""
    if "ical=" in target:
        return False
    if m := _MONTH.match(target):
        months = int(m.group(1)) * 12 + int(m.group(2))
        return abs(months - (portal.CLOCK.year * 12 + portal.CLOCK.month)) <= 2
    if m := _DAY.match(target):
        return m.group(1) in _event_days()
    return True


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (calendar bounded): target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _follow(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 500, "the bounded walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            nxt = _target(server.base_url, target, href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def _region(page: str) -> str:
    """The article as the single template prints it: headline to the sharing row."""
    start = page.index("elementor-widget-theme-post-title")
    return page[start : page.index('<div class="sharedaddy', start)]


def _content(page: str) -> str:
    start = page.index("elementor-widget-theme-post-content")
    return page[start : page.index('<div class="sharedaddy', start)]


def _template(gold: dict) -> str:
    slug = next(s for s, (_, name) in portal.CATS.items() if name == gold["category"])
    return portal.TEMPLATE_OF[slug]


def test_contract_shape() -> None:
    assert portal.NAME == "wp_elementor_tct"
    assert portal.PLATFORM == "wordpress"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS <= set(gold) <= _KEYS | {"alt_paths"}
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
        assert name not in portal.USERS
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    assert " - " not in gold["body"] and " - " not in gold["title"]  # wptexturize prints en dashes
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {name for _, name in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert not image.get("path", "").startswith("data:")
    assert gold["canonical_path"] == gold["path"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


def _listing_date(server: PortalServer, gold: dict) -> str:
    """The date printed beside the post in its category archive (classic skin)."""
    slug = next(s for s, (_, name) in portal.CATS.items() if name == gold["category"])
    for n in range(1, 5):
        status, page, _ = _get(server, portal.cat_path(slug, n))
        if status != 200:
            break
        m = re.search(
            re.escape(f'<a href="{server.base_url}{gold["path"]}">')
            + r".*?elementor-post-date\">([^<]+)<",
            page,
        )
        if m:
            return m.group(1)
    raise AssertionError(f"{gold['path']} is in no page of its category")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    base = server.base_url
    region = _region(page)
    headline = re.search(
        r'<h1 class="elementor-heading-title elementor-size-default">(.*?)</h1>', region
    )
    assert headline and _nfc(headline.group(1)) == gold["title"]
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell is printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<t[hd]>(.*?)</t[hd]>", region)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    printed = re.findall(
        r'<img data-lazyloaded="1" src="data:[^"]+"[^>]*? data-src="([^"]+)"', region
    )
    expected = [image.get("url") or base + image["path"] for image in gold["images"]]
    assert printed == expected
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in text
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text
    if gold["summary"]:
        lead = re.search(
            r"elementor-widget-theme-post-excerpt.*?<div class=\"elementor-widget-container\">\n(.*?)\n</div>",
            region,
            re.S,
        )
        assert lead and _reader(lead.group(1)) == gold["summary"]
    else:
        assert "theme-post-excerpt" not in region
    assert f'<link rel="canonical" href="{base}{gold["canonical_path"]}" />' in page
    crumbs = re.search(r'<p id="breadcrumbs">(.*?)</p>', page).group(1)
    assert [
        _nfc(t) for t in re.findall(r'<a href="[^"]+/chuyen-muc/[^"]+">([^<]+)</a>', crumbs)
    ] == [gold["category"]]
    meta = re.search(
        r'<meta property="article:published_time" content="([^"]+)\+00:00" />', page
    ).group(1)
    local = datetime.strptime(meta, "%Y-%m-%dT%H:%M:%S") + timedelta(hours=7)
    tpl = _template(gold)
    if tpl == "news":
        day = re.search(r"--type-date\"><time>(\d+) ([^,]+), (\d{4})</time>", region)
        clock = re.search(r"--type-time\"><time>(\d+):(\d{2}) (sáng|chiều)</time>", region)
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3) == "chiều" else 0)
        shown = datetime(
            int(day.group(3)), _MONTHS[day.group(2)], int(day.group(1)), hour, int(clock.group(2))
        )
        assert shown.strftime("%Y-%m-%dT%H:%M:00+07:00") == gold["published_at"]
        assert shown == local
    elif tpl == "notice":
        shown = re.search(r"Ngày đăng: </span><time>(\d{2}/\d{2}/\d{4})</time>", region).group(1)
        assert datetime.strptime(shown, "%d/%m/%Y").strftime("%Y-%m-%d") == gold["published_at"]
        assert "--type-time" not in region
    else:
        assert "--type-date" not in region and "--type-time" not in region
        listed = _listing_date(server, gold)
        assert datetime.strptime(listed, "%d/%m/%Y").strftime("%Y-%m-%d") == gold["published_at"]
    assert local.strftime("%Y-%m-%d") == gold["published_at"][:10]


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        body = gold["body"]
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in body
        for name in (
            gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
        ):
            assert name not in body


def test_gold_covers_the_platform_cases() -> None:
    by_id = {portal.post_path(s): s for s in portal.STORIES}
    editors = {by_id[g["path"]].opts["editor"] for g in portal.GOLD}
    assert editors == {"gutenberg", "classic", "elementor-section", "elementor-container"}
    assert {_template(g) for g in portal.GOLD} == {"news", "notice", "research"}
    dated = [g for g in portal.GOLD if "T" in g["published_at"]]
    assert 0 < len(dated) < len(portal.GOLD)
    assert sum(1 for g in portal.GOLD if g["summary"]) >= 3
    assert any(img["caption"] is None for g in portal.GOLD for img in g["images"])
    assert any("url" in img for g in portal.GOLD for img in g["images"])
    assert any(not g["images"] for g in portal.GOLD)
    assert any(g["source"] for g in portal.GOLD)


def test_reply_to_comment_variants_are_the_same_post(server: PortalServer) -> None:
    variants = 0
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        linked = re.findall(r"href='[^']*(\?replytocom=\d+)#respond'", page)
        assert [gold["path"] + q for q in linked] == gold.get("alt_paths", [])
        for alt in gold.get("alt_paths", []):
            status, twin, _ = _get(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in twin
            assert "<meta name='robots' content='noindex, follow' />" in twin
            assert _region(twin) == _region(page)
            variants += 1
    assert variants == 3


def test_share_links_leave_the_site_and_print_is_a_fragment(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        shares = re.findall(r'href="([^"#]+\?share=[a-z-]+)"', page)
        assert len(shares) == 3
        for href in shares:
            status, _, headers = _get(server, urlsplit(href).path + "?" + urlsplit(href).query)
            assert status == 302
            assert urlsplit(headers["Location"]).netloc in {
                "www.facebook.com",
                "x.com",
                "api.whatsapp.com",
            }
        assert f'href="{server.base_url}{gold["path"]}#print?share=print"' in page


def test_redirects(server: PortalServer) -> None:
    base = server.base_url
    for story in portal.STORIES:
        status, _, headers = _get(server, f"/?p={story.id}")
        assert (status, headers["Location"]) == (301, base + portal.post_path(story))
        status, _, headers = _get(server, portal.post_path(story)[:-1])
        assert (status, headers["Location"]) == (301, base + portal.post_path(story))
    renamed = next(s for s in portal.STORIES if s.opts.get("old_slug"))
    old = f"/{renamed.opts['old_slug']}/"
    status, _, headers = _get(server, old)
    assert (status, headers["Location"]) == (301, base + portal.post_path(renamed))
    linking = [
        g for g in portal.GOLD if f'href="{base}{old}"' in _content(_get(server, g["path"])[1])
    ]
    assert len(linking) == 1
    assert _get(server, "/sitemap.xml")[0] == 301
    assert _get(server, "/chuyen-muc/tin-hoat-dong/page/1/")[0] == 301
    assert _get(server, "/tin-tuc/1/")[0] == 301


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 301, 302)] == []
    assert sum(1 for s in walk.values() if s) < 250
    assert {t for t, s in walk.items() if s == 302} == {
        f"{g['path']}?share={k}" for g in portal.GOLD for k in ("facebook", "x", "jetpack-whatsapp")
    }


def test_listings_paginate(server: PortalServer, walk: dict[str, int]) -> None:
    assert "/chuyen-muc/tin-hoat-dong/page/2/" in walk
    assert _get(server, "/chuyen-muc/tin-hoat-dong/page/3/")[0] == 404
    # the "Tin tức" page: offset 1, so its pager promises one page more than it holds
    assert portal.NEWS_PAGE_PAGES == 4
    for n in range(1, 5):
        assert portal.news_page_path(n) in walk
    last = _get(server, "/tin-tuc/4/")[1]
    listing = last.split('data-widget_type="posts.cards"')[-1]
    assert (
        "Chưa có bài viết nào." in listing
        and "elementor-post__title" not in listing.split("elementor-pagination")[0]
    )
    assert _get(server, "/tin-tuc/5/")[0] == 404
    shown = []
    for n in range(1, 4):
        page = _get(server, portal.news_page_path(n))[1].split('data-widget_type="posts.cards"')[-1]
        page = page.split("elementor-pagination")[0]
        shown += re.findall(r'<h3 class="elementor-post__title"><a href="[^"]+(/[^"/]+/)">', page)
    newest = [g["path"] for g in portal.GOLD if g["category"] != "Thông báo"]
    assert shown == newest[1:]


def test_sitemap_from_robots_lists_every_article(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    index_url = re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1)
    index = _get(server, urlsplit(index_url).path)[1]
    posts: set[str] = set()
    events: set[str] = set()
    for loc in re.findall(r"<sitemap>\s*<loc>([^<]+)</loc>", index):
        status, body, headers = _get(server, urlsplit(loc).path)
        assert status == 200 and headers["Content-Type"].startswith("text/xml")
        locs = {urlsplit(u).path for u in re.findall(r"<url>\s*<loc>([^<]+)</loc>", body)}
        if "/post-sitemap" in loc:
            posts |= locs
        if "tribe_events" in loc:
            events |= locs
    assert posts == {g["path"] for g in portal.GOLD}
    assert events == {e.path for e in portal.EVENTS}


def test_feed_is_announced_and_holds_the_newest_ten(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    assert (
        f'type="application/rss+xml" title="{portal.SITE} &raquo; Dòng thông tin" href="{server.base_url}/feed/"'
        in home
    )
    feed = _get(server, "/feed/")[1]
    links = [urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    assert links == [g["path"] for g in portal.GOLD[:10]]


def test_calendar_links_never_end(server: PortalServer) -> None:
    target, seen = "/su-kien/", set()
    for _ in range(30):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(
            r'<a href="[^"]+(/su-kien/thang/\d{4}-\d{2}/)" class="[^"]*nav-link--next"', page
        ).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/su-kien/thang/2029-05/"
    last = _get(server, "/su-kien/thang/9999-12/")[1]
    assert _get(server, "/su-kien/thang/9999-12/")[0] == 200 and "nav-link--next" not in last
    assert _get(server, "/su-kien/thang/0999-12/")[0] == 404
    day = "/su-kien/2026-11-26/"
    for _ in range(10):
        page = _get(server, day)[1]
        day = re.search(
            r'<a href="[^"]+(/su-kien/\d{4}-\d{2}-\d{2}/)" class="[^"]*nav-link--next"', page
        ).group(1)
    assert day == "/su-kien/2026-12-06/"
    status, ics, headers = _get(server, "/su-kien/?ical=1")
    assert (
        status == 200
        and headers["Content-Type"].startswith("text/calendar")
        and "BEGIN:VEVENT" in ics
    )


def test_events_are_entries_not_posts(server: PortalServer) -> None:
    for event in portal.EVENTS:
        page = _get(server, event.path)[1]
        assert "tribe-events-single-event-title" in page
        assert "elementor-location-single" not in page and "article:published_time" not in page


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert len(decomposed) == 1
    named = [
        p for p, page in pages.items() if re.search(r"&[a-z]+;", _content(page).replace("&#", ""))
    ]
    assert len(named) == 1
    assert all("&#8211;" in page or "&ndash;" in page for page in pages.values())
    assert all(
        'src="data:image/svg+xml;base64,' in _content(page) or "<img" not in _content(page)
        for page in pages.values()
    )


def test_search_and_unknown_paths(server: PortalServer) -> None:
    status, page, _ = _get(server, "/?s=h%E1%BB%99i+th%E1%BA%A3o")
    assert status == 200 and "Kết quả tìm kiếm cho" in page
    assert _get(server, "/khong-co-bai-nay/")[0] == 404
    assert _get(server, "/wp-json/wp/v2/posts/99999")[0] == 404


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], "/su-kien/"):
        assert _get(server, target)[1] == _get(server, target)[1]
