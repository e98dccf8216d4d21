"""Self-checks of the weird_dates_tct fixture (Trường Chính trị Thanh Hóa, ASP.NET Core) against
itself, never the crawler."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import weird_dates_tct as portal
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
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")
WEEKDAYS = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"]
SHORT_WEEKDAYS = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def story_of(g: dict) -> portal.Story:
    return next(s for s in portal.STORIES if portal.url(s) == g["path"])


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE_RE.fullmatch(g["published_at"]), g["path"]
        dt.date.fromisoformat(g["published_at"][:10])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 12
        assert g["alt_paths"] == [g["path"] + "?print=1"]
        for im in g["images"]:
            assert im["path"].startswith("/uploads/images/2026/")
    # several per category, about half with a sapo
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 2 for c in portal.CATEGORIES.values())
    assert 6 <= sum(1 for g in portal.GOLD if g["summary"]) <= 7


def test_every_article_prints_its_date_differently():
    printed = [s.opts["date"] for s in portal.STORIES]
    assert len(set(printed)) == 13
    shapes = {re.sub(r"\d", "9", p) for p in printed}
    assert len(shapes) == 13
    with_time = [g for g in portal.GOLD if "T" in g["published_at"]]
    assert len(with_time) == 10  # three print the day only


def test_printed_weekdays_are_right():
    for s in portal.STORIES:
        day = dt.date.fromisoformat(s.published_at[:10])
        low = s.opts["date"].lower()
        for i, name in enumerate(WEEKDAYS):
            if low.startswith(name):
                assert day.weekday() == i, s.opts["date"]
        m = re.match(r"(T\d|CN),", s.opts["date"])
        if m:
            assert SHORT_WEEKDAYS.index(m.group(1)) == day.weekday()
    assert dt.date(2026, 12, 4).weekday() == 4  # the header's "Thứ Sáu"


def test_gold_pages_answer_with_title_body_and_date(server):
    for g in portal.GOLD:
        s = story_of(g)
        for target in (g["path"], *g["alt_paths"]):
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = page_text(body)
            assert g["title"] in text, target
            assert collapse(s.opts["date"]) in text, target
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert cell in text, (target, cell)
            for im in g["images"]:
                assert f'src="{im["path"]}"' in body
                if im["caption"]:
                    assert im["caption"] in text
            if g["source"]:
                assert g["source"] in text
        _, body, _ = fetch(server, g["path"])
        crumb = body.split('<nav class="breadcrumb">')[1].split("</nav>")[0]
        assert _html.escape(g["category"]) in crumb.rsplit("›", 1)[1]
        for name in g["authors"]:
            assert name in page_text(body)


def test_print_view_points_back(server):
    g = portal.GOLD[0]
    status, body, _ = fetch(server, g["path"] + "?print=1")
    assert status == 200
    assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in body
    assert "Ngày sửa" not in body and "Tin cùng chuyên mục" not in body
    _, art, _ = fetch(server, g["path"])
    assert f'href="{g["path"]}?print=1"' in art


def test_decoy_dates_on_every_article(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = page_text(body)
        assert portal.HEADER_NOW in text
        assert "Ngày sửa: 01/12/2026" in text
        assert "Sự kiện sắp tới" in text and "10/12/2026" in text
        assert re.search(r"\(\d{2}/\d{2}/2026\)", text), g["path"]  # the related list's dates
    bodies = " ".join(g["body"] for g in portal.GOLD)
    assert "ngày 20/11/1982" in bodies
    assert "từ ngày 15/12 đến 20/12/2026" in bodies
    # on some pages the last edit is printed before the publication date
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_ID[1412].slug + "-a1412")
    assert body.index("Ngày sửa: 01/12/2026") < body.index("24-11-2026 | 9h15")


def test_bylines_as_printed(server):
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1406]))
    assert "TS. Lê Thị Thu – Khoa Lý luận cơ sở" in body
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1396]))
    assert "Nguồn: Báo Thanh Hóa" in body
    _, body, _ = fetch(server, portal.url(portal.BY_ID[1412]))
    assert "<strong>Phòng Đào tạo</strong>" in body


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="art-title"' not in body and 'class="tieude"' not in body
    _, body, _ = fetch(server, "/su-kien/hoi-thao-khoa-hoc-80-nam-truong-chinh-tri")
    text = page_text(body)
    assert "Thời gian: 08:00 ngày 10/12/2026" in text and "Địa điểm: Hội trường A" in text


def test_every_gold_article_is_reachable(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target


def test_pagination_hides_the_oldest(server):
    oldest = portal.url(portal.BY_ID[1355])
    status, body, _ = fetch(server, "/chuyen-muc/tin-hoat-dong")
    assert status == 200 and oldest not in body
    assert "‹ Trước" in body and "Sau ›" in body
    assert 'href="/chuyen-muc/tin-hoat-dong?p=2"' in body
    status, body, _ = fetch(server, "/chuyen-muc/tin-hoat-dong?p=2")
    assert status == 200 and oldest in body
    for target in ("/chuyen-muc/tin-tuc", "/chuyen-muc/tin-tuc?p=2", "/"):
        assert oldest not in fetch(server, target)[1]
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc?p=3")
    assert oldest in body
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc?p=2")
    assert '<li class="page-item active"><span class="page-link">2</span></li>' in body
    for n in (1, 3):
        assert f'href="/chuyen-muc/tin-tuc?p={n}"' in body
    assert fetch(server, "/chuyen-muc/tin-tuc?p=4")[0] == 404
    for g in portal.GOLD:
        if g["path"] != oldest:
            assert oldest not in fetch(server, g["path"])[1]


def test_routes(server):
    s = portal.BY_ID[1421]
    status, _, headers = fetch(server, f"/tin-tuc/sai-duong-dan-a{s.id}")
    assert status == 301 and headers["Location"] == portal.url(s)
    assert fetch(server, "/tin-tuc/khong-co-a9999")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(server, "/su-kien/khong-co")[0] == 404
    assert fetch(server, portal.url(s) + "?utm_source=x")[0] == 404
