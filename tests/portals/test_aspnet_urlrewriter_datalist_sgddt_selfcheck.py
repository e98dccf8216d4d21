"""Self-check of the aspnet_urlrewriter_datalist_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import aspnet_urlrewriter_datalist_sgddt as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site()).start()
    yield srv
    srv.stop()


def _glued_text(markup: str) -> str:
    """Tags dropped without a space (Word's runs break inside words), references resolved, NFC."""
    no_tags = re.sub(r"<[^>]+>", "", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _spaced_text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(page_path: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + page_path, href))
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first walk of page links from START_PATH (images, styles, PDFs not fetched)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        for link in _links(target, body):
            if link.split("?")[0].lower().endswith((".jpg", ".png", ".gif", ".pdf", ".css", ".js")):
                continue
            if link not in seen:
                queue.append(link)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "aspnet_urlrewriter_datalist_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        paragraphs = g["body"].split("\n\n")
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        assert all(p == " ".join(p.split()) and p for p in paragraphs)
        assert unicodedata.is_normalized("NFC", g["body"])


def test_gold_pages_serve_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        glued = _glued_text(body)
        spaced = _spaced_text(body)
        assert g["title"] in spaced
        for paragraph in g["body"].split("\n\n"):
            if " | " in paragraph:  # a table row: its cells in order
                assert " ".join(paragraph.split(" | ")) in spaced, (g["path"], paragraph)
            else:
                assert paragraph in glued, (g["path"], paragraph[:60])
        for img in g["images"]:
            src_path = img["path"]
            assert fetch(server, src_path)[0] == 200
            if img["caption"]:
                assert img["caption"] in spaced
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in spaced, (g["path"], name)
        # the title is only in the label: <h1> and <title> say something else
        assert re.search(r'id="ctl00_cphMain_ucChiTietTin1_lblTieuDe" class="tdct">([^<]*)<', body).group(1) \
            == html.escape(g["title"], quote=True)
        assert "<h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH THUẬN</h1>" in body
        assert "<title>\n\tSở GD&amp;ĐT Ninh Thuận - Chi tiết tin\n</title>" in body
        assert 'rel="canonical"' not in body


def test_dates_are_printed_month_first() -> None:
    assert portal.us_date("2026-12-01T17:00:00+07:00") == "12/1/2026 5:00:00 PM"
    assert portal.us_date("2026-11-24T08:15:00+07:00") == "11/24/2026 8:15:00 AM"
    assert portal.us_date("2026-12-02") == "12/2/2026 12:00:00 AM"


def test_dates_on_pages(server: PortalServer) -> None:
    for s, g in zip(portal.STORIES, portal.GOLD, strict=True):
        body = fetch(server, g["path"])[1]
        label = re.search(r'_lblNgayDang">([^<]+)<', body).group(1)
        assert label == portal.us_date(g["published_at"])
        if len(g["published_at"]) == 10:
            assert label.endswith("12:00:00 AM")
        assert s.published_at == g["published_at"]


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        canonical = fetch(server, g["path"])[1]
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert body == canonical, alt


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "lblNgayDang" not in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for path in ("/khong-ton-tai.aspx", "/tin-tuc/9999/abc.aspx", "/chuyen-muc/1/tin-tuc-su-kien/trang-9.aspx",
                 "/chuyen-muc/7/abc/trang-1.aspx", "/van-ban/1.aspx", "/gioi-thieu/abc.aspx",
                 "/Pages/ChiTietTin.aspx?ID=1"):
        assert fetch(server, path)[0] == 404, path


def test_reachability_and_budget(server: PortalServer) -> None:
    pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_last_post_only_behind_the_ellipsis(server: PortalServer) -> None:
    oldest = portal.GOLD[9]
    p4 = portal.list_path(1, 4)
    pages = _crawl(server)
    linking = [t for t, body in pages.items() if oldest["path"] in _links(t, body) and t != oldest["path"]]
    assert linking == [p4]
    page1 = fetch(server, portal.list_path(1, 1))[1]
    assert f'<a href="{p4}">...</a>' in page1
    assert f'<a href="{p4}">4</a>' not in page1


def test_listing_titles_are_truncated(server: PortalServer) -> None:
    page2 = fetch(server, portal.list_path(1, 2))[1]
    long_title = portal.BY_ID[2279].title
    assert len(long_title) > 60
    assert html.escape(long_title[:60]) + "...</a>" in page2


def test_word_runs_break_inside_words(server: PortalServer) -> None:
    body = fetch(server, portal.GOLD[0]["path"])[1]
    assert "<o:p></o:p>" in body
    content = body.split('divNoiDung" class="ndct">')[1].split('<div class="nguoidang">')[0]
    first = portal.GOLD[0]["body"].split("\n\n")[0]
    assert first in _glued_text(content)
    assert first not in _spaced_text(content)
    assert re.search(r"\w</span><span style=\"font-size:14.0pt", content)
