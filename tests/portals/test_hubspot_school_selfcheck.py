"""Self-checks of the hubspot_school fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hubspot_school as portal
from tests.portals._common import TODAY
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
HREF = re.compile(r"""<a\b[^>]*?\bhref=["']([^"']+)["']""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def norm(markup: str) -> str:
    """Visible text of a page, roughly: tags out, entities resolved, NFC, spaces collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    text = unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ")
    return re.sub(r"\s+", " ", text)


def h1(body: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    assert m, "no h1"
    return norm(m.group(1)).strip()


def links(body: str, base: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base.rstrip("/"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, limit: int = 400) -> dict[str, str]:
    """Breadth-first over same-host links from START_PATH: target -> body (200 HTML only)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue and len(pages) < limit:
        target = queue.popleft()
        if target.endswith((".jpg", ".png", ".css", ".js", ".xml")):
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(headers["Location"])
            nxt_target = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_target not in seen:
                seen.add(nxt_target)
                queue.append(nxt_target)
            continue
        if status != 200:
            continue
        pages[target] = body
        for link in links(body, server.base_url):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return pages


# --- gold ----------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    canonicals = [g["canonical_path"] for g in portal.GOLD]
    assert len(set(canonicals)) == len(canonicals)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].startswith("/") and g["canonical_path"].startswith("/")
        assert g["category"] in ("Tin tức", "Góc phụ huynh")
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", g["published_at"])  # the day printed (house convention)
        datetime.fromisoformat(g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or ""):
            assert unicodedata.is_normalized("NFC", value)
            assert value == value.strip() and "  " not in value
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.is_normalized("NFC", name)
            assert not name.startswith(("ThS.", "TS.", "Cô ", "Thầy ")), name
            assert name not in ("Admin SGS", "admin", "BBT")
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for img in g["images"]:
            assert img["url"].startswith(portal.HUBFS + "/Blog/")
            assert img["caption"] is None or unicodedata.is_normalized("NFC", img["caption"])
    assert {g["category"] for g in portal.GOLD} == {"Tin tức", "Góc phụ huynh"}
    assert sum(g["category"] == "Tin tức" for g in portal.GOLD) == 10
    assert 4 <= len(portal.NON_ARTICLES) <= 8


def test_gold_decisions_by_hand():
    by_slug = {g["canonical_path"].rsplit("/", 1)[-1]: g for g in portal.GOLD}
    assert by_slug["tuyen-sinh-nam-hoc-2027-2028"]["authors"] == ["Trần Minh Khoa"]
    assert by_slug["thong-bao-lich-nghi-giang-sinh-va-tet-duong-lich-2027"]["authors"] == []
    bully = by_slug["con-bi-bat-nat-o-truong-cha-me-nen-lam-gi"]
    assert bully["authors"] == [] and bully["source"] == "VnExpress"
    robo = by_slug["clb-robotics-sgs-vao-chung-ket-wro-2026"]
    assert robo["authors"] == robo["photographers"] == ["Đỗ Hoàng Nam"]
    timo = by_slug["hoc-sinh-sgs-gianh-12-huy-chuong-timo-2026"]
    assert timo["photographers"] == ["Phòng Truyền thông"]
    assert by_slug["le-ky-niem-44-nam-ngay-nha-giao-viet-nam"]["authors"] == ["Ban Truyền thông"]
    steam = by_slug["ngay-hoi-steam-2026-thanh-pho-xanh-cua-em"]
    assert [i["caption"] for i in steam["images"]][1] is None
    assert "Đăng ký tham quan trường" not in steam["body"]
    for g in portal.GOLD:
        assert "Bài:" not in g["body"] and "Theo VnExpress" not in g["body"]
        assert "Ảnh:" not in g["body"]


# --- pages answer ----------------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["canonical_path"])
def test_every_gold_address_prints_its_article(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert h1(body) == gold["title"], target
        assert f'<link rel="canonical" href="{portal.DOMAIN}{gold["canonical_path"]}">' in body, (
            target
        )
        text = norm(body)
        for paragraph in gold["body"].split("\n\n"):
            for cell in paragraph.split(" | "):
                assert cell in text, (target, cell)
        for img in gold["images"]:
            assert f'src="{img["url"]}"' in body, (target, img["url"])
            if img["caption"]:
                assert img["caption"] in text


def test_post_page_markup(server):
    gold = portal.GOLD[3]
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert '<div class="blog-post__body"><span id="hs_cos_wrapper_post_body"' in body
    assert f'<link rel="amphtml" href="{server.base_url}{gold["canonical_path"]}?hs_amp=true">' in (
        body
    )
    assert (
        '<time datetime="2026-11-14 08:30:00" class="blog-post__timestamp">14 tháng 11, 2026'
        in (body)
    )
    assert 'rel="author">Nguyễn Thu Hà</a>' in body
    assert "hs-cta-wrapper" in body and "youtube.com/embed/" in body
    assert "Bài viết liên quan" in body and "Bình luận (0)" in body and "Nhận bản tin" in body
    assert '<a href="/?hsLang=vi">Trang chủ</a> / <a href="/tin-tuc?hsLang=vi">Tin tức</a>' in body
    assert body.count('class="blog-related-posts__post"') == 3


def test_amp_copy(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["canonical_path"] + "?hs_amp=true")
        assert status == 200
        assert "<html amp" in body and "<img " not in body.split("<main>", 1)[1]
        assert f'<link rel="canonical" href="{portal.DOMAIN}{gold["canonical_path"]}">' in body


def test_non_articles_answer_and_are_not_posts(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "blog-post__body" not in body and "<time" not in body, target
    status, body, _ = fetch(server, "/tuyen-sinh")
    assert "168.000.000 đ" in body and "<table" in body
    status, body, _ = fetch(server, "/tham-quan-truong")
    assert "hs-landing-page" in body and "hs-form" in body and 'class="menu' not in body


def test_every_page_has_chrome(server):
    for target in ["/", "/tin-tuc", portal.GOLD[0]["path"], "/gioi-thieu", "/goc-phu-huynh"]:
        _, body, _ = fetch(server, target)
        assert TODAY in body
        assert "hs-eu-cookie-confirmation" in body and "Trang web này sử dụng cookie" in body
        assert "Lượt truy cập" in body and "028 3777 8899" in body
        assert "js-na1.hs-scripts.com" in body and "_hsq.push" in body


# --- reachability --------------------------------------------------------------------------


def test_walk_reaches_every_gold_article(server):
    pages = walk(server)
    reached = {urlsplit(t).path for t in pages}
    for gold in portal.GOLD:
        assert gold["canonical_path"] in reached, gold["canonical_path"]
        assert gold["path"] in pages, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    # the search page sits behind a GET form only
    assert not any(t.startswith("/hs-search-results") for t in pages)
    # every internal link carries hsLang (but feeds, CTA clicks and the newsletter's utm links)
    for body in pages.values():
        for link in links(body, server.base_url):
            exempt = link.endswith("rss.xml") or "utm_source=" in link or link.startswith("/cs/c/")
            assert "hsLang=" in link or exempt, link


def test_oldest_posts_only_past_page_two(server):
    old = [g["canonical_path"] for g in portal.GOLD if g["published_at"] < "2026-10-15"]
    old = [p for p in old if p.startswith("/tin-tuc/")]
    assert len(old) == 2
    for target in ["/", "/tin-tuc", "/tin-tuc/page/2", "/gioi-thieu"]:
        _, body, _ = fetch(server, target)
        for path in old:
            assert f'href="{path}' not in body, (target, path)
    _, body, _ = fetch(server, "/tin-tuc/page/3?hsLang=vi")
    for path in old:
        assert f'href="{path}?hsLang=vi"' in body


# --- traps ---------------------------------------------------------------------------------


def test_listings_and_pagination(server):
    _, body, _ = fetch(server, "/tin-tuc?hsLang=vi")
    assert body.count('<article class="blog-index__post') == 4
    assert '<div class="blog-pagination">' in body and "Trang sau" in body
    assert 'href="/tin-tuc/page/3?hsLang=vi">3</a>' in body
    assert "data-src=" in body and "background-image: url(" in body and "Đọc tiếp" in body
    assert 'Nguyễn Thu Hà</span> • <span class="blog-index__post-date">21/11/2026' in body
    assert fetch(server, "/tin-tuc/page/3")[0] == 200
    assert fetch(server, "/tin-tuc/page/4")[0] == 404
    assert fetch(server, "/tin-tuc/page/1")[0] == 301
    _, body, _ = fetch(server, "/tin-tuc/tag/hoat-dong-ngoai-khoa?hsLang=vi")
    assert 'href="/tin-tuc/tag/hoat-dong-ngoai-khoa/page/2?hsLang=vi"' in body
    status, body, _ = fetch(server, "/tin-tuc/tag/hoat-dong-ngoai-khoa/page/2?hsLang=vi")
    assert status == 200 and body.count('<article class="blog-index__post') == 1
    assert "blog-post__body" not in body
    status, body, _ = fetch(server, "/tin-tuc/author/nguyen-thu-ha?hsLang=vi")
    assert status == 200 and body.count('<article class="blog-index__post') == 4
    assert "blog-post__body" not in body
    _, body, _ = fetch(server, "/goc-phu-huynh?hsLang=vi")
    assert body.count('<article class="blog-index__post') == 4
    assert "blog-pagination" not in body


def test_home_latest_module(server):
    _, body, _ = fetch(server, "/")
    module = body.split("Tin mới nhất", 1)[1].split("Xem tất cả tin tức", 1)[0]
    assert module.count('class="latest-posts__item"') == 3
    assert "blog-post__body" not in body


def test_tracking_variants_and_newsletter_box(server):
    _, body, _ = fetch(server, "/")
    assert "utm_source=newsletter" in body and "__hstc=" in body and "__hsfp=" in body
    gold = portal.GOLD[4]
    status, body, _ = fetch(server, gold["alt_paths"][1])
    assert status == 200 and h1(body) == gold["title"]


def test_english_switcher_is_404(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    assert f'href="/en{gold["canonical_path"]}?hsLang=en">EN</a>' in body
    assert fetch(server, "/en" + gold["canonical_path"] + "?hsLang=en")[0] == 404
    assert fetch(server, "/en?hsLang=en")[0] == 404


def test_search_page_and_cta(server):
    _, body, _ = fetch(server, "/")
    assert 'action="/hs-search-results" method="GET"' in body
    status, body, _ = fetch(server, "/hs-search-results?term=STEAM&type=BLOG_POST")
    assert status == 200 and "Kết quả tìm kiếm" in body and "blog-post__body" not in body
    _, post, _ = fetch(server, portal.GOLD[3]["path"])
    cta = re.search(r'href="(/cs/c/\?cta_guid=[^"]+)"', post).group(1)
    status, _, headers = fetch(server, html.unescape(cta))
    assert status == 302 and headers["Location"].startswith("/tham-quan-truong")


def test_rss_links_the_primary_domain(server):
    status, body, headers = fetch(server, "/tin-tuc/rss.xml")
    assert status == 200 and "rss+xml" in headers["Content-Type"]
    assert body.count("<item>") == 10
    assert f"<link>{portal.DOMAIN}/tin-tuc/le-khai-giang-nam-hoc-2026-2027</link>" in body
    assert fetch(server, "/goc-phu-huynh/rss.xml")[1].count("<item>") == 4


def test_text_forms(server):
    """The nutrition post is stored decomposed, the reading-festival post partly entity-encoded."""
    by_slug = {g["canonical_path"].rsplit("/", 1)[-1]: g for g in portal.GOLD}
    g = by_slug["thuc-don-ban-tru-thang-11-va-luu-y-dinh-duong-mua-mua"]
    _, body, _ = fetch(server, g["path"])
    assert unicodedata.normalize("NFD", g["title"]) in body and g["title"] not in body
    for slug in ("ngay-hoi-doc-sach-moi-trang-sach-mot-chan-troi",):
        _, body, _ = fetch(server, by_slug[slug]["path"])
        assert re.search(r"&#\d{4};", body)
