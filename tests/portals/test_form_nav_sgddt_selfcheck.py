"""Self-checks of the form_nav_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import form_nav_sgddt as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
POPUP_JS = "window.open('tintuc.asp?id=' + id"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _local(server: PortalServer, page: str, href: str) -> str | None:
    absolute = urljoin(server.base_url + page, _html.unescape(href))
    if not absolute.startswith(server.base_url + "/"):
        return None
    target = absolute[len(server.base_url) :].split("#", 1)[0]
    if urlsplit(target).path.lower().endswith(ASSETS):
        return None
    return target


def href_links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, page, href)
        if target:
            out.append(target)
    return out


def popup_links(server: PortalServer, page: str, body: str) -> list[str]:
    """``javascript:moTin(N)``: what the page's own moTin() opens."""
    ids = re.findall(r'href="javascript:moTin\((\d+)\)"', body)
    if ids:
        assert POPUP_JS in body, page
    return [t for i in ids if (t := _local(server, page, f"tintuc.asp?id={i}"))]


def form_targets(server: PortalServer, page: str, body: str) -> list[str]:
    """GET forms as a reader uses them: every select option, every page number (not the search)."""
    out = []
    for attrs, inner in re.findall(r"<form([^>]*)>(.*?)</form>", body, re.S):
        method = re.search(r'method="([^"]*)"', attrs)
        action = re.search(r'action="([^"]*)"', attrs).group(1)
        if not method or method.group(1).lower() != "get" or action == "timkiem.asp":
            continue
        fixed = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', inner))
        choices: list[tuple[str, list[str]]] = []
        for name, options in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', inner, re.S):
            values = [v for v in re.findall(r'<option value="([^"]*)"', options) if v]
            choices.append((name, values))
        total = re.search(r'name="p" value="\d+" size="2"> / (\d+)', inner)
        if total:
            choices.append(("p", [str(n) for n in range(1, int(total.group(1)) + 1)]))
        combos: list[dict[str, str]] = [dict(fixed)]
        for name, values in choices:
            combos = [{**c, name: v} for c in combos for v in values]
        for combo in combos:
            target = _local(server, page, f"{action}?{urlencode(combo)}")
            if target:
                out.append(target)
    return out


def walk(server: PortalServer, *, forms: bool, popups: bool, limit: int = 200) -> set[str]:
    start = portal.START_PATH
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        found = href_links(server, target, body)
        if popups:
            found += popup_links(server, target, body)
        if forms:
            found += form_targets(server, target, body)
        for href in found:
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(body: str) -> str:
    flat = re.sub(r"<br\s*/?>", "\n", body)
    flat = re.sub(r"<[^>]+>", " ", flat)
    return collapse(_html.unescape(flat))


def article_part(body: str) -> str:
    return body.split('<div class="noidung">', 1)[1].split('<div class="congcu">', 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"] == g["canonical_path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g[
            "path"
        ]
        values = (g["title"], g["body"], g["summary"] or "", g["source"] or "")
        for value in (*values, *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/Upload/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.")) and " - " not in name
        assert g["alt_paths"] == [g["path"].replace("/tintuc.asp", "/intin.asp")]
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 3 for c in portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<p class="tieude">{_html.escape(gold["title"])}</p>' in body
    assert portal.TODAY_HEADER in body
    y, m, d = gold["published_at"][:10].split("-")
    line = re.search(r'<p class="ngaydang">([^<]+)</p>', body).group(1)
    assert line.startswith(f"Ngày đăng: {d}/{m}/{y}")
    if "T" in gold["published_at"]:
        assert line.startswith(f"Ngày đăng: {d}/{m}/{y} - {gold['published_at'][11:16]}")
    else:
        assert " - " not in line
    assert f'<span class="cm">{_html.escape(gold["category"])}</span>' in body
    article = article_part(body)
    shown = shown_text(article)
    for para in gold["body"].split("\n\n"):
        cells = para.split(" | ")
        if len(cells) > 1:
            assert all(collapse(c) in shown for c in cells), para
        elif gold["summary"] and para == gold["summary"]:
            assert f'<div class="tomtat"><b>{_html.escape(para)}</b></div>' in body
        else:
            assert para in shown, para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert _html.escape(name) in article
    if gold["source"]:
        assert gold["source"] in shown


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_view_serves_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert f'<p class="tieude">{_html.escape(gold["title"])}</p>' in body
        shown = shown_text(body)
        for para in gold["body"].split("\n\n"):
            if " | " not in para:
                assert para in shown


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="ngaydang"' not in body, path
        assert 'class="noidung"' not in body or path in ("/gioithieu.asp", "/lienhe.asp")


def test_forms_and_popups_reach_every_article(server):
    seen = walk(server, forms=True, popups=True)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert not any(t.startswith("/timkiem.asp?q=") and t != "/timkiem.asp?q=hoc+sinh" for t in seen)


def test_plain_links_miss_the_form_only_articles(server):
    seen = walk(server, forms=False, popups=True)
    behind_forms = [p for p in portal.only_on_page_two() if p != "/tintuc.asp?id=2847"]
    for path in behind_forms:
        assert path not in seen, path
    # cm=1 has "Sau »" links as well as the form
    assert "/tintuc.asp?id=2847" in seen and "/danhsach.asp?cm=1&p=2" in seen
    for cm in ("2", "3", "4"):
        assert not any(t.startswith(f"/danhsach.asp?cm={cm}") for t in seen)
    assert "/tintuc.asp?id=2857" not in seen and "/tintuc.asp?id=2855" not in seen
    without_popups = walk(server, forms=True, popups=False)
    # cm=2 lists open its posts only through moTin(); 2870 is also in "Tin xem nhiều"
    assert "/tintuc.asp?id=2857" not in without_popups
    assert "/tintuc.asp?id=2844" not in without_popups
    assert "/tintuc.asp?id=2870" in without_popups


def test_category_menu_is_a_get_form(server):
    _, body, _ = fetch(server, "/")
    assert '<form method="get" action="danhsach.asp" name="frmChuyenMuc"' in body
    for key, name in portal.CATEGORIES.items():
        assert f'<option value="{key}">{_html.escape(name)}</option>' in body
    cat_links = set(re.findall(r'href="(danhsach\.asp[^"]*)"', body))
    assert cat_links == {"danhsach.asp?cm=1"}
    for g in portal.GOLD:
        _, art, _ = fetch(server, g["path"])
        assert set(re.findall(r'href="(danhsach\.asp[^"]*)"', art)) == {"danhsach.asp?cm=1"}


def test_pagination_forms(server):
    for cm in portal.CATEGORIES:
        status, body, _ = fetch(server, f"/danhsach.asp?cm={cm}")
        assert status == 200
        assert f'<input type="hidden" name="cm" value="{cm}">' in body
        assert 'Trang <input type="text" name="p" value="1" size="2"> / 2 ' in body
        assert '<input type="submit" value="Đi"' in body
        oldest = portal.in_cat(cm)[-1]
        assert f"moTin({oldest.id})" not in body and f"id={oldest.id}" not in body
        _, page2, _ = fetch(server, f"/danhsach.asp?cm={cm}&p=2")
        assert f"id={oldest.id}" in page2 or f"moTin({oldest.id})" in page2
        assert ("Sau »</a>" in body) == (cm == "1")
        assert ("« Trước</a>" in page2) == (cm == "1")
        _, page3, _ = fetch(server, f"/danhsach.asp?cm={cm}&p=3")
        assert "Chưa có tin trong chuyên mục này." in page3


def test_popup_and_blank_target_links(server):
    _, body, _ = fetch(server, "/danhsach.asp?cm=2")
    assert '<a href="javascript:moTin(2870)" class="tentin">' in body
    assert (
        "function moTin(id){ window.open('tintuc.asp?id=' + id, 'tin', 'width=820,height=600,scrollbars=yes'); }"
        in body
    )
    assert 'href="tintuc.asp?id=2857"' not in body and "javascript:moTin(2857)" in body
    _, body, _ = fetch(server, "/danhsach.asp?cm=3")
    assert (
        '<a href="tintuc.asp?id=2872" target="_blank" class="tentin" '
        "onclick=\"window.open(this.href,'tin','width=820');return false;\">"
    ) in body
    _, body, _ = fetch(server, "/danhsach.asp?cm=4")
    assert '<a href="tintuc.asp?id=2868" class="tentin">' in body


def test_search_only_finds_existing_pages(server):
    _, home, _ = fetch(server, "/")
    assert '<form method="get" action="timkiem.asp"' in home and 'name="q"' in home
    status, body, _ = fetch(server, portal.search_href("hoc sinh"))
    assert status == 200 and "Kết quả tìm kiếm" in body
    hits = set(re.findall(r'href="tintuc\.asp\?id=(\d+)"', body.split("Tìm thấy", 1)[1]))
    assert hits and all(int(i) in portal.BY_ID for i in hits)
    for path in portal.only_on_page_two():
        assert path.rsplit("=", 1)[1] not in hits
    _, empty, _ = fetch(server, "/timkiem.asp?q=")
    assert "Vui lòng nhập từ khóa" in empty


def test_header_today_and_chrome(server):
    _, body, _ = fetch(server, "/tintuc.asp?id=2859")
    assert "Thứ Sáu, 04/12/2026" in body
    assert "Cập nhật: 21/11/2026" in body and "Ngày đăng: 20/11/2026 - 15:45" in body
    assert "Đang online" in body and "Tổng truy cập" in body
    assert '<form method="post" action="binhchon.asp"' in body
    assert "Điện thoại: 0206 3852 315" in body


def test_text_quirks(server):
    _, body, _ = fetch(server, "/tintuc.asp?id=2844")
    article = article_part(body)
    assert "&#" in article
    assert "<br />" in article
    _, body, _ = fetch(server, "/tintuc.asp?id=2866")
    assert "Ảnh: Internet" in body
    _, body, _ = fetch(server, "/tintuc.asp?id=2857")
    assert "ThS. Lục Thị Mai - Phó Trưởng phòng GDTrH" in body


def test_unknown_pages(server):
    assert fetch(server, "/khongco.asp")[0] == 404
    status, body, _ = fetch(server, "/tintuc.asp?id=99999")
    assert status == 200 and 'class="tieude"' not in body
    assert fetch(server, "/intin.asp?id=99999")[0] == 404
