"""Self-check of the classic ASP school fixture portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s or
text the page does not print would waste that crawl. Nothing here imports the crawler: it checks
that what GOLD promises is served through a real PortalServer (pages decoded by their own meta
charset, references resolved, NFC), that following links from the start page (quoted or not,
JavaScript-written marquee included) reaches every article and non-article, and that the traps
behave as documented: the month calendar never ends, the "Tin xem nhiều" ``sid`` changes on
every response of a cookie-less visitor, a deleted article is a 200 soft 404, the print view is
windows-1258.
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
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import asp_classic_thcs as portal
from ._selfcheck import NO_REDIRECTS as _STRICT

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
_META = re.compile(r'<meta http-equiv="Content-Type" content="text/html; charset=([\w-]+)">', re.I)
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
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_MONTH = re.compile(r"^/lich\.asp\?thang=(\d+)&nam=(\d+)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(
    server: PortalServer, target: str, headers: dict | None = None
) -> tuple[int, str, dict[str, str]]:
    """Status, body decoded by the page's meta charset (no header names one), headers."""
    request = urllib.request.Request(server.url(target), headers=headers or {})
    try:
        with _STRICT.open(request, timeout=10) as resp:
            raw, status, hdrs = resp.read(), resp.status, dict(resp.headers)
    except urllib.error.HTTPError as err:
        raw, status, hdrs = err.read(), err.code, dict(err.headers)
    m = _META.search(raw[:2000].decode("ascii", "replace"))
    return status, raw.decode(m.group(1) if m else "utf-8", "replace"), hdrs


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(text))


_INLINE = re.compile(r"</?(a|b|i|em|strong|font|span|u)\b[^>]*>", re.I)


def _reader(markup: str) -> str:
    """What a reader sees: inline tags vanish, other tags break words; references, NFC."""
    no_tags = re.sub(r"<[^>]+>", " ", _INLINE.sub("", markup))
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _links(page: str) -> list[str]:
    return [a or b or c for a, b, c in _HREF.findall(page)]


def _near_today(target: str) -> bool:
    m = _MONTH.match(target)
    if not m:
        return True
    months = int(m.group(2)) * 12 + int(m.group(1))
    return abs(months - (2026 * 12 + 11)) <= 1


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; sid links and far months not fetched."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or "sid=" in target or not _near_today(target):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 600, "the walk should stay small"
        if status != 200:
            continue
        for href in _links(body):
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def _region(page: str) -> str:
    return page.split("<!-- Bat dau noi dung tin -->", 1)[1].split("<!-- Het noi dung tin -->", 1)[
        0
    ]


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def test_contract_shape() -> None:
    assert portal.NAME == "asp_classic_thcs"
    assert portal.PLATFORM == "asp-classic"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in [*portal.CATS.values(), portal.NOTICES]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith(
            ("/upload/", "/images/")
        )
    assert gold["canonical_path"] == gold["path"]
    assert "admin" not in gold["authors"] and "bientap" not in gold["authors"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in dict.fromkeys(targets) if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200
    assert "charset" not in headers["Content-Type"]
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' in page
    headline = re.search(r'<td class="tieude_tin"><font[^>]*><b>(.*?)</b></font></td>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    assert gold["title"] not in _nfc(re.search(r"<title>(.*?)</title>", page).group(1))
    region = _region(page)
    text = _reader(region)
    whole = _reader(page)
    for paragraph in gold["body"].split("\n\n"):
        if paragraph == gold["summary"]:
            assert paragraph in whole
        elif " | " in paragraph:  # a table row: every cell is printed in its own cell
            cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in text, paragraph[:60]
    for image in gold["images"]:
        assert f'src="{image["path"][1:]}"' in region
        if image["caption"]:
            assert image["caption"] in text
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in whole
    crumbs = re.search(r'<td class="duongdan">(.*?)</td>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:])
def test_gold_date_is_what_the_page_or_its_listing_prints(server: PortalServer, gold: dict) -> None:
    page = _get(server, gold["path"])[1]
    line = re.search(r'<td class="ngay_tin"><font[^>]*>([^<]*)</font>', page)
    story = _story(gold)
    if gold["category"] == portal.NOTICES:
        assert line and line.group(1) == f"Ngày đăng: {gold['published_at']}"
        return
    if line:
        when = datetime.strptime(line.group(1), "Cập nhật lúc %H:%M ngày %d/%m/%Y")
        stamp = (
            when.strftime("%Y-%m-%dT%H:%M:00+07:00")
            if when.time() != datetime.min.time()
            else when.strftime("%Y-%m-%d")
        )
        assert stamp == gold["published_at"]
        return
    # no date line in the template: the listing's "(dd/mm/yyyy)" dates it (37 also types it)
    listed = story.opts["listed"]
    assert listed.isoformat() == gold["published_at"]
    listing = "".join(_get(server, f"/tin_tuc.asp?cat={story.cat}&page={p}")[1] for p in (1, 2))
    assert re.search(
        rf'chi_tiet\.asp\?id={story.id}&cat=\d" class="tieude_ds"><b>.*?</b></a> <font[^>]*>\({listed:%d/%m/%Y}\)',
        listing,
    )
    if story.opts.get("typed_date"):
        assert _nfc(story.opts["typed_date"]) in _reader(_region(page))


def test_captions_and_bylines_are_not_body() -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            assert not image["caption"] or image["caption"] not in gold["body"]
        for label in (
            "Bài, ảnh:",
            "Tin:",
            "Ảnh:",
            "Tin, ảnh:",
            "Bài:",
            "Nguồn:",
            "Tác giả:",
            "Người đăng:",
        ):
            assert label not in gold["body"]
        assert "Ngày 28 tháng 3" not in gold["body"]


def test_listing_form_serves_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, page, _ = _get(server, alt)
            assert status == 200
            assert _region(page) == _region(_get(server, gold["path"])[1])
            assert 'rel="canonical"' not in page


def test_walk_from_start_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert any("sid=" in t for t in walk)


def test_pagination(server: PortalServer) -> None:
    jar = {"Cookie": _get(server, "/")[2]["Set-Cookie"].split(";", 1)[0]}
    first = _get(server, "/tin_tuc.asp?cat=1", jar)[1]
    assert 'href="tin_tuc.asp?cat=1&page=2">Tiếp &raquo;</a>' in first
    assert first == _get(server, "/tin_tuc.asp?cat=1&page=1", jar)[1]
    second = _get(server, "/tin_tuc.asp?cat=1&page=2")[1]
    listed = re.findall(r'href="chi_tiet\.asp\?id=(\d+)&cat=1" class="tieude_ds"', second)
    assert listed == ["147", "52"]
    status, past, _ = _get(server, "/tin_tuc.asp?cat=1&page=9")
    assert status == 200 and "Chưa có tin trong chuyên mục này." in past


def test_session_ids_never_repeat_without_the_cookie(server: PortalServer) -> None:
    sids = set()
    for _ in range(3):
        status, page, headers = _get(server, "/")
        assert status == 200 and portal.COOKIE in headers["Set-Cookie"]
        sids |= set(re.findall(r"&sid=(\d+)", page))
    assert len(sids) == 3
    cookie = _get(server, "/")[2]["Set-Cookie"].split(";", 1)[0]
    kept = {
        frozenset(re.findall(r"&sid=(\d+)", _get(server, "/", {"Cookie": cookie})[1]))
        for _ in range(2)
    }
    assert len(kept) == 1
    sid_link = re.search(r'href="(chi_tiet\.asp\?id=\d+&sid=\d+)"', _get(server, "/")[1]).group(1)
    nid = re.search(r"id=(\d+)", sid_link).group(1)
    assert _region(_get(server, "/" + sid_link)[1]) == _region(
        _get(server, f"/chi_tiet.asp?id={nid}")[1]
    )


def test_calendar_never_ends(server: PortalServer) -> None:
    target, seen = "/lich.asp", set()
    for _ in range(40):
        status, page, _ = _get(server, target)
        assert status == 200
        nxt = re.search(r'<a href="(lich\.asp\?thang=\d+&nam=\d+)">Tháng sau', page).group(1)
        assert nxt not in seen
        seen.add(nxt)
        target = "/" + nxt
    assert target == "/lich.asp?thang=3&nam=2030"
    assert _get(server, "/lich.asp?thang=12&nam=9999")[0] == 200
    assert _get(server, "/lich.asp?thang=1&nam=10000")[0] == 500
    assert _get(server, "/tin_ngay.asp?ngay=01/01/1999")[0] == 200


def test_soft_404_and_errors(server: PortalServer) -> None:
    status, page, _ = _get(server, f"/chi_tiet.asp?id={portal.DELETED_ID}")
    assert status == 200 and "Tin này không tồn tại hoặc đã bị xóa!" in page
    assert "Bat dau noi dung tin" not in page
    assert _get(server, "/chi_tiet.asp?id=abc")[0] == 500
    status, _, headers = _get(server, "/tintuc.asp?act=xem&id=37")
    assert status == 302 and headers["Location"] == "/chi_tiet.asp?id=37"
    assert "<a href=tintuc.asp?act=xem&id=37>" in _get(server, "/chi_tiet.asp?id=52")[1]


def test_print_view_is_windows_1258(server: PortalServer) -> None:
    for s in portal.NEWS:
        status, page, headers = _get(server, f"/ban_in.asp?id={s.id}")
        assert status == 200 and "charset" not in headers["Content-Type"]
        assert "charset=windows-1258" in page and "Bat dau noi dung tin" not in page
        assert not unicodedata.is_normalized("NFC", page)
        assert _nfc(s.title) in _reader(page)


def test_text_forms(server: PortalServer) -> None:
    regions = {g["path"]: _region(_get(server, g["path"])[1]) for g in portal.GOLD}
    decomposed = sorted(p for p, r in regions.items() if not unicodedata.is_normalized("NFC", r))
    assert decomposed == ["/chi_tiet.asp?id=150", "/chi_tiet.asp?id=37", "/chi_tiet.asp?id=52"]
    # windows-1258 style: shape marks composed, tone marks combining (no combining circumflex)
    assert (
        "\u0302" not in regions["/chi_tiet.asp?id=52"]
        and "\u0302" in regions["/chi_tiet.asp?id=150"]
    )
    referenced = [p for p, r in regions.items() if re.search(r"&#\d+;", r)]
    assert referenced == ["/chi_tiet.asp?id=152"]


def test_pages_are_stable_for_one_session(server: PortalServer) -> None:
    cookie = _get(server, "/")[2]["Set-Cookie"].split(";", 1)[0]
    for target in ("/", portal.GOLD[0]["path"], "/lich.asp"):
        assert (
            _get(server, target, {"Cookie": cookie})[1]
            == _get(server, target, {"Cookie": cookie})[1]
        )
