"""Self-check of the misa_school_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import misa_school_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


def _reader(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _content(markup: str) -> str:
    """The article's column, from the headline to the end of the text div."""
    start = markup.index('<h2 class="ndct-td"')
    end = markup.index('<div class="ndct-cn">')
    return markup[start:end]


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server: PortalServer) -> dict[str, set[str]]:
    """Breadth-first walk over same-host links from START_PATH: target -> pages linking it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            parts = urlsplit(urljoin("http://127.0.0.1" + target, href))
            if parts.netloc not in ("127.0.0.1", f"127.0.0.1:{server.port}"):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _STATIC.search(parts.path) or parts.path.startswith("/Account/"):
                continue
            if nxt not in seen:
                seen[nxt] = set()
                queue.append(nxt)
            seen[nxt].add(target)
    return seen


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(every)) == len(every)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["canonical_path"] == g["path"]


def test_gold_pages_answer_with_title(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert g["title"] in _reader(_content(body)), g["path"]
        assert _CANONICAL.search(body).group(1).endswith(g["canonical_path"])


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _CANONICAL.search(body).group(1).endswith(g["canonical_path"]), alt
            assert g["title"] in _reader(_content(body))


def test_gold_fields_appear_on_page(server: PortalServer) -> None:
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = _reader(_content(body))
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        if g["summary"]:
            assert g["summary"] in _reader(
                body.split('<div class="nd-tomtat"', 1)[1].split("</div>", 1)[0]
            )
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert f'data-original="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        day = g["published_at"][:10]
        dmy = f"{day[8:10]}/{day[5:7]}/{day[0:4]}"
        if g["path"] == portal.url_of(portal.N1):
            assert "ngày 30 tháng 11 năm 2026" in text
        else:
            stamp = f"Ngày đăng: {dmy} {g['published_at'][11:16]}"
            assert stamp in _reader(body), g["path"]
        assert (
            f"Trang chủ › {'Tin tức › ' if g['category'] != 'Thông báo' else ''}{g['category']}"
            in _reader(body)
        )


def test_every_gold_article_and_non_article_is_reachable(crawl: dict[str, set[str]]) -> None:
    for g in portal.GOLD:
        assert g["path"] in crawl, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl, path
    pages = len(crawl)
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_page_two(crawl: dict[str, set[str]]) -> None:
    for story in (portal.A4, portal.A5):
        path = portal.url_of(story)
        assert crawl[path] - {path} == {"/tin-tuc/tin-hoat-dong?page=2"}


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "ndct-td" not in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in (
        "/khong-ton-tai",
        "/tin-tuc/abc/00000000-0000-0000-0000-000000000000",
        "/tin-tuc/tin-hoat-dong?page=9",
        "/tin-tuc/khong-co-chuyen-muc",
        f"/thong-bao/x/{portal.GUID_OF[portal.A1.slug]}",
        "/gioi-thieu?x=1",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_traps_behave_as_documented(server: PortalServer) -> None:
    # 1: upper-case ids in the Thông báo portlet and home slider; old slug on the home page
    _, home, _ = fetch(server, "/")
    assert portal.url_of(portal.N1, upper=True) in home
    assert portal.url_of(portal.A1, upper=True) in home
    assert portal.url_of(portal.B1, slug=portal.B1_OLD_SLUG) in home
    assert portal.B1_OLD_TITLE in home
    # 2: the h1 is the module name, <title> the category
    _, page, _ = fetch(server, portal.url_of(portal.A1))
    assert '<h1 class="mdl-ttl">TIN TỨC</h1>' in page
    assert "<title>Tin hoạt động - Trường PTDTBT THCS Tà Tổng</title>" in page
    # 3: UTC datePublished, later update stamp, header day
    assert 'itemprop="datePublished" content="2026-12-04T08:10:00.000Z"' in page
    assert "Cập nhật lần cuối: 05/12/2026 08:02" in page
    assert portal.HEADER_DAY in page
    # 4: CMS account in the meta row
    assert "Người đăng: ttong.thcs" in page
    # 5: lazy placeholder in src
    assert f'src="{portal.LAZY}" data-original=' in page
    # 6: vendor promo inside the article column
    assert page.index("Ứng dụng MISA EMIS dành cho phụ huynh") < page.index("Các tin khác")
    # 7: A2 prints its sapo twice
    _, a2, _ = fetch(server, portal.url_of(portal.A2))
    assert _reader(a2).count(portal.A2.summary) == 2  # the sapo block and the first paragraph
    # 8: N1 posted on 01/12, letterhead 30/11
    _, n1, _ = fetch(server, portal.url_of(portal.N1))
    assert "Ngày đăng: 01/12/2026 16:20" in n1
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in _reader(n1)
    # 9: A5 in decomposed Unicode
    _, a5, _ = fetch(server, portal.url_of(portal.A5))
    assert unicodedata.normalize("NFD", "Hưởng ứng phong trào") in _content(a5)
    assert unicodedata.normalize("NFC", "Hưởng ứng phong trào") not in _content(a5)
