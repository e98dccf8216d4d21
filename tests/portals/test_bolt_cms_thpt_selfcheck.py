"""Self-checks of the bolt_cms_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import bolt_cms_thpt as portal
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"]*)"')
LOC = re.compile(r"<(?:loc|link)>([^<]+)</(?:loc|link)>")
TAG = re.compile(r"<[^>]+>")
INLINE = re.compile(r"</?(?:a|em|strong|b|i|span|small)\b[^>]*>")
PAGER_NEXT = re.compile(r'<a class="page-link" href="([^"]+)">»</a>')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(markup: str) -> str:
    """Tags stripped, entities unescaped, NFC, whitespace collapsed: the page as text."""
    body = markup.split("<body>", 1)[-1]
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    plain = _html.unescape(TAG.sub(" ", INLINE.sub("", body))).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain))


def _record_part(markup: str) -> str:
    """The ``<article class="record">`` element of a record page."""
    start = markup.index('<article class="record')
    return markup[start : markup.index("</article>", start)]


def _gold(slug_fragment: str) -> dict:
    return next(g for g in portal.GOLD if slug_fragment in g["path"])


def _target(server: PortalServer, href: str, page: str) -> str | None:
    absolute = urljoin(server.url(page), _html.unescape(href))
    parts = urlsplit(absolute)
    if parts.netloc != urlsplit(server.base_url).netloc or parts.scheme != "http":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert sum(g["path"].startswith("/tin-tuc/") for g in portal.GOLD) == 9
    assert sum(g["path"].startswith("/thong-bao/") for g in portal.GOLD) == 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["published_at"] is None or DATE.match(g["published_at"]), g["path"]
        for key in ("title", "body", "summary", "source", "category"):
            value = g[key]
            if value is not None:
                assert value == unicodedata.normalize("NFC", value), (g["path"], key)
                assert value == value.strip() and "  " not in value, (g["path"], key)
        for name in g["authors"] + g["photographers"]:
            assert not name.startswith(("ThS.", "TS.", "Cô ", "Thầy ")), name
            assert name not in ("admin", "BBT")
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n") or g["body"] == g["summary"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/files/")
        assert g["alt_paths"] and all(a.rsplit("/", 1)[1].isdigit() for a in g["alt_paths"])


def test_teaser_printed_equals_gold_summary():
    for story in portal.RECORDS:
        teaser = story.opts.get("teaser")
        assert (portal.collapse(teaser) if teaser else None) == story.summary, story.slug


def test_categories_and_budget():
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Hoạt động chuyên môn", "Đoàn - Hội", "Thi đua", "Thông báo"}
    assert 4 <= len(portal.NON_ARTICLES) <= 8


# --- every gold page ---------------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_pages_answer_and_print_gold(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, markup, _ = fetch(server, target)
        assert status == 200, target
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', markup).group(1)
        assert urlsplit(canonical).path == gold["canonical_path"], target
        assert "<h1" in markup
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", markup).group(1)
        assert _html.unescape(h1) == gold["title"], target
    status, markup, _ = fetch(server, gold["path"])
    text = _visible(_record_part(markup))
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, (gold["path"], piece[:60])
    y, m, d = gold["published_at"].split("-")
    assert f'<i class="bi bi-calendar3"></i> {d}/{m}/{y}' in markup
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in markup, img
        if img["caption"]:
            assert img["caption"] in text, img
    # the category is the badge (entries) or the breadcrumb's type name (notices)
    crumbs = _visible(re.search(r'<ol class="breadcrumb">.*?</ol>', markup).group(0))
    if gold["path"].startswith("/tin-tuc/"):
        assert f'">{gold["category"]}</a>' in _html.unescape(markup.split("<h1")[0][-300:])
        assert gold["category"] not in crumbs
    else:
        assert 'class="badge bg-success' not in markup
        assert crumbs.strip().startswith("Trang chủ Thông báo ")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, markup, _ = fetch(server, path)
        assert status == 200, path
        assert "bi-calendar3" not in markup.split("<aside")[0], path


# --- discovery --------------------------------------------------------------------------------


def _walk(server: PortalServer, seeds: list[str], limit: int = 400) -> set[str]:
    """Breadth-first over same-host links, pages only, at most ``limit`` fetches."""
    seen: set[str] = set()
    queue = deque(seeds)
    fetched = 0
    while queue and fetched < limit:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        path = urlsplit(target).path
        if unquote(path).startswith(("/thumbs/", "/files/", "/theme/", "/bolt")):
            continue
        status, markup, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for href in HREF.findall(markup) + LOC.findall(markup):
            nxt = _target(server, href, target)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_links_from_home_reach_every_gold_article(server):
    seen = _walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]


def test_sitemap_lists_every_gold_article_by_slug(server):
    _, robots, _ = fetch(server, "/robots.txt")
    assert "Disallow: /bolt/" in robots and "/sitemap.xml" in robots
    status, xml, headers = fetch(server, "/sitemap.xml")
    assert status == 200 and "xml" in headers["Content-Type"]
    locs = {urlsplit(u).path for u in LOC.findall(xml)}
    for g in portal.GOLD:
        assert g["path"] in locs
    for path in portal.NON_ARTICLES:
        assert path in locs


def test_rss_links_the_numeric_route(server):
    status, xml, _ = fetch(server, "/rss.xml")
    assert status == 200
    links = {urlsplit(u).path for u in LOC.findall(xml)}
    for g in portal.GOLD:
        assert g["alt_paths"][0] in links
        assert g["path"] not in links


def test_home_slider_links_numeric_and_cards_link_slugs(server):
    _, markup, _ = fetch(server, "/")
    slider = markup[markup.index('id="carouselNoiBat"') : markup.index('class="latest')]
    assert set(re.findall(r'href="(/tin-tuc/\d+)"', slider)) == {
        "/tin-tuc/112",
        "/tin-tuc/109",
        "/tin-tuc/98",
    }
    assert "Tin nổi bật" in markup and "Lượt truy cập: 123.456" in markup
    assert portal.TODAY in markup
    for g in portal.GOLD:
        if g["path"].startswith("/thong-bao/"):
            assert f'href="{g["path"]}"' in markup


# --- listings and the pager trap ---------------------------------------------------------------


def _card_links(markup: str) -> list[str]:
    main = markup.split("<aside")[0]
    return re.findall(r'<h5 class="card-title"><a href="([^"]+)"', main)


def test_listing_pages_six_per_page(server):
    _, p1, _ = fetch(server, "/tin-tuc")
    _, p2, _ = fetch(server, "/tin-tuc?page_tin-tuc=2")
    first, second = _card_links(p1), _card_links(p2)
    assert len(first) == 6 and len(second) == 3
    entries = {g["path"] for g in portal.GOLD if g["path"].startswith("/tin-tuc/")}
    assert set(first) | set(second) == entries
    assert 'href="/tin-tuc?page_tin-tuc=2">2</a>' in p1
    _, notices, _ = fetch(server, "/thong-bao")
    assert len(_card_links(notices)) == 4
    assert "pagination" not in notices.split("<aside")[0]


def test_pager_never_ends(server):
    _, p2, _ = fetch(server, "/tin-tuc?page_tin-tuc=2")
    assert PAGER_NEXT.search(p2).group(1) == "/tin-tuc?page_tin-tuc=3"
    status, p99, _ = fetch(server, "/tin-tuc?page_tin-tuc=99")
    assert status == 200
    assert _card_links(p99) == []
    assert "Không có bài viết nào." in p99
    assert PAGER_NEXT.search(p99).group(1) == "/tin-tuc?page_tin-tuc=100"
    status, empty, _ = fetch(server, "/thong-bao?page_thong-bao=2")
    assert status == 200 and _card_links(empty) == []


def test_category_listing_has_a_second_page(server):
    _, p1, _ = fetch(server, "/danh-muc/hoat-dong-chuyen-mon")
    _, p2, _ = fetch(server, "/danh-muc/hoat-dong-chuyen-mon?page_tin-tuc=2")
    assert len(_card_links(p1)) == 4 and len(_card_links(p2)) == 1
    assert 'href="/danh-muc/hoat-dong-chuyen-mon?page_tin-tuc=2"' in p1
    for slug, name in portal.CATEGORIES.items():
        status, markup, _ = fetch(server, f"/danh-muc/{slug}")
        assert status == 200 and name in markup
        for link in _card_links(markup):
            assert _gold(link)["category"] == name


def test_tag_listing(server):
    status, markup, _ = fetch(server, "/tags/doan-thanh-nien")
    assert status == 200
    assert len(_card_links(markup)) == 2
    assert fetch(server, "/tags/khong-co")[0] == 404


def test_search_is_paginated(server):
    status, p1, _ = fetch(server, "/search?searchTerm=h%E1%BB%8Dc+sinh")
    assert status == 200
    hits = re.findall(r'<div class="search-result.*?<a href="([^"]+)"', p1)
    assert len(hits) == 6
    nxt = re.search(r'href="(/search\?searchTerm=[^"]+page_search=2)">2</a>', p1)
    assert nxt
    _, p2, _ = fetch(server, _html.unescape(nxt.group(1)))
    assert re.findall(r'<div class="search-result.*?<a href="([^"]+)"', p2)
    assert 'href="/search?searchTerm=h%E1%BB%8Dc+sinh"' in p1  # sidebar "Tìm kiếm nhiều"


# --- other traps -------------------------------------------------------------------------------


def test_admin_and_preview(server):
    status, markup, _ = fetch(server, "/bolt/login")
    assert status == 200 and "login_form[password]" in markup
    status, _, headers = fetch(server, "/bolt")
    assert status == 302 and headers["Location"] == "/bolt/login"
    _, home, _ = fetch(server, "/")
    assert 'href="/bolt/login"' in home
    _, article, _ = fetch(server, _gold("hoi-thao-chuyen-de")["path"])
    assert 'href="/preview/tin-tuc/117"' in _record_part(article)
    assert fetch(server, "/preview/tin-tuc/117")[0] == 403


def test_thumbs_are_images(server):
    _, article, _ = fetch(server, _gold("le-ky-niem-44")["path"])
    lightbox = re.search(r'<a href="(/thumbs/[^"]+)" data-fancybox', article).group(1)
    assert "1200×900×max" in lightbox
    status, _, headers = fetch(
        server, "/thumbs/1200%C3%97900%C3%97max/2026-11/le-ky-niem-20-11-cover.jpg"
    )
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/files/2026-11/danh-sach-hsg-cap-tinh-2026-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_numeric_route_only_for_its_type_and_unknown_slugs_404(server):
    assert fetch(server, "/thong-bao/112")[0] == 404
    assert fetch(server, "/tin-tuc/114")[0] == 404
    assert fetch(server, "/tin-tuc/khong-ton-tai")[0] == 404
    assert fetch(server, "/tin-tuc/999")[0] == 404


def test_cover_line_alt_or_file_name(server):
    # alt filled: the small line is the alt, taken as the caption
    g = _gold("le-ky-niem-44")
    _, markup, _ = fetch(server, g["path"])
    cover = re.search(r'<div class="record-image.*?</div>', markup).group(0)
    assert 'alt="Quang cảnh buổi lễ kỷ niệm"' in cover
    assert "<small" in cover and "Quang cảnh buổi lễ kỷ niệm</small>" in cover
    assert g["images"][-1] == {
        "path": "/files/2026-11/le-ky-niem-20-11-cover.jpg",
        "caption": "Quang cảnh buổi lễ kỷ niệm",
    }
    # alt empty: the line prints the file name, no caption
    g = _gold("hoi-thao-chuyen-de")
    _, markup, _ = fetch(server, g["path"])
    cover = re.search(r'<div class="record-image.*?</div>', markup).group(0)
    assert 'alt=""' in cover and "z6023456789012_c0ffee1234.jpg</small>" in cover
    assert g["images"][-1]["caption"] is None
    # the cover repeats the first figure: listed once
    g = _gold("rung-chuong-vang")
    _, markup, _ = fetch(server, g["path"])
    assert markup.count('src="/files/2026-11/rcv-toan-canh.jpg"') == 2
    assert [i["path"] for i in g["images"]].count("/files/2026-11/rcv-toan-canh.jpg") == 1


def test_cover_after_body_and_attachments_outside(server):
    g = _gold("ket-qua-ky-thi")
    _, markup, _ = fetch(server, g["path"])
    record = _record_part(markup)
    assert record.index('<div class="record-body">') < record.index('class="record-image')
    assert record.index('class="record-image') < record.index("Tập tin đính kèm")
    assert "Danh sách học sinh đạt giải cấp tỉnh" not in g["body"]
    assert "Môn thi | Số dự thi | Nhất | Nhì | Ba | KK" in g["body"]


def test_nfd_record_is_decomposed_in_markup(server):
    g = _gold("thao-giang")
    _, markup, _ = fetch(server, g["path"])
    lead = re.search(r'<p class="lead[^"]*">(.*?)</p>', markup).group(1)
    assert lead != unicodedata.normalize("NFC", lead)
    assert unicodedata.normalize("NFC", lead) == g["summary"]


def test_bylines_and_source_not_in_body(server):
    for frag, line in [
        ("le-ky-niem-44", "Tin, ảnh: Trần Minh Khoa"),
        ("ngoai-khoa", "Bài: Huỳnh Ngọc Trâm - Ảnh: Đặng Gia Huy"),
        ("y-tuong-khoi-nghiep", "Nguồn: Báo Vĩnh Long"),
        ("lich-kiem-tra", "Tổ Giáo vụ</strong>"),
        ("hoi-khoe-phu-dong", "File đính kèm: "),
    ]:
        g = _gold(frag)
        _, markup, _ = fetch(server, g["path"])
        assert line in markup, frag
        assert line.split("<")[0] not in g["body"].split("\n\n")[-1], frag
    assert _gold("y-tuong-khoi-nghiep")["source"] == "Báo Vĩnh Long"
    assert _gold("y-tuong-khoi-nghiep")["authors"] == []
    _, markup, _ = fetch(server, _gold("y-tuong-khoi-nghiep")["path"])
    assert '<i class="bi bi-person"></i> BBT' in markup
    _, markup, _ = fetch(server, _gold("ket-qua-ky-thi")["path"])
    assert '<i class="bi bi-person"></i> ThS. Nguyễn Hoàng Phúc' in markup
