"""Self-checks of the nukeviet45_viewcat_grid_tct fixture portal against itself (never the crawler)."""

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
from tests.portals import nukeviet45_viewcat_grid_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.links.append(a["action"])


def links_of(page: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.links:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def plain(page: str) -> str:
    """The page's visible-ish text: tags dropped, references resolved, NFC, whitespace collapsed."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?i)</td>\s*<td[^>]*>", " | ", page)  # a table row reads as one paragraph
    page = re.sub(r"(?i)</?(a|sup|sub|span|em|strong|b|i|u|font)\b[^>]*>", "", page)  # inline
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def nfc_markup(page: str) -> str:
    return unicodedata.normalize("NFC", _html.unescape(page))


def crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links_of(body, server.url(target)):
            if link.lower().split("?")[0].endswith(SKIP_EXT) or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    return seen, fetched


def test_gold_shape():
    assert portal.NAME == "nukeviet45_viewcat_grid_tct"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == len(set(alts)) and not set(alts) & set(paths)
    for g in portal.GOLD:
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        assert g["body"] and g["title"]
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_pages_answer_with_their_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = plain(page)
    markup = nfc_markup(page)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in markup
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    assert gold["category"] in markup
    assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_alt_paths_serve_the_same_article(server, gold):
    first_para = gold["body"].split("\n\n")[1]
    for alt in gold.get("alt_paths", []):
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        text = plain(page)
        assert gold["title"] in text, alt
        assert first_para in text, alt


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    seen, fetched = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_beyond_page_one(server):
    first_pages = ["/", "/vi/news/", *(f"/vi/news/{c}/" for c in portal.CATS)]
    linked: set[str] = set()
    for target in first_pages:
        status, page, _ = fetch(server, target)
        assert status == 200
        linked.update(links_of(page, server.url(target)))
    late = [portal.T4, portal.T5, portal.D4]
    for story in late:
        assert portal._link(story) not in linked
    status, page, _ = fetch(server, "/vi/news/tin-tuc-su-kien/page-2/")
    assert status == 200
    assert portal._link(portal.T4) in page and portal._link(portal.T5) in page
    status, page, _ = fetch(server, "/vi/news/dao-tao-boi-duong/page-2/")
    assert status == 200 and portal._link(portal.D4) in page


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "news-bodyhtml" not in page


def test_variants_and_redirects(server):
    b1 = portal._link(portal.B1)
    status, _, headers = fetch(server, b1 + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, headers = fetch(server, b1 + "?pdf=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    save = f"/vi/news/savefile/tin-tuc-su-kien/{portal.T1.slug}-{portal.T1.id}.html"
    status, _, headers = fetch(server, save)
    assert status == 200 and headers["Content-Disposition"].startswith("attachment")
    status, _, headers = fetch(server, "/vi/news/tin-tuc-su-kien/page-1/")
    assert status == 301 and headers["Location"] == "/vi/news/tin-tuc-su-kien/"
    status, _, headers = fetch(server, "/vi/")
    assert status == 301 and headers["Location"] == "/"
    # the visible breadcrumb is empty; the trail is in the hidden list
    status, page, _ = fetch(server, portal._link(portal.T2, "dao-tao-boi-duong"))
    assert status == 200
    assert '<ul class="breadcrumbs list-none"></ul>' in page
    assert "temp-breadcrumbs hidden" in page and "Đào tạo - Bồi dưỡng" in page


@pytest.mark.parametrize(
    "target",
    [
        "/vi/news/khong-co/",
        "/vi/news/tin-tuc-su-kien/khong-co-bai-nay-999.html",
        "/vi/news/thong-bao/" + portal.T1.slug + "-418.html",
        portal._link(portal.T1) + "?download=1&id=0",
        "/vi/news/print/dao-tao-boi-duong/" + portal.T2.slug + "-415.html",
        "/vi/news/savefile/thong-bao/" + portal.B2.slug + "-406.html",
        "/vi/news/tag/khong-co/",
        "/vi/about/khong-co.html",
        "/vi/laws/detail/khong-co/",
        "/khong-co-trang-nay.html",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
