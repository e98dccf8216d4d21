"""Self-check of the wp_blocksy_thpt fixture portal against itself (never the crawler).

Every gold target answers 200 with its headline, the gold text is printed on its page, every
article is reachable from the start page by links, the non-articles answer, unknown paths 404,
and the traps the module documents behave as documented.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_blocksy_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|svg|xml)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site()).start()
    yield srv
    srv.stop()


def reader_text(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    # house convention: a footnote's bare superscript number is no text
    markup = re.sub(r"<sup data-fn=[^>]*>.*?</sup>", "", markup, flags=re.S)
    # a table row is one paragraph, its cells joined by " | "
    markup = re.sub(r"</t([dh])>\s*<t[dh]\b[^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def key(target: str) -> str:
    """Comparable form of a path: percent-decoded, NFC (case of %-hex does not matter)."""
    parts = urlsplit(target)
    path = unicodedata.normalize("NFC", unquote(parts.path))
    return path + (f"?{parts.query}" if parts.query else "")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if (tag == "a" and a.get("href")) or (tag == "link" and (a.get("rel") or "") in ("next", "prev") and a.get("href")):
            self.links.append(a["href"] or "")
        elif tag == "iframe" and a.get("src"):
            self.links.append(a["src"] or "")


def links_of(page: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.links:
        absolute = urljoin(base, html.unescape(href))
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def page_of(server: PortalServer, target: str) -> str:
    status, body, _ = fetch(server, target)
    assert status == 200, (target, status)
    return body


# --- the gold itself ---------------------------------------------------------------------------


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    owner: dict[str, int] = {}
    for n, g in enumerate(portal.GOLD):
        for p in [g["path"], *g.get("alt_paths", [])]:
            assert owner.setdefault(key(p), n) == n, p  # no target serves two articles
    assert not {key(p) for p in portal.NON_ARTICLES} & set(owner)
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= (g["published_at"] or "2026-10-01")[:10] <= "2026-12-05"
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] and "\n\n\n" not in g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert not set(g["authors"]) & {"quantri", "BBT", "Admin"}


# --- every gold target answers -------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"][:48] for g in portal.GOLD])
def test_gold_targets_answer_with_title(server: PortalServer, gold: dict) -> None:
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        assert gold["title"] in reader_text(body), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"][:48] for g in portal.GOLD])
def test_gold_fields_printed(server: PortalServer, gold: dict) -> None:
    page = page_of(server, gold["path"])
    pages = [page]
    pages += [page_of(server, p) for p in gold.get("alt_paths", []) if re.search(r"/\d+/$", p)]
    markup = "\n".join(pages)
    text = reader_text(markup)
    for para in gold["body"].split("\n\n"):
        assert para in text, para[:60]
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in markup, img["path"]
        if img["caption"]:
            assert img["caption"] in text, img["caption"]
    assert gold["category"] in text
    stamp = gold["published_at"]
    if stamp and "T" in stamp:
        assert f'datetime="{stamp}"' in markup
    elif stamp:
        y, m, d = stamp.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    # the body is the post's text, never the chrome that shares its class names
    for chrome in ("hoặc tại vnedu.vn", "Mọi ý kiến góp ý", "Thống kê truy cập", "Xem thêm", "Trả lời"):
        assert chrome not in gold["body"]


# --- reachability and crawl size ------------------------------------------------------------------


def crawl(server: PortalServer) -> tuple[set[str], int]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and fetched < 400:
        target = queue.popleft()
        k = key(target)
        if k in seen:
            continue
        seen.add(k)
        if _STATIC.search(urlsplit(target).path) or "/feed/" in target or "replytocom" in target:
            continue
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200:
            continue
        queue.extend(links_of(body, server.url(target)))
    return seen, fetched


def test_every_article_reachable_from_start(server: PortalServer) -> None:
    seen, fetched = crawl(server)
    for gold in portal.GOLD:
        assert key(gold["path"]) in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert key(path) in seen, path
    assert fetched < 120, fetched


def test_page_two_only_articles(server: PortalServer) -> None:
    """A13 is on no first listing page; the home page links page 2 only by an empty hidden <a>."""
    home = page_of(server, "/")
    assert re.search(r'<a class="next page-numbers" rel="next" href="[^"]*/page/2/" hidden[^>]*></a>', home)
    assert '<link rel="next" href="' in home
    a13 = portal.permalink(portal.A13)
    a9 = portal.permalink(portal.A9)
    firsts = ["/", "/category/tin-tuc/", "/category/thong-bao/", "/category/tin-tuc/hoat-dong-chuyen-mon/",
              "/category/tin-tuc/doan-thanh-nien/"]
    for listing in firsts:
        body = page_of(server, listing)
        assert a13 not in body and a9 not in body, listing
    assert a13 in page_of(server, "/page/3/")
    assert a9 in page_of(server, "/category/tin-tuc/page/2/")


# --- non-articles and 404s ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server: PortalServer, path: str) -> None:
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="entry-content' in body


@pytest.mark.parametrize(
    "path",
    ["/khong-ton-tai/", "/2026/11/bai-viet-khong-co/", "/category/khong-co/", "/page/9/", "/van-ban/khong-co/",
     "/2026/10/hoi-thao-doi-moi-kiem-tra-danh-gia-mon-ngu-van/3/", "/tag/khong-co/"],
)
def test_unknown_paths_404(server: PortalServer, path: str) -> None:
    assert fetch(server, path)[0] == 404


# --- traps behave as documented -----------------------------------------------------------------------


def test_redirects(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/2026/10/truong-dat-kiem-dinh-cap-do-3/")
    assert status == 301 and headers["Location"].endswith(portal.permalink(portal.A8))
    status, _, headers = fetch(server, f"/?p={portal.A13.id}")
    assert status == 301 and headers["Location"].endswith(portal.permalink(portal.A13))
    assert fetch(server, "/page/1/")[0] == 301
    assert fetch(server, "/wp-json/wp/v2/posts")[0] == 401
    assert fetch(server, "/wp-sitemap.xml")[0] == 404


def test_duplicates_and_meta(server: PortalServer) -> None:
    reply = page_of(server, portal.permalink(portal.A1) + "?replytocom=57")
    assert "noindex, follow" in reply
    embed = page_of(server, portal.permalink(portal.A13) + "embed/")
    assert f'<link rel="canonical" href="{server.base_url}{portal.permalink(portal.A13)}"' in embed
    upper = next(p for p in portal.GOLD[0]["alt_paths"] if "%E1" in p)
    assert upper in page_of(server, portal.permalink(portal.A6))
    a12 = page_of(server, portal.permalink(portal.A12))
    assert '"datePublished":"2026-10-11T17:00:00+00:00"' in a12
    assert 'datetime="2026-10-12T00:00:00+07:00"' in a12
    a9 = page_of(server, portal.permalink(portal.A9))
    assert unicodedata.normalize("NFD", "Trường Đại học Phạm Văn Đồng") in a9
    a2 = page_of(server, portal.permalink(portal.A2))
    assert "static.xx.fbcdn.net" in a2 and "?fbclid=" in a2
    a8 = page_of(server, portal.permalink(portal.A8))
    assert "<title>Trường THPT Lương Thế Vinh đạt kiểm định cấp độ 3 - " in a8
