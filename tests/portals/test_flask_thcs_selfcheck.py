"""Self-check of the Flask school portal (THCS Chu Văn An): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target,
alternative address and non-article answers 200, that the gold is well formed and printed on its
page (after character references and NFC), that a walk of links from START_PATH reaches every
article, and that the traps behave as the module says: the pager without numbers and its empty
extra page, any ``trang`` answering 200, the endless month calendar, print views, the same post
under several addresses, and the imported posts' character references.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import flask_thcs as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_START = '<div class="post-content">'
_END = "</div><!-- /.post-content -->"


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
    markup = re.sub(r"</?(a|em|strong|b|i|span)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", markup)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_START, 1)[1].split(_END, 1)[0]


def _image_target(image: dict) -> str:
    return image.get("url") or image["path"]


def _by_path(path: str) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == path)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; calendar months only in 2026-2027."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        parts = urlsplit(target)
        year = parse_qs(parts.query).get("nam", ["2026"])[0]
        if _NOT_PAGES.search(parts.path) or (
            parts.path == "/lich" and year not in ("2026", "2027")
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        for href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host or link.scheme not in ("http", "https"):
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "flask_thcs" and portal.PLATFORM == "flask"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    sizes = [len(portal.in_cat(c)) for c in portal.CATS]
    assert max(portal.page_count(n, portal.PER_PAGE_CAT) for n in sizes) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and name == name.strip()
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert image["caption"] is None or image["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\x00"]:
        assert not any(p.endswith(name) for p in paragraphs)  # no byline line in the body


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    m = re.search(r"Đăng lúc (\d\d):(\d\d) ngày (\d\d)/(\d\d)/(\d{4}) bởi <b>([a-z_]+)</b>", page)
    assert m, "meta line"
    hh, mm, dd, mo, yy, _user = m.groups()
    if (hh, mm) == ("00", "00"):  # imported with a date only
        return f"{yy}-{mo}-{dd}"
    return f"{yy}-{mo}-{dd}T{hh}:{mm}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    titles = re.findall(r'<h3 class="card-title">(.*?)</h3>', page)
    assert _nfc(titles[0]) == gold["title"]  # the post card comes first; sidebar boxes follow
    heading = re.search(r'<h1 class="m-0 text-dark">(.*?)</h1>', page).group(1)
    assert _nfc(heading) == gold["category"] != gold["title"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if paragraph == gold["summary"]:
            lead = re.search(r'<p class="lead text-justify font-weight-bold">(.*?)</p>', page)
            assert _nfc(lead.group(1)) == paragraph
        elif " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = [html.unescape(s) for s in re.findall(r'<img [^>]*src="([^"]+)"', region)]
    assert srcs == [_image_target(i) for i in gold["images"]]
    visible = [_reader(v) for v in re.findall(r"<(?:em|i)>(.*?)</(?:em|i)>", region)]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in visible
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert _printed_date(page) == gold["published_at"]
    crumbs = re.search(r'<ol class="breadcrumb float-sm-right">(.*?)</ol>', page, re.S).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    page_text = _reader(page)
    assert portal.TODAY in page_text and "Số lượt truy cập: 12.345" in page_text
    assert "Tin khác" in page_text and "Đăng lúc" in page_text
    assert 'rel="canonical"' not in page


def test_alt_captions_and_bylines_are_as_documented(server: PortalServer) -> None:
    """Alt-only images print nothing under them; the poster login is no byline."""
    for gold in portal.GOLD:
        story = _by_path(gold["path"])
        region = _region(_get(server, gold["path"])[1])
        for img, image in zip(story.images, gold["images"], strict=True):
            if image["caption"] is None:
                tag = re.search(
                    rf'<img [^>]*src="{re.escape(img.src)}"[^>]*>(.{{0,40}})', region, re.S
                )
                assert tag and not re.match(r"\s*(<br>)?\s*(</p>\s*<p>)?\s*<(em|i)>", tag.group(1))
        assert story.opts["user"] not in gold["authors"]
    alts = [i for s in portal.STORIES for i in s.images if i.style.startswith(("alt|", "bare|"))]
    assert len(alts) == 3


def test_alternative_addresses_serve_the_same_post(server: PortalServer) -> None:
    for gold in portal.GOLD:
        region = _region(_get(server, gold["path"])[1])
        for alt in [*gold["alt_paths"], gold["path"].rsplit("/", 1)[0] + "/bat-ky-slug-nao"]:
            assert _region(_get(server, alt)[1]) == region
    linked = _get(server, portal.GOLD[1]["path"])[1]
    assert 'href="/tin-tuc/9/hoi-giang-2023"' in linked


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    fetched = {t for t, s in walk.items() if s}
    assert {g["path"] for g in portal.GOLD} <= fetched
    assert {portal.short_path(s) for s in portal.NEWEST[: portal.HOME_COUNT]} <= fetched
    assert "/tin-tuc/9/hoi-giang-2023" in fetched
    assert set(portal.NON_ARTICLES) <= fetched
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(t.startswith("/lich?") and s == 0 for t, s in walk.items()), "the months went on"


def test_pager_has_no_numbers_and_any_page_answers(server: PortalServer) -> None:
    first = _get(server, "/danh-muc/hoat-dong-nha-truong")[1]
    assert first == _get(server, "/danh-muc/hoat-dong-nha-truong?trang=1")[1]
    assert first == _get(server, "/danh-muc/hoat-dong-nha-truong?trang=0")[1]
    assert first == _get(server, "/danh-muc/hoat-dong-nha-truong?trang=abc")[1]
    pager = re.search(r'<div class="phan-trang[^"]*">(.*?)</div>', first).group(1)
    assert _reader(pager) == "« Trang trước | Trang 1/3 | Trang sau »"
    assert 'href="/danh-muc/hoat-dong-nha-truong?trang=2"' in pager
    third = _get(server, "/danh-muc/hoat-dong-nha-truong?trang=3")[1]
    assert portal.GOLD[-2]["path"] in third and "Trang sau &raquo;</span>" in third
    for target in ("/danh-muc/thong-bao?trang=2", "/danh-muc/to-chuyen-mon?trang=2",
                   "/danh-muc/thong-bao?trang=57", "/tin-tuc?trang=999"):  # fmt: skip
        status, page = _get(server, target)
        assert status == 200 and "Không có bài viết" in page
    one = _get(server, "/danh-muc/thong-bao")[1]
    assert "Trang 1/2" in one and 'href="/danh-muc/thong-bao?trang=2"' in one
    assert "Trang 57/2" in _get(server, "/danh-muc/thong-bao?trang=57")[1]
    home = _get(server, "/")[1]
    assert 'href="/tin-tuc?trang=1"' in home and "Xem tất cả tin" in home
    assert home.count('<div class="col-md-6 col-lg-4">') == portal.HOME_COUNT
    assert 'href="/tin-tuc?trang=3"' in _get(server, "/tin-tuc?trang=2")[1]


def test_calendar_never_ends(server: PortalServer) -> None:
    target = "/lich"
    seen = set()
    for _ in range(40):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)"[^>]*>Tháng sau', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == portal.calendar_path(3, 2030)
    assert "Tháng sau" not in _get(server, portal.calendar_path(12, 9999))[1]
    assert "Tháng trước" not in _get(server, portal.calendar_path(1, 1))[1]
    assert _get(server, "/lich?thang=13&nam=2026")[1] == _get(server, "/lich")[1]
    nov = _get(server, "/lich")[1]
    assert "Tháng 11/2026" in nov and 'href="/tin-tuc/188"' in nov


def test_print_views_are_bare(server: PortalServer) -> None:
    for gold in portal.GOLD:
        short = gold["alt_paths"][0]
        status, page = _get(server, short + "?print=1")
        assert status == 200 and 'onload="window.print()"' in page
        assert '<h3 class="card-title">' not in page and 'content="noindex"' in page
        assert _nfc(re.search(r"<h2>(.*?)</h2>", page).group(1)) == gold["title"]
        assert _get(server, gold["path"] + "?print=1")[1] == page


def test_not_found(server: PortalServer) -> None:
    for target in ("/tin-tuc/99999", "/tin-tuc/187/", "/danh-muc/khong-co", "/robots.txt",
                   "/sitemap.xml", "/tai-lieu/99", "/tin-tuc/0"):  # fmt: skip
        status, page = _get(server, target)
        assert status == 404 and "Không tìm thấy trang" in page


def test_text_forms(server: PortalServer) -> None:
    status, _, headers = fetch(server, portal.GOLD[0]["path"])
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Set-Cookie"].startswith("session=")
    legacy = {s.id: s.opts["legacy"] for s in portal.STORIES if s.opts.get("legacy")}
    assert legacy == {12: "cp1258", 9: "ncr"}
    for gold in portal.GOLD:
        sid = int(gold["path"].split("/")[2])
        region = _region(_get(server, gold["path"])[1])
        if sid == 12:  # tone marks as separate combining references, nothing raw
            assert region.isascii() and re.search(r"&#(768|769|771|777|803);", region)
            assert "<br><br>" in region and '<font face="Times New Roman"' in region
        elif sid == 9:  # precomposed references and named entities
            assert region.isascii() and "&#7897;" in region and "&agrave;" in region
            assert not re.search(r"&#(768|769|771|777|803);", region)
        else:
            assert not re.search(r"&#\d+;", region) and not region.isascii()
            assert unicodedata.is_normalized("NFC", region)


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[3]["path"], "/lich?thang=2&nam=2027"):
        assert _get(server, target)[1] == _get(server, target)[1]
