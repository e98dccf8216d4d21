"""Self-checks of the Bludit PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import bludit_pgd as portal
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


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'(?:href|<loc>)="?([^"<\s]+)', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 300) -> set[str]:
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


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT")
            assert "(" not in name and " - " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="posttitle">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    story = portal.BY_SLUG[gold["path"][1:]]
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    assert f'<span class="post-date">{portal.MONTHS[m - 1]} {d}, {y}</span>' in body
    assert f'content="{gold["published_at"]}T' in body
    assert "Thời gian đọc:" in body and portal.TODAY in body
    assert f">{_html.escape(gold['category'])}</a></span>" in body
    assert f"Viết bởi {portal.USERS[story.opts['user']]}" in body
    article = body.split('<div class="article-post">', 1)[1].split('<div class="graybg">', 1)[0]
    for img in gold["images"]:
        assert f'src="{server.base_url}{img["path"]}"' in body
        if img["caption"]:
            assert f"<em>{_html.escape(img['caption'])}</em>" in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for para in gold["body"].split("\n\n")[:2]:
        shown = unicodedata.normalize("NFC", _html.unescape(re.sub(r"<[^>]+>", " ", article)))
        assert para.split(" | ")[0][:40] in re.sub(r"\s+", " ", shown)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="post-date">Tháng' not in body, path
        assert "article:published_time" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    seen = walk(server, [portal.START_PATH, "/sitemap.xml"])
    for g in portal.GOLD:
        assert g["path"] in seen


def test_sitemap_lists_posts_and_static_pages(server):
    status, body, _ = fetch(server, "/sitemap.xml")
    assert status == 200
    locs = [loc[len(server.base_url) :] for loc in re.findall(r"<loc>([^<]+)</loc>", body)]
    for g in portal.GOLD:
        assert g["path"] in locs
    for slug in ("gioi-thieu", "lien-he", "co-cau-to-chuc"):
        assert f"/{slug}" in locs
    _, robots, _ = fetch(server, "/robots.txt")
    assert f"Sitemap: {server.base_url}/sitemap.xml" in robots


def test_sticky_post_on_every_home_page_and_pagination(server):
    sticky = f'href="{server.base_url}/{portal.S_KYNIEM}"'
    bodies = {}
    for target in ("/", "/?page=2", "/?page=3"):
        status, body, _ = fetch(server, target)
        assert status == 200 and sticky in body
        bodies[target] = body
    assert 'href="/?page=2"' in bodies["/"]
    assert 'href="/?page=1"' in bodies["/?page=2"] and 'href="/?page=3"' in bodies["/?page=2"]
    assert f"/{portal.S_KHAIGIANG}" in bodies["/?page=3"]
    assert f"/{portal.S_KHAIGIANG}" not in bodies["/"] + bodies["/?page=2"]
    assert fetch(server, "/?page=4")[0] == 404
    # cards print d/m/Y; the post pages print the month word first
    assert '<span class="post-date">23/11/2026</span>' in bodies["/"]
    assert '<span class="post-date">28/10/2026</span>' in bodies["/?page=3"]


def test_second_sticky_only_in_category_sitemap_and_decks(server):
    for target in ("/", "/?page=2", "/?page=3"):
        assert f"/{portal.S_TIEPDAN}" not in fetch(server, target)[1]
    assert f"/{portal.S_TIEPDAN}" in fetch(server, "/category/thong-bao")[1]


def test_category_pagination(server):
    status, body, _ = fetch(server, "/category/tin-hoat-dong")
    assert status == 200 and 'href="/category/tin-hoat-dong?page=2"' in body
    status, body, _ = fetch(server, "/category/tin-hoat-dong?page=2")
    assert status == 200 and f"/{portal.S_KHAIGIANG}" in body
    assert fetch(server, "/category/tin-hoat-dong?page=3")[0] == 404


def test_tag_and_search_pages_are_listings(server):
    status, body, _ = fetch(server, "/tag/tap-huan")
    assert status == 200 and 'class="posttitle"' not in body and "Từ khóa: Tập huấn" in body
    assert f"/{portal.S_TINHOC}" in body
    _, home, _ = fetch(server, "/")
    cloud = re.findall(r'href="(/search/[^"]+)"', home)
    assert len(cloud) == len(portal.CLOUD_WORDS)
    status, body, _ = fetch(server, cloud[0])
    assert status == 200 and "Kết quả tìm kiếm: tập huấn" in body and 'class="card-title"' in body
    assert 'class="article-post"' not in body


def test_admin_is_a_login_form(server):
    status, _, headers = fetch(server, "/admin/")
    assert status == 302 and headers["Location"].endswith("/admin/login")
    status, body, _ = fetch(server, "/admin/login")
    assert status == 200 and 'name="password"' in body


def test_static_pages_share_the_url_form_without_date(server):
    for slug in ("gioi-thieu", "lien-he", "co-cau-to-chuc"):
        status, body, _ = fetch(server, f"/{slug}")
        assert status == 200
        assert 'class="posttitle"' in body and "Viết bởi admin" in body
        assert 'class="post-date"' not in body and "article:published_time" not in body
        assert "after-post-tags" not in body


def test_text_quirks(server):
    _, body, _ = fetch(server, f"/{portal.S_KHAIGIANG}")
    para = "Tại các điểm trường, lãnh đạo huyện"
    assert unicodedata.normalize("NFD", para) in body and para not in body
    _, body, _ = fetch(server, f"/{portal.S_DUOINUOC}")
    assert "&#" in body.split('<div class="article-post">')[1].split("</div>")[0]
    _, body, _ = fetch(server, f"/{portal.S_DOCSACH}")
    assert 'alt="IMG_20261030_0912"' in body and 'alt="anh-1"' in body
    _, body, _ = fetch(server, f"/{portal.S_KHKT}")
    assert "Nguồn: Sở GD&amp;ĐT Bình Định" in body and "<blockquote>" in body


def test_rss_lists_published_posts(server):
    status, body, headers = fetch(server, "/rss.xml")
    assert status == 200 and "rss" in headers["Content-Type"]
    assert body.count("<item>") == 10
    assert f"/{portal.S_KYNIEM}<" not in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/tag/khong-co")[0] == 404
    assert fetch(server, f"/{portal.S_TINHOC}/extra")[0] == 404
