"""Self-checks of the nukeviet43_laws_news_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet43_laws_news_sgddt as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|link)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_RSS_LINK = re.compile(r"<link>([^<]+)</link>")
_SKIP = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text.replace("\xa0", " "))).strip()


def _visible(markup: str) -> str:
    """The page's text: comments and tags dropped, entities decoded, NFC, whitespace collapsed."""
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return _norm(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _local(base: str, target: str, page: str) -> str | None:
    target = html.unescape(target).strip()
    if target.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    absolute = urljoin(base + page, target)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    if parts.path.lower().endswith(_SKIP):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over hrefs (and feed links) from START_PATH, following redirects."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        links: list[str] = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200 and "attachment" not in headers.get("Content-Disposition", ""):
            links += _HREF.findall(body)
            if "rss" in headers.get("Content-Type", ""):
                links += _RSS_LINK.findall(body)
        for link in links:
            local = _local(server.base_url, link, target)
            if local and local not in seen and not skip(local):
                seen.add(local)
                queue.append(local)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    for record in portal.GOLD:
        assert record["body"] and record["title"]
        assert record["body"].split("\n\n")[0] == record["summary"]


def test_start_redirects(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/vi/"
    assert fetch(server, portal.START_PATH)[0] == 200


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"].rsplit("-", 1)[-1])
def test_gold_page(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="title[^"]*" itemprop="headline">(.*?)</h1>', body, re.S)
    assert h1 and _norm(html.unescape(h1.group(1))) == record["title"]
    text = _visible(body)
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: its cells are printed one by one
            assert cell in text, para
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    for img in record["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    # the category is the last crumb of the (hidden) trail
    crumbs = re.findall(r'<span itemprop="name">([^<]+)</span>', body.split("temp-breadcrumbs", 1)[1])
    assert html.unescape(crumbs[2]) == record["category"]
    # the printed date line
    day = record["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_same_article(server, record):
    for alt in record.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert record["title"] in _visible(body)
        assert record["body"].split("\n\n")[-1].split(" | ")[0] in _visible(body)


def test_every_gold_reachable_and_budget(server):
    seen, pages = _crawl(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page2_only_articles(server):
    seen, _ = _crawl(server, skip=lambda t: "/page-" in t)
    for path in portal.PAGE2_ONLY:
        assert path not in seen, path
    _, body, _ = fetch(server, "/vi/news/tin-tuc-su-kien/page-2/")
    assert portal.PAGE2_ONLY[0] in body and portal.PAGE2_ONLY[1] in body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_traps(server):
    # attachment query variant is a PDF, not the article
    status, _, headers = fetch(server, "/vi/news/thong-bao/" + portal.BY_ID[1490].slug + "-1490.html?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    # stale category link answers 301 to the canonical URL
    stale = "/vi/news/tin-tuc-su-kien/sinh-hoat-chuyen-mon-theo-cum-truong-chia-se-kinh-nghiem-day-hoc-stem-1472.html"
    status, _, headers = fetch(server, stale)
    assert status == 301 and headers["Location"] == portal.PAGE2_ONLY[2]
    # page-1 alias
    status, _, headers = fetch(server, "/vi/news/thong-bao/page-1/")
    assert status == 301 and headers["Location"] == "/vi/news/thong-bao/"
    # savefile is an attachment
    _, _, headers = fetch(server, portal.GOLD[0]["alt_paths"][-1])
    assert "attachment" in headers["Content-Disposition"]
    # the feed's minutes are the month
    _, body, _ = fetch(server, "/vi/news/rss/tin-tuc-su-kien/")
    assert "Fri, 4 Dec 2026 08:12:00 GMT" in body
    # the midnight date and the official notice's printed day
    _, body, _ = fetch(server, portal.PAGE2_ONLY[1])
    assert "Thứ tư - 28/10/2026 00:00" in body
    _, body, _ = fetch(server, "/vi/news/thong-bao/" + portal.BY_ID[1490].slug + "-1490.html")
    assert "Thứ năm - 03/12/2026 10:15" in body and "ngày 02 tháng 12 năm 2026" in body
    # decomposed text and CKEditor entities really are in the markup
    _, body, _ = fetch(server, portal.PAGE2_ONLY[0])
    assert unicodedata.normalize("NFD", "trình diễn trang phục") in body
    _, body, _ = fetch(server, "/vi/news/tin-tuc-su-kien/" + portal.BY_ID[1481].slug + "-1481.html")
    assert "&agrave;" in body


def test_unknown_paths_404(server):
    for target in (
        "/vi/news/khong-co/",
        "/vi/news/tin-tuc-su-kien/page-9/",
        "/vi/news/tin-tuc-su-kien/bai-khong-ton-tai-9999.html",
        "/vi/laws/detail/khong-co-999.html",
        "/vi/about/khong-co.html",
        "/khong-co-trang-nay",
        "/index.php?language=vi&nv=comment&op=post",
    ):
        assert fetch(server, target)[0] == 404, target

