"""Self-check of the vendor e-government (Trường Chính trị) fixture portal, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that links from the start page
(plus the category pager's POSTs to the partial-view action, as the page's script sends them)
reach every article, that the GET-only channels the product offers (RSS per category, sitemap,
"Tin cùng chuyên mục") reach every article as well, and that the traps behave as documented:
the weekly work calendar's "Tuần sau" links never end, duplicate URL forms carry
``rel=canonical`` to the lower-case path, a removed article answers 200 with a notice.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import viettel_egov_tct as portal
from ._selfcheck import NO_REDIRECTS as _STRICT

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
    "alt_paths",
}
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|rss)$")
_WEEK = re.compile(r"^/lich-cong-tac\?tuan=(\d+)&nam=(\d{4})$")
_PAGER = re.compile(
    r'<div class="vt-pager" data-url="([^"]+)" data-chuyenmuc="([^"]+)" data-size="(\d+)"'
    r"[^>]*>(.*?)</div>",
    re.S,
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str, data: dict | None = None) -> tuple[int, str]:
    """Status and body of one request (a POST when ``data`` is given); no redirects followed."""
    body = urlencode(data).encode() if data is not None else None
    try:
        with _STRICT.open(server.url(target), data=body, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split('<div class="vt-article" ', 1)[1].split('<div class="vt-share">', 1)[0]


def _near_this_week(target: str) -> bool:
    m = _WEEK.match(target)
    if not m:
        return True
    year, week = portal.THIS_WEEK
    return int(m.group(2)) == year and abs(int(m.group(1)) - week) <= 2


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        link = urlsplit(urljoin(server.url(target), html.unescape(href)))
        if link.scheme in ("http", "https") and link.netloc == urlsplit(server.base_url).netloc:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def _pager_posts(body: str) -> list[dict[str, str]]:
    """The POSTs the category script sends for each pager button, as form fields."""
    posts = []
    for url, cat, size, buttons in _PAGER.findall(body):
        for page in sorted(set(re.findall(r'data-page="(\d+)"', buttons))):
            posts.append({"url": url, "chuyenMucId": cat, "pageIndex": page, "pageSize": size})
    return posts


def _walk(server: PortalServer, *, posts: bool) -> dict[str, int]:
    """Breadth-first from START_PATH over same-host links (calendar bounded): target -> status."""
    seen: dict[str, int] = {}
    posted: set[tuple[str, str]] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _near_this_week(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        bodies = [body]
        while posts and bodies:
            for form in _pager_posts(bodies.pop()):
                key = (form["chuyenMucId"], form["pageIndex"])
                if key in posted:
                    continue
                posted.add(key)
                url = form.pop("url")
                st, fragment = _get(server, url, form)
                assert st == 200
                bodies.append(fragment)
                queue.extend(_links(server, target, fragment))
        queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    return _walk(server, posts=True)


def test_contract_shape() -> None:
    assert portal.NAME == "viettel_egov_tct"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][18:26])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    assert not (gold["published_at"] or "").endswith("T00:00:00+07:00")
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {c.name for c in portal.CATEGORIES.values()}
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
    assert gold["canonical_path"] == gold["path"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


def _shown_date(page: str) -> str | None:
    """The article's own date line, read as a reader does (None when the page prints none)."""
    m = re.search(r'<span class="vt-article__date[^"]*">(.*?)</span>', page)
    if not m:
        return None
    line = _reader(m.group(1))
    if mm := re.fullmatch(r"Thứ [^,]+, (\d\d/\d\d/\d{4}) - (\d\d:\d\d)", line):
        day, clock = mm.groups()
    elif mm := re.fullmatch(r"Cập nhật lúc (\d\d:\d\d) ngày (\d\d/\d\d/\d{4})", line):
        clock, day = mm.groups()
    elif mm := re.fullmatch(r"Ngày đăng: (\d{4}-\d\d-\d\d)", line):
        return mm.group(1)
    else:
        raise AssertionError(line)
    when = datetime.strptime(f"{day} {clock}", "%d/%m/%Y %H:%M")
    return when.strftime("%Y-%m-%d" if clock == "00:00" else "%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][18:26])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    assert "<title>Chi tiết tin tức - " in page
    headline = re.search(r'<h1 class="vt-article__title">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    text = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell is printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    if gold["summary"]:
        sapo = re.search(r'<div class="vt-article__sapo"[^>]*>(.*?)</div>', region).group(1)
        assert _reader(sapo) == gold["summary"]
    srcs = re.findall(r'<img alt="[^"]*" src="([^"]+)"', region.split("vt-article__body", 1)[1])
    assert srcs == [html.escape(i["path"]) for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in text
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    crumbs = re.search(r'<ol class="vt-breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]
    shown = _shown_date(region)
    assert shown == gold["published_at"] or (shown is None and gold["published_at"])


def test_undated_article_takes_the_listing_date(server: PortalServer) -> None:
    undated = [g for g in portal.GOLD if _shown_date(_region(_get(server, g["path"])[1])) is None]
    assert len(undated) == 1
    (gold,) = undated
    story = next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])
    cat = portal.CATEGORIES[story.cat]
    form = {"chuyenMucId": cat.gid, "pageIndex": "2", "pageSize": str(portal.PAGE_SIZE)}
    fragment = _get(server, portal.PARTIAL, form)[1]
    entry = fragment.split(f'href="{gold["path"]}"', 1)[1]
    day = re.search(r'<span class="vt-list__date">\((\d\d/\d\d/\d{4})\)</span>', entry).group(1)
    assert datetime.strptime(day, "%d/%m/%Y").strftime("%Y-%m-%d") == gold["published_at"]


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for name in gold["authors"] + gold["photographers"]:
            assert name not in gold["body"]
        assert "Người đăng" not in gold["body"] and "File đính kèm" not in gold["body"]


def test_alternative_forms_serve_the_same_article_with_canonical(server: PortalServer) -> None:
    for gold in portal.GOLD:
        own = _region(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page = _get(server, alt)
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
            assert _region(page) == own
    assert sum(len(g["alt_paths"]) == 2 for g in portal.GOLD) == len(portal.SLIDER)


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    # every fetched page is a gold target or a listed non-article, the endless weeks aside
    fetched = {t for t, s in walk.items() if s and not _WEEK.match(t)}
    gold_targets = {g["path"] for g in portal.GOLD} | {
        a for g in portal.GOLD for a in g["alt_paths"]
    }
    assert fetched <= gold_targets | set(portal.NON_ARTICLES), fetched - gold_targets


def test_get_only_channels_reach_every_article(server: PortalServer) -> None:
    """RSS per category, the sitemap and "Tin cùng chuyên mục": no script needed."""
    gold_paths = {g["path"] for g in portal.GOLD}
    assert set(_walk(server, posts=False)) >= gold_paths
    from_feeds: set[str] = set()
    for cat in portal.CATEGORIES.values():
        assert f"{server.base_url}/rss/{cat.slug}.rss" in _get(server, "/rss")[1]
        assert f'href="{server.base_url}/rss/{cat.slug}.rss"' in _get(server, cat.path)[1]
        feed = _get(server, f"/rss/{cat.slug}.rss")[1]
        from_feeds |= {urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)[1:]}
    assert from_feeds == gold_paths
    assert f"Sitemap: {server.base_url}/sitemap.xml" in _get(server, "/robots.txt")[1]
    locs = {
        urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", _get(server, "/sitemap.xml")[1])
    }
    assert gold_paths <= locs


def test_category_pager_is_a_post_to_the_partial_view(server: PortalServer) -> None:
    cat = portal.CATEGORIES["hd"]
    page = _get(server, cat.path)[1]
    first = re.findall(r'<h3 class="vt-list__title"><a href="([^"]+)"', page)
    stories = portal.in_cat("hd")
    assert first == [portal.article_path(s) for s in stories[: portal.PAGE_SIZE]]
    assert 'data-page="2"' in page and "?page=" not in page
    assert _get(server, portal.PARTIAL)[0] == 405
    form = {"chuyenMucId": cat.gid, "pageIndex": "2", "pageSize": str(portal.PAGE_SIZE)}
    fragment = _get(server, portal.PARTIAL, form)[1]
    assert "<html" not in fragment
    second = re.findall(r'<h3 class="vt-list__title"><a href="([^"]+)"', fragment)
    assert second == [portal.article_path(s) for s in stories[portal.PAGE_SIZE :]]
    past = _get(server, portal.PARTIAL, {**form, "pageIndex": "3"})[1]
    assert "Không có dữ liệu" in past and "vt-list__item" not in past


def test_calendar_next_links_never_end(server: PortalServer) -> None:
    target, seen = "/lich-cong-tac", set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)" class="vt-cal__next">', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/lich-cong-tac?tuan=3&nam=2028"
    assert "Chưa có lịch công tác tuần này." in _get(server, target)[1]
    assert "Giao ban Ban Giám hiệu tuần 48" in _get(server, "/lich-cong-tac")[1]
    assert _get(server, "/lich-cong-tac?tuan=52&nam=2999")[0] == 200
    assert 'class="vt-cal__next"' not in _get(server, "/lich-cong-tac?tuan=52&nam=2999")[1]
    assert _get(server, "/lich-cong-tac?tuan=1&nam=3000")[0] == 404
    assert _get(server, "/lich-cong-tac?tuan=53&nam=2027")[0] == 404
    assert _get(server, "/lich-cong-tac?tuan=53&nam=2026")[0] == 200


def test_removed_article_is_a_soft_404(server: PortalServer) -> None:
    status, page = _get(server, f"/tin-tuc/chi-tiet?id={portal.REMOVED_GUID}")
    assert status == 200
    assert "Tin bài không tồn tại hoặc đã bị gỡ bỏ" in page and "vt-article__title" not in page
    assert f'href="/tin-tuc/chi-tiet?id={portal.REMOVED_GUID}"' in _get(server, "/")[1]
    assert _get(server, "/tin-tuc/chi-tiet/khong-phai-guid")[0] == 404


def test_print_views_point_back_and_are_noindex(server: PortalServer) -> None:
    for story in portal.STORIES:
        page = _get(server, f"/tin-tuc/in-bai/{portal.gid(story)}")[1]
        assert '<meta name="robots" content="noindex, nofollow" />' in page
        canonical = f"{server.base_url}{portal.article_path(story)}"
        assert f'<link rel="canonical" href="{canonical}" />' in page


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert len(decomposed) == 1
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _region(page))]
    assert len(referenced) == 1
    assert re.search(r"&[a-z]+;", _region(pages[referenced[0]]).replace("&amp;", ""))


def test_header_date_is_today_not_a_publication_date(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"]):
        assert portal.TODAY in _get(server, target)[1]
    assert all(not (g["published_at"] or "").startswith("2026-11-25") for g in portal.GOLD)


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], "/lich-cong-tac"):
        assert _get(server, target)[1] == _get(server, target)[1]
