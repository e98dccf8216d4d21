"""Self-checks of the commune_portal_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import commune_portal_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("p", "br", "td", "li", "div", "tr", "h1", "table"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    # a bare superscript number calling a footnote is no text (the house's convention)
    body = re.sub(r"<sup><a [^>]*>\d+</a></sup>", "", body)
    parser = _Text()
    parser.feed(body)
    return unicodedata.normalize("NFC", " ".join(collapse(x) for x in "".join(parser.parts).split("\n")))


def links(body: str, page_url: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(page_url, href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over <a href> links from START_PATH; page requests only (no static files)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, "http://fixture.invalid" + target):
            path = urlsplit(link).path
            if path.startswith("/Uploads/") or path.startswith("/App_Themes/") or link in seen or skip(link):
                continue
            seen.add(link)
            queue.append(link)
    return seen, requests


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-11:])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        src = img["path"]
        assert src in body or "../" + src.removeprefix("/") in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    story = next(s for s in portal.STORIES if portal.art_path(s) == gold["path"])
    assert story.opts["posted"] in text
    day, clock, ampm = story.opts["posted"].split()
    d, m, y = day.split("/")
    if story is portal.G3:
        # the notice's date is its letterhead's day, not the day it was posted
        assert "Tân Hòa, ngày 27 tháng 11 năm 2026" in text and gold["published_at"] == "2026-11-27"
        return
    assert gold["published_at"][:10] == f"{y}-{m}-{d}"
    hh = int(clock.split(":")[0]) % 12 + (12 if ampm == "CH" else 0)
    if clock.startswith("12:00:00") and ampm == "SA":
        assert gold["published_at"] == f"{y}-{m}-{d}"
    else:
        assert gold["published_at"][11:16] == f"{hh:02d}:{clock.split(':')[1]}"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-11:])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body)
        assert f'{server.base_url}{gold["canonical_path"]}' in body


def test_every_gold_article_reachable_within_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_behind_page_two(server):
    seen, _ = crawl(server, skip=lambda link: "trang=" in link)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    expected = {portal.art_path(s) for s in (portal.A3, portal.G5, portal.G6, portal.G7)}
    assert set(hidden) == expected


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<title>" in body and "404" not in body.split("</title>")[0]
    # the intro page wears the article template but prints no date
    _, body, _ = fetch(server, portal.INTRO_PATH)
    assert 'class="tde_ct"' in body and "Ngày đăng" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/tin-tuc/bai-viet-khong-co-99999.html",
        "/tin-tuc/sai-duong-dan-10583.html",
        "/chuyen-muc/giao-duc-31.html?trang=9",
        "/chuyen-muc/giao-duc-99.html",
        "/in-tin.aspx?id=1",
        "/(S(abcdefabcdefabcdefabcdef))/tin-tuc/xa-tan-hoa-ra-quan-thang-cao-diem-tong-ve-sinh-moi-truong-10566.html",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")


def test_pagination_pages(server):
    status, body, _ = fetch(server, "/chuyen-muc/giao-duc-31.html?trang=3")
    assert status == 200
    assert portal.art_path(portal.G7) in body
    status, body, _ = fetch(server, "/chuyen-muc/giao-duc-31.html")
    assert 'href="?trang=2"' in body and portal.art_path(portal.G5) not in body
