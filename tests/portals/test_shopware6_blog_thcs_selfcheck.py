"""Self-check of the shopware6_blog_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import shopware6_blog_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js)$", re.I)


def _text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site()).start()
    yield srv
    srv.stop()


def _crawl(server: PortalServer) -> tuple[set[str], list[str]]:
    """Breadth-first walk over same-host <a href> links, following redirects by hand."""
    seen: set[str] = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched: list[str] = []
    ok: set[str] = set()
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched.append(target)
        links = []
        if status in (301, 302):
            links = [headers["Location"]]
        elif status == 200:
            ok.add(target)
            links = _HREF.findall(body)
        for href in links:
            href = html.unescape(href)
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            absolute = urljoin("http://fixture.invalid" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc not in ("fixture.invalid", urlsplit(server.base_url).netloc):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _STATIC.search(parts.path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return ok, fetched


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert g["body"] and g["category"] in portal.CATS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages(server: PortalServer, gold: dict) -> None:
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h1 class="sas-blog-detail-title">{html.escape(gold["title"])}</h1>' in body
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
        text = _text(body)
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (target, piece)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
            assert gold["body"].startswith(gold["summary"])
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        assert '<a href="/tin-tuc/danh-muc/' in body and gold["category"] in text


def test_dates_printed_local_but_machine_utc(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/hoc-sinh-lop-9a3"))
    _, body, _ = fetch(server, gold["path"])
    assert gold["published_at"] == "2026-12-02T06:15:00+07:00"
    assert '<time datetime="2026-12-01T23:15:00+00:00">06:15 2 thg 12, 2026</time>' in body
    midnight = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/em-do-khanh-linh"))
    _, body, _ = fetch(server, midnight["path"])
    assert midnight["published_at"] == "2026-11-05"
    assert "00:00 5 thg 11, 2026" in body


def test_captions_and_products_not_in_body() -> None:
    for g in portal.GOLD:
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] not in g["body"]
        assert "₫" not in g["body"] and "Cửa hàng đồng phục Trần Phú" not in g["body"]
        assert "Ảnh:" not in g["body"] and "Nơi nhận" not in g["body"]


def test_gallery_images_once(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/khai-mac-hoi-khoe"))
    _, body, _ = fetch(server, gold["path"])
    assert len(gold["images"]) == 3
    for img in gold["images"]:
        thumb = img["path"].replace("/media/", "/thumbnail/")[:-4] + "_200x200.jpg"
        assert thumb in body


def test_old_slug_redirects(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/tin-tuc/dai-hoi-lien-doi-2026")
    assert status == 301
    assert headers["Location"] == "/tin-tuc/dai-hoi-lien-doi-nhiem-ky-2026-2027"


def test_reachable_within_budget(server: PortalServer) -> None:
    ok, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(fetched) <= budget, (len(fetched), fetched)
    # posts 11 and 13 are on no first listing page
    _, first, _ = fetch(server, "/tin-tuc")
    _, cat1, _ = fetch(server, "/tin-tuc/danh-muc/tin-tuc-su-kien")
    for g in portal.GOLD[10:13:2]:
        assert g["path"] not in first and g["path"] not in cat1


def test_non_articles_and_404(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in ["/tin-tuc/khong-co-bai-nay", "/blog/detail/0000", "/tin-tuc?p=9",
                 "/tin-tuc/danh-muc/khong-co", "/gioi-thieu/khong-co/", "/dong-phuc/x/TP-0"]:
        assert fetch(server, path)[0] == 404, path


def test_chrome(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert portal.TODAY_LINE in body and "Tổng truy cập" in body
    assert body.index("cms-section-sidebar-sidebar-content") < body.index("sas-blog-detail-title")
