"""Self-checks of the Sóc Trăng political-school subsite fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import tct_vnpt_sub_tct as portal
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


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(body: str) -> str:
    """The page's text as a reader sees it, collapsed."""
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(server: PortalServer, current: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.base_url + current, href)
        if not absolute.startswith(server.base_url + "/"):
            continue
        target = absolute[len(server.base_url) :]
        if urlsplit(target).path.lower().endswith(ASSETS):
            continue
        out.append(target)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, target, body):
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
        assert g["canonical_path"] == g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        values = [g["title"], g["body"], g["summary"] or "", g["source"] or ""]
        values += g["authors"] + g["photographers"] + [i["caption"] or "" for i in g["images"]]
        for value in values:
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) in ({"path", "caption"}, {"url", "caption"})
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "tct_quantri")
            assert not name.startswith(("ThS.", "TS.")) and "(" not in name
        assert set(g.get("alt_paths", [])).isdisjoint(paths)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = shown(body)
    assert gold["title"] in text
    assert portal.TODAY in text
    assert f"<title>{_html.escape(gold['title'])}" not in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        if "url" in img:
            assert f'src="{img["url"]}"' in body
        else:
            src = re.findall(r'<img[^>]*src="([^"]+)"', body)
            resolved = {urlsplit(urljoin(server.base_url + gold["path"], s)).path for s in src}
            assert img["path"] in resolved
            assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    crumb = re.search(r'class="(?:breadcrumb|duong-dan)"(.*?)</(?:ol|div)>', body, re.S).group(1)
    assert gold["category"] in _html.unescape(crumb)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = shown(body)
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="noidung"' not in body or "Cập nhật: 12/03/2026" in body, path
        text = shown(body)
        for g in portal.GOLD:
            assert g["body"].split("\n\n")[-1].split(" | ")[0] not in text, path
    # the document entry of the enrolment notice prints the very title of article 5858
    _, body, _ = fetch(server, "/truongchinhtri/van-ban/chi-tiet/431.html?lang=vi")
    assert portal.BY_ID[5858].title in shown(body) and "Số ký hiệu" in body


def test_breadth_first_walk_reaches_every_article_and_duplicate(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_activity_news_only_on_list_page_two(server):
    late = [portal.art_path(portal.BY_ID[i]) for i in (5812, 5803)]
    status, body, _ = fetch(server, "/truongchinhtri/tin-tuc/1021")
    assert status == 200 and 'href="?page=2"' in body
    assert all(p not in _html.unescape(body) for p in late)
    status, body, _ = fetch(server, "/truongchinhtri/tin-tuc/1021?page=2")
    assert status == 200 and all(p in _html.unescape(body) for p in late)
    status, body, _ = fetch(server, "/truongchinhtri/tin-tuc/1021?page=3")
    assert status == 200 and "Không có dữ liệu" in body
    for story in portal.STORIES:
        if story.id in (5812, 5803):
            continue
        _, page, _ = fetch(server, portal.art_path(story))
        assert all(p not in _html.unescape(page) for p in late), story.id
    for target in (portal.START_PATH, "/"):
        assert all(p not in _html.unescape(fetch(server, target)[1]) for p in late)


def test_guong_dien_hinh_only_through_banner_and_home_box(server):
    _, body, _ = fetch(server, portal.START_PATH)
    menu = body.split('<div class="subsite-menu">', 1)[1].split("</div>", 1)[0]
    assert "/tin-tuc/1024" not in menu
    assert re.search(r'<a href="/truongchinhtri/tin-tuc/1024"><img', body)


def test_chrome_traps(server):
    g = portal.GOLD[0]
    _, body, _ = fetch(server, g["path"])
    assert "<title>Trường Chính trị tỉnh Sóc Trăng - Cổng TTĐT tỉnh Sóc Trăng</title>" in body
    assert body.count("<h1") == 1 and "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG" in body
    assert "Đang online" in body and "Tổng truy cập" in body and "Văn bản mới" in body
    assert "<select" in body and "Liên kết website" in body
    assert f'og:url" content="{server.base_url}{g["path"]}"' in body


def test_date_line_traps(server):
    cases = {
        5855: ("01/12/2026 2:30 CH", "2026-12-01T14:30:00+07:00"),
        5810: ("05/11/2026 8:05 SA", "2026-11-05T08:05:00+07:00"),
        5849: ("Ngày đăng: 27/11/2026 | Cập nhật: 03/12/2026 09:12", "2026-11-27"),
        5846: ("Thứ Tư, 25/11/2026 - 15:20", "2026-11-25T15:20:00+07:00"),
        5814: ("Chủ Nhật, 08/11/2026", "2026-11-08"),
    }
    gold = {g["path"]: g for g in portal.GOLD}
    for sid, (printed, want) in cases.items():
        path = portal.art_path(portal.BY_ID[sid])
        assert printed in shown(fetch(server, path)[1])
        assert gold[path]["published_at"] == want


def test_body_boundary_traps(server):
    gold = {g["path"]: g for g in portal.GOLD}
    path = portal.art_path(portal.BY_ID[5838])
    _, body, _ = fetch(server, path)
    g = gold[path]
    content = body.split('id="noidung">', 1)[1].split('<div class="tool-detail">', 1)[0]
    assert 'class="tinlienquan"' in content and "Tin liên quan" not in g["body"]
    assert '<div class="news-sapo">&nbsp;</div>' in body and g["summary"] is None
    assert 'class="sub-title">CHÀO MỪNG' in body and "CHÀO MỪNG" not in g["title"]
    # image tables: the caption cell is a caption, not a row
    path = portal.art_path(portal.BY_ID[5861])
    _, body, _ = fetch(server, path)
    assert body.count('class="image_desc"') == 2
    assert all(i["caption"] not in gold[path]["body"] for i in gold[path]["images"])
    # a real data table's rows are body paragraphs
    assert "STT | Họ và tên | Đơn vị công tác | Điểm TB" in gold[portal.art_path(portal.BY_ID[5829])]["body"]
    # <br> splits a paragraph
    path = portal.art_path(portal.BY_ID[5812])
    _, body, _ = fetch(server, path)
    assert "Khóa XIV;<br />" not in body and "Tỉnh ủy Sóc Trăng;<br />" in body
    assert "Chuyên đề 2" in gold[path]["body"].split("\n\n")[3]


def test_byline_and_image_traps(server):
    gold = {g["path"]: g for g in portal.GOLD}

    def page_of(sid: int) -> tuple[dict, str]:
        path = portal.art_path(portal.BY_ID[sid])
        return gold[path], shown(fetch(server, path)[1])

    g, text = page_of(5858)
    assert "Người đăng: tct_quantri" in text and g["authors"] == ["Phòng Đào tạo"]
    g, text = page_of(5812)
    assert "BBT" in text and g["authors"] == []
    g, text = page_of(5814)
    assert "Ngọc Hân (tổng hợp)" in text and "Ảnh: Internet" in text
    assert g["authors"] == ["Ngọc Hân"] and g["photographers"] == []
    g, text = page_of(5826)
    assert "ThS. Trần Quốc Việt - Khoa Nhà nước và pháp luật" in text and g["authors"] == ["Trần Quốc Việt"]
    g, text = page_of(5803)
    assert g["photographers"] == ["Minh Trí"] and all("(Ảnh: Minh Trí)" in i["caption"] for i in g["images"])
    path = portal.art_path(portal.BY_ID[5803])
    assert 'src="../../../../Uploads/truongchinhtri/2026/10/ben-tre-1.jpg"' in fetch(server, path)[1]
    assert g["images"][0]["path"] == "/Uploads/truongchinhtri/2026/10/ben-tre-1.jpg"
    g, _ = page_of(5849)
    assert g["images"][0]["url"].startswith("https://www.thst.vn/")
    assert g["source"] == "Đài Phát thanh và Truyền hình Sóc Trăng"
    g, _ = page_of(5829)
    assert g["title"].isupper() and g["photographers"] == ["Phòng Tổ chức - Hành chính"]


def test_other_agency_pages_are_not_school_news(server):
    _, body, _ = fetch(server, "/")
    assert 'href="/sonoivu/gioi-thieu.html?lang=vi"' in body
    assert f'href="{portal.BARE_5855}"' in body
    status, body, _ = fetch(server, "/sonoivu/gioi-thieu.html?lang=vi")
    assert status == 200 and "Giới thiệu Sở Nội vụ" in body
    assert fetch(server, "/khongco/gioi-thieu.html?lang=vi")[0] == 404
    assert fetch(server, "/truongchinhtri/tin-tuc/chi-tiet/9999/x.html?lang=vi")[0] == 404
    assert fetch(server, "/truongchinhtri/tin-tuc/9999")[0] == 404
