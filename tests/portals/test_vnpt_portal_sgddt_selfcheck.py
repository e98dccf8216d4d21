"""Self-check of the VNPT-style portal (Sở GD&ĐT Tuyên Quang) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative slug and
NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after entities and
NFC): headline, "Ngày đăng" date, sapo, every paragraph in order, table cells, captions, bylines,
source, breadcrumb category; that a browser-like walk of links from START_PATH (following the root
redirect) reaches every article and listed page, with the week links of "Lịch công tác" followed
only near today and login links not followed; that the RSS feeds and the sitemap say what the
module says; and that the traps behave as documented: the slug is decoration, the week links
never end, a deleted or unknown ItemID is a soft 404, the texts' encodings are as described.
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

from . import vnpt_portal_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx|xml|rss)$")
_REGION_START = '<div class="news-detail">'
_REGION_END = '<div class="article-tags">'


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
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _content(page: str) -> str:
    return page.split('<div class="article-content">', 1)[1].split("</div>", 1)[0]


def _center(page: str) -> str:
    return page.split('<div class="zone-center">', 1)[1].split('<div class="zone-right">', 1)[0]


def _week(target: str) -> tuple[int, int] | None:
    parts = urlsplit(target)
    if parts.path != "/Pages/lich-cong-tac.aspx":
        return None
    q = parse_qs(parts.query)
    if "tuan" not in q:
        return None
    return int(q["nam"][0]), int(q["tuan"][0])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; weeks only near today, no login links."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        week = _week(target)
        far = week is not None and (week[0] != 2026 or abs(week[1] - 48) > 3)
        login = urlsplit(target).path == portal.LOGIN and target not in portal.NON_ARTICLES
        if _NOT_PAGES.search(urlsplit(target).path) or far or login:
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
    assert portal.NAME == "vnpt_portal_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts) == 4
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {name for name, _ in portal.CATS.values()}
    assert max(portal.cat_pages(c) for c in portal.CATS) >= 3
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs)), "no paragraph twice"
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(
            rf"(Tin|Ảnh|ảnh|Bài|Tin và ảnh|Tin, ảnh): {re.escape(name)}", gold["body"]
        )
        assert not gold["body"].endswith(name)
    assert "Nguồn:" not in gold["body"] and "Tệp đính kèm" not in gold["body"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<div class="article-title"><h2>(.*?)</h2></div>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    shown = _reader(region)
    content = _content(page)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", content)]
    at = 0
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
            continue
        found = shown.find(paragraph, at)
        assert found >= 0, paragraph[:60]
        at = found + len(paragraph)
    brief = re.search(r'<div class="article-brief"><strong>(.*?)</strong></div>', region).group(1)
    assert (_nfc(brief) or None) == gold["summary"]
    for image in gold["images"]:
        src = image.get("url") or image["path"]
        assert f'src="{html.escape(src)}"' in content
        if image["caption"]:
            assert image["caption"] in _reader(content)
    names = gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    for name in names:
        assert name in _reader(content)
    date = re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4})<", region)
    assert f"{date.group(3)}-{date.group(2)}-{date.group(1)}" == gold["published_at"]
    crumbs = re.search(r'<div class="breadcrumb-bar">(.*?)</div>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert f"<span>{portal.TODAY}" not in region and portal.TODAY in page
    assert 'rel="canonical"' not in page


def test_alternative_slugs_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        region = _region(_get(server, gold["path"])[1])
        for alt in gold.get("alt_paths", []):
            page = _get(server, alt)[1]
            assert _region(page) == region
            assert re.search(r'<meta property="og:url" content="[^"]+/Pages/tin-tuc/[^"]+"', page)
            assert html.escape(alt) in page.split('property="og:url"', 1)[1].split("/>", 1)[0]
    any_slug = _get(server, "/Pages/tin-tuc/bat-ky-4509.aspx?ItemID=4509")[1]
    assert _region(any_slug) == _region(_get(server, portal.article_path(portal._BY_ID[4509]))[1])
    home = _get(server, portal.HOME)[1]
    for s in portal.HOT:
        assert f'href="{portal.article_path(s, s.opts["short"])}"' in home
    body_4490 = _get(server, portal.article_path(portal._BY_ID[4490]))[1]
    assert f'href="{html.escape(portal.OLD_4483)}"' in _content(body_4490)


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert walk[portal.START_PATH] == 302
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert {a for g in portal.GOLD for a in g.get("alt_paths", [])} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200, 302)] == []
    assert any(s == 0 and _week(t) for t, s in walk.items()), "the week links went on"
    logins = [t for t in walk if t.startswith(portal.LOGIN)]
    assert len(logins) > 20, "every page links its own login URL"


def test_listings_paginate(server: PortalServer) -> None:
    first = _get(server, portal.listing_path(12))[1]
    assert _center(first) == _center(_get(server, portal.listing_path(12, 1))[1])
    assert 'href="/Pages/tin-tuc.aspx?CategoryId=12&amp;page=2"' in first
    third = _get(server, portal.listing_path(12, 3))[1]
    assert portal.GOLD[-1]["path"] in third and "Trang 3/3" in third
    past = _get(server, portal.listing_path(12, 4))
    assert past[0] == 200 and "Chưa có tin bài trong chuyên mục này." in past[1]
    home = _get(server, portal.HOME)[1]
    for cat in portal.CATS:
        assert f'<a href="{html.escape(portal.listing_path(cat))}">Xem tất cả</a>' in home


def test_feeds_and_sitemap(server: PortalServer) -> None:
    index = _get(server, "/rss")[1]
    for cat, (_, slug) in portal.CATS.items():
        assert f'href="/rss/{slug}.rss"' in index
        status, feed = _get(server, f"/rss/{slug}.rss")
        assert status == 200
        links = [urlsplit(html.unescape(x)) for x in re.findall(r"<link>(.*?)</link>", feed)[1:]]
        assert [f"{u.path}?{u.query}" for u in links] == [
            portal.article_path(s) for s in portal.in_cat(cat)
        ]
    status, sitemap = _get(server, "/sitemap.xml")
    assert status == 200
    locs = [urlsplit(html.unescape(x)) for x in re.findall(r"<loc>(.*?)</loc>", sitemap)]
    assert locs and not any("/Pages/tin-tuc/" in u.path for u in locs)
    robots = _get(server, "/robots.txt")[1]
    assert "Sitemap: " in robots and "/sitemap.xml" in robots


def test_week_links_never_end(server: PortalServer) -> None:
    target = "/Pages/lich-cong-tac.aspx"
    page = _get(server, target)[1]
    assert "Lịch công tác tuần 48 năm 2026" in page and "Giao ban lãnh đạo Sở" in page
    seen = set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)" class="week-next">', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _week(target) == (2028, 3)
    assert "Chưa có lịch công tác tuần này." in page
    first = _get(server, "/Pages/lich-cong-tac.aspx?tuan=1&nam=1900")[1]
    assert 'class="week-prev"' not in first and 'class="week-next"' in first


def test_soft_404_and_non_articles(server: PortalServer) -> None:
    for target in (
        portal.DELETED_PATH,
        "/Pages/tin-tuc/x-1.aspx?ItemID=1",
        "/Pages/tin-tuc/x.aspx",
    ):
        status, page = _get(server, target)
        assert status == 200 and "Tin bài không tồn tại hoặc đã bị gỡ bỏ." in page
        assert 'class="article-title"' not in page
    for target in portal.NON_ARTICLES:
        page = _get(server, target)[1]
        assert 'class="article-content"' not in page, target
    qa = _get(server, "/Pages/hoi-dap/chi-tiet.aspx?ItemID=88")[1]
    assert "Người hỏi:" in qa and "Trả lời:" in qa
    doc = _get(server, "/Pages/van-ban/chi-tiet.aspx?ItemID=1288")[1]
    assert "2456/SGDĐT-GDTrH" in doc and "/Uploads/van-ban/2456-SGDDT-GDTrH.pdf" in doc
    assert _get(server, "/Uploads/van-ban/2456-SGDDT-GDTrH.pdf")[0] == 200
    assert _get(server, "/Pages/khong-co.aspx")[0] == 404
    sorted_docs = _get(server, "/Pages/van-ban.aspx?sort=sokyhieu&dir=asc&page=2")
    assert sorted_docs[0] == 200 and "sort=sokyhieu&amp;dir=asc&amp;page=1" in sorted_docs[1]


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    decomposed = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _region(page))
    ]
    assert decomposed == [portal.article_path(portal._BY_ID[4488])]
    nfd_title = unicodedata.normalize("NFD", portal._BY_ID[4488].title)
    assert nfd_title in _get(server, portal.listing_path(15))[1], (
        "the stored NFD title shows everywhere"
    )
    referenced = [p for p, page in pages.items() if re.search(r"&#\d+;", _region(page))]
    assert referenced == [portal.article_path(portal._BY_ID[4502])]
    for page in pages.values():
        assert portal.TODAY in page
