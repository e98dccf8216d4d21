"""Self-checks of the payload_next_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import payload_next_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HTML_SKIP = ("/_next/", "/media/", "/api/")


class _Links(HTMLParser):
    """Hrefs a crawler could follow: <a href>, <link rel=next/prev>, GET forms (empty fields)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self._form: list[str] | None = None
        self._action = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        followable = tag == "a" or (tag == "link" and a.get("rel") in ("next", "prev"))
        if followable and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get":
            self._action = a.get("action") or ""
            self._form = []
        elif tag == "input" and self._form is not None and a.get("name"):
            self._form.append(f"{a['name']}={a.get('value') or ''}")

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            self.hrefs.append(self._action + "?" + "&".join(self._form))
            self._form = None


def links_of(page_html: str) -> list[str]:
    parser = _Links()
    parser.feed(page_html)
    return parser.hrefs


def page_text(page_html: str) -> str:
    """Visible text, NFC, with bare footnote calls and scripts dropped, whitespace collapsed."""
    s = re.sub(r"<script\b.*?</script>|<noscript>.*?</noscript>", " ", page_html, flags=re.S)
    s = re.sub(r'<a href="#chu-thich-\d+"><sup>\d+</sup></a>', "", s)
    s = re.sub(r"<!-- -->", "", s)
    s = re.sub(r"<(?:/?(?:strong|em|b|i|u|sup|a)\b[^>]*)>", "", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return collapse(unicodedata.normalize("NFC", _html.unescape(s)))


def h1_of(page_html: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", page_html, re.S)
    assert m, "no <h1>"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def crawl(server: PortalServer, skip_paged: bool = False) -> tuple[set[str], int]:
    """Breadth-first walk of same-host pages from START_PATH; 308s followed by their Location."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        hrefs = []
        if status in (301, 302, 307, 308):
            hrefs = [headers["Location"]]
        elif status == 200 and "text/html" in headers.get("Content-Type", ""):
            hrefs = links_of(body)
        for href in hrefs:
            absolute = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc or parts.scheme != "http":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.startswith(HTML_SKIP) or parts.path.endswith(".pdf"):
                continue
            if skip_paged and re.search(r"page=([2-9])", parts.query):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, fetched


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract():
    assert portal.NAME == "payload_next_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["body"] and g["title"] and g["category"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert h1_of(body) == gold["title"]
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"], quote=True)}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f">{gold['category']}</a></li></ol></nav>" in body
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text
    if "T" in gold["published_at"]:
        assert f"{gold['published_at'][11:16]}, {d}/{m}/{y}" in text
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert urlsplit(canonical).path == gold["canonical_path"]
    data = json.loads(
        re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', body).group(
            1
        )
    )
    assert data["buildId"] == portal.BUILD_ID
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert h1_of(alt_body) == gold["title"]
        assert f'href="{canonical}"' in alt_body


def test_dates_are_utc_in_machine_fields(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith(portal.N2.slug))
    _, body, _ = fetch(server, gold["path"])
    assert 'dateTime="2026-12-02T23:40:00.000Z"' in body
    assert gold["published_at"] == "2026-12-03T06:40:00+07:00"


def test_all_gold_reachable_and_crawl_is_bounded(server):
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_via_page_two(server):
    seen, _ = crawl(server, skip_paged=True)
    hidden = {g["path"] for g in portal.GOLD if g["path"] not in seen}
    assert hidden == {
        portal.story_path(portal.N9),
        portal.story_path(portal.N10),
        portal.story_path(portal.R3),
    }


def test_news_pager_has_no_hrefs(server):
    _, body, _ = fetch(server, "/tin-tuc")
    assert '<a rel="nofollow">2</a>' in body
    assert 'href="/tin-tuc?page=2"' not in body
    assert re.search(r'<link rel="next" href="http://[^"]+/tin-tuc\?page=2"/>', body)
    _, body, _ = fetch(server, "/chuyen-muc/hoat-dong-cua-truong")
    assert 'href="?page=2"' in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1>" in body


def test_trailing_slash_redirects(server):
    target = portal.story_path(portal.R1) + "/"
    status, _, headers = fetch(server, target)
    assert status == 308
    assert headers["Location"] == portal.story_path(portal.R1)


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/tin-tuc/khong-co-bai-nay",
        "/nghien-cuu/" + portal.R1.opts["oid"],
        "/chuyen-muc/khong-co",
        "/van-ban/khong-co",
        "/tin-tuc?page=abc",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
