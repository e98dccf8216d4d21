"""Self-checks of the php_nghiencuu_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_nghiencuu_tct as portal
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
INLINE = re.compile(r"</?(?:sup|strong|em|b|i|span|a|font)\b[^>]*>", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The page's text as a reader sees it: inline tags vanish, block tags break words."""
    text = re.sub(r"<[^>]+>", " ", INLINE.sub("", markup))
    return collapse(_html.unescape(text))


def links(page_target: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "http://", "https://", "mailto:")):
            continue
        absolute = urljoin("http://x" + page_target, href)
        parts = urlsplit(absolute)
        if parts.path.endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, starts: list[str], skip: set[str] = frozenset()) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < 400:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(target, body):
            if href not in seen and href not in skip:
                seen.add(href)
                queue.append(href)
    return seen


def story_of(gold: dict):
    return portal.BY_ID[int(re.search(r"id=(\d+)", gold["path"]).group(1))]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    essays = [g for g in portal.GOLD if story_of(g).cat in portal.ESSAY_CIDS]
    assert len(essays) >= 6
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        paras = g["body"].split("\n\n")
        for value in (g["title"], *paras, g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and collapse(value) == value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 25, g["path"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/upload/")
        for name in g["authors"] + g["photographers"]:
            assert name != "BBT" and not name.startswith(("ThS", "TS", "PGS", "Đại úy"))
            assert " - " not in name and "Khoa" not in name
        assert g["alt_paths"] == [
            g["path"].rsplit("&cid=", 1)[0],
            "/in.php?id=" + g["path"].split("id=")[1].split("&")[0],
        ]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for g in portal.GOLD:
        assert sum(x["category"] == g["category"] for x in portal.GOLD) >= 2


def article_text(server: PortalServer, gold: dict) -> str:
    """The text of the article's pages (both pages of the split essay)."""
    _, body, _ = fetch(server, gold["path"])
    texts = [body]
    if story_of(gold).opts.get("split"):
        status, second, _ = fetch(server, gold["path"] + "&trang=2")
        assert status == 200
        texts.append(second)
    return " ".join(shown(t) for t in texts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = story_of(gold)
    assert f'<h1 class="tieude">{_html.escape(gold["title"])}</h1>' in body
    assert portal.HEADER_TODAY in body and "Số lượt truy cập: 1.245.678 | Đang online: 12" in body
    assert f'<div class="ngaydang">{_html.escape(story.opts["date"])}' in body
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in story.opts["date"]
    if "T" in gold["published_at"]:
        assert f"Cập nhật lúc {gold['published_at'][11:16]} ngày" in story.opts["date"]
    crumb = body.split('<div class="duongdan">', 1)[1].split("</div>", 1)[0]
    assert crumb.endswith(f"<span>{_html.escape(gold['category'])}</span>")
    assert "Gửi cho bạn bè" in body and "In bài viết" in body and "Về đầu trang" in body
    assert "Các bài viết khác:" in body
    text = article_text(server, gold)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell[:60])
    for img in gold["images"]:
        assert f'src="{img["path"][1:]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    no_cid, printed = gold["alt_paths"]
    _, first, _ = fetch(server, gold["path"])
    status, body, _ = fetch(server, no_cid)
    assert status == 200 and body == first
    status, body, _ = fetch(server, printed)
    assert status == 200
    assert "cotphai" not in body and "Các bài viết khác" not in body and portal.HEADER_TODAY not in body
    text = shown(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="ngaydang"' not in body, path
    _, body, _ = fetch(server, "/index.php?option=gioithieu&muc=co-cau-to-chuc")
    assert "III. CÁC KHOA CHUYÊN MÔN" in body and "ThS. Nguyễn Thị Kim Oanh" in body
    assert 'href="in.php?muc=co-cau-to-chuc"' in body
    _, body, _ = fetch(server, "/index.php?option=vanban&id=57")
    for label in ("Số ký hiệu", "Ngày ban hành", "Trích yếu", "Tải về"):
        assert label in body
    pdf = re.search(r'href="(upload/vanban/[^"]+\.pdf)"', body).group(1)
    status, _, headers = fetch(server, "/" + pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, body, _ = fetch(server, "/index.php?option=lichhoc")
    table = body.split('class="banglich">', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr>") == len(portal.TIMETABLE) + 1


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_essays_only_through_the_group_listing(server):
    oldest = portal.path_of(portal.E_CONGVU)
    sixth = portal.path_of(portal.E_TUANHOAN)
    seen = walk(server, [portal.START_PATH], skip={"/index.php?option=tin&cid=5&p=2"})
    assert oldest not in seen and sixth in seen
    seen = walk(
        server,
        [portal.START_PATH],
        skip={"/index.php?option=tin&cid=5&p=2", "/index.php?option=tin&cid=5"},
    )
    assert sixth not in seen
    _, body, _ = fetch(server, "/index.php?option=tin&cid=5")
    assert "Trang: <b>1</b>" in body and "Tiếp »" in body
    assert body.count('class="tinbai"') == portal.PER_PAGE
    _, body, _ = fetch(server, "/index.php?option=tin&cid=5&p=2")
    assert "option=chitiet&amp;id=298&amp;cid=3" in body and body.count('class="tinbai"') == 1


def test_split_essay_pages(server):
    s = portal.SPLIT
    first = portal.path_of(s)
    _, one, _ = fetch(server, first)
    status, two, _ = fetch(server, first + "&trang=2")
    assert status == 200
    assert 'Trang <b>1</b> <a href="index.php?option=chitiet&amp;id=312&amp;cid=3&amp;trang=2">2</a>' in one
    assert "Trang <a" in two and "<b>2</b>" in two
    assert s.title in _html.unescape(two)
    assert "II. THỰC TRẠNG" not in one and "II. THỰC TRẠNG" in two
    assert "Chú thích:" in two and "--------------------------" in two
    assert "<sup>1</sup>" in one and "<sup>2</sup>" in two
    assert first + "&trang=2" not in [g["path"] for g in portal.GOLD]
    assert "&trang=" not in " ".join(a for g in portal.GOLD for a in g["alt_paths"])
    _, printed, _ = fetch(server, f"/in.php?id={s.id}")
    assert "II. THỰC TRẠNG" in printed and "Trang <b>1</b>" not in printed


def test_essay_conventions(server):
    _, body, _ = fetch(server, portal.path_of(portal.E_PHUONGPHAP))
    assert "<strong><em>Đổi mới phương pháp giảng dạy là khâu then chốt" in body
    assert '<p style="text-align: center;">***</p>' in body
    assert "<strong>ThS. Nguyễn Thị Kim Oanh</strong>" in body and "<em>Khoa Xây dựng Đảng</em>" in body
    g = next(x for x in portal.GOLD if x["path"] == portal.path_of(portal.E_PHUONGPHAP))
    assert "***" not in g["body"] and "\n\nTài liệu tham khảo:\n\n[1] Đảng Cộng sản" in g["body"]
    _, body, _ = fetch(server, portal.path_of(portal.E_NENTANG))
    assert body.index("Đại úy, ThS. Võ Đình Phong") > body.index("chiến sĩ")
    _, body, _ = fetch(server, portal.path_of(portal.E_CANBO))
    assert "<th>Chỉ tiêu</th>" in body and "<td>88,6</td>" in body
    g = next(x for x in portal.GOLD if x["path"] == portal.path_of(portal.E_CANBO))
    assert "Trình độ đại học trở lên (%) | 68,4 | 79,2 | 88,6" in g["body"].split("\n\n")
    _, body, _ = fetch(server, portal.path_of(portal.SPLIT))
    assert '<div class="tacgia"><b>TS. Lê Văn Hùng - Phó Hiệu trưởng</b></div>' in body
    _, body, _ = fetch(server, portal.path_of(portal.E_CONGVU))
    assert "Tác giả: ThS. Lê Thị Thu Trang" in body


def test_news_bylines_and_captions(server):
    _, body, _ = fetch(server, portal.path_of(portal.N_KHAIGIANG))
    assert (
        '<p style="text-align: center;"><em>Quang cảnh buổi khai giảng lớp Trung cấp LLCT-HC khóa 45</em></p>'
        in body
    )
    assert '<p style="text-align: right;"><strong>Phòng Đào tạo</strong></p>' in body
    _, body, _ = fetch(server, portal.path_of(portal.N_GVDG))
    assert "(Đồng chí Hiệu trưởng phát biểu khai mạc Hội thi)" in body and "Tin, ảnh: Ngọc Ánh" in body
    _, body, _ = fetch(server, portal.path_of(portal.N_HOITHAO))
    assert "<strong>BBT</strong>" in body
    g = next(x for x in portal.GOLD if x["path"] == portal.path_of(portal.N_HOITHAO))
    assert g["authors"] == [] and "kéo co</p>" in body
    assert "Các vận động viên tham gia môn kéo co" not in g["body"]


def test_other_articles_box_prints_other_dates(server):
    _, body, _ = fetch(server, portal.path_of(portal.N_KHAIGIANG))
    box = body.split('<div class="baikhac">', 1)[1]
    assert 'href="index.php?option=chitiet&id=315"' in box and "(16/11/2026)" in box
    assert "(20/11/2026)" not in box


def test_unknown_pages_are_404(server):
    assert fetch(server, "/index.php?option=chitiet&id=9999")[0] == 404
    assert fetch(server, "/index.php?option=chitiet&id=316&trang=2")[0] == 404
    assert fetch(server, "/in.php?id=1")[0] == 404
    assert fetch(server, "/khong-co.php")[0] == 404
