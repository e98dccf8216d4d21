"""Self-checks of the php_laravel_inertia_vendor_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_laravel_inertia_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

INVISIBLE = dict.fromkeys(map(ord, "\u200b\ufeff"))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "base" and d.get("href") and self.base is None:
            self.base = d["href"]
        if tag == "a" and d.get("href"):
            self.hrefs.append(d["href"])


def _links(page_url: str, body: str, honour_base: bool = True) -> list[str]:
    parser = _Links()
    parser.feed(body)
    root = parser.base if (honour_base and parser.base) else page_url
    return [urljoin(root, h) for h in parser.hrefs]


def _crawl(server: PortalServer, honour_base: bool = True) -> tuple[set[str], int]:
    """Breadth-first over <a href> from START_PATH, pages only (no uploads), same host."""
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    ok: set[str] = set()
    fetched = 0
    while queue:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        fetched += 1
        assert fetched < 200, "crawl does not end"
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        ok.add(target)
        for url in _links(server.url(target), body, honour_base):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            if parts.path.startswith(("/storage/", "/build/", "/images/")):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return ok, fetched


def _text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return collapse(html.unescape(body).translate(INVISIBLE))


def _story(record: dict):
    return next(s for s in portal.STORIES if portal.path_of(s) == record["path"])


def test_shape_of_the_gold():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert g["body"] and 3 <= g["body"].count("\n\n") + 1 <= 12, g["path"]
        assert g["published_at"] is None or g["published_at"] >= "2026-10-01"
        assert "\u200b" not in g["body"] and "\ufeff" not in g["body"] and "\u200b" not in g["title"]


def test_gold_pages_answer_with_their_headline_and_canonical(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h2 = re.search(r"<h2 class=\"text-2xl[^>]*>(.*?)</h2>", body, re.S).group(1)
        assert collapse(html.unescape(h2).translate(INVISIBLE)) == g["title"]
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
        assert urlsplit(canonical).path == g["canonical_path"]
        for alt in g.get("alt_paths", []):
            status, alt_body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'href="{canonical}"' in alt_body
            assert _text(alt_body).count(g["body"].split("\n\n")[1][:60]) >= 1


def test_gold_fields_appear_on_the_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = _text(body)
        for para in g["body"].split("\n\n"):
            # a table row is printed as cells: the gold joins them with " | "
            assert para.replace(" | ", " ") in text, (g["path"], para[:60])
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert g["source"] in text
        crumb = re.search(r'aria-label="Breadcrumb".*?</nav>', body, re.S).group(0)
        assert f">{html.escape(g['category'], quote=False)}</a>" in crumb


def test_dates_are_printed_as_the_gold_says(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        when = g["published_at"]
        if len(when) == 10:
            day = datetime.strptime(when, "%Y-%m-%d")
            letterhead = f"ngày {day:%d} tháng {day.month} năm {day:%Y}"
            assert f"{day:%d/%m/%Y}" in body or letterhead in body, g["path"]
            continue
        moment = datetime.fromisoformat(when).replace(tzinfo=None)
        hour = moment.hour % 12 or 12
        ampm = f"{moment:%d/%m/%Y} - {hour}:{moment:%M} {'SA' if moment.hour < 12 else 'CH'}"
        assert f"{moment:%d/%m/%Y %H:%M}" in body or ampm in body, g["path"]
        if "ngày trước</time>" in body:
            utc = moment - timedelta(hours=7)
            assert f'datetime="{utc:%Y-%m-%dT%H:%M:%S}.000000Z"' in body


def test_every_gold_article_is_reachable_and_the_crawl_is_bounded(server):
    reached, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_behind_page_two_or_the_base_href(server):
    # trap 1 and 2: without <base>, the related cards point to /bai-viet/bai-viet/... (404)
    reached, _ = _crawl(server, honour_base=False)
    hidden = portal.path_of(portal.BY_ID[2384])
    assert hidden not in reached
    status, body, _ = fetch(server, "/chuyen-muc/thong-bao")
    assert "gotoPage(2, 'page')" in body and "?page=2" not in body
    _, home, _ = fetch(server, "/")
    _, page1, _ = fetch(server, "/chuyen-muc/hoat-dong-nganh")
    _, page2, _ = fetch(server, "/chuyen-muc/hoat-dong-nganh?page=2")
    for post_id in (2387, 2379):
        p = portal.path_of(portal.BY_ID[post_id])
        assert p not in home and p not in page1 and p in page2
    assert "Hiển thị <span" in page2 and "?page=1" in page2
    status, _, _ = fetch(server, "/bai-viet/bai-viet/" + hidden.rsplit("/", 1)[1])
    assert status == 404


def test_folded_and_lazy_and_trix_markup(server):
    _, folded, _ = fetch(server, portal.path_of(portal.BY_ID[2405]))
    assert 'x-show="moRong" x-collapse x-cloak style="display: none;"' in folded
    _, lazy, _ = fetch(server, portal.path_of(portal.BY_ID[2412]))
    assert lazy.count('data-src="/storage/uploads/2026/12/khai-mac-hoi-thi-gvdg-thcs-1.jpg"') == 1
    assert lazy.count('<noscript><img src="/storage/uploads/2026/12/khai-mac-hoi-thi-gvdg-thcs-1.jpg"') == 1
    _, trix, _ = fetch(server, portal.path_of(portal.BY_ID[2387]))
    assert '<div class="trix-content">' in trix and "<br><br>" in trix and "attachment__name" in trix
    _, zw, _ = fetch(server, portal.path_of(portal.BY_ID[2418]))
    assert "\u200b" in zw and "&#8203;" in zw and "\ufeff" in zw


def test_metadata_disagrees_as_documented(server):
    s = portal.BY_ID[2405]
    _, body, _ = fetch(server, portal.path_of(s))
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body).group(1))
    assert ld["datePublished"] == "2026-11-25 02:12:45"
    assert ld["headline"].endswith("...") or len(s.title) <= 60
    s = portal.BY_ID[2420]
    _, body, _ = fetch(server, portal.path_of(s))
    assert "04/12/2026 10:15" in body and "ngày 03 tháng 12 năm 2026" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert '<h2 class="text-2xl md:text-3xl' not in body
    _, soft, _ = fetch(server, portal.NON_ARTICLES[-1])
    assert "Bài viết không tồn tại hoặc đã bị gỡ bỏ." in soft


def test_inertia_answers_json_to_an_inertia_visit(server):
    request = __import__("urllib.request").request.Request(
        server.url("/van-ban/1551"), headers={"X-Inertia": "true", "X-Inertia-Version": "x"}
    )
    with NO_REDIRECTS.open(request, timeout=10) as resp:
        data = json.loads(resp.read().decode("utf-8"))
    assert data["component"] == "VanBan/Show" and data["props"]["vanBan"]["so"] == "2154/SGDĐT-GDTrH"
    _, body, _ = fetch(server, "/van-ban/1551")
    assert 'id="app" data-page="' in body


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay", "/bai-viet/khong-co-99999", "/chuyen-muc/khong-co", "/van-ban/9", "/bai-viet/"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_uploads_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/storage/uploads/2026/12/2398-tb-sgddt.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_no_machine_paths_in_the_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source
