"""Self-checks of the dreamweaver_static_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dreamweaver_static_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS

_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_MM = re.compile(r"MM_openBrWindow\('([^']+)'")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, text (decoded by the header's charset, else the meta tag's) and headers."""
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            status, raw, headers = resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        status, raw, headers = err.code, err.read(), dict(err.headers)
    charset = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""))
    if not charset:
        charset = re.search(rb"charset=([\w-]+)", raw[:2000])
        name = charset.group(1).decode() if charset else "utf-8"
    else:
        name = charset.group(1)
    return status, unicodedata.normalize("NFC", raw.decode(name, "replace")), headers


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return collapse("".join(parser.parts))


def _links(page: str, base: str) -> set[str]:
    found = set()
    raw = re.findall(r'(?:href|value)="([^"]*)"', page) + _MM.findall(page)
    for href in raw:
        href = _html.unescape(href)
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc or _STATIC.search(parts.path):
            continue
        found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen, queue, fetched = {portal.START_PATH}, [portal.START_PATH], 0
    ok: set[str] = set()
    while queue:
        target = queue.pop(0)
        status, page, _ = _get(server, target)
        fetched += 1
        if status != 200:
            continue
        ok.add(target)
        for link in _links(page, server.url(target)):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return ok, fetched


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


def test_gold_pages_answer_with_their_fields(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, page, _ = _get(server, target)
            assert status == 200, target
            text = _text(page)
            assert g["title"] in text, target
            for para in g["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert cell in text, (target, cell)
            for name in g["authors"] + g["photographers"]:
                assert name in text, (target, name)
            if g["source"]:
                assert g["source"] in text
            if g["summary"]:
                assert g["body"].startswith(g["summary"])
            printed = {urlsplit(urljoin(server.url(target), s)).path for s in re.findall(r'<img src="([^"]+)"', page)}
            for img in g["images"]:
                assert img["path"] in printed, img
                if img["caption"]:
                    assert img["caption"] in text
            assert g["category"] in text or g["path"] == "/thongbao/tb_nghi_ret.html"


def test_gold_dates_are_printed(server):
    for g in portal.GOLD:
        _, page, _ = _get(server, g["path"])
        day = g["published_at"]
        if day is None:
            continue
        y, m, d = day[:10].split("-")
        text = _text(page)
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text, g["path"]
        if "T" in day:
            hh, mm = day[11:13], day[14:16]
            assert re.search(rf"{hh}(h|:){mm}", text), g["path"]


def test_traps_are_in_place(server):
    _, page, _ = _get(server, "/tintuc/2026/ket_qua_HSG_cap_thi_xa.html")
    assert "<title>Trường THCS Chu Văn An - Lịch kiểm tra" in page
    _, page, _ = _get(server, "/tintuc/2026/Bua_an_ban_tru.html")
    assert "<title>Untitled Document</title>" in page
    _, page, _ = _get(server, "/tintuc/2026/chuyen_de_STEM.html")
    assert "#BeginDate" in page
    _, copy, _ = _get(server, "/thongbao/lich_thi_HK1.html")
    _, orig, _ = _get(server, "/tintuc/2026/lich_thi_HK1.html")
    assert copy == orig
    status, _, headers = _get(server, "/tintuc/2025/sinh_hoat_CM_cum.html")
    assert status == 200 and "charset" not in headers["Content-Type"]
    _, home, _ = _get(server, "/")
    assert "tb_nghi_ret.html" not in re.findall(r'href="([^"]*)"', home)
    # the pop-up notice has no plain link anywhere
    for target in ["/", "/thongbao/index.html"]:
        _, page, _ = _get(server, target)
        assert not re.search(r'href="[^"j]*tb_nghi_ret', page)


def test_every_gold_article_is_reachable_within_budget(server):
    ok, fetched = _crawl(server)
    lowered = {unquote(p).lower() for p in ok}
    for g in portal.GOLD:
        assert unquote(g["path"]).lower() in lowered, g["path"]
    for path in portal.NON_ARTICLES:
        assert path.lower() in lowered, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = _get(server, path)
        assert status == 200 and "Trường THCS Chu Văn An" in page


def test_unknown_paths_404(server):
    for target in ["/tintuc/2026/khong_co.html", "/tintuc/index_4.html", "/thongbao/abc.html", "/xyz"]:
        assert _get(server, target)[0] == 404
