"""Self-check of the quarto_tct fixture portal against itself (never the crawler).

Every gold target and its alternates answer 200 with the article's title; the gold's text,
summary, names and captions are printed on the page; every article and non-article is reachable
by links from the start page within the request budget; unknown paths answer 404; and the
platform's traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import quarto_tct as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'(?:href|action)="([^"]*)"')
_ASSET = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|pdf|xml|json)$", re.I)
_DROP = re.compile(
    r"<script\b.*?</script>|<style\b.*?</style>"
    r'|<a [^>]*class="footnote-ref"[^>]*>.*?</a>|<a [^>]*class="footnote-back"[^>]*>.*?</a>',
    re.S | re.I,
)
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|li|div|td|th|tr|h\d|figcaption|blockquote)>", re.I)
_TAG = re.compile(r"<[^>]+>")


def page_text(body: str) -> str:
    """The page's visible text, NFC, whitespace collapsed; footnote calls and back-links dropped."""
    s = _DROP.sub("", body)
    s = _BLOCK_END.sub(" ", s)
    s = html.unescape(_TAG.sub("", s)).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).strip()


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract() -> None:
    assert portal.NAME == "quarto_tct"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for rec in portal.GOLD:
        assert rec["published_at"] is None or stamp.match(rec["published_at"]), rec["path"]
        assert "2026-10-01" <= rec["published_at"][:10] <= "2026-12-05"
        assert rec["category"] in portal.MENU_CATS
        assert rec["title"] == nfc(rec["title"])
        assert rec["body"] == nfc(rec["body"])
        if rec["summary"]:
            assert rec["body"].startswith(rec["summary"])
    assert len({r["path"] for r in portal.GOLD}) == 13


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"].split("/")[2])
def test_gold_targets_serve_the_article(server: PortalServer, rec: dict) -> None:
    for target in [rec["path"], rec["canonical_path"], *rec.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert rec["title"] in page_text(body), target


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"].split("/")[2])
def test_gold_fields_are_on_the_page(server: PortalServer, rec: dict) -> None:
    status, body, _ = fetch(server, rec["path"])
    assert status == 200
    text = page_text(body)
    for para in rec["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, (rec["path"], cell)
        else:
            assert para in text, (rec["path"], para)
    if rec["summary"]:
        assert rec["summary"] in text
    for name in rec["authors"] + rec["photographers"]:
        assert name in text, name
    if rec["source"]:
        assert rec["source"] in text
    srcs = {
        urlsplit(urljoin("http://h" + rec["path"], s)).path
        for s in re.findall(r'<img src="([^"]+)"', body)
    }
    for img in rec["images"]:
        assert img["path"] in srcs, img
        if img["caption"]:
            assert img["caption"] in text, img["caption"]
    # the header's today and the build stamp are on the page, never the gold date
    assert portal.TODAY_LINE in text and portal.BUILD_STAMP in text


def test_non_articles_answer_200(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="quarto-document-content"' in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in [
        "/khong-co-trang-nay.html",
        "/posts/2026-01-01-khong-ton-tai/index.html",
        "/posts/",
        "/tai-lieu/khong-co.pdf",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_everything_is_reachable_within_budget(server: PortalServer) -> None:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            url = urlsplit(urljoin(server.url(target), href))
            if (
                url.scheme not in ("http", "https")
                or url.netloc != urlsplit(server.url("/")).netloc
            ):
                continue
            nxt = url.path + (f"?{url.query}" if url.query else "")
            if _ASSET.search(url.path) or nxt in seen:
                continue
            queue.append(nxt)
    for rec in portal.GOLD:
        variants = {rec["path"], *rec.get("alt_paths", [])}
        assert variants & seen, rec["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_listing_is_client_side(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/posts.html")
    assert '<ul class="pagination"></ul>' in body and "page: 6," in body
    for rec in portal.GOLD:
        assert f'href=".{rec["path"]}"' in body
    _, home, _ = fetch(server, "/")
    on_home = {rec["path"] for rec in portal.GOLD if f'href=".{rec["path"]}"' in home}
    assert 6 <= len(on_home) < 13  # the rest only via /posts.html ("page 2" in a browser)
    assert "posts.html#category=" in home


def test_traps(server: PortalServer) -> None:
    slug = portal.POSTS[0].slug
    # GitHub Pages: no slash -> 301; query ignored
    status, _, headers = fetch(server, f"/posts/{slug}")
    assert status == 301 and headers["Location"].endswith(f"/posts/{slug}/")
    # off-host canonical
    _, body, _ = fetch(server, f"/posts/{slug}/index.html")
    assert f'<link rel="canonical" href="{portal.OLD_SITE}/posts/{slug}/index.html">' in body
    # the alias stub: 200, no article, a JS redirect only
    status, body, _ = fetch(server, f"/posts/{portal.ALIAS_SLUG}/")
    assert status == 200 and "window.location.replace" in body and "<p" not in body
    # the default byline and the appendix's non-body sections
    _, body, _ = fetch(server, f"/posts/{portal.POSTS[2].slug}/index.html")
    assert "Đọc nhiều" in body and 'XIII<a href="#fn2"' in body
    assert ">Reuse<" in body and "For attribution, please cite this work as:" in body
    _, body, _ = fetch(server, f"/posts/{portal.POSTS[0].slug}/index.html")
    assert "<p>Ban Biên tập </p>" in body
    # decomposed text on one post, NFC in the gold
    nfd_post = next(p for p in portal.POSTS if p.nfd)
    _, body, _ = fetch(server, f"/posts/{nfd_post.slug}/index.html")
    assert unicodedata.normalize("NFD", nfd_post.title) in body
    # the letterhead date, not the title block's, is the notice's date
    notice = next(
        r
        for r in portal.GOLD
        if r["category"] == portal.NOTICE and r["authors"] == ["Nguyễn Văn Hòa"]
    )
    assert notice["published_at"] == "2026-11-30"
    # sitemap and feed point off host
    _, sm, _ = fetch(server, "/sitemap.xml")
    assert portal.OLD_SITE in sm and "127.0.0.1" not in sm
