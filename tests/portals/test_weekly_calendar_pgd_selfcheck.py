"""Self-checks of the weekly-calendar PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import weekly_calendar_pgd as portal
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
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")
OLDEST_NEWS = "/tin-tuc/khai-mac-hoi-thi-tin-hoc-tre-cap-huyen-lan-thu-xii-2317"
OLDEST_NOTICE = "/thong-bao/thong-bao-nop-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien-1229"
TABLE_NOTICE = "/thong-bao/thong-bao-danh-sach-giao-vien-du-thi-giao-vien-day-gioi-cap-tinh-1246"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """The page as a reader sees it: cells joined by " | ", tags dropped, whitespace collapsed."""
    body = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


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
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert sum(p.startswith("/thong-bao/") for p in paths) == 4
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "Ban biên tập")
            assert "(" not in name and " - " not in name and not name.startswith(("ThS.", "TS."))
        assert g["alt_paths"] == [g["path"] + "?print=1"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert f'<h1 class="news-detail__title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.HEADER_TODAY in body
    day, _, clock = gold["published_at"].partition("T")
    y, m, d = day.split("-")
    assert f"Ngày đăng: {d}/{m}/{y} - {clock[:5]}" in body
    crumbs = body.split('<ol class="breadcrumb">', 1)[1].split("</ol>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a></li>" in crumbs
    content = body.split('<div class="news-detail__content">', 1)[1].split("</article>", 1)[0]
    shown = page_text(content)
    for para in gold["body"].split("\n\n"):
        assert para in page_text(body), para[:60]
    for para in gold["body"].split("\n\n")[1 if gold["summary"] else 0 :]:
        assert para in shown, para[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert _html.escape(name) in body
    if gold["source"]:
        assert _html.escape(gold["source"]) in content


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_view_is_the_same_article(server, gold):
    status, body, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200 and 'class="print-view"' in body
    assert 'rel="canonical"' not in body and portal.HEADER_TODAY not in body
    assert _html.escape(gold["title"]) in body
    shown = page_text(body)
    for para in gold["body"].split("\n\n"):
        assert para in shown


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="news-detail__content"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    for week in (46, 47, 48, 49):
        assert f"/lich-cong-tac/tuan-{week}-2026" in seen
    for eid in portal.EXAMS:
        assert portal.exam_path(eid) in seen


def test_weekly_calendars_look_like_dated_posts(server):
    _, home, _ = fetch(server, "/")
    box = home.split('class="widget lich-tuan-box"', 1)[1].split("</div>", 1)[0]
    assert 'href="/lich-cong-tac/tuan-49-2026"' in box and 'href="/lich-cong-tac"' in box
    status, body, _ = fetch(server, "/lich-cong-tac/tuan-48-2026")
    assert status == 200
    assert "Lịch công tác tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026)" in body
    assert "Ngày đăng: 21/11/2026" in body
    head = page_text(body.split("<thead>", 1)[1].split("</thead>", 1)[0])
    assert head == "Thứ/Ngày | Buổi | Nội dung công việc | Thành phần | Địa điểm"
    assert 'class="lich-tuan"' in body and 'class="news-detail__content"' not in body
    assert 'href="/lich-cong-tac/tuan-47-2026"' in body and 'href="/lich-cong-tac/tuan-49-2026"' in body
    # the calendar list: 3 per page, week 46 only on page 2
    _, page1, _ = fetch(server, "/lich-cong-tac")
    _, page2, _ = fetch(server, "/lich-cong-tac?page=2")
    assert 'href="/lich-cong-tac?page=2"' in page1
    assert "/lich-cong-tac/tuan-46-2026" in page2 and "/lich-cong-tac/tuan-46-2026" not in page1
    assert fetch(server, "/lich-cong-tac/tuan-50-2026")[0] == 404


def test_exam_schedules_are_listed_among_notices(server):
    _, listing, _ = fetch(server, "/danh-muc/thong-bao")
    for eid in portal.EXAMS:
        assert portal.exam_path(eid) in listing
    _, home, _ = fetch(server, "/")
    notices = home.split('class="notice-list"', 1)[1].split("</ul>", 1)[0]
    assert portal.exam_path(1255) in notices
    status, body, _ = fetch(server, portal.exam_path(1255))
    assert status == 200 and 'class="exam-schedule"' in body
    assert "Ngày đăng: 28/11/2026 - 07:30" in body and "<table" in body
    assert 'class="news-detail__content"' not in body


def test_table_notice_and_signatures(server):
    _, body, _ = fetch(server, TABLE_NOTICE)
    content = body.split('<div class="news-detail__content">', 1)[1].split("</article>", 1)[0]
    assert content.count("<tr>") == 5 and content.count('style="text-align: justify;"') == 1
    assert "TRƯỞNG PHÒNG" in content and "(đã ký)" in content
    gold = next(g for g in portal.GOLD if g["path"] == TABLE_NOTICE)
    assert "TRƯỞNG PHÒNG" not in gold["body"] and "đã ký" not in gold["body"]
    _, body, _ = fetch(server, portal.GOLD[9]["path"])
    assert 'File đính kèm: <a href="/Uploads/files/TB-125.pdf"' in body
    status, pdf, headers = fetch(server, "/Uploads/files/TB-125.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf" and pdf.startswith("%PDF")
    assert all("File đính kèm" not in g["body"] for g in portal.GOLD)


def test_oldest_items_only_on_page_two(server):
    _, home, _ = fetch(server, "/")
    for path, cat in ((OLDEST_NEWS, "tin-tuc-giao-duc"), (OLDEST_NOTICE, "thong-bao")):
        _, page1, _ = fetch(server, f"/danh-muc/{cat}")
        _, page2, _ = fetch(server, f"/danh-muc/{cat}?page=2")
        assert path not in home and path not in page1 and path in page2
        assert f'href="/danh-muc/{cat}?page=2"' in page1
        assert page1.count('<div class="news-item">') == portal.PER_PAGE
        # no other article page links it either
        for g in portal.GOLD:
            if g["path"] != path:
                assert path not in fetch(server, g["path"])[1], g["path"]
    status, empty, _ = fetch(server, "/danh-muc/tin-tuc-giao-duc?page=3")
    assert status == 200 and "Chưa có bài viết" in empty and 'class="news-item"' not in empty


def test_bylines_and_dates_as_printed(server):
    _, body, _ = fetch(server, "/tin-tuc/truong-th-khe-sanh-to-chuc-hoi-khoe-phu-dong-cap-truong-2384")
    assert "Tin: Hồ Thị Thu - Trường TH Khe Sanh" in body
    _, body, _ = fetch(server, "/tin-tuc/chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-1-2388")
    assert "Tác giả: ThS. Phan Thị Lài" in body
    _, body, _ = fetch(server, "/tin-tuc/trien-khai-chuong-trinh-sua-hoc-duong-nam-hoc-2026-2027-2352")
    assert "Ảnh: Internet" in body and "Nguồn: Sở GD&amp;ĐT Quảng Trị" in body
    _, body, _ = fetch(server, "/tin-tuc/ban-giao-6-phong-hoc-moi-tai-diem-truong-a-xoc-2368")
    assert "cho biết:<br>" in body
    assert all(not g["published_at"].startswith("2026-12-04") for g in portal.GOLD)


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-9999")[0] == 404
    assert fetch(server, "/thong-bao/trao-hoc-bong-2391")[0] == 404
    assert fetch(server, "/danh-muc/khong-co")[0] == 404
