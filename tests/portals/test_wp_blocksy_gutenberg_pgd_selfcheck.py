"""Self-checks of the wp_blocksy_gutenberg_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_blocksy_gutenberg_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "figcaption", "figure", "ul", "ol", "br", "section", "article", "header", "nav", "blockquote"}


class _Text(HTMLParser):
    """Visible text with block breaks; skips scripts, styles and footnote calls (sup.fn)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.cells = 0

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag == "tr":
            self.cells = 0
        if tag in ("td", "th"):
            if self.cells:
                self.parts.append(" | ")
            self.cells += 1
        if tag in ("script", "style") or (tag == "sup" and "fn" in cls.split()):
            self.skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "sup") and self.skip:
            self.skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _lines(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return "\n".join(collapse(x) for x in "".join(parser.parts).split("\n") if x.strip())


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "iframe" and a.get("src"):
            self.links.append(a["src"])


def _links(markup: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    return parser.links


def _content_of(markup: str) -> str:
    """The article's own entry-content div (the header's and the comments' ones come elsewhere)."""
    start = markup.index('<div class="entry-content is-layout-constrained">')
    end = markup.index("</article>", start)
    return markup[start:end]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _local(server: PortalServer, href: str, page: str) -> str | None:
    absolute = urljoin(server.url(page), href)
    parts = urlsplit(absolute)
    if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


_SKIP = re.compile(r"\.(jpg|jpeg|png|gif|pdf|docx|mp3|css|js)$|/feed/$", re.I)


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, set[str]]]:
    seen = {portal.START_PATH}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _local(server, headers["Location"], target)
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        for href in _links(body):
            nxt = _local(server, href.split("#")[0], target)
            if not nxt or _SKIP.search(urlsplit(nxt).path):
                continue
            if nxt != target:
                linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, linked_from


def test_shape():
    assert portal.NAME == "wp_blocksy_gutenberg_pgd"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 14, g["path"]
        assert g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))


def test_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r'<h1 class="page-title"[^>]*>(.*?)</h1>', body, re.S)
        assert h1 and _lines(h1.group(1)) == g["title"], g["path"]
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}" />' in body


def test_alt_paths_serve_the_same_article(server):
    alts = [(g, a) for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == 4
    for g, alt in alts:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<link rel="canonical" href="{server.base_url}{g["path"]}" />' in body
        assert all(p in _lines(_content_of(body)) for p in g["body"].split("\n\n"))


def test_body_paragraphs_are_in_the_text(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        # a footnote's back-link (↩︎) is no text of its note
        content = re.sub(r" ↩︎$", "", _lines(_content_of(body)), flags=re.M)
        hero = _lines(body[body.index('<div class="hero-section') : body.index('<div class="entry-content is-layout-constrained">')])
        for para in g["body"].split("\n\n"):
            assert para in content.split("\n") or para in hero.split("\n"), (g["path"], para)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for noise in ("Nghe đọc bài viết", "Nội dung bài viết", "Tra cứu kết quả tuyển sinh", "↩︎"):
            assert noise not in g["body"]


def test_dates_bylines_sources_images(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = _lines(body)
        pub = re.search(r'<li class="meta-date" itemprop="datePublished"><span>Ngày đăng</span><time class="ct-meta-element-date" datetime="([^"]+)">', body)
        assert pub, g["path"]
        if "T" in g["published_at"]:
            assert pub.group(1) == g["published_at"]
        elif g["path"].endswith("lop-9-nam-hoc-2026-2027/"):
            assert g["published_at"] == "2026-11-30" and "Đức Trọng, ngày 30 tháng 11 năm 2026" in text
            assert pub.group(1) == "2026-12-01T08:15:00+07:00"
        else:
            assert pub.group(1) == g["published_at"] + "T00:00:00+07:00"
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        content = _content_of(body)
        for img in g["images"]:
            assert f'data-src="{server.base_url}{img["path"]}"' in content, img
            assert '<noscript><img decoding="async"' in content
            if img["caption"]:
                assert img["caption"] in _lines(content)
        assert g["category"] in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body or "wp-embed-heading" in body, path


def test_unknown_paths_404(server):
    for target in ("/khong-co/", "/tin-tuc/khong-co-bai-nay/", "/danh-muc/tin-tuc-su-kien/page/3/", "/danh-muc/thong-bao/page/2/", "/tag/khong-co/", "/tin-tuc/", f"/tin-tuc/{portal.A1.slug}/?replytocom=99", "/?p=9999"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirects(server):
    status, _, headers = fetch(server, f"/?p={portal.A1.id}")
    assert status == 301 and headers["Location"].endswith(f"/tin-tuc/{portal.A1.slug}/")
    status, _, headers = fetch(server, "/danh-muc/thong-bao")
    assert status == 301 and headers["Location"].endswith("/danh-muc/thong-bao/")
    status, _, headers = fetch(server, "/danh-muc/hoat-dong-chuyen-mon/page/1/")
    assert status == 301 and headers["Location"].endswith("/danh-muc/hoat-dong-chuyen-mon/")


def test_everything_reachable_within_budget(server):
    seen, linked_from = _crawl(server)
    pages = {s for s in seen if not _SKIP.search(urlsplit(s).path)}
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)
    # some articles are linked only from page 2+ of a listing
    for st in (portal.A5, portal.A6, portal.A10):
        own = f"/tin-tuc/{st.slug}/"
        # its own attachment page links back to it, but is found only through it
        sources = {s for s in linked_from[own] if not s.startswith(own)}
        assert sources and all("/page/" in s for s in sources), (st.slug, sources)


def test_load_more_listing_has_no_numbered_links(server):
    _, body, _ = fetch(server, "/danh-muc/hoat-dong-chuyen-mon/")
    nav = body[body.index('<nav class="ct-pagination"') :]
    nav = nav[: nav.index("</nav>")]
    assert 'data-pagination="load_more"' in nav
    assert nav.count("<a ") == 1 and 'class="next page-numbers"' in nav
    _, page2, _ = fetch(server, "/danh-muc/hoat-dong-chuyen-mon/page/2/")
    assert f"/tin-tuc/{portal.A10.slug}/" in page2


def test_feed_is_rss(server):
    status, body, headers = fetch(server, "/feed/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    assert body.count("<item>") == 10
