"""Self-check of the apache_roller_tct fixture portal against itself (never the crawler).

Every gold article answers 200 with its title and its gold fields on the page, is reachable by
links from the start page, its alternative URLs serve it (or 301 to it), the non-articles answer
200, unknown paths 404, and a plain breadth-first walk of the site stays in the request budget.
"""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import apache_roller_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = re.compile(r"<(?:/?(?:p|div|td|tr|li|ul|ol|h\d|table|tbody|blockquote)\b[^>]*|br\s*/?)>", re.I)


def page_text(markup: str) -> str:
    """The page's visible text, block elements as line breaks, bare superscripts and comments gone."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<sup>.*?</sup>", "", markup, flags=re.S | re.I)
    markup = re.sub(r"<!\[[^\]]*\]>", "", markup)
    markup = re.sub(r'<span style="mso-list:Ignore">.*?</span></span>', "", markup, flags=re.S)
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    markup = _BLOCK.sub("\n", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    lines = (collapse(html.unescape(line)) for line in markup.split("\n"))
    return "\n".join(line for line in lines if line)


def key(target: str) -> str:
    """How the walk tells URLs apart: path percent-decoded (case of the hex does not matter)."""
    parts = urlsplit(target)
    return unquote(parts.path) + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def walk(server):
    """Breadth-first over <a href> and redirects from START_PATH, HTML pages on the host only."""
    seen = {key(portal.START_PATH)}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    fetched: list[str] = []
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched.append(target)
        links: list[str] = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            pages[key(target)] = body
            links += [html.unescape(h) for h in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', body)]
        for link in links:
            absolute = urljoin(server.url(target), link)
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            rel = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", parts.path, re.I) or "/mediaresource/" in parts.path:
                continue
            if key(rel) not in seen:
                seen.add(key(rel))
                queue.append(rel)
    return pages, fetched


def test_shape():
    assert portal.NAME == "apache_roller_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert g["title"] in page_text(body), g["path"]
        title_tag = re.search(r"<title>(.*?)</title>", body, re.S).group(1)
        assert collapse(html.unescape(title_tag)).endswith(g["title"])


def test_alt_paths_serve_or_redirect(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"] == g["path"], alt
            else:
                assert status == 200, alt
                assert g["title"] in page_text(body)


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            assert para in text, (g["path"], para[:60])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text, img
        assert f">{g['category']}</a>" in body
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if g["title"].startswith("Thông báo tuyển sinh"):
            assert f"ngày {d} tháng {int(m)} năm {y}" in text
        else:
            assert f"thg {int(m)} {d}, {y}" in text
            if "T" in g["published_at"]:
                hh, mm = int(g["published_at"][11:13]), g["published_at"][14:16]
                assert f"{hh % 12 or 12:02d}:{mm}{'SA' if hh < 12 else 'CH'}" in text
            else:
                assert "12:00SA" in text


def test_body_has_no_chrome():
    for g in portal.GOLD:
        for bad in ("Tin, ảnh", "Nguồn:", "Xem thêm", "File đính kèm", "Nơi nhận", "HIỆU TRƯỞNG", "Đăng lúc",
                    "Permalink", "Bình luận", "Tags:", "Ảnh: "):
            assert bad not in g["body"], (g["path"], bad)
        assert ":)" not in g["body"]


def test_gold_and_non_articles_reachable(walk):
    pages, fetched = walk
    for g in portal.GOLD:
        assert key(g["path"]) in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert key(path) in pages, path
    assert len(fetched) <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_gold_only_behind_page_two(server):
    """Tọa đàm (Oct 30) is on neither the first main page nor the first Tin hoạt động page."""
    target = next(g for g in portal.GOLD if g["title"].startswith("Tọa đàm"))
    for first in (portal.START_PATH, portal.cat_url(portal.CAT_TIN)):
        _, body, _ = fetch(server, first)
        assert target["title"] not in page_text(body)
    _, body, _ = fetch(server, portal.cat_url(portal.CAT_TIN) + "?page=1")
    assert target["path"] in body
    assert "« Previous Entries" in page_text(fetch(server, portal.START_PATH)[1])


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai.html",
        "/roller/tctlangson/entry/khong_co_bai_nay",
        "/roller/tctlangson/category/Kh%C3%B4ng+c%C3%B3",
        "/roller/tctlangson/date/20270105",
        "/roller/tctlangson/tags/khongco",
        "/roller/tctlangson/page/khongco",
        "/roller/khacblog/",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
