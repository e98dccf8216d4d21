"""Self-checks of the results_tables_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import results_tables_thcs as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".xlsx")
BLOCKS = {"p", "div", "h1", "h2", "h3", "li", "ul", "table", "blockquote"}


class Blocks(HTMLParser):
    """The text blocks a reader sees: paragraphs, list items, headings; a table row is its cells
    joined by " | "; a <br> ends a block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.buf: list[str] = []
        self.cells: list[str] | None = None
        self.cell: list[str] | None = None

    def flush(self):
        text = collapse("".join(self.buf))
        if text:
            self.out.append(text)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.flush()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cell = []
        elif self.cell is None and (tag in BLOCKS or tag == "br"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.cells.append(collapse("".join(self.cell)))
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            self.out.append(" | ".join(self.cells))
            self.cells = None
        elif self.cell is None and tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        (self.cell if self.cell is not None else self.buf).append(data)


def blocks(markup: str) -> list[str]:
    parser = Blocks()
    parser.feed(markup)
    parser.close()
    parser.flush()
    return parser.out


def article(body: str) -> str:
    start = body.index('<div class="news-detail')
    end = body.find('<div class="nd-related">', start)
    return body[start : end if end > 0 else body.index('<td width="230"', start)]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        href = href.split("#", 1)[0]
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], skip: tuple[str, ...] = (), limit: int = 300):
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in skip:
            continue
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def story_of(gold: dict):
    return portal.BY_ID[int(re.search(r"-(\d+)\.html$", gold["path"]).group(1))]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and "\xa0" not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert " - " not in name and not name.startswith(("ThS.", "Thầy", "TS."))
        paras = g["body"].split("\n\n")
        assert all(paras), g["path"]
        assert "Tải về" not in g["body"] and "Danh_sach_HSG" not in g["body"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    tables = [g for g in portal.GOLD if g["body"].count(" | ") > 100]
    assert len(tables) == 5
    for g in tables:
        rows = [p for p in g["body"].split("\n\n") if " | " in p]
        assert 40 <= len(rows) <= 130
        assert rows[0].startswith("STT | ")
        assert not any(" |  | " in r or r.endswith(" | ") for r in rows)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = story_of(gold)
    title = _html.escape(gold["title"])
    assert f'<h1 class="nd-title">{title}</h1>' in body or f"<h2>{title}</h2>" in body
    y, m, d = gold["published_at"].split("-")
    assert f"Ngày đăng: {d}/{m}/{y} | Lượt xem: " in body
    assert portal.HEADER_TODAY in body
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', body).group(1)
    assert crumbs.rsplit("»", 1)[1].strip().endswith(f">{_html.escape(gold['category'])}</a>")
    text = article(body)
    shown = blocks(text)
    for para in gold["body"].split("\n\n"):
        assert para in shown, (gold["path"], para)
    # the order of the body is the page's order
    positions = [shown.index(p) for p in gold["body"].split("\n\n")]
    assert positions == sorted(positions)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in text
        if img["caption"]:
            assert img["caption"] in shown
            assert shown.index(img["caption"]) > 0
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    if gold["summary"] and story.opts.get("sapo_box"):
        assert f'<div class="nd-sapo"><b>{_html.escape(gold["summary"])}</b></div>' in body
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body, path
        assert 'class="nd-bai"' not in body and 'class="tde-bai"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_post_only_on_page_two_of_tin_nha_truong(server):
    page2 = portal.cat_url("tin-nha-truong", 2)
    target = portal.story_path(portal.S_KHAIGIANG)
    seen = walk(server, [portal.START_PATH], skip=(page2,))
    assert target not in seen
    status, body, _ = fetch(server, page2)
    assert status == 200 and target in body
    _, body1, _ = fetch(server, portal.cat_url("tin-nha-truong"))
    assert body1.count('class="tin-item"') == 8 and f'href="{page2}"' in body1
    # the sub-category's posts are listed under the parent too
    assert portal.story_path(portal.S_OLYMPIC) in body1
    assert fetch(server, portal.cat_url("tin-nha-truong", 3))[0] == 404
    assert fetch(server, "/danh-muc/tin-nha-truong-2/1.html")[0] == 404


def test_old_slug_serves_the_same_post(server):
    story = portal.S_HSG
    old = portal.story_path(story, story.opts["old_slug"])
    gold = next(g for g in portal.GOLD if g["path"] == portal.story_path(story))
    assert gold["alt_paths"] == [old]
    status, body, _ = fetch(server, old)
    assert status == 200
    _, new_body, _ = fetch(server, gold["path"])
    assert article(body) == article(new_body)
    assert f'<meta property="og:url" content="{server.base_url}{gold["path"]}">' in body
    _, home, _ = fetch(server, "/")
    assert f'href="{old}"' in home  # the "Tin đọc nhiều" widget
    assert fetch(server, f"/tin-tuc/sai-duong-dan-{story.id}.html")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-9999.html")[0] == 404


def test_table_forms(server):
    _, body, _ = fetch(server, portal.story_path(portal.S_HSG))
    text = article(body)
    assert text.count('class="MsoTableGrid"') == 1 and text.count('<table border="1"') == 1
    assert '<p class="MsoNormal"' in text and "<th" in text
    assert "Danh_sach_HSG.xlsx" in text and "Tải về:" in text
    status, _, headers = fetch(server, "/uploads/files/2026/12/Danh_sach_HSG.xlsx")
    assert status == 200 and "spreadsheetml" in headers["Content-Type"]
    _, body, _ = fetch(server, portal.story_path(portal.S_OLYMPIC))
    text = article(body)
    assert '<div style="overflow-x:auto">' in text and text.count('colspan="2"') == 1
    assert 'class="tde-bai"' in text
    _, body, _ = fetch(server, portal.story_path(portal.S_KHAOSAT))
    assert 'class="MsoTableGrid"' in article(body) and "<th" not in article(body)
    for s in portal.RESULT_POSTS:
        _, body, _ = fetch(server, portal.story_path(s))
        text = article(body)
        assert "rowspan" not in text
        assert not re.search(r"<t[dh][^>]*>\s*(&nbsp;)?\s*</t[dh]>", text)


def test_layout_tables_and_image_table(server):
    _, body, _ = fetch(server, "/")
    assert body.count("<table") >= 5 and 'class="counter"' in body
    for label in ("Đang online:", "Hôm nay:", "Tổng truy cập:"):
        assert label in body
    assert "Số 28 đường Trần Phú" in body and "0226.3852.417" in body
    _, body, _ = fetch(server, portal.story_path(portal.S_2011))
    text = article(body)
    assert text.count('<table class="image"') == 2 and 'class="image_caption"' in text


def test_bylines_and_signatures_are_printed(server):
    expect = [
        (portal.S_HSG, "<strong>Ban Giám hiệu</strong>"),
        (portal.S_OLYMPIC, "Thầy Lê Văn Hòa - Tổ trưởng Tổ Toán"),
        (portal.S_DOITUYEN, "ThS. Đỗ Thị Minh Nguyệt - Phó Hiệu trưởng"),
        (portal.S_TUVAN, "<strong>BBT</strong>"),
        (portal.S_HOPPH, "<strong>HIỆU TRƯỞNG</strong>"),
        (portal.S_KHAIGIANG, "Tin: Phạm Thu Trang - Ảnh: CLB Nhiếp ảnh"),
    ]
    for story, line in expect:
        _, body, _ = fetch(server, portal.story_path(story))
        assert line in article(body), story.slug
    gold = {g["path"]: g for g in portal.GOLD}
    assert gold[portal.story_path(portal.S_TUVAN)]["authors"] == []


def test_br_splits_a_paragraph(server):
    _, body, _ = fetch(server, portal.story_path(portal.S_HOPPH))
    assert "17/10/2026.<br>" in body
    shown = blocks(article(body))
    assert "- Thời gian: 14h00 thứ Bảy, ngày 17/10/2026." in shown
    assert "- Địa điểm: tại phòng học của các lớp." in shown


def test_notice_list_and_static_tables(server):
    _, body, _ = fetch(server, "/thong-bao.html")
    for s in (portal.S_DOITUYEN, portal.S_HOPPH):
        assert portal.story_path(s) in body
    _, body, _ = fetch(server, "/lich-cong-tac-tuan.html")
    assert "Lịch công tác tuần 14" in body and body.count("<tr>") >= 7
    _, body, _ = fetch(server, "/danh-sach-giao-vien.html")
    assert body.count("<tr><td>") >= 36
    status, _, _ = fetch(server, "/binh-chon.html")
    assert status == 200
