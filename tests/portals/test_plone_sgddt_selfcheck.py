"""Self-check of the Plone 5.2 (Phòng GD&ĐT Hương Sơn) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, its
``/view`` twin and every NON_ARTICLE answer 200; that the gold is well formed and printed on its
page (after entities and NFC), images resolved against the page's ``<base href>``; that a walk of
links from START_PATH, resolving hrefs the way a browser does (against the base), reaches every
article while the calendar's month links and the event listing's day links are only sampled; and
that the traps behave as documented: the calendar and day links never end, ``?month=`` and
``/view`` repeat an article under its canonical, relative links break without the base, the moved
article answers 301, listings print modified dates, the text forms are what the docstring says.
"""

from __future__ import annotations

import gzip
import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import plone_sgddt as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_BASE = re.compile(r'<base href="([^"]+)" />')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(
    r"(\.(jpe?g|JPG|png|gif|ico|css|js|pdf|docx|xml|gz)$|/@@images/|/image_\w+$|/@@download/"
    r"|/ics_view$|/RSS$)"
)
_REGION_START = '<div id="content">'
_REGION_END = '<footer><div id="viewlet-below-content-body">'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    import urllib.error

    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = _raw(server, target)
    return status, body.decode("utf-8", "replace")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _base(page: str) -> str:
    return _BASE.search(page).group(1)


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str) -> list[str]:
    """Same-host targets of the page's anchors, resolved against its ``<base href>``."""
    base = _base(page)
    out = []
    for _, href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(base, href))
        if target:
            out.append(target)
    return out


def _sampled(target: str) -> bool:
    """Calendar months and event days: fetched only near today (they never end)."""
    query = parse_qs(urlsplit(target).query)
    if "month" in query or "year" in query:
        return query.get("month") == ["12"] and query.get("year") == ["2026"]
    if "date" in query:
        d = date.fromisoformat(query["date"][0])
        return abs((d - portal.TODAY_DATE).days) <= 3
    return True


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (0: linked, not fetched)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _sampled(target):
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 1500, "the walk should stay finite"
        if status != 200:
            continue
        for nxt in _links(server, body):
            if nxt not in seen:
                queue.append(nxt)
    return seen


# --- the gold --------------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "plone_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11-")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:45])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
    assert gold["alt_paths"] == [gold["path"] + "/view"]
    for name in gold["authors"] + gold["photographers"]:
        assert name not in gold["body"]
    assert "Nguồn:" not in gold["body"] and ".pdf" not in gold["body"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    """The byline's "Xuất bản" date, else its "Được tạo" date ("Lần sửa cuối" never)."""
    m = re.search(r"<span>Xuất bản</span> (\d\d/\d\d/\d{4} \d\d:\d\d)<", region) or re.search(
        r"<span>Được tạo</span> (\d\d/\d\d/\d{4} \d\d:\d\d)<", region
    )
    return datetime.strptime(m.group(1), "%d/%m/%Y %H:%M").strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:45])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    base = _base(page)
    assert base == server.url(gold["path"])  # a News Item is not folderish: no trailing slash
    region = _region(page)
    headline = re.search(r'<h1 class="documentFirstHeading">(.*?)</h1>', region)
    assert _nfc(headline.group(1)) == gold["title"]
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    if gold["summary"]:
        desc = re.search(r'<div class="documentDescription description">(.*?)</div>', region)
        assert _nfc(desc.group(1)) == gold["summary"]
    sources = [html.unescape(s) for s in re.findall(r'<img [^>]*?src="([^"]+)"', region)]
    resolved = [_local(server, urljoin(base, s)) for s in sources]
    assert resolved == [im["path"] for im in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert f'<link rel="canonical" href="{server.url(gold["path"])}" />' in page
    crumbs = re.search(r'<nav id="portal-breadcrumbs".*?</nav>', page, re.S).group(0)
    assert "Bạn đang ở đây:" in crumbs
    assert _nfc(re.findall(r'<a href="[^"]+">([^<]+)</a>', crumbs)[-1]) == gold["category"]
    assert _printed_date(region) == gold["published_at"]


def test_bylines_are_what_the_docstring_says(server: PortalServer) -> None:
    by_path = {g["path"]: g for g in portal.GOLD}
    for s in portal.STORIES:
        region = _region(_get(server, portal.item_path(s))[1])
        creator = _reader(re.search(r'<span class="documentAuthor">(.*?)</span>', region).group(1))
        gold = by_path[portal.item_path(s)]
        signed = re.search(r'<p style="text-align: right;">', region) is not None
        if creator in ("bởi admin", "bởi vanthu"):
            assert creator[4:] not in gold["authors"]
        elif not signed:
            assert gold["authors"] == [creator[4:]]
        else:
            assert creator[4:] not in gold["authors"]
        if s.opts["effective"] is None:
            assert "<span>Được tạo</span>" in region and "Xuất bản" not in region


def test_view_twins_and_calendar_queries_repeat_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        for variant in (gold["path"] + "/view", gold["path"] + "?month=3&year=2031"):
            twin = _get(server, variant)[1]
            assert _region(twin) == _region(page)
            assert _base(twin) == _base(page)
            assert f'<link rel="canonical" href="{server.url(gold["path"])}" />' in twin


# --- reachability and traps ------------------------------------------------------------------


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    bad = [(t, s) for t, s in walk.items() if s not in (0, 200)]
    assert bad == [(portal._H4_OLD_LINK, 301)]
    assert any(s == 0 and "month=" in t for t, s in walk.items()), "calendar links went on"
    assert any(s == 0 and "mode=day" in t for t, s in walk.items()), "day links went on"


def test_calendar_months_never_end(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        assert f'<link rel="canonical" href="{server.url(portal.GOLD[0]["path"])}" />' in page
        href = html.unescape(
            re.search(r'<a href="([^"]+)"[^>]*class="calendarNext"', page).group(1)
        )
        assert href.startswith("?month=")  # query-only: resolved against the base
        nxt = _local(server, urljoin(_base(page), href))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == portal.GOLD[0]["path"] + "?month=3&year=2030"
    listing = _get(server, "/tin-tuc")[1]
    href = html.unescape(
        re.search(r'<a href="([^"]+)"[^>]*class="calendarPrevious"', listing).group(1)
    )
    assert _local(server, urljoin(_base(listing), href)) == "/tin-tuc/?month=10&year=2026"
    assert _get(server, "/tin-tuc/?month=10&year=2026")[0] == 200


def test_event_days_never_end(server: PortalServer) -> None:
    target = "/@@event_listing?mode=day&date=2026-11-27"
    page = _get(server, target)[1]
    assert "Hội giảng cụm trường tiểu học số 1" in page
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200
        href = re.search(r'<a href="([^"]+)" class="next">Ngày sau »</a>', page).group(1)
        target = _local(server, html.unescape(href))
    assert target == "/@@event_listing?mode=day&date=2026-12-27"
    assert "Không có sự kiện nào." in page


def test_relative_links_need_the_base(server: PortalServer) -> None:
    page = _get(server, "/thong-bao")[1]
    assert _base(page) == server.url("/thong-bao/")
    notice = portal.GOLD[[g["category"] for g in portal.GOLD].index("Thông báo")]["path"]
    slug = notice.rsplit("/", 1)[1]
    assert f'<a href="{slug}"' in page
    assert _get(server, urljoin("/thong-bao/", slug))[0] == 200
    assert _get(server, urljoin("/thong-bao", slug))[0] == 404  # the page's own URL as base
    pasted = portal.GOLD[[g["path"] for g in portal.GOLD].index("/" + portal._T4)]
    src = pasted["images"][0]["path"]
    view = _get(server, pasted["path"] + "/view")[1]
    rel = re.search(r'<img src="(hinh-anh/[^"]+)"', view).group(1)
    assert urljoin(_base(view), rel).endswith(src)
    assert _get(server, src)[0] == 200
    assert _get(server, urljoin(pasted["path"] + "/view", rel))[0] == 404


def test_moved_article_redirects(server: PortalServer) -> None:
    status, _, headers = _raw(server, portal._H4_OLD_LINK)
    assert status == 301
    assert headers["Location"] == server.url("/" + portal._H3)
    h4 = _get(server, "/" + portal._H4)[1]
    assert urljoin(_base(h4), "../tin-tuc/tap-huan-su-dung-thiet-bi-day-hoc-mon-khtn").endswith(
        portal._H4_OLD_LINK
    )


def test_batches(server: PortalServer) -> None:
    listed: list[str] = []
    for start in (0, 5, 10):
        page = _get(server, f"/tin-tuc?b_start:int={start}")[1]
        listed += re.findall(
            r'<h2 class="tileHeadline"><a class="summary url" href="([^"]+)"', page
        )
    assert [_local(server, u) for u in listed] == [portal.item_path(s) for s in portal.aggregated()]
    assert sorted(_local(server, u) for u in listed) == sorted(g["path"] for g in portal.GOLD)
    first = _get(server, "/tin-tuc")[1]
    assert "Tiếp 5 mục »" in first and "b_start:int=5" in first
    assert "Tiếp 3 mục »" in _get(server, "/tin-tuc?b_start:int=5")[1]
    assert "« 5 mục trước" in _get(server, "/tin-tuc?b_start:int=10")[1]
    kept = _get(server, "/tin-tuc?month=10&year=2026")[1]
    assert "/tin-tuc?month=10&amp;year=2026&amp;b_start:int=5" in kept
    tb = _get(server, "/thong-bao")[1]
    assert '<div class="listingBar">' in tb and "b_start:int=5&amp;-C=" in tb
    last = _get(server, "/thong-bao?b_start:int=10&-C=")[1]
    assert 'class="current">3<' in last and "Tiếp" not in last
    # listing dates are modification dates, not the publication dates
    t4 = next(s for s in portal.STORIES if portal.item_path(s) == "/" + portal._T4)
    assert "lần sửa cuối 18/11/2026 09:12" in _get(server, "/tin-tuc?b_start:int=5")[1]
    assert t4.published_at.startswith("2026-10-05")


def test_robots_sitemap_and_feed(server: PortalServer) -> None:
    status, robots = _get(server, "/robots.txt")
    assert status == 200 and "User-agent: *\nDisallow:\n" in robots
    assert f"Sitemap: {server.base_url}/sitemap.xml.gz" in robots
    status, data, _ = _raw(server, "/sitemap.xml.gz")
    xml = gzip.decompress(data).decode("utf-8")
    locs = {_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    assert {g["path"] for g in portal.GOLD} <= locs
    assert "/van-ban/cv-123.pdf/view" in locs
    status, rss = _get(server, "/tin-tuc/aggregator/RSS")
    assert status == 200 and "<rdf:RDF" in rss
    assert rss.count("<item rdf:about=") == 10


def test_non_articles_are_what_they_say(server: PortalServer) -> None:
    doc = _get(server, "/gioi-thieu")[1]
    assert "portaltype-document" in doc and "<span>Xuất bản</span>" in doc
    file_view = _get(server, "/van-ban/cv-123.pdf/view")[1]
    assert "portaltype-file" in file_view and "@@download/file/cv-123.pdf" in file_view
    status, data, headers = _raw(server, "/van-ban/cv-123.pdf/@@download/file/cv-123.pdf")
    assert (
        status == 200 and headers["Content-Type"] == "application/pdf" and data.startswith(b"%PDF")
    )
    album = _get(server, "/thu-vien-anh/album-1")[1]
    assert album.count('class="photoAlbumEntry"') == 5
    assert "Nguyễn Thị Mai" in _get(server, "/author/nguyenthimai")[1]
    search = _get(server, "/@@search?Subject%3Alist=THCS")[1]
    assert "<strong>3</strong> mục phù hợp" in search
    assert _get(server, "/tin-tuc/khong-co-bai-nay")[0] == 404


def test_text_forms_and_chrome(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"]) for g in portal.GOLD}
    nfd = [p for p, (_, page) in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert nfd == ["/" + portal._H4]
    entities = [p for p, (_, page) in pages.items() if re.search(r"&#\d+;", _region(page))]
    assert entities == ["/" + portal._T4]
    for target in [*pages, *portal.NON_ARTICLES[:12]]:
        _, body, headers = _raw(server, target)
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert portal.TODAY in body.decode("utf-8")
        assert "Tổng lượt truy cập" in body.decode("utf-8")
