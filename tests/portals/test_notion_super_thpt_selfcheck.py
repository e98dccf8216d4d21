"""Self-checks of the Notion + Super.so fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from datetime import datetime
from urllib.parse import unquote, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import notion_super_thpt as portal
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"]+)"')
_EMOJI = re.compile(r'<span class="notion-emoji"[^>]*>.*?</span>')
_BLOCK_END = re.compile(r"</(div|li|h1|h2|h3|td|th|tr|summary|blockquote|figcaption)>|<br/?>")
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def page_text(body: str) -> str:
    """The page's text without emoji icons: tags dropped, entities read, whitespace collapsed."""
    text = _TAG.sub("", _BLOCK_END.sub(" ", _EMOJI.sub("", body)))
    return nfc(re.sub(r"\s+", " ", html.unescape(text)).strip())


def main_of(body: str) -> str:
    return body.split('<main class="super-content', 1)[1].split("</main>", 1)[0]


def gold(slug: str) -> dict:
    return next(g for g in portal.GOLD if g["path"] == f"/tin-tuc/{slug}")


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert g["published_at"] is None or ISO.match(g["published_at"]), g["published_at"]
        assert g["category"] in {"Hoạt động", "Thông báo", "Đoàn trường"}
        for value in (g["title"], g["body"], g["summary"] or "", *g["authors"]):
            assert value == nfc(value)
            assert "  " not in value
        assert g["body"] and all(p.strip() for p in g["body"].split("\n\n"))
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for author in g["authors"]:
            assert author not in {"thpt-admin", "admin", "BBT"}
        for img in g["images"]:
            assert set(img) in ({"path", "caption"}, {"url", "caption"})
        assert len(g["alt_paths"]) == 1 and re.fullmatch(r"/[0-9a-f]{32}", g["alt_paths"][0])


def test_gold_decisions():
    assert gold("ky-niem-44-nam-ngay-nha-giao-viet-nam")["authors"] == ["Ban Truyền thông"]
    tieng_hat = gold("hoi-thi-tieng-hat-hoc-sinh-2026")
    assert tieng_hat["authors"] == tieng_hat["photographers"] == ["Thạch Thị Sô Phia"]
    assert gold("thong-bao-nghi-hoc-ngay-14-11-2026")["authors"] == []
    assert gold("ngoai-khoa-phong-chong-ma-tuy")["photographers"] == ["Lý Minh Trí"]
    assert gold("tap-huan-chuyen-doi-so-trong-day-hoc")["source"] == "Sở GD&ĐT thành phố Cần Thơ"
    assert len(gold("dai-hoi-doan-truong-nhiem-ky-2026-2027")["authors"]) == 2
    hsg = gold("hoc-sinh-dat-giai-hsg-cap-thanh-pho")
    assert not hsg["body"].startswith(hsg["title"])
    assert "1 | Lâm Gia Huy | 12A1 | Vật lí | Nhì" in hsg["body"].split("\n\n")
    khai_giang = gold("le-khai-giang-nam-hoc-2026-2027")
    assert [img["caption"] for img in khai_giang["images"]][1] is None
    for g in portal.GOLD:
        for line in ("Tin, ảnh:", "Ảnh: Lý", "Nguồn:", "Bài viết liên quan", "Mục lục"):
            assert line not in g["body"]
    mention = gold("dai-hoi-doan-truong-nhiem-ky-2026-2027")["body"]
    assert "Tiếp nối không khí của Lễ khai giảng năm học 2026 - 2027, sau khi" in mention


# --- pages answer ----------------------------------------------------------------------------


def test_gold_pages_answer_with_title_and_canonical(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = page_text(main_of(body))
        assert g["title"] in text, g["path"]
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
        assert urlsplit(canonical).path == g["canonical_path"]
        assert urlsplit(canonical).netloc == f"127.0.0.1:{server.port}"


def test_raw_id_twins_serve_the_same_page(server):
    for g in portal.GOLD:
        _, pretty, _ = fetch(server, g["path"])
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert body == pretty


def test_gold_text_and_images_are_on_the_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = page_text(main_of(body))
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece.strip() in text, (g["path"], piece)
        for img in g["images"]:
            src = img.get("url") or img["path"]
            assert f'src="{src}"' in body
            if img["caption"]:
                assert f"{html.escape(img['caption'])}</span></figcaption>" in nfc(body)


def test_english_month_dates_match_gold(server):
    for post in portal.POSTS:
        _, body, _ = fetch(server, post.path)
        assert f'<span class="date">{post.date_printed}</span>' in body
        printed = post.date_printed
        fmt = "%b %d, %Y %I:%M %p" if printed.endswith(("AM", "PM")) else "%B %d, %Y"
        when = datetime.strptime(printed, fmt)
        want = when.date().isoformat()
        if printed.endswith(("AM", "PM")):
            want = when.strftime("%Y-%m-%dT%H:%M:00+07:00")
        assert want == post.story.published_at


def test_property_labels_and_emoji_icons(server):
    for post in portal.POSTS:
        _, body, _ = fetch(server, post.path)
        for label in ("Ngày đăng", "Chuyên mục"):
            assert f'<span class="notion-property__title">{label}</span>' in body
        assert f'<span class="notion-pill pill-{portal.PILL[post.story.cat]}">' in body
        if post.icon:
            assert 'class="notion-header__icon"><span class="notion-emoji"' in body
    _, body, _ = fetch(server, "/tin-tuc/ngoai-khoa-phong-chong-ma-tuy")
    assert '<details class="notion-toggle"' in body
    assert "&quot;bóng cười&quot;" in body
    _, body, _ = fetch(server, "/tin-tuc/thong-bao-nghi-hoc-ngay-14-11-2026")
    assert "notion-property__person" not in body
    _, body, _ = fetch(server, "/tin-tuc/hoi-thi-tieng-hat-hoc-sinh-2026")
    assert '<span class="individual-name">thpt-admin</span>' in body


def test_table_of_contents_in_two_posts(server):
    with_toc = []
    for post in portal.POSTS:
        _, body, _ = fetch(server, post.path)
        if 'class="notion-table-of-contents' in body:
            with_toc.append(post.story.slug)
            toc = body.split('class="notion-table-of-contents', 1)[1].split("</div>", 1)[0]
            assert toc.count("notion-table-of-contents__item") >= 3
    assert with_toc == ["hoi-thao-stem-2026", "tap-huan-chuyen-doi-so-trong-day-hoc"]


def test_title_repeated_in_first_text_block_and_nfd(server):
    post = portal.POST_HSG
    _, body, _ = fetch(server, post.path)
    first = re.search(r'<div class="notion-text">(.*?)</div>', main_of(body)).group(1)
    assert nfc(page_text(first)) == post.story.title
    decomposed = unicodedata.normalize("NFD", post.story.title)
    assert f'<h1 class="notion-header__title">{decomposed}</h1>' in body
    assert unicodedata.normalize("NFC", "Học sinh") not in main_of(body)


def test_bookmark_and_related_database(server):
    _, body, _ = fetch(server, "/tin-tuc/thong-bao-lich-kiem-tra-cuoi-hoc-ky-1")
    assert f'<div class="notion-bookmark"><a href="{portal.BOOKMARK_URL}"' in body
    assert urlsplit(portal.BOOKMARK_URL).netloc != "127.0.0.1"
    _, body, _ = fetch(server, "/tin-tuc/ky-niem-44-nam-ngay-nha-giao-viet-nam")
    related = body.split('<div class="notion-collection inline">', 1)[1]
    links = HREF.findall(related.split("</main>", 1)[0])
    assert links == [
        portal.POST_TIENG_HAT.raw_path,
        portal.POST_KHAI_GIANG.raw_path,
        portal.POST_HOI_TRAI.raw_path,
    ]


# --- listings and traps ----------------------------------------------------------------------


def _posts_linked(body: str) -> list[str]:
    return [h for h in HREF.findall(main_of(body)) if h.startswith("/tin-tuc/")]


def test_load_more_page(server):
    _, first, _ = fetch(server, "/tin-tuc")
    assert _posts_linked(first) == [p.path for p in portal.POSTS[:10]]
    assert '<a href="/tin-tuc?page=2" class="notion-collection__load-more"' in first
    assert "Tải thêm" in first
    _, second, _ = fetch(server, "/tin-tuc?page=2")
    assert _posts_linked(second) == [p.path for p in portal.POSTS]
    assert "Tải thêm" not in second
    assert "notion-page__properties" not in second


def test_view_ids(server):
    _, listing, _ = fetch(server, "/tin-tuc")
    views = re.findall(r'href="/tin-tuc\?v=([0-9a-f]{32})"', listing)
    assert views == list(portal.VIEWS)
    _, notice, _ = fetch(server, f"/tin-tuc?v={portal.VIEW_NOTICE}")
    assert _posts_linked(notice) == [p.path for p in portal.POSTS if p.story.cat == "Thông báo"]
    _, gallery, _ = fetch(server, f"/tin-tuc?v={portal.VIEW_GALLERY}")
    assert "notion-collection-gallery" in gallery
    assert f'href="/tin-tuc?v={portal.VIEW_GALLERY}&amp;page=2"' in gallery
    _, rest, _ = fetch(server, f"/tin-tuc?v={portal.VIEW_GALLERY}&page=2")
    assert len(_posts_linked(rest)) == 13
    status, unknown, _ = fetch(server, "/tin-tuc?v=" + "0" * 32)
    assert status == 200 and _posts_linked(unknown) == _posts_linked(listing)


def test_search_pages(server):
    _, home, _ = fetch(server, "/")
    assert '<form class="super-footer__search" action="/search" method="get"' in home
    status, body, _ = fetch(server, "/search?q=tuy%E1%BB%83n+sinh")
    assert status == 200
    assert _posts_linked(body) == [portal.POST_TUYEN_SINH.path]
    assert "notion-page__properties" not in body and "canonical" not in body
    status, empty, _ = fetch(server, "/search")
    assert status == 200 and _posts_linked(empty) == []


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "notion-page__properties" not in body
        assert '<h1 class="notion-header__title">' in body
    _, tuyen_sinh, _ = fetch(server, "/tuyen-sinh-lop-10")
    assert '<table class="notion-table">' in tuyen_sinh
    _, home, _ = fetch(server, "/")
    assert _posts_linked(home) == [p.path for p in portal.POSTS[:6]]
    for page in portal.PAGES:
        status, body, _ = fetch(server, f"/{page.page_id}")
        assert status == 200 and page.title in body


def test_unknown_and_trailing_slash(server):
    assert fetch(server, "/tin-tuc/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/" + "f" * 32)[0] == 404
    status, _, headers = fetch(server, "/tin-tuc/hoi-thao-stem-2026/")
    assert status == 308 and headers["Location"] == "/tin-tuc/hoi-thao-stem-2026"
    status, _, headers = fetch(server, "/robots.txt")
    assert status == 200
    _, sitemap, _ = fetch(server, "/sitemap.xml")
    for g in portal.GOLD:
        assert f"{server.base_url}{g['path']}</loc>" in sitemap


def test_no_header_clock(server):
    _, body, _ = fetch(server, "/")
    assert "Hotline" in body
    assert not re.search(r"Thứ \w+, (ngày )?\d{2}/\d{2}/\d{4}", body)


def test_breadth_first_walk_reaches_every_article(server):
    """Links only (no sitemap): every gold article is reached from the home page."""
    seen = {"/"}
    queue = deque(["/"])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        pages += 1
        if status != 200:
            continue
        for href in HREF.findall(body):
            href = html.unescape(href)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not href.startswith("/"):
                continue
            link = unquote(parts.path) + (f"?{parts.query}" if parts.query else "")
            if link.endswith((".png", ".jpg", ".ico", ".css", ".js")) or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert pages <= budget
    # posts 12 and 13 are only behind the load-more button (or a raw id)
    _, first, _ = fetch(server, "/tin-tuc")
    assert portal.POST_HOC_BONG.path not in first
