"""Self-checks of the bizfly_builder_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import bizfly_builder_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref="([^"]*)\"""", re.I)
_FORM = re.compile(r"""<form\b[^>]*?\baction="([^"]*)"[^>]*?\bmethod="get\"""", re.I)
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, NFC, collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</?(a|sup|span|em|strong|b|i|u)\b[^>]*>", "", markup, flags=re.I)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def _links(page_target: str, body: str) -> list[str]:
    found = []
    for raw in _HREF.findall(body) + [a + "?q=" for a in _FORM.findall(body)]:
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "tel:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or _STATIC.search(parts.path):
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def _crawl(server) -> dict[str, set[str]]:
    """Breadth-first over links and GET forms from START_PATH: target -> pages linking to it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(target, body):
            if link not in seen:
                seen[link] = set()
                queue.append(link)
            seen[link].add(target)
    return seen


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = _text(body)
    assert gold["title"] in page
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, cell
    if gold["summary"]:
        assert gold["summary"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page, name
    if gold["source"]:
        assert gold["source"] in page
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in page
    assert gold["category"] in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in page or f"ngày {d} tháng {m} năm {y}" in page
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert gold["title"] in _text(body)
        assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


def test_every_gold_article_is_reachable_and_crawl_is_bounded(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen or any(a in seen for a in gold.get("alt_paths", [])), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    pages = [t for t in seen if not t.startswith("/api/")]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_old_posts_only_on_later_listing_pages(server):
    seen = _crawl(server)
    only_later = {
        "/tin-tuc/chuyen-de-doi-moi-kiem-tra-danh-gia-mon-ngu-van-theo-chuong-trinh-gdpt-2018-1249.html": (
            "/tin-tuc?page=2"
        ),
        "/tin-tuc/trao-hoc-bong-tiep-suc-den-truong-cho-25-hoc-sinh-co-hoan-canh-kho-khan-1226.html": (
            "/tin-tuc?page=3"
        ),
    }
    for path, listing in only_later.items():
        assert seen[path] == {listing}, seen[path]


def test_desktop_copy_is_lazy_and_mobile_copy_is_thumbs(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("-1287.html"))
    _, body, _ = fetch(server, gold["path"])
    assert body.count('class="bz-bd-ttl"') == 2
    assert "/thumbs/480x0/2026/11/ky-niem-20-11-van-nghe.jpg" in body
    assert ' src="/uploads/thptpdp/2026/11/ky-niem-20-11-van-nghe.jpg"' not in body


def test_meta_dates_disagree_where_the_trap_says(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("-1302.html"))
    _, body, _ = fetch(server, gold["path"])
    assert 'content="2026-12-02T09:48:11+07:00"' in body
    assert "Thứ Năm, 03/12/2026 - 16:20" in body


def test_nfd_article_is_decomposed_on_the_page(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("-1241.html"))
    _, body, _ = fetch(server, gold["path"])
    assert unicodedata.normalize("NFD", "Hội nghị đã nghe") in body
    assert "Hội nghị đã nghe" not in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200 and "<h1" in body


@pytest.mark.parametrize(
    "path",
    ["/khong-ton-tai", "/tin-tuc/abc-99999.html", "/tin-tuc/tag/khong-co", "/tin-tuc/chuyen-muc-la", "/tin-tuc/.html"],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_listing_pages(server):
    status, body, _ = fetch(server, "/tin-tuc?page=3")
    assert status == 200 and body.count('class="bz-blog-item"') == 3
    status, body, _ = fetch(server, "/tin-tuc?page=9")
    assert status == 200 and "Chưa có bài viết nào" in body
    status, body, headers = fetch(server, "/api/blog/more?cat_id=12&offset=3&limit=3")
    assert status == 200 and "1249" in body and headers["Content-Type"] == "application/json"
