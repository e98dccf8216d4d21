"""Self-checks of the php_vendor_school_network_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import inspect
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_vendor_school_network_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

PREFIX = "/" + portal.PREFIX + "/"
ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


class _Page(HTMLParser):
    """Links (``a``/``form``), image sources, the ``<base href>`` and the visible text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.links: list[str] = []
        self.forms: list[tuple[str, str, list[str]]] = []
        self.images: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.forms.append((a.get("action") or "", (a.get("method") or "get").lower(), []))
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1][2].append(a["name"])
        elif tag == "img" and a.get("src"):
            self.images.append(a["src"])
        elif tag in ("script", "style", "title"):
            self._skip += 1
        if tag in ("p", "div", "br", "li", "td", "tr", "h1", "h2", "h3", "table"):
            self.chunks.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title") and self._skip:
            self._skip -= 1
        if tag in ("p", "div", "li", "td", "tr", "h2", "h3"):
            self.chunks.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return unicodedata.normalize("NFC", re.sub(r"[ \t\xa0]+", " ", "".join(self.chunks)))

    @property
    def flat(self) -> str:
        return collapse(self.text.replace("\ufeff", ""))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server) -> dict[str, str]:
    """Breadth-first over links and GET forms, resolved against ``<base href>``, inside the school."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        page = parse(body)
        base = page.base or server.url(target)
        found = [urljoin(base, _html.unescape(h)) for h in page.links]
        found += [urljoin(base, action) + "?" + "&".join(f"{n}=" for n in names)
                  for action, method, names in page.forms if method == "get"]
        for url in found:
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _target(url.split("#")[0])
            if nxt.startswith(PREFIX) and not ASSET.search(parts.path) and nxt not in seen:
                queue.append(nxt)
    return seen


def test_shape():
    assert portal.NAME == "php_vendor_school_network_thcs"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert {g["category"] for g in portal.GOLD} == {
        "Tin tức - Sự kiện", "Hoạt động chuyên môn", "Thông báo", "Công tác Đội",
    }
    for g in portal.GOLD:
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert 3 <= len(g["body"].split("\n\n")) <= 16
        assert g["title"] == unicodedata.normalize("NFC", g["title"])


def test_no_machine_paths_in_module():
    source = inspect.getsource(portal)
    for bad in ("home", "tmp", "work"):
        bad = f"/{bad}/"
        assert bad not in source


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert g["title"] in parse(body).flat, target
            assert "text/html" in headers["Content-Type"]


def test_every_gold_article_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    pages = [t for t in seen if not ASSET.search(urlsplit(t).path)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)
    # the crawl of the school never needs another unit's pages
    assert all(t.startswith(PREFIX) for t in seen)


def test_linked_alt_paths_are_linked(server):
    seen = crawl(server)
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt


def test_some_articles_only_on_page_two(server):
    seen = crawl(server)
    page2 = {"/thcs-lequydon-yenlac/danh-sach-tin/12/trang-2.html",
             "/thcs-lequydon-yenlac/danh-sach-tin/15/trang-2.html"}
    only_page2 = []
    for g in portal.GOLD:
        rel = g["path"][len(PREFIX):]
        holders = [t for t, body in seen.items() if f'href="{rel}"' in body and not t.startswith(
            ("/thcs-lequydon-yenlac/danh-sach-tin/12/trang-1", "/thcs-lequydon-yenlac/tim-kiem"))]
        if holders and set(holders) <= page2:
            only_page2.append(g["path"])
    assert len(only_page2) >= 3, only_page2


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        page = parse(body)
        flat = page.flat
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in flat, (g["path"], piece)
        if g["summary"]:
            assert g["summary"] in flat
        for name in g["authors"] + g["photographers"]:
            assert name in flat, (g["path"], name)
        if g["source"]:
            assert g["source"] in flat
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in flat or f"ngày {int(d)} tháng {int(m)} năm {y}" in flat, g["path"]
        if "T" in g["published_at"]:
            assert g["published_at"][11:16] in flat
        resolved = [urljoin(page.base, _html.unescape(s)) for s in page.images]
        for img in g["images"]:
            assert server.url(img["path"]) in resolved, img
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
            if img["caption"]:
                assert img["caption"] in flat
        assert g["category"] in flat


def test_traps_present(server):
    # relative links resolved against the page instead of the <base> do not exist
    assert fetch(server, "/thcs-lequydon-yenlac/tin-tuc/1061/in-bai/1061.html")[0] == 404
    assert fetch(server, "/thcs-lequydon-yenlac/tin-tuc/uploads/thcs-lequydon-yenlac/news/2026_10/"
                 "tuan-le-hoc-tap-thu-vien.jpg")[0] == 404
    # another school answers with the same id but another story
    status, body, _ = fetch(server, "/thcs-tamhong-yenlac/tin-tuc/1056/truong-thcs-tam-hong-to-chuc-ngay-hoi-doc-sach.html")
    assert status == 200 and "Ngày hội đọc sách" in body
    # the district office's story is listed in the school's own listing
    _, body, _ = fetch(server, "/thcs-lequydon-yenlac/danh-sach-tin/12.html")
    assert 'href="/pgd-yenlac/tin-tuc/8812/' in body
    assert fetch(server, "/")[0] == 200
    # two BOMs before the doctype, the page still declares utf-8
    status, body, _ = fetch(server, portal.START_PATH)
    assert body.startswith("\ufeff\ufeff<!DOCTYPE")
    # the NFD headline and the entity-encoded text
    _, body, _ = fetch(server, portal.GOLD[3]["path"])
    assert unicodedata.normalize("NFD", portal.GOLD[3]["title"]) in body
    _, body, _ = fetch(server, next(g for g in portal.GOLD if "/1033/" in g["path"])["path"])
    assert "T&#7893; Khoa h&#7885;c X&atilde; h&#7897;i" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "tieude_chitiet" not in body


@pytest.mark.parametrize("target", [
    "/khong-ton-tai.html",
    "/thcs-lequydon-yenlac/tin-tuc/9999/khong-co.html",
    "/thcs-lequydon-yenlac/danh-sach-tin/12/trang-9.html",
    "/thcs-lequydon-yenlac/danh-sach-tin/99.html",
    "/thcs-lequydon-yenlac/in-bai/9999.html",
    "/thcs-lequydon-yenlac/trang-khac.html",
    "/thcs-khac-yenlac/",
    "/thcs-lequydon-yenlac/van-ban/999.html",
])
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
