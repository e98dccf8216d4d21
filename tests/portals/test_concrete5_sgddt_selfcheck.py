"""Self-check of the Concrete CMS 9 (Sở GD&ĐT Lạng Sơn) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative address and
NON_ARTICLE answers 200, that the gold is well formed and printed on its page (after references
and NFC), that a walk of links from START_PATH reaches every article and non-article (calendar
months only near today), and that the traps behave as documented: three addresses per article,
endless calendar months, topic filters with ``ccm_cursor``, pager past the end, trailing-slash
redirects, the stale sitemap, the feed's times, the text forms.
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

from . import concrete5_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"(\.(jpe?g|png|gif|ico|css|js|pdf|xml)$)|^/download_file/|^/rss/")
_REGION_START = '<h1 class="page-title">'
_REGION_END = re.compile(
    r'<nav role="navigation" aria-label="Tags"|<div class="ccm-block-share-this-page">'
)


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
    after = page.split(_REGION_START, 1)[1]
    return _REGION_END.split(after, 1)[0]


def _month(target: str) -> tuple[int, int] | None:
    values = parse_qs(urlsplit(target).query).get(portal.CAL_KEY)
    if not values:
        return None
    y, m = values[0].split("-")
    return int(y), int(m)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; calendar months only near today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        month = _month(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            month and abs((month[0] * 12 + month[1]) - (2026 * 12 + 11)) > 3
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.scheme not in ("http", "https") or link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "concrete5_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {c[2] for c in portal.CATS.values()}
    newest = max(g["published_at"][:10] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert image["path"].startswith("/application/files/")
        assert "/thumbnails/" not in image["path"]
        assert not image["caption"] or image["caption"] not in gold["body"]
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\0"]:
        assert name not in gold["body"], name  # no byline or source line in the body
    for account in ("gdtrh", "bientap", "vanphong", "admin"):
        assert account not in gold["authors"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str | None:
    m = re.search(
        r'display-title">Ngày đăng:</span> (\d\d)/(\d\d)/(\d{4})(?: (\d\d):(\d\d))?</div>', region
    )
    if not m:
        return None
    day = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return f"{day}T{m.group(4)}:{m.group(5)}:00+07:00" if m.group(4) else day


def _listing_date(server: PortalServer, category_path: str, path: str) -> str:
    for n in range(1, 6):
        page = _get(server, f"{category_path}?ccm_paging_p={n}")[1]
        if f'href="{path}"' in page:
            row = page.split(f'href="{path}"', 1)[1]
            d = re.search(
                r'ccm-block-page-list-date">(?:<i[^>]*></i> )?(\d\d)/(\d\d)/(\d{4})<', row
            )
            return f"{d.group(3)}-{d.group(2)}-{d.group(1)}"
    raise AssertionError(f"{path} not in its listing")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="page-title">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    imgs = re.findall(r'<img src="([^"]+)"', region)
    assert imgs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown or f"({image['caption']})" in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown, name
    if gold["summary"]:
        sapo = re.search(r'sapo-bai-viet">(.*?)</div></div>', region).group(1)
        assert _reader(sapo) == gold["summary"]
    else:
        assert "sapo-bai-viet" not in region
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    printed = _printed_date(region)
    if printed is None:  # the page prints no date: the listing's
        cat_path = next(c[1] for c in portal.CATS.values() if c[2] == gold["category"])
        printed = _listing_date(server, cat_path, gold["path"])
    assert printed == gold["published_at"]
    assert "Người đăng:</span>" in region
    assert 'rel="canonical"' not in page
    assert f'<meta property="og:url" content="{server.base_url}{gold["path"]}">' in page


def test_alt_addresses_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        region = _region(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            page = _get(server, alt)[1]
            assert _region(page) == region, alt
            assert f'{server.base_url}{gold["path"]}">' in page  # og:url: the pretty address


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    linked_alts = {a for g in portal.GOLD for a in g["alt_paths"]} & set(walk)
    assert "/index.php?cID=262" in linked_alts
    assert sum(a.startswith("/index.php/tin-tuc/") for a in linked_alts) == 3
    assert any(s == 0 and _month(t) for t, s in walk.items()), "the month links went on"
    assert any("ccm_cursor=" in t for t in walk)
    assert any(t.startswith("/index.php/tin-tuc?ccm_paging_p=") for t in walk)


def test_listings_paginate_the_concrete_way(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc")[1]
    assert first == _get(server, "/tin-tuc?ccm_paging_p=1")[1]
    assert 'href="/tin-tuc?ccm_paging_p=2">Sau &rarr;</a>' in first
    assert '<span class="page-link">&larr; Trước</span>' in first
    last = _get(server, "/tin-tuc?ccm_paging_p=4")[1]
    assert 'href="/tin-tuc?ccm_paging_p=3">&larr; Trước</a>' in last
    assert portal.GOLD[-1]["path"] in last or any(
        g["path"] in last for g in portal.GOLD if g["category"] == "Tin tức - Sự kiện"
    )
    past = _get(server, "/tin-tuc?ccm_paging_p=9")
    assert past[0] == 200 and portal.NO_PAGES in past[1] and "ccm-pagination-wrapper" not in past[1]
    via_index = _get(server, "/index.php/tin-tuc")[1]
    assert 'href="/index.php/tin-tuc?ccm_paging_p=2"' in via_index
    assert 'href="/tin-tuc/' in via_index  # entries keep the pretty address
    menu = _get(server, "/")[1]
    assert (
        'href="/index.php/tin-tuc"' in menu
        and 'href="/index.php/gioi-thieu/co-cau-to-chuc"' in menu
    )


def test_topic_filters_and_tags(server: PortalServer) -> None:
    topic = _get(server, "/tin-tuc/topic/14/hoat-dong-cua-nganh")[1]
    m = re.search(
        r'href="(/tin-tuc/topic/14/hoat-dong-cua-nganh\?ccm_paging_p=2&amp;ccm_cursor=[^"]+)"',
        topic,
    )
    assert m, "topic pager with a cursor"
    second = _get(server, html.unescape(m.group(1)))
    assert second[0] == 200 and "ccm-block-page-list-title" in second[1]
    unknown = _get(server, "/tin-tuc/topic/99/khong-co")
    assert unknown[0] == 200 and unknown[1].count("ccm-block-page-list-read-more") == 2
    tagged = _get(server, "/tin-tuc?akID=18&atSelectOptionValueID=34")[1]
    assert "be-mac-hoi-thi-giao-vien-day-gioi" in tagged


def test_calendar_months_never_end(server: PortalServer) -> None:
    target = portal._cal_q(2026, 11)
    seen = set()
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)" class="thang-sau">', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _month(target) == (2029, 5)
    end = _get(server, portal._cal_q(2999, 12))
    assert end[0] == 200 and 'class="thang-sau"' not in end[1]
    assert "Bế mạc Hội thi" in _get(server, "/lich-cong-tac")[1]


def test_redirects_404s_and_stale_sitemap(server: PortalServer) -> None:
    status, _, headers = fetch(server, portal.GOLD[0]["path"] + "/")
    assert status == 301 and headers["Location"] == portal.GOLD[0]["path"]
    assert _get(server, "/tin-tuc/khong-co-bai-nay")[0] == 404
    assert _get(server, "/index.php?cID=9999")[0] == 404
    robots = _get(server, "/robots.txt")[1]
    assert "Sitemap: " in robots and "Disallow: /login" in robots
    sitemap = _get(server, "/sitemap.xml")[1]
    locs = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    assert portal.DELETED in locs and _get(server, portal.DELETED)[0] == 404
    in_map = [g for g in portal.GOLD if g["path"] in locs]
    assert in_map and all(g["published_at"] < "2026-11" for g in in_map)
    assert all(g["path"] in locs for g in portal.GOLD if g["published_at"] < "2026-10-31")


def test_feed_carries_times_the_pages_do_not_print(server: PortalServer) -> None:
    feed = _get(server, "/rss/tin-tuc")[1]
    links = [urlsplit(u).path for u in re.findall(r"<link>([^<]+)</link>", feed)][1:]
    gold = {g["path"]: g for g in portal.GOLD}
    assert links and all(p in gold for p in links)
    assert "<pubDate>Tue, 24 Nov 2026 15:40:00 +0700</pubDate>" in feed
    assert gold[links[0]]["published_at"] == "2026-11-24"


def test_documents_and_files(server: PortalServer) -> None:
    register = _get(server, "/van-ban")[1]
    assert "ccm_order_by=ak_so_hieu&amp;ccm_order_by_direction=desc" in register
    assert (
        _get(
            server, "/van-ban?ccm_order_by=ak_trich_yeu&ccm_order_by_direction=asc&ccm_paging_p=2"
        )[0]
        == 200
    )
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        assert doc.file_url in page and '<p style="text-align: justify;">' not in page
        status, _body, headers = fetch(server, doc.download)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert _get(server, doc.file_url)[0] == 200


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _, _, h in pages.values())
    # the decomposed story's name is decomposed wherever it is listed; its text only on its page
    nfd = [
        p
        for p, (_, body, _) in pages.items()
        if not unicodedata.is_normalized("NFC", _region(body))
    ]
    assert nfd == [portal.article_path(portal._BY_ID[259])]
    refs = [p for p, (_, body, _) in pages.items() if re.search(r"&#\d+;", _region(body))]
    assert refs == [portal.article_path(portal._BY_ID[255])]
    for _, body, _ in pages.values():
        assert f"Hôm nay: {portal.TODAY}" in body
        assert '<div class="ccm-page ccm-page-id-' in body
    assert "page-type-blog-entry" in pages[portal.GOLD[0]["path"]][1]
    notice = next(g for g in portal.GOLD if g["category"] == "Thông báo")
    assert "page-type-thong-bao" in pages[notice["path"]][1]
