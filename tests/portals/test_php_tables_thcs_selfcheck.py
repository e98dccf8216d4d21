"""Self-checks of the home-made PHP (table layout) THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_tables_thcs as portal
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


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, page: str, body: str) -> list[str]:
    """Same-host href targets of a page, resolved against it as a browser would."""
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.base_url + page, href)
        if not absolute.startswith(server.base_url + "/"):
            continue
        parts = urlsplit(absolute)
        if parts.path.endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> dict[str, str]:
    """BFS over links: every target seen, with the page it was first found on."""
    seen, queue = {start: ""}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in links(server, target, body):
            if href not in seen:
                seen[href] = target
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_cell(body: str) -> str:
    return body.split("<!-- noi dung -->", 1)[1].split("<!-- het noi dung -->", 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert g["alt_paths"] == [g["path"] + "&print=1"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/upload/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "quantri", "tunvv")
            assert not name.startswith(("Thầy", "Cô", "Tin", "Ảnh", "Người viết"))
        assert len(g["body"].split("\n\n")) >= 3 or g["path"].endswith("id=265")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert f'<td class="title_detail">{_html.escape(gold["title"])}</td>' in body
    assert portal.TODAY in body
    y, m, d = gold["published_at"][:10].split("-")
    hhmm = gold["published_at"][11:16]
    assert f"<td>Ngày đăng: {d}/{m}/{y} - {hhmm}</td>" in body
    assert "Người đăng: " in body and "Lượt xem: " in body
    crumb = body.split('class="breadcrumb">', 1)[1].split("</td>", 1)[0]
    assert shown_text(crumb).endswith("» " + gold["category"])
    content = content_cell(body)
    text = shown_text(content)
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"]:
            sapo = body.split('<td class="sapo">', 1)[1].split("</td>", 1)[0]
            assert shown_text(sapo) == para
            continue
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for img in gold["images"]:
        src = img["path"]
        assert f'src="{src}"' in content or f'src="{src[1:]}"' in content
        if img["caption"]:
            assert img["caption"] in text
            assert img["caption"] not in gold["body"]
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    # credits and source lines are printed, never part of the body
    for line in ("Ban Truyền thông", "Người viết:", "Tin: Minh Hiếu", "Nguồn:"):
        assert line not in gold["body"]
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_view_is_the_same_article(server, gold):
    status, body, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200 and 'onload="window.print()"' in body
    assert _html.escape(gold["title"]) in body
    text = shown_text(body)
    for para in gold["body"].split("\n\n"):
        assert para.split(" | ")[0] in text
    assert "Tin xem nhiều".upper() not in body and portal.TODAY not in body
    _, page, _ = fetch(server, gold["path"])
    assert f'href="index.php?act=detail&amp;id={gold["path"].rsplit("=", 1)[1]}&amp;print=1"' in page


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng: " not in body.replace("<b>Ngày đăng</b>", ""), path
        assert "<!-- noi dung -->" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        assert g["alt_paths"][0] in seen
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_list_is_a_table_with_pager(server):
    status, body, _ = fetch(server, "/index.php?act=news&cid=1")
    assert status == 200 and '<table class="listnews"' in body
    head = body.split('<tr class="head">', 1)[1].split("</tr>", 1)[0]
    assert shown_text(head) == "STT Tiêu đề Ngày đăng Lượt xem"
    pager = shown_text(body.split('class="pager"', 1)[1].split("</div>", 1)[0])
    assert pager.endswith("Trang: 1 2 3 [Tiếp]")
    assert re.search(r'<td align="center">\d{2}/\d{2}/2026</td>', body)
    _, page1, _ = fetch(server, "/index.php?act=news&cid=1&page=1")
    assert shown_text(page1) == shown_text(body)
    _, page3, _ = fetch(server, "/index.php?act=news&cid=1&page=3")
    assert "[Trước]" in page3 and "[Tiếp]" not in page3
    assert fetch(server, "/index.php?act=news&cid=1&page=4")[0] == 404


def test_deep_articles_only_on_later_list_pages(server):
    seen = walk(server, portal.START_PATH)
    for story_id, page in ((251, "page=2"), (247, "page=3")):
        target = f"/index.php?act=detail&id={story_id}"
        assert seen[target] == f"/index.php?act=news&cid=1&{page}"
        link = f'href="index.php?act=detail&amp;id={story_id}"'
        for other, _ in seen.items():
            if other.startswith("/index.php?act=news&cid=1&page="):
                continue
            if "act=detail" in other and "print" not in other and other != target:
                assert link not in fetch(server, other)[1], other
        assert link not in fetch(server, "/")[1]


def test_empty_category(server):
    status, body, _ = fetch(server, "/index.php?act=news&cid=5")
    assert status == 200 and "Chưa có bài viết" in body and "act=detail" not in body.split(
        '<table class="listnews"', 1
    )[1].split("</table>", 1)[0]


def test_timetable_rowspan_colspan(server):
    _, body, _ = fetch(server, "/index.php?act=detail&id=261")
    content = content_cell(body)
    assert 'rowspan="5">Buổi sáng</td>' in content and 'rowspan="4">Buổi chiều</td>' in content
    assert 'colspan="6">Sinh hoạt câu lạc bộ' in content
    gold = next(g for g in portal.GOLD if g["path"].endswith("id=261"))
    rows = gold["body"].split("\n\n")
    assert len(rows) == 11 and rows[1].startswith("Buổi | Tiết | Thứ Hai")
    assert rows[2].startswith("Buổi sáng | 1 | ") and rows[3].startswith("2 | Toán")
    assert rows[-1] == "4 | Sinh hoạt câu lạc bộ (bóng đá, cờ vua, văn nghệ) - toàn trường"
    assert content.count("<tr>") == 10


def test_results_two_tables_and_layout_table(server):
    _, body, _ = fetch(server, "/index.php?act=detail&id=264")
    content = content_cell(body)
    assert content.count("<table") == 2 and content.count("<p><strong>") == 2
    assert '<th scope="col">' in content
    _, body, _ = fetch(server, "/index.php?act=detail&id=268")
    content = content_cell(body)
    assert '<table border="0"' in content
    cell = content.split('width: 58%;">', 1)[1].split("</td>", 1)[0]
    assert cell.count("<p") == 3
    right = content.split('text-align: center;">', 1)[1].split("</td>", 1)[0]
    assert "<img" in right and "<em>Đội viên khối 8" in right


def test_nested_lists_and_sheet_iframe(server):
    _, body, _ = fetch(server, "/index.php?act=detail&id=253")
    content = content_cell(body)
    assert content.count("<ol>") == 1 and content.count("<ul>") == 3
    gold = next(g for g in portal.GOLD if g["path"].endswith("id=253"))
    paras = gold["body"].split("\n\n")
    assert paras[1] == "Mục đích, yêu cầu:" and paras[2].startswith("Giáo viên vận dụng")
    _, body, _ = fetch(server, "/index.php?act=detail&id=265")
    assert '<iframe frameborder="0"' in body and "docs.google.com/spreadsheets" in body
    gold = next(g for g in portal.GOLD if g["path"].endswith("id=265"))
    assert "\n\n" not in gold["body"] and gold["images"] == []


def test_attachment_table_serves_pdfs(server):
    _, body, _ = fetch(server, "/index.php?act=detail&id=257")
    content = content_cell(body)
    head = content.split('<tr class="head">', 1)[1].split("</tr>", 1)[0]
    assert shown_text(head) == "STT Tên tệp Tải về"
    gold = next(g for g in portal.GOLD if g["path"].endswith("id=257"))
    for fid, name in portal.FILES.items():
        assert name in content and name not in gold["body"]
        status, data, headers = fetch(server, f"/index.php?act=download&fid={fid}")
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert data.startswith("%PDF")


def test_cke_entities_and_bylines(server):
    _, body, _ = fetch(server, "/index.php?act=detail&id=266")
    assert "&agrave;" in content_cell(body) or "&ecirc;" in content_cell(body)
    _, body, _ = fetch(server, "/index.php?act=detail&id=268")
    assert "<strong>Tin: Minh Hiếu, ảnh: Thu Hà</strong>" in body
    _, body, _ = fetch(server, "/index.php?act=detail&id=249")
    assert "Nguồn: Sở GD&amp;ĐT Quảng Nam" in body


def test_static_pages(server):
    _, body, _ = fetch(server, "/index.php?act=page&pid=2")
    assert body.count("<tr><td>") >= 28 and "Thời khóa biểu chung" in body
    status, body, _ = fetch(server, "/index.php?act=page&pid=1&print=1")
    assert status == 200 and "Giới thiệu chung" in body and 'onload="window.print()"' in body


def test_chrome(server):
    _, body, _ = fetch(server, "/")
    for piece in ("Online: 4", "Tổng: 98.765", "THỜI TIẾT HỘI AN", "TIN XEM NHIỀU", "LIÊN KẾT",
                  "<marquee", "Điện thoại: 0235.3861.245", 'src="images/banner.jpg"'):
        assert piece in body, piece


def test_unknown_targets_are_404(server):
    assert fetch(server, "/index.php?act=detail&id=9999")[0] == 404
    assert fetch(server, "/index.php?act=page&pid=9")[0] == 404
    assert fetch(server, "/index.php?act=news&cid=8")[0] == 404
    assert fetch(server, "/index.php?act=download&fid=99")[0] == 404
    assert fetch(server, "/tin-tuc.html")[0] == 404
