"""Self-checks of the home-made PHP THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade2014_thcs as portal
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
FILES = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".doc", ".xls")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The page's visible text, collapsed (comments, scripts and styles dropped)."""
    markup = re.sub(r"<!--.*?-->|<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(target: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "http")) or not href:
            continue
        absolute = urljoin("http://x.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.path.endswith(FILES):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(target, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def article_id(target: str) -> int | None:
    q = dict(re.findall(r"(\w+)=([^&]*)", urlsplit(target).query))
    if q.get("mod") == "news" and q.get("act") == "detail" and q.get("id", "").isdigit():
        return int(q["id"])
    return None


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
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
            assert g["body"].count(g["summary"]) == 1
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) in ({"path", "caption"}, {"url", "caption"})
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "sưu tầm")
            assert "(" not in name and ":" not in name and not name.startswith(("ThS", "TPT"))
        assert g["path"] not in g["alt_paths"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert portal.TODAY in body
    assert f"<title>{_html.escape(portal.SITE_TITLE)}</title>" in body
    text = shown(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para.split(" | ")[-1] in text, para
        assert para.split(" | ")[0] in text, para
    for img in gold["images"]:
        src = img.get("url") or img["path"]
        assert src.rsplit("/", 1)[1] in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        assert f"Ngày đăng: {d}/{m}/{y} - {gold['published_at'][11:16]}" in text
        assert f"» {gold['category']}" in text or gold["category"] == "Tin tức"
    else:
        assert f"({d}/{m}/{y})" in text
        assert gold["category"] == "Thông báo"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        if "act=print" in alt:
            text = shown(body)
            assert gold["title"] in text
            for para in gold["body"].split("\n\n"):
                assert para.split(" | ")[0] in text
        else:
            assert body == main, alt


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body and 'id="tb_title"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    reached = {article_id(t) for t in seen}
    for g in portal.GOLD:
        assert article_id(g["path"]) in reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen or path.replace("/?", "/index.php?") in seen, path


def test_listings_paginate_ten_per_page(server):
    def ids(target: str) -> list[int]:
        body = fetch(server, target)[1]
        main = body.split('class="title_bar"', 1)[1].split("TIN XEM NHIỀU", 1)[0]
        return [i for t in links(target, main) if (i := article_id(t))]

    p1, p2 = ids("/?mod=news&cat=1"), ids("/index.php?mod=news&cat=1&p=2")
    assert len(p1) == 10 and set(p2) == {131, 129, 127}
    assert not set(p2) & set(p1)
    n1 = ids("/?mod=news&cat=4")
    n2 = ids("/index.php?mod=news&cat=4&p=2")
    n3 = ids("/index.php?mod=news&cat=4&p=3")
    assert n1 == [152] and n2 == [146] and n3 == [130]
    _, body, _ = fetch(server, "/?mod=news&cat=4")
    assert 'href="index.php?mod=news&amp;cat=4&amp;p=3">Cuối</a>' in body
    assert body.count('href="upload/files/') >= 7


def test_subcategories_only_in_js_menu_and_breadcrumbs(server):
    _, home, _ = fetch(server, "/")
    assert 'href="?mod=news&amp;cat=2"' not in home and '"index.php?mod=news&cat=2"' in home
    _, body, _ = fetch(server, portal.detail(150))
    assert '» <a href="?mod=news&amp;cat=2">Hoạt động Đội</a>' in body
    _, body, _ = fetch(server, "/?mod=news&cat=2")
    assert "Liên đội tổ chức vui Tết Trung thu" in body


def test_hidden_entries_are_soft_404(server):
    _, body, _ = fetch(server, "/?mod=news&cat=1")
    for n, title, _date, _cat in portal.HIDDEN:
        assert f"id={n}" in body and _html.escape(title) in body
        status, page, _ = fetch(server, f"/index.php?mod=news&act=detail&id={n}")
        assert status == 200 and "Bài viết không tồn tại hoặc đã bị khóa!" in page


def test_title_and_header_traps(server):
    _, body, _ = fetch(server, portal.detail(127))
    assert body.count("<h1") == 1 and "TRƯỜNG THCS NGUYỄN DU</h1>" in body
    assert '<td class="tieudetin" style="font-size:16px;color:#003399"><b>ĐẠI HỘI CHA MẸ' in body
    assert 'title="Đại hội CMHS 2026"' in body
    assert "<marquee" in body and "id=152&amp;act=detail" in body


def test_word_paste_and_edit_date(server):
    _, body, _ = fetch(server, portal.detail(151))
    assert "/* Style Definitions */" in body and "<!--[if gte mso 9]>" in body
    assert "Sửa lần cuối: 01/12/2026 - 21:14" in body
    assert '<table class="MsoTableGrid"' in body
    assert "Y Khoa Niê - GV Thể dục" in body


def test_duplicate_lead_and_sapo(server):
    gold = next(g for g in portal.GOLD if g["path"] == portal.detail(142))
    _, body, _ = fetch(server, gold["path"])
    assert shown(body).count(gold["summary"]) == 2
    assert f'<div class="tomtat" style="margin:8px 0"><b>{_html.escape(gold["summary"], quote=False)}' in body
    assert "ThS. Phạm Thị Minh Nguyệt - Tổ trưởng Tổ Ngữ văn" in body


def test_notice_letterhead_and_signature(server):
    _, body, _ = fetch(server, portal.detail(152))
    text = shown(body)
    assert "Krông Búk, ngày 02 tháng 12 năm 2026" in text and "(03/12/2026)" in text
    assert "HIỆU TRƯỞNG (Đã ký) Nguyễn Văn Sơn" in text
    _, body, _ = fetch(server, portal.detail(130))
    assert "File đính kèm:" in body and "tkb-2-buoi-hk1.doc" in body


def test_image_forms_and_source(server):
    _, body, _ = fetch(server, portal.detail(131))
    assert 'src="../upload/images/2026/09/trungthu-1.jpg"' in body
    assert fetch(server, "/upload/images/2026/09/trungthu-1.jpg")[0] == 200
    _, body, _ = fetch(server, portal.detail(139))
    assert 'src="https://baodaklak.vn/uploads/' in body and "Nguồn: Báo Đắk Lắk" in body
    _, body, _ = fetch(server, portal.detail(144))
    assert "Ngày đăng: 05/11/2026 - 07:30" in body


def test_unknown_targets(server):
    assert fetch(server, "/khong-co.php")[0] == 404
    assert "Bài viết không tồn tại" in fetch(server, "/?mod=news&act=detail&id=999")[1]
    assert fetch(server, "/?mod=page&id=9")[0] == 404
