"""Self-checks of the tool_leftovers_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import tool_leftovers_sgddt as portal
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
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


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
        out.append(href.split("#")[0])
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 300) -> dict[str, set[str]]:
    """Breadth-first over href links; for each target reached, the pages that link to it."""
    seen, queue = {s: set() for s in starts}, deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen[href] = set()
                queue.append(href)
            seen[href].add(target)
    return seen


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    text = collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))
    return re.sub(r" ([,;:)])", r"\1", text)


def content_box(body: str) -> str:
    if '<div class="ctn-bv">' in body:
        return body.split('<div class="ctn-bv">', 1)[1].split("</main>", 1)[0]
    return body.split('<div class="duongdan">', 1)[1].split("</main>", 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    assert len(set(GOLD_BY_PATH)) == len(portal.GOLD)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/tin-tuc/[a-z-]+/[a-z0-9-]+-\d+\.html", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet")
            assert "ThS." not in name and " - " not in name and "Phòng GDTrH" not in name
        for word in ("Cỡ chữ:", "Lượt xem:", "Chia sẻ:", "Bình luận (", "Tải về", "Xem thêm",
                     "Cập nhật lần cuối", "Quay lại", "Báo lỗi", "Đánh giá bài viết", "Nguồn:"):
            assert word not in g["body"], (g["path"], word)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    templates = [s.opts["tpl"] for s in portal.STORIES]
    assert abs(templates.count("old") - templates.count("new")) <= 1


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY in body
    box = content_box(body)
    text = page_text(box)
    assert gold["title"] in page_text(body.split("<title>", 1)[1])
    assert gold["title"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} | {gold['published_at'][11:16]}" in text
        assert '<h1 class="tieude-bv">' in box
    else:
        assert f"Ngày đăng: {d}-{m}-{y}" in text
        assert '<td class="tieude_bv"><h2>' in box
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    cat = _html.escape(gold["category"])
    assert f">{cat}</a></div>\n<table" in box or f">{cat}</a></li></ol>" in box
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in box
        if img["caption"]:
            tail = box.split(f'src="{img["path"]}"', 1)[1]
            cap = _html.escape(img["caption"])
            assert f"<em>{cap}</em>" in tail[:300] or f"<i>{cap}</i>" in tail[:300]
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="ctn-bv"' not in body and "tbl_ctn_bv" not in body, path
        assert "Ngày đăng:" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # the oldest "Tin giáo dục" post is linked only from page 2 of its listing
    oldest = portal.story_path(portal.BY_ID[6])
    assert seen[oldest] - {oldest, oldest + "?print=1"} == {"/tin-tuc/tin-giao-duc?page=2"}


def test_listing_pagination(server):
    status, body, _ = fetch(server, "/tin-tuc/tin-giao-duc")
    assert status == 200 and 'href="/tin-tuc/tin-giao-duc?page=2"' in body
    assert body.count('class="item-tin') == 5
    status, body, _ = fetch(server, "/tin-tuc/tin-giao-duc?page=2")
    assert status == 200 and body.count('class="item-tin') == 1
    assert portal.story_path(portal.BY_ID[6]) in body
    assert fetch(server, "/tin-tuc/tin-giao-duc?page=3")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co")[0] == 404


def test_tools_inside_the_content_box(server):
    """Every kind of tool leftover is printed inside some article's box, and not as body."""
    wanted = [
        "Cỡ chữ: A- A A+",
        "Gửi email | In bài viết | Lưu bài",
        "Lượt xem: 1.234",
        "Đánh giá bài viết: ★★★★☆ (12 lượt đánh giá)",
        "Chia sẻ:",
        "Bình luận (0)",
        "Tải về tệp đính kèm: KH-so-123.pdf",
        "Từ khóa: học sinh giỏi, Hà Tĩnh",
        "Tags:",
        "Xem thêm: Hội nghị tổng kết năm học 2025-2026",
        "Tin và ảnh Nguyễn Thị Mai",
        "Trần Văn Quang Phòng GDTrH",
        "Nguồn: Báo Hà Tĩnh",
        "Cập nhật lần cuối: 21/11/2026 15:02",
        "Quay lại | Đầu trang",
        "Báo lỗi bài viết",
        "Bài viết cùng chuyên mục",
    ]
    boxes = ""
    for g in portal.GOLD:
        boxes += " " + page_text(content_box(fetch(server, g["path"])[1]))
    for phrase in wanted:
        assert phrase in boxes, phrase
    # some tools sit inside the text element itself
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[13]))
    nd = body.split('<div class="nd-bv" id="noi-dung">', 1)[1].split('<div class="cong-cu cuoi">')[0]
    assert "Cỡ chữ:" in nd and "Đánh giá bài viết:" in nd and "Cập nhật lần cuối" in nd
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[1]))
    assert "<strong>Tin và ảnh<br>Nguyễn Thị Mai</strong>" in body
    assert "Thứ Tư, 02/12/2026 | 10:20" in body


def test_tool_words_in_real_sentences_are_body():
    bodies = " ".join(g["body"] for g in portal.GOLD)
    assert "Học sinh được hướng dẫn cách in bài viết và gửi email cho giáo viên." in bodies
    assert "Bài thi có cỡ chữ quy định 14." in bodies
    assert "Lượt xem và mượn sách" in bodies
    assert "Từ khóa của đợt bồi dưỡng" in bodies


def test_print_view_is_the_same_article(server):
    for g in portal.GOLD:
        story = portal.BY_ID[int(g["path"].rsplit("-", 1)[1][:-5])]
        status, body, _ = fetch(server, g["path"] + "?print=1")
        if story.opts["tpl"] == "old":
            assert g["alt_paths"] == [g["path"] + "?print=1"]
            assert status == 200
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
            text = page_text(body)
            assert g["title"] in text and g["body"].split("\n\n")[-1] in text
        else:
            assert "alt_paths" not in g and status == 404
    assert fetch(server, portal.GOLD[0]["path"] + "?utm_source=x")[0] == 404


def test_tag_and_static_pages(server):
    status, body, _ = fetch(server, "/tag/hoc-sinh-gioi")
    assert status == 200 and "Từ khóa: học sinh giỏi" in body
    assert portal.story_path(portal.BY_ID[1]) in body
    status, body, _ = fetch(server, "/lien-he")
    assert status == 200 and 'method="post"' in body
    status, body, _ = fetch(server, "/so-do-cong-thong-tin")
    assert status == 200 and "Sơ đồ cổng thông tin" in body
    status, _, headers = fetch(server, "/Uploads/files/KH-so-123.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_chrome(server):
    _, body, _ = fetch(server, "/")
    for phrase in ("Đang online", "Hôm nay", "Tổng truy cập", "Liên kết website", "<select",
                   "Thăm dò ý kiến", "0239 3855 246", portal.TODAY):
        assert phrase in body, phrase


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
    assert fetch(server, "/tag/khong-co")[0] == 404
    g = portal.GOLD[0]["path"]
    assert fetch(server, g.replace("tin-giao-duc", "hoat-dong-nganh"))[0] == 404
