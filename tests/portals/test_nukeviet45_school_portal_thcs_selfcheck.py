"""Self-checks of the nukeviet45_school_portal_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet45_school_portal_thcs as portal
from tests.portals._selfcheck import fetch

_STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return _norm("".join(parser.parts))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links(markup: str, page: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_STATIC_EXT) or "download=" in parts.query:
            continue
        out.append(target)
    return out


def _crawl(server) -> tuple[set[str], dict[str, set[str]]]:
    seen = {portal.START_PATH}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        page = queue.popleft()
        status, body, headers = fetch(server, page)
        if status in (301, 302):
            target = urlsplit(headers["Location"]).path
            if target not in seen:
                seen.add(target)
                queue.append(target)
            continue
        assert status == 200, page
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        if "attachment" in headers.get("Content-Disposition", ""):
            continue
        for target in links(body, page):
            linked_from.setdefault(target, set()).add(page)
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen, linked_from


def test_module_shape():
    assert portal.NAME == "nukeviet45_school_portal_thcs"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["published_at"].startswith("2026-1"), g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"(?<![\w.])/(home|tmp|work|Users)/", source)


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r'<h1 class="title[^"]*"[^>]*>(.*?)</h1>', body, re.S)
        assert h1 and _norm(_html.unescape(h1.group(1))) == g["title"], g["path"]
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert g["title"] in page_text(body), alt
            assert g["body"].split("\n\n")[-1] in page_text(body), alt


def test_gold_fields_are_printed(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in txt, (g["path"], piece)
        if g["summary"]:
            hometext = re.search(r'<div class="hometext[^"]*"[^>]*>(.*?)</div>', body, re.S)
            first = hometext.group(1) if hometext else ""
            assert g["summary"] in (_norm(_html.unescape(first)) or txt), g["path"]
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert f"Nguồn tin: {g['source']}" in txt
        for img in g["images"]:
            assert img["path"] in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in txt, (g["path"], img["caption"])
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        line = re.search(r'<div class="col-md-12"><span class="h5">(.*?)</span>', body).group(1)
        assert f"{d}/{m}/{y}" in line
        if "T" in g["published_at"]:
            assert g["published_at"][11:16] in line
        else:
            assert line.endswith("00:00")
        crumbs = re.search(r'<ul class="temp-breadcrumbs hidden".*?</ul>', body, re.S).group(0)
        assert re.findall(r'<span itemprop="name">(.*?)</span>', crumbs)[-1] == _html.escape(g["category"])


def test_lazy_images_and_tools(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        assert 'href="javascript:void(0);" onclick="nv_open_browse(\'/news/print/' in body
        bodyhtml = body.split('id="news-bodyhtml"', 1)[1].split('class="fbcmt-khung"', 1)[0]
        for img in g["images"]:
            if img["path"] in bodyhtml:
                assert f'data-src="{img["path"]}"' in bodyhtml


def test_everything_reachable_within_budget(server):
    seen, linked_from = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    by_id = {g["path"].rsplit("-", 1)[1].split(".")[0]: g["path"] for g in portal.GOLD}
    for sid in portal.PAGE2_ONLY:
        sources = linked_from[by_id[str(sid)]]
        assert all("/page-2/" in s or s.startswith("/news/tag/") for s in sources), sources
        assert any("/page-2/" in s for s in sources)
    assert portal.OLD_ALIAS_PATH in seen


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1 class=\"title" not in body


def test_old_alias_redirects(server):
    status, _, headers = fetch(server, portal.OLD_ALIAS_PATH)
    assert status == 301
    target = next(g["path"] for g in portal.GOLD if g["path"].endswith("-238.html"))
    assert headers["Location"] == target


def test_savefile_is_an_attachment(server):
    g = portal.GOLD[0]
    savefile = next(p for p in g["alt_paths"] if "/savefile/" in p)
    status, _, headers = fetch(server, savefile)
    assert status == 200 and "attachment" in headers["Content-Disposition"]


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/news/khong-ton-tai/",
        "/news/tin-tuc-su-kien/page-9/",
        "/news/tin-tuc-su-kien/page-1/",
        "/news/tin-tuc-su-kien/bai-khong-co-999.html",
        "/news/hoat-dong-chuyen-mon/dien-tap-phuong-an-chua-chay-va-cuu-nan-cuu-ho-nam-2026-229.html",
        "/news/print/tin-tuc-su-kien/khong-co-1.html",
        "/album/khong-co-99/",
        "/tai-nguyen/khong-co-99.html",
        "/news/tag/khong-co",
        "/thoi-khoa-bieu/?khoi=5",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target
