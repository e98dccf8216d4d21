"""Self-checks of the Liferay 7.4 display-page portal against itself (never the crawler)."""

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
from tests.portals import liferay74_display_page_thpt as portal
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.imgs: list[str] = []
        self.canonical: str | None = None
        self.texts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.texts.append(data)


def _parse(body: str) -> _Links:
    p = _Links()
    p.feed(body)
    return p


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def _page_text(body: str) -> str:
    return _norm(" ".join(_parse(body).texts))


def _target(base: str, href: str) -> str | None:
    if href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.netloc != urlsplit(base).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server) -> tuple[dict[str, int], dict[str, str]]:
    """Breadth-first over <a href> and redirects from START_PATH: status of each target."""
    seen: dict[str, int] = {}
    bodies: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            nxt = _target(server.url(target), headers["Location"])
            if nxt:
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        bodies[target] = body
        for href in _parse(body).hrefs:
            nxt = _target(server.url(target), href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen, bodies


def test_shape():
    assert portal.NAME == "liferay74_display_page_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
    assert "Traps" in (portal.__doc__ or "")
    assert "Gold decisions" in (portal.__doc__ or "")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    parsed = _parse(body)
    text = _page_text(body)
    assert gold["title"] in text
    assert parsed.canonical and parsed.canonical.endswith(gold["canonical_path"])
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: its cells, in their own <td>
            assert cell in text, para
    if gold["summary"]:
        assert gold["summary"] == gold["body"].split("\n\n")[0]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    srcs = [_html.unescape(s) for s in parsed.imgs]
    assert [i["path"] for i in gold["images"]] == [s for s in srcs if s.startswith("/documents/")]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    assert "Trang chủ" in text and gold["category"] in text


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"].endswith(gold["path"])
                continue
            assert status == 200, alt
            assert gold["title"] in _page_text(body)
            assert _parse(body).canonical.endswith(gold["canonical_path"]), alt


def test_reachability_and_budget(server):
    seen, bodies = _crawl(server)
    for gold in portal.GOLD:
        reached = [p for p in [gold["path"], *gold.get("alt_paths", [])] if seen.get(p) in (200, 301)]
        assert reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)
    # some articles are linked only from page 2 of a listing
    first_pages = [
        portal.START_PATH,
        portal.SITE + "/tin-tuc",
        portal.SITE + "/hoat-dong-chuyen-mon",
        portal.SITE + "/thong-bao",
    ]
    linked_early: set[str] = set()
    for page in first_pages:
        for href in _parse(bodies[page]).hrefs:
            t = _target(server.url(page), href)
            if t:
                linked_early.add(t)
    late = [g["path"] for g in portal.GOLD if g["path"] not in linked_early]
    assert len(late) >= 4


def test_pagination_variants(server):
    _, p2, _ = fetch(server, portal.SITE + "/tin-tuc?page_number_35301=2")
    _, alias, _ = fetch(server, portal.SITE + "/tin-tuc?p_r_p_page=2")
    for story in (portal.TT4, portal.TT5, portal.TT6):
        assert story.title in _html.unescape(p2)
        assert story.title in _html.unescape(alias)
    _, cm2, _ = fetch(server, portal.SITE + "/hoat-dong-chuyen-mon?page_number_41207=2")
    assert portal.CM4.title in _html.unescape(cm2)
    _, ap2, _ = fetch(server, portal.SITE + "/thong-bao?" + portal._ap_query(2))
    assert portal.TB3.title in _html.unescape(ap2)


def test_non_articles_and_unknown(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200
    for path in (
        portal.SITE + "/w/khong-co-bai-nay",
        portal.SITE + "/trang-khong-ton-tai",
        "/web/truong-khac",
        portal.AP_BASE + portal.TT1.slug,
    ):
        assert fetch(server, path)[0] == 404
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.SITE
