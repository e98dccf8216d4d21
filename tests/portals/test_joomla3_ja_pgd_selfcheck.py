"""Self-checks of the Joomla 3 / JoomlArt PGD Cần Giuộc fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_ja_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
        "summary", "body", "images", "category"}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
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
            href = href[len(server.base_url):] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
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


def shown_text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_of(body: str) -> str:
    """The article's text element (default template or the school override)."""
    m = re.search(r'<(?:section|div) class="article-content[^"]*" itemprop="articleBody">(.*?)</(?:section|div)>\n',
                  body, re.S)
    assert m, "no article text element"
    return m.group(1)


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"],
                      *g["photographers"], *(i["caption"] or "" for i in g["images"])):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Super User", "Quản trị", "Internet")
            assert "(" not in name and " - " not in name and not name.startswith(("ThS.", "TS."))
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 3 for c in portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert re.search(r'itemprop="headline">' + re.escape(_html.escape(gold["title"], quote=True)) + "</h[12]>", body)
    text = shown_text(content_of(body))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert _html.escape(name, quote=False) in body
    if gold["source"]:
        assert _html.escape(gold["source"], quote=False) in content_of(body)
    if gold["summary"]:
        assert f"<strong>{_html.escape(gold['summary'], quote=True)}</strong>" in body
    for img in gold["images"]:
        src = img.get("path") or img["url"]
        assert f'src="{src}"' in body
        if img["caption"]:
            cap = _html.escape(img["caption"], quote=True)
            assert f"<em>{cap}</em>" in body or f'title="{cap}"' in body or f"<p>{cap}</p>" in body
    assert f"{_html.escape(gold['category'])}</" in body
    assert portal.HEADER_TODAY in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_printed_publication_date(server, gold):
    _, body, _ = fetch(server, gold["path"])
    pub = gold["published_at"]
    if "T" in pub:
        d = portal._dt.datetime.fromisoformat(pub)
        assert portal.lc2(d) in body or f"Ngày đăng: {portal.dmy(d)} - {d:%H:%M}" in body
    else:
        y, m, d = pub.split("-")
        assert f'>Ngày đăng: {d}/{m}/{y}</time>' in body
        # the machine attribute carries a time the page never prints
        assert re.search(rf'datetime="{pub}T\d\d:\d\d:00\+07:00"', body)


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'itemprop="headline">{_html.escape(g["title"], quote=True)}</h' in body, alt


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="datePublished"' not in body, path
        assert "Ngày tạo:" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_news_only_on_blog_page_two(server):
    only = [portal.art_path(portal.BY_ID[i]) for i in (139, 131)]
    for target in ("/", "/index.php/tin-tuc", "/index.php/hoat-dong-chuyen-mon",
                   "/index.php/tin-tuc/cac-truong-trong-huyen", "/index.php/van-ban-thong-bao"):
        status, body, _ = fetch(server, target)
        assert status == 200
        for path in only:
            assert path not in body, (target, path)
    status, body, _ = fetch(server, "/index.php/tin-tuc?start=5")
    assert status == 200 and all(p in body for p in only)
    assert 'href="/index.php/tin-tuc?start=5"' in fetch(server, "/index.php/tin-tuc")[1]
    assert "Trang 2 của 2" in body
    assert fetch(server, "/index.php/tin-tuc?start=10")[0] == 404
    assert fetch(server, "/index.php/tin-tuc?start=3")[0] == 404


def test_split_info_block_and_super_user(server):
    g = next(g for g in portal.GOLD if "/152-" in g["path"])
    _, body, _ = fetch(server, g["path"])
    assert "Super User" in body and g["authors"] == ["Nguyễn Hoàng Phúc"]
    above, below = body.split('itemprop="articleBody"', 1)
    assert "Thứ năm, 19 Tháng 11 2026 16:45" in above
    assert "Ngày tạo: Thứ năm, 19 Tháng 11 2026 10:02" in below
    assert "Cập nhật lần cuối: Thứ bảy, 21 Tháng 11 2026 08:13" in below
    assert g["published_at"] == "2026-11-19T16:45:00+07:00"
    assert 'class="caption"' in body and "new JCaption('img.caption')" in body
    assert "Đánh giá của người dùng" in above and "Bình chọn" in above


def test_page_heading_and_date_only_on_van_ban(server):
    g = next(g for g in portal.GOLD if "/154-" in g["path"])
    _, body, _ = fetch(server, g["path"])
    assert '<div class="page-header"><h1>Văn bản - Thông báo</h1></div>' in body
    assert f'<h2 class="article-title" itemprop="headline">{g["title"]}</h2>' in body
    assert g["published_at"] == "2026-11-30" and "16:45" not in g["published_at"]
    assert "Tổ Văn phòng" in body


def test_parent_category_and_school_template(server):
    g = next(g for g in portal.GOLD if "/150-" in g["path"])
    _, body, _ = fetch(server, g["path"])
    assert 'title="Danh mục cha: "' in body and g["category"] == "Hoạt động chuyên môn"
    g = next(g for g in portal.GOLD if "/153-" in g["path"])
    _, body, _ = fetch(server, g["path"])
    assert '<h2 class="contentheading"' in body and "<h1" not in body
    assert "Chuyên mục: <a" in body and g["category"] == "Các trường trong huyện"


def test_hidden_intro_only_in_listing_and_meta(server):
    s = portal.BY_ID[131]
    intro = s.opts["intro_hidden"]
    _, body, _ = fetch(server, portal.art_path(s))
    assert intro not in content_of(body) and f'content="{_html.escape(intro)}"' in body
    g = next(g for g in portal.GOLD if "/131-" in g["path"])
    assert g["summary"] is None and intro not in g["body"] and g["authors"] == []
    assert _html.escape(intro) in fetch(server, "/index.php/tin-tuc?start=5")[1]


def test_body_boundaries(server):
    g = next(g for g in portal.GOLD if "/149-" in g["path"])
    _, body, _ = fetch(server, g["path"])
    assert "Tệp đính kèm:" in body and "Tệp đính kèm" not in g["body"]
    assert "<br />\n2. Giáo viên tiểu học" in body
    assert "1. Giáo viên mầm non: 18 chỉ tiêu.\n\n2. Giáo viên" in g["body"]
    assert fetch(server, "/images/vanban/2026/tb-tuyen-dung-vc-2026.pdf")[0] == 200
    g = next(g for g in portal.GOLD if "/144-" in g["path"])
    assert "Tiếng Việt | 28 | 25 | 89,3%" in g["body"] and "Phó Trưởng phòng" not in g["body"]
    for g in portal.GOLD:
        for word in ("Bình chọn", "Lượt xem", "Ngày tạo", "Tin, ảnh", "Theo Báo", "Nguồn:", "Trước", "BBT"):
            assert word not in g["body"], (g["path"], word)


def test_duplicates_and_chrome(server):
    _, home, _ = fetch(server, "/")
    assert portal.FEATURED_COMPONENT in home
    assert _html.escape(portal.NONSEF[147]) in home
    status, body, _ = fetch(server, portal.art_path(portal.BY_ID[147]) + "?" + portal.PRINT_Q)
    assert status == 200 and 'class="contentpane modal"' in body and "t3-sidebar" not in body
    assert "Đang online" in home and "Tổng truy cập" in home and "Thăm dò ý kiến" in home
    status, _feed, headers = fetch(server, "/index.php/tin-tuc?format=feed&type=rss")
    assert status == 200 and "rss" in headers["Content-Type"]


def test_unknown_pages_are_404(server):
    s = portal.BY_ID[152]
    assert fetch(server, "/index.php/khong-co")[0] == 404
    assert fetch(server, f"/index.php/van-ban-thong-bao/{s.id}-{s.slug}")[0] == 404
    assert fetch(server, f"/index.php/tin-tuc/{s.id}-sai-alias")[0] == 404
    assert fetch(server, "/index.php?option=com_content&view=article&id=152&catid=9")[0] == 404
    assert fetch(server, "/index.php/component/mailto/?tmpl=component&template=purity_iii&link=abc")[0] == 404
