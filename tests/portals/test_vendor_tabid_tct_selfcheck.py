"""Self-checks of the vendor_tabid_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vendor_tabid_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = r"p|div|br|li|ul|ol|tr|table|tbody|h\d|blockquote|select|option|marquee"


def page_lines(markup: str) -> list[str]:
    """The page's text, one collapsed NFC line per block, as a reader sees it."""
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    s = re.sub(r"(?is)<!\[if !supportLists\]>.*?<!\[endif\]>", "", s)
    s = re.sub(r"(?is)<sup><a [^>]*>(?:<span[^>]*>)?\d+(?:</span>)?</a></sup>", "", s)
    s = re.sub(r"(?is)</td>\s*<td[^>]*>", " | ", s)
    s = re.sub(rf"(?is)</?(?:{_BLOCK})\b[^>]*>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    s = unicodedata.normalize("NFC", html.unescape(s))
    return [line for line in (collapse(x) for x in s.split("\n")) if line]


def page_text(markup: str) -> str:
    return " ".join(page_lines(markup))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(base: str, markup: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]*)"', markup):
        href = html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + base, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        if re.search(r"\.(jpe?g|png|gif|css|js|ico|pdf|axd)$", parts.path, re.I):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """A naive breadth-first walk over every same-host href (no normalisation at all)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    while queue and len(pages) < 200:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(headers["Location"])
            queue.append(nxt.path + (f"?{nxt.query}" if nxt.query else ""))
            continue
        assert status == 200, (target, status)
        pages[target] = body
        for link in _links(target, body):
            linked_from.setdefault(link, set()).add(target)
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return pages, linked_from


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(every)) == len(every), "a URL serves two gold articles"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_path_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert gold["title"] in page_lines(body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    body_paras = gold["body"].split("\n\n")
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        lines = page_lines(body)
        assert gold["title"] in lines, alt
        assert body_paras[-1] in lines, alt


def test_every_gold_article_is_reachable(crawl):
    pages, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path


def test_naive_crawl_stays_within_budget(crawl):
    pages, _ = crawl
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)


def test_last_research_article_only_on_page_two(crawl):
    _, linked_from = crawl
    assert linked_from["/Default.aspx?tabid=62&ItemID=1211"] == {
        "/Default.aspx?tabid=62&CatID=7&Page=2"
    }


def test_session_and_home_tab_variants_are_linked(crawl):
    pages, _ = crawl
    assert any(p.startswith("/(S(") for p in pages)
    assert "/Default.aspx?tabid=1&ItemID=1247" in pages
    assert "/Default.aspx?tabid=58&CatID=1&ItemID=1236" in pages
    assert "/default.aspx?TabID=58&itemid=1229" in pages


def _day(published: str) -> str:
    y, m, d = published[:10].split("-")
    return f"{d}/{m}/{y}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_appear_on_the_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    lines = page_lines(body)
    text = " ".join(lines)
    for para in gold["body"].split("\n\n"):
        assert para in lines, para
    if gold["summary"]:
        assert gold["summary"] in lines
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body, img
        if img["caption"]:
            assert img["caption"] in lines or f"({img['caption']})" in lines, img
    if gold["path"].endswith("ItemID=1245"):
        assert "Tuyên Quang, ngày 30 tháng 11 năm 2026" in lines
        assert gold["published_at"] == "2026-11-30"
    else:
        assert _day(gold["published_at"]) in text
    assert gold["published_at"].startswith("2026-1")
    assert gold["category"] in lines or any(gold["category"] in line for line in lines)


def test_chrome_is_not_in_any_gold_body():
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for chrome in (
        "Người đăng",
        "Tin mới hơn",
        "Tin cũ hơn",
        "Ý kiến bạn đọc",
        "Tin, ảnh",
        "Xem thêm",
        "Nơi nhận",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "File đính kèm",
        "Theo Báo",
        "Ảnh: Thu Hà",
        "Đang online",
    ):
        assert chrome not in bodies, chrome


def test_footnote_forms():
    by_id = {g["path"].rsplit("=", 1)[1]: g for g in portal.GOLD}
    assert "công việc”[1]." in by_id["1242"]["body"]
    assert "Đại hội XIV của Đảng." in by_id["1234"]["body"]
    assert "XIV3" not in by_id["1234"]["body"]


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "Ngày đăng:" not in body


def test_root_redirects_to_start(server):
    status, _, headers = fetch(server, "/")
    assert status == 302
    assert headers["Location"] == portal.START_PATH


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai.aspx",
        "/Default.aspx?tabid=99",
        "/Default.aspx?tabid=58&ItemID=9999",
        "/Default.aspx?tabid=62&ItemID=1247",
        "/Default.aspx?tabid=58&CatID=7",
        "/Default.aspx?tabid=64&DocID=1",
        "/Modules/TinTuc/InTin.aspx?ItemID=42",
        "/Portals/0/readme.txt",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_encodings_as_stored(server):
    _, nfd_body, _ = fetch(server, "/Default.aspx?tabid=58&ItemID=1236")
    assert unicodedata.normalize("NFD", "Đoàn công tác") in nfd_body
    _, ent_body, _ = fetch(server, "/Default.aspx?tabid=58&ItemID=1229")
    assert "&#7889;" in ent_body or "&#" in ent_body


def test_dates_printed_in_vi_culture(server):
    _, body, _ = fetch(server, "/Default.aspx?tabid=58&ItemID=1243")
    assert "02/12/2026 12:15:00 CH" in body
    _, body, _ = fetch(server, "/Default.aspx?tabid=58&ItemID=1229")
    assert "19/11/2026 12:00:00 SA" in body
    _, body, _ = fetch(server, "/Default.aspx?tabid=58&ItemID=1221")
    assert "Cập nhật: 12/11/2026" in body
