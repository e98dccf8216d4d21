"""Self-checks of the liferay71_blogs_aggregator_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay71_blogs_aggregator_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r"""<a\b[^>]*?\shref="([^"]*)\"""", re.I)
_ASSET_PREFIXES = ("/documents/", "/image/", "/o/", "/combo")


def page_text(markup: str) -> str:
    """Visible text of a page: scripts dropped, tags to spaces, entities decoded, NFC, collapsed."""
    return collapse(html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", markup))))


def nfc(markup: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(markup))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over same-host <a href> links and redirects from START_PATH."""
    seen: set[str] = set()
    reached: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        reached.add(target)
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
                continue
            if parts.path.startswith(_ASSET_PREFIXES):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return reached, requests


def test_gold_shape():
    assert portal.NAME == "liferay71_blogs_aggregator_thcs"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["published_at"] and "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 14, (g["path"], n)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_start_redirect(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"].endswith(portal.START_PATH)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    raw = nfc(body)
    assert gold["title"] in text
    assert f"<title>{html.escape(gold['title'], quote=True)} - Tin tức" in html.escape(raw, quote=True).replace("&lt;", "<").replace("&gt;", ">")
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
            assert cell in text, para
    for person in gold["authors"] + gold["photographers"]:
        assert person in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert (img.get("path") or img["url"]) in raw
        if img["caption"]:
            assert img["caption"] in text
    category = gold["category"]
    assert f"Chuyên mục: {category}" in text
    assert f'<link data-senna-track="temporary" href="{server.base_url}{gold["canonical_path"]}" rel="canonical"' in body
    # the cover is a CSS background, never an <img>
    if gold["images"] and gold["images"][0].get("path", "").startswith("/documents/"):
        first = gold["images"][0]["path"]
        if f"url(&quot;{first}" in body:
            assert f'src="{first}"' not in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_alt_paths(server, gold):
    for alt in gold.get("alt_paths", []):
        # an IRI (decoded url-title) goes on the wire percent-encoded, as a client sends it
        status, body, headers = fetch(server, quote(alt, safe="/?&=%:-_.~"))
        if alt.startswith("/c/blogs/find_entry"):
            assert status == 302
            assert urlsplit(headers["Location"]).path == gold["path"]
            continue
        assert status == 200, alt
        text = page_text(body)
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1] in text


def test_published_dates_printed(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, gold["path"])
        y, m, d = gold["published_at"].split("-")
        if story.opts.get("display"):
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in page_text(body)
        else:
            assert f"{d}/{m}/{y} - " in body


def test_reachable_and_bounded(server):
    reached, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert requests <= budget, (requests, budget)


def test_some_only_on_later_pages(server):
    """E12 is on no first page of any listing."""
    _, body, _ = fetch(server, portal.START_PATH)
    listings = [portal.NEWS] + [portal.list_path(c) for c in portal.CATS]
    late = portal.entry_path(portal.E12)
    assert late not in body
    for listing in listings:
        _, lbody, _ = fetch(server, listing)
        assert f'{late}"' not in lbody
    _, p3, _ = fetch(server, portal.list_path(None, 3))
    assert f'{late}"' in p3


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200
        assert "Thứ Bảy, 05/12/2026" in body


@pytest.mark.parametrize(
    "target",
    [
        "/web/thcs-tranphu/khong-co-trang-nay",
        "/web/thcs-tranphu/tin-tuc/-/blogs/bai-viet-khong-ton-tai",
        "/web/thcs-tranphu/-/asset_publisher/Xk7pQ2mNbV4r/blog/khong-co",
        "/tin-tuc/123.html",
        "/web/thcs-tranphu/tin-tuc?p_r_p_categoryId=99999",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_assets(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            if "path" in img:
                status, _, headers = fetch(server, img["path"])
                assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, portal.NEWS + "/-/blogs/rss")
    assert status == 200 and "atom" in headers["Content-Type"]
