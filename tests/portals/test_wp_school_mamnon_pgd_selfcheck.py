"""Self-checks of the WordPress Buôn Hồ PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_school_mamnon_pgd as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".svg", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r"""href=["']([^"']+)["']""", body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
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


def shown(markup: str) -> str:
    """The page's text as a reader sees it: tags dropped (a <br> or block ends a line)."""
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S)
    blocks = r"</?(?:p|div|br|li|ul|ol|h\d|table|tbody|tr|td|th|figure|figcaption|blockquote|nav)\b[^>]*>"
    markup = re.sub(blocks, " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", markup)))


def entry_content(body: str) -> str:
    return body.split('<div class="entry-content clearfix">', 1)[1].split('<div class="sharedaddy', 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 6
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        # (the day and the time ColorMag's published <time datetime> states: harmonised gold)
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert value == value.strip() and "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) in ({"path", "caption"}, {"url", "caption"})
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "pgdbuonho", "Internet", "BBT")
            assert not name.startswith(("ThS", "TS.")) and " – " not in name
        for alt in g["alt_paths"]:
            assert alt != g["path"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    counts = {c: sum(g["category"] == c for g in portal.GOLD) for c in portal.CATEGORIES.values()}
    assert min(counts.values()) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="entry-title">{_html.escape(gold["title"], quote=True)}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    y, m, d = gold["published_at"][:10].split("-")
    assert f'<time class="entry-date published" datetime="{gold["published_at"]}">{d}/{m}/{y}</time>' in body
    assert portal.TODAY in body
    crumbs = body.split('<p id="breadcrumbs">', 1)[1].split("</p>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a></span> » <span class=\"breadcrumb_last\"" in crumbs
    content = entry_content(body)
    text = shown(content)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    for img in gold["images"]:
        src = img.get("url") or server.base_url + img["path"]
        assert _html.escape(src) in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
        if "path" in img:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in text or name in shown(body)
    if gold["source"]:
        assert gold["source"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alternative_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"], quote=True) in body, alt
        assert gold["body"].split("\n\n")[-1].replace(" | ", " ") in shown(body), alt
        if not alt.endswith("/print/"):
            assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "article:published_time" not in body, path
        assert 'type-post status-publish format-standard hentry category' not in body, path


def test_breadth_first_walk_reaches_every_article_and_non_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_no_robots_or_sitemap(server):
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404


def test_home_pagination_and_sticky(server):
    sticky = f'href="{server.base_url}/{portal.S_HKPD}/"'
    full = {n: fetch(server, t)[1] for n, t in ((1, "/"), (2, "/page/2/"), (3, "/page/3/"))}
    # the listing itself (the sidebar's "Xem nhiều" links some posts on every page)
    pages = {n: b.split('<div class="article-container">', 1)[1].split("</div>\n<div class='wp-pagenavi'", 1)[0] for n, b in full.items()}
    assert pages[1].count('<article id="post-') == 6
    assert pages[1].split('<article id="post-', 2)[1].startswith(str(portal.BY_SLUG[portal.S_HKPD].id))
    assert sticky in pages[1] and sticky not in pages[2] and sticky in pages[3]
    assert 'href="/page/2/"' in full[1] and 'href="/page/3/">Cuối »' in full[1]
    assert "Trang 1 / 3" in full[1] and 'title="Trang 3"' not in full[1]
    for slug in (portal.S_NOITRO, portal.S_QUATANG):
        listed = f'<h2 class="entry-title"><a href="{server.base_url}/{slug}/"'
        assert listed in pages[3] and listed not in pages[1] + pages[2]
    assert fetch(server, "/page/4/")[0] == 404
    status, _, headers = fetch(server, "/page/1/")
    assert status == 301 and headers["Location"].endswith("/")


def test_category_listings(server):
    _, p1, _ = fetch(server, "/category/mam-non/")
    _, p2, _ = fetch(server, "/category/mam-non/page/2/")
    assert p1.count('<article id="post-') == 5 and p2.count('<article id="post-') == 1
    assert f"/{portal.S_NOITRO}/" in p2 and f'<h2 class="entry-title"><a href="{server.base_url}/{portal.S_NOITRO}/"' not in p1
    # the multi-category posts are listed under their secondary category too
    assert f"/{portal.S_NHAGIAO}/" in p1 and f"/{portal.S_ATTP}/" in p1
    assert fetch(server, "/category/mam-non/page/3/")[0] == 404
    _, tin, _ = fetch(server, "/category/tin-tuc/")
    assert tin.count('<article id="post-') == 2


def test_multi_category_breadcrumb_differs_from_cat_links(server):
    _, body, _ = fetch(server, f"/{portal.S_NHAGIAO}/")
    cats = body.split('<span class="cat-links">', 1)[1].split("</span>", 1)[0]
    assert re.findall(r">([^<]+)</a>", cats) == ["Mầm non", "Tiểu học", "Tin tức"]
    assert '<a href="' + server.base_url + '/category/tin-tuc/">Tin tức</a></span> » <span class="breadcrumb_last"' in body


def test_dates_that_are_not_the_publication_date(server):
    _, body, _ = fetch(server, f"/{portal.S_LICHKT}/")
    assert "Cập nhật lần cuối: 04/12/2026" in body and "ngày 01 tháng 12 năm 2026" in body
    assert '<time class="entry-date published" datetime="2026-12-03T09:05:41+07:00">03/12/2026</time>' in body
    _, body, _ = fetch(server, f"/{portal.S_BEKHOE}/")
    assert portal.TODAY in body and ">05/12/2026</time>" in body
    _, body, _ = fetch(server, f"/{portal.S_KHKT}/")
    assert "28/11/2026 lúc 20:41" in body and "replytocom=61" in body


def test_bylines_and_credits_as_printed(server):
    _, body, _ = fetch(server, f"/{portal.S_KHKT}/")
    assert "ThS. Trần Văn Hưng – Phó Hiệu trưởng" in body and "Bởi <a" in body and ">pgdbuonho</a>" in body
    assert "Ảnh minh họa. Ảnh: Internet" in body
    _, body, _ = fetch(server, f"/{portal.S_DOCSACH}/")
    assert "Tin, ảnh: H&#8217;Nguyên Niê" in body
    _, body, _ = fetch(server, f"/{portal.S_GVDG}/")
    assert ">Phạm Thị Ngọc Ánh</a>" in body
    _, body, _ = fetch(server, f"/{portal.S_NHAGIAO}/")
    assert "<strong>Hoài Thu</strong><br />(Theo Báo Đắk Lắk)" in body


def test_body_boundaries_inside_entry_content(server):
    _, body, _ = fetch(server, f"/{portal.S_ATGT}/")
    content = body.split('<div class="entry-content clearfix">', 1)[1].split("</article>", 1)[0]
    for noise in ("#MamNonSonCa", "Nguồn: Fanpage", "Xem thêm:", "Chia sẻ:", "Có liên quan"):
        assert noise in content
    assert f"/{portal.S_VANDONG}/?fbclid={portal.FBCLID}" in content
    assert "Có thể là hình ảnh về 4 người và trẻ em" in content
    assert "<br />\n✅ Thi" in content
    _, body, _ = fetch(server, f"/{portal.S_GVDG}/")
    assert '<p class="ez-toc-title">Mục lục</p>' in entry_content(body)
    _, body, _ = fetch(server, f"/{portal.S_LICHKT}/")
    assert "Tải về</a>" in entry_content(body) and "/download/512-tb-pgddt/" in body


def test_sapo_forms(server):
    _, body, _ = fetch(server, f"/{portal.S_DOCSACH}/")
    assert '<p style="text-align: justify;"><strong>Nhằm khơi dậy' in body
    _, body, _ = fetch(server, f"/{portal.S_KHKT}/")
    assert "<strong>Sáng ngày 24/11/2026</strong>, Trường THCS" in body
    gold = next(g for g in portal.GOLD if g["path"] == f"/{portal.S_KHKT}/")
    assert gold["summary"] is None


def test_lazy_images_and_captions(server):
    _, body, _ = fetch(server, f"/{portal.S_DOCSACH}/")
    assert 'src="data:image/gif;base64,' in body and "data-src=" in body and "<noscript><img" in body
    _, body, _ = fetch(server, f"/{portal.S_NOITRO}/")
    assert 'alt="IMG_20261030_091522"' in body
    gold = next(g for g in portal.GOLD if g["path"] == f"/{portal.S_NOITRO}/")
    assert gold["images"][0]["caption"] is None
    _, body, _ = fetch(server, f"/{portal.S_ATTP}/")
    assert "<br />\n<em>Quang cảnh buổi tập huấn</em></p>" in body
    _, body, _ = fetch(server, f"/{portal.S_VANDONG}/")
    assert body.count("class='gallery-item'") == 6 and body.count("gallery-caption") == 3


def test_attachment_and_static_pages_look_like_posts(server):
    status, body, _ = fetch(server, f"/{portal.S_VANDONG}/dsc_0412/")
    assert status == 200 and '<h1 class="entry-title">DSC_0412</h1>' in body
    assert 'class="entry-date published"' in body and "type-attachment" in body
    for slug in ("gioi-thieu", "lien-he", "thu-vien-anh"):
        status, body, _ = fetch(server, f"/{slug}/")
        assert status == 200 and 'class="entry-title"' in body and "type-page" in body
        assert "entry-date" not in body.split('id="primary"', 1)[1].split('id="secondary"', 1)[0]


def test_print_view_is_noindex_and_without_chrome(server):
    status, body, _ = fetch(server, f"/{portal.S_HKPD}/print/")
    assert status == 200 and 'content="noindex, nofollow"' in body
    assert portal.TODAY not in body and "Đang online" not in body


def test_unknown_pages(server):
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
    assert fetch(server, "/?p=9999")[0] == 404
    assert fetch(server, "/category/khong-co/")[0] == 404
    status, _, headers = fetch(server, f"/{portal.S_HKPD}")
    assert status == 301 and headers["Location"].endswith(f"/{portal.S_HKPD}/")
