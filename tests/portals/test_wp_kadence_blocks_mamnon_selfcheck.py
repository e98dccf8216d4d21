"""Self-check of the wp_kadence_blocks_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_kadence_blocks_mamnon as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_SKIP = re.compile(r"replytocom|/wp-content/|/wp-json|/feed/|#")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        full = urljoin("http://h" + base, href)
        parts = urlsplit(full)
        if parts.netloc != "h":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _SKIP.search(href):
            continue
        out.append(target)
    return out


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            seen[target] = ""
            continue
        assert status == 200, target
        seen[target] = body
        for link in _links(body, target):
            if link not in seen:
                queue.append(link)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["title"] and g["body"] and g["category"] in portal.CATS.values()
        assert g["published_at"] is None or re.match(r"^2026-1[0-2]-\d\d(T\d\d:\d\d:\d\d\+07:00)?$", g["published_at"])


def test_gold_pages_serve_their_fields(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f'<h1 class="entry-title">{_html.escape(g["title"], quote=True)}</h1>' in body, target
            assert f'href="http://127.0.0.1:{server.port}{g["canonical_path"]}"' in body
        text = _text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):  # a table row: its cells
                assert piece in text, (g["path"], piece)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img
            assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in text
        if g["published_at"] and "T" in g["published_at"]:
            assert g["published_at"] in body, g["path"]
        assert f'class="last">{_html.escape(g["title"], quote=True)}</span>' in body
        assert f'/">{_html.escape(g["category"])}</a><span class="separator">' in body


def test_traps_as_documented(server):
    by_slug = {g["path"].split("/")[2]: g for g in portal.GOLD}
    # 3: only the update date is visible; the publication date is in Rank Math's meta
    g = by_slug["cam-nang-phong-benh-mua-kho-cho-tre-mam-non"]
    _, body, _ = fetch(server, g["path"])
    assert 'class="entry-date published updated" datetime="2026-12-04T16:02:00+07:00"' in body
    assert 'content="2026-11-27T09:40:00+07:00"' in body and g["published_at"] == "2026-11-27T09:40:00+07:00"
    assert "Tháng Mười Hai 4, 2026" in body
    # 1: the title lives in the hero, outside <article>
    art = body[body.index("<article"):]
    assert '<h1 class="entry-title">' not in art
    # 10: the secondary-category URL is linked from an older post and serves the same post
    g = by_slug["be-tham-quan-nong-trai-giao-duc"]
    assert g["alt_paths"] == ["/tin-tuc/be-tham-quan-nong-trai-giao-duc/"]
    _, body, _ = fetch(server, "/hoat-dong-cua-be/khai-mac-hoi-thi-be-khoe-be-ngoan-2026/")
    assert 'href="/tin-tuc/be-tham-quan-nong-trai-giao-duc/"' in body
    # 7: the account byline is printed, and no gold names it
    assert 'class="url fn n" href="/author/quantri/">quantri</a>' in body
    assert all(portal.ACCOUNT not in g["authors"] for g in portal.GOLD)
    # 12: letterhead date vs post date
    g = by_slug["thong-bao-lich-nghi-tet-duong-lich-2027"]
    _, body, _ = fetch(server, g["path"])
    assert g["published_at"] == "2026-11-30" and "ngày 30 tháng 11 năm 2026" in body
    assert 'datetime="2026-12-02T08:00:00+07:00"' in body
    assert "THÔNG BÁO" not in g["body"] and "Nơi nhận" not in g["body"]
    # pagination /page/1/ redirects to the list
    status, _, headers = fetch(server, "/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/tin-tuc/"


def test_reachable_within_budget(server):
    seen = _crawl(server)
    pages = [t for t, b in seen.items() if b]
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # only-via-page-2 articles exist
    front = _links(fetch(server, "/")[1], "/")
    assert any(g["path"] not in front for g in portal.GOLD)
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), budget)


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and '<h1 class="entry-title">' in body
        assert "posted-on" not in body.split('<main id="main"')[0]
    for target in ["/khong-co-trang-nay/", "/tin-tuc/khong-co-bai/", "/2026/09/", "/tin-tuc/page/9/",
                   "/thong-bao/be-tham-quan-nong-trai-giao-duc/", "/tag/khong-co/"]:
        assert fetch(server, target)[0] == 404, target
