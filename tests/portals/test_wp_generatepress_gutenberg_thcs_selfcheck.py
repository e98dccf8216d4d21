"""Self-checks of the wp_generatepress_gutenberg_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_generatepress_gutenberg_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str, sep: str) -> str:
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", sep, markup)))


def _entry_content(page: str) -> str:
    start = page.index('<div class="entry-content"')
    end = page.index('<div class="sharedaddy', start)
    return page[start:end]


def _links(body: str) -> list[str]:
    """Targets of ``<a href>`` (what a crawler follows) and of an RSS item's ``<link>``."""
    hrefs = re.findall(r"""<a\s[^>]*?href=["']([^"']+)["']""", body)
    hrefs += re.findall(r"<link>([^<]+)</link>", body)
    return [html.unescape(h) for h in hrefs]


def test_shape():
    assert portal.NAME == "wp_generatepress_gutenberg_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)
    for g in portal.GOLD:
        assert g["body"].count("\n\n") >= 2, g["path"]


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="entry-title"[^>]*>(.*?)</h1>', body, re.S)
    assert h1 and collapse(html.unescape(h1.group(1))) == gold["title"]
    assert f'href="{portal.base_url_for(server)}{gold["canonical_path"]}"' in body
    content = _entry_content(body)
    glued, spaced = _text(content, ""), _text(content, " ")
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in spaced, (gold["path"], cell)
        else:
            assert para in glued or para in spaced, (gold["path"], para)
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in content
        if img["caption"]:
            assert img["caption"] in spaced
    page_text = _text(body, " ")
    for name in gold["authors"] + gold["photographers"]:
        assert name in page_text
    if gold["source"]:
        assert gold["source"] in page_text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert re.search(r"<p><strong>", content)
    when = gold["published_at"]
    if "T" in when:
        assert f'class="entry-date published" datetime="{when}"' in body
    else:
        y, m, d = when.split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in page_text
    crumbs = re.search(r'<p id="breadcrumbs">(.*?)</p>', body, re.S).group(1)
    assert f">{gold['category']}</a>" in html.unescape(crumbs)


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")],
                         ids=lambda g: g["path"].rsplit("/", 2)[-2])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'rel="canonical" href="{portal.base_url_for(server)}{gold["path"]}"' in body
        h1 = re.search(r'<h1 class="entry-title"[^>]*>(.*?)</h1>', body, re.S)
        assert collapse(html.unescape(h1.group(1))) == gold["title"]


def test_everything_reachable_from_start_within_budget(server):
    base = server.base_url
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        links = _links(body) if status == 200 else []
        if status in (301, 302):
            links = [headers["Location"]]
        for href in links:
            absolute = urljoin(base + target, href)
            parts = urlsplit(absolute)
            if f"{parts.scheme}://{parts.netloc}" != base:
                continue
            nxt = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            if parts.path.lower().endswith(STATIC_EXT) or nxt in seen:
                continue
            queue.append(nxt)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_later_listing_pages(server):
    _, first, _ = fetch(server, "/")
    _, blog1, _ = fetch(server, "/tin-tuc/")
    front = set(_links(first)) | set(_links(blog1))
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in front]
    assert len(hidden) >= 5
    _, blog1_body, _ = fetch(server, "/tin-tuc/")
    assert "/tin-tuc/page/3/" not in blog1_body  # "1 2 … 4": page 3 only from 2 and 4


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="entry-title"' in body


@pytest.mark.parametrize("path", [
    "/khong-ton-tai/", "/2026/11/12/khong-co-bai-nay/", "/tin-tuc/page/9/",
    "/chuyen-muc/khong-co/", "/the/khong-co/", "/author/nobody/",
    "/2026/10/14/hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027/comment-page-1/",
    "/?p=999",
])
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_redirects_and_feed(server):
    status, _, headers = fetch(server, "/?p=105")
    assert status == 301 and headers["Location"].endswith(portal.post_path(portal.BY_ID[105]))
    status, _, headers = fetch(server, "/tin-tuc/page/1/")
    assert status == 301 and headers["Location"].endswith("/tin-tuc/")
    status, body, headers = fetch(server, "/feed/")
    assert status == 200 and "rss+xml" in headers["Content-Type"]
    assert body.count("<item>") == portal.FEED_ITEMS
    status, _, _ = fetch(server, "/wp-comments-post.php")
    assert status == 405
