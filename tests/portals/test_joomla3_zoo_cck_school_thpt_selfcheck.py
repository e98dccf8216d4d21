"""Self-checks of the joomla3_zoo_cck_school_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_zoo_cck_school_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_INLINE = {"strong", "em", "span", "b", "i", "a", "font", "u", "sup", "sub"}
_STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


class _Page(HTMLParser):
    """Links (with the page's <base href>), image sources and visible text of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.imgs: list[tuple[str | None, str | None]] = []
        self.canonical: str | None = None
        self._skip = 0
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "img":
            self.imgs.append((a.get("src"), a.get("data-original")))
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        if tag not in _INLINE:
            self._text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self._skip -= 1
        if tag not in _INLINE:
            self._text.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self._text.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self._text))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server, *, honour_base: bool = True, refuse=lambda target: False) -> dict[str, int]:
    """Breadth-first walk over same-host <a href> links from START_PATH: target -> status."""
    start = server.url(portal.START_PATH)
    seen: dict[str, int] = {}
    queue = deque([start])
    host = urlsplit(start).netloc
    while queue:
        url = queue.popleft()
        target = _target(url)
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status != 200:
            continue
        page = parse(body)
        base = urljoin(url, page.base) if (honour_base and page.base) else url
        for href in page.hrefs:
            href = href.strip()
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(base, href).split("#", 1)[0]
            parts = urlsplit(absolute)
            if parts.netloc != host or parts.path.lower().endswith(_STATIC_EXT):
                continue
            t = _target(absolute)
            if "task=callelement" in t or refuse(t) or t in seen:
                continue
            queue.append(absolute)
    return seen


def test_counts_and_shape():
    assert portal.NAME == "joomla3_zoo_cck_school_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


def test_gold_pages_answer_with_title_and_canonical(server):
    for g in portal.GOLD:
        status, body, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert "text/html" in headers.get("Content-Type", "")
        page = parse(body)
        assert g["title"] in page.text, g["path"]
        assert page.canonical == server.url(g["canonical_path"])


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        assert g["alt_paths"], g["path"]
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            page = parse(body)
            assert g["title"] in page.text
            assert page.canonical == server.url(g["path"])


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, len(seen)


def test_crawler_ignoring_base_still_reaches_gold_and_hits_bounded_404s(server):
    seen = crawl(server, honour_base=False)
    ok = {t for t, s in seen.items() if s == 200}
    assert all(g["path"] in ok for g in portal.GOLD)
    broken = [t for t, s in seen.items() if s == 404]
    assert broken and all("/item/tin-tuc/item/" in t for t in broken)
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_via_page_two(server):
    def later_page(t: str) -> bool:
        return bool(re.match(r"^/tin-tuc/category/[a-z0-9-]+/(?:page/)?([2-9]|\d\d)$", t)) or "page=" in t

    seen = crawl(server, refuse=later_page)
    for path in portal.ONLY_VIA_PAGE_2:
        assert path not in seen, path
    seen = crawl(server, refuse=lambda t: t.startswith("/tin-tuc/category/hoat-dong-doan-hoi"))
    for path in portal.ONLY_VIA_SUBCATEGORY:
        assert path not in seen, path
    # and the menu never names the sub-category
    _, home, _ = fetch(server, "/")
    assert "/tin-tuc/category/hoat-dong-doan-hoi" not in home


def _printed_date(g: dict) -> str:
    value = g["published_at"]
    if "T" in value:
        d = dt.datetime.fromisoformat(value)
        return f"{d:%d} Tháng {d.month} {d.year} {d:%H:%M}"
    d = dt.date.fromisoformat(value)
    if g["path"].startswith("/tin-tuc/item/thong-bao-"):
        return f"ngày {d.day} tháng {d.month} năm {d.year}"
    return f"{d:%d} Tháng {d.month} {d.year} 00:00"


def test_gold_fields_are_on_the_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        page = parse(body)
        txt = page.text
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in txt, (g["path"], cell)
        if g["summary"]:
            assert g["summary"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert f"Theo {g['source']}" in txt
        assert _printed_date(g) in txt, g["path"]
        base = urljoin(server.url(g["path"]), page.base or "")
        srcs = set()
        for src, lazy in page.imgs:
            for s in (src, lazy):
                if s:
                    srcs.add(_target(urljoin(base, _html.unescape(s))))
        for img in g["images"]:
            assert img["path"] in srcs, (g["path"], img["path"])
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
            if img["caption"]:
                assert img["caption"] in txt
                assert img["caption"] not in g["body"]


def test_traps_are_printed(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    c2 = by_path[portal.item_path(portal.C2)]
    _, body, _ = fetch(server, c2["path"])
    assert "{jcomments on}" in body and "{jcomments on}" not in c2["body"]
    assert "Thời gian tổ chức: Thứ hai, 21 Tháng 12 2026" in parse(body).text
    a4 = by_path[portal.item_path(portal.A4)]
    _, body, _ = fetch(server, a4["path"])
    assert unicodedata.normalize("NFD", "Đoàn công tác") in body
    assert a4["title"] not in body and unicodedata.is_normalized("NFC", a4["body"])
    same = [g for g in portal.GOLD if g["title"] == "Sinh hoạt chuyên môn theo nghiên cứu bài học"]
    assert len(same) == 2 and same[0]["body"] != same[1]["body"]
    _, body, _ = fetch(server, portal.item_path(portal.A3))
    assert "Có thể bạn quan tâm" in body
    assert "Có thể bạn quan tâm" not in by_path[portal.item_path(portal.A3)]["body"]
    _, body, _ = fetch(server, portal.item_path(portal.B3))
    assert 'src="images/zoo/2026/vat-ly/thi-nghiem-ao.jpg"' in body and '<base href="http://' in body
    _, body, _ = fetch(server, portal.item_path(portal.A5))
    assert 'data-original="/images/zoo/2026/giao-luu-nhat-ban/don-doan.jpg"' in body
    assert "Bình luận" in body and "Phụ huynh lớp 11A3" in body
    _, body, _ = fetch(server, "/tin-tuc/category/tin-tuc-su-kien")
    assert "Hoạt động Đoàn - Hội" in body and "Sau ›" in body and "Cuối »" in body
    _, body, _ = fetch(server, "/tin-tuc/category/tin-tuc-su-kien/2")
    assert "« Đầu" in body and "‹ Trước" in body


def test_listing_variants_and_downloads(server):
    one = fetch(server, "/tin-tuc/category/hoat-dong-chuyen-mon/2")
    assert one[0] == 200
    for variant in ("/tin-tuc/category/hoat-dong-chuyen-mon?page=2", "/tin-tuc/category/hoat-dong-chuyen-mon/page/2"):
        status, body, _ = fetch(server, variant)
        assert status == 200 and portal.B4.slug in body
    status, _, headers = fetch(
        server,
        f"/index.php?option=com_zoo&task=callelement&format=raw&item_id={portal.B2.id}"
        "&element=7e1c2f55-9a0b-4a1c-9f65-3b2f3c0a91de&method=download",
    )
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="item-page"' in body and "pos-title" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/gioi-thieu",
        "/gioi-thieu/khong-co",
        "/tin-tuc/item/khong-co-bai-nay",
        "/tin-tuc/item/tin-tuc/item/sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-2",
        "/tin-tuc/category/thong-bao/2",
        "/tin-tuc/category/khong-co",
        "/tin-tuc/tag/kh%C3%B4ng%20c%C3%B3",
        "/component/zoo/item/sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc?Itemid=999",
        "/index.php?option=com_zoo&task=item&item_id=9999&Itemid=112",
        "/tin-tuc/item/images/zoo/2026/vat-ly/thi-nghiem-ao.jpg",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert prefix not in source
