"""Self-check of the apostrophe_pgd fixture portal against itself (never the crawler).

It serves the fixture on loopback and checks that every gold target answers 200 with its title,
that the gold's text, names, images and captions are printed on the page, that walking the links
from the start page reaches every article and non-article within the crawl budget, that unknown
targets are 404s, and that the documented traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import apostrophe_pgd as portal
from tests.portals._selfcheck import fetch

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "figure", "figcaption", "blockquote", "section", "article", "header", "footer", "nav", "aside", "main",
    "time", "span",
}
_SKIP_TAGS = {"script", "style"}
_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK and tag != "span":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip -= 1
        elif tag in _BLOCK and tag != "span":
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    raw = "".join(parser.parts).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"[ \t\r\f\v]+", " ", raw))


def flat(markup: str) -> str:
    return re.sub(r"\s+", " ", page_text(markup))


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _targets(record: dict) -> list[str]:
    return [record["path"], *record.get("alt_paths", [])]


def test_gold_shape():
    assert portal.NAME == "apostrophe_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    labels = set(portal.CATS.values())
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] in labels
        assert g["title"] == nfc(" ".join(g["title"].split()))
        assert g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
    every_alt = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(every_alt) & set(paths)
    assert not set(portal.NON_ARTICLES) & set(paths)


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_targets_answer_with_title(server, record):
    for target in _targets(record):
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = flat(body)
        assert record["title"] in text, target


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_printed(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = flat(body)
    assert f'rel="canonical" href="{server.base_url}{record["canonical_path"]}"' in body
    story = next(s for s in portal.STORIES if portal.url_of(s) == record["path"])
    for block in story.blocks:
        if isinstance(block, portal.P) and block.style in ("th", "tr"):
            for cell in block.text.split(" | "):
                assert nfc(cell) in text
    for para in record["body"].split("\n\n"):
        if " | " in para:
            continue
        assert para in text, para
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text, name
    if record["source"]:
        assert f"Nguồn: {record['source']}" in text
    for img in record["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    day = record["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {m} năm {y}" in text
    if "T" in record["published_at"]:
        assert record["published_at"][11:16] in text
    assert record["category"] in text


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "<h2" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/bai-viet-khong-co-that",
        f"/thong-bao/{portal.A1.slug}",
        "/tin-tuc?category=khong-co",
        "/tin-tuc?category=thong-bao&page=2",
        "/tin-tuc?page=9",
        "/thong-bao?page=3",
        "/van-ban/khong-co",
        "/video/khong-co",
        "/tin-tuc/a/b",
    ],
)
def test_unknown_targets_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def _walk(server) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH; redirects followed; pages counted."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, target
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != f"{server.host}:{server.port}":
                continue
            if parts.path.startswith(("/uploads/", "/apos-frontend/")) or parts.path == "/favicon.ico":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen, requests


def test_everything_reachable_within_budget(server):
    seen, requests = _walk(server)
    for record in portal.GOLD:
        assert set(_targets(record)) & seen, record["path"]
        assert record["path"] in seen, record["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert requests <= budget, (requests, budget)


def test_trap_notice_only_on_page_two(server):
    a13 = portal.url_of(portal.A13)
    for target in ("/", "/tin-tuc", "/tin-tuc?page=2", "/tin-tuc?page=3", "/thong-bao"):
        assert a13 not in fetch(server, target)[1], target
    assert f'href="{a13}"' in fetch(server, "/thong-bao?page=2")[1]


def test_trap_two_index_pages(server):
    slug = portal.A11.slug
    home = fetch(server, "/")[1]
    assert f'href="/tin-tuc/{slug}"' in home
    status, body, _ = fetch(server, f"/tin-tuc/{slug}")
    assert status == 200
    assert f'rel="canonical" href="{server.base_url}/thong-bao/{slug}"' in body


def test_trap_apos_links_and_fragment(server):
    a2 = fetch(server, portal.url_of(portal.A2))[1]
    assert "?aposMode=draft&amp;aposLocale=vi" in a2
    fragment = fetch(server, f"{portal.url_of(portal.A6)}?aposRefresh=1")[1]
    assert "<footer" not in fragment and "<html" not in fragment
    assert portal.A6.title in fragment
    status, _, headers = fetch(server, "/tin-tuc/hoi-thi-giao-vien-day-gioi-cap-huyen-thcs-2026")
    assert status == 301 and headers["Location"] == portal.url_of(portal.A6)


def test_trap_utc_datetimes(server):
    a2 = fetch(server, portal.url_of(portal.A2))[1]
    assert 'datetime="2026-12-02T23:15:00.000Z"' in a2 and "03/12/2026 | 06:15" in a2
    a4 = fetch(server, portal.url_of(portal.A4))[1]
    assert 'datetime="2026-11-28T17:00:00.000Z"' in a4 and "29/11/2026</time>" in a4
    a13 = fetch(server, portal.url_of(portal.A13))[1]
    assert "29/10/2026 | 00:00" in a13
    assert portal.HEADER_TODAY in a13


def test_trap_nfd_and_headline(server):
    body = fetch(server, portal.url_of(portal.A7))[1]
    assert unicodedata.normalize("NFD", portal.A7.title) in body
    assert portal.A7.title not in body
    assert "mso-list:Ignore" in body
    assert '<h1 class="ten-dv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</h1>' in body
    assert re.search(r'<h2 class="bv-td">', body)


def test_trap_letterhead_and_chrome(server):
    text = flat(fetch(server, portal.url_of(portal.A11))[1])
    gold = next(g for g in portal.GOLD if g["path"] == portal.url_of(portal.A11))
    assert "ngày 30 tháng 11 năm 2026" in text and "01/12/2026 | 09:12" in text
    assert gold["published_at"] == "2026-11-30"
    for chrome in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nơi nhận", "TRƯỞNG PHÒNG", "Số: 412/TB-PGDĐT", "Tải về"):
        assert chrome in text
        assert chrome not in gold["body"]
    for g in portal.GOLD:
        assert "đường dây nóng" not in g["body"]
        assert "Người đăng" not in g["body"]
        assert "Xem thêm" not in g["body"]


def test_static_files(server):
    record = portal.GOLD[0]
    status, _, headers = fetch(server, record["images"][0]["path"])
    assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, portal.pdf_att("tb-412-tuyen-dung-vien-chuc-2026"))
    assert status == 200 and headers["Content-Type"] == "application/pdf"
