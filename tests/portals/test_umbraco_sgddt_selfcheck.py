"""Self-check of the Umbraco 8 (Sở GD&ĐT Tuyên Quang) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative URL and
NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after entities
and NFC) in the grid's left section, with the date, bylines, captions and breadcrumb category
the docstring promises; that a browser-like walk of links from START_PATH reaches every article
and listed page; and that the traps behave as documented: the page-size chooser multiplies the
listings (finitely), the aliases serve the same node with a canonical to the friendly URL, the
print view is noindex, the old ``.aspx`` link ends on a soft 404, unknown nodes are real 404s,
the grid's right section holds a banner that is no article photo, and the encodings (CRLF, BOM,
NFD, character references) are where the docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import umbraco_sgddt as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$", re.I)
_LEFT = '<div class="col-md-8 column">'
_RIGHT = '<div class="grid-section">\n<div class="col-md-4 column">'
_CATEGORIES = set(portal.CATS.values())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body.replace("\r\n", "\n")


def _raw(server: PortalServer, target: str) -> tuple[bytes, dict[str, str]]:
    with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
        return resp.read(), dict(resp.headers)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _left(page: str) -> str:
    """The grid's left section: the article's own controls."""
    section = page.split(_LEFT, 1)[1]
    if _RIGHT in section:
        return section.split(_RIGHT, 1)[0]
    return section.split('<div class="news-detail__footer">', 1)[0]


def _controls(page: str) -> list[str]:
    """The grid's controls in order (both sections)."""
    return re.findall(r'<div class="umb-control [^"]*">\n(.*?)\n</div>', page, re.S)


def _lead(page: str) -> str:
    m = re.search(r'<p class="lead">(.*?)</p>', page)
    return _reader(m.group(1)) if m else ""


def _story(gold: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (relative ``?page=N`` included)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 500, "the walk should stay small"
        if status in (301, 302) and headers.get("Location", "").startswith("/"):
            queue.append(headers["Location"])
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "umbraco_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == _CATEGORIES
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    assert all(p.endswith("/") for p in paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-2][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/media/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\0"]:
        assert not re.search(
            rf"(Tin|Bài|Ảnh|ảnh|Nguồn|Theo)[^.]*: ?{re.escape(name)}", gold["body"]
        )
        assert not gold["body"].endswith(name)


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    if m := re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4})</span>", page):
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    m = re.search(r"Đăng lúc: (\d\d):(\d\d) - (\d\d)/(\d\d)/(\d{4}) ", page)
    assert m, "no date line"
    return f"{m.group(5)}-{m.group(4)}-{m.group(3)}T{m.group(1)}:{m.group(2)}:00+07:00"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-2][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="(news-detail__title|notice-title)">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(2)) == gold["title"]
    left = _left(page)
    shown = _reader(left)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", left)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        assert _lead(page) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert '<p class="lead">' not in page
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = re.findall(r'<img[^>]* src="([^"]+)"', left)
    assert srcs == [html.escape(image["path"]) for image in gold["images"]]
    story = _story(gold)
    for image, img in zip(gold["images"], story.images, strict=True):
        if image["caption"]:
            assert image["caption"] in shown
        if img.printed:  # the printed line is there, caption or not
            assert _nfc(img.printed) in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]
    assert _printed_date(page) == gold["published_at"]
    assert portal.TODAY in page


def test_the_grid_layout_is_umbracos(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    grid = re.search(r'<div class="umb-grid">\n<div class="container">\n<div class="row clearfix">'
                     r'\n<div class="grid-section">\n<div class="col-md-8 column">\n<div>\n'
                     r'<div class="row clearfix">\n<div class="col-md-12 column">\n<div>\n'
                     r'<div class="umb-control umb-control--rte">', page)  # fmt: skip
    assert grid
    assert page.count('<div class="col-md-6 column">') == 2  # the side-by-side photos
    # the right section: a macro and a banner, not the article's photos
    right = page.split(_RIGHT, 1)[1].split('<div class="news-detail__footer">', 1)[0]
    assert "umb-control--macro" in right and "banner-dich-vu-cong.png" in right
    for gold in portal.GOLD:
        assert all("banner" not in image["path"] for image in gold["images"])
    # the Headline editor writes a second <h1> in the body, after the title
    gold = next(g for g in portal.GOLD if "tuyen-duong" in g["path"])
    page = _get(server, gold["path"])[1]
    h1s = re.findall(r"<h1[^>]*>(.*?)</h1>", page)
    assert len(h1s) == 2 and _nfc(h1s[0]) == gold["title"] and h1s[1] in gold["body"]
    assert "<blockquote>" in _left(page)


def test_caption_markups(server: PortalServer) -> None:
    kinds = {"figcaption": 0, "caption": 0, "em": 0}
    for gold in portal.GOLD:
        left = _left(_get(server, gold["path"])[1])
        kinds["figcaption"] += left.count("<figcaption>")
        kinds["caption"] += left.count('<p class="caption">')
        kinds["em"] += len(re.findall(r'<p style="text-align: center;"><em>', left))
    assert all(n >= 2 for n in kinds.values()), kinds
    uncaptioned = [i for g in portal.GOLD for i in g["images"] if i["caption"] is None]
    assert len(uncaptioned) == 3  # two bare media controls, one Zalo file name


def test_aliases_serve_the_same_node(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"])[1]
        for alt in gold["alt_paths"]:
            other = _get(server, alt)[1]
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in other
            assert _left(other) == _left(page)


def test_print_views_are_noindex_copies(server: PortalServer) -> None:
    for gold in portal.GOLD:
        status, page = _get(server, f"{gold['path']}?{portal.PRINT}")
        assert status == 200
        assert '<meta name="robots" content="noindex, nofollow" />' in page
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert _controls(page) == _controls(_get(server, gold["path"])[1])[:-2]
        assert _RIGHT not in page


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    bad = {t: s for t, s in walk.items() if s not in (0, 200)}
    assert bad == {portal.LEGACY: 302}
    assert any(t.startswith("/?umbPageID=") for t in walk)
    sized = [t for t in walk if "pageSize=" in t]
    assert 10 <= len(sized) <= 60, "the page-size chooser multiplies the listings, finitely"


def test_listings_paginate_and_page_size_multiplies(server: PortalServer) -> None:
    cat = "/tin-tuc/hoat-dong-nganh/"
    first = _get(server, cat)[1]
    assert first == _get(server, cat + "?page=1")[1] == _get(server, cat + "?pageSize=4")[1]
    assert 'href="?page=3"' in first and 'href="?page=4"' not in first
    assert 'href="?pageSize=10"' in first and 'href="?pageSize=20"' in first
    third = _get(server, cat + "?page=3")[1]
    assert third.count('class="news-item media"') == 1
    beyond = _get(server, cat + "?page=9")
    assert beyond[0] == 200 and "Chưa có bài viết trong mục này." in beyond[1]
    ten = _get(server, cat + "?pageSize=10")[1]
    assert ten.count('class="news-item media"') == 9 and "pagination" not in ten
    news = _get(server, "/tin-tuc/?pageSize=10")[1]
    assert 'href="?page=2&amp;pageSize=10"' in news
    assert "Chưa có bài viết" in _get(server, "/tin-tuc/?page=2&pageSize=20")[1]
    for path, name in portal.CATS.items():
        listing = _get(server, f"{path}?pageSize=20")[1]
        listed = re.findall(r'<h3 class="news-item__title"><a href="([^"]+)"', listing)
        assert listed == [g["path"] for g in portal.GOLD if g["category"] == name]
        for gold in portal.GOLD:
            if gold["category"] == name:
                d = gold["published_at"][:10].split("-")
                row = listing.split(f'href="{gold["path"]}"><img', 1)[1]
                assert f"{d[2]}/{d[1]}/{d[0]}" in row.split("</div></div>", 1)[0]


def test_soft_404_and_real_404(server: PortalServer) -> None:
    status, _body, headers = fetch(server, portal.LEGACY)
    assert status == 302 and headers["Location"] == portal.SOFT_404
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Không tìm thấy trang" in page
    assert _get(server, "/tin-tuc/hoat-dong-nganh/bai-khong-co/")[0] == 404
    assert _get(server, "/?umbPageID=99999")[0] == 404
    assert _get(server, "/99999")[0] == 404


def test_documents_and_albums_are_no_articles(server: PortalServer) -> None:
    for doc in portal.DOCS:
        page = _get(server, doc.path)[1]
        assert "umb-grid" not in page and f'href="{doc.file}"' in page
        body, headers = _raw(server, doc.file)
        assert body.startswith(b"%PDF") and headers["Content-Type"] == "application/pdf"
    assert "/van-ban-chi-dao/?page=2" in _get(server, "/van-ban-chi-dao/")[1]
    for album in portal.ALBUMS:
        page = _get(server, album.path)[1]
        assert page.count('class="photo-caption"') == len(album.photos)
        assert "news-detail" not in page


def test_feeds_and_encodings(server: PortalServer) -> None:
    sitemap, headers = _raw(server, "/sitemap.xml")
    assert sitemap.startswith(b"\xef\xbb\xbf<?xml")
    for gold in portal.GOLD:
        assert f"<loc>{server.base_url}{gold['path']}</loc>".encode() in sitemap
    rss, _ = _raw(server, "/rss/")
    assert rss.startswith(b"\xef\xbb\xbf<?xml") and rss.count(b"<item>") == 10
    robots, _ = _raw(server, "/robots.txt")
    assert b"Sitemap: " in robots
    raw, headers = _raw(server, portal.GOLD[0]["path"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    nfd = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert nfd == [portal.article_path(portal._BY_ID[2414])]
    refs = [p for p, page in pages.items() if re.search(r"&#\d+;", _left(page))]
    assert refs == [portal.article_path(portal._BY_ID[2431])]


def test_no_redirect_on_missing_slash(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    try:
        with NO_REDIRECTS.open(server.url(gold["path"].rstrip("/")), timeout=10) as resp:
            assert resp.status == 200
    except urllib.error.HTTPError as err:  # pragma: no cover - a failure message
        pytest.fail(f"no-slash path answered {err.code}")
