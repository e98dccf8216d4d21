"""Self-check of the Liferay DXP 7.4 (Trường Chính trị) fixture portal: the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler. It checks
that what GOLD promises is served through a real PortalServer (headline, paragraphs, table
cells, captions, bylines, date line or listing date, category, canonical); that every other URL
of an article serves the same web content with the same canonical, and that the site links no
article URL the gold does not know; that following links from START_PATH reaches every article
and every listed non-article; and that the traps behave as documented: listings under many
delta/cur combinations (cur past the end shows the last page), login forms on every page's URL
(canonical = the page), a calendar whose links never end, search facets that multiply.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import liferay7_tct as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
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
    "alt_paths",
}
_ASSETS = re.compile(r"^/(documents|o|image|combo)(/|$)|\.(xml|txt|ico)$")
_ARTICLE = 'class="tct-article '
_DATE_LINE = re.compile(
    r"(?:Ngày đăng|Cập nhật): (\d{2})[/-](\d{2})[/-](\d{4})(?: (\d{2}):(\d{2}))?"
)
G = portal.GROUP


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    """Same-host link targets (path?query) of a page, in order."""
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        link = urlsplit(urljoin(server.url(target), href))
        if link.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def _followed(target: str) -> bool:
    """The walk's bounds on the traps: search only by keyword, calendar within a week of today."""
    parts = urlsplit(target)
    params = parse_qs(parts.query)
    if parts.path == portal.SEARCH:
        return set(params) <= {"q"}
    if parts.path == f"{G}/lich-cong-tac" and f"{portal.CAL_NS}date" in params:
        day = datetime.fromtimestamp(
            int(params[f"{portal.CAL_NS}date"][0]) / 1000, portal.TZ
        ).date()
        return abs((day - portal.TODAY_DATE).days) <= 8
    return True


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, tuple[int, bool]]:
    """Breadth-first over same-host links from START_PATH: target -> (status, shows an article)."""
    seen: dict[str, tuple[int, bool]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _ASSETS.search(urlsplit(target).path) or not _followed(target):
            seen[target] = (0, False)
            continue
        status, body, headers = _get(server, target)
        seen[target] = (status, _ARTICLE in body)
        assert len(seen) < 1500, "the walk should stay small"
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
        elif status == 200:
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def _region(page: str) -> str:
    """The article: from the headline to the share/print tools."""
    return page.split('tct-headline"', 1)[1].split('<div class="tct-tools">', 1)[0]


def _core(page: str) -> str:
    """The web content template's output, up to whatever the page prints after it."""
    after = page.split('<div class="tct-article ', 1)[1]
    return re.split(r'<div class="(?:tct-tags|tct-tools|asset-ratings)', after, maxsplit=1)[0]


def _canonical(page: str) -> str:
    return re.search(
        r'<link data-senna-track="temporary" href="([^"]+)" rel="canonical" />', page
    ).group(1)


def test_contract_shape() -> None:
    assert portal.NAME == "liferay7_tct"
    assert portal.PLATFORM == "liferay"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not set(paths) & set(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][21:60])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {c.name for c in portal.CATS.values()}
    assert gold["canonical_path"] == gold["path"] and gold["path"].startswith(f"{G}/-/")
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert image["caption"] is None or not image["caption"].startswith("(")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := _get(server, t)[0]) != 200]
    assert not failures


def _listing_date(server: PortalServer, gold: dict) -> str:
    """The display date the category listing prints beside the article."""
    cat = next(c for c in portal.CATS.values() if c.name == gold["category"])
    page = _get(server, portal.listing_target(cat, (75, 1)))[1]
    for item in page.split('<div class="tct-list-item media">')[1:]:
        if (
            _nfc(re.search(r'<h3 class="tct-list-title"><a [^>]*>(.*?)</a>', item).group(1))
            == gold["title"]
        ):
            d, m, y = re.search(
                r"(\d{2})/(\d{2})/(\d{4})", item.split("tct-list-date", 1)[1]
            ).groups()
            return f"{y}-{m}-{d}"
    raise AssertionError("not listed")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][21:60])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="component-heading [^"]*tct-headline"[^>]*>(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    srcs = re.findall(r'<img alt="[^"]*" src="([^"]+)"', region)
    assert [html.unescape(s) for s in srcs] == [
        im.get("url") or im["path"] for im in gold["images"]
    ]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in text and image["caption"] not in gold["body"]
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text and name not in gold["body"]
    assert _canonical(page) == server.base_url + gold["path"]
    category = re.search(
        r'<span class="tct-dp-label">Chuyên mục:</span> <a href="[^"]+">([^<]+)</a>', page
    )
    assert _nfc(category.group(1)) == gold["category"]
    line = re.search(r'<span class="tct-date"><i class="icon-time"></i> ([^<]+)</span>', region)
    if line is None:
        assert gold["published_at"] == _listing_date(server, gold)
        return
    d, m, y, hh, mm = _DATE_LINE.match(line.group(1)).groups()
    stamp = f"{y}-{m}-{d}"
    if hh and (hh, mm) != ("00", "00"):
        stamp += f"T{hh}:{mm}:00+07:00"
    assert stamp == gold["published_at"]
    assert stamp[:10] == _listing_date(server, gold)


def test_every_alternative_url_serves_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        core = _core(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page, _ = _get(server, alt)
            assert status == 200, alt
            assert _canonical(page) == server.base_url + gold["path"], alt
            assert _core(page) == core, alt
            assert (
                _nfc(re.search(r'tct-headline"[^>]*>(?:<span[^>]*>)?(.*?)<', page).group(1))
                == gold["title"]
            )
            if "/-/asset_publisher/" in alt:
                crumbs = re.findall(r'<span class="breadcrumb-text-truncate">([^<]+)</span>', page)
                assert _nfc(crumbs[1]) == gold["category"]


def test_walk_from_start_reaches_every_article_and_non_article(
    walk: dict[str, tuple[int, bool]],
) -> None:
    assert walk[portal.START_PATH][0] == 302
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    bad = [t for t, (s, _) in walk.items() if s not in (0, 200) and t != portal.START_PATH]
    assert bad == []
    shown = {t for t, (_, article) in walk.items() if article}
    known = {g["path"] for g in portal.GOLD} | {a for g in portal.GOLD for a in g["alt_paths"]}
    assert shown == known
    assert sum(1 for s, _ in walk.values() if s) < 600


def test_listing_states(server: PortalServer) -> None:
    cat = portal.CATS["tin-tuc"]
    bare = _get(server, cat.path)[1]
    assert _canonical(bare) == server.base_url + cat.path
    page2 = _get(server, portal.listing_target(cat, (4, 2)))[1]
    assert _canonical(page2) == server.base_url + cat.path
    beyond = portal.listing_target(cat, (4, 2)).replace("_cur=2", "_cur=9")
    assert _get(server, beyond)[1] == page2  # cur past the end: the last page
    titles = re.findall(r'<h3 class="tct-list-title"><a href="([^"]+)"', page2)
    assert len(titles) == 1 and "redirect=" in titles[0]
    back = parse_qs(urlsplit(html.unescape(titles[0])).query)[f"{cat.ns}redirect"][0]
    assert back == portal.listing_target(cat, (4, 2))
    for c in portal.CATS.values():
        pages = portal._pages(len(portal.in_cat(c)), c.delta)
        assert len(portal.reachable_states(c)) == 1 + len(portal.DELTAS) + (
            pages if pages > 1 else 0
        )
    assert portal._pages(len(portal.in_cat(cat)), cat.delta) == 2
    assert portal._pages(len(portal.in_cat(portal.CATS["thong-bao"])), 2) == 2


def test_login_links_are_login_forms_with_the_page_as_canonical(server: PortalServer) -> None:
    gold = portal.GOLD[3]
    page = _get(server, gold["path"])[1]
    login = next(t for t in _links(server, gold["path"], page) if portal.LOGIN in t)
    assert login == portal.login_target(gold["path"]) and "p_p_state=maximized" in login
    status, form, _ = _get(server, login)
    assert status == 200
    assert _ARTICLE not in form and 'class="form sign-in-form"' in form
    assert _canonical(form) == server.base_url + gold["path"]
    forgot = next(t for t in _links(server, login, form) if "forgot_password" in t)
    assert _get(server, forgot)[0] == 200
    assert _get(server, portal.login_target(f"{G}/-/no-such-article"))[0] == 404


def test_calendar_links_never_end(server: PortalServer) -> None:
    target, seen = f"{G}/lich-cong-tac", set()
    for _ in range(30):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = html.unescape(
            re.search(r'<a aria-label="Tiếp" class="[^"]+" href="([^"]+)"', page).group(1)
        )
        nxt = nxt.removeprefix(server.base_url)
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == portal.cal_target(portal.TODAY_DATE + timedelta(weeks=30))
    assert _get(server, portal.cal_target(date(2999, 12, 1), "month"))[0] == 200
    too_far = portal.cal_target(portal.TODAY_DATE).rsplit("=", 1)[0] + f"={portal.CAL_MAX_MS + 1}"
    assert _get(server, too_far)[0] == 404
    week = _get(server, f"{G}/lich-cong-tac")[1]
    assert "Giao ban Ban Giám hiệu" in week and "23/11/2026" in week


def test_search_facets_multiply(server: PortalServer) -> None:
    start = portal.search_target({"q": "trường"})
    seen, frontier = {start}, [start]
    articles = set()
    for _ in range(3):
        nxt = []
        for target in frontier:
            status, page, _ = _get(server, target)
            assert status == 200
            for link in _links(server, target, page):
                if urlsplit(link).path == f"{G}/-/" or "/-/" in link:
                    articles.add(link)
                elif urlsplit(link).path == portal.SEARCH and link not in seen:
                    seen.add(link)
                    nxt.append(link)
        frontier = nxt[:60]
    assert len(seen) > 150
    assert articles <= {g["path"] for g in portal.GOLD}


def test_sitemap_and_robots(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    sitemap = _get(server, "/sitemap.xml")[1]
    locs = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert {g["path"] for g in portal.GOLD} <= set(locs)
    assert not set(locs) & {a for g in portal.GOLD for a in g["alt_paths"]}


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _core(page))
    ]
    assert len(decomposed) == 1
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _core(page))]
    assert len(referenced) == 1
    encoded = [g["path"] for g in portal.GOLD if "%" in g["path"]]
    assert len(encoded) == 2
    for path in encoded:
        assert _get(server, path.lower())[0] == 200  # hex case does not matter to the server


def test_root_redirects_and_site_is_deterministic(server: PortalServer) -> None:
    status, _, headers = _get(server, "/")
    assert status == 302 and headers["Location"] == server.base_url + G
    for target in (f"{G}/trang-chu", portal.GOLD[0]["path"], f"{G}/lich-cong-tac"):
        assert _get(server, target)[1] == _get(server, target)[1]
