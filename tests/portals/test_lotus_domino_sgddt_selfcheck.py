"""Self-check of the Lotus Domino (Sở GD&ĐT Quảng Ninh) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, every
alternative URL and every non-article answers 200; that the gold is well formed and printed on its
page (after entities, windows-1258 decoding and NFC); that a walk of links from START_PATH reaches
every article and that every document page it meets is a gold path or one of its alt_paths; and
that the Domino traps behave as documented: the register's "Trang sau" never ends, twisties
expand and collapse, sort columns repeat the view, search results add ``&Highlight``, the
attachment section expands under its own URL, two documents come in windows-1258.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from email.message import Message
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import lotus_domino_sgddt as portal
from ._common import TODAY
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""", re.IGNORECASE)
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"(\.(jpe?g|png|gif|ico|css|js|pdf)$)|/Body/")
_OLD = [s for s in portal.STORIES if s.opts.get("cp1258")]


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _raw(server: PortalServer, target: str) -> tuple[int, bytes, Message]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), resp.headers
    except urllib.error.HTTPError as err:
        return err.code, err.read(), err.headers


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    """Status and text, decoded with the charset the HTTP header names."""
    status, data, headers = _raw(server, target)
    m = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""))
    return status, data.decode(m.group(1) if m else "utf-8")


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|b|i|font|span)\b[^>]*>", "", markup, flags=re.IGNORECASE)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split(portal.REGION_START, 1)[1].split(portal.REGION_END, 1)[0]


def _rich_text(page: str) -> str:
    return _region(page).split('<div align="justify">', 1)[1].split("</div></TD></TR>", 1)[0]


def _main(page: str) -> str:
    """The middle column: what the view or page itself prints."""
    return page.split('<TD WIDTH="580">', 1)[1].split('<TD WIDTH="200">', 1)[0]


def _start_no(target: str) -> int:
    start = parse_qs(urlsplit(target).query).get("Start", ["1"])[0].split(".")[0]
    return int(start) if start.isdigit() else 1


def _targets(gold: dict) -> list[str]:
    return [gold["path"], *gold["alt_paths"]]


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH; view pages past Start=100 not fetched."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or _start_no(target) > 100:
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 1500, "the walk should stay small"
        if status != 200:
            continue
        if portal.REGION_START in body:
            seen[target] = -1  # a document page
        for _, href in _HREF.findall(body):
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "lotus_domino_sgddt"
    assert portal.START_PATH == "/portal/sgddt.nsf/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    assert len(_OLD) == 2 and {s.cat for s in _OLD} == {"cm"}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][20:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert image["path"].startswith(portal.DB + "/0/")
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
        assert not image["caption"] or image["caption"] not in gold["body"]
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\x00"]:
        assert name not in gold["body"], name
    assert "Bien Tap" not in gold["body"] and "Người nhập" not in gold["body"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [t for g in portal.GOLD for t in _targets(g)] + portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = re.search(r"Cập nhật ngày: (\d\d/\d\d/\d{4})(?: (\d\d:\d\d:\d\d) (AM|PM))?<", region)
    assert m, "no date line"
    if not m.group(2):
        return datetime.strptime(m.group(1), "%d/%m/%Y").strftime("%Y-%m-%d")
    when = datetime.strptime(f"{m.group(1)} {m.group(2)} {m.group(3)}", "%d/%m/%Y %I:%M:%S %p")
    if when.hour == when.minute == when.second == 0:
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:%S+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][20:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    page = unicodedata.normalize("NFC", page)
    region = _nfc(_region(page))
    title = re.search(r'<font face="Arial" size="4" color="#0b5394"><b>(.*?)</b>', region)
    assert title and title.group(1) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    rich = _rich_text(page)
    shown = _reader(rich)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", rich)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        sapo = re.search(
            r'<TR><TD><i><font face="Arial" size="2" color="#333333">(.*?)</font>', page
        )
        assert sapo and _nfc(sapo.group(1)) == gold["summary"]
        paragraphs = paragraphs[1:]
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    assert shown.index(paragraphs[0][:40]) < shown.index(paragraphs[-1][-40:].split(" | ")[-1])
    srcs = [html.unescape(s) for s in re.findall(r'<img src="([^"]+)"', rich)]
    assert srcs == [im["path"] for im in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    crumbs = re.search(r"Trang chủ</a> &raquo; <a[^>]*>([^<]+)</a>", page)
    assert crumbs and _nfc(crumbs.group(1)) == gold["category"]
    assert f"<b>{TODAY}</b>" in page


def test_signature_lines_are_what_the_gold_reads(server: PortalServer) -> None:
    """The printed last lines next to the names the gold takes from them."""
    lines = {}
    for gold in portal.GOLD:
        rich = _nfc(_rich_text(_get(server, gold["path"])[1]))
        lines[gold["path"]] = [
            _reader(m) for m in re.findall(r'<div align="right">(.*?)</div>', rich)
        ]
    by_title = {g["title"]: lines[g["path"]] for g in portal.GOLD}
    assert by_title[portal.STORIES[0].title] == ["Phòng GDTrH"]
    assert ["Nguyễn Thị Hạnh – Phòng Khảo thí"] in by_title.values()
    assert ["ThS. Đỗ Minh Khoa – Trường THCS Trọng Điểm"] in by_title.values()
    assert ["Vũ Thị Lan Anh", "Nguồn: Phòng Giáo dục Trung học"] in by_title.values()
    assert sum(1 for v in by_title.values() if not v) == 2  # the two notices are unsigned


def test_alternative_urls_serve_the_same_document(server: PortalServer) -> None:
    for gold in portal.GOLD:
        rich = _rich_text(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page = _get(server, alt)
            assert status == 200 and _rich_text(page) == rich, alt


def test_attachment_section_expands_under_its_own_url(server: PortalServer) -> None:
    with_files = [s for s in portal.STORIES if s.opts.get("files")]
    assert len(with_files) == 3
    for s in with_files:
        collapsed = _get(server, portal.doc_path(s, "TinTuc"))[1]
        expand = f"{portal.doc_path(s, 'TinTuc')}&ExpandSection=1#_Section1"
        assert f'href="{expand}"' in collapsed and "$FILE/" + s.opts["files"][0] not in collapsed
        expanded = _get(server, expand.split("#")[0])[1]
        assert "/icons/collapse.gif" in expanded
        for name in s.opts["files"]:
            assert f"$FILE/{name}" in expanded
            status, data, headers = _raw(server, f"{portal.DB}/0/{portal.unid(s.id)}/$FILE/{name}")
            assert status == 200 and data.startswith(b"%PDF")
            assert headers["Content-Type"] == "application/pdf"


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    golds = {g["path"] for g in portal.GOLD}
    assert golds <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (-1, 0, 200)] == []
    documents = {t for t, s in walk.items() if s == -1}
    known = {t for g in portal.GOLD for t in _targets(g)}
    assert documents <= known, sorted(documents - known)[:5]
    assert not {t for t in set(walk) - documents if t in known}
    assert any(s == 0 and _start_no(t) > 100 for t, s in walk.items()), "Trang sau went on"
    assert any("Highlight=" in t for t in documents)
    assert any("!OpenDocument" in t for t in documents)


def test_news_views_paginate_by_start_and_count(server: PortalServer) -> None:
    cm = [portal.cat_view("cm", start) for start in (1, 4, 7)]
    seen = []
    for n, target in enumerate(cm):
        page = _get(server, target)[1]
        assert f"<b>[{n + 1}]</b>" in page
        seen += re.findall(r'href="/portal/sgddt.nsf/vwTinTheoChuyenMuc/([0-9A-F]{32})\?Open', page)
        assert 'alt="Trang trước"' in page and 'alt="Trang sau"' in page
    assert f'<a href="{cm[1]}"><img src="{portal.DB}/btn_sau.gif' in _get(server, cm[0])[1]
    last = _get(server, cm[2])[1]
    assert 'btn_sau_mo.gif?OpenImageResource" border="0" alt="Trang sau"' in last
    cm_ids = {portal.unid(s.id) for s in portal.STORIES if s.cat == "cm"}
    assert len(cm_ids) == 7 and set(seen) >= cm_ids
    listed = set()
    for start in (1, 6, 11):
        page = _get(server, portal.news_view(start))[1]
        listed |= set(re.findall(r'href="/portal/sgddt.nsf/TinTuc/([0-9A-F]{32})\?Open', page))
    assert listed == {portal.unid(s.id) for s in portal.STORIES}
    assert _get(server, f"{portal.DB}/TinTuc?OpenView")[1] == _get(server, portal.news_view(1))[1]


def test_sort_columns_repeat_the_view(server: PortalServer) -> None:
    first = _get(server, portal.news_view(1))[1]
    for sort in ("&ResortAscending=2", "&ResortDescending=1", "&ResortAscending=1"):
        assert f'href="{portal.news_view(1, sort)}"' in first
    titles = []
    for start in (1, 6, 11):
        page = _get(server, portal.news_view(start, "&ResortAscending=2"))[1]
        titles += [
            _nfc(t) for t in re.findall(r'/TinTuc/\w+\?OpenDocument"><font[^>]*>([^<]+)<', page)
        ]
        if start < 11:
            assert f'href="{portal.news_view(start + 5, "&ResortAscending=2")}"' in page
    assert titles == sorted(g["title"] for g in portal.GOLD)


def test_register_next_page_never_ends_and_twisties_work(server: PortalServer) -> None:
    view = f"{portal.DB}/vwVanBan?OpenView"
    default = _get(server, view)[1]
    assert "$FILE/" not in _main(default)
    assert f'href="{view}&Start=1&Count=30&Expand=1#1"' in default
    expanded = _get(server, f"{view}&Start=1&Count=30&Expand=1.2")[1]
    assert "1865/QĐ-SGDĐT" in expanded and f"{view}&Start=1.2&Count=30&Collapse=1.2#1.2" in expanded
    collapsed = _main(_get(server, f"{view}&Start=1&Count=30&Collapse=1.2")[1])
    assert "Hide details for 2026" in collapsed and "1865_QD_SGDDT.pdf" not in collapsed
    everything = _get(server, f"{view}&ExpandView")[1]
    for doc in portal.VAN_BAN:
        assert f'href="{doc.href}"' in everything
        assert _raw(server, doc.href)[0] == 200
    target = f"{view}&Start=1&Count=30"
    seen = set()
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.search(r'<a href="([^"]+)"><img[^>]*alt="Trang sau"', page).group(1))
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _start_no(target) == 901 and "No documents found" in _get(server, target)[1]
    news = _get(server, f"{portal.DB}/vwTinTheoChuyenMuc?OpenView&ExpandView")[1]
    assert all(portal.doc_path(s, "vwTinTheoChuyenMuc") in news for s in portal.STORIES)


def test_search_results_link_highlighted_documents(server: PortalServer) -> None:
    for query in portal.KEYWORDS:
        page = _get(server, portal.search_path(query))[1]
        links = re.findall(r'href="([^"]+Highlight=[^"]+)"', page)
        assert links, query
        for link in links:
            assert any(link in g["alt_paths"] for g in portal.GOLD), link
    assert "No documents found" in _get(server, f"{portal.DB}/TinTuc?SearchView&Query=xyz")[1]


def test_encodings(server: PortalServer) -> None:
    for gold in portal.GOLD:
        status, data, headers = _raw(server, gold["path"])
        assert status == 200
        old = any(portal.doc_path(s) == gold["path"] for s in _OLD)
        if old:
            assert headers["Content-Type"] == "text/html; charset=windows-1258"
            assert b"charset" not in data.lower()
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
            text = data.decode("cp1258")
            assert not unicodedata.is_normalized("NFC", text)
            assert gold["title"] in unicodedata.normalize("NFC", text)
        else:
            assert headers["Content-Type"] == "text/html; charset=UTF-8"
            assert b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' in data
        assert "Lotus-Domino" in headers.get_all("Server")


def test_home_redirect_and_domino_errors(server: PortalServer) -> None:
    status, _, headers = _raw(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
    home = _get(server, portal.START_PATH)[1]
    assert home == _get(server, f"{portal.DB}/TrangChu?OpenPage")[1]
    assert "Số lượt truy cập: <b>1.234.567</b>" in home and "Đường dây nóng" in home
    missing = f"{portal.DB}/0/{'0' * 32}?OpenDocument"
    status, page = _get(server, missing)
    assert status == 404 and "Entry not found in index" in page
    assert _get(server, f"{portal.DB}/NoSuchView?OpenView")[0] == 404
