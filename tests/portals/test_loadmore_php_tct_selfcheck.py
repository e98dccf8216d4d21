"""Self-check of the home-made PHP "load more" fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer, that following links and the
"Xem thêm" buttons' ``data-url`` (what the page's jQuery fetches) from the start page reaches
every article, and that the platform's quirks behave as documented: the ajax fragment carries
the next items and the next button and is sent without a charset, the ``<noscript>`` pager gives
the same pages, an old slug serves the renamed article with ``rel=canonical`` to the new one, an
unknown id is a soft 404, and the event calendar's month links never end.
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

from . import loadmore_php_tct as portal
from ._selfcheck import fetch as _get

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_LINK = re.compile(r"""(?:href|data-url)=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|php)$")
_MONTH = re.compile(r"^/lich-su-kien\.html\?thang=(\d+)&nam=(\d+)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _near_today(target: str) -> bool:
    """Calendar months the walk follows: within two months of the widget's month."""
    m = _MONTH.match(target)
    if not m:
        return True
    y, mo = portal.THIS_MONTH
    return abs((int(m.group(2)) * 12 + int(m.group(1))) - (y * 12 + mo)) <= 2


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host href and data-url links from START_PATH: target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    here = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _near_today(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _LINK.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.scheme not in ("http", "https") or link.netloc != here:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def _region(page: str) -> str:
    return page.split('<article class="dm-post"', 1)[1].split('<div class="dm-post-foot">', 1)[0]


def _body_region(page: str) -> str:
    return page.split('<div class="dm-post-body" id="dm-content">', 1)[1].split(
        '<div class="dm-post-foot">', 1
    )[0]


def test_contract_shape() -> None:
    assert portal.NAME == "loadmore_php_tct"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert alts and not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][10:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS <= set(gold) <= _KEYS | {"alt_paths"}
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and " " * 2 not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {portal.CATS[c].name for c in portal.SECTIONS}
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
    assert gold["canonical_path"] == gold["path"]
    assert "admin" not in gold["authors"] and "bientap" not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


def _listing_dates(server: PortalServer) -> dict[str, str]:
    """path -> the date the category listings (all pages) print beside it."""
    dates: dict[str, str] = {}
    for slug in portal.SECTIONS:
        for n in (1, 2):
            page = _get(server, f"/chuyen-muc/{slug}.html?page={n}")[1]
            for path, shown in re.findall(
                r'<h3 class="dm-item-title"><a href="([^"]+)">.*?</a></h3><span class="dm-item-date">'
                r'<i class="fa fa-calendar-o"></i> (\d\d/\d\d/\d{4})</span>',
                page,
            ):
                dates[path] = datetime.strptime(shown, "%d/%m/%Y").strftime("%Y-%m-%d")
    return dates


def _date_from_line(line: str) -> str:
    for pattern, fmt, timed in (
        (r"Cập nhật lúc (\d\d:\d\d) ngày (\d\d/\d\d/\d{4})", "%H:%M %d/%m/%Y", True),
        (r"Thứ \w+, (\d\d/\d\d/\d{4}) - (\d\d:\d\d)", "%d/%m/%Y %H:%M", True),
        (r"Ngày đăng: (\d{4}-\d\d-\d\d)", "%Y-%m-%d", False),
    ):
        if m := re.fullmatch(pattern, line):
            when = datetime.strptime(" ".join(m.groups()), fmt)
            if timed and (when.hour, when.minute) != (0, 0):
                return when.strftime("%Y-%m-%dT%H:%M:00+07:00")
            return when.strftime("%Y-%m-%d")
    raise AssertionError(line)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][10:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, _ = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="dm-post-title">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    text = _reader(region)
    body = _body_region(page)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", body)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    if gold["summary"]:
        lead = re.search(r'<div class="dm-post-lead"><strong>(.*?)</strong></div>', region)
        assert lead and _reader(lead.group(1)) == gold["summary"]
    srcs = re.findall(r'<img src="([^"]+)"', body)
    assert len(srcs) == len(gold["images"])
    for src, image in zip(srcs, gold["images"], strict=True):
        resolved = urljoin("http://x.invalid" + gold["path"], html.unescape(src))
        want = image.get("url") or "http://x.invalid" + image["path"]
        assert resolved == want
        if image["caption"]:
            assert image["caption"] in _reader(body)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in _reader(region)
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    crumbs = re.search(r'<ol class="breadcrumb dm-breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]
    line = re.search(r'<span class="dm-date"><i class="fa fa-clock-o"></i> ([^<]+)</span>', region)
    if line:
        assert _date_from_line(line.group(1)) == gold["published_at"]
    else:
        assert _listing_dates(server)[gold["path"]] == gold["published_at"]


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for name in gold["authors"] + gold["photographers"]:
            assert name not in gold["body"]
        assert "Khoa Xây dựng Đảng" not in gold["body"].split("\n\n")[-1]


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    gold = {g["path"] for g in portal.GOLD}
    alts = {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert gold <= set(walk)
    assert alts <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    fetched = {t for t, s in walk.items() if s == 200}
    # every fetched page is an article, an alternative URL of one, or a listed non-article
    assert fetched - gold - alts - set(portal.NON_ARTICLES) == set()
    assert len(fetched) < 200


def test_listing_loads_more_by_ajax_with_noscript_pager(server: PortalServer) -> None:
    first = _get(server, "/chuyen-muc/tin-hoat-dong.html")[1]
    items = re.findall(r'<h3 class="dm-item-title"><a href="([^"]+)"', first)
    assert len(items) == portal.PER_PAGE
    url = html.unescape(
        re.search(r'class="btn[^"]*dm-loadmore" data-url="([^"]+)"', first).group(1)
    )
    assert url == "/ajax/chuyen-muc?slug=tin-hoat-dong&page=2"
    noscript = re.search(r"<noscript>(.*?)</noscript>", first, re.S).group(1)
    assert 'href="/chuyen-muc/tin-hoat-dong.html?page=2"' in noscript
    # outside <noscript> there is no numbered pager
    assert "?page=2" not in first.replace(noscript, "")
    status, fragment, headers = _get(server, url)
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert "<html" not in fragment and "dm-loadmore" not in fragment
    more = re.findall(r'<h3 class="dm-item-title"><a href="([^"]+)"', fragment)
    second = _get(server, "/chuyen-muc/tin-hoat-dong.html?page=2")[1]
    assert more == re.findall(r'<h3 class="dm-item-title"><a href="([^"]+)"', second)
    assert more and not set(more) & set(items)
    assert items + more == [g["path"] for g in portal.GOLD if g["category"] == "Tin hoạt động"]
    assert _get(server, "/ajax/chuyen-muc?slug=tin-hoat-dong&page=3")[1] == ""
    assert _get(server, "/chuyen-muc/tin-hoat-dong.html?page=1")[1] == first
    # the parent section pages the same way; a sorted listing carries its sort into both pagers
    tintuc = _get(server, "/chuyen-muc/tin-tuc.html?sap-xep=xem-nhieu")[1]
    assert 'data-url="/ajax/chuyen-muc?slug=tin-tuc&amp;page=2&amp;sap-xep=xem-nhieu"' in tintuc
    assert 'href="/chuyen-muc/tin-tuc.html?page=2&amp;sap-xep=xem-nhieu"' in tintuc


def test_old_slug_serves_renamed_article_with_canonical(server: PortalServer) -> None:
    (renamed,) = [g for g in portal.GOLD if g.get("alt_paths")]
    (old,) = renamed["alt_paths"]
    page = _get(server, old)[1]
    assert f'<link rel="canonical" href="{server.base_url}{renamed["path"]}" />' in page
    assert _region(page) == _region(_get(server, renamed["path"])[1])
    assert f'href="{old}"' in _get(server, portal.GOLD[0]["path"])[1]


def test_unknown_article_is_a_soft_404(server: PortalServer) -> None:
    status, page, _ = _get(server, portal.SOFT_404)
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị gỡ bỏ!" in page
    assert 'class="dm-post"' not in page
    assert _get(server, "/bai-viet/khong-ton-tai.html")[0] == 404


def test_print_views_are_noindex(server: PortalServer) -> None:
    for story in portal.STORIES:
        page = _get(server, f"/in-bai-viet/{story.id}.html")[1]
        assert '<meta name="robots" content="noindex, nofollow" />' in page
        assert 'rel="canonical"' not in page
    assert "Disallow: /in-bai-viet/" in _get(server, "/robots.txt")[1]


def test_calendar_next_links_never_end(server: PortalServer) -> None:
    target, seen = "/lich-su-kien.html?thang=11&nam=2026", set()
    for _ in range(40):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = html.unescape(
            re.search(
                r'<a class="cal-next" href="([^"]+)"',
                page.split('<div class="dm-cal dm-cal-full">')[1],
            ).group(1)
        )
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/lich-su-kien.html?thang=3&nam=2030"
    assert _get(server, "/lich-su-kien.html?thang=12&nam=9999")[0] == 200
    assert "thang=1&amp;nam=10000" in _get(server, "/lich-su-kien.html?thang=12&nam=9999")[1]
    # mktime() normalisation: month 13 of 2026 is January 2027
    assert "Lịch sự kiện tháng 1/2027" in _get(server, "/lich-su-kien.html?thang=13&nam=2026")[1]


def test_header_today_is_not_a_publication_date(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    assert portal.TODAY in page
    assert all(
        g["published_at"] is None or not g["published_at"].startswith("2026-11-25")
        for g in portal.GOLD
    )


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert len(decomposed) == 1
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _body_region(page))]
    assert len(referenced) == 1
    assert re.search(r"&[a-z]+;", _body_region(pages[referenced[0]]).replace("&amp;", ""))


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], "/ajax/chuyen-muc?slug=tin-tuc&page=2"):
        assert _get(server, target)[1] == _get(server, target)[1]
