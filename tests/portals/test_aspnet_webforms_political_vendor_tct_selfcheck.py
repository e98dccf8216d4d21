"""Self-checks of the aspnet_webforms_political_vendor_tct fixture portal against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_political_vendor_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

PAGE_ONLY_FROM_PAGE_2 = {1251, 1256, 1259, 1249}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<br\s*/?>", "\n", markup, flags=re.I)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return unicodedata.normalize("NFC", _html.unescape(markup))


def _flat(markup: str) -> str:
    return collapse(_plain(markup))


def _between(page: str, start: str, end: str) -> str:
    i = page.index(start)
    return page[i : page.index(end, i)]


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Breadth-first over every <a href> on the host: target -> page, target -> linking pages."""
    base = server.url("/")
    host = urlsplit(base).netloc
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _target(urljoin(server.url(target), headers["Location"]))
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        seen[target] = body
        for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            absolute = urljoin(server.url(target), href).split("#")[0]
            if urlsplit(absolute).netloc != host:
                continue
            nxt = _target(absolute)
            if re.search(r"\.(jpg|png|gif|pdf)$", urlsplit(nxt).path, re.I):
                continue
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
    return seen, linked_from


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_module_contract():
    assert portal.NAME == "aspnet_webforms_political_vendor_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        label = _between(body, 'id="ctl00_cphNoiDung_ucChiTietTin_lblTieuDe"', "</span>")
        assert _flat(label.split(">", 1)[1]) == gold["title"], target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = portal.BY_ID[int(gold["canonical_path"].rsplit("=", 1)[1])]
    text_div = _between(body, "ctl00_cphNoiDung_ucChiTietTin_divNoiDung", '<div class="chia_se">')
    text_plain = _flat(text_div)
    paragraphs = gold["body"].split("\n\n")
    start = 1 if story.sapo_outside else 0
    for para in paragraphs[start:]:
        for piece in para.split(" | "):
            assert piece in text_plain, piece[:60]
    lead = _flat(_between(body, 'id="ctl00_cphNoiDung_ucChiTietTin_lblMoTa"', "</div>").split(">", 1)[1])
    if gold["summary"] and story.sapo_outside:
        assert gold["summary"] in lead
        assert paragraphs[0] == gold["summary"]
    elif gold["summary"]:
        assert lead == "" and paragraphs[0] == gold["summary"]
        assert f"<strong>{story.summary}" in unicodedata.normalize("NFC", _html.unescape(text_div))
    else:
        assert lead == ""
    for name in gold["authors"] + gold["photographers"]:
        assert name in text_plain, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text_plain
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in text_div
        if img["caption"]:
            assert img["caption"] in text_plain
    crumb = _flat(_between(body, '<div class="duong_dan">', "</div>"))
    assert crumb.endswith("» " + gold["category"])
    date = _flat(_between(body, 'id="ctl00_cphNoiDung_ucChiTietTin_lblNgayDang"', "</span>"))
    day, month, year = gold["published_at"][8:10], gold["published_at"][5:7], gold["published_at"][:4]
    assert f"({day}/{month}/{year}" in date
    if len(gold["published_at"]) == 10:
        assert "00:00)" in date
    else:
        assert f"{gold['published_at'][11:16]})" in date
    assert "<h1" not in _between(body, "cot_giua", "cot_phai")


def test_reachable_from_start(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            assert target in seen, target
    home_linked = {g["canonical_path"] for g in portal.GOLD} & set(seen)
    assert len(home_linked) == 4  # "Tin tiêu điểm" links the canonical form
    for target in portal.NON_ARTICLES:
        assert target in seen, target


def test_some_articles_only_from_page_two(crawl):
    _, linked_from = crawl
    for tid in PAGE_ONLY_FROM_PAGE_2:
        story = portal.BY_ID[tid]
        sources = linked_from[portal.listing_path(story)]
        assert sources, tid
        assert all("page=2" in s for s in sources), (tid, sources)
        assert portal.canonical_path(story) not in linked_from
        assert not story.opts.get("comments") and tid not in portal.MOST_READ


def test_crawl_is_bounded(crawl):
    seen, _ = crawl
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_sub_category_hidden_in_tree(server):
    _, body, _ = fetch(server, "/Default.aspx")
    hidden = _between(body, 'id="ctl00_ucMenuTrai_tvDanhMucn1Nodes"', "</ul>")
    assert 'style="display:none;"' in hidden and "MaDM=5&amp;MaDMCha=2" in hidden
    assert body.count("MaDMCha=2") == 2  # only the two collapsed nodes
    _, body, _ = fetch(server, "/Tin/DanhMuc.aspx?MaDM=2")
    assert "tvDanhMucn1Nodes\" class=\"cay_cap2\" style=\"display:none;\"" in body
    assert "TinTucID=1290" not in _between(body, "cot_giua", "cot_phai")


def test_pager_overlap(server):
    _, p1, _ = fetch(server, "/Tin/DanhMuc.aspx?MaDM=3")
    _, p2, _ = fetch(server, "/Tin/DanhMuc.aspx?MaDM=3&page=2")
    ids1 = re.findall(r'hplTieuDe" href="ChiTiet.aspx\?TinTucID=(\d+)', p1)
    ids2 = re.findall(r'hplTieuDe" href="ChiTiet.aspx\?TinTucID=(\d+)', p2)
    assert ids1 == ["1285", "1276", "1268"]
    assert ids2 == ["1268", "1259", "1249"]
    assert "&lt;&lt;" in p1 and "DanhMuc.aspx?MaDM=3&amp;page=2" in p1
    assert fetch(server, "/Tin/DanhMuc.aspx?MaDM=3&page=1")[1].count("hplTieuDe") == 3 + 5
    assert fetch(server, "/Tin/DanhMuc.aspx?MaDM=3&page=3")[0] == 404


def test_non_articles_and_errors(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "ctl00_cphNoiDung_ucChiTietTin_divNoiDung" not in body
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx"
    assert fetch(server, "/khong-ton-tai.aspx")[0] == 404
    assert fetch(server, "/Tin/Khac.aspx?TinTucID=1285")[0] == 404
    assert fetch(server, "/ThuVien/ChiTiet.aspx?TaiLieuID=1")[0] == 404
    status, body, _ = fetch(server, portal.session_path(87))
    assert status == 200 and "Tin bài không tồn tại hoặc đã bị gỡ bỏ!" in body
    assert fetch(server, "/Tin/ChiTiet.aspx?TinTucID=999")[0] == 200
    status, _, headers = fetch(server, "/Upload/ThuVien/2026/11/tl-giam-sat-phan-bien.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_seo_title_differs_where_documented(server):
    for tid in (1287, 1259):
        _, body, _ = fetch(server, f"/Tin/ChiTiet.aspx?TinTucID={tid}")
        title_tag = _flat(_between(body, "<title>", "</title>").split(">", 1)[1])
        assert portal.BY_ID[tid].title not in title_tag


def test_encodings_as_documented(server):
    _, body, _ = fetch(server, "/Tin/ChiTiet.aspx?TinTucID=1276")
    text_div = _between(body, "divNoiDung", "chia_se")
    assert text_div != unicodedata.normalize("NFC", text_div)
    _, body, _ = fetch(server, "/Tin/ChiTiet.aspx?TinTucID=1259")
    assert "&#7875;" in _between(body, "divNoiDung", "chia_se")


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
