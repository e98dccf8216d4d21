"""Self-check of the Joomla 4 (Trường THCS) fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, an
article no link reaches, or gold text the page does not print would waste that crawl. Nothing
here imports the crawler (only ``crawler.demo.server`` to serve the site). It checks that what
GOLD promises is served through a real PortalServer, that links from the start page reach every
article and non-article, that the duplicate URL forms serve the same article with the documented
canonical (only the slideshow's non-SEF form carries one), that the pagers are what the
docstring says (``?start=N`` on blogs and the home page, ``?limitstart=N`` on the list layout,
"Trang i / n"), and that the JEvents month links never end (the walk below follows months only
from October to December 2026 and day pages only in November 2026).
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
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla4_thcs as portal
from ._selfcheck import NO_REDIRECTS as _STRICT

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_A_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')
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
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$|\.feed$")
_MONTH = re.compile(r"^/lich-cong-tac/month\.calendar/(\d{4})/(\d{2})/\d{2}/-\.html$")
_DAY = re.compile(r"^/lich-cong-tac/eventsbyday/(\d{4})/(\d{2})/\d{2}/-\.html$")
_PUBLISHED = re.compile(
    r'<time datetime="([^"]+)" itemprop="datePublished">Được đăng: (Thứ \w+|Chủ nhật), (\d{2}) Tháng (\d{1,2}) (\d{4}) (\d{2}):(\d{2})</time>'
)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    """Status and decoded body of one request; redirects are not followed."""
    try:
        with _STRICT.open(server.url(quote(target, safe="/?&=%:+;,-._~")), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, ""


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed: what a reader sees."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The article view from its headline to the pagenavigation plugin."""
    return page.split('<div class="com-content-article item-page', 1)[1].split(
        '<nav class="pagenavigation"', 1
    )[0]


def _body(page: str) -> str:
    return page.split('<div itemprop="articleBody" class="com-content-article__body">', 1)[1].split(
        "</div>\n<dl", 1
    )[0]


def _in_walk(target: str) -> bool:
    """Calendar pages the walk follows: months October-December 2026, days of November 2026."""
    if m := _MONTH.match(target):
        return (int(m.group(1)), int(m.group(2))) in {(2026, 10), (2026, 11), (2026, 12)}
    if m := _DAY.match(target):
        return (int(m.group(1)), int(m.group(2))) == (2026, 11)
    return True


def _links(server: PortalServer, page_target: str, markup: str) -> list[str]:
    out = []
    for href in _A_HREF.findall(markup):
        href = html.unescape(href).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin(server.url(page_target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a href> links from START_PATH (calendar bounded): target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _in_walk(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status == 200:
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "joomla4_thcs"
    assert portal.PLATFORM == "joomla"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths + alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert _KEYS <= set(gold) <= _KEYS | {"alt_paths"}
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {c.title for c in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
    assert gold["canonical_path"] == gold["path"]
    assert not set(gold["authors"]) & set(portal.ACCOUNTS)


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 itemprop="headline">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    body = _body(page)
    text = _reader(body)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: every cell is printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", body)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    if gold["summary"]:
        first = re.search(r"<p[^>]*>(.*?)</p>", body).group(0)
        assert first.startswith('<p class="lead">') or re.fullmatch(
            r"<p><strong>.*</strong></p>", first
        )
    srcs = re.findall(r'<img src="([^"]+)"', region)
    content_srcs = [s for s in srcs if not s.startswith("/media/")]
    expected = [im.get("url") or im["path"] for im in gold["images"]]
    assert [html.unescape(s) for s in content_srcs if html.unescape(s) in expected] == expected
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in _reader(region)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in _reader(region)
    # the category is the info block's "Danh mục:" and the breadcrumb's item before the title
    assert f'itemprop="genre">{html.escape(gold["category"], quote=False)}</a>' in region
    crumbs = re.findall(
        r'<span itemprop="name">([^<]+)</span>',
        page.split('class="mod-breadcrumbs', 1)[1].split("</ol>", 1)[0],
    )
    assert _nfc(crumbs[-2]) == gold["category"] and _nfc(crumbs[-1]) == gold["title"]
    assert 'rel="canonical"' not in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_published_at_is_the_printed_publish_date(server: PortalServer, gold: dict) -> None:
    page = _get(server, gold["path"])[1]
    region = _region(page)
    shown = _PUBLISHED.search(region)
    if shown is None:
        # the page hides its date: the list layout (and the home module) print the date only
        assert "Được đăng" not in region and "Ngày tạo" not in region
        story = portal._BY_ID[int(gold["path"].rsplit("/", 1)[1].split("-", 1)[0])]
        listing = _get(server, portal.cat_path(int(story.cat)))[1]
        row = re.search(
            rf'href="{re.escape(gold["path"])}">.*?<td class="list-date small">([\d-]+)</td>',
            listing,
        )
        assert (
            row
            and datetime.strptime(row.group(1), "%d-%m-%Y").strftime("%Y-%m-%d")
            == gold["published_at"]
        )
        return
    iso, _, day, month, year, hh, mm = shown.groups()
    local = datetime(int(year), int(month), int(day), int(hh), int(mm))
    assert iso == local.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    expected = local.strftime("%Y-%m-%d") if (hh, mm) == ("00", "00") else iso
    assert gold["published_at"] == expected


def test_captions_bylines_and_attachments_are_not_body() -> None:
    by_path = {portal.article_path(s): s for s in portal.STORIES}
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for block in by_path[gold["path"]].blocks:
            if isinstance(block, portal.Raw):  # the closing byline lines
                assert _reader(block.html) not in gold["body"]
        assert ".pdf" not in gold["body"] and "Lượt xem" not in gold["body"]


def test_duplicate_forms_serve_the_article_with_the_documented_canonical(
    server: PortalServer,
) -> None:
    kinds = set()
    for gold in portal.GOLD:
        sef_region = _region(_get(server, gold["path"])[1])
        for alt in gold.get("alt_paths", []):
            status, page = _get(server, alt)
            assert status == 200
            assert _region(page) == sef_region
            canonical = re.findall(r'<link href="([^"]+)" rel="canonical">', page)
            if alt.startswith("/index.php") and alt.endswith("&Itemid=103"):
                kinds.add("nonsef")
                assert canonical == [server.base_url + gold["path"]]
            else:
                kinds.add("homeitem" if alt.startswith("/index.php") else "legacy")
                assert canonical == []
    assert kinds == {"nonsef", "homeitem", "legacy"}


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    reached = {t for t, s in walk.items() if s == 200}
    assert {g["path"] for g in portal.GOLD} <= reached
    assert {a for g in portal.GOLD for a in g.get("alt_paths", [])} <= reached
    assert set(portal.NON_ARTICLES) <= reached
    assert [t for t, s in walk.items() if s not in (0, 200)] == []


def test_pagers(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc.html")[1]
    assert (
        "Trang 1 / 3" in first
        and 'href="/tin-tuc.html?start=3"' in first
        and 'href="/tin-tuc.html?start=6"' in first
    )
    assert _get(server, "/tin-tuc.html?start=0")[1] == first
    last = _get(server, "/tin-tuc.html?start=6")[1]
    assert "Trang 3 / 3" in last and _get(server, "/tin-tuc.html?start=60")[1] == last
    # "Tin tức" lists its sub-categories' articles too: every "Tin tức"-family article is on its pages
    listed = set()
    for start in (0, 3, 6):
        listed |= set(
            re.findall(
                r'<h2 itemprop="name"><a href="([^"]+)"',
                _get(server, f"/tin-tuc.html?start={start}")[1],
            )
        )
    family = {g["path"] for g in portal.GOLD if g["path"].startswith("/tin-tuc/")}
    assert listed == family
    notices = _get(server, "/thong-bao.html")[1]
    assert (
        "Trang 1 / 2" in notices
        and 'href="/thong-bao.html?limitstart=3"' in notices
        and "?start=" not in notices
    )
    assert _get(server, "/thong-bao.html?start=3")[1].count('class="list-title"') == 1
    home = _get(server, "/")[1]
    assert 'href="/?start=4"' in home and "Trang 1 / 2" in home
    assert (
        "Không có bài viết nào trong danh mục này." in _get(server, "/thong-bao/tuyen-sinh.html")[1]
    )


def test_readmore_is_titled_and_truncated_like_joomla(server: PortalServer) -> None:
    page = _get(server, "/tin-tuc/hoat-dong.html")[1]
    long_title = portal._BY_ID[57].title
    assert len(long_title) > portal.READMORE_LIMIT
    shown = re.findall(r"</span> Đọc thêm: ([^<]+)</a>", page)
    short = html.escape(portal.truncate(long_title), quote=True)
    assert (
        short in shown
        and short.endswith("...")
        and len(portal.truncate(long_title)) <= portal.READMORE_LIMIT
    )


def test_calendar_month_links_never_end(server: PortalServer) -> None:
    target, seen = "/lich-cong-tac.html", set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(
            re.search(r'<div class="nextmonth"><a href="([^"]+)" title="Tháng sau">', page).group(1)
        )
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/lich-cong-tac/month.calendar/2030/03/25/-.html"
    assert _get(server, "/lich-cong-tac/month.calendar/2099/12/01/-.html")[0] == 200
    assert (
        'title="Tháng sau"'
        not in _get(server, "/lich-cong-tac/month.calendar/2099/12/01/-.html")[1]
    )
    assert _get(server, "/lich-cong-tac/month.calendar/2100/01/01/-.html")[0] == 404
    assert _get(server, "/lich-cong-tac/month.calendar/2026/02/30/-.html")[0] == 404
    # the day part is free: the same month answers under every valid day
    one = _get(server, "/lich-cong-tac/month.calendar/2026/11/03/-.html")[1]
    assert "Tháng 11 2026" in one and one.count('class="cal_daylink"') == 30


def test_print_views_and_static_pages(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"] + "?tmpl=component&print=1")[1]
        assert "window.print()" in page and 'class="contentpane component"' in page
        assert gold["body"].split("\n\n")[0] in _reader(page)
    for path in portal.PAGES:
        page = _get(server, path)[1]
        assert (
            'class="com-content-article item-page' in page
            and "Được đăng" not in page
            and "article-info" not in page
        )


def test_feeds_list_the_articles(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    assert 'href="/?format=feed&amp;type=rss"' in home
    feed = _get(server, "/?format=feed&type=rss")[1]
    links = [urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    assert links == [
        g["path"]
        for g in portal.GOLD
        if portal._BY_ID[int(g["path"].rsplit("/", 1)[1].split("-")[0])].opts.get("featured")
    ]
    cat_feed = _get(server, "/tin-tuc.feed?type=rss")[1]
    assert len(re.findall(r"<item>", cat_feed)) == 8
    assert "<feed " in _get(server, "/tin-tuc/hoat-dong.feed?type=atom")[1]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))
    ]
    assert len(decomposed) == 1
    referenced = [
        p
        for p, page in pages.items()
        if re.search(r"&#\d+;", _body(page)) and re.search(r"&[a-z]+;", _body(page))
    ]
    assert len(referenced) == 1


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[0]["path"], "/lich-cong-tac.html", "/thong-bao.html"):
        assert _get(server, target)[1] == _get(server, target)[1]
