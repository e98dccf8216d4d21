"""Self-checks of the Yên Thành JSP vendor-portal fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vanban_pgd_portal as portal
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
ROOT = portal.ROOT


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
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], skip=lambda t: False, limit: int = 400):
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen and not skip(href):
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_of(body: str) -> str:
    return body.split('<div class="news-content">', 1)[1].split('<div class="news-author"', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g[
            "path"
        ]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and collapse(value.replace("\n\n", " ")) == value.replace(
                "\n\n", " "
            )
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("BBT", "admin")
            assert "–" not in name and "THCS" not in name and not name.startswith("ThS")
        assert g["alt_paths"] == [
            g["path"].replace(
                f"/{next(k for k, v in portal.CATEGORIES.items() if v == g['category'])}/", "/"
            )
        ]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert "Xem chi tiết" not in "".join(g["body"] for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    for target in (gold["path"], *gold["alt_paths"]):
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h1 class="news-title">{_html.escape(gold["title"])}</h1>' in body
        assert 'rel="canonical"' not in body
        assert portal.CLOCK in body
        assert (
            f'<li><a href="{ROOT}/tin-tuc/' in body
            and f">{_html.escape(gold['category'])}</a></li></ol>" in body
        )
    story = portal.BY_ID[int(gold["path"].rsplit("-", 1)[1][:-5])]
    info = body.split('<div class="news-info">', 1)[1].split("</div>", 1)[0]
    if "T" in gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        hhmm = gold["published_at"][11:16]
        assert f"{d}/{m}/{y} {hhmm}" in info
    else:
        assert "Ngày 06 tháng 7 năm 2026" in info
    content = content_of(body)
    text = shown_text(content)
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"]:
            assert f'<div class="news-sapo">{_html.escape(para)}</div>' in body
            continue
        for cell in para.split(" | "):
            assert cell in text, para
    if not gold["summary"]:
        assert '<div class="news-sapo"></div>' in body
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    author_box = body.split('<div class="news-author"', 1)[1].split("</div>", 1)[0]
    for line in story.opts["byline"]:
        assert _html.escape(line) in author_box
    for name in gold["authors"]:
        assert _html.escape(name) in author_box or _html.escape(name) in content
    if gold["source"]:
        assert f"Nguồn: {_html.escape(gold['source'])}" in author_box
    assert "Tin cùng chuyên mục" in body and "Gửi email" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="news-detail"' not in body and 'class="news-title"' not in body, path
        assert "Bạn chưa có đủ quyền truy nhập portlet này." in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_good_deeds_only_behind_page_two(server):
    """The "Gương người tốt việc tốt" articles are reached only through ?page=2 of the news list."""
    hidden = [g["path"] for g in portal.GOLD if g["category"] == "Gương người tốt việc tốt"]
    assert len(hidden) == 3
    seen = walk(server, [portal.START_PATH], skip=lambda t: "page=2" in t)
    assert not set(hidden) & seen
    _, page1, _ = fetch(server, f"{ROOT}/tin-tuc.html")
    _, page2, _ = fetch(server, f"{ROOT}/tin-tuc.html?page=2")
    assert f'href="{ROOT}/tin-tuc.html?page=2"' in page1
    for path in hidden:
        assert path not in page1 and path in page2
    assert page1.count('class="media news-item"') == 10
    assert fetch(server, f"{ROOT}/tin-tuc.html?page=3")[0] == 404
    _, home, _ = fetch(server, portal.START_PATH)
    assert "guong-nguoi-tot-viec-tot" not in home


def test_home_slider_links_category_less_twins(server):
    _, home, _ = fetch(server, portal.START_PATH)
    slider = home.split('id="slider-noibat"', 1)[1].split('<div class="col-md-5">', 1)[0]
    twins = re.findall(r'href="(/yenthanh/tin-tuc/[^"/]+\.html)"', slider)
    assert len(set(twins)) == 4
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert set(twins) <= alts
    assert "Xem thêm" in home and f'href="{ROOT}/tin-tuc.html"' in home
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == f"{ROOT}/"


def test_wrong_category_and_unknown_paths_are_404(server):
    g = portal.GOLD[0]
    assert fetch(server, g["path"].replace("tin-hoat-dong-nganh", "thong-bao"))[0] == 404
    assert fetch(server, f"{ROOT}/tin-tuc/khong-co-bai-nay-9999.html")[0] == 404
    assert fetch(server, f"{ROOT}/van-ban/9999.html")[0] == 404
    assert fetch(server, f"{ROOT}/van-ban.html?page=4")[0] == 404
    assert fetch(server, f"{ROOT}/tin-tuc/thong-bao.html?page=2")[0] == 404


def test_week_chain_is_finite(server):
    for week in range(44, 49):
        status, body, _ = fetch(server, f"{ROOT}/lich-cong-tac/tuan-{week}-2026.html")
        assert status == 200
        assert ("Tuần trước" in body) == (week > 44)
        assert ("Tuần sau" in body) == (week < 48)
    for week in (43, 49, 1):
        assert fetch(server, f"{ROOT}/lich-cong-tac/tuan-{week}-2026.html")[0] == 404
    _, body, _ = fetch(server, f"{ROOT}/lich-cong-tac/tuan-48-2026.html")
    assert "Lịch công tác tuần 48 (từ 23/11 đến 29/11/2026)" in body
    _, body, _ = fetch(server, f"{ROOT}/lich-cong-tac/tuan-44-2026.html")
    assert "(từ 26/10 đến 01/11/2026)" in body
    seen = walk(
        server, [f"{ROOT}/lich-cong-tac/tuan-48-2026.html"], skip=lambda t: "lich-cong-tac" not in t
    )
    assert {t for t in seen if "lich-cong-tac" in t} == {
        f"{ROOT}/lich-cong-tac/tuan-{w}-2026.html" for w in range(44, 49)
    }


def test_announcements_link_their_document(server):
    short = [s for s in portal.STORIES if s.opts.get("doc")]
    assert len(short) == 3
    for story in short:
        _, body, _ = fetch(server, portal.cat_path(story))
        href = f"{ROOT}/van-ban/{story.opts['doc']}.html"
        assert f'<a href="{href}"><strong>Xem chi tiết văn bản tại đây</strong></a>' in content_of(
            body
        )
        assert len([b for b in story.blocks if isinstance(b, portal.P)]) <= 3
        status, doc, _ = fetch(server, href)
        assert status == 200
        for head in (
            "Số ký hiệu",
            "Ngày ban hành",
            "Cơ quan ban hành",
            "Trích yếu",
            "Người ký",
            "Tệp đính kèm",
        ):
            assert re.search(rf"<th[^>]*>{head}</th>", doc), head
        pdf = re.search(r'href="(/yenthanh/van-ban/tai-ve/[^"]+\.pdf)"', doc).group(1)
        status, _, headers = fetch(server, pdf)
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_document_list_has_three_pages(server):
    for page in (1, 2, 3):
        status, body, _ = fetch(server, f"{ROOT}/van-ban.html?page={page}")
        assert status == 200 and "<th>Trích yếu</th>" in body
    assert "»</a>" in body and "«</a>" in body


def test_procedure_and_qa_pages_are_structured(server):
    _, body, _ = fetch(server, f"{ROOT}/thu-tuc-hanh-chinh/112.html")
    for head in ("Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ"):
        assert f">{head}</th>" in body
    _, body, _ = fetch(server, f"{ROOT}/hoi-dap/87.html")
    assert "<strong>Câu hỏi:</strong>" in body and "<strong>Trả lời:</strong>" in body


def test_chrome(server):
    _, body, _ = fetch(server, portal.START_PATH)
    for needle in (
        "UBND HUYỆN YÊN THÀNH",
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        "quoc-huy.png",
        "Đang truy cập: <b>12</b>",
        "Hôm nay: <b>530</b>",
        "Tổng lượt: <b>1.204.311</b>",
        "Cơ quan chủ quản: UBND huyện Yên Thành",
        "Bạn chưa có đủ quyền truy nhập portlet này.",
        "Văn bản mới",
    ):
        assert needle in body, needle


def test_caption_forms(server):
    forms = {img.style for s in portal.STORIES for img in s.images}
    assert forms == {"center", "tbl", "bare"}
    _, body, _ = fetch(server, portal.cat_path(portal.BY_ID[2461]))
    assert '<span style="font-size:12px"><em>Ảnh minh họa</em></span>' in body
    _, body, _ = fetch(server, portal.cat_path(portal.BY_ID[2470]))
    assert 'class="tblImage"' in body and "Thanh Hương – THCS Bạch Liêu" in content_of(body)
    _, body, _ = fetch(server, portal.cat_path(portal.BY_ID[2478]))
    assert content_of(body).count("<tr>") == 9
