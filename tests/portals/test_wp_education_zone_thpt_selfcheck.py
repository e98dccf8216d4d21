"""Self-checks of the wp_education_zone_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_education_zone_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_FORM = re.compile(r"""<form\b[^>]*?\baction\s*=\s*["']([^"']*)["'][^>]*>""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<br\s*/?>", "\n", page, flags=re.I)
    page = re.sub(r"</td>\s*<td[^>]*>", " | ", page, flags=re.I)
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _crawl(server) -> tuple[set[str], int]:
    """Follow same-host links (and GET forms without fields) from START_PATH; redirects too."""
    seen: set[str] = set()
    pages = 0
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages += 1
        for href in _HREF.findall(body):
            parts = urlsplit(urljoin(server.url(target), _html.unescape(href)))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if re.search(r"\.(jpg|png|pdf|css|js)$", parts.path):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen, pages


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="entry-title">{_html.escape(gold["title"])}</h1>' in body
    text = _text(body)
    for alt in gold.get("alt_paths", []):
        if alt.endswith("/2/"):
            s2, b2, _ = fetch(server, alt)
            assert s2 == 200 and gold["title"] in _text(b2)
            text += " " + _text(b2)
            body += b2
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    assert f'datetime="{day}T' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if alt.startswith("/?p="):
            assert status == 301 and headers["Location"] == gold["path"]
        else:
            assert status == 200 and gold["title"] in _text(body)


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert pages <= budget, pages


def test_some_articles_only_on_later_list_pages(server):
    _, first, _ = fetch(server, "/chuyen-muc/hoat-dong-chuyen-mon/")
    _, second, _ = fetch(server, "/chuyen-muc/hoat-dong-chuyen-mon/page/2/")
    path = "/2026/10/tap-huan-chuyen-doi-so-trong-day-hoc-cho-giao-vien/"
    assert path not in first and path in second


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200 and "entry-content" in body


@pytest.mark.parametrize("path", [
    "/khong-ton-tai/", "/2026/11/khong-co-bai/", "/chuyen-muc/tin-tuc-su-kien/page/9/",
    "/2026/10/khai-mac-hoi-giang-cap-truong-nam-hoc-2026-2027/", "/tag/khong-co/", "/?p=1",
])
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_traps_are_printed(server):
    _, body, _ = fetch(server, "/2026/11/ke-hoach-on-tap-thi-tot-nghiep-thpt-nam-2027/")
    assert 'content="2026-11-02T23:30:00+00:00"' in body
    assert 'class="updated"' in body and "ez-toc-container" in body
    _, body, _ = fetch(server, "/2026/11/khai-mac-hoi-giang-cap-truong-nam-hoc-2026-2027/")
    assert "lúc 2:30 chiều" in body and 'class="wp-caption-text"' in body
    assert '<h1 class="page-title">Hoạt động chuyên môn</h1>' in body
    _, body, _ = fetch(server, "/2026/10/tap-huan-chuyen-doi-so-trong-day-hoc-cho-giao-vien/")
    assert "lúc 12:00 sáng" in body
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao/page/1/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/thong-bao/"
    status, _, headers = fetch(server, "/lien-he")
    assert status == 301 and headers["Location"] == "/lien-he/"
