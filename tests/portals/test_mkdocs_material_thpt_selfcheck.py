"""Self-checks of the mkdocs_material_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer, Request
from tests.portals import mkdocs_material_thpt as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

HOST = "127.0.0.1:8765"
_HREF = re.compile(r'<(?:a|link)\b[^>]*?\bhref="([^"]*)"', re.I)
_REFRESH = re.compile(r'http-equiv="refresh" content="0; url=([^"]+)"', re.I)
_ASSET = re.compile(r"\.(?:jpg|jpeg|png|gif|ico|css|js|pdf|docx|xml|gz|json)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def local(target: str) -> Request:
    path, _, query = target.partition("?")
    return Request("GET", path, query, {"Host": HOST})


def get(site, target: str):
    return site.respond(local(target))


def text_of(markup: str) -> str:
    """Visible text of a page, NFC, whitespace collapsed (scripts dropped)."""
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", markup)))


def crawl(site) -> tuple[set[str], int]:
    """Breadth-first over every same-host link and meta refresh from START_PATH."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        resp = get(site, target)
        if resp is None:
            continue
        if resp.status in (301, 302):
            loc = urlsplit(resp.headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if resp.status != 200 or "html" not in resp.headers.get("Content-Type", ""):
            continue
        pages += 1
        body = resp.payload().decode("utf-8")
        base = f"http://{HOST}{target}"
        for href in _HREF.findall(body) + _REFRESH.findall(body):
            url = urljoin(base, _html.unescape(href))
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != HOST:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _ASSET.search(parts.path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        assert g["category"] in portal.CATS
        assert "¶" not in g["title"] and "¶" not in g["body"]
        assert unicodedata.is_normalized("NFC", g["body"] + g["title"])


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert g["title"] in text_of(unicodedata.normalize("NFC", body)), g["path"]


def test_alt_paths_serve_the_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            if "Redirecting..." in body:
                target = _REFRESH.search(body).group(1)
                assert urljoin(alt, target) == g["path"]
            else:
                assert g["title"] in text_of(unicodedata.normalize("NFC", body)), alt
                assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in body, alt


def test_every_gold_reachable_and_crawl_bounded():
    site = portal.build_site()
    seen, pages = crawl(site)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_oldest_post_only_on_later_pages():
    site = portal.build_site()
    oldest = portal._url(portal.M)
    first_pages = ["/", "/blog/", "/blog/archive/2026/", portal.cat_url("Tin tức - Sự kiện")]
    for target in first_pages:
        body = get(site, target).payload().decode()
        assert oldest.rsplit("/", 2)[-2] not in body, target
    assert oldest.rsplit("/", 2)[-2] in get(site, "/blog/page/3/").payload().decode()


def test_gold_fields_on_page():
    site = portal.build_site()
    for story, g in zip(portal.POSTS, portal.GOLD, strict=True):
        raw = get(site, g["path"]).payload().decode()
        page = text_of(unicodedata.normalize("NFC", raw))
        for block in story.blocks:
            if not isinstance(block, P):
                continue
            if block.style in ("th", "tr"):
                for cell in block.text.split(" | "):
                    assert collapse(cell) in page, (g["path"], cell)
            else:
                assert collapse(block.text) in page, (g["path"], block.text[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in page, (g["path"], name)
        if g["source"]:
            assert g["source"] in page
        for img in g["images"]:
            rel = portal.rel(g["path"], img["path"])
            assert f'src="{rel}"' in raw, (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in page
        day = g["published_at"][:10]
        if story is portal.A:
            assert "ngày 03 tháng 12 năm 2026" in page
        else:
            # (the gold is the day the page prints; the attribute may carry a time it never shows)
            assert f'datetime="{day} ' in raw
        assert g["category"] in page
        assert all(p for p in g["body"].split("\n\n"))


def test_chrome_not_in_gold_body():
    for g in portal.GOLD:
        for junk in ("Bình luận", "Continue reading", "Xem thêm:", "Nơi nhận", "Tệp đính kèm",
                     "Tin, ảnh:", "Đang online", "↩", "👉"):
            assert junk not in g["body"], (g["path"], junk)


def test_g_is_decomposed_on_the_wire(server):
    status, body, _ = fetch(server, portal._url(portal.G))
    assert status == 200
    assert not unicodedata.is_normalized("NFC", body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "md-post--excerpt" not in body


def test_unknown_paths_404(server):
    for target in ("/blog/2026/11/20/khong-co-bai-nay/", "/blog/page/9/", "/blog/page/1/",
                   "/khong-ton-tai.html", "/blog/category/khong-co/", "/assets/images/x.jpg"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_slashless_redirects(server):
    path = portal.GOLD[0]["path"].rstrip("/")
    status, _, headers = fetch(server, path)
    assert status == 301
    assert headers["Location"].endswith(portal.GOLD[0]["path"])


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, _ = fetch(server, img["path"])
            assert status == 200, img["path"]
