"""Self-check of the vendor Java portal fixture (political school): the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler. It checks
that every gold target, alternative URL and non-article answers 200 through a real PortalServer;
that the gold is well formed and printed on its page (headline, date line, body, captions,
bylines, breadcrumb category), decoded the way a browser decodes it (the old module sends no
charset in the header, only a ``<meta http-equiv>``); that a browser-like walk from START_PATH
(links, the root redirect, and the notices pager's ``goPage(n)`` GET form) reaches every article
and that the oldest notice needs that form; and that the traps behave as documented: the work
calendar's week links never end inside 1900-2100, a deleted item is a soft 404, the duplicate
URLs serve the same article.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import vendor_jsp_tct as portal
from ._selfcheck import NO_REDIRECTS as _STRICT

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""", re.I)
_GOPAGE = re.compile(r"""onclick="goPage\((\d+)\)""")
_FORM = re.compile(r'<form name="frmPaging"[^>]*action="([^"]+)">(.*?)</form>', re.S)
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)">')
_META_CHARSET = re.compile(
    r'<META http-equiv="Content-Type" content="text/html; charset=([\w-]+)">', re.I
)
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$|render_css", re.I)
_CAL = re.compile(r"p_tuan=(\d+)&p_nam=(\d+)")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, body and headers; the body decoded as a browser does (header charset, else meta)."""
    try:
        with _STRICT.open(server.url(target), timeout=10) as resp:
            status, raw, headers = resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        status, raw, headers = err.code, err.read(), dict(err.headers)
    declared = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""))
    if declared:
        charset = declared.group(1)
    else:
        meta = _META_CHARSET.search(raw[:2048].decode("ascii", "replace"))
        charset = meta.group(1) if meta else "windows-1252"
    return status, raw.decode(charset), headers


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _target(link: str) -> str:
    parts = urlsplit(link)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _near_this_week(target: str) -> bool:
    """Calendar weeks the walk follows: within two weeks of this week."""
    m = _CAL.search(target)
    if not m or not target.startswith(portal.CAL_PAGE):
        return True
    week, year = int(m.group(1)), int(m.group(2))
    now = date.fromisocalendar(*portal.THIS_WEEK, 1)
    return abs((date.fromisocalendar(year, week, 1) - now).days) <= 14


def _links(server: PortalServer, target: str, page: str, forms: bool) -> list[str]:
    """Same-host targets a browser reaches from the page: hrefs, plus goPage(n) form submits."""
    out = []
    here = server.url(target)
    for _, href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        link = urlsplit(urljoin(here, href))
        if link.netloc == urlsplit(server.base_url).netloc:
            out.append(_target(link.geturl()))
    if forms and (form := _FORM.search(page)):
        action = html.unescape(form.group(1))
        fields = dict(_HIDDEN.findall(form.group(2)))
        for n in _GOPAGE.findall(page):
            out.append(f"{action}?{urlencode({**fields, 'pageNo': n})}")
    return out


def _walk(server: PortalServer, forms: bool) -> dict[str, int]:
    """Breadth-first from START_PATH (redirects followed, calendar bounded): target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or not _near_this_week(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status in (301, 302):
            queue.append(_target(urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or urlsplit(target).path == portal.LOGIN:
            continue
        queue.extend(t for t in _links(server, target, body, forms) if t not in seen)
    return seen


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    return _walk(server, forms=True)


def _region(page: str) -> str:
    if '<div class="egp-chitiet">' in page:
        return page.split('<div class="egp-chitiet">', 1)[1].split("<!-- /egp-chitiet -->", 1)[0]
    return page.split('<table class="tblTinChiTiet"', 1)[1].split("<!-- /tblTinChiTiet -->", 1)[0]


def _story(gold: dict) -> portal.Story:
    return portal._BY_ID[int(re.search(r"p_itemid=(\d+)", gold["path"]).group(1))]


def test_contract_shape() -> None:
    assert portal.NAME == "vendor_jsp_tct"
    assert portal.PLATFORM == "vendor-jsp"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3
    assert sum(1 for g in portal.GOLD if g["alt_paths"]) >= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][34:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in {c.name for c in portal.CATS.values()}
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
    assert gold["canonical_path"] == gold["path"]
    assert "utm_" not in gold["path"] and gold["path"].index("p_itemid") < gold["path"].index(
        "p_cat"
    )


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures
    status, _, headers = _get(server, "/")
    assert status == 302 and headers["Location"] == portal.GROUP


def _date_of_line(line: str) -> str:
    """What a reader takes from the printed date line."""
    if m := re.fullmatch(r"Thứ \w+, (\d\d/\d\d/\d{4}) \| (\d\d:\d\d)", line):
        when = datetime.strptime(f"{m.group(1)} {m.group(2)}", "%d/%m/%Y %H:%M")
        return (
            when.strftime("%Y-%m-%d")
            if when.hour == when.minute == 0
            else when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        )
    m = re.fullmatch(r"(\d\d) Tháng ([\w ]+), (\d{4})", line)
    assert m, line
    return f"{m.group(3)}-{portal._MONTHS.index(m.group(2)) + 1:02d}-{m.group(1)}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][34:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200
    region = _region(page)
    headline = re.search(
        r'<(?:h1 class="tieude"|td class="TieuDeTin")>(.*?)</(?:h1|td)>', region
    ).group(1)
    assert _nfc(headline) == gold["title"]
    assert gold["title"] not in _reader(page.split("<TITLE>", 1)[1].split("</TITLE>", 1)[0])
    text = _reader(region)
    body = region.split('class="noidung">', 1)[-1].split('class="NoiDungTin">', 1)[-1]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: each cell printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", body)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    if gold["summary"]:
        sapo = re.search(
            r'<(?:div class="trichdan"|td class="TomTat")>(.*?)</(?:div|td)>', region
        ).group(1)
        assert _reader(sapo) == gold["summary"] and re.match(r"<(b|strong)>", sapo)
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in region
        if image["caption"]:
            assert image["caption"] in text
            assert image["caption"] not in gold["body"]
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in text and name not in gold["body"]
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r">([^<>]+)</a>", crumbs)[-1]) == gold["category"]
    story = _story(gold)
    line = re.search(r'<(?:div class="ngaydang"|td class="NgayDang")>(.*?)</(?:div|td)>', region)
    if line:
        assert _date_of_line(_nfc(line.group(1))) == gold["published_at"]
    else:  # no date on the page: the listing's date
        assert story.opts["listed"].isoformat() == gold["published_at"]
    v2 = story.opts["tpl"] == "v2"
    canonical = (
        f'<link rel="canonical" href="{server.base_url}{html.escape(gold["canonical_path"])}">'
    )
    assert (canonical in page) is v2
    assert ("charset" in headers["Content-Type"]) is v2


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        region = _region(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page, _ = _get(server, alt)
            assert status == 200 and _region(page) == region


def test_walk_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    reached = set(walk)
    assert {g["path"] for g in portal.GOLD} <= reached
    assert {a for g in portal.GOLD for a in g["alt_paths"]} <= reached
    assert set(portal.NON_ARTICLES) <= reached
    assert [t for t, s in walk.items() if s not in (0, 200)] == ["/"]
    assert sum(1 for s in walk.values() if s) < 300


def test_oldest_notice_needs_the_paging_form(server: PortalServer, walk: dict[str, int]) -> None:
    oldest = portal.item_path(portal.in_cat(24)[-1])
    page2 = f"{portal.NOTICE_PAGE}?p_cat=24&pageNo=2"
    assert oldest in walk and page2 in walk
    links_only = _walk(server, forms=False)
    assert oldest not in links_only and page2 not in links_only
    listing = _get(server, portal.NOTICE_PAGE)[1]
    assert 'href="javascript:void(0)" onclick="goPage(2)"' in listing
    assert "pageNo=" not in "".join(h for _, h in _HREF.findall(listing) if "thong_bao" in h)


def test_news_pager_prints_real_links(server: PortalServer) -> None:
    first = _get(server, portal.NEWS_PAGE)[1]
    for label in ("Trang đầu", "Trang trước", "Trang sau", "Trang cuối"):
        assert label in first
    assert f'href="{portal.NEWS_PAGE}?pageNo=3">Trang cuối</a>' in first
    cat = _get(server, f"{portal.NEWS_PAGE}?p_cat=21")[1]
    assert f'href="{portal.NEWS_PAGE}?p_cat=21&amp;pageNo=2">2</a>' in cat
    empty = _get(server, f"{portal.NEWS_PAGE}?pageNo=9")
    assert empty[0] == 200 and "Không có tin bài nào." in empty[1]
    docs = _get(server, portal.DOC_PAGE)[1]
    assert f'href="{portal.DOC_PAGE}?page=2">2</a>' in docs


def test_listings_print_the_updated_date(server: PortalServer) -> None:
    pages = [_get(server, f"{portal.NEWS_PAGE}?pageNo={n}")[1] for n in (1, 2, 3)]
    pages += [_get(server, f"{portal.NOTICE_PAGE}?pageNo={n}")[1] for n in (1, 2)]
    listed = {}
    for page in pages:
        for href, day in re.findall(
            r'href="([^"]+)">[^<]+</a> <span class="ngay">\((\d\d/\d\d/\d{4})\)', page
        ):
            listed[html.unescape(href)] = day
        for href, day in re.findall(
            r'<a href="([^"]+)">[^<]+</a></td><td class="ngay">(\d\d/\d\d/\d{4})<', page
        ):
            listed[html.unescape(href)] = day
    assert set(listed) == {g["path"] for g in portal.GOLD}
    differ = [
        g["path"]
        for g in portal.GOLD
        if datetime.strptime(listed[g["path"]], "%d/%m/%Y").strftime("%Y-%m-%d")
        != g["published_at"][:10]
    ]
    assert differ == [portal.item_path(portal._BY_ID[1338])]


def test_soft_404_for_a_deleted_item(server: PortalServer) -> None:
    status, page, _ = _get(server, f"{portal.NEWS_PAGE}?p_itemid=1187&p_cat=23")
    assert status == 200
    assert "Tin bài không tồn tại hoặc đã bị gỡ bỏ." in page
    assert 'class="egp-chitiet"' not in page and "tblTinChiTiet" not in page
    related = _get(server, portal.item_path(portal._BY_ID[1335]))[1]
    assert "p_itemid=1187&amp;p_cat=23" in related


def test_calendar_week_links_never_end(server: PortalServer) -> None:
    target, seen = portal.CAL_PAGE, set()
    for _ in range(60):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)">Tuần sau »</a>', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == f"{portal.CAL_PAGE}?p_tuan=3&p_nam=2028"  # 2026 has 53 ISO weeks
    assert "Chưa có lịch công tác" in _get(server, target)[1]
    last = _get(server, f"{portal.CAL_PAGE}?p_tuan=52&p_nam=2100")
    assert last[0] == 200 and "Tuần sau" not in last[1]
    assert _get(server, f"{portal.CAL_PAGE}?p_tuan=1&p_nam=2101")[0] == 404
    assert _get(server, f"{portal.CAL_PAGE}?p_tuan=54&p_nam=2026")[0] == 404


def test_english_site_is_near_empty(server: PortalServer) -> None:
    home = _get(server, "/")  # the switch sits in the top bar of every Vietnamese page
    assert home[0] == 302
    assert 'href="/en/"' in _get(server, portal.GROUP)[1]
    for path in ("/en/", "/en/about", "/en/news", "/en/contact"):
        status, page, _ = _get(server, path)
        assert status == 200 and "p_itemid" not in page


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))
    ]
    assert decomposed == [portal.item_path(portal._BY_ID[1327])]
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _region(page))]
    assert referenced == [portal.item_path(portal._BY_ID[1324])]
    assert "Hôm nay, Thứ Tư 25/11/2026" in pages[portal.GOLD[0]["path"]]


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GROUP, portal.GOLD[1]["path"], portal.CAL_PAGE, portal.NOTICE_PAGE):
        assert _get(server, target)[1] == _get(server, target)[1]
