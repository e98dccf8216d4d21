"""Self-checks of the drupal7_views_school_mamnon fixture against itself (never the crawler)."""

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
from tests.portals import drupal7_views_school_mamnon as portal
from tests.portals._selfcheck import fetch


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
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)
        if tag in ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "td", "tr", "figcaption", "blockquote"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _parse(body: str) -> _Text:
    p = _Text()
    p.feed(body)
    return p


def _text(body: str) -> str:
    return _norm("".join(_parse(body).parts))


def _h1(body: str) -> str:
    m = re.search(r'<h1 class="page-header">(.*?)</h1>', body, re.S)
    assert m, "no h1"
    return _norm(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def _canonical(body: str) -> str | None:
    m = re.search(r'<link rel="canonical" href="([^"]+)"', body)
    return urlsplit(m.group(1)).path if m else None


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


def _crawl(server) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Breadth-first over same-host links from START_PATH; pages by target, and who links to what."""
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        found: list[str] = []
        if status in (301, 302):
            found.append(headers["Location"])
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            seen[target] = body
            found = _parse(body).links
        for href in found:
            if href.startswith("#"):
                continue
            absolute = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
                continue
            nxt = _target(absolute.split("#")[0])
            linked_from.setdefault(nxt, set()).add(target)
            if _STATIC.search(urlsplit(nxt).path) or nxt in queued:
                continue
            queued.add(nxt)
            queue.append(nxt)
        assert len(seen) < 200, "crawl does not converge"
    return seen, linked_from


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_gold_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert _h1(body) == gold["title"]
    assert _canonical(body) == gold["canonical_path"]
    page = _text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row's cells are printed in their own cells
            assert piece in page, piece
    if gold["summary"]:
        assert gold["summary"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    raw = _html.unescape(body)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in raw
        if img["caption"]:
            assert img["caption"] in page
    crumb = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body, re.S).group(1)
    assert gold["category"] in _norm(_html.unescape(re.sub(r"<[^>]+>", " ", crumb)))
    # the submitted line prints Drupal's month-first medium date
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    if "T" in gold["published_at"]:
        assert f"{mo}/{d}/{y} - {gold['published_at'][11:16]}" in page
    elif day == "2026-11-30":
        assert "ngày 30 tháng 11 năm 2026" in page
    else:
        assert f"{mo}/{d}/{y} - 00:00" in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _h1(body) == gold["title"]
        assert _canonical(body) == gold["canonical_path"]


def test_same_title_distinct_articles(server):
    a = next(g for g in portal.GOLD if g["path"].endswith("an-toan-giao-thong"))
    b = next(g for g in portal.GOLD if g["path"].endswith("an-toan-giao-thong-0"))
    assert a["title"] == b["title"]
    assert a["body"] != b["body"] and a["published_at"] != b["published_at"]


def test_reachability_and_budget(server):
    seen, linked_from = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    # some articles only from page 2 of a listing
    page2_only = [
        g["path"]
        for g in portal.GOLD
        if all("page=" in src and not src.endswith("page=0") for src in linked_from.get(g["path"], set()))
    ]
    assert len(page2_only) >= 2, page2_only
    # the compound pager of the home page's notice block
    assert "/?page=0,1" in seen and "/?page=0,0" in seen
    assert portal._DOC["path"] in _parse(seen["/?page=0,1"]).links


def test_redirected_old_alias(server):
    t3 = portal.T3
    status, _, headers = fetch(server, t3.opts["old_alias"])
    assert status == 301
    assert urlsplit(headers["Location"]).path == f"/tin-tuc/{t3.slug}"


def test_listing_pages(server):
    status, body, _ = fetch(server, "/danh-muc/hoat-dong-cua-be?page=1")
    assert status == 200
    assert "/tin-tuc/be-khoi-la-tham-quan-bao-tang-the-gioi-ca-phe-va-trai-nghiem-hai-ca-phe" in body
    status, body2, _ = fetch(server, "/danh-muc/hoat-dong-cua-be?page=9")  # clamps to the last page
    assert status == 200 and body2 == body
    status, body, _ = fetch(server, "/taxonomy/term/3")
    assert status == 200 and "››" in body and 'href="/taxonomy/term/3?page=1"' in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="page-header"' in body


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay", "/tin-tuc/khong-ton-tai", "/node/9999", "/comment/1", "/danh-muc/xyz",
     "/taxonomy/term/99", "/?q=trang-khong-co"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_static_and_files(server):
    status, _, headers = fetch(server, f"{portal.FILES}/{portal._DOC['file']}")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    img = portal.GOLD[0]["images"][0]["path"]
    status, _, headers = fetch(server, img)
    assert status == 200 and headers["Content-Type"].startswith("image/")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)
