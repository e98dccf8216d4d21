"""Self-check of the vendor e-government subsite (Trường Chính trị tỉnh Tuyên Quang): the fixture
against itself, never the crawler.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, alt
path and NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after
entities and NFC): title, meta-row date, sapo, paragraphs, table cells, images, captions, names;
that a browser-like walk of links from START_PATH that stays inside ``/truongchinhtri/`` reaches
every article and non-article (the document filter and the week schedule are followed only near
today, the TTS endpoint is not fetched); and that the traps behave as the module says: the
neighbouring subsites are real, the document filter's year links and the schedule's week links
never end, print views repeat the article, the TTS endpoint answers audio, the dead "Tin liên
quan" link is a soft 404, the featured path serves the same article, and the encodings are as
described (CKEditor 4 named entities, one decomposed text).
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

from . import bkav_egov_tct as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|mp3)$", re.I)
_START = '<div class="news-detail">'
_END = '<div class="news-tools'


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
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(_START, 1)[1].split(_END, 1)[0]


def _far(target: str) -> bool:
    """Filter and schedule links away from today: linked, not fetched by the walk."""
    parts = urlsplit(target)
    q = parse_qs(parts.query)
    if parts.path.endswith("/van-ban.html") and q.get("nam"):
        return abs(int(q["nam"][0]) - 2026) > 1
    if parts.path.endswith("/lich-cong-tac.html") and q.get("tuan"):
        weeks = (int(q["nam"][0]) - 2026) * 52 + int(q["tuan"][0]) - 48
        return abs(weeks) > 2
    return parts.path.endswith("/api/tts")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links inside the subsite from START_PATH."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or _far(target):
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 500, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            if href.startswith(("javascript:", "#")):
                continue
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host or not link.path.startswith(portal.PREFIX + "/"):
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "bkav_egov_tct"
    assert portal.START_PATH == "/truongchinhtri/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(alts) == 3
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {"Tin hoạt động", "Thông báo", "Nghiên cứu - Trao đổi"}
    assert all(t.startswith(portal.PREFIX + "/") for t in paths + alts + portal.NON_ARTICLES)
    newest = max(g["published_at"][:10] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-11:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:
        assert name not in gold["body"].split("\n\n")[-1] or name == "Phòng Quản lý đào tạo"
        assert not name.startswith(("ThS.", "TS.")) and " - " not in name
        assert name not in ("admin", "Ban biên tập")


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = re.search(r"fa-calendar-alt'></i> (\d\d/\d\d/\d{4}) \| (\d\d:\d\d)</span>", region)
    assert m, "the meta row prints a date"
    when = datetime.strptime(f"{m.group(1)} {m.group(2)}", "%d/%m/%Y %H:%M")
    if when.hour == 0 and when.minute == 0:
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-11:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _region(page)
    headline = re.search(r'<h1 class="title-news">(.*?)</h1>', region)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    content = region.split('<div class="content-news">', 1)[1].split('<div class="news-author', 1)[0]
    shown = _reader(content)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", content)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        sapo = re.search(r'<div class="sapo-news"><strong>(.*?)</strong></div>', region)
        assert sapo and _nfc(sapo.group(1)) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert 'class="sapo-news"' not in region
    position = 0
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
            continue
        found = shown.find(paragraph, position)
        assert found >= 0, paragraph[:60]
        position = found + len(paragraph)
    srcs = re.findall(r'<img alt="" height="480" src="([^"]+)"', content)
    assert srcs == [html.escape(i["path"]) for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    whole = _reader(region)
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in whole
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]
    assert 'rel="canonical"' not in page
    assert portal.TODAY in page


def test_featured_path_serves_the_same_article(server: PortalServer) -> None:
    home = _get(server, portal.START_PATH)[1]
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            assert f'href="{alt}"' in home
            assert _region(_get(server, alt)[1]) == _region(_get(server, gold["path"])[1])
    plain = next(g for g in portal.GOLD if "alt_paths" not in g)
    wrong = portal.FEATURED_PATH + plain["path"].rsplit("/", 1)[1]
    assert "Bài viết không tồn tại" in _get(server, wrong.replace("-bat", "-bat/"))[1]


def test_print_views_repeat_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        status, page = _get(server, gold["path"] + "?print=1")
        assert status == 200 and 'content="noindex, nofollow"' in page
        assert gold["body"].split("\n\n")[-1] in _reader(page)
        assert 'href="?print=1"' in _get(server, gold["path"])[1]


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and "nam=" in t for t, s in walk.items()), "the year links went on"
    assert any(s == 0 and "tuan=" in t for t, s in walk.items()), "the week links went on"
    assert any(s == 0 and "/api/tts" in t for t, s in walk.items()), "the download link is an <a>"


def test_listings_paginate_with_bootstrap(server: PortalServer) -> None:
    path = portal.CATS["tin-hoat-dong"].path
    first = _get(server, path)[1]
    assert '<ul class="pagination justify-content-center">' in first
    for n in (2, 3):
        assert f'<a class="page-link" href="{path}?page={n}">{n}</a>' in first
    assert f'href="{path}?page=4"' not in first
    assert '<li class="page-item active"><a class="page-link" href="' + path + '">1</a>' in first
    third = _get(server, f"{path}?page=3")[1]
    assert portal.GOLD[-2]["path"] in third  # the oldest Tin hoạt động post
    assert 'aria-label="Next">&raquo;</a></li>' in third and "disabled" in third
    past = _get(server, f"{path}?page=9")
    assert past[0] == 200 and "Không có dữ liệu" in past[1]
    assert f'href="{portal.NEWS_PATH}?page=4"' in _get(server, portal.NEWS_PATH)[1]
    home = _get(server, portal.START_PATH)[1]
    assert home.count("Xem thêm") >= 4


def test_document_filter_years_never_end(server: PortalServer) -> None:
    target = f"{portal.PREFIX}/van-ban.html?loai=2&nam=2026"
    seen = set()
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.findall(r'<a class="btn btn-sm btn-light" href="([^"]+)">Năm \d+ &raquo;', page)[0])
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target.endswith("nam=2056")
    assert "Không có dữ liệu" in _get(server, target)[1]
    assert "156/KH-TCT" in _get(server, f"{portal.PREFIX}/van-ban.html?loai=2&nam=2026")[1]
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        assert doc.file in page and 'class="content-news"' not in page
        assert fetch(server, doc.file)[2]["Content-Type"] == "application/pdf"


def test_week_schedule_never_ends(server: PortalServer) -> None:
    target = f"{portal.PREFIX}/lich-cong-tac.html"
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        target = html.unescape(re.search(r'href="([^"]+)">Tuần sau', page).group(1))
    assert target.endswith("tuan=3&nam=2028")


def test_neighbour_subsites_are_real(server: PortalServer) -> None:
    for prefix, posts in portal._OTHER_POSTS.items():
        home = _get(server, prefix + "/")
        assert home[0] == 200
        for post in posts:
            path = portal._other_post_path(prefix, post)
            assert f'href="{path}"' in home[1]
            status, page = _get(server, path)
            assert status == 200 and '<h1 class="title-news">' in page
    assert _get(server, "/")[0] == 200
    chrome = _get(server, portal.START_PATH)[1]
    assert 'href="/sogddt/"' in chrome and 'href="/sonoivu/"' in chrome
    assert "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG" in chrome
    assert "TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG" in chrome.upper()
    assert "Trực tuyến: 21 | Hôm nay: 1.230 | Tổng: 2.345.678" in chrome


def test_tts_soft_404_and_search(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    sid = gold["path"].rsplit("-", 1)[1][:-5]
    status, _, headers = fetch(server, f"{portal.PREFIX}/api/tts?id={sid}&voice=nu-bac&download=1")
    assert status == 200 and headers["Content-Type"] == "audio/mpeg"
    assert fetch(server, f"{portal.PREFIX}/api/tts?id=1")[0] == 404
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị xóa." in page
    linking = next(g for g in portal.GOLD if g["source"])
    assert f'href="{portal.SOFT_404}"' in _get(server, linking["path"])[1]
    assert _get(server, f"{portal.PREFIX}/khong-co/trang-nay-1.html")[0] == 404
    found = _get(server, f"{portal.PREFIX}/tim-kiem?keyword=b%E1%BA%BF+gi%E1%BA%A3ng")[1]
    assert portal.GOLD[1]["path"] in found and 'content="noindex"' in found
    assert _get(server, "/truongchinhtri")[0] == 301


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert decomposed == [portal.article_path(portal._BY_ID[12302])]
    named = [p for p, page in pages.items() if re.search(r"&[a-z]+;", _region(page).split("content-news")[1])]
    assert len(named) >= 10
    assert all("charset=utf-8" in fetch(server, g["path"])[2]["Content-Type"] for g in portal.GOLD[:2])
