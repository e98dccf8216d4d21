"""Self-checks of the sharepoint2013_egov_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sharepoint2013_egov_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "table", "ul"}
VOID = {"img", "br", "input", "meta", "link", "hr", "param", "source", "col", "area", "base", "wbr", "embed"}
_REFRESH = re.compile(r"RefreshPageTo\(event,\s*\"([^\"]*)\"")


class _Page(HTMLParser):
    """Visible-ish text (one line per block), links (href, JS pager) and image sources."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.images: list[str] = []
        self.canonical: str | None = None
        self.stack: list[str] = []
        self.errors: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag in BLOCK:
            self.parts.append("\n")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "a" and a.get("onclick"):
            for m in _REFRESH.finditer(a["onclick"]):
                self.links.append(m.group(1).encode("ascii").decode("unicode_escape"))
        if tag == "img" and a.get("src"):
            self.images.append(a["src"])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")
        if tag in VOID:
            return
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append(tag)

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts).replace("\u200b", ""))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    page.close()
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_contract():
    assert portal.NAME == "sharepoint2013_egov_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3
    for g in portal.GOLD:
        assert g["title"] and g["body"]
        assert "\u200b" not in g["title"] + g["body"] + (g["summary"] or "")
        assert g["published_at"] and g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        for target in [g["path"], *g["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            page = parse(body)
            assert not page.errors and not page.stack, (target, page.errors[:3], page.stack[-3:])
            text = page.text
            assert g["title"] in text, target
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert cell in text, (target, cell[:60])
            if g["summary"]:
                assert g["summary"] in text
            srcs = [_html.unescape(s) for s in page.images]
            for img in g["images"]:
                assert img["path"] in srcs, (target, img["path"])
                if img["caption"]:
                    assert img["caption"] in text
            for name in g["authors"] + g["photographers"]:
                assert name in text, (target, name)
            if g["source"]:
                assert f"Nguồn: {g['source']}" in text
            day = g["published_at"][:10]
            y, m, d = day.split("-")
            printed = f"{int(m)}/{int(d)}/{y}" if "ChiTiet" in target else f"{d}/{m}/{y}"
            assert printed in text, (target, printed)


def test_titles_hidden_from_title_tag_and_h1(server):
    status, body, _ = fetch(server, portal.GOLD[6]["path"])
    assert status == 200
    assert "<title>\n\tKhai giảng lớp TCLLCT K45 tại Cẩm Phả" in body
    assert body.count("<h1") == 1


def test_chitiet_canonical_collapses_and_ids_collide(server):
    a2 = next(g for g in portal.GOLD if "doan-cong-tac" in g["path"])
    b2 = next(g for g in portal.GOLD if "be-mac" in g["path"])
    assert "ItemID=44&CateID=1" in a2["alt_paths"][1]
    assert "ItemID=44&CateID=2" in b2["alt_paths"][1]
    for g in (a2, b2):
        _, body, _ = fetch(server, g["alt_paths"][1])
        assert parse(body).canonical.endswith("/Pages/ChiTiet.aspx")
    status, body, _ = fetch(server, "/Pages/ChiTiet.aspx")
    assert status == 200 and "Không tìm thấy bài viết" in body


def test_all_gold_reachable_from_start(server):
    status, _, headers = fetch(server, portal.START_PATH)
    assert status == 302 and headers["Location"] == "/Pages/default.aspx"
    seen = {portal.START_PATH}
    queue = deque(["/Pages/default.aspx"])
    seen.add("/Pages/default.aspx")
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", "") or not target.split("?")[0].lower().endswith(".aspx"):
            continue
        for href in parse(body).links:
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = urljoin(server.url(target), href)
            if urlsplit(url).netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _target(url.split("#")[0])
            if nxt.lower().split("?")[0].endswith(".aspx") and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    for g in portal.GOLD:
        assert {g["path"], *g["alt_paths"]} & seen, g["path"]
    assert set(portal.NON_ARTICLES) <= seen
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched
    # page-2-only articles: not linked anywhere but on the second listing pages
    listing2 = [t for t in seen if "PageFirstRow=5" in t or t.endswith("?page=2")]
    assert len(listing2) == 2


def test_non_articles_and_404(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in (
        "/tin-tuc/Pages/khong-co-bai-nay.aspx",
        "/Pages/ChiTiet.aspx?ItemID=999&CateID=1",
        "/dao-tao/Pages/default.aspx?page=9",
        "/van-ban/Lists/VanBan/DispForm.aspx?ID=5",
        "/khong-ton-tai",
    ):
        assert fetch(server, target)[0] == 404, target
    assert fetch(server, "/tin-tuc/PublishingImages/2026/12/hoi-nghi-cbvc-01.jpg?RenditionID=6")[0] == 200
