"""Self-checks of the joomla3_ja_teline_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_ja_teline_tct as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*(["'])(.*?)\1([^>]*)>""", re.I | re.S)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def plain(page: str) -> str:
    """The page's visible text: scripts dropped, tags dropped, references decoded, NFC, collapsed."""
    txt = _TAG.sub(" ", _SCRIPT.sub(" ", page))
    txt = html.unescape(txt).replace("\xa0", " ")
    return unicodedata.normalize("NFC", _WS.sub(" ", txt)).strip()


def links(page: str, base: str, *, follow_nofollow: bool = True) -> list[str]:
    out = []
    for _q, href, rest in _HREF.findall(page):
        if not follow_nofollow and "nofollow" in rest:
            continue
        absolute = urljoin(base, html.unescape(href).split("#", 1)[0])
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over every <a href> of the site from START_PATH (HTML pages only)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages[target] = body
        for link in links(body, server.url(target)):
            path = urlsplit(link).path.lower()
            if path.endswith((".jpg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return pages


def test_shape():
    assert portal.NAME == "joomla3_ja_teline_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts)
    assert not set(alts) & set(paths)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức - Sự kiện", "Lớp học"}
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in plain(body), target


def test_gold_and_non_articles_reachable(crawl):
    for g in portal.GOLD:
        assert g["path"] in crawl, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl, path


def test_pagination_discovery(crawl):
    """82 and 80 are listed only on page 2 of the news listing, 77 only on page 3."""
    listing = {t: b for t, b in crawl.items() if t.startswith("/tin-tuc-su-kien.html")}
    assert "/tin-tuc-su-kien.html?start=4" in listing and "/tin-tuc-su-kien.html?start=8" in listing
    p77 = portal.canon(portal.BY_ID[77])
    p82 = portal.canon(portal.BY_ID[82])
    assert f'href="{p77}"' not in crawl["/tin-tuc-su-kien.html"]
    assert f'href="{p82}"' not in crawl["/tin-tuc-su-kien.html"]
    assert f'href="{p82}"' not in crawl["/"]
    assert f'href="{p77}"' in listing["/tin-tuc-su-kien.html?start=8"]


def test_crawl_budget(server):
    """A crawler that skips rel=nofollow needs well under 3 x (13 + NON_ARTICLES) HTML pages."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, server.url(target), follow_nofollow=False):
            if urlsplit(link).path.lower().endswith((".jpg", ".png", ".gif", ".pdf", ".css", ".js")):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES))


def _full_text_target(g: dict) -> str:
    """The page that prints the whole text (the print view, for the page-break article too)."""
    return next(a for a in g["alt_paths"] if "print=1" in a)


def test_gold_fields_on_page(server):
    for g, story in zip(portal.GOLD, portal.STORIES, strict=True):
        status, page, _ = fetch(server, g["path"])
        assert status == 200
        text = plain(page)
        _, full, _ = fetch(server, _full_text_target(g))
        full_text = plain(full)
        # the date as the aside prints it, and as the time element's datetime
        assert portal.lc2(story.opts["pub"]) in text
        assert f'datetime="{portal.iso(story.opts["pub"])}" itemprop="datePublished"' in page
        for para in g["body"].split("\n\n"):
            if "@" in para:
                # the cloaked address: the sentence around it is printed, the address only in pieces
                before, after = re.split(r"\S+@\S+?(?=\s)", para, maxsplit=1)
                assert before.strip() in full_text and after.strip() in full_text
                assert "cloak" in full and "&#64;" in full
                continue
            assert para in full_text, (g["path"], para[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in full_text, name  # the page-break article signs on its page 2
        if g["source"]:
            assert g["source"] in full_text
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for img in g["images"]:
            assert f'src="{img["path"]}"' in page, img
            if img["caption"]:
                assert html.escape(img["caption"], quote=True) in page or img["caption"] in text
        assert g["category"] in text


def test_page_break_article_split(server):
    g = next(x for x in portal.GOLD if x["path"].startswith("/tin-tuc-su-kien/86-"))
    paras = g["body"].split("\n\n")
    _, first, _ = fetch(server, g["path"])
    _, second, _ = fetch(server, g["path"] + "?showall=&limitstart=1")
    _, whole, _ = fetch(server, g["path"] + "?showall=1")
    assert paras[0] in plain(first) and paras[-1] not in plain(first)
    assert paras[-1] in plain(second) and paras[0] not in plain(second)
    assert all(p in plain(whole) for p in paras)


def test_email_cloak_hides_address(server):
    g = next(x for x in portal.GOLD if x["path"].startswith("/tin-tuc-su-kien/80-"))
    _, page, _ = fetch(server, g["path"])
    assert "daotao.tct@hatinh.gov.vn" in g["body"]
    assert "daotao.tct@hatinh.gov.vn" not in page
    assert "đang được bảo vệ từ spam bots" in page


def test_nfd_article_is_decomposed_on_page(server):
    g = next(x for x in portal.GOLD if x["path"].startswith("/tin-tuc-su-kien/77-"))
    _, page, _ = fetch(server, g["path"])
    first = g["body"].split("\n\n")[0]
    assert first not in page
    assert unicodedata.normalize("NFD", first) in page


def test_canonical_is_cross_host(server):
    g = portal.GOLD[0]
    _, page, _ = fetch(server, g["path"])
    assert f'<link href="{portal.PROD_HOST}{g["path"]}" rel="canonical" />' in page


def test_duplicate_breadcrumb_differs(server):
    s = portal.BY_ID[81]
    _, dup, _ = fetch(server, portal.news_route(s))
    _, canon, _ = fetch(server, portal.canon(s))
    assert 'href="/tin-tuc-su-kien.html" class="pathway"' in dup
    assert 'href="/dao-tao/lop-hoc.html" class="pathway"' in canon


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body or "<h2" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/tin-tuc-su-kien.html?start=40",
        "/tin-tuc-su-kien/99-khong-ton-tai.html",
        "/tin-tuc-su-kien/87-hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026.html?foo=bar",
        "/component/mailto/?tmpl=component&link=deadbeef",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_static_files(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, portal.DOC_PDF)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
