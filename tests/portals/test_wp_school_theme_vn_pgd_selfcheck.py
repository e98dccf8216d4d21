"""Self-checks of the wp_school_theme_vn_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_school_theme_vn_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|mp3)$", re.I)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


class _Text(HTMLParser):
    """Visible text, one line per block element (what a reader sees)."""

    BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "tr", "figcaption", "br", "blockquote", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.cells = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1
        if tag == "tr":
            self.cells = 0
        if tag in ("td", "th"):
            if self.cells:
                self.parts.append(" | ")
            self.cells += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def lines(page: str) -> list[str]:
    parser = _Text()
    parser.feed(page)
    return [collapse(x) for x in "".join(parser.parts).split("\n") if collapse(x)]


def visible(page: str) -> str:
    return " ".join(lines(page))


def links(page: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.links:
        absolute = urljoin(base, unescape(href))
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.hostname != "127.0.0.1":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def crawl(server, skip=lambda t: False):
    """Breadth-first over links (and redirects) from START_PATH; returns {target: (status, body)}."""
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or STATIC.search(urlsplit(target).path) or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        if status in (301, 302) and headers.get("Location"):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
        elif status == 200:
            queue.extend(links(body, server.url(target)))
    return seen


def test_contract():
    assert portal.NAME == "wp_school_theme_vn_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert unicodedata.is_normalized("NFC", g["body"])


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        story = next(s for s in portal.STORIES if portal.permalink(s) == g["path"])
        pages = [body] + [fetch(server, p)[1] for p in g.get("alt_paths", []) if re.search(r"\.html/\d+/$", p)]
        text = "\n".join(unicodedata.normalize("NFC", "\n".join(lines(p))) for p in pages)
        assert g["title"] in text, g["path"]
        # the headline is not the page's <h1>, and <title> may be an SEO title
        assert re.search(r'<h2 class="td-ctbv">', body)
        for para in g["body"].split("\n\n"):
            assert para in text.split("\n"), (g["path"], para)
        for img in g["images"]:
            assert any(img["path"] in p for p in pages), (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in text, img["caption"]
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        assert g["category"] in text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        printed = (
            f"{d}/{m}/{y}" in text
            or f"{int(d)} {portal._MONTHS[int(m) - 1]}, {y}" in text
            or f"ngày {d} tháng {m} năm {y}" in text
        )
        assert printed, g["path"]
        assert story.title == g["title"]


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if alt.startswith("/?p="):
                assert status == 301 and headers["Location"] == g["path"]
                continue
            assert status == 200, alt
            assert g["title"] in visible(body), alt


def test_reachability_and_budget(server):
    seen = crawl(server)
    pages = [t for t, (st, _) in seen.items() if st == 200]
    for g in portal.GOLD:
        assert seen.get(g["path"], (0,))[0] == 200, g["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path, (0,))[0] == 200, path
    # the second-category URL of post b is linked (trap 6), and serves the article
    alt = f"/cong-doan-doan-the/{portal.B.slug}.html"
    assert seen.get(alt, (0,))[0] == 200
    assert f'<link rel="canonical" href="{server.base_url}{portal.permalink(portal.B)}"' in seen[alt][1]
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), len(pages))


def test_some_articles_only_via_page_two(server):
    seen = crawl(server, skip=lambda t: "/page/" in t)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(missing) >= 2, missing


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for target in (
        "/khong-ton-tai/",
        "/tin-tuc-su-kien/khong-co-bai-nay.html",
        "/tin-tuc-su-kien/page/9/",
        "/tag/khong-co/",
        "/?p=99999",
        "/van-ban/khong-co.html",
    ):
        assert fetch(server, target)[0] == 404, target
    assert fetch(server, "/tin-tuc-su-kien/page/1/")[0] == 301
    assert fetch(server, "/tin-tuc-su-kien/page/2/")[0] == 200


def test_traps_are_in_the_markup(server):
    _, lazy, _ = fetch(server, portal.permalink(portal.E))
    assert 'data-lazy-src="/wp-content/uploads/2026/10/hkpd-chay-60m-nu-1024x683.jpg"' in lazy
    assert "src=\"data:image/svg+xml" in lazy
    _, emoji, _ = fetch(server, portal.permalink(portal.M))
    assert "&#x1f449;" in emoji and "👉" not in emoji.split('class="nd-ctbv"')[1]
    _, nfd, _ = fetch(server, portal.permalink(portal.H))
    assert not unicodedata.is_normalized("NFC", nfd.split('class="nd-ctbv"')[1])
    _, c, _ = fetch(server, portal.permalink(portal.C))
    assert "12:00 sáng" in c and "2026-11-19T17:00:00+00:00" in c
    _, k, _ = fetch(server, portal.permalink(portal.K))
    assert '[tg_tailieu id="733" kieu="nut"]' in k
