"""Self-checks of the video/album Sở GD&ĐT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import video_album_sgddt as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".mp4")
TH_PAGE3 = portal.cat_path("tin-hoat-dong") + "?trang=3"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href.split("#")[0])
    return out


def walk(server: PortalServer, starts: list[str], blocked: set[str] = frozenset(), limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in blocked:
            continue
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def region(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "P.V", "PV")
            assert "ThS." not in name and " - " not in name
        n = len(g["body"].split("\n\n"))
        assert 1 <= n <= 14, g["path"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    kinds = [s.opts["kind"] for s in portal.STORIES]
    assert kinds.count("video") == 3 and kinds.count("album") == 3 and kinds.count("news") == 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert portal.HEADER_TODAY in body and portal.COUNTER in body
    page = shown_text(body)
    assert gold["title"] in page
    assert f'<span>{_html.escape(gold["category"])}</span>' not in body  # the crumb is a link
    crumb = region(body, '<div class="duongdan">', "</div>")
    assert crumb.rstrip().endswith(f'>{_html.escape(gold["category"])}</a>')
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, (gold["path"], cell)
    y, m, d = gold["published_at"][:10].split("-")
    if "T" in gold["published_at"]:
        hhmm = gold["published_at"][11:16]
        assert f"Cập nhật: {hhmm} | {d}/{m}/{y}" in body
    else:
        assert f"Ngày đăng: {d}-{m}-{y}" in body
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
    assert "In trang" in body and "Gửi email" in body and "Lên đầu trang" in body
    assert "Tin cùng chuyên mục" in body


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"])
def test_print_view_is_the_same_article(server, gold):
    (alt,) = gold["alt_paths"]
    assert re.fullmatch(r"/in-bai/t\d+", alt)
    _, article, _ = fetch(server, gold["path"])
    assert f'href="{alt}"' in article
    status, body, _ = fetch(server, alt)
    assert status == 200 and "window.print()" in body
    page = shown_text(body)
    assert gold["title"] in page
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page
    assert "Tin cùng chuyên mục" not in body and portal.COUNTER not in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Cập nhật:" not in body and "Ngày đăng:" not in body, path


def test_walk_reaches_every_article_and_non_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_news_only_on_page_three_of_tin_hoat_dong(server):
    hidden = portal.story_path(portal.HIDDEN)
    status, body, _ = fetch(server, TH_PAGE3)
    assert status == 200 and f'href="{hidden}"' in body
    assert '<span class="hientai">3</span>' in body
    blocked = {TH_PAGE3}
    seen = walk(server, [portal.START_PATH], blocked=blocked)
    assert hidden not in seen
    assert f"/in-bai/t{portal.HIDDEN.id}" not in seen
    assert all(g["path"] in seen for g in portal.GOLD if g["path"] != hidden)


def test_listing_pages_and_pager(server):
    base = portal.cat_path("tin-hoat-dong")
    counts = []
    for n in (1, 2, 3):
        status, body, _ = fetch(server, f"{base}?trang={n}")
        assert status == 200
        counts.append(body.count('class="dong-tin"'))
        pager = region(body, '<div class="phantrang">', "</div>")
        assert "« Đầu" in pager and "Cuối »" in pager
    assert counts == [8, 8, 2]
    _, first, _ = fetch(server, base)
    assert "‹" not in region(first, '<div class="phantrang">', "</div>")
    assert f'href="{base}?trang=3">Cuối »' in first
    assert fetch(server, f"{base}?trang=4")[0] == 404
    for key in portal.CATEGORIES:
        assert fetch(server, portal.cat_path(key))[0] == 200


def test_video_player_is_not_text(server):
    for s in portal.VIDEOS:
        g = next(g for g in portal.GOLD if g["path"] == portal.story_path(s))
        _, body, _ = fetch(server, g["path"])
        player = region(body, '<div class="khung-vd">', '<div class="mota-vd">')
        assert g["images"] == []
        if s.opts["player"].startswith("yt:"):
            assert 'src="https://www.youtube-nocookie.com/embed/' in player
            assert 'title="YouTube video player"' in player
        else:
            assert "<video" in player and "<source src=" in player
            assert "<noscript>Trình duyệt của bạn không hỗ trợ video</noscript></video>" in player
        assert "YouTube video player" not in g["body"] and "không hỗ trợ video" not in g["body"]
        assert 2 <= len(g["body"].split("\n\n")) <= 5
    by_title = {g["title"]: g for g in portal.GOLD}
    # (gold harmonised with the house convention: a video's credit names who shot it)
    assert by_title[portal.VIDEOS[0].title]["photographers"] == ["Đài PT-TH Quảng Trị"]
    assert by_title[portal.VIDEOS[1].title]["photographers"] == ["Tổ Truyền thông"]
    assert sum(g["title"].startswith("[Video] ") for g in portal.GOLD) == 2
    # the right column's featured player is on every page, home included
    _, home, _ = fetch(server, "/")
    assert home.count('title="YouTube video player"') == 1 and "Video nổi bật" in home


def test_photo_report_captions_are_plain_paragraphs(server):
    for s in portal.ALBUMS:
        g = next(g for g in portal.GOLD if g["path"] == portal.story_path(s))
        assert 6 <= len(g["images"]) <= 10
        assert len(g["body"].split("\n\n")) == 1
        _, body, _ = fetch(server, g["path"])
        text = region(body, '<div class="nd-anh">', '<div class="cc-tin">')
        for img in g["images"]:
            if img["caption"]:
                pattern = (
                    rf'<p style="text-align: center;"><img src="{re.escape(img["path"])}"[^>]*></p>\s*'
                    rf"<p>{re.escape(_html.escape(img['caption']))}</p>"
                )
                assert re.search(pattern, text), img
                assert img["caption"] not in g["body"]
        assert "<em>" not in text and "figcaption" not in text
    numbered = [g for g in portal.GOLD if g["images"] and g["images"][0]["caption"] and g["images"][0]["caption"].startswith("Ảnh 1: ")]
    assert len(numbered) == 1
    assert any(img["caption"] is None for g in portal.GOLD for img in g["images"] if "/uploads/album/" in img["path"])
    assert portal.GOLD[[s.opts["kind"] for s in portal.STORIES].index("album")]["photographers"] == ["Lê Minh Quân"]


def test_galleries_are_pure_thumbnail_grids(server):
    for g in portal.GALLERIES:
        status, body, _ = fetch(server, portal.gallery_path(g))
        assert status == 200
        main = region(body, '<div class="ct-anh">', '<div class="cot-phai">')
        assert 'class="dsanh"' in main and main.count("<li>") == g[4]
        assert "<p" not in main.split("</ul>")[0]
        assert "Ngày đăng" not in main


def test_bylines_and_sapo(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    lines = {
        "Người đưa tin: Hoàng Thị Na": (["Hoàng Thị Na"], []),
        "Tin và ảnh: Trần Đức Long": (["Trần Đức Long"], ["Trần Đức Long"]),
        "ThS. Nguyễn Văn Hải - Phó Trưởng phòng GDTrH": (["Nguyễn Văn Hải"], []),
        "P.V": ([], []),
    }
    for s in portal.NEWS:
        g = by_path[portal.story_path(s)]
        _, body, _ = fetch(server, g["path"])
        for line, (authors, photographers) in lines.items():
            if f"<strong>{_html.escape(line)}</strong>" in body:
                assert (g["authors"], g["photographers"]) == (authors, photographers)
        if g["summary"]:
            assert f'<div class="tomtat"><strong>{_html.escape(g["summary"])}</strong></div>' in body
    assert sum(1 for g in portal.GOLD if g["summary"]) == 1


def test_removed_items_and_pdf_items(server):
    for kind, _title, target, _date in portal.FEED_EXTRAS:
        status, body, headers = fetch(server, target)
        if kind == "gone":
            assert status == 404 and "Tin không tồn tại" in body
        else:
            assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/in-bai/t999999")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    s = portal.VIDEOS[0]
    assert fetch(server, f"/video/sai-duong-dan-v{s.id}.html")[0] == 404
