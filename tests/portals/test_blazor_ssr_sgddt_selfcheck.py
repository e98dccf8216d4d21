"""Self-check of the Blazor SSR (Sở GD&ĐT Tây Ninh) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every gold target, alternative address and
non-article answers 200; that the gold is well formed and printed on its page (after the
``&#xHHHH;`` references of the Razor encoder and NFC); that a walk of links resolved against
``<base href="/">`` from START_PATH, plus the sitemap, reaches every article and non-article;
that post 1430 is named only by the sitemap, the search and the streamed ``<template>`` blocks;
and that the traps behave as the module's docstring says: the never-clamped "›" link of the news
index, the endless weekly schedule, ``?culture=``, the 500 bad-id page, the 404s, the static
``/_framework/`` and ``/_content/`` files.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import blazor_ssr_sgddt as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href="([^"]*)\"""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_STREAMS = re.compile(r"<blazor-ssr>.*?</blazor-ssr>", re.S)
OLDEST = "/tin-tuc/2026/10/06/lich-tiep-cong-dan-quy-iv-nam-2026"


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
    return page.split('<div class="chi-tiet-tin"', 1)[1].split('<div class="cong-cu', 1)[0]


def _noi_dung(page: str) -> str:
    return page.split('<div class="noi-dung"', 1)[1].split("\n</div>", 1)[0]


def _resolve(href: str) -> str:
    """A link as a browser reads it under ``<base href="/">``: site path plus query."""
    link = urlsplit(urljoin("http://fixture.invalid/", html.unescape(href)))
    if link.netloc != "fixture.invalid":
        return ""
    return link.path + (f"?{link.query}" if link.query else "")


def _too_far(target: str) -> bool:
    parts = urlsplit(target)
    q = parse_qs(parts.query)
    if parts.path == "/tin-tuc" and int(q.get("trang", ["1"])[0]) > 5:
        return True
    if parts.path == "/lich-cong-tac" and "tuan" in q:
        year, week = int(q["nam"][0]), int(q["tuan"][0])
        return abs((year - portal.THIS_WEEK[0]) * 52 + week - portal.THIS_WEEK[1]) > 2
    return bool(_NOT_PAGES.search(parts.path))


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, tuple[int, str]]:
    """Breadth-first over links (resolved against the base) from START_PATH and the sitemap."""
    sitemap = _get(server, "/sitemap.xml")[1]
    seeds = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH, *seeds])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _too_far(target):
            seen[target] = (0, "")  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = (status, body)
        assert len(seen) < 900, "the walk should stay small"
        if status != 200:
            continue
        for href in _HREF.findall(body):
            nxt = _resolve(href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "blazor_ssr_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][20:60])
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
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not (image["caption"] or "").startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    for name in gold["authors"]:
        assert not name.startswith(("ThS.", "TS.", "Cô ", "Thầy ")) and " - " not in name
        assert name not in ("BBT", "Ban biên tập", "admin", "bientap")


def test_every_gold_alt_and_non_article_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    shown = _nfc(
        re.search(r'<div class="thoi-gian"[^>]*>.*?<time[^>]*>(.*?)</time>', page).group(1)
    )
    m = re.fullmatch(r"[^,]+, (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)", shown)
    assert m, shown
    day = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    if m.group(4) == "00" and m.group(5) == "00":
        return day
    return f"{day}T{m.group(4)}:{m.group(5)}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][20:60])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="tieu-de-bai"[^>]*>(.*?)</h1>', page).group(1)
    assert _nfc(headline) == gold["title"]
    assert _printed_date(page) == gold["published_at"]
    region = _region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    if gold["summary"]:
        lead = re.search(r'<div class="tom-tat"[^>]*><em>(.*?)</em>', region)
        bold = re.search(r"<p><strong>(.*?)</strong></p>", _noi_dung(page))
        assert _nfc((lead or bold).group(1)) == gold["summary"]
    else:
        assert 'class="tom-tat"' not in region
    srcs = [_resolve(s) or s for s in re.findall(r'<img src="([^"]+)"', _noi_dung(page))]
    assert srcs == [im.get("path") or im["url"] for im in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    byline = _reader(region.split('<div class="noi-dung"', 1)[1])
    for name in gold["authors"] + gold["photographers"]:
        assert name in byline
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    crumbs = re.search(r'<ol class="breadcrumb"[^>]*>(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert "Người đăng:" in page and portal.TODAY in _nfc(page)


def test_alternative_addresses_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        canonical = f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />'
        for alt in gold["alt_paths"]:
            other = _get(server, alt)[1]
            assert canonical in other, alt
            assert _noi_dung(other) == _noi_dung(page), alt
        english = _get(server, gold["path"] + "?culture=en")[1]
        assert '<html lang="en">' in english and ">Other news<" in english
        assert _printed_date(english) == gold["published_at"]
        assert re.search(
            r"<time [^>]*>(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ", english
        )


def test_walk_reaches_everything(walk: dict[str, tuple[int, str]]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    bad = {t: s for t, (s, _) in walk.items() if s not in (0, 200)}
    assert bad == {
        "/" + portal.BAD_ID_LINK: 500,
        "/" + portal.REMOVED_LINK: 404,
    }
    assert any(s == 0 and t.startswith("/tin-tuc?trang=") for t, (s, _) in walk.items())
    assert any(s == 0 and t.startswith("/lich-cong-tac?") for t, (s, _) in walk.items())


def test_oldest_notice_is_named_only_by_sitemap_search_and_streams(
    server: PortalServer, walk: dict[str, tuple[int, str]]
) -> None:
    href = f'href="{OLDEST.lstrip("/")}"'
    in_streams = []
    for target, (status, body) in walk.items():
        if status != 200 or href not in body or "tu-khoa=" in target:
            continue  # the search lists it: only 1430's own tag links that search
        assert href not in _STREAMS.sub("", body), target
        in_streams.append(target)
    assert in_streams and all(
        "/thong-bao" in t or "chi-tiet" in t or "/2026/" in t for t in in_streams
    )
    assert OLDEST in _get(server, "/sitemap.xml")[1]
    category = _get(server, "/tin-tuc/danh-muc/thong-bao")[1]
    assert href not in category and "Trang <strong>1</strong> / <strong>2</strong>" in category
    assert href in _get(server, "/tin-tuc/danh-muc/thong-bao?trang=2")[1]
    search = "/tin-tuc?" + urlencode({"tu-khoa": "tiếp công dân"})
    assert href in _get(server, search)[1]
    assert all(href not in _get(server, f"/tin-tuc?trang={n}")[1] for n in (1, 2, 3))


def test_pagers(server: PortalServer) -> None:
    index = _get(server, "/tin-tuc")[1]
    assert index == _get(server, "/tin-tuc?trang=1")[1]
    fallback = re.search(r'<ul class="so-trang"[^>]*>(.*?)</ul>', index).group(1)
    assert re.findall(r'href="([^"]+)"', fallback) == [
        "tin-tuc?trang=1", "tin-tuc?trang=2", "tin-tuc?trang=3", "tin-tuc?trang=2",
    ]  # fmt: skip
    pager = re.search(r'<div class="paginator".*?</nav></div>', index, re.S).group(0)
    assert "href" not in pager and "<strong>3</strong>" in pager and "9 mục" in pager
    assert '<button class="go-first" type="button" disabled' in pager
    for n in (4, 5, 6):
        status, page = _get(server, f"/tin-tuc?trang={n}")
        assert status == 200 and "Không có tin nào." in page
        assert f'href="tin-tuc?trang={n + 1}"' in page
    for cat in portal.CATS:
        page = _get(server, f"/tin-tuc/danh-muc/{cat}")[1]
        assert 'class="so-trang"' not in page
        main, streams = _STREAMS.sub("", page), "".join(_STREAMS.findall(page))
        assert 'class="tin-tuc-item' not in main and 'class="tin-tuc-item' in streams
        assert "<!--bl:5-->" in main and 'blazor-component-id="5"' in streams
    docs = _get(server, "/van-ban")[1]
    assert (
        'class="so-trang"' not in docs and "Trang <strong>1</strong> / <strong>2</strong>" in docs
    )


def test_links_are_relative_to_the_base(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    page = _get(server, gold["path"])[1]
    assert '<base href="/" />' in page
    assert 'href="tin-tuc/danh-muc/hoat-dong-nganh"' in page and 'href=""' in page
    wrong = urlsplit(urljoin(server.url(gold["path"]), "tin-tuc/danh-muc/hoat-dong-nganh")).path
    status, body = _get(server, wrong)
    assert status == 404 and "Không tìm thấy trang" in body
    home = _get(server, "/")[1]
    assert 'href="?culture=en"' in home
    assert _get(server, "/?culture=en")[1].count("Latest news") == 1


def test_error_pages(server: PortalServer) -> None:
    linking = next(
        g for g in portal.GOLD if g["path"].endswith("tuyen-dung-vien-chuc-giao-duc-nam-2026")
    )
    assert f'href="{portal.BAD_ID_LINK}"' in _get(server, linking["path"])[1]
    status, body = _get(server, "/" + portal.BAD_ID_LINK)
    assert status == 500 and "Đã xảy ra lỗi trong quá trình xử lý" in body
    assert _get(server, "/Error")[0] == 200
    status, body = _get(server, "/" + portal.REMOVED_LINK)
    assert status == 404 and "Không tìm thấy trang" in body
    assert _get(server, "/not-found")[0] == 200
    assert _get(server, "/tin-tuc/chi-tiet/9999")[0] == 404
    assert _get(server, "/tin-tuc/danh-muc/khong-co")[0] == 404


def test_platform_markers_and_static_paths(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/_framework/blazor.web.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    status, _, headers = fetch(
        server, "/_content/Microsoft.AspNetCore.Components.QuickGrid/QuickGrid.razor.css"
    )
    assert status == 200 and headers["Content-Type"] == "text/css"
    assert fetch(server, "/_framework/khong-co")[0] == 404
    for target in ("/", portal.GOLD[3]["path"], "/van-ban"):
        page = _get(server, target)[1]
        assert '<script src="_framework/blazor.web.js"></script>' in page
        assert re.search(r" b-[a-z0-9]{10}>", page)
        assert '<!--Blazor:{"type":"server","prerenderId"' in page
        assert "<!--Blazor-Server-Component-State:" in page
    post = _get(server, portal.GOLD[0]["path"])[1]
    assert post.index("</html>") < post.index("<blazor-ssr>")
    assert 'name="__RequestVerificationToken"' in post and 'method="post"' in post


def test_weekly_schedule_never_ends(server: PortalServer) -> None:
    target, seen = "/lich-cong-tac", set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = _resolve(re.search(r'<a href="([^"]+)" class="tuan-sau">', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert target == "/lich-cong-tac?tuan=3&nam=2028"  # 2026 has an ISO week 53


def test_encodings(server: PortalServer) -> None:
    pages = {}
    for gold in portal.GOLD:
        _, body, headers = fetch(server, gold["path"])
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        pages[gold["path"]] = body
        headline = re.search(r'<h1 class="tieu-de-bai"[^>]*>(.*?)</h1>', body).group(1)
        assert headline.isascii() and "&#x" in headline
    nfd = [p for p, body in pages.items() if not unicodedata.is_normalized("NFC", _noi_dung(body))]
    assert nfd == ["/tin-tuc/2026/11/16/truong-tieu-hoc-nguyen-van-troi-ra-mat-thu-vien-xanh"]
    assert all(not _noi_dung(b).isascii() for b in pages.values())  # editor HTML stays raw
    first = pages[portal.GOLD[0]["path"]]
    assert portal.TODAY not in first and portal.TODAY in _nfc(first)


def test_robots_sitemap_and_forms(server: PortalServer) -> None:
    robots = _get(server, "/robots.txt")[1]
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots
    sitemap = _get(server, "/sitemap.xml")[1]
    for gold in portal.GOLD:
        assert f"<loc>{server.base_url}{gold['path']}</loc>" in sitemap
    assert "trang=" not in sitemap and "culture" not in sitemap
    gold = portal.GOLD[0]
    data = urlencode({"_handler": "PhanHoi", "__RequestVerificationToken": portal.ANTIFORGERY,
                      "PhanHoi.HoTen": "A", "PhanHoi.NoiDung": "B"}).encode()  # fmt: skip
    with NO_REDIRECTS.open(server.url(gold["path"]), data=data, timeout=10) as resp:
        assert resp.status == 200
        assert "Cảm ơn bạn đã gửi phản hồi" in resp.read().decode("utf-8")
    request = urllib.request.Request(server.url("/"), method="HEAD")
    with NO_REDIRECTS.open(request, timeout=10) as resp:
        assert resp.status == 200
