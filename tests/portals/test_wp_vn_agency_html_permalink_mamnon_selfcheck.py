"""Self-checks of the wp_vn_agency_html_permalink_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_vn_agency_html_permalink_mamnon as portal
from tests.portals._selfcheck import fetch

GOLD = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Page(HTMLParser):
    """Links, the h1, the canonical and the visible text of a page."""

    BLOCK: ClassVar[set[str]] = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.link_rels: dict[str, str] = {}
        self.h1: list[str] = []
        self._in_h1 = False
        self._skip = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("rel") and a.get("href"):
            self.link_rels[a["rel"]] = a["href"]
        if tag == "h1":
            self._in_h1 = True
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self.BLOCK:
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in self.BLOCK:
            self.chunks.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        self.chunks.append(data)
        if self._in_h1:
            self.h1.append(data)

    @property
    def text(self) -> str:
        return unicodedata.normalize("NFC", "".join(self.chunks).replace("\xa0", " "))


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip())


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def _lines(page: _Page) -> list[str]:
    return [_norm(x) for x in page.text.split("\n") if _norm(x)]


def test_shape_of_the_module():
    assert portal.NAME == "wp_vn_agency_html_permalink_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 12, (g["path"], len(paras))
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source


@pytest.mark.parametrize("path", list(GOLD))
def test_gold_page_answers_with_its_title_and_canonical(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    page = parse(body)
    assert _norm("".join(page.h1)) == GOLD[path]["title"]
    assert page.link_rels["canonical"].endswith(GOLD[path]["canonical_path"])


@pytest.mark.parametrize("path", list(GOLD))
def test_alt_paths_serve_the_same_article(server, path):
    gold = GOLD[path]
    assert gold.get("alt_paths")
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        page = parse(body)
        assert _norm("".join(page.h1)) == gold["title"], alt
        assert page.link_rels["canonical"].endswith(gold["canonical_path"]), alt
        first = gold["body"].split("\n\n")[0]
        assert first in _norm(page.text), alt


@pytest.mark.parametrize("path", list(GOLD))
def test_gold_fields_are_on_the_page(server, path):
    gold = GOLD[path]
    _, body, _ = fetch(server, path)
    page = parse(body)
    flat = _norm(page.text)
    lines = _lines(page)
    for para in gold["body"].split("\n\n"):
        # each paragraph is one printed line of the page (a <br> ends a line too); a table row's
        # cells are lines of their own
        for piece in para.split(" | "):
            assert piece in lines, (path, piece)
    for name in gold["authors"] + gold["photographers"]:
        assert name in flat, (path, name)
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in lines
    if gold["summary"]:
        assert gold["summary"] == gold["body"].split("\n\n")[0]
        assert f"<p><strong>{portal.tx(gold['summary'])}</strong></p>" in body
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in body, (path, img)
        if img["caption"]:
            assert img["caption"] in lines, (path, img["caption"])
    # what is NOT body is on the page too, and kept out of the gold
    for chrome in ("Bài viết liên quan", "Bài viết mới", portal.HEADER_TODAY, "đường dẫn tĩnh"):
        assert chrome in flat
        assert chrome not in gold["body"]
    # the category is the breadcrumb's
    crumb = re.search(r'<p id="breadcrumbs">(.*?)</p>', body).group(1)
    steps = [_norm(x) for x in _html.unescape(re.sub(r"<[^>]+>", "", crumb)).split("»")]
    assert steps[:2] == ["Trang chủ", gold["category"]]
    # the date: letterhead day, or the published time in the markup (local) and in Yoast's GMT meta
    when = gold["published_at"]
    if len(when) == 10:
        d = datetime.fromisoformat(when)
        assert f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}" in flat
    else:
        gmt = datetime.fromisoformat(when).astimezone(UTC).isoformat()
        assert f'<meta property="article:published_time" content="{gmt}" />' in body
        if "entry-meta uppercase" in body:
            assert f'class="entry-date published" datetime="{when}"' in body


def test_gmt_meta_falls_on_the_day_before_for_early_posts():
    early = [g for g in portal.GOLD if "T0" in (g["published_at"] or "") and int(g["published_at"][11:13]) < 7]
    assert len(early) >= 2
    for g in early:
        local = datetime.fromisoformat(g["published_at"])
        assert local.astimezone(UTC).date() < local.date()


def test_body_keeps_out_captions_bylines_and_widgets():
    bodies = "\n\n".join(g["body"] for g in portal.GOLD)
    for noise in ("Nội dung bài viết", "Tin, ảnh:", "Ảnh: Hoàng Thị Yến", "bình chọn", "Xem thêm:", "su_spacer",
                  "Nơi nhận", "THÔNG BÁO", "Số: 112/TB-MNSM", "Tải văn bản", "GV: Trần", "Phụ huynh bé Bảo Anh",
                  "Chúc các cô luôn mạnh khỏe", "quantri", "Được bảo vệ"):
        assert noise not in bodies, noise
    for g in portal.GOLD:
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] not in g["body"].split("\n\n")
        assert g["body"] == unicodedata.normalize("NFC", g["body"])


def test_nfd_article_is_printed_decomposed(server):
    nfd = next(s for s in portal.ARTICLES if s.opts.get("nfd"))
    _, body, _ = fetch(server, portal.path_of(nfd))
    text = body[body.index('<h1 class="entry-title">'):body.index('<div class="blog-share')]
    assert unicodedata.normalize("NFD", "giáo viên dạy giỏi") in text
    assert "giáo viên dạy giỏi" not in text


def test_two_category_post_breadcrumb_differs_from_first_category(server):
    _, body, _ = fetch(server, portal.path_of(portal.GARDEN))
    h6 = re.search(r'<h6 class="entry-category is-xsmall">(.*?)</h6>', body).group(1)
    assert re.sub(r"<[^>]+>", "", h6).startswith("Góc bé yêu")
    assert GOLD[portal.path_of(portal.GARDEN)]["category"] == "Tin tức – Sự kiện"
    for cat in ("goc-be-yeu", "tin-tuc-su-kien"):
        _, listing, _ = fetch(server, f"/chuyen-muc/{cat}/")
        assert portal.path_of(portal.GARDEN) in listing


def _crawl(server, skip=lambda target: False):
    """Breadth-first over <a href> on this host (no forms, no <link>): visited HTML targets."""
    seen: set[str] = set()
    pages: list[str] = []
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages.append(target)
        for href in parse(body).links:
            url = urlsplit(urljoin(server.url(target), href))
            if url.scheme not in ("http", "https") or url.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = url.path + (f"?{url.query}" if url.query else "")
            if re.search(r"\.(jpg|png|gif|pdf|css|js)$", url.path) or skip(nxt):
                continue
            if nxt not in seen:
                queue.append(nxt)
    return pages


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    pages = _crawl(server)
    for path in GOLD:
        assert path in pages, path
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_behind_page_two(server):
    pages = _crawl(server, skip=lambda target: "/page/" in target)
    hidden = [p for p in GOLD if p not in pages]
    assert sorted(hidden) == sorted([portal.path_of(portal.TT5), portal.path_of(portal.GB4)])


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/chuyen-muc/khong-co/",
        "/chuyen-muc/goc-be-yeu/page/3/",
        "/tag/khong-co/",
        "/author/admin/",
        "/foo/bar/",
        "/ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11.html/khong-co-anh",
        "/?p=99999",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_redirects(server):
    status, _, headers = fetch(server, f"/?p={portal.TT1.id}")
    assert status == 301 and headers["Location"] == portal.path_of(portal.TT1)
    status, _, headers = fetch(server, portal.path_of(portal.TT1) + "/")
    assert status == 301 and headers["Location"] == portal.path_of(portal.TT1)
    status, _, headers = fetch(server, "/chuyen-muc/goc-be-yeu/page/1/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/goc-be-yeu/"


def test_images_and_pdf_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/wp-content/uploads/2026/12/TB-112-MNSM-nghi-tet-duong-lich-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_protected_post_is_a_password_form(server):
    status, body, _ = fetch(server, portal.path_of(portal.PROTECTED))
    assert status == 200
    assert "post-password-form" in body and "Được bảo vệ: Album ảnh lớp Lá 1 tháng 11" in body
