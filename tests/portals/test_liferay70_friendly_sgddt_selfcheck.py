"""Self-check of the Liferay 7.0 friendly-URL (Sở GD&ĐT Quảng Bình) fixture, against itself.

Nothing here imports the crawler. It checks the gold's shape, that every gold target, alternative
address and non-article answers 200, that each article page prints the gold title, date, sapo,
paragraphs, captions and credits inside the template's output, that the three addresses of an
article carry the same template output, that a link walk from START_PATH (plus the RSS feed's
``<link>`` items) reaches every article, and that the traps behave as documented: the calendar's
week links never end, the pagination clamps, the delta menu multiplies listing pages, the ticker's
old article is a soft 404, one article is decomposed Unicode.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import liferay70_friendly_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_RSS_LINK = re.compile(r"<link>(.*?)</link>")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$|^/documents/|^/image/|^/o/")
_CAL_KEY = f"_{portal.CAL}_date"


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _headers = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split('<div class="news-detail">', 1)[1].split('<div class="news-tools">', 1)[0]


def _cal_day(target: str) -> date | None:
    values = parse_qs(urlsplit(target).query).get(_CAL_KEY)
    if not values:
        return None
    return date(1970, 1, 1) + timedelta(days=(int(values[0]) + 7 * 3600000) // 86400000)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links (and feed items); calendar weeks only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        day = _cal_day(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            day and abs((day - portal.TODAY_DATE).days) > 21
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status != 200:
            continue
        hrefs = [h for _, h in _HREF.findall(body)] + _RSS_LINK.findall(body)
        for href in hrefs:
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "liferay70_friendly_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {name for name, _i, _d in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/[a-z-]+/-/asset_publisher/\w+/content/[a-z0-9-]+", gold["path"])
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\0"]:
        assert name not in gold["body"]
    for word in ("Tải về", "Cập nhật:", "Tác giả:", "Nguồn:", "Bình luận", "Lượt truy cập"):
        assert word not in gold["body"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = re.search(r"Cập nhật: (\d\d/\d\d/\d{4} \d\d:\d\d)</div>", region)
    when = datetime.strptime(m.group(1), "%d/%m/%Y %H:%M")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _region(page)
    title = re.search(r'<h1 class="news-title">(.*?)</h1>', region).group(1)
    assert _nfc(title) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    content = region.split('<div class="news-content">', 1)[1]
    shown = _reader(content)
    for paragraph in gold["body"].split("\n\n"):
        if paragraph == gold["summary"]:
            summary = re.search(r'<div class="news-summary">(.*?)</div>', region).group(1)
            assert _reader(summary) == paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"], quote=False)}"' in content
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert re.search(rf'<link href="http://[^"]+{re.escape(gold["path"])}" rel="canonical" />', page)
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r'class="breadcrumb-link" href="[^"]+">([^<]+)</a>', crumbs)[-1]) == (
        gold["category"]
    )
    assert f'<h2 class="portlet-title-text">{html.escape(gold["category"])}</h2>' in page
    for widget in ("Các tin khác", "Bình luận", "Hãy là người đầu tiên bình luận", "Chia sẻ",
                   "Đánh giá trung bình", "Lượt truy cập: <b>1.234.567</b>", portal.TODAY,
                   "Bạn không có quyền xem nội dung này.", "Portlet tạm thời không khả dụng."):  # fmt: skip
        assert widget in page


def test_alternative_addresses_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        short, journal = gold["alt_paths"]
        main = _get(server, gold["path"])[1]
        short_page = _get(server, short)[1]
        assert _region(short_page) == _region(main)
        assert re.search(rf'<link href="http://[^"]+{re.escape(gold["path"])}" rel="canonical" />', short_page)
        fragment = _get(server, journal)[1]
        assert "<head>" not in fragment and "canonical" not in fragment
        assert _region(fragment) == _region(main)
        redirected = f"{gold['path']}?inheritRedirect=true&redirect=%2Ftin-tuc"
        assert _region(_get(server, redirected)[1]) == _region(main)


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    reached = {urlsplit(t).path for t, s in walk.items() if s == 200}
    assert {g["path"] for g in portal.GOLD} <= reached
    assert set(portal.NON_ARTICLES) <= set(walk)
    alts = {a for g in portal.GOLD for a in g["alt_paths"]} & set(walk)
    assert len([a for a in alts if a.startswith("/-/")]) == 4  # the home carousel
    assert len([a for a in alts if "view_article_content" in a]) == 10  # the feed
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _cal_day(t) for t, s in walk.items()), "the week links went on"


def test_lexicon_pagination(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc")[1]
    for label in ("Trước", "Sau", "Mục mỗi trang", "Trang 1 của 3", 'class="pagination"'):
        assert label in first
    cur = portal.cur_param("tin-tuc")
    assert html.escape(portal.listing_path("tin-tuc", 3)) in first
    third = _get(server, portal.listing_path("tin-tuc", 3))[1]
    assert third == _get(server, portal.listing_path("tin-tuc", 9))[1].replace("cur%3D9", "cur%3D3")
    assert "Hiển thị 7 - 7 của 7 kết quả." in third
    assert f"{cur}=3" in portal.listing_path("tin-tuc", 3)
    wide = _get(server, portal.listing_path("tin-tuc", 1, 10))[1]
    assert 'class="pagination"' not in wide
    assert wide.count('class="ap-news-item') == 7
    assert re.search(r"\d\d/\d\d/\d{4} \| \d\d:\d\d (SA|CH)", first)


def test_calendar_weeks_never_end(server: PortalServer) -> None:
    target = portal.cal_path(portal.TODAY_DATE)
    seen = set()
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200 and "Lịch công tác" in page
        nxt = html.unescape(re.search(r'<a class="btn btn-default" href="([^"]+)">Tuần sau', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _get(server, portal.cal_path(date(2150, 6, 1)))[0] == 200
    assert _get(server, portal.cal_path(date(1975, 6, 1)))[0] == 200


def test_soft_404_and_unknown(server: PortalServer) -> None:
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Không tìm thấy nội dung được yêu cầu." in page
    assert portal.SOFT_404 in _get(server, "/")[1]
    assert _get(server, "/-/khong-co-bai-nay")[0] == 404


def test_documents_and_feed(server: PortalServer) -> None:
    page = _get(server, "/van-ban")[1]
    for entry in portal.DOCS:
        assert portal.dl_file(entry) in page
    for _f, name, _t, _n, _d in portal.DOCS.values():
        status, _body, headers = fetch(server, portal.doc_file(name))
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    feed = _get(server, f"/c/journal/get_feed?groupId={portal.GROUP_ID}&feedId=TIN_MOI")[1]
    assert feed.count("<item>") == 10 and "view_article_content" in feed


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))]
    assert decomposed == [portal.article_path(portal._BY_ID[245780])]
    assert all(page.count("charset=UTF-8") == 1 for page in pages.values())
