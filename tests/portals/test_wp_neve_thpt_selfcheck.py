"""Self-check of the WordPress/Neve/Otter school portal (wp_neve_thpt): the fixture against itself.

Why: a blind-test portal is crawled once before anyone tunes the crawler for it; a gold target
that 404s, a paragraph the page does not print, or an article no link reaches would waste that
crawl. Nothing here imports the crawler beyond the demo server.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import serving
from tests.portals import wp_neve_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with serving(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """The page's text as a reader sees it: no scripts, no footnote calls or back links."""
    page = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<sup data-fn=[^>]*>.*?</sup>", "", page)
    page = re.sub(r'<a href="#[^"]*-link"[^>]*>↩︎</a>', "", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _h1(page: str) -> str:
    m = re.search(r"(?s)<h1[^>]*>(.*?)</h1>", page)
    assert m, "no h1"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', page):
        url = urljoin(base, _html.unescape(href))
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> dict[str, int]:
    """Breadth-first over <a href> from the start path; target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 400:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, server.url(target)):
            if link not in seen:
                queue.append(link)
    return seen


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))
        assert unicodedata.is_normalized("NFC", g["body"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_answers_with_its_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        if target.endswith("print/"):
            assert gold["title"] in _visible(body)
        else:
            assert _h1(body) == gold["title"], target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_fields_are_printed(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    seen = _visible(body)
    for para in gold["body"].split("\n\n"):
        cells = para.split(" | ")
        for cell in cells:
            assert cell in seen, (gold["path"], cell[:60])
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen
    if gold["source"]:
        assert gold["source"] in seen
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in seen
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in seen or f"ngày {int(d)} tháng {int(m)} năm {y}" in seen
    assert gold["category"] in seen


def test_every_gold_and_non_article_is_reachable(crawl):
    reached = {unquote(t).casefold() for t, status in crawl.items() if status == 200}
    for gold in portal.GOLD:
        assert unquote(gold["path"]).casefold() in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert unquote(path).casefold() in reached, path


def test_crawl_is_bounded(crawl):
    pages = [t for t in crawl if not re.search(r"\.(jpg|png|gif|pdf|css|js)$", urlsplit(t).path)]
    assert len(pages) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), len(pages)


def test_old_posts_only_on_page_two(server):
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/")
    _, second, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/2/")
    for gold in portal.GOLD[-4:]:
        if gold["category"] == "Tin tức – Sự kiện":
            assert gold["path"] not in first
            assert gold["path"] in second


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_traps_are_in_place(server):
    t5 = next(g for g in portal.GOLD if g["published_at"] == "2026-10-20")
    _, body, _ = fetch(server, t5["path"])
    assert unicodedata.normalize("NFD", "Hội nghị") in body  # stored decomposed
    assert 'content="2026-10-19T17:00:00+00:00"' in body  # Yoast in UTC: the day before
    n1 = next(g for g in portal.GOLD if g["published_at"] == "2026-11-30")
    _, body, _ = fetch(server, n1["path"])
    assert 'datetime="2026-12-01T07:45:00+07:00"' in body
    status, _, headers = fetch(server, n1["path"].rstrip("/"))
    assert status == 301 and headers["Location"].endswith(n1["path"])


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai/",
        "/2026/11/bai-viet-khong-co/",
        "/chuyen-muc/khong-co/",
        "/chuyen-muc/tin-tuc-su-kien/page/9/",
        "/tag/khong-co/",
        "/2025/01/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
