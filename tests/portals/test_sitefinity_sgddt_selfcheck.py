"""Self-check of the Sitefinity (Sở GD&ĐT Tây Ninh) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
``?ref=home`` twin and every NON_ARTICLE answer 200; that the gold is well formed and printed on
its page (title, date line, paragraphs, images, captions, bylines, source, breadcrumb) in both
widget generations (MVC and classic); that a browser-like walk of links (and the feed) from
START_PATH reaches every article and every listed non-article; and that the traps behave as the
module says: the work calendar's week links never end, the search pages multiply by sort and
page, ``/page/1`` repeats the first page, filters combine with ``/page/N``, ``/Sitefinity``
redirects to the sign-in page, and the text forms (one NFD item, one entity-encoded item, one
Unicode URL name) are what the docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import date
from urllib.parse import parse_qs, quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import sitefinity_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|axd)$", re.I)
_MVC = ('<div class="sgd-news-detail"', '<div class="sgd-news-tools">')
_CLASSIC = ('<div class="sfnewsDetails sfdetails">', '<div class="sfnewsFooter">')
_BY_PATH = {g["path"]: g for g in portal.GOLD}


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


def _is_mvc(page: str) -> bool:
    return _MVC[0] in page


def _region(page: str) -> str:
    start, end = _MVC if _is_mvc(page) else _CLASSIC
    return page.split(start, 1)[1].split(end, 1)[0]


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


def _week(target: str) -> tuple[int, int] | None:
    q = parse_qs(urlsplit(target).query)
    if urlsplit(target).path != "/lich-cong-tac" or "tuan" not in q:
        return None
    return int(q["nam"][0]), int(q["tuan"][0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links (and the feed's links) from START_PATH; redirects are
    followed; calendar weeks only within three weeks of today."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    this = date.fromisocalendar(*portal.THIS_WEEK, 1)
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        week = _week(target)
        if _NOT_PAGES.search(urlsplit(target).path) or (
            week and abs((date.fromisocalendar(*week, 1) - this).days) > 21
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        links = [h for _, h in _HREF.findall(body)] + re.findall(r"<link>([^<]+)</link>", body)
        if status in (301, 302):
            links = [headers["Location"]]
        elif status != 200:
            continue
        for href in links:
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.scheme not in ("http", "https") or link.netloc != host:
                continue
            path = quote(link.path, safe="/%-._~!$&'()*+,;=:@")
            nxt = path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "sitefinity_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {s.name for s in portal.SECTIONS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:50])
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
    assert gold["alt_paths"] == [gold["path"] + "?ref=home"]
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].endswith(".jpg")
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert "Nguồn:" not in gold["body"] and "Đăng bởi" not in gold["body"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    if m := re.search(r'sgd-news-meta">(?:[^<]*\| )?(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d)</div>', region):
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}T{m.group(4)}:00+07:00"
    m = re.search(r'sfnewsAuthorAndDate">(?:[^<]*\| )?<span>[^,<]+, (\d\d)/(\d\d)/(\d{4})</span>', region)
    assert m, "no date line"
    return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _region(page)
    if _is_mvc(page):
        headline = re.search(r"<h3><span>(.*?)</span></h3>", region).group(1)
        lead = re.search(r'<div class="lead">(.*?)</div>', region)
        crumbs = re.search(r'<ol class="breadcrumb[^"]*">(.*?)</ol>', page).group(1)
        assert f"<title>{headline}</title>" in page
    else:
        headline = re.search(r'<h1 class="sfnewsTitle">(.*?)</h1>', region).group(1)
        lead = re.search(r'<div class="sfnewsSummary">(.*?)</div>', region)
        crumbs = re.search(r'<div class="sfBreadcrumbWrp">(.*?)</div>', page).group(1)
        assert f"<title>{gold['category']} - " in page  # the page's name, not the headline
    assert _nfc(headline) == gold["title"]
    assert (_reader(lead.group(1)) if lead else None) == gold["summary"]
    shown = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in shown, paragraph[:60]
    for image in gold["images"]:
        src = image.get("url") or image["path"]
        assert f'src="{html.escape(src)}"' in region
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert _printed_date(region) == gold["published_at"]
    assert portal.TODAY in page


def test_ref_home_is_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        plain = _get(server, gold["path"])[1]
        (alt,) = gold["alt_paths"]
        twin = _get(server, alt)[1]
        assert _region(twin) == _region(plain)
        canon = re.search(r'<link rel="canonical" href="([^"]+)" />', twin)
        if _is_mvc(plain):
            assert canon and canon.group(1) == server.base_url + gold["path"]
        else:
            assert canon is None
    home = _get(server, "/")[1]
    assert home.count("?ref=home") >= 9


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    missing = {g["path"] for g in portal.GOLD} - set(walk)
    assert missing == set()
    assert set(portal.NON_ARTICLES) - set(walk) == set()
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert any(s == 0 and _week(t) for t, s in walk.items()), "the week links went on"
    assert walk["/Sitefinity"] == 302 and walk["/gioi-thieu"] == 302


def _items(page: str) -> list[str]:
    return re.findall(r'<h[23] class="(?:media-heading|sfnewsTitle)"><a href="([^"]+)"', page)


def test_listings_paginate(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc")[1]
    assert _items(first) == _items(_get(server, "/tin-tuc/page/1")[1])
    assert '<ul class="pagination">' in first and 'href="/tin-tuc/page/3"' in first
    assert ">Trang sau</a>" in first and ">Trang trước</a>" not in first
    last = _get(server, "/tin-tuc/page/3")[1]
    assert len(_items(last)) == 2 and ">Trang sau</a>" not in last and ">Trang trước</a>" in last
    seen = [i for n in (1, 2, 3) for i in _items(_get(server, f"/tin-tuc/page/{n}")[1])]
    assert len(seen) == len(set(seen)) == 6
    classic = _get(server, "/thong-bao")[1]
    assert '<div class="sf_pagerNumeric"><a href="/thong-bao" class="sf_PagerCurrent">1</a>' in classic
    assert 'class="sf_pagerNext">Trang sau</a>' in classic
    assert len(_items(_get(server, "/thong-bao/page/2")[1])) == 1
    assert len(_items(_get(server, "/khao-thi/page/2")[1])) == 1
    beyond = _get(server, "/tin-tuc/page/9")
    assert beyond[0] == 200 and "Không có tin tức nào." in beyond[1]
    assert _get(server, "/tin-tuc/page/0")[0] == 404


def test_filters_combine_with_pages(server: PortalServer) -> None:
    base = "/tin-tuc/-in-category/categories/giao-duc-trung-hoc"
    one, two = _get(server, base)[1], _get(server, base + "/page/2")[1]
    assert len(_items(one)) == 2 and len(_items(two)) == 1
    assert f'href="{base}/page/2"' in one
    tag = _get(server, "/tin-tuc/-in-tags/tags/chuyen-doi-so")[1]
    assert len(_items(tag)) == 2
    month = _get(server, "/tin-tuc/2026/11")[1]
    assert 'href="/tin-tuc/2026/11/page/3"' in month
    assert _get(server, "/tin-tuc/2026/11/12")[0] == 200
    assert len(_items(_get(server, "/tin-tuc/2026/11/12")[1])) == 1
    assert "Không có tin tức nào." in _get(server, "/tin-tuc/-in-category/categories/giao-duc-thuong-xuyen")[1]
    assert _get(server, "/tin-tuc/2026/11/12/khong-co-bai-nay")[0] == 404
    wrong_day = portal.GOLD[0]["path"].replace("/24/", "/23/")
    assert _get(server, wrong_day)[0] == 404


def test_calendar_week_links_never_end(server: PortalServer) -> None:
    target = "/lich-cong-tac"
    seen = set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)" class="sgd-week-next">', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _week(target) == (2028, 3)
    far = _get(server, portal.week_path(9999, 51))
    assert far[0] == 200 and "sgd-week-next" not in far[1]
    assert _get(server, portal.week_path(1, 1))[0] == 200
    assert _get(server, portal.week_path(9999, 52))[0] == 404
    assert "Giao ban Lãnh đạo Sở" in _get(server, "/lich-cong-tac")[1]


def test_search_pages_multiply(server: PortalServer) -> None:
    page = _get(server, portal.search_path("học bạ số"))[1]
    assert "2 kết quả" in page
    for order in portal.SORTS:
        link = html.escape(portal.search_path("học bạ số", order))
        assert f'href="{link}"' in page
        assert _get(server, portal.search_path("học bạ số", order))[0] == 200
    many = portal.search_path("năm học")
    hits = portal.search_hits("năm học", "")
    assert len(hits) > portal.SEARCH_PER_PAGE
    assert html.escape(portal.search_path("năm học", "", 2)) in _get(server, many)[1]
    assert _get(server, portal.search_path("năm học", "", 2))[0] == 200
    header = _get(server, "/")[1]
    assert 'data-sf-role="indexCatalogue" value="tin-tuc-va-thong-bao"' in header
    assert html.escape(portal.search_path("tuyển sinh lớp 10")) in header


def test_login_documents_and_files(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/Sitefinity")
    assert status == 302 and headers["Location"] == "/Sitefinity/SignIn?ReturnUrl=%2fSitefinity"
    login = _get(server, headers["Location"])[1]
    assert 'type="password"' in login
    assert fetch(server, "/gioi-thieu")[2]["Location"] == "/gioi-thieu/chuc-nang-nhiem-vu"
    home = _get(server, "/")[1]
    pdf = "/docs/default-source/van-ban/ke-hoach-123.pdf?sfvrsn=2"
    assert f'href="{pdf}"' in home
    status, body, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert fetch(server, "/docs/default-source/van-ban/khong-co.pdf?sfvrsn=1")[0] == 404
    for target in portal.NON_ARTICLES:
        body = _get(server, target)[1]
        assert _MVC[0] not in body and _CLASSIC[0] not in body, target
    album = _get(server, "/thu-vien-anh/album-le-khai-giang")[1]
    assert album.count('class="sf-Gallery-caption"') == 4


def test_feed_links_the_news_page(server: PortalServer) -> None:
    status, body, headers = fetch(server, "/Feeds/tin-tuc")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = re.findall(r"<link>([^<]+)</link>", body)[1:]
    news = [g["path"] for g in portal.GOLD if g["path"].startswith("/tin-tuc/")]
    assert [urlsplit(u).path for u in links] == news
    assert "<pubDate>Tue, 24 Nov 2026 08:40:00 Z</pubDate>" in body


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    nfd = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))]
    assert len(nfd) == 1 and "/thong-bao/2026/11/09/" in nfd[0]
    refs = [p for p, page in pages.items() if re.search(r"&#\d+;", _region(page))]
    assert len(refs) == 1 and "sang-kien" in refs[0]
    encoded = [p for p in pages if "%" in p]
    assert len(encoded) == 1
    raw = unquote(encoded[0])
    assert f'href="{raw}"' in _get(server, "/thong-bao")[1]  # printed with raw Unicode letters
    mvc = [p for p, page in pages.items() if _is_mvc(page)]
    assert len(mvc) == 6 and all(p.startswith("/tin-tuc/") for p in mvc)
    assert all("<h2 class=\"sgd-page-heading__title\">Tin tức - Sự kiện</h2>" in pages[p] for p in mvc)
    classic = [page for page in pages.values() if not _is_mvc(page)]
    assert all('<form method="post"' in page and "__VIEWSTATE" in page for page in classic)
