"""Self-checks of the reprint_sources_thpt fixture (WordPress + Newsmag) against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import reprint_sources_thpt as portal
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
GOLD = {g["path"]: g for g in portal.GOLD}


def gold_of(slug: str) -> dict:
    return GOLD[f"/{slug}/"]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href=["\']([^"\']+)["\']', body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS) or href.startswith("/feed/"):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(fragment: str) -> str:
    """The collapsed text a reader sees in a piece of markup."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def content_of(body: str) -> str:
    return body.split('<div class="td-post-content', 1)[1].split("<footer>", 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    assert len(GOLD) == len(portal.GOLD)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) in ({"path", "caption"}, {"url", "caption"})
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "BBT tổng hợp", "Sưu tầm")
            assert "(" not in name and "–" not in name and " - " not in name
        assert g["source"] not in ("Cổng TTĐT Quảng Ninh",)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="entry-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    y, m, d = gold["published_at"].split("-")
    assert f'datetime="{gold["published_at"]}T' in body and f">{d}/{m}/{y}</time>" in body
    assert portal.TODAY in body
    assert 'class="entry-crumb" href="/chuyen-muc/' in body
    assert f">{_html.escape(gold['category'])}</a></li></ul>" in body
    header = body.split('<header class="td-post-title">', 1)[1].split("</header>", 1)[0]
    content = content_of(body)
    text = shown(header + content)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    if gold["summary"]:
        assert gold["summary"] in shown(header + content)
    for img in gold["images"]:
        src = img.get("path") or img["url"]
        assert f'src="{_html.escape(src)}"' in content
        if img["caption"]:
            assert _html.escape(img["caption"], quote=False) in content
        if "path" in img:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200 and f"<h1 class=\"entry-title\">{_html.escape(gold['title'])}</h1>" in alt_body
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in alt_body
        assert f'href="{alt}#respond"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert path not in GOLD
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "td-post-sharing" not in body, path
        assert 'class="td-post-sub-title"' not in body


def test_breadth_first_walk_reaches_every_article_and_non_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_posts_only_on_category_page_two(server):
    old = [f"/{portal.S_TUYENSINH}/", f"/{portal.S_BATNAT}/"]
    _, home, _ = fetch(server, "/")
    _, page1, _ = fetch(server, "/chuyen-muc/tin-giao-duc/")
    status, page2, _ = fetch(server, "/chuyen-muc/tin-giao-duc/page/2/")
    _, feed, _ = fetch(server, "/feed/")
    assert status == 200 and 'href="/chuyen-muc/tin-giao-duc/page/2/"' in page1
    for path in old:
        assert f'href="{path}"' not in home and f'href="{path}"' not in page1
        assert f'href="{path}"' in page2
        assert path not in feed
    for g in portal.GOLD:
        if g["path"] in old:
            continue
        _, body, _ = fetch(server, g["path"])
        for path in old:
            assert f'href="{path}"' not in body, (g["path"], path)
    assert fetch(server, "/chuyen-muc/tin-giao-duc/page/3/")[0] == 404
    status, _, headers = fetch(server, "/chuyen-muc/tin-giao-duc/page/1/")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/tin-giao-duc/")


@pytest.mark.parametrize(
    ("slug", "markup", "authors", "photographers", "source"),
    [
        (portal.S_HSG, "<em>(Theo Báo Quảng Ninh)</em>", [], [], "Báo Quảng Ninh"),
        (portal.S_KIEMTRA, "<strong>Nguồn: moet.gov.vn</strong>", [], [], "moet.gov.vn"),
        (portal.S_TOCM, "<strong>Minh Anh</strong>", ["Minh Anh"], [], "Báo Giáo dục và Thời đại"),
        (portal.S_THITN, "<p><em>Theo VnExpress</em></p>", [], [], "VnExpress"),
        (portal.S_ATGT, 'rel="noopener">baoquangninh.vn</a>', [], [], "baoquangninh.vn"),
        (portal.S_TUYENSINH, "<em>BBT tổng hợp</em>", [], [], None),
        (portal.S_BATNAT, "<strong>Hoàng Yến (tổng hợp)</strong>", ["Hoàng Yến"], [], None),
        (portal.S_HIENMAU, "<strong>Tin, ảnh: Đoàn trường</strong>", ["Đoàn trường"], ["Đoàn trường"], None),
        (portal.S_YNGHIA, "<em>Sưu tầm</em>", [], [], None),
        (portal.S_CHUAN, "<em>Bài và ảnh: Thu Hà – Cổng TTĐT Quảng Ninh</em>", ["Thu Hà"], ["Thu Hà"], None),
        (portal.S_NHAGIAO, "<strong>Nguyễn Thị Lan Hương</strong>", ["Nguyễn Thị Lan Hương"], [], None),
        (portal.S_THANHLICH, "<strong>Trần Đức Mạnh</strong>", ["Trần Đức Mạnh"], [], None),
        (portal.S_LICHTHI, '<a href="/author/vanphong/">Tổ Văn phòng</a>', ["Tổ Văn phòng"], [], None),
    ],
)
def test_byline_and_source_shapes(server, slug, markup, authors, photographers, source):
    gold = gold_of(slug)
    assert (gold["authors"], gold["photographers"], gold["source"]) == (authors, photographers, source)
    _, body, _ = fetch(server, gold["path"])
    content = content_of(body)
    where = body if "/author/" in markup else content
    assert markup.replace("&", "&amp;") in where or markup in where
    # the credit lines are printed, but they are not body text
    for line in shown(markup).split("\n"):
        if line and not line.startswith(("Tổ Văn phòng",)):
            assert line not in gold["body"]
    if slug != portal.S_LICHTHI:
        assert '<a href="/author/admin/">admin</a>' in body


def test_source_line_positions(server):
    _, body, _ = fetch(server, f"/{portal.S_THITN}/")
    content = content_of(body)
    assert content.index("Theo VnExpress") < content.index(_html.escape(gold_of(portal.S_THITN)["summary"][:30], quote=False))
    _, body, _ = fetch(server, f"/{portal.S_TOCM}/")
    content = content_of(body)
    assert content.index("<strong>Minh Anh</strong>") < content.index("Nguồn: Báo Giáo dục và Thời đại")
    _, body, _ = fetch(server, f"/{portal.S_ATGT}/")
    assert 'href="https://baoquangninh.vn/ha-long-' in content_of(body)
    assert f'src="{portal.HOTLINK}"' in content_of(body)


def test_wordpress_urls(server):
    gold = gold_of(portal.S_NHAGIAO)
    status, _, headers = fetch(server, "/?p=7")
    assert status == 301 and headers["Location"].endswith(gold["path"])
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"].endswith(gold["path"])
    assert fetch(server, "/khong-co-bai-nay/")[0] == 404
    assert fetch(server, "/tag/khong-co/")[0] == 404
    assert fetch(server, "/chuyen-muc/tin-nha-truong/page/2/")[0] == 404
    status, body, _ = fetch(server, "/feed/")
    assert status == 200 and body.count("<item>") == 10


def test_attachment_page_is_not_an_article(server):
    path = portal.NON_ARTICLES[-1]
    status, body, _ = fetch(server, path)
    assert status == 200 and 'class="post type-attachment' in body
    assert '<h1 class="entry-title">ky-niem-20-11-2026-1</h1>' in body and "<time" in body
    _, post, _ = fetch(server, f"/{portal.S_NHAGIAO}/")
    assert f'href="{path}"' in post


def test_comments_print_their_own_dates(server):
    _, body, _ = fetch(server, f"/{portal.S_NHAGIAO}/")
    assert "<time>21/11/2026 lúc 20:15</time>" in body
    assert gold_of(portal.S_NHAGIAO)["published_at"] == "2026-11-21"
    assert "Chúc mừng thầy cô" not in gold_of(portal.S_NHAGIAO)["body"]


def test_listings_are_listings(server):
    for path in ("/tag/20-11/", "/author/admin/", "/author/admin/page/3/", "/chuyen-muc/doan-thanh-nien/"):
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'td-page-title"' in body and "td-post-content" not in body
    _, body, _ = fetch(server, "/author/admin/page/3/")
    assert f'href="/{portal.S_BATNAT}/"' in body


def test_layout_chrome(server):
    _, body, _ = fetch(server, "/")
    for needle in ("Đang online", "Hôm nay", "Tổng truy cập", "ĐỌC NHIỀU", "THĂM DÒ Ý KIẾN", "0203.3825.437"):
        assert needle in body
    _, body, _ = fetch(server, f"/{portal.S_CHUAN}/")
    assert 'class="td-post-sub-title"' in body and "td-post-featured-image" in body
    assert "<br>" in content_of(body)
