"""Self-checks of the numbered_sections_tct fixture (Trường Chính trị tỉnh Gia Lai) against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import numbered_sections_tct as portal
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
BLOCK_TAGS = re.compile(r"<(?!/?(?:a|sup|strong|em|span|b|i)\b)[^>]*>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.base_url + page, href)
        if not absolute.startswith(server.base_url + "/"):
            continue
        target = absolute[len(server.base_url) :].split("#")[0]
        if urlsplit(target).path.endswith(ASSETS):
            continue
        out.append(target)
    return out


def walk(server: PortalServer, start: str, skip=lambda t: False, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, target, body):
            if href not in seen and not skip(href):
                seen.add(href)
                queue.append(href)
    return seen


def content_box(body: str) -> str:
    return body.split('class="noidung-tin"', 1)[1].split('<div class="chan-bai-viet">', 1)[0]


def shown(markup: str) -> str:
    """The text a reader sees: block tags to spaces, inline tags dropped, NFC, collapsed."""
    flat = re.sub(r"<[^>]+>", "", BLOCK_TAGS.sub(" ", markup))
    return collapse(unicodedata.normalize("NFC", _html.unescape(flat)))


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
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.")) and " - " not in name
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 40, g["path"]
        assert g["alt_paths"] == [
            g["path"]
            + "?p_l_back_url="
            + "%2Fweb%2Ftruong-chinh-tri%2F"
            + portal.BY_ID[int(g["path"].rsplit("-", 1)[1])].cat
        ]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    long_docs = [g for g in portal.GOLD if len(g["body"].split("\n\n")) >= 15]
    assert len(long_docs) >= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert (
        f'class="tieude-tin" id="{portal.PORTLET}:j_idt45:lblTieuDe">{_html.escape(gold["title"])}</h1>'
        in body
    )
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    day, clock = gold["published_at"][:10], gold["published_at"][11:16]
    y, m, d = day.split("-")
    assert (f"Ngày đăng: {d}/{m}/{y} {clock}" in body) != (
        f"Cập nhật lúc {clock} ngày {d}/{m}/{y}" in body
    )
    assert portal.HEADER_TODAY in body
    assert f"<span>{_html.escape(gold['category'])}</a>" not in body
    crumb = body.split('class="breadcrumb"', 1)[1].split("</div>", 1)[0]
    assert crumb.rstrip().endswith(f">{_html.escape(gold['category'])}</a>")
    box = content_box(body)
    article = body.split('class="chitiet-tin', 1)[1].split('<div class="chan-bai-viet">', 1)[0]
    text = shown(article)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    if gold["summary"]:
        assert gold["summary"] in shown(body)
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in box
        if img["caption"]:
            assert f"<em>{_html.escape(img['caption'])}</em>" in box
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in _html.unescape(box)
    if gold["source"]:
        assert gold["source"] in box


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_twin_url_serves_the_same_article(server, gold):
    (twin,) = gold["alt_paths"]
    status, body, _ = fetch(server, twin)
    assert status == 200
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
    assert _html.escape(gold["title"]) in body
    assert fetch(server, gold["path"] + "?utm_source=x")[0] == 404


def test_widgets_inside_the_content_box_are_not_body(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        box = body.split('class="noidung-tin"', 1)[1].split('<input type="hidden"', 1)[0]
        for widget in (
            "TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI",
            "Địa chỉ: 29 Phạm Văn Đồng, TP. Pleiku",
            "Điện thoại: 0269.3824 112",
            "Email: truongchinhtri@gialai.gov.vn",
            "Website: truongchinhtri.gialai.gov.vn",
            'Đánh giá bài viết: <span class="ui-rating">☆☆☆☆☆</span> (0 lượt)',
            "Lượt xem: ",
        ):
            assert widget in box, (g["path"], widget)
            assert widget not in g["body"]
        assert (
            "Tin cùng chuyên mục" in body and "Bạn chưa có đủ quyền truy nhập portlet này." in body
        )
        assert (
            "Đang online: <span>7</span>" in body and "Đã truy cập: <span>1.245.678</span>" in body
        )


def test_long_documents_structure(server):
    g = next(g for g in portal.GOLD if portal.S_DECUONG in g["path"])
    _, body, _ = fetch(server, g["path"])
    box = content_box(body)
    assert "Mục lục" in box and "[Ẩn]" in box and 'href="#muc-1"' in box and 'id="muc-4"' in box
    assert "Mục lục" not in g["body"] and "[Ẩn]" not in g["body"]
    assert "-----------------------------" in box and "---" not in g["body"]
    after = box.split("-----------------------------", 1)[1]
    assert "IV. TỔ CHỨC TUYÊN TRUYỀN" in after and "<ul>" in after
    assert "IV. TỔ CHỨC TUYÊN TRUYỀN" in g["body"]
    assert "Chỉ tiêu | Nghị quyết đề ra | Kết quả thực hiện" in g["body"] and "<table" in box
    g = next(g for g in portal.GOLD if portal.S_KEHOACH97 in g["path"])
    _, body, _ = fetch(server, g["path"])
    box = content_box(body)
    assert "* * *" in box and "* * *" not in g["body"]
    for head in ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "1. Về chương trình", "a) Tổ chức"):
        assert head in g["body"]
    assert g["body"].endswith("nghiêm túc triển khai thực hiện.")


def test_footnotes_are_last_paragraphs_and_marks_stay(server):
    g = next(g for g in portal.GOLD if portal.S_GIALANG in g["path"])
    paras = g["body"].split("\n\n")
    assert [p[:3] for p in paras[-3:]] == ["[1]", "[2]", "[3]"]
    assert paras[-3].startswith("[1] Văn kiện Đại hội")
    assert "lần thứ XIII[1] của Đảng" in paras[0]
    _, body, _ = fetch(server, g["path"])
    box = content_box(body)
    assert 'name="_ftnref1"' in box and 'name="_ftn1"' in box
    assert "ThS. Rơ Chăm H'Yim - Giảng viên Khoa Lý luận cơ sở" in box
    assert "Giảng viên Khoa" not in g["body"]
    g = next(g for g in portal.GOLD if portal.S_CHATLUONG in g["path"])
    _, body, _ = fetch(server, g["path"])
    assert (
        "TS. Nguyễn Thị Thanh Hương</strong><br />" in body and "Phó Hiệu trưởng" not in g["body"]
    )


def test_br_makes_two_paragraphs(server):
    g = next(g for g in portal.GOLD if portal.S_BONGCHUYEN in g["path"])
    assert "- Giải Nhất: Đội Khoa Lý luận cơ sở;\n\n- Giải Nhì" in g["body"]
    _, body, _ = fetch(server, g["path"])
    assert "Lý luận cơ sở;<br />" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tieude-tin"' not in body and "Đánh giá bài viết" not in body, path
    _, body, _ = fetch(server, f"{portal.SITE}/van-ban/-/vb-215")
    for label in ("Số hiệu", "Ngày ban hành", "Trích yếu", "125-KH/TCT"):
        assert label in body
    pdf = re.search(r'href="(/documents/[^"]+\.pdf)"', body).group(1)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert {g["path"], *g["alt_paths"]} & seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_news_only_on_page_two(server):
    oldest = portal.in_category("tin-tuc-su-kien")[-1]
    assert oldest.slug == portal.S_GVDG
    seen = walk(server, portal.START_PATH, skip=lambda t: "page=2" in t)
    assert not any(portal.S_GVDG in t for t in seen)
    status, body, _ = fetch(server, f"{portal.SITE}/tin-tuc-su-kien?page=2")
    assert status == 200 and f'href="{_html.escape(portal.twin_path(oldest))}"' in body
    status, body, _ = fetch(server, f"{portal.SITE}/tin-tuc-su-kien")
    assert body.count('class="ui-g-12 item-tin"') == portal.PER_PAGE
    assert '<a href="?page=2">2</a>' in body and '<a href="?page=2">Sau ›</a>' in body
    assert portal.S_GVDG not in body
    assert fetch(server, f"{portal.SITE}/tin-tuc-su-kien?page=3")[0] == 404


def test_home_and_redirect(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.SITE
    status, body, _ = fetch(server, portal.SITE)
    assert status == 200 and "Thứ Sáu, ngày 04 tháng 12 năm 2026" in body
    assert "?p_l_back_url" not in body


def test_unknown_pages_are_404(server):
    assert fetch(server, f"{portal.SITE}/khong-co")[0] == 404
    assert fetch(server, f"{portal.SITE}/-/khong-co-bai-9999")[0] == 404
    assert fetch(server, f"{portal.SITE}/van-ban/-/vb-1")[0] == 404
