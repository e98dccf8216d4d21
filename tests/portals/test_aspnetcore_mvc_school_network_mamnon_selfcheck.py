"""Self-checks of the Trường Mầm non Họa Mi fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnetcore_mvc_school_network_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".mp3")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """Targets a crawler could follow: hrefs, ``link rel=next/prev``, ``data-url``/``data-next``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[str] = []
        self.forms: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.targets.append(a["href"])
        if tag == "link" and a.get("rel") in ("next", "prev") and a.get("href"):
            self.targets.append(a["href"])
        for key in ("data-url", "data-next"):
            if a.get(key):
                self.targets.append(a[key])
        if tag == "form" and a.get("action"):
            self.forms.append(((a.get("method") or "get").lower(), a["action"]))


class _Text(HTMLParser):
    """The page's visible text (scripts and styles left out), entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    return collapse(" ".join(parser.parts))


def h1(body: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    assert m, "no h1"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def crawl(server) -> tuple[dict[str, str], int]:
    """Breadth-first from START_PATH over same-host links; pages by target, number of requests."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    queued = {portal.START_PATH}
    requests = 0
    while queue:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        requests += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        seen[target] = body
        parser = _Links()
        parser.feed(body)
        for href in parser.targets:
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.url("/")).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.lower().endswith(STATIC) or nxt in queued:
                continue
            queued.add(nxt)
            queue.append(nxt)
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))
        assert g["published_at"] is None or g["published_at"] < "2026-12-06"


def test_gold_pages_answer_with_their_title_and_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert h1(body) == g["title"]
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        assert g["title"] not in ("", None)


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert h1(body) == g["title"]
            assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in body


def test_dates_printed_on_the_icon_line(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        story = portal.BY_ID[int(g["path"].rsplit("-", 1)[1])]
        day, hm = story.opts["printed"]
        assert f'<i class="bi bi-calendar3"></i> {day}</span>' in body
        assert f'<i class="bi bi-clock"></i> {hm}</span>' in body
        if g["published_at"] and "T" in g["published_at"]:
            y, m, d = g["published_at"][:10].split("-")
            assert day == f"{d}/{m}/{y}" and hm == g["published_at"][11:16]
    # the notice's gold date is its letterhead's day
    notice = next(g for g in portal.GOLD if g["path"].endswith("-1179"))
    _, body, _ = fetch(server, notice["path"])
    assert notice["published_at"] == "2026-11-30" and "ngày 30 tháng 11 năm 2026" in page_text(body)


def test_titles_are_razor_encoded(server):
    _, body, _ = fetch(server, "/tin-tuc/goc-phu-huynh/cha-me-can-lam-gi-khi-tre-bieng-an-trong-mua-mua-1183")
    assert "<h1 class=\"hm-ct__td\">&#x1F338; Cha m&#x1EB9;" in body
    _, body, _ = fetch(server, "/tin-tuc/goc-phu-huynh/phong-chong-benh-tay-chan-mieng-cho-tre-mam-non-1171")
    nd = body.split('id="ndTin"', 1)[1].split("hm-huuich", 1)[0]
    assert unicodedata.normalize("NFC", nd) != nd  # decomposed text


def test_every_gold_and_non_article_is_reachable_within_budget(server):
    pages, requests = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page_two_articles_only_from_page_two():
    page_two = {"/tin-tuc/tin-tuc-su-kien?page=2", "/tin-tuc/goc-phu-huynh?page=2",
                "/Tin/DanhSachPartial?catId=1&page=2", "/Tin/DanhSachPartial?catId=3&page=2"}
    with PortalServer(portal.build_site()) as srv:
        pages, _ = crawl(srv)
        only_later = {"-1139", "-1124", "-1131"}
        for target, body in pages.items():
            if target in page_two or target.startswith(("/tin-tuc/tin-tuc-su-kien/", "/tin-tuc/goc-phu-huynh/",
                                                         "/Tin/ChiTiet/")):
                continue
            for suffix in only_later:
                assert f'{suffix}"' not in body, (target, suffix)


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body and 'rel="canonical"' not in body, path
    for bad in ("/khong-co-trang", "/tin-tuc/goc-phu-huynh/khong-co-9999", "/tin-tuc/khong-co",
                "/Tin/ChiTiet/9999", "/thu-vien-anh/khong-co-99", "/thuc-don/2026-tuan-12",
                "/tin-tuc/tin-tuc-su-kien/thong-bao-lich-nghi-tet-duong-lich-nam-2027-1183"):
        assert fetch(server, bad)[0] == 404, bad
    assert fetch(server, "/Tin/GuiBinhLuan")[0] == 405


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)
