"""Self-checks of the nextjs_vendor_school_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nextjs_vendor_school_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"<a\b[^>]*?\shref=\"([^\"]*)\"", re.I)
_BLOCK = re.compile(r"</?(p|div|li|td|th|tr|h[1-6]|br|figcaption|figure|blockquote|ul|ol|table|span|time|nav)\b[^>]*>", re.I)
_SKIP_EXT = (".pdf", ".docx", ".jpg", ".png", ".mp3")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text: scripts and styles dropped, block tags to spaces, inline tags removed."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = _BLOCK.sub(" ", body)
    body = re.sub(r"<[^>]+>", "", body)
    return collapse(_html.unescape(body).replace("\u200b", ""))


def article_text(body: str) -> str:
    start = body.index('<article class="ChiTiet_khung__Hq7Vn">')
    return page_text(body[start : body.index("</article>", start)])


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over <a href> on the site's host; redirects followed; returns targets seen."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if target.lower().endswith(_SKIP_EXT):
            continue
        status, body, headers = fetch(server, target)
        fetched += 1
        assert fetched < 200, "unbounded site"
        if status in (301, 302, 307, 308):
            queue.append(headers["Location"])
            continue
        assert status == 200, (target, status)
        for href in _HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("#", "mailto:", "tel:", "javascript:")):
                continue
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen, fetched


def test_shape():
    assert portal.NAME == "nextjs_vendor_school_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_gold_pages_answer_with_their_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.findall(r'<h1 class="ChiTiet_tieuDe__Y3kPq[^"]*">(.*?)</h1>', body)
        assert [collapse(_html.unescape(h)) for h in h1] == [g["title"]]
        text = article_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for img in g["images"]:
            assert _html.escape(img["path"]) in body, img
            assert "<noscript><img" in body or img["path"].startswith("/uploads/")
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        assert g["category"] in page_text(body)
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        # the newest article prints "3 giờ trước": its day is in the <time title>
        assert f"{d}/{m}/{y}" in body or f"ngày {d} tháng {m} năm {y}" in text
        if "T" in g["published_at"]:
            assert g["published_at"][11:16] in body
        canon = re.search(r'<link rel="canonical" href="http://[^/"]+([^"]*)"', body)
        assert canon and canon.group(1) == g["canonical_path"]


def test_zero_width_and_lazy_images_are_really_there(server):
    g = next(g for g in portal.GOLD if g["path"].endswith("-1224"))
    _, body, _ = fetch(server, g["path"])
    assert "\u200b" in body and "&nbsp;" in body
    assert portal.PLACEHOLDER_GIF in body
    assert "\u200b" not in g["body"]


def test_alt_paths_serve_the_same_article(server):
    checked = 0
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 308:
                assert headers["Location"] == g["path"]
            else:
                assert status == 200
                assert _html.escape(g["title"], quote=False) in body
                canon = re.search(r'<link rel="canonical" href="http://[^/"]+([^"]*)"', body)
                assert canon and canon.group(1) == g["path"]
            checked += 1
    assert checked == 2


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_page_two_only_articles(server):
    """1207 and 1202 are linked only from page 2 of a listing."""
    page_two = {"/tin-tuc?page=2", "/tin-tuc/hoat-dong-nganh?page=2", "/thong-bao?page=2"}
    hidden = [g["path"] for g in portal.GOLD if g["path"].endswith(("-1207", "-1202"))]
    seen, _ = crawl(server)
    for target in seen:
        if target in page_two or target.lower().endswith(_SKIP_EXT):
            continue
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for path in hidden:
            if target == path:
                continue
            assert f'href="{path}"' not in body, (target, path)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "ChiTiet_tieuDe__Y3kPq" not in body


def test_next_machinery(server):
    g = portal.GOLD[0]
    img = g["images"][0]["path"]
    status, _, headers = fetch(server, img)
    assert status == 200 and headers["Content-Type"].startswith("image/")
    assert fetch(server, "/_next/image?url=%2Fuploads%2Fx.jpg&w=999&q=75")[0] == 400
    assert fetch(server, "/_next/image?w=640&q=75")[0] == 400
    status, body, headers = fetch(server, f"/_next/data/{portal.BUILD_ID}{g['path']}.json")
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert json.loads(body)["pageProps"]["post"]["id"] == int(g["path"].rsplit("-", 1)[1])
    status, body, _ = fetch(server, f"/_next/data/{portal.BUILD_ID}/tin-tuc.json?page=2")
    assert json.loads(body)["pageProps"]["posts"]["meta"]["pagination"]["page"] == 2
    status, body, _ = fetch(server, g["path"])
    blob = body.split('<script id="__NEXT_DATA__" type="application/json">', 1)[1]
    data = json.loads(blob.split("</script>", 1)[0])
    assert data["buildId"] == portal.BUILD_ID
    assert "<" not in blob.split("</script>", 1)[0]
    assert fetch(server, "/tin-tuc/")[0] == 308
    assert fetch(server, "/robots.txt")[0] == 200


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/khong-co-muc-nay",
        "/tin-tuc/hoat-dong-nganh/bai-khong-co-9999",
        "/tin-tuc/hoat-dong-nganh/sai-slug-1241",
        "/tin-tuc/chuyen-mon-nghiep-vu/" + portal.N1.slug + "-1241",
        "/thong-bao/khong-co-1",
        "/tin-tuc?page=9",
        "/thong-bao?page=0",
        "/tag/khong-co",
        "/van-ban/khong-co-1",
        f"/_next/data/{portal.BUILD_ID}/khong-co.json",
        "/_next/data/oldbuild123/tin-tuc.json",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
