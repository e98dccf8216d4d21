"""Self-checks of the php_msword_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_msword_thcs as portal
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


def shown_text(markup: str) -> str:
    """What a browser shows, roughly: comments and Word's conditionals gone, blocks spaced."""
    s = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    s = re.sub(r"<!\[(?:if [^\]]*|endif)\]>", "", s)
    s = re.sub(r"<br\s*/?>|</(?:p|td|th|tr|div|li|table)>", " ", s, flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return collapse(_html.unescape(s).replace("\xad", ""))


def content(body: str) -> str:
    return body.split('<div class="td_noidung">', 1)[1].split('<div class="congcu">', 1)[0]


def links(page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "http://", "https://", "file:")):
            continue
        target = urljoin("http://x" + page, href)
        parts = urlsplit(target)
        if parts.path.endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(target, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"] < "2026-12-04"
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and "\xad" not in value and "\xa0" not in value
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 16, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/upload/tintuc/")
        for name in g["authors"] + g["photographers"]:
            assert "(" not in name and " - " not in name and not name.startswith(("ThS", "TS"))
        assert set(g["alt_paths"]) == {
            g["path"] + "&cat=" + next(k for k, v in portal.CATEGORIES.items() if v == g["category"]),
            g["path"] + "&print=1",
        }
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    story = portal.BY_ID[int(gold["path"].split("=")[1])]
    for target in (gold["path"], *gold["alt_paths"]):
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<div class="tieude_ct">{_html.escape(gold["title"])}</div>' in body
        text = shown_text(content(body))
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text, (target, para)
        y, m, d = gold["published_at"][:10].split("-")
        stamp = f"Ngày đăng: {d}-{m}-{y}"
        if "T" in gold["published_at"]:
            stamp += " " + gold["published_at"][11:16]
        assert stamp + (" |" if "print" not in target else "<") in body
    _, body, _ = fetch(server, gold["path"])
    assert f'» <a href="tin-tuc.php?cat={story.cat}">{_html.escape(gold["category"])}</a></div>' in body
    assert portal.CLOCK in body
    section = content(body)
    for img in gold["images"]:
        src = next(i.src for i in story.images if i.src.lstrip("/") == img["path"].lstrip("/"))
        assert f'src="{src}"' in section
        if img["caption"]:
            assert _html.escape(img["caption"]) in section or (
                f"(Ảnh: {_html.escape(img['caption'])})" in section
            )
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in shown_text(section)
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown_text(section)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body and 'class="td_noidung"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen or any(a in seen for a in g["alt_paths"]), g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_listing_pagination(server):
    bodies = {}
    for page in (1, 2, 3):
        status, body, _ = fetch(server, f"/tin-tuc.php?cat=0&page={page}")
        assert status == 200
        bodies[page] = body
        assert body.count('class="tieude_tin"') == (6 if page < 3 else 1)
    assert "Trang: <a href=\"tin-tuc.php?cat=0&page=1\">&lt;&lt;</a> <b>1</b>" in bodies[1]
    assert '<a href="tin-tuc.php?cat=0&page=3">3</a> <a href="tin-tuc.php?cat=0&page=3">&gt;&gt;</a>' in bodies[1]
    # the oldest article: only on page 3 of all news (not on the home page)
    assert 'href="chi-tiet.php?id=101"' in bodies[3]
    assert "id=101" not in bodies[1] + bodies[2]
    _, home, _ = fetch(server, "/")
    assert "chi-tiet.php?id=101" not in home and home.count('class="tieude_tin"') == 5
    # section listings link the &cat= form
    _, body, _ = fetch(server, "/tin-tuc.php?cat=1")
    assert 'href="chi-tiet.php?id=101&cat=1"' in body
    assert 'href="chi-tiet.php?id=101"' not in body


def test_word_markup_traps(server):
    _, body, _ = fetch(server, "/chi-tiet.php?id=101")
    section = content(body)
    assert "<!--[if gte mso 9]><xml>" in section and "<o:p>&nbsp;</o:p>" in section
    assert "class=MsoListParagraphCxSpFirst" in section and "<span style='mso-list:Ignore'>-" in section
    assert "&shy;" in section and "&nbsp;" in section
    assert "</span><span lang=VI" in section  # a word cut across two spans
    broken = "file:///C:/Users/ADMIN/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg"
    assert f'<img width=602 height=401 src="{broken}"' in section
    assert 'v:shapes="Picture_x0020_1"' in section
    gold = next(g for g in portal.GOLD if g["path"] == "/chi-tiet.php?id=101")
    assert all("file:" not in img["path"] for img in gold["images"])
    assert "(Ảnh: Thầy Hiệu trưởng" in section and "class=MsoCaption" in section
    # Symbol bullets, numbered items, footnotes, tables, <br>
    _, body, _ = fetch(server, "/chi-tiet.php?id=104")
    section = content(body)
    assert "font-family:Symbol" in section and "mso-list:Ignore'>·" in section
    assert 'href="#_ftn1"' in section and "mso-element:footnote-list" in section
    assert "<br>" in section
    gold = next(g for g in portal.GOLD if g["path"] == "/chi-tiet.php?id=104")
    assert gold["body"].split("\n\n")[-1].startswith("[1] Công văn số 5512")
    _, body, _ = fetch(server, "/chi-tiet.php?id=102")
    section = content(body)
    assert "mso-list:Ignore'>1." in section and "class=MsoTableGrid" in section
    assert "T/M BAN GIÁM HIỆU" not in section and "KT. HIỆU TRƯỞNG" in section
    _, body, _ = fetch(server, "/chi-tiet.php?id=112")
    section = shown_text(content(body))
    assert "Đông Hà, ngày 24 tháng 11 năm 2026" in section and "ThS. Lê Văn Hùng" in section
    assert "Ngày đăng: 25-11-2026 08:15" in body


def test_plain_editor_articles(server):
    _, body, _ = fetch(server, "/chi-tiet.php?id=105")
    section = content(body)
    assert "MsoNormal" not in section and section.count("<br />\n<br />") == 3
    assert section.count("<p") == 3
    _, body, _ = fetch(server, "/chi-tiet.php?id=107")
    section = content(body)
    assert "MsoNormal" not in section and "<em>" in section and "(Ảnh: Thu Hà)</em>" in section


def test_print_view_and_variants(server):
    status, body, _ = fetch(server, "/chi-tiet.php?id=110&print=1")
    assert status == 200 and 'onload="window.print()"' in body
    assert 'class="cot_trai"' not in body and "Các tin đã đưa" not in body
    _, plain, _ = fetch(server, "/chi-tiet.php?id=110")
    _, with_cat, _ = fetch(server, "/chi-tiet.php?id=110&cat=4")
    assert content(plain) == content(with_cat)
    assert content(plain).rstrip().removesuffix("</div>") in body
    assert 'href="chi-tiet.php?id=110&print=1"' in plain
    assert "[<a href=\"javascript:history.back()\">Quay lại</a>]" in plain


def test_chrome(server):
    _, body, _ = fetch(server, "/")
    assert f"<noscript>{portal.CLOCK}</noscript>" in body
    for d in "0123456":
        assert f'src="images/dem/{d}.gif" width="15" height="20" alt="{d}"' in body
    assert "Số lượt truy cập:" in body and "Đang online:" in body
    for label in ("DANH MỤC", "TIN MỚI", "VĂN BẢN", "LIÊN KẾT", "THĂM DÒ Ý KIẾN"):
        assert label in body
    _, body, _ = fetch(server, "/chi-tiet.php?id=111")
    assert "<b>Các tin đã đưa:</b>" in body and 'href="chi-tiet.php?id=107&cat=1"' in body
    assert fetch(server, "/upload/vanban/cv-kiem-tra-hk1-2026.pdf")[2]["Content-Type"] == "application/pdf"


def test_unknown_and_absent(server):
    status, body, _ = fetch(server, "/chi-tiet.php?id=999")
    assert status == 200 and "Tin này không tồn tại hoặc đã bị xóa." in body
    assert "Ngày đăng:" not in body
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404
    assert fetch(server, "/tin-tuc.php?cat=9")[0] == 404
