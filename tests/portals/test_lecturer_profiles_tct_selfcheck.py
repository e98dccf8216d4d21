"""Self-checks of the lecturer_profiles_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import lecturer_profiles_tct as portal
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


def walk(
    server: PortalServer, starts: list[str], skip=lambda t: False, limit: int = 400
) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen and not skip(href):
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(fragment: str) -> str:
    inline = re.sub(r"</?(?:a|strong|em|b|i|span)\b[^>]*>", "", fragment)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", inline)))


def content_of(body: str) -> str:
    return body.split('<div class="post-content">', 1)[1].split('<div class="post-tags">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.")) and " - " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for g in portal.GOLD:
        assert not set(g.get("alt_paths", [])) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="post-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    day, clock = gold["published_at"][:10], gold["published_at"][11:16]
    y, m, d = day.split("-")
    assert f"Ngày đăng: {d}/{m}/{y} {clock}</span>" in body
    assert portal.TODAY_TCT in body
    crumb = body.split('<ol class="breadcrumb">', 1)[1].split("</ol>", 1)[0]
    assert crumb.rstrip().endswith(f">{_html.escape(gold['category'])}</a></li>")
    content = content_of(body)
    shown = shown_text(content)
    paras = gold["body"].split("\n\n")
    for para in paras[1:] if gold["summary"] else paras:
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    if gold["summary"]:
        assert f'<p class="lead">{_html.escape(gold["summary"])}</p>' in body
    else:
        assert '<p class="lead">' not in body
    srcs = re.findall(r'<img[^>]+src="([^"]+)"', content)
    assert srcs == [img["path"] for img in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
            assert img["caption"] not in gold["body"]
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in content
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in content


def test_bylines_as_printed(server):
    _, body, _ = fetch(server, portal.news_path(portal.S_HOITHAO))
    assert (
        '<a href="/giang-vien/le-thi-tuyet.html">ThS. Lê Thị Tuyết</a> - Khoa Xây dựng Đảng' in body
    )
    _, body, _ = fetch(server, portal.news_path(portal.S_TUYENSINH))
    assert "<strong>BBT</strong>" in body
    _, body, _ = fetch(server, portal.news_path(portal.S_LICHHOC))
    assert "<strong>Phòng Quản lý đào tạo</strong>" in body
    _, body, _ = fetch(server, portal.news_path(portal.S_NHAGIAO))
    assert "Tin: Phạm Thị Thu Hà - Ảnh: Chi đoàn Trường" in body


def test_non_articles_answer_and_are_not_news(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body, path
        assert 'property="og:type" content="article"' not in body, path


def test_profiles_share_the_news_template(server):
    for slug, (name, _fac, _post, updated) in portal.LECTURERS.items():
        status, body, _ = fetch(server, f"/giang-vien/{slug}.html")
        assert status == 200
        assert '<div class="post-detail lecturer-detail">' in body
        assert f'<h1 class="post-title">{_html.escape(name)}</h1>' in body
        assert f"Cập nhật: {updated}" in body and '<div class="post-content">' in body
        assert "Sinh năm" in body and "Quá trình công tác" in body
        assert f'src="/uploads/giang-vien/{slug}.jpg"' in body
        assert 'text-align: center;"><em>' in body
    status, body, _ = fetch(server, "/khoa/ly-luan-co-so.html")
    assert status == 200 and "Chức năng, nhiệm vụ" in body and "<table" in body
    assert 'href="/giang-vien/nguyen-van-bay.html"' in body
    for slug in portal.PUBLICATIONS:
        status, body, _ = fetch(server, f"/an-pham/{slug}.html")
        assert status == 200 and "Tác giả:" in body and "Nhà xuất bản:" in body
        assert "Năm xuất bản:</strong> 20" in body and 'class="img-responsive book-cover"' in body


def test_non_articles_are_linked_from_menu_and_news(server):
    _, home, _ = fetch(server, "/")
    for href in (
        "/gioi-thieu/doi-ngu-giang-vien.html",
        "/khoa/ly-luan-co-so.html",
        "/an-pham.html",
        "/lien-he.html",
        "/giang-vien/nguyen-van-bay.html",
    ):
        assert f'href="{href}"' in home
    _, body, _ = fetch(server, portal.news_path(portal.S_GIAINHAT))
    assert '<a href="/giang-vien/nguyen-van-bay.html">ThS. Nguyễn Văn Bảy</a>' in content_of(body)
    _, body, _ = fetch(server, portal.news_path(portal.S_HOITHAO))
    assert 'href="/an-pham/ky-yeu-hoi-thao-giang-day-ly-luan-gan-voi-thuc-tien.html"' in body
    _, body, _ = fetch(server, "/gioi-thieu/doi-ngu-giang-vien.html")
    for slug in portal.LECTURERS:
        assert f'href="/giang-vien/{slug}.html"' in body


def test_breadth_first_walk_reaches_every_article_and_non_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_item_only_on_listing_page_two(server):
    target = portal.news_path(portal.S_TINHNGUYEN)
    seen = walk(server, [portal.START_PATH], skip=lambda t: "page=2" in t)
    assert target not in seen
    _, body, _ = fetch(server, "/danh-muc/tin-hoat-dong.html?page=2")
    assert f'href="{target}"' in body
    _, body, _ = fetch(server, "/danh-muc/tin-hoat-dong.html")
    assert f'href="{target}"' not in body
    assert f'href="{server.base_url}/danh-muc/tin-hoat-dong.html?page=2"' in body
    assert body.count('class="media news-item"') == portal.PER_PAGE
    status, body, _ = fetch(server, "/danh-muc/tin-hoat-dong.html?page=3")
    assert status == 200 and "Chưa có bài viết" in body


def test_print_and_tracking_duplicates(server):
    for g in portal.GOLD:
        alts = g["alt_paths"]
        assert g["path"] + "?print=1" in alts
        for alt in alts:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
            shown = shown_text(content_of(body))
            assert g["body"].split("\n\n")[-1].split(" | ")[0] in shown
    _, home, _ = fetch(server, "/")
    slider = [g for g in portal.GOLD if any("utm_source" in a for a in g["alt_paths"])]
    assert len(slider) == 3
    for g in slider:
        assert f'href="{g["path"]}?{portal.UTM.replace("&", "&amp;")}"' in home
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert f'href="{portal.GOLD[0]["path"]}?print=1"' in body


def test_header_today_is_not_a_publication_date(server):
    _, home, _ = fetch(server, "/")
    assert portal.TODAY_TCT in home
    assert all(not g["published_at"].startswith("2026-12-04") for g in portal.GOLD)


def test_unknown_pages_are_404(server):
    assert fetch(server, "/tin-tuc/khong-co-bai-nay.html")[0] == 404
    assert fetch(server, "/giang-vien/khong-co.html")[0] == 404
    assert fetch(server, "/danh-muc/khong-co.html")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
