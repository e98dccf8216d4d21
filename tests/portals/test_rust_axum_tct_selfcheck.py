"""Self-checks of the rust_axum_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import rust_axum_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]+)"', re.I)
_FORM = re.compile(r'<form\b[^>]*?\baction="([^"]+)"[^>]*?\bmethod="get"|<form\b[^>]*?\bmethod="get"[^>]*?\baction="([^"]+)"', re.I)
_PAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".ico", ".css", ".js")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over <a href> and GET forms from START_PATH; redirects followed by hand."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    reached: set[str] = set()
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        assert pages < 200, "crawl does not end"
        if status in (301, 302, 303, 307, 308):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            new = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if new not in seen:
                seen.add(new)
                queue.append(new)
            continue
        if status != 200:
            continue
        reached.add(target)
        links = [m for m in _HREF.findall(body)]
        for m in _FORM.finditer(body):
            links.append((m.group(1) or m.group(2)) + "?q=")
        for href in links:
            href = _html.unescape(href)
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != f"{server.host}:{server.port}":
                continue
            new = parts.path + (f"?{parts.query}" if parts.query else "")
            if new.lower().endswith(_PAGE_EXT) or new.startswith("/static/"):
                continue
            if new not in seen:
                seen.add(new)
                queue.append(new)
    return reached, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_page(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
        assert collapse(_html.unescape(h1)) == gold["title"]
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    status, body, _ = fetch(server, gold["path"])
    article = body[body.index("<article"): body.index("</article>")]
    text = _text(article)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert f"<em>{img['caption']}</em>" in article
        assert fetch(server, img["path"])[0] == 200
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    assert f"{d}/{mo}/{y}" in article
    if len(gold["published_at"]) > 10:
        assert gold["published_at"][11:16] in article
    assert gold["category"] in _text(body[body.index('id="dd"'): body.index("</div>", body.index('id="dd"'))])


def test_reachable_and_budget(server):
    reached, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert pages <= budget, (pages, budget)


def test_some_only_via_page_two(server):
    status, body, _ = fetch(server, "/")
    assert status == 200
    assert "/tin/101/" not in body
    status, body, _ = fetch(server, "/tin")
    assert "/tin/101/" not in body
    status, body, _ = fetch(server, "/chuyen-muc/hoat-dong?trang=2")
    assert "/tin/101/" in body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_traps_present(server):
    # old slug serves the same post; short link redirects
    status, _, headers = fetch(server, "/tin/123")
    assert status == 301 and headers["Location"].endswith(portal.GOLD[8]["path"])
    # UTC attribute crossing midnight, relative dates
    _, body, _ = fetch(server, portal.GOLD[8]["path"])
    assert 'datetime="2026-11-19T18:15:00Z"' in body
    _, body, _ = fetch(server, portal.GOLD[11]["path"])
    assert ">2 ngày trước</time>" in body
    # soft 404 and the off-by-one empty page
    status, body, _ = fetch(server, "/tin/99/ke-hoach-mo-lop-trung-cap-khoa-46")
    assert status == 200 and "không tồn tại" in body
    status, body, _ = fetch(server, "/chuyen-muc/dao-tao?trang=2")
    assert status == 200 and "Chưa có bài viết nào." in body and "trang=3" not in body
    # htmx fragment
    status, body, _ = fetch(server, "/tin/them?sau=123")
    assert status == 200 and "<html" not in body and "/tin/119/" in body


def test_unknown_paths_404(server):
    for target in ("/khong-ton-tai", "/tin/123/x/y", "/chuyen-muc/khong-co", "/admin", "/van-ban"):
        assert fetch(server, target)[0] == 404, target
