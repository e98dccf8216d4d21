"""Self-checks of the FrontPage THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import frontpage_static_thcs as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".doc", ".xls", ".pdf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def decode(data: bytes) -> str:
    """Decode by the page's own meta charset (the header never names one)."""
    m = re.search(rb'charset=([\w-]+)"', data[:1000])
    charset = m.group(1).decode() if m else "utf-8"
    return data.decode("cp1258" if charset == "windows-1258" else charset)


def page(server: PortalServer, target: str) -> tuple[int, str]:
    status, data, headers = raw(server, target)
    if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
        return status, decode(data)
    return status, ""


def shown(markup: str) -> str:
    """The page's text as a reader sees it: tags out, references resolved, NFC, collapsed."""
    no_tags = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", no_tags)
    return collapse(_html.unescape(no_tags))


def main_cell(markup: str) -> str:
    return markup.split('<td valign="top" width="24"></td><!--msnavigation--><td valign="top">')[1]


def links(base: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("http://", "https://", "mailto:", "javascript:", "#")):
            continue
        parts = urlsplit(urljoin("http://x" + base, href))
        if parts.path.lower().endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, start: str, limit: int = 200) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body = page(server, target)
        if status != 200:
            continue
        for href in links(target, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def gold_by_slug(slug: str) -> dict:
    return next(g for g in portal.GOLD if g["path"] == portal.enc(slug))


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 12
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].isascii() and g["canonical_path"] == g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 16
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " - " not in name and not name.startswith(("GV ", "ThS."))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(bool(g["summary"]) for g in portal.GOLD) >= 2
    assert sum(not g["authors"] for g in portal.GOLD) >= 2
    assert sum(not g["images"] for g in portal.GOLD) >= 3
    alts = [g for g in portal.GOLD if g.get("alt_paths")]
    assert [g["path"] for g in alts] == ["/Tin%20tuc/Le%20Khai%20Giang%202026.htm"]
    assert alts[0]["alt_paths"] == ["/Tin%20tuc/Le%20khai%20giang%202026.htm"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, data, headers = raw(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"] == "text/html"  # no charset: only the meta names it
    body = decode(data)
    assert '<meta name="GENERATOR" content="Microsoft FrontPage 6.0">' in body
    main = main_cell(body)
    text = shown(main)
    title_html = re.search(r'<p align="center"><b><font size="4"[^>]*>(.*?)</font></b></p>', main, re.S)
    assert shown(title_html.group(1)) == gold["title"]
    tag = re.search(r"<title>(.*?)</title>", body).group(1)
    assert shown(tag) != gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para[:60]
    y, m, d = (int(x) for x in gold["published_at"][:10].split("-"))
    assert f"(Ngày {d:02d} tháng {m} năm {y})" in text or f"Cập nhật: {d:02d}/{m:02d}/{y}" in text
    if "T" in gold["published_at"]:
        hh, mm = gold["published_at"][11:13], gold["published_at"][14:16]
        assert f"Cập nhật: {d:02d}/{m:02d}/{y} - {int(hh)}h{mm}" in text
    assert f"Trang chủ > {gold['category']}" in text
    assert "Trang này được cập nhật lần cuối: 01/12/2026" in text
    assert portal.TODAY in shown(body)
    srcs = [urljoin("http://x" + gold["path"], _html.unescape(s))[len("http://x") :]
            for s in re.findall(r'<img border="0" src="([^"]+)" width="450"', main)]
    assert srcs == [img["path"] for img in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
        status, _, headers = raw(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body = page(server, path)
        assert status == 200, path
        text = shown(main_cell(body))
        assert not re.search(r"\(Ngày \d+ tháng", text), path
        assert "Trang này được cập nhật lần cuối: 01/12/2026" in text, path
    # the static pages look like articles: the centred bold title, Word paragraphs
    _, body = page(server, "/Gioi%20thieu.htm")
    assert '<p align="center"><b><font size="4"' in body and "class=MsoNormal" in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    assert "/Tin%20tuc/Le%20khai%20giang%202026.htm" in seen
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_home_lists_the_six_newest_with_dates(server):
    _, body = page(server, "/")
    assert body == page(server, "/index.htm")[1]
    items = re.findall(r'<li><font face="Arial" size="2"><a href="([^"]+)">.*?\((\d\d/\d\d/2026)\)', body)
    assert len(items) == 6
    assert items[0] == ("Thong%20bao/H%E1%BB%8Dp%20ph%E1%BB%A5%20huynh%20h%E1%BB%8Dc%20k%E1%BB%B3%20I.htm", "24/11/2026")
    # the list prints the day the file was listed; the page prints its own day
    assert ("Tin%20tuc/Ngay%20Nha%20giao%2020-11.htm", "21/11/2026") in items
    assert gold_by_slug(portal.S_NG)["published_at"] == "2026-11-20"


def test_news_list_pagination(server):
    bodies = [page(server, p)[1] for p in portal.NEWS_PAGES]
    assert 'Trang 1 | <a href="trang2.htm">2</a> | <a href="trang3.htm">3</a>' in bodies[0]
    assert 'Trang <a href="index.htm">1</a> | 2 | <a href="trang3.htm">3</a>' in bodies[1]
    assert 'Trang <a href="index.htm">1</a> | <a href="trang2.htm">2</a> | 3' in bodies[2]
    for b in bodies:
        assert len(re.findall(r"<li>", main_cell(b))) <= portal.PER_PAGE
    first = set(links("/Tin%20tuc/index.htm", bodies[0])) | set(links("/index.htm", page(server, "/")[1]))
    later = set(links("/Tin%20tuc/trang2.htm", bodies[1])) | set(links("/Tin%20tuc/trang3.htm", bodies[2]))
    only_later = [g["path"] for g in portal.GOLD if g["path"] not in first and g["path"] in later]
    assert len(only_later) >= 4
    atgt = portal.enc(portal.S_ATGT)
    for p, b in zip(portal.NEWS_PAGES, bodies, strict=True):
        assert (atgt in links(p, b)) == (p.endswith("trang3.htm"))
    assert "Le%20khai%20giang%202026.htm" in bodies[2]
    assert page(server, "/Tin%20tuc/trang4.htm")[0] == 404


def test_case_variants_serve_the_same_file(server):
    upper = raw(server, "/Tin%20tuc/Le%20Khai%20Giang%202026.htm")
    lower = raw(server, "/Tin%20tuc/Le%20khai%20giang%202026.htm")
    assert upper[0] == lower[0] == 200 and upper[1] == lower[1]
    assert raw(server, "/tin%20tuc/le%20khai%20giang%202026.htm")[1] == upper[1]
    assert page(server, "/TIN%20TUC/INDEX.HTM")[0] == 200
    assert page(server, "/Tin%20tuc/")[0] == 200
    # the left border links the upper-case form on every page, the news list the lower one
    _, home = page(server, "/")
    assert 'href="Tin%20tuc/Le%20Khai%20Giang%202026.htm"' in home
    _, trang3 = page(server, "/Tin%20tuc/trang3.htm")
    assert 'href="Le%20khai%20giang%202026.htm"' in trang3
    assert 'href="Le%20Khai%20Giang%202026.htm"' in trang3


def test_percent_encoded_vietnamese_file_names(server):
    assert portal.enc(portal.S_GVDG) == "/Tin%20tuc/H%E1%BB%99i%20thi%20GVDG.htm"
    status, body = page(server, "/Tin%20tuc/H%E1%BB%99i%20thi%20GVDG.htm")
    assert status == 200 and "Hội thi Giáo viên dạy giỏi" in unicodedata.normalize("NFC", body)
    assert page(server, "/Tin%20tuc/H%E1%BB%98I%20THI%20GVDG.htm")[0] == 200


def test_windows_1258_pages(server):
    for slug in (portal.S_HKPD, portal.S_DHLD):
        status, data, headers = raw(server, portal.enc(slug))
        assert status == 200 and headers["Content-Type"] == "text/html"
        assert b'content="text/html; charset=windows-1258"' in data
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        text = data.decode("cp1258")
        assert text != unicodedata.normalize("NFC", text)  # tone marks stored apart
    _, data, _ = raw(server, portal.enc(portal.S_NG))
    assert b'content="text/html; charset=utf-8"' in data
    data.decode("utf-8")


def test_entities_page(server):
    _, data, _ = raw(server, portal.enc(portal.S_ATGT))
    main = main_cell(data.decode("utf-8"))
    assert re.search(r"&#\d{4};", main) and "ô" in main  # references and raw letters mixed


def test_dead_links_and_documents(server):
    entries = portal.NEWS_LIST
    for _date, _label, target, kind in entries:
        status, _data, headers = raw(server, portal.enc(target))
        if kind == "dead":
            assert status == 404, target
        elif kind == "doc":
            assert status == 200 and not headers["Content-Type"].startswith("text/html"), target
        else:
            assert status == 200, target


def test_chrome(server):
    _, body = page(server, "/Lien%20he.htm")
    assert 'action="_vti_bin/shtml.exe/Lien%20he.htm"' in body
    assert "Đang online: 3" in body and "Tổng truy cập: 245.310" in body
    assert '<meta name="Microsoft Border" content="tl, default">' in body
    status, _data, headers = raw(server, "/_vti_bin/fpcount.exe?Page=index.htm|Image=4|Digits=6")
    assert status == 200 and headers["Content-Type"] == "image/gif"
    req = urllib.request.Request(server.url("/_vti_bin/shtml.exe/index.htm"), data=b"R1=Hay", method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200 and "Cảm ơn" in resp.read().decode("utf-8")
    assert raw(server, "/khong-co.htm")[0] == 404
