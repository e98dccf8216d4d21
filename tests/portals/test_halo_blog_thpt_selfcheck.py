"""Self-checks of the halo_blog_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import halo_blog_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|link)\b[^>]*?\bhref="([^"]*)\"""", re.I)
_INLINE = re.compile(r"</?(?:a|sup|strong|em|b|i|span|time)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_ASSET = (".jpg", ".png", ".gif", ".ico", ".css", ".js")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", _INLINE.sub("", page))))


def _links(server: PortalServer, target: str, page: str) -> set[str]:
    out = set()
    for href in _HREF.findall(page):
        absolute = urljoin(server.url(target), _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
            continue
        if parts.path.lower().endswith(_ASSET):
            continue
        out.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over links from START_PATH: the pages a sensible crawler sees."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status == 200 and not target.endswith(".xml"):
            queue.extend(_links(server, target, body) - seen.keys())
    return seen


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, page, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = _text(page)
    assert gold["title"] in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in page
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    crumb = page.split('class="tt-breadcrumb">', 1)[1].split("</div>", 1)[0]
    assert _text(crumb).endswith(gold["category"])


def test_dates_printed(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, page, _ = fetch(server, gold["path"])
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in _text(page) or f"ngày {d} tháng {m} năm {y}" in _text(page)
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] in _text(page)
        assert story.opts["dt"][:10] in gold["published_at"] or story.id == 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, page, _ = fetch(server, alt)
        assert status == 200
        assert gold["title"] in _text(page)
        assert f'href="{server.base_url}{gold["path"]}"' in page


def test_reachable_and_budget(crawl):
    ok = {t for t, s in crawl.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok
    for path in portal.NON_ARTICLES:
        assert path in ok
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, len(crawl)
    assert all(s == 200 for s in crawl.values()), {t: s for t, s in crawl.items() if s != 200}


def test_oldest_only_on_later_pages(server):
    _, first, _ = fetch(server, "/")
    _, third, _ = fetch(server, "/page/3")
    _, archive2, _ = fetch(server, "/archives/page/2")
    for slug in (
        "hoi-nghi-vien-chuc-nguoi-lao-dong-2026-2027",
        "hoc-sinh-khoi-10-tham-quan-di-tich-dien-bien-phu",
    ):
        assert f"/archives/{slug}" not in first
        assert f"/archives/{slug}" in third
        assert f"/archives/{slug}" in archive2


def test_feed(server):
    status, xml, headers = fetch(server, "/rss.xml")
    assert status == 200 and "rss" in headers["Content-Type"]
    assert xml.count("<item>") == 10
    assert "utm_source=rss&amp;utm_medium=feed" in xml


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles(server, path):
    status, page, _ = fetch(server, path)
    assert status == 200
    assert 'class="joe_detail joe_page"' in page


@pytest.mark.parametrize(
    "path",
    [
        "/archives/khong-co-bai-nay",
        "/categories/khong-co",
        "/page/9",
        "/page/1",
        "/archives/2025",
        "/tags/khong-co",
        "/trang-khong-ton-tai",
        "/archives/le-ky-niem-20-nam-thanh-lap-truong/",
    ],
)
def test_unknown_404(server, path):
    assert fetch(server, path)[0] == 404


def test_images_served(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
