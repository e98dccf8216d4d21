"""Self-checks of the Joomla 4 Trường Chính trị Nghệ An fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_tapchi_tct as portal
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
INLINE = r"</?(?:sup|strong|em|a|span|b|i)\b[^>]*>"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The page's text as a reader sees it, whitespace collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(INLINE, "", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def body_of(page: str) -> str:
    part = page.split('itemprop="articleBody"', 1)[1].split('<div class="content_rating">', 1)[0]
    return part.split('<ul class="tags', 1)[0]


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
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 6
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(
            r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]
        ), g["path"]
        assert g["published_at"][:10] <= "2026-12-05"
        texts = [g["title"], g["body"], g["summary"] or "", g["source"] or ""]
        for value in texts + g["authors"] + g["photographers"]:
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
            assert g["summary"].startswith("Tóm tắt: ") or not g["summary"].startswith("Tóm tắt")  # (the label kept: harmonised)
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and "#" not in img["path"]
        for name in g["authors"] + g["photographers"]:
            assert name not in ("Quản trị viên", "Ban Biên tập", "Văn phòng Trường")
            assert not re.match(r"(ThS|TS|PGS)\.", name)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    assert re.search(rf'<h[12] itemprop="headline">{re.escape(_html.escape(gold["title"]))}</h[12]>', page)
    assert f'href="{server.base_url}{gold["canonical_path"]}" rel="canonical"' in page
    assert portal.TODAY_TCT in page
    assert f'itemprop="genre">{_html.escape(gold["category"])}</a>' in page
    text = shown(body_of(page))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    # the date as printed: LC2 with time, or d/m/Y only
    y, m, d = gold["published_at"][:10].split("-")
    if "T" in gold["published_at"]:
        hm = gold["published_at"][11:16]
        assert re.search(rf"Được đăng: Thứ [^,]+, {d} Tháng {int(m)} {y} {hm}</time>", page)
    else:
        assert f"Ngày đăng: {d}/{m}/{y}</time>" in page
    for img in gold["images"]:
        assert f'src="{img["path"]}' in page
        if img["caption"]:
            assert _html.escape(img["caption"]) in page
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    assert gold["alt_paths"] and gold["alt_paths"][0].endswith("?tmpl=component&print=1")
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert shown(body_of(page)) == shown(body_of(main))
    _, printed, _ = fetch(server, gold["alt_paths"][0])
    assert 'rel="canonical"' not in printed and "mod-breadcrumbs" not in printed


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="datePublished"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination_and_page_two_only(server):
    oldest = portal.art_path(portal.E7)
    _, first, _ = fetch(server, "/thong-tin-khoa-hoc.html")
    _, second, _ = fetch(server, "/thong-tin-khoa-hoc.html?start=6")
    assert oldest not in first and oldest in second
    assert 'href="/thong-tin-khoa-hoc.html?start=6"' in first and "Trang 1 / 2" in first
    assert "Các bài viết khác:" in first
    assert fetch(server, "/thong-tin-khoa-hoc.html?start=12")[0] == 404
    _, home1, _ = fetch(server, "/")
    _, home2, _ = fetch(server, "/?start=6")
    assert portal.art_path(portal.E4) in home2 and portal.art_path(portal.E4) not in home1.split(
        'class="sidebar-right'
    )[0]
    for s in (portal.E5, portal.E6, portal.E7, portal.V13):
        assert portal.art_path(s) not in home1 + home2


def test_child_category_and_parent_label(server):
    _, page, _ = fetch(server, portal.art_path(portal.D10))
    assert "Danh mục cha: <a" in page and ">Tin tức - Sự kiện</a>" in page
    _, blog, _ = fetch(server, "/tin-tuc.html")
    assert portal.art_path(portal.D10) in blog and portal.art_path(portal.N8) in blog


def test_essay_traps(server):
    _, page, _ = fetch(server, portal.art_path(portal.E1))
    assert "<h1>Thông tin khoa học</h1>" in page and 'h2 itemprop="headline"' in page
    assert "Viết bởi <span itemprop=\"name\">Quản trị viên</span>" in page
    assert "Ngày tạo:" in page and "Cập nhật lần cuối:" in page
    assert "<em>Tóm tắt:</em>" in page and "<em>Từ khóa:</em>" in page
    assert "công việc”<sup>(1)</sup>" in page
    gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(portal.E1))
    assert "Từ khóa" not in gold["body"] and "công việc”(1)." in gold["body"]
    _, page, _ = fetch(server, portal.art_path(portal.E2))
    assert "<strong>TS. Trần Đình Phúc</strong> - Phó Trưởng khoa" in page


def test_notice_and_caption_traps(server):
    _, page, _ = fetch(server, portal.art_path(portal.V12))
    assert "KT. HIỆU TRƯỞNG" in page and "(Đã ký)" in page
    gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(portal.V12))
    assert "HIỆU TRƯỞNG" not in gold["body"] and "Nơi nhận" not in gold["body"]
    assert re.search(r'datetime="2026-12-01T07:30:00\+07:00"', page)
    _, page, _ = fetch(server, portal.art_path(portal.V13))
    assert "25/12/2026.<br>Điện thoại" in page
    _, page, _ = fetch(server, portal.art_path(portal.N9))
    assert "#joomlaImage://local-images/2026/11/khai-giang-k75.jpg" in page
    _, page, _ = fetch(server, portal.art_path(portal.N8))
    assert 'class="image_caption"' in page
    gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(portal.N8))
    assert "Quang cảnh Hội thảo" not in gold["body"] and "Tin, ảnh" not in gold["body"]


def test_unknown_targets_are_404(server):
    assert fetch(server, "/tin-tuc/71-sai-alias.html")[0] == 404
    assert fetch(server, portal.art_path(portal.N8) + "?utm_source=zalo")[0] == 404
    assert fetch(server, "/khong-co.html")[0] == 404
