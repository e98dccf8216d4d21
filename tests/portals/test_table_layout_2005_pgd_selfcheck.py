"""Self-checks of the 2005 table-layout classic ASP PGD fixture against itself (never the crawler).

Pages are windows-1258 with combining tone marks: every check decodes the bytes with the charset
the page declares and compares NFC text, as a reader's browser would show it.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import table_layout_2005_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS

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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".swf", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def fetch_raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def fetch(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, NFC text decoded as windows-1258, headers."""
    status, data, headers = fetch_raw(server, target)
    return status, unicodedata.normalize("NFC", data.decode("cp1258", "replace")), headers


def visible(markup: str) -> str:
    """The page's text as collapsed words (tags to spaces, entities resolved)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(server: PortalServer, page_target: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.url(page_target), href)
        if not absolute.startswith(server.base_url):
            continue
        target = absolute[len(server.base_url) :].split("#")[0] or "/"
        if urlsplit(target).path.lower().endswith(ASSETS):
            continue
        out.append(target)
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
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
    assert len(portal.GOLD) == 12
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and "\xa0" not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/images/tintuc/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.")) and " - " not in name and "," not in name
        assert f"/inbai.asp?id={g['path'].rsplit('=', 1)[1]}" in g["alt_paths"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 3


def test_charset_is_windows_1258_with_combining_tones(server):
    status, data, headers = fetch_raw(server, portal.GOLD[0]["path"])
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=windows-1258"
    assert b'content="text/html; charset=windows-1258"' in data
    text = data.decode("cp1258")
    assert unicodedata.normalize("NFC", text) != text  # tone marks travel as combining marks
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f"<title>{_html.escape(portal.SITE_TITLE)}</title>" in body
    assert (
        f'<font face="Times New Roman" size="4" color="#0000FF"><b>{_html.escape(gold["title"])}</b></font>'
        in body
    )
    y, m, d = gold["published_at"].split("-")
    assert f"(Cập nhật: {d}/{m}/{y})" in body
    assert f"<noscript>{portal.HEADER_DATE}</noscript>" in body
    assert "[In trang]" in visible(body) or "In trang" in body
    article = body.split('<td width="560" valign="top">', 1)[1].split("Các tin khác:", 1)[0]
    shown = visible(article)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    assert f">{_html.escape(gold['category'])}</font></a>" in body
    for name in gold["authors"]:
        assert name in shown
    if gold["source"]:
        assert f"Theo {gold['source']}" in shown
    srcs = re.findall(r'<img border="0" src="([^"]+)" width="400"', article)
    assert ["/" + s for s in srcs] == [img["path"] for img in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in shown
        status, _, headers = fetch_raw(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert 'class="' not in body.replace('class="style1"', "").replace('class="style3"', "")


def test_body_forms_and_bylines(server):
    _, body, _ = fetch(server, "/default.asp?menu=tintuc&id=1184")
    assert "<br><br>" in body and '<table border="1"' in body
    _, body, _ = fetch(server, "/default.asp?menu=tintuc&id=1166")
    assert "“Quê hương em”.<br>\nHọc sinh thi" in body
    _, body, _ = fetch(server, "/default.asp?menu=tintuc&id=1137")
    assert '<div align="justify"><font face="Times New Roman" size="3">&nbsp;' in body
    _, body, _ = fetch(server, "/default.asp?menu=tintuc&id=1171")
    assert "Người viết: admin" in body
    _, body, _ = fetch(server, "/default.asp?menu=tintuc&id=1182")
    assert "Người viết: ThS. Vũ Văn Nam - Chuyên viên" in body and "<ul>" in body
    _, body, _ = fetch(server, "/default.asp?menu=tintuc&id=1149")
    assert "<i>Theo Báo Nam Định điện tử</i>" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "(Cập nhật:" not in body, path
        assert 'size="4" color="#0000FF"><b>' not in body or "menu=gioithieu" in path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_article_only_on_listing_page_2(server):
    oldest = 'href="default.asp?menu=tintuc&id=1122"'
    status, page2, _ = fetch(server, "/default.asp?menu=tintuc&loai=1&trang=2")
    assert status == 200 and oldest in page2
    assert "Trang: " in page2 and "[2]" in page2
    assert 'href="default.asp?menu=tintuc&loai=1&trang=1"' in page2
    for target in (
        "/",
        "/default.asp?menu=tintuc&loai=1",
        *(g["path"] for g in portal.GOLD if "1122" not in g["path"]),
    ):
        assert oldest not in fetch(server, target)[1], target
    _, page1, _ = fetch(server, "/default.asp?menu=tintuc&loai=1")
    assert page1.count('<img src="images/bullet.gif" width="7" height="7" vspace="5">') == 8
    assert "Trang: [1] " in page1 and 'href="default.asp?menu=tintuc&loai=1&trang=2"' in page1
    assert fetch(server, "/default.asp?menu=tintuc&loai=1&trang=1")[1] == page1
    assert fetch(server, "/default.asp?menu=tintuc&loai=1&trang=3")[0] == 404


def test_listing_rows_print_dates(server):
    _, body, _ = fetch(server, "/default.asp?menu=tintuc&loai=2")
    for g in portal.GOLD:
        if g["category"] == "Hoạt động chuyên môn":
            y, m, d = g["published_at"].split("-")
            assert (
                f'{_html.escape(g["title"])}</b></font></a> <font face="Times New Roman" size="2" color="#808080">({d}/{m}/{y})'
                in body
            )
    assert "Trang:" not in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        if alt.startswith("/inbai.asp"):
            assert 'onLoad="window.print()"' in body
            shown = visible(body)
            assert gold["title"] in shown
            for para in gold["body"].split("\n\n"):
                assert para.split(" | ")[0] in shown
        else:
            assert body == main, alt


def test_duplicate_links_are_printed(server):
    _, home, _ = fetch(server, "/")
    assert "<marquee" in home
    for s in portal.MARQUEE:
        assert f'href="Default.asp?menu=tintuc&id={s.id}"' in home
    for s in portal.MOST_READ:
        assert f'href="default.asp?id={s.id}&menu=tintuc"' in home
    _, article, _ = fetch(server, portal.GOLD[0]["path"])
    assert f'href="inbai.asp?id={portal.GOLD[0]["path"].rsplit("=", 1)[1]}"' in article
    assert 'href="javascript:history.back()"' in article and 'href="#top"' in article


def test_home_chrome(server):
    status, home, headers = fetch(server, "/")
    assert status == 200 and headers["X-Powered-By"] == "ASP.NET"
    assert fetch(server, "/default.asp")[1] == home
    assert "Tin nổi bật".upper() in home and "Chi tiết &raquo;" in home
    for word in (
        "Đang online",
        "Hôm nay",
        "Tổng truy cập",
        "Thăm dò ý kiến".upper(),
        "images/banner.swf",
    ):
        assert word in home
    assert 'alt="Tin tức - Sự kiện"' in home and "spacer.gif" in home
    assert home.count("<table") >= 10


def test_documents_and_static_pages(server):
    _, body, _ = fetch(server, "/default.asp?menu=vanban&id=4")
    assert "215/KH-PGDĐT" in body and "Ngày ban hành:" in body and "upload/vanban/vb4.pdf" in body
    status, _, headers = fetch_raw(server, "/upload/vanban/vb4.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, body, _ = fetch(server, "/default.asp?menu=lienhe")
    assert "0228.3877.215" in body and 'name="noidung"' in body


def test_unknown_ids_are_soft_errors_and_bad_paths_404(server):
    status, body, _ = fetch(server, "/default.asp?menu=tintuc&id=99999")
    assert status == 200 and "Tin này không tồn tại" in body
    assert fetch(server, "/khongco.asp")[0] == 404
    status, body, _ = fetch(server, "/DEFAULT.ASP?MENU=tintuc&ID=1187")
    assert status == 200 and "(Cập nhật: 20/11/2026)" in body
