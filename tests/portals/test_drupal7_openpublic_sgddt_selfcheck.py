"""Self-checks of the drupal7_openpublic_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal7_openpublic_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


class _Text(HTMLParser):
    """Visible text (scripts and styles out), plus links and the h1."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.h1: list[str] = []
        self._skip = 0
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag == "h1":
            self._in_h1 = True
        if tag in ("p", "br", "div", "li", "td", "tr", "h1", "h2", "h3", "figcaption"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag == "h1":
            self._in_h1 = False
        if tag in ("p", "div", "li", "td", "h1", "h2", "h3"):
            self.parts.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        self.parts.append(data)
        if self._in_h1:
            self.h1.append(data)

    @property
    def text(self) -> str:
        joined = unicodedata.normalize("NFC", "".join(self.parts))
        return " ".join(collapse(line) for line in joined.split("\n") if line.strip())


def parse(body: str) -> _Text:
    p = _Text()
    p.feed(body)
    return p


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _internal(server, page_url: str, href: str) -> str | None:
    href = _html.unescape(href).strip()
    if href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    absolute = urljoin(page_url, href)
    parts = urlsplit(absolute)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    if parts.path.lower().endswith(STATIC_EXT):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status != 200:
            continue
        for href in parse(body).links:
            nxt = _internal(server, server.url(target), href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_module_contract():
    assert portal.NAME == "drupal7_openpublic_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["body"] and "\n\n\n" not in g["body"]


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_answers_with_its_fields(server, record):
    status, body, headers = fetch(server, record["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    page = parse(body)
    assert collapse("".join(page.h1)) == record["title"]
    txt = page.text
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in txt, cell
    for name in record["authors"] + record["photographers"]:
        assert name in txt
    if record["source"]:
        assert record["source"] in txt
    if record["summary"]:
        assert record["summary"] in txt
    srcs = [_html.unescape(s) for s in page.imgs]
    for img in record["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in txt
    assert record["category"] in txt
    assert f'<link rel="canonical" href="{record["canonical_path"]}"' in body


def test_printed_dates(server):
    for record in portal.GOLD:
        _, body, _ = fetch(server, record["path"])
        txt = parse(body).text
        day = record["published_at"][:10]
        y, m, d = day.split("-")
        if record["path"].endswith("nghi-tet-duong-lich-nam-2027"):
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in txt
            continue
        assert f"{d}/{m}/{y}" in txt
        if "T" in record["published_at"]:
            assert record["published_at"][11:16] in txt


def test_alt_paths_serve_the_same_article(server):
    for record in portal.GOLD:
        for alt in record["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert record["title"] in parse(body).text, alt


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    seen = crawl(server)
    for record in portal.GOLD:
        assert seen.get(record["path"]) == 200, record["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert all(status == 200 for status in seen.values()), {k: v for k, v in seen.items() if v != 200}
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_page_two_only_articles(server):
    """2790 and 2748 are linked only from page 2 of listings (the trap the docstring names)."""
    seen = crawl(server)
    only_later = {portal.story_path(portal.A10), portal.story_path(portal.A13)}
    for target in seen:
        if "page=1" in target or target.startswith("/print/"):
            continue
        _, body, _ = fetch(server, target)
        links = {_internal(server, server.url(target), h) for h in parse(body).links}
        if target in only_later:
            continue
        assert not (links & only_later), target


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/tin-tuc/bai-viet-khong-ton-tai",
        "/node/99999",
        "/print/12",
        "/chuyen-muc/khong-co",
        "/?q=node/1",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_are_served(server):
    for record in portal.GOLD:
        for img in record["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")


def test_traps_are_in_the_markup(server):
    _, a3, _ = fetch(server, portal.story_path(portal.A3))
    assert "&#7897;" in a3 or "&agrave;" in a3
    _, a8, _ = fetch(server, portal.story_path(portal.A8))
    assert unicodedata.normalize("NFD", "trải nghiệm") in a8
    _, a6, _ = fetch(server, portal.story_path(portal.A6))
    assert "mso-list:Ignore" in a6 and "00:00" in a6
    _, a4, _ = fetch(server, portal.story_path(portal.A4))
    assert 'content="2026-12-04T08:05:37+07:00"' in a4 and "02/12/2026" in a4
    _, home, _ = fetch(server, "/")
    assert 'href="/?page=0,1"' in home and 'href="/node/2841"' in home
    _, home2, _ = fetch(server, "/?page=0,1")
    assert 'href="/?page=0,0"' in home2
    assert re.search(r"site-alert", home)
