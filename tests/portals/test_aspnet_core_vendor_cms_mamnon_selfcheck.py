"""Self-checks of the aspnet_core_vendor_cms_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_core_vendor_cms_mamnon as portal
from tests.portals._selfcheck import fetch

#: the dates as each page prints them, written by hand (not computed by the module)
PRINTED_DATES = {
    1287: ("3 tháng 12, 2026 · 06:30", "2026-12-02T23:30:00Z"),
    1271: ("26 tháng 11, 2026 · 14:00", "2026-11-26T07:00:00Z"),
    1258: ("20 tháng 11, 2026 · 10:20", "2026-11-20T03:20:00Z"),
    1243: ("24 tháng 10, 2026 · 09:45", "2026-10-24T02:45:00Z"),
    1232: ("15 tháng 10, 2026 · 16:10", "2026-10-15T09:10:00Z"),
    1284: ("1 tháng 12, 2026 · 15:20", "2026-12-01T08:20:00Z"),
    1276: ("24 tháng 11, 2026 · 08:15", "2026-11-24T01:15:00Z"),
    1265: ("16 tháng 11, 2026 · 10:00", "2026-11-16T03:00:00Z"),
    1251: ("6 tháng 11, 2026 · 07:50", "2026-11-06T00:50:00Z"),
    1238: ("19 tháng 10, 2026 · 16:45", "2026-10-19T09:45:00Z"),
    1281: ("Thứ Bảy, 28 Tháng Mười Một 2026 lúc 2:30 CH", None),
    1268: ("Thứ Năm, 19 Tháng Mười Một 2026 lúc 9:05 SA", None),
    1245: ("Thứ Sáu, 30 Tháng Mười 2026 lúc 4:15 CH", None),
}

#: the byline / source lines as printed, by hand
PRINTED_LINES = {
    1287: ["Tổ Văn phòng", "(Ảnh: Minh Tuấn)"],
    1271: ["Nguồn: Trạm Y tế phường Cái Khế", "Cập nhật: 28 tháng 11, 2026 · 10:05"],
    1258: ["Tin: cô Lê Thị Mỹ Duyên – Ảnh: cô Đỗ Hoàng Yến"],
    1243: ["ThS. Nguyễn Thị Kim Oanh – Hiệu trưởng"],
    1232: ["Tổ chuyên môn"],
    1284: ["Cô Nguyễn Thị Thu Hà (GV lớp Lá 2)"],
    1276: ["Bài & ảnh: cô Trần Ngọc Bích"],
    1265: ["Cô Phan Thị Thanh Tâm – Lớp Chồi 1"],
    1251: ["Tổ chuyên môn khối Mầm"],
    1281: ["Theo Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ"],
    1268: ["Cô Võ Thị Ngọc Trâm – Nhân viên dinh dưỡng"],
    1245: ["Thầy Huỳnh Quốc Bảo – Chuyên viên tư vấn tâm lý"],
}

PAGE_TWO_ONLY = {
    "/bai-viet/truong-co-4-giao-vien-dat-giai-hoi-thi-giao-vien-day-gioi-cap-quan-1232",
    "/bai-viet/be-khoi-la-lam-thiep-tang-ba-tang-me-nhan-ngay-phu-nu-viet-nam-20-10-1238",
}

_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|svg|webp)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _gold_by_id(record: dict) -> int:
    return int(record["path"].rsplit("-", 1)[1])


def _plain(page: str) -> str:
    """The page's text: tags to spaces, references decoded, whitespace collapsed, NFC."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<style\b.*?</style>", " ", page, flags=re.S | re.I)
    stripped = re.sub(r"<[^>]+>", " ", page)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", html.unescape(stripped).replace("\xa0", " ")))


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _STATIC.search(parts.path):
            continue
        out.append(target)
    return out


def _crawl(server: PortalServer, limit: int = 200) -> tuple[dict[str, list[str]], int]:
    """Breadth-first from START_PATH over links only; returns target -> parents and the count."""
    seen: dict[str, list[str]] = {portal.START_PATH: []}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and fetched < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, server.url(target)):
            if link not in seen:
                seen[link] = [target]
                queue.append(link)
            else:
                seen[link].append(target)
    return seen, fetched


def test_module_shape():
    assert portal.NAME == "aspnet_core_vendor_cms_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert {g["category"] for g in portal.GOLD} == {"Tin tức", "Hoạt động của bé", "Góc phụ huynh"}
    for g in portal.GOLD:
        assert g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_gold_page_answers_with_its_fields(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = _plain(body)
    assert record["title"] in text
    # the headline element holds the title first (then chip/badge for the main template)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    assert _plain(h1).strip().startswith(record["title"])
    # title is printed through Razor's HtmlEncoder: never as raw non-ASCII inside <title>
    title_el = re.search(r"<title>(.*?)</title>", body, re.S).group(1)
    assert title_el.isascii()
    for para in record["body"].split("\n\n"):
        assert para in text, para[:60]
    if record["summary"]:
        assert record["summary"] in text
    for img in record["images"]:
        assert f'"{img["path"]}"' in body, img["path"]
        if img["caption"]:
            assert img["caption"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    assert f'rel="canonical" href="{server.base_url}{record["canonical_path"]}"' in body
    printed, utc = PRINTED_DATES[_gold_by_id(record)]
    assert printed in text
    if utc:
        assert f'datetime="{utc}"' in body
    for line in PRINTED_LINES.get(_gold_by_id(record), []):
        assert line in text, line


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"][-4:])
def test_alt_paths_serve_the_same_article(server, record):
    _, canonical_body, _ = fetch(server, record["path"])
    for alt in record.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'href="{server.base_url}{record["canonical_path"]}"' in body
        assert record["title"] in _plain(body)
        assert re.search(r'id="noi-dung".*', body, re.S).group(0)[:2000] == re.search(
            r'id="noi-dung".*', canonical_body, re.S
        ).group(0)[:2000]


def test_everything_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
        for alt in record.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_page_two_articles_only_on_page_two(server):
    seen, _ = _crawl(server)
    for path in PAGE_TWO_ONLY:
        parents = set(seen[path]) - {path}  # its own canonical link aside
        assert parents and all("?p=2" in p for p in parents), (path, parents)
    for cat in ("/tin-tuc", "/hoat-dong-cua-be"):
        _, body, _ = fetch(server, cat)
        assert 'href="?p=2"' in body
        assert f'data-endpoint="/api/posts?category={cat[1:]}&amp;page=2"' in body
        assert not any(p in body for p in PAGE_TWO_ONLY)


def test_json_endpoint_lists_page_two(server):
    status, body, headers = fetch(server, "/api/posts?category=tin-tuc&page=2")
    assert status == 200
    assert headers["Content-Type"].startswith("application/json")
    assert body.isascii() and "\\u003C" in body  # System.Text.Json's escaping
    data = json.loads(body)
    assert data["hasMore"] is False
    assert "/bai-viet/truong-co-4-giao-vien-dat-giai-hoi-thi-giao-vien-day-gioi-cap-quan-1232" in data["html"]
    status, body, _ = fetch(server, "/api/posts?category=hoat-dong-cua-be&page=1")
    assert json.loads(body)["hasMore"] is True


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_menu_pager_is_bounded(server):
    _, w49, _ = fetch(server, "/thuc-don/tuan-49-2026")
    assert 'href="/thuc-don/tuan-48-2026"' in w49 and "tuan-50-2026" not in w49
    _, w48, _ = fetch(server, "/thuc-don/tuan-48-2026")
    assert "tuan-47-2026" not in w48


@pytest.mark.parametrize(
    "path",
    [
        "/khong-co-trang-nay",
        "/bai-viet/khong-ton-tai-99999",
        "/bai-viet/khong-co-id",
        "/BaiViet/Detail?id=42",
        "/thuc-don/tuan-50-2026",
        "/thu-vien-anh/khong-co",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_old_slug_is_not_redirected(server):
    status, _, headers = fetch(server, "/bai-viet/be-lam-kinh-van-hoa-1265")
    assert status == 200 and "Location" not in headers


def test_images_are_served(server):
    for record in portal.GOLD:
        for img in record["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
