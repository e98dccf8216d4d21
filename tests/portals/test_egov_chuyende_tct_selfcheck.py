"""Self-checks of the Hà Tĩnh e-government (Trường Chính trị) fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import egov_chuyende_tct as portal
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
DATE_RE = r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?"


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
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href.split("#")[0] or "/")
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(fragment: str) -> str:
    """The text a reader sees in a piece of markup, collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def article_text(body: str) -> str:
    return body.split('<div class="noidung_tin"', 1)[1].split('<div class="congcu_tin">', 1)[0]


def story_of(gold: dict):
    return portal.BY_ID[int(re.search(r"ItemID=(\d+)", gold["path"]).group(1))]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(DATE_RE, g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 20, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT")
            assert "(" not in name and " - " not in name
            assert not name.startswith(("ThS.", "TS."))
        for line in ("(Tiếp theo kỳ trước)", "(Còn nữa)", "Kỳ sau:", "Xem Bài", "Tin, ảnh:"):
            assert line not in g["body"], g["path"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="tieude_tin">{_html.escape(gold["title"])}</h1>' in body
    story = story_of(gold)
    day, clock = story.opts["date"].split(" ")
    d, m, y = day.split("/")
    assert gold["published_at"] == f"{y}-{m}-{d}T{clock}+07:00"
    assert f'<span class="ngaydang">Ngày đăng: {story.opts["date"]}</span>' in body
    assert portal.TODAY in body
    crumb = body.split('<div class="duongdan">', 1)[1].split("</div>", 1)[0]
    assert crumb.rstrip().endswith(f">{_html.escape(gold['category'])}</a>")
    text = shown(article_text(body))
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"]:
            box = body.split('<div class="tomtat_tin">', 1)[1].split("</div>", 1)[0]
            assert shown(box) == para
            continue
        assert para.replace(" | ", " ") in text, para[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            cell = f'<td style="text-align: center;">{_html.escape(img["caption"])}</td>'
            assert cell in body
    assert "Lượt xem:" in body and "In trang" in body and "Gửi email" in body
    assert "Bản quyền thuộc Trường Chính trị tỉnh Hà Tĩnh" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_old_friendly_urls_serve_the_same_article(server, gold):
    _, canonical, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert article_text(body) == article_text(canonical)
        assert 'rel="canonical"' not in body


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="ngaydang"' not in body, path
        assert 'class="tacgia_tin"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen or path.replace("&", "&amp;") in seen, path
    olds = {g["alt_paths"][0] for g in portal.GOLD if g["alt_paths"][0] in seen}
    assert len(olds) == 2  # Bài 1 and Bài 2 of the series are linked in the old form


def test_series_notes_and_links(server):
    bai = {n: next(g for g in portal.GOLD if f"- Bài {n}:" in g["title"]) for n in (1, 2, 3)}
    for n, g in bai.items():
        assert g["title"].startswith(portal.SERIES + f" - Bài {n}: ")
        _, body, _ = fetch(server, g["path"])
        text = article_text(body)
        assert ("(Tiếp theo kỳ trước)" in text) == (n > 1)
        assert ("(Còn nữa)" in text) == (n < 3)
        assert ("Kỳ sau:" in text) == (n < 3)
    _, body3, _ = fetch(server, bai[3]["path"])
    assert '<p style="text-align: center;"><em>(Tiếp theo kỳ trước)</em></p>' in body3
    assert f'href="{bai[1]["alt_paths"][0]}"' in body3
    assert f'href="{bai[2]["alt_paths"][0]}"' in body3
    _, body2, _ = fetch(server, bai[2]["path"])
    assert f'href="{bai[1]["alt_paths"][0]}"' in body2


def test_quotations_are_centred_italic_body(server):
    quotes = [
        (s, b.text)
        for s in portal.STORIES
        for b in s.blocks
        if isinstance(b, portal.P) and b.style == "quote"
    ]
    assert len(quotes) >= 5
    by_id = {story_of(g).id: g for g in portal.GOLD}
    for story, quote in quotes:
        assert quote in by_id[story.id]["body"].split("\n\n")
        _, body, _ = fetch(server, by_id[story.id]["path"])
        assert f'<p style="text-align: center;"><em>{_html.escape(quote)}</em></p>' in body
    # a quotation right under a photo that has no caption: body, and the photo's caption is null
    under = 0
    for s in portal.STORIES:
        for a, b in zip(s.blocks, s.blocks[1:], strict=False):
            if isinstance(a, portal.Img) and isinstance(b, portal.P) and b.style == "quote":
                assert a.caption is None
                under += 1
    assert under >= 2


def test_author_fields(server):
    want = {
        2487: ("Tác giả", "ThS. Trần Văn Bình - Khoa Lý luận cơ sở", ["Trần Văn Bình"], None),
        2493: ("Tác giả", "Phòng Quản lý đào tạo", ["Phòng Quản lý đào tạo"], None),
        2490: ("Nguồn", "Tạp chí Cộng sản", [], "Tạp chí Cộng sản"),
        2475: ("Tác giả", "BBT", [], None),
        2472: ("Tác giả", "", ["Nguyễn Thị Hoài Thu"], None),
    }
    by_id = {story_of(g).id: g for g in portal.GOLD}
    for item, (label, value, authors, source) in want.items():
        g = by_id[item]
        _, body, _ = fetch(server, g["path"])
        assert f'<b>{label}:</b> <span id="ctl00_cphNoiDung_lblTacGia">{value}</span>' in body
        assert g["authors"] == authors and g["source"] == source
    _, body, _ = fetch(server, by_id[2472]["path"])
    assert "<strong>TS. Nguyễn Thị Hoài Thu</strong>" in article_text(body)
    _, body, _ = fetch(server, by_id[2482]["path"])
    assert "Tin: Nguyễn Hữu Đức - Ảnh: Trần Minh Quang" in body
    assert by_id[2482]["photographers"] == ["Trần Minh Quang"]


def test_dates_update_and_header(server):
    by_id = {story_of(g).id: g for g in portal.GOLD}
    _, body, _ = fetch(server, by_id[2485]["path"])
    assert "Ngày đăng: 19/11/2026 15:20:00" in body
    assert '<span class="ngaycapnhat">Cập nhật: 20/11/2026</span>' in body
    assert by_id[2485]["published_at"] == "2026-11-19T15:20:00+07:00"
    assert "Thứ Sáu, ngày 04 tháng 12 năm 2026" in body
    assert "Tin cùng chuyên mục" in body and "Các tin đã đưa" in body
    assert re.search(r'class="ngay">\(\d{2}/\d{2}/2026\)', body)


def test_research_sections_references_and_tables(server):
    g = next(g for g in portal.GOLD if story_of(g).id == 2487)
    paras = g["body"].split("\n\n")
    assert "Tài liệu tham khảo" in paras
    assert paras[-1].startswith("3. Tỉnh ủy Hà Tĩnh")
    assert any(p.startswith("a) ") for p in paras) and any(p.startswith("- ") for p in paras)
    timetable = next(g for g in portal.GOLD if story_of(g).id == 2493)
    assert "Ngày | Buổi | Nội dung | Báo cáo viên" in timetable["body"].split("\n\n")
    results = next(g for g in portal.GOLD if story_of(g).id == 2475)
    assert "Giỏi | 62 | 68,9%" in results["body"].split("\n\n")


def test_listings_paginate(server):
    status, body, _ = fetch(server, "/Pages/DanhMuc.aspx?CateID=10")
    assert status == 200 and "Trang: " in body
    for n in (2, 3):
        assert f'href="/Pages/DanhMuc.aspx?CateID=10&amp;Page={n}">{n}</a>' in body
    bai1 = next(g for g in portal.GOLD if "- Bài 1:" in g["title"])
    href = _html.escape(bai1["path"])
    assert href not in body
    assert href not in fetch(server, "/Pages/DanhMuc.aspx?CateID=18")[1]
    assert href in fetch(server, "/Pages/DanhMuc.aspx?CateID=18&Page=2")[1]
    assert href in fetch(server, "/Pages/DanhMuc.aspx?CateID=10&Page=2")[1]
    assert href not in fetch(server, "/")[1]
    assert fetch(server, "/Pages/DanhMuc.aspx?CateID=10&Page=4")[0] == 404
    assert fetch(server, "/Pages/DanhMuc.aspx?CateID=99")[0] == 404


def test_chrome_widgets(server):
    _, body, _ = fetch(server, "/")
    for word in ("Đang online:", "Hôm nay:", "Tổng truy cập:", "THĂM DÒ Ý KIẾN", "LIÊN KẾT WEBSITE"):
        assert word in body
    assert "TIN ĐỌC NHIỀU" in body and "__VIEWSTATE" in body
    assert body.count('<ul class="menu_trai">') == 1


def test_non_article_pages(server):
    _, body, _ = fetch(server, "/Pages/LichGiang.aspx")
    assert 'class="bang_lichgiang"' in body and "ThS. Trần Văn Bình" in body
    _, body, _ = fetch(server, "/Pages/ThuVienAnh.aspx?AlbumID=7")
    assert "Ngày tạo: 19/11/2026" in body and body.count('class="anh_album"') == 3
    _, body, _ = fetch(server, portal.search_path("nêu gương"))
    assert "Kết quả tìm kiếm" in body and 'class="tin_ds"' in body
    _, body, _ = fetch(server, "/Pages/GuiEmail.aspx?ItemID=2490")
    assert "Gửi bài viết qua email" in body and 'class="noidung_tin"' not in body
    _, body, _ = fetch(server, "/Pages/TrangTinh.aspx?ID=1")
    assert '<h1 class="tieude_tin">Lịch sử hình thành</h1>' in body


def test_unknown_pages(server):
    status, body, _ = fetch(server, "/Pages/TinTuc.aspx?ItemID=9999&CateID=12")
    assert status == 200 and "Tin bài không tồn tại" in body  # the vendor's soft 404
    assert fetch(server, "/tin-tuc/9999/khong-co.aspx")[0] == 404
    assert fetch(server, "/Pages/TrangTinh.aspx?ID=99")[0] == 404
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
