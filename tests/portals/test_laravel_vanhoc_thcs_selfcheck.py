"""Self-checks of the Laravel THCS Nguyễn Trãi fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import laravel_vanhoc_thcs as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


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
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    """BFS over href links; a redirect's Location counts as a link."""
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        found = links(server, body) if status == 200 else []
        if status in (301, 302):
            found = links(server, f'href="{headers["Location"]}"')
        for href in found:
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    """Text as displayed: tags to spaces, entities decoded, NFC, whitespace collapsed."""
    inline = re.sub(r"</?(?:a|em|strong|span|i|b)\b[^>]*>", "", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", inline)))


def content_of(body: str) -> str:
    return body.split('<article class="bai-viet', 1)[1].split("</article>", 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(
            r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]
        ), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("PV", "BBT")
            assert "(" not in name and "–" not in name and " - " not in name
            assert not name.startswith(("Cô", "Thầy", "Em "))
        assert len(g["body"].split("\n\n")) >= 2 or g["category"] == "Tin ngắn"
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    per_cat = {c: sum(g["category"] == c for g in portal.GOLD) for c in portal.CATEGORIES.values()}
    assert per_cat == {
        "Tin nhà trường": 3,
        "Góc văn học": 4,
        "Gương mặt tiêu biểu": 3,
        "Tin ngắn": 3,
    }


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="post-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.HEADER_TODAY in body
    article = content_of(body)
    text = shown_text(article)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    y, m, d = (int(x) for x in gold["published_at"][:10].split("-"))
    if "T" in gold["published_at"]:
        assert f'<i class="fa fa-calendar"></i> {d:02d}/{m:02d}/{y}' in article
        assert f'<i class="fa fa-clock-o"></i> {gold["published_at"][11:16]}' in article
    else:
        assert f'<p class="ngay-dang">Đăng ngày {d} tháng {m}, {y}</p>' in article
    crumb = body.split('<ol class="breadcrumb">', 1)[1].split("</ol>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a></li>" in crumb
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in text
    if gold["summary"]:
        assert f"<strong>{_html.escape(gold['summary'])}</strong>" in article


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        _, clean, _ = fetch(server, gold["path"])
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert content_of(body) == content_of(clean)
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body


def test_numeric_id_redirects_301(server):
    for story in portal.STORIES:
        status, _, headers = fetch(server, f"/bai-viet/{story.id}")
        assert status == 301
        assert headers["Location"] == server.base_url + portal.article_path(story)
    assert fetch(server, "/bai-viet/999")[0] == 404
    _, home, _ = fetch(server, "/")
    assert re.search(r'href="/bai-viet/\d+"', home)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="post-title"' not in body, path
        assert "fa-clock-o" not in body, path


def test_every_gold_article_is_reachable(server):
    seen = walk(server, [portal.START_PATH])
    for gold in portal.GOLD:
        assert gold["path"] in seen or any(a in seen for a in gold["alt_paths"]), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_laravel_paginator(server):
    status, body, _ = fetch(server, "/chuyen-muc/tin-tuc")
    assert status == 200 and '<ul class="pagination">' in body
    assert f'href="{server.base_url}/chuyen-muc/tin-tuc?page=2" rel="next"' in body
    assert "&lsaquo;" in body and "&rsaquo;" in body
    oldest = portal.article_path(portal.BY_ID[13])
    assert oldest not in fetch(server, "/chuyen-muc/tin-tuc")[1].split("cot-phai")[0]
    assert oldest not in fetch(server, "/chuyen-muc/tin-tuc?page=2")[1].split("cot-phai")[0]
    _, page3, _ = fetch(server, "/chuyen-muc/tin-tuc?page=3")
    assert oldest in page3.split("cot-phai")[0]
    assert f'href="{server.base_url}/chuyen-muc/tin-tuc?page=1"' in page3
    # the poem list has a page 2 holding the oldest poem only
    _, poems1, _ = fetch(server, "/chuyen-muc/goc-van-hoc")
    _, poems2, _ = fetch(server, "/chuyen-muc/goc-van-hoc?page=2")
    old_poem = portal.article_path(portal.BY_ID[7])
    assert f'href="{old_poem}"><img' not in poems1 and f'href="{old_poem}"><img' in poems2
    # past the last page: Laravel's empty page, still 200
    status, body, _ = fetch(server, "/chuyen-muc/tin-ngan?page=5")
    assert status == 200 and "Chưa có bài viết nào." in body


def test_poem_markup_traps(server):
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[4]))
    art = content_of(body)
    assert "<p>&nbsp;</p>" in art
    assert '<p style="text-align: center;"><em>Kính tặng thầy cô nhân ngày 20/11</em></p>' in art
    # the line right under the middle photo is a poem line, centred italic
    assert re.search(r'alt=""[^>]*></p>\s*<p style="text-align: center;"><em>Con đò cứ chở', art)
    assert "Nguyễn Ngọc Hân – Lớp 8A" in art
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[5]))
    art = content_of(body)
    assert "<em>Ảnh minh họa</em>" in art
    assert "Gió mùa về ngang sông Gianh<br>" in art and "Cô giáo Trần Thị Lệ" in art
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[6]))
    art = content_of(body)
    assert "<br>\n<br>\n" in art and art.count("<p style=\"text-align: center;\"><em>") == 1
    assert re.search(r'alt=""[^>]*></p>\s*<p style="text-align: center;"><em>Tuổi mười lăm', art)
    assert "Đăng ngày 4 tháng 11, 2026" in art
    # the sidebar repeats each poem's first line on every page
    _, home, _ = fetch(server, portal.article_path(portal.BY_ID[3]))
    assert "<em>Có người lái đò không trên sông…</em>" in home
    assert "<em>Tuổi mười lăm như nắng đầu ngày…</em>" in home
    assert "Câu nói hay:" in home and "Đang online: 6 | Tổng lượt truy cập: 45.210" in home


def test_interview_and_news_traps(server):
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[8]))
    art = content_of(body)
    assert "<strong>PV:</strong> Em có thể chia sẻ" in art
    assert "<strong>Em Hoàng Minh Khang:</strong> Dạ," in art
    assert "Hà Vy (thực hiện)" in art
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[9]))
    assert "<strong>Ước mơ của em trong thời gian tới là gì?</strong>" in content_of(body)
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[2]))
    art = content_of(body)
    assert art.count('<a href="/storage/files/') == 3 and "Các văn bản liên quan:" in art
    assert fetch(server, "/storage/files/ke-hoach-12-kh-thcsnt.pdf")[0] == 200
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1]))
    art = content_of(body)
    assert "Xem thêm:" in art and "Tin, ảnh: Lê Quang Vinh" in art
    assert '<div class="post-sapo">' in art
    g1 = next(g for g in portal.GOLD if g["path"] == portal.article_path(portal.BY_ID[1]))
    assert "Xem thêm" not in g1["body"]
    g2 = next(g for g in portal.GOLD if g["path"] == portal.article_path(portal.BY_ID[2]))
    assert "Các văn bản liên quan: Kế hoạch số 12, Công văn số 345, Hướng dẫn số 7." in g2["body"]
    for sid in (11, 12, 13):
        g = next(g for g in portal.GOLD if g["path"] == portal.article_path(portal.BY_ID[sid]))
        assert len(g["body"].split("\n\n")) == 1 and len(g["images"]) == 1
        assert g["images"][0]["caption"]


def test_search_and_album_pages(server):
    _, home, _ = fetch(server, "/")
    assert 'href="/tim-kiem?q=tho"' in home
    status, body, _ = fetch(server, "/tim-kiem?q=tho")
    assert status == 200 and "Kết quả tìm kiếm" in body and "Tìm thấy 4 kết quả" in body
    status, body, _ = fetch(server, "/thu-vien-anh/le-ky-niem-ngay-nha-giao-2026")
    assert status == 200 and body.count('data-fancybox="album"') == 8
    status, body, _ = fetch(server, "/tap-the-su-pham")
    assert status == 200 and body.count('class="card giao-vien') == len(portal.TEACHERS)


def test_unknown_pages_are_404(server):
    assert fetch(server, "/bai-viet/khong-co.html")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(server, "/thu-vien-anh/khong-co")[0] == 404
