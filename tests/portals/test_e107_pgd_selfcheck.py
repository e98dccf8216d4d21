"""Self-check of the e107 v2 (Phòng GD&ĐT Cẩm Xuyên) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every gold target, alternative address and
non-article answers 200; that the gold is well formed and printed on its item page (title, meta
line date, summary, paragraphs, table cells, images and captions, bylines, source, breadcrumb
category); that a walk of links from START_PATH reaches every article and non-article (the
calendar is followed only near today); and that the traps behave as the module says: the
calendar's "Tháng sau ›" never ends, the legacy and ``csort`` addresses reprint the same item,
offsets past the end and the deleted item answer 200, pagers use offsets or ``?page=``.
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

from . import e107_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_START = '<div class="view-item">'
_END = '<div class="options hidden-print">'


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
    return page.split(_START, 1)[1].split(_END, 1)[0]


def _cal_ts(target: str) -> int | None:
    parts = urlsplit(target)
    if parts.path != portal.CAL:
        return None
    return int(parts.query.split(".")[0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links (redirects followed by hand); calendar months near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    now = portal.month_ts(portal.TODAY_DATE)
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        ts = _cal_ts(target)
        if (
            _NOT_PAGES.search(urlsplit(target).path)
            or target.startswith(("/request.php", "/thumb.php", "/e107_plugins/pdf/"))
            or (ts is not None and abs(ts - now) > 62 * 86400)
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status in (301, 302):
            queue.append(headers["Location"])
            continue
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "e107_pgd"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {name for _sef, name in portal.CATS.values()}
    assert max(cats.count(c) for c in cats) > 2 * portal.CAT_PER_PAGE  # three pages or more
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][6:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
        assert not re.match(r"(ThS|TS|Cô|Thầy|GV)\.? ", name) and " - " not in name
        assert name not in ("admin", "vanphong", "BBT", "Ban biên tập")
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs))
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert not any(
        p.startswith(
            ("Tin và ảnh:", "Bài, ảnh:", "Tin:", "Tác giả:", "Nguồn:", "Tệp đính kèm:", "Xem thêm:")
        )
        for p in paragraphs
    )
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or (
            not image["caption"].startswith("Ảnh:") and image["caption"] not in gold["body"]
        )
    assert gold["canonical_path"] == gold["path"]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = re.search(
        r"glyphicon-time\"></i> (\d\d) Tháng (\d{1,2}) (\d{4}) - (\d\d):(\d\d) \|", region
    )
    when = datetime(
        int(m.group(3)), int(m.group(2)), int(m.group(1)), int(m.group(4)), int(m.group(5))
    )
    if (when.hour, when.minute) == (0, 0):
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][6:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _region(page)
    title = re.search(r'<h2 class="news-title"><a href="([^"]+)">(.*?)</a></h2>', region)
    assert title.group(1) == gold["path"] and _nfc(title.group(2)) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    lead = re.search(r'<p class="lead">(.*?)</p>', region).group(1)
    assert (_reader(lead) or None) == gold["summary"]
    text = region.split('<p class="lead">', 1)[1].split("</p>", 1)[1]
    shown = _reader(text)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", text)]
    position = 0
    for paragraph in gold["body"].split("\n\n")[
        1 if gold["summary"] and gold["summary"] not in shown else 0 :
    ]:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
            continue
        found = shown.find(paragraph, position)
        assert found >= 0, paragraph[:60]
        position = found + len(paragraph)
    srcs = [html.unescape(s) for s in re.findall(r'<img class="[^"]*" src="([^"]+)"', region)]
    assert srcs == [im["path"] for im in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown or f"Đăng bởi {name}" in _reader(region)
    crumbs = re.search(r'<ul class="breadcrumb">(.*?)</ul>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert "Chuyên mục: " in page and 'rel="canonical"' not in page
    assert f'<meta property="og:url" content="{server.base_url}{gold["path"]}" />' in page


def test_alternative_addresses_serve_the_same_item(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            other = _get(server, alt)[1]
            assert _region(other) == _region(page), alt
            assert f'content="{server.base_url}{gold["path"]}"' in other
        if len(gold["alt_paths"]) == 3:
            asc = _get(server, gold["alt_paths"][1])[1]
            desc = _get(server, gold["alt_paths"][2])[1]
            assert asc != desc and asc.split('id="comments"')[0] == desc.split('id="comments"')[0]


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert walk["/"] == 302
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    legacy = {g["alt_paths"][0] for g in portal.GOLD} & set(walk)  # the legacy form is linked too
    assert len(legacy) >= 10
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert any(s == 0 and _cal_ts(t) for t, s in walk.items()), "the calendar went on"


def test_pagers_use_offsets_and_pages(server: PortalServer) -> None:
    sef = portal.cat_sef(4)
    first = _get(server, sef)[1]
    assert f'href="{sef}?page=2"' in first and f'href="{sef}?page=3"' in first
    legacy = _get(server, "/news.php?cat.4")[1]
    assert 'href="/news.php?cat.4.3"' in legacy and 'href="/news.php?cat.4.6"' in legacy
    for a, b in ((f"{sef}?page=2", "/news.php?cat.4.3"), (f"{sef}?page=3", "/news.php?cat.4.6")):
        links_a = re.findall(r'<h3 class="media-heading"><a href="([^"]+)"', _get(server, a)[1])
        links_b = re.findall(r'<h3 class="media-heading"><a href="([^"]+)"', _get(server, b)[1])
        assert links_a == links_b and links_a
    past = _get(server, "/news.php?cat.4.30")
    assert past[0] == 200 and "Không có tin nào trong chuyên mục này." in past[1]
    front = _get(server, "/news.php")[1]
    assert front.count("Đọc thêm…") == portal.FRONT_PER_PAGE
    assert 'href="/news.php?default.0.5"' in front
    assert 'href="/news.php?all.0.10"' in _get(server, "/news.php?all")[1]


def test_calendar_never_ends(server: PortalServer) -> None:
    target = portal.CAL_NOW
    seen = set()
    for _ in range(36):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(
            re.search(r'<li class="next"><a href="([^"]+)">Tháng sau', page).group(1)
        )
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert "Lịch công tác tháng 11/2029" in _get(server, target)[1]
    assert _get(server, f"{portal.CAL}?1")[0] == 200


def test_print_email_pdf_and_soft_404(server: PortalServer) -> None:
    for gold in portal.GOLD:
        nid = gold["alt_paths"][0].rsplit(".", 1)[1]
        page = _get(server, f"/print.php?news.{nid}")[1]
        assert f"URL: {server.base_url}/news.php?extend.{nid}" in page
        assert gold["body"].split("\n\n")[-1][:40] in _reader(page)
        assert _nfc(gold["title"]) in _nfc(_get(server, f"/email.php?news.{nid}")[1])
        status, _body, headers = fetch(server, f"/e107_plugins/pdf/pdf.php?news.{nid}")
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, page = _get(server, portal.DELETED_ITEM)
    assert status == 200 and "Không tìm thấy bản tin yêu cầu." in page
    assert _get(server, "/news/999/khong-co")[0] == 404


def test_text_forms_and_chrome(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    with_refs = [
        p for p, page in pages.items() if re.search(r"&#\d+;|&[a-z]+grave;", _region(page))
    ]
    assert with_refs == [portal.sef_path(portal._BY_ID[146])]
    assert all(unicodedata.is_normalized("NFC", page) for page in pages.values())
    _status, body, headers = fetch(server, portal.GOLD[0]["path"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    for needle in (
        portal.TODAY,
        "Online: 8 khách",
        "Văn bản mới",
        "Lịch công tác",
        "Liên kết",
        portal.HOTLINE,
        "Tin liên quan",
        "Gửi bình luận",
    ):
        assert needle in body, needle
    item_160 = pages[portal.sef_path(portal._BY_ID[160])]
    lead = portal.GOLD[[g["path"] for g in portal.GOLD].index(portal.sef_path(portal._BY_ID[160]))][
        "summary"
    ]
    assert _reader(_region(item_160)).count(lead) == 2  # printed as summary and as first paragraph
    feed = _get(server, "/e107_plugins/rss_menu/rss.php?1.2")[1]
    assert feed.count("<item>") == 10 and "/news.php?extend.172</link>" in feed
