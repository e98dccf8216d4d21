"""Self-checks of the Quảng Bình Sở GD&ĐT (vendor ASP.NET MVC) fixture against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_sapo_inline_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
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
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".docx")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(markup: str) -> str:
    """The text a reader sees in a piece of markup, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def region(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def story_of(gold: dict):
    return portal.BY_ID[int(re.search(r"-(\d+)\.html$", gold["path"]).group(1))]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["canonical_path"] == g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
            assert g["summary"].startswith((portal.TAG_QB, portal.TAG_GDTD))  # (the sapo as printed)
        assert not g["body"].startswith(g["title"])
        for bad in ("Tin liên quan:", "Xem thêm:", "Tải về", "Nguồn:", "Từ khóa:"):
            assert bad not in g["body"], (g["path"], bad)
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/Uploads/images/")
        for name in g["authors"] + g["photographers"]:
            assert "–" not in name and " - " not in name and "Phòng" not in name
        assert len(g["alt_paths"]) == 2
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for g in portal.GOLD if g["source"] == "Báo Giáo dục & Thời đại") == 2
    assert any(g["summary"] is None for g in portal.GOLD)
    assert any(g["authors"] == ["Hoàng Nam", "Thanh Thủy"] for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    story = story_of(gold)
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h1 class="detail-title">{_html.escape(gold["title"])}</h1>' in body
        y, m, d = gold["published_at"][:10].split("-")
        hhmm = gold["published_at"][11:16]
        day = portal.WEEKDAYS[portal._stamp(story).weekday()]
        assert f'class="detail-time">{day}, {d}/{m}/{y} | {hhmm}</div>' in body
        content = region(body, '<div class="detail-content">', '<p class="print-url">' if target.startswith("/Print/") else '<div class="detail-rating">')
        shown = plain(content)
        paras = gold["body"].split("\n\n")
        if gold["summary"]:
            sapo = plain(region(body, '<h2 class="detail-sapo">', "</h2>"))
            assert sapo == gold["summary"] and sapo.startswith((portal.TAG_QB, portal.TAG_GDTD))
            paras = paras[1:]
        else:
            assert 'class="detail-sapo"' not in body
        for para in paras:
            for cell in para.split(" | "):
                assert cell in shown, (target, cell)
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in content
            if img["caption"]:
                assert _html.escape(img["caption"]) in content
        for name in gold["authors"]:
            assert name in shown
    status, body, _ = fetch(server, gold["path"])
    canonical = f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />'
    assert canonical in body
    assert canonical in fetch(server, gold["alt_paths"][0])[1]
    assert 'rel="canonical"' not in fetch(server, gold["alt_paths"][1])[1]
    assert f'href="{gold["alt_paths"][0]}" class="btn-copy-link"' in body
    assert f'href="{gold["alt_paths"][1]}" target="_blank" class="btn-print"' in body
    crumbs = region(body, '<ol class="breadcrumb">', "</ol>")
    assert plain(crumbs).endswith(gold["category"])
    assert portal.HEADER_TODAY in body and "Đồng Hới 24°C" in body and "12/GP-STTTT" in body
    assert "Ý kiến bạn đọc" in body and "★★★★☆" in body and "Tin cùng chuyên mục" in body
    assert story.id == int(gold["alt_paths"][1].rsplit("/", 1)[1])


def test_images_answer(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="detail-title"' not in body and 'class="detail-time"' not in body, path


def test_breadth_first_walk_reaches_every_article_and_non_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_news_only_on_listing_page_two(server):
    old = portal.long_path(portal.BY_ID[2287])
    status, page1, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien")
    assert status == 200 and old not in page1
    assert page1.count('class="news-item') == portal.PER_PAGE
    assert 'href="/tin-tuc/tin-tuc-su-kien?page=2">Xem thêm tin' in page1
    assert 'href="/tin-tuc/tin-tuc-su-kien?page=2" rel="next"' in page1
    status, page2, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien?page=2")
    assert status == 200 and old in page2 and "Xem thêm tin" not in page2
    assert fetch(server, "/tin-tuc/tin-tuc-su-kien?page=3")[0] == 404
    # the old article is on no other page a walk sees, apart from its own three addresses
    for target in walk(server, ["/"]):
        if target in ("/tin-tuc/tin-tuc-su-kien?page=2", old, "/tin-tuc/chi-tiet/2287", "/Print/2287"):
            continue
        if urlsplit(target).path in ("/tim-kiem",):
            continue
        assert old not in fetch(server, target)[1], target


def test_child_categories_and_parent(server):
    _, body, _ = fetch(server, "/tin-tuc/giao-duc-trung-hoc")
    for sid in (2316, 2306, 2284):
        assert portal.long_path(portal.BY_ID[sid]) in body
    assert "Xem thêm tin" not in body
    _, body, _ = fetch(server, "/tin-tuc/van-ban-chi-dao")
    assert body.count('class="news-item') == 2


def test_sapo_prefixes(server):
    tags = []
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        if 'class="detail-sapo"' in body:
            tags.append(plain(region(body, '<h2 class="detail-sapo">', "</h2>"))[:6])
    assert tags.count("(SGDĐT") >= 6 and tags.count("GD&TĐ ") == 2
    for sid in (2311, 2287):
        _, body, _ = fetch(server, portal.long_path(portal.BY_ID[sid]))
        assert "Nguồn: Báo Giáo dục &amp; Thời đại" in region(body, '<div class="detail-content">', "</div>\n")


def test_inline_traps(server):
    def content(sid: int) -> str:
        _, body, _ = fetch(server, portal.long_path(portal.BY_ID[sid]))
        return body.split('<div class="detail-content">', 1)[1].split('<div class="detail-rating">', 1)[0]

    c = content(2318)
    assert '<div class="related-inline"><strong>Tin liên quan:</strong><ul>' in c
    assert c.count("<li><a href=\"/tin-tuc/") == 3
    assert c.index("related-inline") < c.index("Dịp này, 12 nhà giáo")
    assert "<blockquote>" in c and '<p class="author">Minh Quân</p>' in c
    c = content(2316)
    assert "<p>Xem thêm: <a href=" in c and "<p><strong>1. Những kết quả bước đầu</strong></p>" in c
    assert '<p style="text-align:right"><strong>Lê Hà – Phòng GDTrH</strong></p>' in c
    for sid in (2313, 2306):
        title = _html.escape(portal.BY_ID[sid].title)
        assert re.search(rf'<div class="detail-content">\n<p[^>]*><strong>{re.escape(title)}</strong></p>', fetch(server, portal.long_path(portal.BY_ID[sid]))[1])
    c = content(2309)
    assert 'iframe src="https://www.youtube.com/embed/' in c
    c = content(2315)
    assert '<table class="table table-bordered">' in c and '<div class="attach">' in c
    assert '<p class="author">Hoàng Nam - Thanh Thủy</p>' in c
    c = content(2298)
    assert '<table class="image-caption"' in c and "<figure" not in c
    assert "<h3>Thời gian tổ chức</h3>" in content(2306)
    for sid in (2313, 2294):
        href = re.search(r'<div class="attach">.*?href="([^"]+)"', content(sid), re.S).group(1)
        status, _, headers = fetch(server, href)
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_home_and_sidebar(server):
    status, body, headers = fetch(server, "/")
    assert status == 200 and headers.get("X-AspNetMvc-Version") == "5.2"
    assert "Đang online" in body and "Hôm nay" in body and "Tổng truy cập" in body
    assert portal.HEADER_TODAY in body and "Thăm dò ý kiến" in body


def test_unknown_pages_are_404(server):
    s = portal.BY_ID[2318]
    assert fetch(server, "/khong-co")[0] == 404
    assert fetch(server, "/tin-tuc/chi-tiet/9999")[0] == 404
    assert fetch(server, "/Print/9999")[0] == 404
    assert fetch(server, f"/tin-tuc/van-ban-chi-dao/{s.slug}-{s.id}.html")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co")[0] == 404
