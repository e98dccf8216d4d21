"""Self-check of the Next.js (THPT) fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that the article pages print the
gold text, and that every article is reachable from START_PATH by what the platform offers: links,
robots.txt and its sitemaps, the RSS feed, and the "Xem thêm" JSON API the listing chunk calls.
It also checks the documented traps: the week calendar's links never end (every week 2000-2099
answers; the walk stops two weeks from today), ``?ref=`` duplicates carry the canonical, the
deleted post in the sitemap answers 200 with a not-found page, trailing slashes answer 308.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nextjs_thpt as portal
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
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$|^/_next/")
_WEEK = re.compile(r"^/lich-cong-tac\?tuan=(\d{4})-W(\d{2})$")
_BUTTON = re.compile(r'data-category="([a-z0-9-]+)" data-page="(\d+)">Xem thêm</button>')
_CHUNK_SRC = re.compile(r'<script src="(/_next/static/chunks/pages/chuyen-muc/[^"]+)"')
_FETCH = re.compile(
    r'fetch\("(/api/posts\?category=)"\.concat\(encodeURIComponent\(e\),"(&page=)"\)'
    r'\.concat\(t,"(&pageSize=)"\)\.concat\((\d+)\)\)'
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", re.sub(r"<!--.*?-->", "", markup))
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _local(target: str, base: str) -> str | None:
    parts = urlsplit(target)
    if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _near_today(target: str) -> bool:
    m = _WEEK.match(target)
    if not m:
        return True
    y, w = portal.THIS_WEEK
    return int(m.group(1)) == y and abs(int(m.group(2)) - w) <= 2


def _api_template(server: PortalServer, listing: str) -> str:
    """The URL the listing's "Xem thêm" button fetches, read out of the page chunk it loads."""
    chunk = _CHUNK_SRC.search(listing).group(1)
    status, code, _ = _get(server, chunk)
    assert status == 200
    m = _FETCH.search(code)
    assert m, "the listing chunk fetches the posts API"
    return m.group(1) + "{cat}" + m.group(2) + "{page}" + m.group(3) + m.group(4)


def _walk(server: PortalServer, *, sitemaps: bool, api: bool, feeds: bool) -> dict[str, int]:
    """Breadth-first from START_PATH over links (+ robots/sitemaps, RSS, the load-more API)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH] + (["/robots.txt"] if sitemaps else []))
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _near_today(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        found: list[str] = []
        if status in (301, 302, 307, 308):
            found.append(headers["Location"])
        elif status != 200:
            continue
        ctype = headers.get("Content-Type", "")
        if target == "/robots.txt":
            found += re.findall(r"^Sitemap: (\S+)$", body, re.M)
        elif "xml" in ctype:
            if "<rss" in body and not feeds:
                continue
            found += re.findall(r"<loc>([^<]+)</loc>", body) + re.findall(
                r"<link>([^<]+)</link>", body
            )
        elif "json" in ctype:
            found += [item["path"] for item in json.loads(body)["data"]]
        else:
            found += [html.unescape(h) for _, h in _HREF.findall(body)]
            found = [f for f in found if feeds or not f.endswith("/rss.xml")]
            if api and (button := _BUTTON.search(body)):
                cat, first = button.group(1), int(button.group(2))
                template = _api_template(server, body)
                pages = json.loads(
                    re.search(
                        r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', body
                    ).group(1)
                )["props"]["pageProps"]["pagination"]["pageCount"]
                found += [template.format(cat=cat, page=n) for n in range(first, pages + 1)]
        for link in found:
            nxt = _local(urljoin(server.url(target), link), server.base_url)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    return _walk(server, sitemaps=True, api=True, feeds=True)


def _article_region(page: str) -> str:
    start = re.search(r'<article class="PostDetail_root__\w+">', page)
    return page[start.end() :].split("</article>", 1)[0]


def _content(page: str) -> str:
    region = _article_region(page)
    return region.split('ck-content">', 1)[1].split('<div class="PostDetail_tags__', 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "nextjs_thpt"
    assert portal.PLATFORM == "nextjs"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) == 3
    assert max(portal.page_count(c) for c in portal.CATS) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS <= set(gold) <= _KEYS | {"alt_paths"}
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in portal.CATS.values()
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:
        assert name not in ("quantri", "vanthu", "doantruong")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="PostDetail_title__\w+">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    assert f"<title>{html.escape(gold['title'])} | " in page
    region = _article_region(page)
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell is printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    for image in gold["images"]:
        src = image.get("url") or image["path"]
        assert f'src="{html.escape(src)}"' in region
        if image["caption"]:
            assert image["caption"] in text
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}"/>' in page
    crumbs = re.search(r'<nav aria-label="breadcrumb"[^>]*><ol>(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]


def _listing_dates(server: PortalServer) -> dict[str, str]:
    """Path -> the date a listing card prints beside it (dd/mm/yyyy)."""
    dates: dict[str, str] = {}
    for cat in portal.CATS:
        page = _get(server, f"/chuyen-muc/{cat}")[1]
        for path, shown in re.findall(
            r'<h3 class="PostCard_title__\w+"><a href="([^"]+)">.*?</a></h3>'
            r'<span class="PostCard_date__\w+">([^<]+)</span>',
            page,
        ):
            dates[path] = shown
    return dates


def test_published_at_is_the_printed_date_line(server: PortalServer) -> None:
    listed = _listing_dates(server)
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        shown = re.search(r"<time dateTime=\"[^\"]+\">(.*?)</time>", _article_region(page))
        if shown is None:  # the photo-story template prints no date: the listing's date
            assert gold["published_at"] == datetime.strptime(
                listed[gold["path"]], "%d/%m/%Y"
            ).strftime("%Y-%m-%d")
            continue
        line = _reader(shown.group(1))
        if m := re.fullmatch(r"(?:Thứ \w+|Chủ Nhật), (\d\d/\d\d/\d{4}) - (\d\d:\d\d)", line):
            when = datetime.strptime(" ".join(m.groups()), "%d/%m/%Y %H:%M")
        elif m := re.fullmatch(r"Cập nhật lúc (\d\d:\d\d) ngày (\d\d/\d\d/\d{4})", line):
            when = datetime.strptime(f"{m.group(2)} {m.group(1)}", "%d/%m/%Y %H:%M")
        elif m := re.fullmatch(r"Ngày đăng: (\d{4}-\d\d-\d\d)", line):
            assert gold["published_at"] == m.group(1)
            continue
        else:
            raise AssertionError(line)
        expected = (
            when.strftime("%Y-%m-%d")
            if when.hour == when.minute == 0
            else when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        )
        assert gold["published_at"] == expected, line


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for name in gold["authors"] + gold["photographers"]:
            assert name not in gold["body"]


def test_next_data_carries_the_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        raw = re.search(
            r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', page
        ).group(1)
        assert "<" not in raw and ">" not in raw
        post = json.loads(raw)["props"]["pageProps"]["post"]
        assert post["title"] == gold["title"]
        assert post["category"]["name"] == gold["category"]


def test_walk_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 308)] == []
    assert [t for t, s in walk.items() if s == 308] == [
        "/bai-viet/tuyen-truyen-phap-luat-ve-trat-tu-an-toan-giao-thong-cho-hoc-sinh-1163/"
    ]


def test_oldest_post_needs_the_api_or_the_sitemap(server: PortalServer) -> None:
    gold = {g["path"] for g in portal.GOLD}
    links_only = _walk(server, sitemaps=False, api=False, feeds=True)
    assert gold - set(links_only) == {portal.GOLD[-1]["path"]}
    assert gold <= set(_walk(server, sitemaps=False, api=True, feeds=False))
    assert gold <= set(_walk(server, sitemaps=True, api=False, feeds=False))


def test_api_pages_match_the_listing(server: PortalServer) -> None:
    for cat in portal.CATS:
        listing = _get(server, f"/chuyen-muc/{cat}")[1]
        shown = re.findall(r'<h3 class="PostCard_title__\w+"><a href="([^"]+)"', listing)
        expected = [portal.article_path(s) for s in portal.in_cat(cat)]
        assert shown == expected[: portal.PAGE_SIZE]
        loaded = list(shown)
        for n in range(2, portal.page_count(cat) + 1):
            data = json.loads(_get(server, portal.api_path(cat, n))[1])
            loaded += [item["path"] for item in data["data"]]
        assert loaded == expected
        assert ("Xem thêm</button>" in listing) == (portal.page_count(cat) > 1)
        assert _get(server, f"/chuyen-muc/{cat}?page=2")[1].count("PostCard_card__") == len(shown)
    assert _get(server, "/api/posts?category=khong-co&page=1&pageSize=3")[0] == 404


def test_ref_duplicates_are_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, page, _ = _get(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}"/>' in page
            assert _article_region(page) == _article_region(_get(server, gold["path"])[1])


def test_sitemaps_feed_and_soft_404(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots and "Disallow: /api/" in robots
    index = _get(server, "/sitemap.xml")[1]
    assert "<sitemapindex" in index
    posts = _get(server, "/server-sitemap.xml")[1]
    locs = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", posts)]
    assert set(locs) == {g["path"] for g in portal.GOLD} | {portal.DELETED_PATH}
    status, page, _ = _get(server, portal.DELETED_PATH)
    assert status == 200 and "Bài viết không tồn tại" in page and "PostDetail_root" not in page
    feed = _get(server, "/rss.xml")[1]
    items = [urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    assert items == [g["path"] for g in portal.GOLD[: portal.RSS_SIZE]]
    assert _get(server, "/chuyen-muc/thong-bao/")[0] == 308


def test_calendar_weeks_never_end(server: PortalServer) -> None:
    target, seen = "/lich-cong-tac", set()
    for _ in range(30):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(r'<a href="(/lich-cong-tac\?tuan=\d{4}-W\d\d)">Tuần sau', page).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/lich-cong-tac?tuan=2027-W25"
    assert _get(server, "/lich-cong-tac?tuan=2099-W53")[0] == 200
    assert "Tuần sau" not in _get(server, "/lich-cong-tac?tuan=2099-W53")[1]
    assert _get(server, "/lich-cong-tac?tuan=2100-W01")[0] == 404
    assert _get(server, "/lich-cong-tac?tuan=2026-W54")[0] == 404


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _content(page))
    ]
    assert len(decomposed) == 1
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _content(page))]
    assert len(referenced) == 1
    assert all("<!-- -->" in page for page in pages.values())


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], "/lich-cong-tac", "/server-sitemap.xml"):
        assert _get(server, target)[1] == _get(server, target)[1]
