"""Self-checks of the WordPress/Newspaper THPT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_newspaper_vi_thpt as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")

# an independent reading of the vi locale's printed dates (not the portal's formatter)
_MONTHS = {
    "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip


def read_date(shown: str) -> str:
    shown = shown.strip()
    if m := re.fullmatch(r"Tháng ([\w ]+?) (\d{1,2}), (\d{4})", shown):
        return f"{m[3]}-{_MONTHS[m[1].lower()]:02d}-{int(m[2]):02d}"
    if m := re.fullmatch(r"(\d{1,2}) Tháng ([\w ]+?), (\d{4})", shown):
        return f"{m[3]}-{_MONTHS[m[2].lower()]:02d}-{int(m[1]):02d}"
    if m := re.fullmatch(r"(\d{1,2}) Th(\d{1,2}), (\d{4})", shown):
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    if m := re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) lúc (\d{1,2}):(\d\d) (sáng|chiều)", shown):
        hour = int(m[4]) % 12 + (12 if m[6] == "chiều" else 0)
        return f"{m[3]}-{m[2]}-{m[1]}T{hour:02d}:{m[5]}:00+07:00"
    if m := re.fullmatch(r"Thứ \w+, (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)", shown):
        return f"{m[3]}-{m[2]}-{m[1]}T{m[4]}:{m[5]}:00+07:00"
    raise AssertionError(f"unknown date form {shown!r}")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        href = href.split("#", 1)[0]
        if not href or urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_of(body: str) -> str:
    return body.split('<div class="td-post-content tagdiv-type">', 1)[1].split("<footer>", 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/2026/\d\d/[a-z0-9-]+/", g["path"])
        assert DATE.fullmatch(g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 12
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert g["alt_paths"] == [g["path"] + "?amp=1"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/wp-content/uploads/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT") and "ThS" not in name and "–" not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="entry-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    shown = re.search(r'<span class="td-post-date"><time [^>]*>([^<]+)</time>', body)[1]
    assert read_date(shown) == gold["published_at"]
    assert portal.HEADER_DATE in body and "Tác giả: <a" in body and ">admin</a>" in body
    crumb = re.findall(r'class="entry-crumb" href="[^"]+">([^<]+)</a>', body)
    assert _html.unescape(crumb[-1]) == gold["category"]
    article = content_of(body)
    text = shown_text(article)
    if gold["summary"] and '<p class="td-post-sub-title">' in body:
        text = shown_text(body.split('<p class="td-post-sub-title">', 1)[1].split("</p>", 1)[0]) + " " + text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, para
    for img in gold["images"]:
        assert f'src="{server.base_url}{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text


def test_update_lines_are_not_publication_dates(server):
    updated = [s for s in portal.STORIES if "post-modified-info" in "".join(
        b.html for b in s.blocks if isinstance(b, portal.Raw))]
    assert len(updated) >= 3
    for s in updated:
        _, body, _ = fetch(server, portal.story_path(s))
        line = re.search(r'class="post-modified-info">Cập nhật lần cuối: ([^<]+)<', body)[1]
        gold = next(g for g in portal.GOLD if g["path"] == portal.story_path(s))
        assert read_date(line)[:10] != gold["published_at"][:10]


def test_every_date_form_is_printed(server):
    shown = set()
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        shown.add(re.search(r'<span class="td-post-date"><time [^>]*>([^<]+)</time>', body)[1])
    joined = "\n".join(shown)
    assert re.search(r"^Tháng Mười Một \d+, 2026$", joined, re.M)
    assert re.search(r"^\d+ Tháng Mười Một, 2026$", joined, re.M)
    assert re.search(r"^\d+ Th1[01], 2026$", joined, re.M)
    assert re.search(r"lúc \d+:\d\d sáng$", joined, re.M) and re.search(r"lúc 2:30 chiều$", joined, re.M)
    assert "lúc 12:15 sáng" in joined and "lúc 12:10 chiều" in joined
    assert re.search(r"^Thứ Hai, 16/11/2026 19:05$", joined, re.M)


def test_time_attributes_and_yoast_utc(server):
    _, body, _ = fetch(server, "/2026/11/doan-truong-phat-dong-thang-hanh-dong-vi-binh-dang-gioi/")
    assert 'datetime="2026-11-18T07:45:00+07:00">Tháng Mười Một 18, 2026</time>' in body
    _, body, _ = fetch(server, "/2026/12/dang-ky-thi-danh-gia-nang-luc-tieng-anh-dot-thang-12/")
    assert 'content="2026-11-30T17:15:00+00:00"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "td-post-content" not in body and '<h1 class="entry-title">' not in body, path
        assert '<h1 class="entry-title td-page-title">' in body, path
    _, body, _ = fetch(server, "/thoi-khoa-bieu/")
    assert "<table>" in body and "td-page-content" in body
    _, body, _ = fetch(server, "/?s=thi")
    assert "Kết quả tìm kiếm cho: thi" in body and "page-nav" not in body
    _, body, _ = fetch(server, "/gioi-thieu/")
    assert "td-page-content" in body and "td-module-date" not in body.split("td-page-content", 1)[1].split("</div>", 1)[0]


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_post_only_on_later_listing_pages(server):
    oldest = "/2026/09/khai-giang-nam-hoc-2026-2027/"
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/")
    assert oldest not in first and "/chuyen-muc/tin-tuc-su-kien/page/2/" in first
    _, second, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/2/")
    assert oldest in second and "Trang 2 của 2" in second
    assert fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/3/")[0] == 404
    for target in ("/", "/page/2/"):
        assert oldest not in fetch(server, target)[1]
    _, third, _ = fetch(server, "/page/3/")
    assert oldest in third and "Trang 3 của 3" in third
    assert fetch(server, "/page/4/")[0] == 404


def test_listings_print_relative_and_short_dates(server):
    _, home, _ = fetch(server, "/")
    assert "3 ngày trước" in home and "2 tuần trước" in home
    assert '<span class="td-post-date">18/11</span>' in home
    assert "TIN NỔI BẬT" in home and "td_block_mega_menu" in home
    assert "Đang online" in home and "Tổng truy cập" in home


def test_amp_twins_and_short_links(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["alt_paths"][0])
        assert status == 200 and "<html amp" in body
        assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
        assert f'<h1 class="amp-wp-title">{_html.escape(g["title"])}</h1>' in body
        assert "td-post-content" not in body
    for s in portal.STORIES:
        status, _, headers = fetch(server, f"/?p={s.id}")
        assert status == 301 and headers["Location"].endswith(portal.story_path(s))
    assert fetch(server, "/?p=9999")[0] == 404
    assert fetch(server, portal.GOLD[0]["path"] + "?amp=2")[0] == 404


def test_bylines_and_caption_traps(server):
    _, body, _ = fetch(server, "/2026/11/em-tran-minh-khoi-tam-guong-vuot-kho-hoc-gioi/")
    article = content_of(body)
    assert re.search(r'em-tran-minh-khoi\.jpg[^>]*></p>\s*<p[^>]*>Ảnh hưởng của', article)
    assert "Nhóm phóng viên CLB Truyền thông" in article
    _, body, _ = fetch(server, "/2026/11/hoi-thao-chao-mung-ngay-nha-giao-viet-nam-2026/")
    assert body.count('class="wp-element-caption tiled-gallery__caption"') == 4
    assert "<em>Ảnh: Hoàng Nam</em>" in body
    _, body, _ = fetch(server, "/2026/11/hoc-sinh-phan-boi-chau-gianh-9-giai-hoc-sinh-gioi-tinh-lop-12/")
    assert '<p style="text-align: right;">Thầy Lê Văn Quang – Tổ Toán</p>' in body
    _, body, _ = fetch(server, "/2026/11/long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/")
    assert 'class="wp-caption-text">' in body and "<strong>Người viết: Nguyễn Thị Thu Hà</strong>" in body
    assert "td-post-featured-image" in body and "Bài trước" in body and "Bài tiếp theo" in body
    assert "CÓ THỂ BẠN QUAN TÂM" in body and "THẺ" in body and "Pinterest" in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/2026/11/khong-co-bai-nay/")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co/")[0] == 404
    assert fetch(server, "/the/khong-co/")[0] == 404
