"""Self-check of the 2008 district-office PHP portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once against its gold; a gold target that 404s, a paragraph
the page does not print or an article no link leads to would waste that run. Nothing here imports
the crawler (only ``crawler.demo.server`` to serve the site). Pages are read as a browser reads
them: windows-1258 bytes, frames and iframes followed, references resolved and text composed.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import pgd_frameset_php as portal

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_LINK = re.compile(r'<(a|frame|iframe)\b[^>]*?\b(href|src)="([^"]*)"', re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
         "summary", "body", "images", "category"}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, bytes, dict[str, str]]:
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            parts = urlsplit(resp.geturl())
            final = parts.path + (f"?{parts.query}" if parts.query else "")
            return resp.status, final, resp.read(), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, target, err.read(), dict(err.headers.items())


def _text(raw: bytes) -> str:
    """What a browser shows: windows-1258 decoded, references resolved, composed."""
    return unicodedata.normalize("NFC", html.unescape(raw.decode("cp1258")))


def _local(server: PortalServer, page: str, href: str) -> str | None:
    if href.startswith(("javascript:", "#", "mailto:")):
        return None
    link = urlsplit(urljoin(server.url(page), html.unescape(href)))
    if link.scheme not in ("http", "https") or link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _gid(gold: dict) -> str:
    return gold["path"].rsplit("=", 1)[1]


def test_contract_shape() -> None:
    assert portal.NAME == "pgd_frameset_php"
    assert portal.PLATFORM == "homemade-php"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gid)
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [g["canonical_path"] for g in portal.GOLD]
    failures = []
    for target in dict.fromkeys(targets + portal.NON_ARTICLES):
        status, final, _, _ = _get(server, target)
        if status != 200 or final != target:
            failures.append((target, status, final))
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gid)
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, _, raw, _ = _get(server, gold["path"])
    assert status == 200
    page = _text(raw)
    assert f'<td class="tieudetin">{gold["title"]}</td>' in page
    assert f"<title>{portal.SITE_TITLE}</title>" in page  # the <title> never names the article
    body = page.split('<td class="noidung">', 1)[1].split('<td align="right" class="congcu">', 1)[0]
    for paragraph in gold["body"].split("\n\n"):
        if paragraph == gold["summary"]:
            assert f'<td class="tomtat"><b><i>{paragraph}</i></b></td>' in page
            continue
        for cell in paragraph.split(" | "):
            assert cell in body, cell[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert re.search(rf'<p align="right"><b>[^<]*{re.escape(name)}</b></p>', body)
    if gold["source"]:
        assert f"<b>Nguồn: {gold['source']}</b>" in body
    for image in gold["images"]:
        src = image.get("url") or image["path"].lstrip("/")
        assert f'<img src="{src}"' in body
        if image["caption"]:
            assert f'<td align="center"><i>{image["caption"]}</i></td>' in body
    crumbs = page.split('<td class="duongdan">', 1)[1].split("</td>", 1)[0]
    assert crumbs.endswith(f'">{gold["category"]}</a>')
    assert portal.TODAY in page


_DATE_LINE = re.compile(r'<td class="ngaydang">(?:Ngày đăng|Cập nhật): (\d{2})/(\d{2})/(\d{4})'
                        r"(?: - (\d{2}):(\d{2}))?</td>")


@pytest.mark.parametrize("gold", portal.GOLD, ids=_gid)
def test_published_at_is_the_page_date_else_the_listing_date(server: PortalServer, gold: dict) -> None:
    page = _text(_get(server, gold["path"])[2])
    found = _DATE_LINE.findall(page)
    stamp = gold["published_at"]
    if found:
        d, m, y, hh, mm = found[0]
        assert len(found) == 1
        assert stamp == f"{y}-{m}-{d}" + (f"T{hh}:{mm}:00+07:00" if hh else "")
        return
    assert 'class="ngaydang"' not in page
    day = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
    link = gold["path"].lstrip("/")
    entries = []
    for target in portal.NON_ARTICLES:
        if target.startswith("/main.php?act=news"):
            listing = _text(_get(server, target)[2])
            entries += re.findall(rf'<a href="{re.escape(link)}" class="tieude">[^<]*</a> '
                                  r'<span class="ngay">\(([^)]+)\)</span>', listing)
    assert entries and set(entries) == {day}


def test_only_frames_lead_from_the_start_page_to_every_article(server: PortalServer) -> None:
    start = _text(_get(server, portal.START_PATH)[2])
    assert "<a " not in start.lower() and "<frameset" in start
    seen: set[str] = set()
    calendar: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, _, raw, headers = _get(server, target)
        if target.startswith("/lich.php"):
            # the calendar walks every week: its neighbours are noted, not walked (see below)
            calendar.add(target)
            calendar.update(_local(server, target, h) or "" for _, _, h in _LINK.findall(_text(raw)))
            continue
        assert status == 200, target
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for _, _, href in _LINK.findall(_text(raw)):
            link = _local(server, target, href)
            if link is not None and link not in seen:
                queue.append(link)
    assert {g["path"] for g in portal.GOLD} <= seen
    for cat in portal.CATEGORIES:
        assert set(portal.listing_pages(cat)) <= seen
    assert portal.pages_of(2) == 3
    assert set(portal.NON_ARTICLES) <= seen | calendar
    assert len(seen) < 120


def test_calendar_is_the_one_endless_looking_trap_and_it_ends(server: PortalServer) -> None:
    first = date.fromisocalendar(portal.FIRST_YEAR, 1, 1)
    last_week = date(portal.LAST_YEAR, 12, 28).isocalendar()[1]
    weeks = (date.fromisocalendar(portal.LAST_YEAR, last_week, 1) - first).days // 7 + 1
    assert 950 < weeks < 1000
    assert _get(server, portal.calendar_path(portal.FIRST_YEAR, 1))[0] == 200
    assert _get(server, portal.calendar_path(portal.LAST_YEAR, last_week))[0] == 200
    assert _get(server, portal.calendar_path(portal.FIRST_YEAR - 1, 52))[0] == 404
    assert _get(server, portal.calendar_path(portal.LAST_YEAR + 1, 1))[0] == 404
    # walking "Tuần sau" from this week ends at a 404 within the year
    target, steps = portal.calendar_path(*portal.THIS_WEEK), 0
    while True:
        status, _, raw, _ = _get(server, target)
        if status == 404:
            break
        steps += 1
        target = "/" + re.search(r'<a href="([^"]+)">Tuần sau', _text(raw)).group(1)
    assert steps == last_week - portal.THIS_WEEK[1] + 1


def test_pages_are_windows_1258_declared_in_markup_only(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], "/trangchu.php", portal.listing_path(2)):
        _, _, raw, headers = _get(server, target)
        assert headers["Content-Type"] == "text/html"
        assert b'charset=windows-1258"' in raw
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        shown = html.unescape(raw.decode("cp1258"))
        assert not unicodedata.is_normalized("NFC", shown)  # tone marks stay combining
    for target in ("/top.php", f"/inbai.php?id={portal.STORIES[0].id}"):
        raw = _get(server, target)[2]
        assert b"charset" not in raw.lower()


def test_some_text_is_written_as_character_references(server: PortalServer) -> None:
    raw = _get(server, portal.detail_path(portal._BY_ID[251]))[2].decode("cp1258")
    body = raw.split('<td class="noidung">', 1)[1][:800]
    assert re.search(r"&#\d+;|&[a-z]+;", body)


def test_print_view_repeats_the_article_without_canonical(server: PortalServer) -> None:
    for story in portal.STORIES:
        page = _text(_get(server, f"/inbai.php?id={story.id}")[2])
        assert f"<h3>{story.title}</h3>" in page
        assert 'rel="canonical"' not in page and "window.print()" in page


def test_soft_404_and_empty_pages_are_not_linked(server: PortalServer) -> None:
    status, _, raw, _ = _get(server, "/main.php?act=detail&id=9999")
    assert status == 200 and "Tin này không tồn tại" in _text(raw)
    status, _, raw, _ = _get(server, portal.listing_path(2, 9))
    assert status == 200 and "Chưa có tin trong mục này" in _text(raw)
    status, _, raw, _ = _get(server, "/main.php?act=vanban&page=7")
    assert status == 404


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target)[2] == _get(server, target)[2]
