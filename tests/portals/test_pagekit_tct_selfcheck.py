"""Self-checks of the pagekit_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import pagekit_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.imgs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])


def _parse(body: str) -> _Links:
    p = _Links()
    p.feed(body)
    return p


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(body: str) -> str:
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _h1(body: str) -> str:
    m = re.search(r'<h1 class="uk-article-title">(.*?)</h1>', body, re.S)
    assert m, "no article title"
    return collapse(_html.unescape(m.group(1)))


def _crawl(server) -> dict[str, str]:
    """Breadth-first over same-host links from START_PATH, honouring <base href>."""
    origin = server.url("")
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        links = _parse(body)
        base = urljoin(server.url(target), links.base) if links.base else server.url(target)
        for href in links.hrefs:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(base, _html.unescape(href)).split("#")[0]
            if not absolute.startswith(origin + "/"):
                continue
            parts = urlsplit(absolute)
            if re.search(r"\.(jpg|jpeg|png|gif|css|js)$", parts.path, re.I):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"] for g in portal.GOLD])
def test_gold_pages(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert _h1(body) == gold["title"]
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        # a table row is printed as cells: its gold joins them with " | "
        assert para.replace(" | ", " ") in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    # images: printed relative to <base href="/">, gold paths resolved against it
    links = _parse(body)
    assert links.base and links.base.endswith("/")
    printed = {urlsplit(urljoin(links.base, s)).path for s in links.imgs}
    for img in gold["images"]:
        assert img["path"] in printed, img
        st, _, hdr = fetch(server, img["path"])
        assert st == 200 and hdr["Content-Type"].startswith("image/")
        if img["caption"]:
            assert img["caption"] in text
    for alt in gold.get("alt_paths", []):
        st, alt_body, _ = fetch(server, alt)
        assert st == 200 and _h1(alt_body) == gold["title"]
    assert f">{gold['category']}</a></li>" in body  # breadcrumb's category crumb


def test_dates_match_printed_utc(server):
    tz = timezone(timedelta(hours=7))
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, gold["path"])
        m = re.search(r'<time datetime="([^"]+)" v-cloak>\{\{ "([^"]+)" \| date "longDate" \}\}</time>', body)
        assert m and m.group(1) == m.group(2) == story.opts["utc"]
        local = datetime.fromisoformat(m.group(1)).astimezone(tz)
        expected = local.date().isoformat() if local.time() == datetime.min.time() else local.isoformat()
        assert gold["published_at"] == expected


def test_reachability_and_budget(server):
    seen = _crawl(server)
    reached = {t for t, b in seen.items() if b}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)
    # page 4 of the blog is not linked from page 1 (pager window) but is reached
    _, first, _ = fetch(server, "/blog")
    assert 'href="/blog/page/4"' not in first
    assert "/blog/page/4" in reached


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200
        assert "uk-article-title" in body
        assert "Written by" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/blog/999",
        "/blog/khong-co-bai-nay",
        "/blog/page/6",
        "/blog/page/0",
        "/blog/category/khong-co",
        "/blog/category/dao-tao-boi-duong?page=3",
        "/blog/storage/blog/2026-12/k45-dai-bieu.jpg",
        "/blog/blog/44",
        "/blog/58/",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
