"""Self-checks of the hugo_congo_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hugo_congo_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".png", ".gif", ".css", ".js", ".pdf", ".ico", ".xml", ".json")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url=(.+)$", a.get("content") or "", re.I)
            if m:
                self.links.append(m.group(1).strip())


def _norm(target: str) -> str:
    parts = urlsplit(target)
    return unquote(parts.path) + (f"?{parts.query}" if parts.query else "")


def _text(body: str) -> str:
    body = re.sub(r"<sup\b.*?</sup>", "", body, flags=re.S)
    body = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", body)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """A breadth-first walk of links (and meta refreshes) from START_PATH: pages and who links them."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    linked_from: dict[str, set[str]] = {}
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, quote(target, safe="/?=&-._~%"))
        fetched += 1
        if status in (301, 302):
            nxt = _norm(urljoin(server.url(target), headers["Location"]))
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        parser = _Links()
        parser.feed(body)
        for link in parser.links:
            absolute = urljoin(server.url(target), link)
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _norm(absolute.split("#")[0])
            linked_from.setdefault(nxt, set()).add(target)
            if nxt.lower().endswith(STATIC) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return {"seen": seen, "linked_from": linked_from, "fetched": fetched}


def test_shape():
    assert portal.NAME == "hugo_congo_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert not {g["path"] for g in portal.GOLD} & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r"<ol class=\"text-sm[^>]*>(.*?)</ol>", body, re.S).group(1)
    assert _text(crumbs).rstrip(" /").endswith(gold["category"])
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    assert "Ban Biên tập" in text  # the site-wide author box, never the author


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"], quote=False) in body or f"url={gold['path']}" in body


def test_non_articles(server, crawl):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
        assert path in crawl["seen"], path


def test_reachable_and_budget(crawl):
    for gold in portal.GOLD:
        assert gold["path"] in crawl["seen"], gold["path"]
    assert crawl["fetched"] <= 3 * (13 + len(portal.NON_ARTICLES)), crawl["fetched"]


def test_oldest_notice_only_behind_page_two(crawl):
    path = portal.post_path(portal.S12)
    sources = {s for s in crawl["linked_from"][path] if s != path and not s.startswith(path)}
    assert sources and all("/page/" in s for s in sources), sources


def test_unknown_paths_404(server):
    for target in ("/tin-tuc/2026/khong-co-bai-nay/", "/tin-tuc/page/9/", "/tags/khong-co/",
                   "/categories/th%C3%B4ng-b%C3%A1o/page/3/", "/van-ban/khong-co/", "/abc/"):
        assert fetch(server, target)[0] == 404, target


def test_platform_traps(server):
    # UTC machine date vs local printed date
    _, body, _ = fetch(server, portal.post_path(portal.S1))
    assert '<time datetime="2026-12-02 23:30:00 +0000 UTC">06:30, 03/12/2026</time>' in body
    assert 'content="2026-12-02T23:30:00+00:00"' in body
    # midnight: a day without time
    _, body, _ = fetch(server, portal.post_path(portal.S5))
    assert "00:00, 10/11/2026" in body
    # no slash -> 301; index.html serves the same page
    status, _, headers = fetch(server, portal.post_path(portal.S3).rstrip("/"))
    assert status == 301 and headers["Location"] == portal.post_path(portal.S3)
    # percent-encoded taxonomy paths in either hex case
    assert fetch(server, "/categories/th%C3%B4ng-b%C3%A1o/page/2/")[0] == 200
    assert fetch(server, "/categories/th%c3%b4ng-b%c3%a1o/")[0] == 200
    # Hugo alias stub
    status, body, _ = fetch(server, "/tin-tuc/page/1/")
    assert status == 200 and 'http-equiv="refresh"' in body and "<h1" not in body
    # static assets
    assert fetch(server, "/tin-tuc/2026/x/feature_hu1_660x0_resize_q75_box.jpg")[0] == 200
