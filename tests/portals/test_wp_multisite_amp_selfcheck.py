"""Self-check of the WordPress multisite (Newspaper + AMP) fixture: the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, text
the page does not print or an article no link reaches would waste that crawl. Nothing here imports
the crawler beyond the demo server. It checks that every GOLD, alt and NON_ARTICLES target answers
200 through a real PortalServer, that the gold is well formed and printed on its page, that links
from START_PATH reach every article (the walk expands only pages under the school's prefix; the
neighbours' pages it meets are fetched, not expanded), that the AMP, ``?noamp=mobile`` and
``?replytocom=`` variants carry ``rel=canonical`` to the post, and that the traps behave as
documented: the events calendar's "next month" never ends, the category filter links stay a
bounded set, Jetpack share links leave the host.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_multisite_amp as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
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
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|php)$|/feed/$|/wp-json/$")
_MONTH = re.compile(r"/events/month/(\d{4})-(\d{2})/$")
_HEADLINE = re.compile(r'<h1 class="(?:entry-title|tdb-title-text)">(.*?)</h1>')


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The article: from <article> to Jetpack's share block, which closes the content."""
    return page.split("<article", 1)[1].split('<div class="sharedaddy', 1)[0]


def _near_today(target: str) -> bool:
    m = _MONTH.search(target)
    if not m:
        return True
    y, mo = portal.THIS_MONTH
    return abs(int(m.group(1)) * 12 + int(m.group(2)) - (y * 12 + mo)) <= 2


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH: target -> status (0: linked, not fetched)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        path = urlsplit(target).path
        if _NOT_PAGES.search(path) or "share=" in target or not _near_today(target):
            seen[target] = 0
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 900, "the walk should stay small"
        if status != 200 or not path.startswith(portal.START_PATH):
            continue  # neighbours' pages: fetched, not expanded
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "wp_multisite_amp"
    assert portal.PLATFORM == "wordpress"
    assert portal.START_PATH == "/thcs-dinh-tang/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3
    assert all(p.startswith(portal.START_PATH) for p in paths + alts)
    neighbours = [t for t in portal.NON_ARTICLES if not t.startswith(portal.START_PATH)]
    assert len(neighbours) >= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][16:56])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS | {"alt_paths"} == set(gold)
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {name for _, name in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
    assert gold["canonical_path"] == gold["path"]
    for name in ("admin", "Ban biên tập"):
        assert name not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][16:56])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = _HEADLINE.search(page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    assert f"<title>{gold['title']} – " in _nfc(page)
    region = _region(page)
    shown = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: each cell printed in its own cell, in order
            rows = [
                [_reader(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)]
                for row in re.findall(r"<tr>(.*?)</tr>", region)
            ]
            assert paragraph.split(" | ") in rows, paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    for image in gold["images"]:
        src = image.get("url") or server.base_url + image["path"]
        assert f'src="{html.escape(src)}"' in region, src
        if image["caption"]:
            assert image["caption"] in shown
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in _reader(page)
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    crumbs = re.findall(r'class="(?:tdb-)?entry-crumb" href="[^"]+">([^<]+)</a>', page)
    assert _nfc(crumbs[-1]) == gold["category"]


def _listing_date(server: PortalServer, gold: dict) -> str:
    """The date and time a category listing prints beside the post's link."""
    cat = next(c for c, (_, name) in portal.CATS.items() if name == gold["category"])
    for n in range(1, 4):
        status, page, _ = _get(server, portal.cat_path(cat, n))
        assert status == 200
        m = re.search(
            re.escape(f'href="{server.base_url}{gold["path"]}" rel="bookmark"')
            + r'.*?<time class="entry-date updated td-module-date" datetime="[^"]+">([^<]+)</time>',
            page,
            re.S,
        )
        if m:
            return m.group(1)
    raise AssertionError(gold["path"])


def _stamp(shown: str) -> str:
    when = datetime.strptime(shown.split(", ", 1)[1], "%d/%m/%Y - %H:%M")
    return (
        when.strftime("%Y-%m-%d")
        if when.hour == when.minute == 0
        else when.strftime("%Y-%m-%dT%H:%M:00+07:00")
    )


def test_dates_are_the_meta_line_or_the_listing(server: PortalServer) -> None:
    dated = undated = 0
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        region = _region(page)
        m = re.search(r'<span class="td-post-date"><time [^>]*>([^<]+)</time>', region)
        if m:
            dated += 1
            assert _stamp(m.group(1)) == gold["published_at"]
        else:
            undated += 1
            assert "tdb_single_content" in page and "datePublished" not in page
            assert _stamp(_listing_date(server, gold)) == gold["published_at"]
    assert dated >= 8 and undated == 3
    migrated = next(g for g in portal.GOLD if g["published_at"] == "2025-05-28")
    assert "Ngày đăng: 2025-05-28" in _reader(_get(server, migrated["path"])[1])
    assert "Ngày đăng" not in migrated["body"]


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for name in gold["authors"] + gold["photographers"]:
            assert name not in gold["body"]
        for noise in (
            "Chia sẻ:",
            "Thích bài này",
            "Có liên quan",
            "NGUỒN",
            "TAGS",
            "Tải về",
            ".jpg",
        ):
            assert noise not in gold["body"]


def test_variants_are_the_same_article_with_canonical(server: PortalServer) -> None:
    for gold in portal.GOLD:
        canonical = f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />'
        main = _get(server, gold["path"])[1]
        assert f'<link rel="amphtml" href="{server.base_url}{gold["path"]}amp/">' in main
        amp, noamp, *replies = gold["alt_paths"]
        assert amp == gold["path"] + "amp/" and noamp == gold["path"] + "?noamp=mobile"
        amp_page = _get(server, amp)[1]
        assert amp_page.startswith("<!doctype html>\n<html amp") and canonical in amp_page
        assert f'href="{server.base_url}{noamp}"' in amp_page
        assert _get(server, gold["path"] + "?amp=1")[1] == amp_page
        amp_text = _reader(amp_page)
        for paragraph in gold["body"].split("\n\n"):
            if " | " not in paragraph and paragraph != gold["summary"]:
                assert paragraph in amp_text
        assert _region(_get(server, noamp)[1]) == _region(main)
        for reply in replies:
            page = _get(server, reply)[1]
            assert canonical in page and "noindex, follow" in page
            assert f'href="{server.base_url}{reply}#respond"' in main
            assert _region(page) == _region(main)
    assert sum(len(g["alt_paths"]) > 2 for g in portal.GOLD) == 1


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    golds = {g["path"] for g in portal.GOLD}
    assert golds <= set(walk)
    assert {a for g in portal.GOLD for a in g["alt_paths"]} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    bad = {t: s for t, s in walk.items() if s not in (0, 200)}
    # the only redirects met: the old slug inside a post's text and the shortlinks /?p=N
    assert bad.pop(f"{portal.BLOG}/hoi-thi-gvdg-cap-truong/") == 301
    assert bad == {f"{portal.BLOG}/?p={_id(g)}": 301 for g in portal.GOLD}
    assert sum(1 for s in walk.values() if s) < 500


def _id(gold: dict) -> int:
    return next(s.id for s in portal.STORIES if portal.post_path(s) == gold["path"])


def test_only_the_schools_pages_are_gold(walk: dict[str, int]) -> None:
    outside = {t for t, s in walk.items() if s == 200 and not t.startswith(portal.START_PATH)}
    assert {"/", "/th-dinh-tang/", "/mn-dinh-tang/", "/thcs-dinh-hai/"} <= outside
    assert not outside & {g["path"] for g in portal.GOLD}


def test_redirects(server: PortalServer) -> None:
    status, _, headers = _get(server, portal.BLOG)
    assert status == 301 and headers["Location"].endswith(portal.START_PATH)
    status, _, headers = _get(server, f"{portal.BLOG}/hoi-thi-gvdg-cap-truong/")
    assert status == 301 and headers["Location"].endswith(portal.post_path(portal._BY_ID[1476]))
    status, _, headers = _get(server, f"{portal.BLOG}/?p=1482")
    assert status == 301 and headers["Location"].endswith(portal.GOLD[0]["path"])
    for key in ("facebook", "twitter", "jetpack-whatsapp"):
        status, _, headers = _get(server, f"{portal.GOLD[0]['path']}?share={key}&nb=1")
        assert status == 302 and "127.0.0.1" not in urlsplit(headers["Location"]).netloc


def test_calendar_next_month_never_ends(server: PortalServer) -> None:
    target, seen = f"{portal.BLOG}/events/month/", set()
    for _ in range(30):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(
            r'<a href="[^"]*?(/thcs-dinh-tang/events/month/\d{4}-\d{2}/)" rel="next"', page
        ).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target.endswith("/2029-05/")
    last = _get(server, f"{portal.BLOG}/events/month/2999-12/")
    assert last[0] == 200 and 'rel="next"' not in last[1]
    assert _get(server, f"{portal.BLOG}/events/month/3000-01/")[0] == 404
    assert _get(server, f"{portal.BLOG}/events/month/2026-13/")[0] == 404


def test_category_filters_are_a_bounded_explosion(walk: dict[str, int]) -> None:
    filtered = [t for t in walk if "filter_by=" in t]
    assert 20 <= len(filtered) <= 60
    assert all(walk[t] == 200 for t in filtered)


def test_pagination(server: PortalServer) -> None:
    cat = portal.cat_path("tin-tuc-su-kien")
    first = _get(server, cat)[1]
    assert f'href="{server.base_url}{cat}page/2/"' in first
    assert _get(server, f"{cat}page/2/")[0] == 200
    assert _get(server, f"{cat}page/3/")[0] == 404
    assert f'href="{server.base_url}{portal.BLOG}/page/4/"' in _get(server, portal.START_PATH)[1]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))
    ]
    assert len(decomposed) == 1
    named = [
        p for p, page in pages.items() if re.search(r"&[a-z]+;", _region(page).replace("&amp;", ""))
    ]
    assert len(named) == 1
    assert all("&#8211;" in page or "&#8220;" in page for page in pages.values())


def test_header_date_is_today_not_a_publication_date(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    assert f'<div class="td_data_time"><div>{portal.TODAY}</div></div>' in page
    assert all(
        g["published_at"] and not g["published_at"].startswith("2026-11-25") for g in portal.GOLD
    )


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (
        portal.START_PATH,
        portal.GOLD[0]["path"],
        f"{portal.cat_path('thong-bao')}?filter_by=random_posts",
    ):
        assert _get(server, target)[1] == _get(server, target)[1]
