"""Self-check of the 1C-Bitrix (Sở GD&ĐT Hà Tĩnh) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
alternative URLs and every NON_ARTICLE answer 200, that each gold field is printed on its page
(after entities and NFC), that a walk of links from START_PATH (and the sitemap) reaches every
article, and that the Bitrix behaviours the docstring describes hold: PAGEN_1 past the end,
SHOWALL_1, the print template, the three URL forms, sphrase_id links, the endless calendar, the
soft 404 and the text forms.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import bitrix_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_LOC = re.compile(r"<(?:loc|link)>(.*?)</(?:loc|link)>")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_FILES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|b|i|em|strong|span|font)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    """The element block: from div.news-detail to the share block (tools and lists excluded)."""
    start = page.index('<div class="news-detail"')
    end = page.find('<div class="news-detail-share">', start)
    return page[start : end if end > 0 else page.index("</body>")]


def _skip(target: str) -> bool:
    parts = urlsplit(target)
    q = parse_qs(parts.query)
    if _FILES.search(parts.path) or "print" in q:
        return True
    if "month" in q and "year" in q:  # the calendar: only near today
        months = int(q["year"][0]) * 12 + int(q["month"][0])
        return abs(months - (2026 * 12 + 11)) > 2
    return False


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links (and feed/sitemap locations) from START_PATH."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH, "/sitemap.xml"])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _skip(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        if status != 200:
            continue
        links = [html.unescape(h) for _, h in _HREF.findall(body)] + _LOC.findall(body)
        for href in links:
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "bitrix_sgddt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {name for _, name in portal.SECTIONS.values()}
    assert max(cats.count(c) for c in cats) > 2 * portal.PER_PAGE  # a section of 3+ pages


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:
        assert name not in gold["body"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    shown = re.search(r'<span class="news-date-time">([^<]+)</span>', region).group(1)
    if re.fullmatch(r"\d\d\.\d\d\.\d{4}", shown):
        return datetime.strptime(shown, "%d.%m.%Y").strftime("%Y-%m-%d")
    when = datetime.strptime(shown, "%d.%m.%Y %H:%M")
    if (when.hour, when.minute) == (0, 0):
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_is_printed_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    assert _nfc(re.search(r'<h1 id="pagetitle">(.*?)</h1>', page).group(1)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    if gold["summary"]:
        preview = re.search(r'<div class="news-detail-preview">(.*?)</div>', region).group(1)
        assert _reader(preview) == gold["summary"]
    else:
        assert "news-detail-preview" not in region
    srcs = re.findall(r'<img[^>]*src="([^"]+)"', region)
    assert [html.unescape(s) for s in srcs] == [i["path"] for i in gold["images"]]
    assert 'class="detail_picture"' not in region or srcs[0] == gold["images"][0]["path"]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert _printed_date(region) == gold["published_at"]
    crumbs = re.search(r'<ul class="breadcrumb-navigation">(.*?)</ul>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert 'rel="canonical"' not in page


def test_alternative_urls_serve_the_same_element(server: PortalServer) -> None:
    for gold in portal.GOLD:
        want = _region(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            assert _region(_get(server, alt)[1]) == want, alt
    home = _get(server, "/")[1]
    assert 'href="/tin-tuc/detail.php?ID=1261"' in home
    body = _get(server, "/tin-tuc/hoat-dong-chuyen-mon/1261/")[1]
    assert 'href="/tin-tuc/index.php?ELEMENT_ID=1207"' in body
    assert (
        'href="/tin-tuc/hoat-dong-chuyen-mon/1213/?clear_cache=Y"'
        in _get(server, "/tin-tuc/hoat-dong-chuyen-mon/1224/")[1]
    )


def test_tag_search_links_carry_sphrase_id(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        for href in re.findall(r'<a href="(/search/\?tags=[^"]+)">', page):
            results = _get(server, html.unescape(href))[1]
            linked = {
                html.unescape(h) for h in re.findall(r'href="([^"]*sphrase_id=\d+)"', results)
            }
            assert linked & set(gold["alt_paths"]), href
    every = {a for g in portal.GOLD for a in g["alt_paths"] if "sphrase_id" in a}
    found = set()
    for tag in portal.TAGS:
        results = _get(server, portal._tag_url(tag))[1]
        found |= {html.unescape(h) for h in re.findall(r'href="([^"]*sphrase_id=\d+)"', results)}
    assert found == every


def test_walk_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and "month=" in t for t, s in walk.items()), "the calendar went on"


def test_sitemap_and_feed(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    assert "Disallow: /*PAGEN" in robots and re.search(r"Sitemap: \S+/sitemap\.xml", robots)
    locs = {urlsplit(u).path for u in _LOC.findall(_get(server, "/sitemap_iblock_3.xml")[1])}
    assert {g["path"] for g in portal.GOLD} <= locs
    feed = _get(server, "/tin-tuc/rss/")[1]
    assert len(re.findall(r"<item>", feed)) == 10


def test_pagination_the_bitrix_way(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc/hoat-dong-chuyen-mon/")[1]
    for n in (2, 3):
        assert f'href="/tin-tuc/hoat-dong-chuyen-mon/?PAGEN_1={n}"' in first
    assert "PAGEN_1=4" not in first and "« Đầu" not in first
    last = _get(server, "/tin-tuc/hoat-dong-chuyen-mon/?PAGEN_1=3")
    assert "« Đầu" in last[1] and "‹ Trước" in last[1] and "Sau ›" not in last[1]
    beyond = _get(server, "/tin-tuc/hoat-dong-chuyen-mon/?PAGEN_1=9")
    assert beyond[0] == 200 and _reader(beyond[1]) == _reader(last[1])
    every = _get(server, "/tin-tuc/hoat-dong-chuyen-mon/?SHOWALL_1=1")[1]
    items = re.findall(r'<p class="news-item" id="bx_3218110189_(\d+)">', every)
    assert len(items) == 7 and "SHOWALL_1=0" in every
    assert 'href="/tin-tuc/hoat-dong-chuyen-mon/?SHOWALL_1=1"' in first


def test_print_view_and_parameters_that_change_nothing(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    status, page = _get(server, gold["path"] + "?print=Y")
    assert status == 200 and 'content="noindex, nofollow"' in page and "window.print()" in page
    assert gold["body"].split("\n\n")[1] in _reader(page)
    assert "horizontal-multilevel-menu" not in page
    for extra in ("clear_cache=Y", "bitrix_include_areas=Y", "login=yes", "sphrase_id=1"):
        assert _region(_get(server, f"{gold['path']}?{extra}")[1]) == _region(
            _get(server, gold["path"])[1]
        )
    intro = _get(server, "/gioi-thieu/?bitrix_include_areas=Y&clear_cache=Y")[1]
    assert _reader(intro) == _reader(_get(server, "/gioi-thieu/")[1])


def test_calendar_never_ends_and_soft_404(server: PortalServer) -> None:
    target = "/tin-tuc/?month=11&year=2026"
    seen = set()
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)" title="[^"]+">Tháng sau ›</a>', page)[1])
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/tin-tuc/?month=5&year=2029"
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Không tìm thấy tin tức!" in page
    assert (
        _get(server, "/tin-tuc/hoat-dong-chuyen-mon/1258/")[1].count("Không tìm thấy tin tức!") == 1
    )
    assert _get(server, "/khong-co-trang-nay/")[0] == 404


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    nfd = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))]
    assert nfd == ["/tin-tuc/tin-tu-co-so/1241/"]
    assert "<br />\n<br />" in _region(pages["/tin-tuc/tin-tu-co-so/1241/"])
    nbsp = [p for p, page in pages.items() if ",&nbsp;" in _region(page)]
    assert nbsp == ["/tin-tuc/hoat-dong-chuyen-mon/1254/"]
    for page in pages.values():
        assert portal.TODAY in page and "Đang truy cập: <b>17</b>" in page
        assert "<!--'start_frame_cache_counter'-->" in page
        assert '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />' in page
