"""Self-checks of the vnpt_vnedu_web_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vnpt_vnedu_web_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


class _Links(HTMLParser):
    """Anchors' hrefs and GET forms (each option of each select submitted alone)."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form":
            method = (a.get("method") or "get").lower()
            self._form = {"action": a.get("action") or "", "get": method == "get"}
        elif tag == "select" and self._form is not None:
            self._select = a.get("name")
        elif tag == "option" and self._form and self._form["get"] and self._select:
            value = a.get("value")
            if value is not None:
                action = self._form["action"]
                self.hrefs.append(f"{action}?{urlencode({self._select: value})}")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def _links(page_url: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urldefrag(urljoin(page_url, href))[0]
        out.append(url)
    return out


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk from START_PATH over same-host links and GET forms."""
    host = urlsplit(server.base_url).netloc
    start = server.url(portal.START_PATH)
    seen = {start}
    queue = deque([start])
    pages: dict[str, str] = {}
    while queue:
        url = queue.popleft()
        status, body, _ = fetch(server, _target(url))
        if status != 200:
            continue
        pages[_target(url)] = body
        for link in _links(url, body):
            if urlsplit(link).netloc != host or urlsplit(link).path.lower().endswith(_SKIP_EXT):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return pages


def _visible(body: str) -> str:
    """The page's text with tags dropped, entities decoded and invisible characters removed."""
    cells = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", body)
    no_tags = re.sub(r"<[^>]+>", " ", cells)
    plain = _html.unescape(no_tags).replace(portal.ZW, "").replace(portal.SHY, "")
    return collapse(plain)


def _content(body: str) -> str:
    """The sapo box (when printed) and the text's container up to its widgets."""
    start = body.find('<div class="ctt-mota"')
    if start < 0:
        start = body.index('<div class="ctt-noidung"')
    end = body.index('<div class="ctt-danhgia"')
    return body[start:end]


def test_thirteen_gold_and_bounded_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    assert f'<div class="ctt-tieude">{_html.escape(gold["title"])}</div>' in body
    text = _visible(_content(body))
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in _visible(body)
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f'<a href="/tin-tuc/{gold["path"].split("/")[2]}">{_html.escape(gold["category"])}</a>' in body
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<div class="ctt-tieude">{_html.escape(gold["title"])}</div>' in body
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_every_gold_and_non_article_is_reachable(crawl):
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
        for alt in gold["alt_paths"]:
            assert alt in crawl, alt
    for path in portal.NON_ARTICLES:
        assert path in crawl, path


def test_crawl_is_bounded(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_page_two(crawl):
    """2893, 2880 and 2868 are linked only from page 2 of their listings."""
    only_p2 = {2893, 2880, 2868}
    for target, body in crawl.items():
        if target.endswith("?page=2"):
            continue
        for sid in only_p2:
            path = portal.canonical_path(portal.BY_ID[sid])
            assert f'href="{path}"' not in body, (target, sid)
    p2 = crawl["/tin-tuc/tin-tuc-su-kien?page=2"]
    assert portal.canonical_path(portal.S2893) in p2
    assert portal.canonical_path(portal.S2880) in p2
    assert portal.canonical_path(portal.S2868) in crawl["/tin-tuc/hoat-dong-doan-truong?page=2"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="ctt-noidung"' not in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/tin-tuc/khong-co-muc",
        "/tin-tuc/tin-tuc-su-kien/bai-khong-co-9999.html",
        "/tin-tuc/hoat-dong-chuyen-mon/ngay-hoi-chuyen-doi-so-2921.html",
        "/bai-viet/1",
        "/tin-tuc/tin-tuc-su-kien?page=9",
        "/van-ban/chi-tiet/999-tb",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_traps_are_in_place(server):
    status, body, _ = fetch(server, portal.canonical_path(portal.S2915))
    assert status == 200
    # trap 1: the h1 is the school, og:title is cut, the <title> is generic
    assert '<h1 class="ten-truong">Trường THPT Lê Quý Đôn - Hà Đông</h1>' in body
    assert 'content="Học sinh nhà trường đạt 12 giải tại Kỳ thi chọn học sinh giỏ..."' in body
    assert "<title>Chi tiết tin tức |" in body
    # trap 2: local clock labelled Z
    assert 'content="2026-12-02T14:25:00Z"' in body
    # trap 3: 12-hour clock
    assert "02:25 CH, 02/12/2026" in body
    # trap 4: hidden TTS copy of the text outside the text's container
    assert 'class="sv-vanban" style="display:none"' in body
    # trap 5: the sapo box and the same paragraph first in the text
    summary = _html.escape(portal.S2915.summary)
    assert body.count(summary) >= 3  # box, text, TTS copy
    # trap 8: widgets inside the text's container
    inside = body[body.index('<div class="ctt-noidung"') : body.index('<div class="ctt-congcu">')]
    assert "Ý kiến bạn đọc" in inside and "Đánh giá bài viết" in inside
    # trap 9: invisible characters in 2899
    _, body2899, _ = fetch(server, portal.canonical_path(portal.S2899))
    assert portal.ZW in body2899 and portal.SHY in body2899
    # trap 6: cross-posted copy prints the other breadcrumb
    cross = "/tin-tuc/hoat-dong-doan-truong/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2871.html"
    _, body_cross, _ = fetch(server, cross)
    assert '<a href="/tin-tuc/hoat-dong-doan-truong">Hoạt động Đoàn trường</a>' in body_cross
    # trap 12: lazy image
    _, body2912, _ = fetch(server, portal.canonical_path(portal.S2912))
    assert 'data-original="/Uploads/thpt-lqd-hadong/2026/11/tap-huan-lms.jpg"' in body2912


def test_images_and_files_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/Uploads/thpt-lqd-hadong/files/231-TB-THPTLQD.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
