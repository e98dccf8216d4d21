"""Self-check of the squiz_matrix_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import squiz_matrix_tct as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_BY_PATH = {g["path"]: g for g in portal.GOLD}
_STORY = {portal.primary(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    """Visible text as a reader sees it: no scripts, no Word list markers, no bare superscripts."""

    VOID: ClassVar[set[str]] = {"br", "img", "input", "hr", "meta", "link", "col", "area", "base", "wbr", "source"}
    BLOCK: ClassVar[set[str]] = {"p", "div", "td", "th", "tr", "li", "h1", "h2", "h3", "h4", "table", "ul", "ol", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[bool] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            self.parts.append(" ")
            return
        style = dict(attrs).get("style") or ""
        skip = tag in ("script", "style", "sup", "select") or "mso-list:Ignore" in style
        self.stack.append(skip)
        self.skip += skip
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if self.stack and self.stack.pop():
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def reader_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return " ".join(unicodedata.normalize("NFC", "".join(parser.parts)).split())


def test_gold_shape() -> None:
    assert portal.NAME == "squiz_matrix_tct"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(every) == len(set(every)), "a URL belongs to two gold records"
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & set(every)
    stamp = re.compile(r"^2026-(10|11|12)-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
    for g in portal.GOLD:
        assert stamp.match(g["published_at"]), g["path"]
        assert g["body"] and g["title"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("path", list(_BY_PATH))
def test_gold_page_and_twins_serve_the_article(server: PortalServer, path: str) -> None:
    gold = _BY_PATH[path]
    status, body, _ = fetch(server, path)
    assert status == 200
    assert gold["title"] in reader_text(body)
    assert f'<link rel="canonical" href="{server.base_url}{path}" />' in body
    for alt in gold.get("alt_paths", []):
        status, alt_body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == server.base_url + path
            continue
        assert status == 200, alt
        assert gold["title"] in reader_text(alt_body), alt
        assert (gold["body"].split("\n\n")[-1]) in reader_text(alt_body), alt


@pytest.mark.parametrize("path", list(_BY_PATH))
def test_gold_fields_are_printed(server: PortalServer, path: str) -> None:
    gold = _BY_PATH[path]
    story = _STORY[path]
    _, body, _ = fetch(server, path)
    text = reader_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, (path, cell)
        else:
            assert para in text, (path, para)
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, (path, name)
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f">{gold['category']}</a>" in body
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if path == portal.primary(portal.A8):
        assert f"ngày {d} tháng {m} năm {y}" in text
    elif story.cat == "nghien-cuu-trao-doi":
        assert f"Ngày đăng: {story.opts['posted']}" in text
    else:
        assert f"Ngày đăng: {d}/{m}/{y}" in text
        if "T" in gold["published_at"]:
            assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in text
    # the short name is what <title> carries, never the headline itself
    assert f"<title>{_html.escape(story.opts['short'])} - " in body


def _crawl(server: PortalServer) -> tuple[dict[str, set[str]], int]:
    """Every on-site page reachable by plain links from START_PATH: target -> pages linking it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        links: list[str] = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200:
            links.extend(_html.unescape(h) for h in _HREF.findall(body))
        else:
            raise AssertionError(f"{target} answered {status}")
        for href in links:
            if href.startswith(("javascript:", "mailto:", "#")) or not href:
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if parts.path.startswith("/__data/"):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen[nxt] = set()
                queue.append(nxt)
            seen[nxt].add(target)
    return seen, pages


def test_everything_is_reachable_within_budget(server: PortalServer) -> None:
    seen, pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    # every reached URL that shows an article is one of its gold URLs
    known = {p for g in portal.GOLD for p in [g["path"], *g.get("alt_paths", [])]}
    for target in seen:
        if target.startswith("/tin-tuc/") or "a=" in target or target.startswith("/nghien-cuu-trao-doi/"):
            assert target in known, target
    # the page-2-only articles
    for story in (portal.A4, portal.A5, portal.A13):
        own = {portal.primary(story), *_BY_PATH[portal.primary(story)]["alt_paths"]}
        sources = seen[portal.primary(story)] - own
        assert sources and all("_result_page=2" in src for src in sources), sources


def test_trap_twins(server: PortalServer) -> None:
    base = server.base_url
    _, home, _ = fetch(server, "/")
    for story in (portal.A1, portal.A10, portal.A8):
        assert f'href="{base}/?a={story.id}"' in home
    _, a12, _ = fetch(server, portal.primary(portal.A12))
    assert 'href="./?a=10474"' in a12
    status, twin, _ = fetch(server, "/tin-tuc/?a=10474")
    assert status == 200 and portal.A11.title in reader_text(twin)
    status, printed, _ = fetch(server, portal.primary(portal.A1) + "?SQ_DESIGN_NAME=print")
    assert status == 200 and 'rel="canonical"' not in printed and "mnu_ngang" not in printed
    _, listing, _ = fetch(server, "/nghien-cuu-trao-doi")
    assert f'href="{base}{portal.A10.opts["also"]}"' in listing
    _, a7, _ = fetch(server, portal.primary(portal.A7))
    assert f"{portal.primary(portal.A1)}/_nocache" in a7


def test_trap_redirect_and_dates(server: PortalServer) -> None:
    old = f"/tin-tuc/{portal.A9.opts['old_slug']}"
    status, _, headers = fetch(server, old)
    assert status == 301 and headers["Location"].endswith(portal.primary(portal.A9))
    _, a1, _ = fetch(server, portal.primary(portal.A1))
    assert 'content="2026-12-02T16:47:12+07:00"' in a1  # DCTERMS.created, not the publication
    assert "Cập nhật lần cuối: 04/12/2026 08:05" in reader_text(a1)
    _, a4, _ = fetch(server, portal.primary(portal.A4))
    assert "Ngày đăng: 06/11/2026 00:00" in reader_text(a4)
    _, a8, _ = fetch(server, portal.primary(portal.A8))
    assert "Ngày đăng: 01/12/2026 08:20" in reader_text(a8)


def test_trap_text_boundaries(server: PortalServer) -> None:
    _, a11, _ = fetch(server, portal.primary(portal.A11))
    assert "<sup><a href=\"#cth1\" id=\"ref1\">1</a></sup>" in a11
    assert "mso-list:Ignore" in a11
    _, a10, _ = fetch(server, portal.primary(portal.A10))
    assert "suông”.[1]" in reader_text(a10)
    _, a5, _ = fetch(server, portal.primary(portal.A5))
    assert "&#" in a5 and "- Nêu gương trong nghiên cứu" in reader_text(a5)
    _, a2, _ = fetch(server, portal.primary(portal.A2))
    assert "Tin: Hoàng Anh - Ảnh: Minh Đức" in reader_text(a2)
    assert "Người đăng: tct.bientap" in reader_text(a2)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server: PortalServer, path: str) -> None:
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "Running Squiz Matrix" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/tin-tuc/bai-khong-ton-tai",
        "/tin-tuc",
        "/?a=99999",
        "/tin-hoat-dong?result_10311_result_page=9",
        "/tin-hoat-dong?result_99_result_page=2",
        "/tin-tuc/khai-giang-lop-trung-cap-ly-luan-chinh-tri-k112?utm_source=fb",
        "/tin-tuc/khai-giang-lop-trung-cap-ly-luan-chinh-tri-k112?SQ_DESIGN_NAME=mobile",
        "/gioi-thieu/lich-su-phat-trien/_nocache",
    ],
)
def test_unknown_paths_404(server: PortalServer, target: str) -> None:
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_are_served(server: PortalServer) -> None:
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
