"""Self-check of the Substack fixture portal (substack_thpt): the fixture against itself, never the crawler.

Why: a blind portal is crawled once before anyone tunes the crawler for it; a gold target that
404s, a paragraph its page does not print, or an article no link reaches would waste that crawl.
"""

from __future__ import annotations

import json
import re
from collections import deque
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import substack_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "figcaption", "blockquote", "tr", "td", "ol", "ul"}


class _Text(HTMLParser):
    """Visible text (scripts, styles and head left out; Substack's footnote calls dropped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "title", "head") or (tag == "a" and "footnote-anchor" in (a.get("class") or "")):
            self.skip += 1
            self.stack.append(tag)
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return collapse("".join(parser.parts))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.forms: list[tuple[str, dict[str, str]]] = []
        self.imgs: list[str] = []
        self._form: tuple[str, dict[str, str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        elif tag == "form" and a.get("action") and (a.get("method") or "get").lower() == "get":
            self._form = (a["action"], {})
        elif tag == "input" and self._form is not None and a.get("name"):
            self._form[1][a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None


def links(page: str) -> _Links:
    parser = _Links()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(server: PortalServer, base: str, href: str) -> str | None:
    absolute = urljoin(server.url(base), href)
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, str]]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _target(server, target, headers["Location"])
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages[target] = body
        found = links(body)
        hrefs = list(found.hrefs)
        hrefs += [action + ("&" if "?" in action else "?") + urlencode(fields) for action, fields in found.forms]
        for href in hrefs:
            nxt = _target(server, target, href)
            if nxt and nxt not in seen and not nxt.startswith("/image/"):
                seen.add(nxt)
                queue.append(nxt)
    return seen, pages


def test_module_shape():
    assert portal.NAME == "substack_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["summary"] is None or g["body"].startswith(g["summary"])
        assert "Cảm ơn bạn đã đọc" not in g["body"] and "Chia sẻ" not in g["body"]
        assert "Nơi nhận" not in g["body"] and "Xem thêm" not in g["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    m = re.search(r'<h1 dir="auto" class="post-title[^"]*">(.*?)</h1>', body)
    assert m and collapse(visible(m.group(1))) == gold["title"]
    assert f'rel="canonical" href="{server.url(gold["canonical_path"])}"' in body
    text = visible(body)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    srcs = links(body).imgs
    for img in gold["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in text
    assert f">{gold['category']}</a>" in body
    # the printed day matches the gold (the notice: its letterhead)
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    if gold["path"] == f"/p/{portal.A3.slug}":
        assert f"ngày {int(d)} tháng {int(mo)} năm {y}" in text
    else:
        assert f"{d} thg {int(mo)}, {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_jsonld_instant_matches_gold(server, gold):
    _, body, _ = fetch(server, gold["path"])
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1))
    local = datetime.fromisoformat(ld["datePublished"]).astimezone(timezone(timedelta(hours=7)))
    if gold["path"] == f"/p/{portal.A3.slug}":
        assert gold["published_at"] == "2026-11-30" and local.date().isoformat() == "2026-12-01"
    else:
        # (the page prints the day; the instant's local day is that day, and gold, harmonised with
        # the house's convention, is the day alone)
        assert gold["published_at"] == local.date().isoformat()


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert body == main


def test_every_gold_article_is_reachable_and_the_crawl_is_bounded(server):
    _seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in pages, alt
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, sorted(pages)


def test_infinite_scroll_trap(server):
    _, archive, _ = fetch(server, "/archive?sort=new")
    hrefs = {_target(server, "/archive", h) for h in links(archive).hrefs}
    late = [f"/p/{portal.A12.slug}", f"/p/{portal.A13.slug}"]
    for path in late:
        assert path not in hrefs
    status, api, headers = fetch(server, "/api/v1/archive?sort=new&search=&offset=12&limit=12")
    assert status == 200 and "json" in headers["Content-Type"]
    slugs = [p["slug"] for p in json.loads(api)]
    assert slugs == [portal.PODCAST.slug, portal.A12.slug, portal.A13.slug]
    _, sect, _ = fetch(server, "/s/tin-hoat-dong")
    assert late[0] not in {_target(server, "/", h) for h in links(sect).hrefs}
    _, sect_all, _ = fetch(server, "/s/tin-hoat-dong/archive?sort=new")
    assert late[0] in {_target(server, "/", h) for h in links(sect_all).hrefs}


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_comments_page_has_no_text(server):
    _, body, _ = fetch(server, f"/p/{portal.A2.slug}/comments")
    assert 'class="body markup"' not in body
    assert "Thảo luận về bài viết này" in body


def test_old_slug_redirects(server):
    status, _, headers = fetch(server, "/p/english-corner-ra-mat")
    assert status == 301 and headers["Location"] == f"/p/{portal.A9.slug}"


@pytest.mark.parametrize(
    "path",
    ["/p/khong-ton-tai", "/s/khong-ton-tai", f"/p/{portal.A3.slug}/comments", "/index.php", "/p/", "/s/goc-hoc-tap/x"],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_images_and_feeds_answer(server):
    gold = portal.GOLD[0]
    assert fetch(server, gold["images"][0]["path"])[0] == 200
    for path in ("/feed", "/sitemap.xml", "/robots.txt"):
        assert fetch(server, path)[0] == 200
