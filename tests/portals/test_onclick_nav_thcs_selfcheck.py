"""Self-checks of the onclick-navigation THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import onclick_nav_thcs as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".swf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")
ART = "/index.php?mod=tintuc&act=chitiet&id="


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def gold_by_id(story_id: int) -> dict:
    return next(g for g in portal.GOLD if g["path"] == f"{ART}{story_id}")


# --- link extraction: href, onclick, inline scripts, the two JS function patterns -------------

HREF = re.compile(r'href="([^"]*)"')
ONCLICK = re.compile(r'on(?:click|mouseover|change)="([^"]*)"')
SCRIPT = re.compile(r"<script[^>]*>(.*?)</script>", re.S)
LITERAL = re.compile(r"'([^']*index\.php[^']*)'")
XEMTIN_DEF = re.compile(r"function xemTin\(id\)\{\s*window\.location = '([^']+)' \+ id")
CHUYEN_DEF = re.compile(r"function chuyenTrang\(p\)\{\s*location\.href='([^']+)'\+p")


def extract(body: str, *, handlers: bool = True, functions: bool = True) -> list[str]:
    """Targets a page spells out. ``handlers``: onclick/script literals; ``functions``: the calls
    xemTin(n) and chuyenTrang(n) expanded with the prefix of the function defined on the page."""
    out = []
    for href in HREF.findall(body):
        href = _html.unescape(href)
        if not href.startswith(("javascript:", "#", "http:", "https:", "mailto:")):
            out.append(href)
    if not handlers:
        return out
    for code in ONCLICK.findall(body):
        out += LITERAL.findall(_html.unescape(code))
    for code in SCRIPT.findall(body):
        out += LITERAL.findall(code)
    if functions:
        calls = " ".join(HREF.findall(body) + ONCLICK.findall(body))
        if m := XEMTIN_DEF.search(body):
            out += [m.group(1) + n for n in re.findall(r"xemTin\((\d+)\)", calls)]
        if m := CHUYEN_DEF.search(body):
            out += [m.group(1) + n for n in re.findall(r"chuyenTrang\((\d+)\)", calls)]
    return out


def walk(server: PortalServer, *, handlers: bool = True, functions: bool = True) -> set[str]:
    start = portal.START_PATH
    seen, queue = {start}, deque([start])
    while queue and len(seen) < 400:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for link in extract(body, handlers=handlers, functions=functions):
            absolute = urljoin("http://x" + target, link)
            parts = urlsplit(absolute)
            if parts.netloc != "x" or parts.path.lower().endswith(ASSETS):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def page_text(fragment: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def td(body: str, cls: str) -> str:
    m = re.search(rf'<td class="{cls}"[^>]*>(.*?)</td></tr>', body, re.S)
    assert m, cls
    return m.group(1)


def article_cell(body: str) -> str:
    return body.split('<td class="td_tin"', 1)[1].split('<td class="congcu"', 1)[0]


# --- gold -------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 16, g["path"]
        if g["summary"]:
            assert paras[0] == g["summary"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/upload/tintuc/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS."))
        assert g["alt_paths"] == [g["path"].replace("act=chitiet", "act=inbai")]
    for name in portal.CATEGORIES.values():
        assert sum(g["category"] == name for g in portal.GOLD) >= 3
    assert "Tổ Toán - Tin" in gold_by_id(60)["authors"]
    assert gold_by_id(41)["photographers"] == ["Đoàn trường"] and not gold_by_id(41)["authors"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = portal.BY_ID[int(gold["path"].rsplit("=", 1)[1])]
    assert page_text(td(body, "bg_title")) == gold["title"]
    assert portal.TODAY in body
    date_line = page_text(td(body, "ngay"))
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in date_line and "Lượt xem:" in date_line
    if "T" in gold["published_at"]:
        assert date_line.startswith(f"Cập nhật: {d}/{m}/{y} {gold['published_at'][11:16]}")
    crumbs = page_text(td(body, "duongdan"))
    assert crumbs == f"Trang chủ » Tin tức » {gold['category']}"
    cell = article_cell(body)
    text = page_text(cell)
    paras = gold["body"].split("\n\n")
    if gold["summary"]:
        assert page_text(td(body, "tomtat")) == gold["summary"]
        paras = paras[1:]
    else:
        assert 'class="tomtat"' not in body
    for para in paras:
        for piece in para.split(" | "):
            assert piece in text, piece
    for img in gold["images"]:
        assert img["path"].lstrip("/") in cell
        if img["caption"]:
            assert _html.escape(img["caption"]) in cell
    for name in gold["authors"] + gold["photographers"]:
        assert _html.escape(name) in cell
    if gold["source"]:
        assert _html.escape(gold["source"]) in cell
    assert story.title == gold["title"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_view_serves_the_same_article(server, gold):
    alt = gold["alt_paths"][0]
    status, body, _ = fetch(server, alt)
    assert status == 200 and "window.print()" in body
    assert f"<b>{_html.escape(gold['title'])}</b>" in body
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text
    _, article, _ = fetch(server, gold["path"])
    assert f"window.open('index.php?mod=tintuc&act=inbai&id={alt.rsplit('=', 1)[1]}'" in article


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Lượt xem:" not in body, path
        assert "Cập nhật:" not in body and "(Ngày " not in body, path
        assert portal.TODAY in body


# --- reachability -----------------------------------------------------------------------------


def test_walk_following_handlers_reaches_every_article_and_non_article(server):
    seen = walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        assert g["alt_paths"][0] in seen
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_plain_hrefs_reach_only_the_four_newest(server):
    seen = walk(server, handlers=False)
    reached = {g["path"] for g in portal.GOLD if g["path"] in seen}
    newest = sorted(portal.STORIES, key=lambda s: s.opts["sort"], reverse=True)[:4]
    assert reached == {f"{ART}{s.id}" for s in newest}
    assert {s.id for s in newest} == {61, 62, 60, 58}


def test_the_function_patterns_are_needed(server):
    seen = walk(server, functions=False)
    for story_id in (41, 43, 53):
        assert f"{ART}{story_id}" not in seen
    # row onclick and location= literals alone reach the other page-1 articles of cat 1 and 2
    for story_id in (54, 51, 47, 56, 49, 44):
        assert f"{ART}{story_id}" in seen


# --- the traps --------------------------------------------------------------------------------


def listing_rows(body: str) -> str:
    return body.split('class="cot_giua">', 1)[1]


def test_tin_hoat_dong_rows_are_tr_onclick_and_pager_is_javascript(server):
    status, body, _ = fetch(server, "/index.php?mod=tintuc&cat=1")
    assert status == 200
    rows = listing_rows(body)
    assert "act=chitiet" not in "".join(HREF.findall(rows))
    assert rows.count("<tr onclick=\"window.location.href='index.php?mod=tintuc&act=chitiet&id=") == 5
    assert '<span class="tieude_tin">Sôi nổi Hội khỏe Phù Đổng' in rows
    assert '<a href="javascript:chuyenTrang(2)">2</a>' in rows
    assert portal.CHUYENTRANG_JS in body
    assert "&p=2" not in "".join(HREF.findall(body))
    status, page2, _ = fetch(server, "/index.php?mod=tintuc&cat=1&p=2")
    assert status == 200
    assert "window.location.href='index.php?mod=tintuc&act=chitiet&id=41'" in page2
    assert page2.count("<tr onclick=") == 1
    assert "id=41" not in body


def test_chuyen_mon_links_are_void_with_location(server):
    status, body, _ = fetch(server, "/index.php?mod=tintuc&cat=2")
    assert status == 200
    rows = listing_rows(body)
    assert rows.count('<a href="javascript:void(0)" onclick="location=\'index.php?mod=tintuc&amp;act=chitiet&amp;id=') == 4
    assert "Trang: <b>[1]</b>" in rows


def test_thong_bao_uses_xemtin_and_a_plain_pager(server):
    status, body, _ = fetch(server, "/index.php?mod=tintuc&cat=3")
    assert status == 200
    assert portal.XEMTIN_JS in body.split("</head>", 1)[0]
    rows = listing_rows(body)
    assert '<a href="#" onclick="return xemTin(62)"' in rows
    assert '<a href="index.php?mod=vanban&act=chitiet&id=5"' in rows
    assert '<a href="index.php?mod=tintuc&cat=3&p=2">2</a>' in rows
    assert "xemTin(43)" not in rows
    status, page2, _ = fetch(server, "/index.php?mod=tintuc&cat=3&p=2")
    assert status == 200 and "return xemTin(43)" in page2
    assert "Chưa có tin" in fetch(server, "/index.php?mod=tintuc&cat=3&p=3")[1]


def test_home_tin_moi_has_four_plain_links(server):
    status, body, _ = fetch(server, "/")
    assert status == 200 and portal.TODAY in body
    links = re.findall(r'href="index\.php\?mod=tintuc&act=chitiet&id=(\d+)"', body)
    assert sorted(map(int, links)) == [58, 60, 61, 62]
    assert "Đang online" in body and "Hôm nay" in body and "Tổng truy cập" in body
    assert fetch(server, "/index.php")[1] == body


def test_xemtin_defined_on_every_page_and_soft_404(server):
    for target in ["/", *portal.NON_ARTICLES, portal.GOLD[0]["path"]]:
        assert portal.XEMTIN_JS in fetch(server, target)[1], target
    for target in (ART, f"{ART}999", f"{ART}abc"):
        status, body, _ = fetch(server, target)
        assert status == 200 and "Bản tin không tồn tại hoặc đã bị xóa!" in body
        assert 'class="bg_title"' not in body


def test_newer_news_never_leads_to_the_deep_articles(server):
    for g in portal.GOLD:
        body = fetch(server, g["path"])[1]
        assert "xemTin(41)" not in body and "xemTin(43)" not in body
    body = fetch(server, f"{ART}41")[1]
    assert "Các tin mới hơn:" in body and "return xemTin(47)" in body


def test_dead_handlers_and_layout_images(server):
    body = fetch(server, f"{ART}58")[1]
    assert 'href="javascript:history.back()"' in body
    assert "window.print()" not in body
    cell = article_cell(body)
    assert "images/" not in cell
    album = fetch(server, "/index.php?mod=thuvienanh&album=2")[1]
    assert "moAnh('upload/album/2/01.jpg')" in album and "Ngày tạo: 03/12/2026" in album
    status, _, headers = fetch(server, "/upload/vanban/cv2145-sgddt.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, headers = fetch(server, "/upload/tintuc/2026/12/hkpd-khai-mac.jpg")
    assert status == 200 and headers["Content-Type"].startswith("image/")


def test_unknown_pages_are_404(server):
    assert fetch(server, "/tin-tuc.html")[0] == 404
    assert fetch(server, "/index.php?mod=khongco")[0] == 404
    assert fetch(server, "/index.php?mod=thuvienanh&album=9")[0] == 404
    assert fetch(server, "/index.php?mod=vanban&act=chitiet&id=99")[0] == 404
