"""Self-checks of the LadiPage school fixture against itself (the crawler is never imported)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ladipage_thcs as portal
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
HREF = re.compile(r'<a\s[^>]*?href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value)).replace("\xa0", " ")


def links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        absolute = urljoin(server.url(target), html.unescape(href))
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc or parts.scheme != "http":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_gold_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert len({g["path"] for g in portal.GOLD}) == len(portal.GOLD)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["published_at"] is None or DATE.match(g["published_at"]), g["published_at"]
        for key in ("title", "body", "summary", "source", "category"):
            if g[key] is not None:
                assert g[key] == unicodedata.normalize("NFC", g[key]), (g["path"], key)
                assert "  " not in g[key]
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        assert g["category"] in portal.CATEGORIES.values()
        for name in g["authors"] + g["photographers"]:
            assert name not in ("Admin LadiPage", "admin", "BBT")
        for img in g["images"]:
            assert img["url"].startswith("https://w.ladicdn.com/")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


def test_gold_and_alt_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert html.escape(g["title"], quote=True) in body or g["title"] in nfc(body), target


def test_canonical_only_on_blog_routes(server):
    g = portal.GOLD[0]
    for target in (g["path"], g["alt_paths"][0]):
        _, body, _ = fetch(server, target)
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
    _, body, _ = fetch(server, g["alt_paths"][1])
    assert g["alt_paths"][1].startswith("/post/")
    assert 'rel="canonical"' not in body


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "ladi-blog-detail" not in body, target


def test_breadth_first_walk_reaches_every_article(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(server, target, body):
            if link not in seen and len(seen) < 400:
                seen.add(link)
                queue.append(link)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    # the twins are linked too: every Zalo share link, and /post/<id> for the six landing cards
    assert all(g["alt_paths"][0] in seen for g in portal.GOLD)
    assert sum(g["alt_paths"][1] in seen for g in portal.GOLD) == 6
    assert len(seen) < 120


def test_home_cards_link_post_ids_with_cut_text(server):
    _, body, _ = fetch(server, "/")
    assert "Tin tức mới" in body
    post_links = [p for p in links(server, "/", body) if p.startswith("/post/")]
    assert len(set(post_links)) == 6
    assert "/blog/le-ky-niem-ngay-nha-giao-20-11-2026" not in body
    assert "/post/6541f2a9c3b1" in post_links
    # the cards cut the text (a short first paragraph stays whole)
    assert body.count("...") >= 5


def test_blog_pages_and_both_pagers(server):
    pages = {}
    for n in (1, 2, 3):
        status, body, _ = fetch(server, f"/blog?page={n}")
        assert status == 200
        status2, body2, _ = fetch(server, f"/blog/page/{n}")
        assert status2 == 200
        found = re.findall(r'ladi-blog-item-title"><a href="([^"]+)"', body)
        assert found == re.findall(r'ladi-blog-item-title"><a href="([^"]+)"', body2)
        pages[n] = found
    assert [len(pages[n]) for n in (1, 2, 3)] == [6, 6, 1]
    _, first, _ = fetch(server, "/blog")
    assert 'href="/blog?page=2"' in first and 'href="/blog/page/2"' in first
    assert fetch(server, "/blog?page=4")[0] == 404
    # the oldest post is only on page 3 of the blog (and its category / tag)
    oldest = portal.GOLD[-1]["path"]
    assert pages[3] == [oldest]
    assert oldest not in pages[1] + pages[2]


def test_category_pages(server):
    status, body, _ = fetch(server, "/blog/category/hoat-dong-ngoai-khoa")
    assert status == 200 and 'href="/blog/category/hoat-dong-ngoai-khoa?page=2"' in body
    _, p2, _ = fetch(server, "/blog/category/hoat-dong-ngoai-khoa?page=2")
    assert "/blog/vui-hoi-trang-ram-trung-thu-cho-em-2026" in p2
    assert fetch(server, "/blog/category/thong-bao")[0] == 200
    assert fetch(server, "/blog/category/khong-co")[0] == 404


def test_tag_search_thank_you(server):
    _, tag, _ = fetch(server, "/blog/tag/khai-giang")
    assert "/blog/le-khai-giang-nam-hoc-2026-2027" in tag
    _, found, _ = fetch(server, "/blog/search?q=khai+gi%E1%BA%A3ng")
    assert "/blog/le-khai-giang-nam-hoc-2026-2027" in found
    _, none, _ = fetch(server, "/blog/search?q=zzz")
    assert "Không tìm thấy" in none
    _, body, _ = fetch(server, "/")
    assert 'action="/thank-you"' in body and 'action="/blog/search"' not in body
    assert "Cảm ơn" in fetch(server, "/thank-you")[1]


def test_popup_and_chrome_on_every_page(server):
    for target in ["/", "/blog", portal.GOLD[3]["path"], "/dang-ky-tuyen-sinh"]:
        _, body, _ = fetch(server, target)
        assert "Đăng ký tư vấn tuyển sinh" in body
        assert "Họ và tên" in body and "Số điện thoại" in body
        assert portal.TODAY in body
        assert "Tổng lượt truy cập" in body
        assert "zalo.me/" in body


def test_post_page_prints_what_gold_reads(server):
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, g["path"])
        content = body.split('class="ladi-blog-content">', 1)[1].split("</div>", 1)[0]
        plain = nfc(re.sub(r"<[^>]+>", " ", content))
        plain = re.sub(r"\s+", " ", plain)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in plain, (g["path"], cell)
        for img in g["images"]:
            assert img["url"] in content
            if img["caption"]:
                assert img["caption"] in plain
        assert f'<span class="ladi-blog-date">{story.opts["date"]}</span>' in body
        assert f'ladi-blog-category"><a href="/blog/category/{story.cat}">' in body
        assert "Bài viết liên quan" in body


def test_decomposed_and_nbsp_text_is_printed(server):
    _, body, _ = fetch(server, "/blog/ngay-hoi-doc-sach-lan-thu-nhat")
    assert unicodedata.normalize("NFD", "khơi dậy niềm đam mê") in body
    _, body, _ = fetch(server, "/blog/vui-hoi-trang-ram-trung-thu-cho-em-2026")
    assert "&nbsp;" in body.split("ladi-blog-content", 1)[1]


def test_bylines_and_authors_as_printed(server):
    _, body, _ = fetch(server, "/blog/tap-huan-ky-nang-phong-chong-duoi-nuoc-mua-lu")
    assert "Nguồn: Phòng GD&amp;ĐT huyện Phú Tân" in body
    assert '<span class="ladi-blog-author">Admin LadiPage</span>' in body
    _, body, _ = fetch(server, "/blog/thong-bao-hop-cha-me-hoc-sinh-dau-nam-hoc")
    assert '<span class="ladi-blog-author"></span>' in body
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "Tin, ảnh: Trần Thị Bích Ngọc" in body
    assert '<span class="ladi-blog-date">10:30 20/11/2026</span>' in body
