"""Self-checks of the collapsed-text PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import collapsed_text_pgd as portal
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
TAIL = '<div class="tin-lienquan'


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The page's text with tags removed (hidden parts included), collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content(body: str) -> str:
    """The ``noidung-chitiet`` block of an article page."""
    return body.split('<div class="noidung-chitiet">', 1)[1].split('<div class="modal fade"', 1)[0]


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


def walk(server: PortalServer, starts: list[str], limit: int = 300) -> set[str]:
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


def gold(story_id: int) -> dict:
    return next(g for g in portal.GOLD if g["path"].endswith(f"-{story_id}"))


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"])
        values = (g["title"], g["body"], g["summary"] or "", g["source"] or "")
        for value in (*values, *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 16, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/Uploads/Images/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.")) and "–" not in name and " - " not in name
        for junk in ("Xem thêm", "Đọc tiếp", "In từ website", "Mã bảo vệ", "Chia sẻ", "Tin:"):
            assert junk not in g["body"], (g["path"], junk)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_prints_its_fields(server, g):
    status, body, _ = fetch(server, g["path"])
    assert status == 200
    assert f'<h1 class="tieude-chitiet">{_html.escape(g["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}">' in body
    day, clock = g["published_at"][:10], g["published_at"][11:16]
    y, m, d = day.split("-")
    assert f"Ngày đăng: {d}/{m}/{y} {clock}</span>" in body
    assert portal.HEADER_TODAY in body
    assert (
        f'<li class="breadcrumb-item active" aria-current="page">{_html.escape(g["category"])}</li>'
        in body
    )
    page_text = shown(body.split(TAIL, 1)[0])
    article_text = shown(content(body))
    for para in g["body"].split("\n\n"):
        cells = para.replace(" | ", " ")  # a table row: its cells side by side
        assert cells in page_text, para
        if para != g["summary"]:
            assert cells in article_text, para
    if g["summary"]:
        assert f'<div class="sapo mb-3"><strong>{_html.escape(g["summary"], quote=False)}' in body
    for img in g["images"]:
        assert f'src="{img["path"]}"' in content(body)
        if img["caption"]:
            cap = _html.escape(img["caption"])
            assert "<figcaption" in content(body) or f"<em>{cap}</em>" in content(body)
            assert cap in content(body)
    for name in g["authors"] + g["photographers"]:
        assert name in article_text
    if g["source"]:
        assert f"(Theo {g['source']})" in article_text


def test_hidden_junk_on_every_article_is_not_body(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        box = body.split('<div class="box-chitiet">', 1)[1].split(TAIL, 1)[0]
        assert (
            '<div class="d-none d-print-block in-header">Phòng GD&amp;ĐT thành phố Phủ Lý – In từ website</div>'
            in box
        )
        assert '<span class="sr-only">Chia sẻ</span>' in box
        modal = box.split('<div class="modal fade" id="modalGuiEmail"', 1)[1]
        assert _html.escape(g["title"]) in modal  # the popup repeats the title
        assert '<div class="binh-luan d-none" id="frmBinhLuan">' in box
        assert '<div class="ma-bao-ve" style="display:none"><label>Mã bảo vệ</label>' in box
        assert "/Captcha/Image?k=" in box
        assert not any("Captcha" in img["path"] for img in g["images"])


def test_xem_them_collapse_holds_body_text(server):
    for sid in (1238, 1228, 1239):
        g = gold(sid)
        _, body, _ = fetch(server, g["path"])
        art = content(body)
        assert "Xem thêm ▼</button>" in art and 'data-target="#xemThem1"' in art
        hidden = art.split('<div class="noidung-an collapse" id="xemThem1">', 1)[1]
        hidden_text = shown(hidden.split('</div>\n<p style="text-align: right;"', 1)[0])
        paras = g["body"].split("\n\n")
        # the second half of the post is inside the collapsed div, and it is in the gold
        assert paras[-1] in hidden_text and paras[-2] in hidden_text
        visible = shown(art.split('<div class="text-center my-3">', 1)[0])
        assert paras[-1] not in visible
    # a photo inside the hidden part is an article photo
    g = gold(1239)
    hidden = content(fetch(server, g["path"])[1]).split('id="xemThem1">', 1)[1]
    assert g["images"][1]["path"] in hidden


def test_doc_tiep_display_none_holds_body_text(server):
    g = gold(1224)
    _, body, _ = fetch(server, g["path"])
    art = content(body)
    assert 'id="lnkDocTiep"' in art and "Đọc tiếp »" in art
    hidden = art.split('<div id="phanTiep" style="display:none">', 1)[1].split("</div>", 1)[0]
    paras = g["body"].split("\n\n")
    assert all(p in shown(hidden) for p in paras[-3:])
    assert "function hienPhanTiep()" in body
    assert g["source"] == "Báo Hà Nam"


def test_accordion_headings_and_texts_are_body(server):
    g = gold(1241)
    _, body, _ = fetch(server, g["path"])
    art = content(body)
    heads = re.findall(r'aria-controls="collapse\d">([^<]+)</button>', art)
    assert heads == ["1. Mục đích", "2. Yêu cầu", "3. Thời gian, địa điểm", "4. Tổ chức thực hiện"]
    paras = g["body"].split("\n\n")
    idx = [paras.index(h) for h in heads]
    assert idx == sorted(idx) and idx[0] == 1
    assert art.count('class="collapse"') == 4 and "collapse show" not in art
    assert "Cụm 3: ngày 15/12/2026 tại Trường THCS Liêm Chính." in paras
    assert g["authors"] == ["Tổ THCS"]


def test_details_summary_then_rows(server):
    g = gold(1243)
    _, body, _ = fetch(server, g["path"])
    art = content(body)
    assert "<details" in art and "</details>" in art
    assert "<summary><strong>Phụ lục: Danh sách học sinh đạt giải Nhất</strong></summary>" in art
    paras = g["body"].split("\n\n")
    i = paras.index("Phụ lục: Danh sách học sinh đạt giải Nhất")
    assert paras[i + 1] == "TT | Họ và tên | Lớp | Trường | Giải"
    assert paras[-1] == "8 | Ngô Đức Trí | 5C | TH Lê Hồng Phong | Nhất"
    assert "<th>Họ và tên</th>" in art


def test_tabs_keep_text_drop_attachments(server):
    g = gold(1235)
    _, body, _ = fetch(server, g["path"])
    art = content(body)
    visible = art.split('id="noidung"', 1)[1].split('<div class="tab-pane fade" id="tailieu"', 1)[0]
    files = art.split('<div class="tab-pane fade" id="tailieu"', 1)[1]
    for para in g["body"].split("\n\n"):
        assert para.replace(" | ", " ") in shown(visible)
    for fname, label in portal.ATTACHMENTS:
        assert f'href="/Uploads/Files/{fname}"' in files
        assert label not in g["body"]
        status, _, headers = fetch(server, f"/Uploads/Files/{fname}")
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert "Nội dung" not in g["body"].split("\n\n") and "Tài liệu đính kèm" not in g["body"]
    # the <br> paragraph is two paragraphs
    assert "<br />" in visible
    paras = g["body"].split("\n\n")
    i = paras.index("Thời gian: từ ngày 23/11/2026 đến ngày 25/12/2026.")
    assert paras[i + 1] == "Lịch kiểm tra cụ thể từng đơn vị tại Phụ lục 1 kèm theo."


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body and 'class="tieude-chitiet"' not in body, path
        assert portal.HEADER_TODAY in body


def test_faq_answers_are_collapsed(server):
    _, body, _ = fetch(server, "/hoi-dap")
    assert body.count('class="collapse" data-parent="#accordionHoiDap"') == len(portal.FAQ)
    assert "Trả lời:" in body and 'class="noidung-chitiet"' not in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_news_only_on_listing_page_two(server):
    oldest = gold(1202)["path"]
    _, page2, _ = fetch(server, "/chuyen-muc/tin-tuc?p=2")
    assert f'href="{oldest}"' in page2
    others = ["/", "/chuyen-muc/tin-tuc", "/chuyen-muc/tin-tuc?p=1"]
    others += [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES[1:]
    for target in others:
        status, body, _ = fetch(server, target)
        assert status == 200
        if target != oldest:
            assert oldest not in body, target
    _, page1, _ = fetch(server, "/chuyen-muc/tin-tuc")
    assert page1.count('class="media tin-item') == portal.PER_PAGE
    assert 'href="/chuyen-muc/tin-tuc?p=2"' in page1
    assert fetch(server, "/chuyen-muc/tin-tuc?p=3")[0] == 404
    assert fetch(server, "/chuyen-muc/tin-tuc?p=abc")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404


def test_wrong_slug_redirects_and_unknown_404(server):
    g = gold(1231)
    status, _, headers = fetch(server, "/tin-tuc/bai-viet-1231")
    assert status == 301 and headers["Location"].endswith(g["path"])
    assert fetch(server, "/tin-tuc/khong-co-bai-9999")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404


def test_credits_as_printed(server):
    cases = {
        1245: "Tin: Trần Thu Hà - Ảnh: Nguyễn Đức Mạnh",
        1209: "Nguyễn Thị Hồng Nhung – Tổ Văn phòng",
        1202: "Tin: ThS. Lê Minh Tuấn - Ảnh: Hoàng Anh",
        1217: "Ảnh: Internet",
        1239: "Tin, ảnh: Minh Châu",
    }
    for sid, line in cases.items():
        g = gold(sid)
        art = content(fetch(server, g["path"])[1])
        assert line in shown(art)
        assert line not in g["body"]
    assert gold(1217)["authors"] == [] and gold(1217)["photographers"] == []
    assert gold(1202)["authors"] == ["Lê Minh Tuấn"]
    assert gold(1209)["authors"] == ["Nguyễn Thị Hồng Nhung"]
