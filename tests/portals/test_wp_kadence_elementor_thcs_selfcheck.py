"""Self-check of the wp_kadence_elementor_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_kadence_elementor_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|xml)$|/wp-json/|/feed/|replytocom|#")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _reader_text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, href: str, page: str) -> str | None:
    url = urljoin(server.url(page), html.unescape(href))
    parts = urlsplit(url)
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _walk(server: PortalServer) -> tuple[set[str], int]:
    """Pages reached by following hrefs (and redirects) from START_PATH; page requests made."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: set[str] = set()
    count = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        count += 1
        if status in (301, 302):
            nxt = _local(server, headers["Location"], target)
            if nxt and nxt not in seen and not _ASSET.search(nxt):
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        pages.add(target)
        for href in _HREF.findall(body):
            nxt = _local(server, href, target)
            if nxt is None or nxt in seen or _ASSET.search(href.split("?")[0] + "#" * ("#" in href)):
                continue
            if _ASSET.search(nxt):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return pages, count


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert g["body"] and g["title"] and g["category"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _reader_text(body)
    h1 = re.search(r'<h1 class="elementor-heading-title[^"]*">(.*?)</h1>', body)
    assert h1 and _reader_text(h1.group(1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells in order
            assert " ".join(para.split(" | ")) in text, para
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'data-lazy-src="{server.base_url}{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f'aria-current="page">{html.escape(gold["title"])}' in body
    crumb = re.search(r'<p id="breadcrumbs">(.*?)</p>', body).group(1)
    assert gold["category"] in _reader_text(crumb)
    y, m, d = gold["published_at"][:10].split("-")
    if gold["path"] == portal.post_path(portal.S2):  # the letterhead's day
        assert f"ngày {d} tháng {m} năm {y}" in text
    else:
        assert f"<time>{d}/{m}/{y}</time>" in body


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server: PortalServer, gold: dict) -> None:
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
        assert gold["body"].split("\n\n")[-1] in _reader_text(body)


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in ("/khong-co-trang-nay/", "/2026/12/khong-co-bai/", "/chuyen-muc/khong-co/",
                   "/chuyen-muc/tin-tuc-su-kien/page/9/", f"/tin-tuc/?{portal.EPAGE}=9",
                   "/tag/khong-co/", "/2026/12/hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027/x/"):
        assert fetch(server, target)[0] == 404, target


def test_every_article_reachable_within_budget(server: PortalServer) -> None:
    pages, count = _walk(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert count <= 3 * (13 + len(portal.NON_ARTICLES)), count


def test_oldest_articles_only_on_later_pages(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/tin-tuc/")
    _, third, _ = fetch(server, f"/tin-tuc/?{portal.EPAGE}=3")
    for s in (portal.S12, portal.S13):
        assert portal.post_path(s) not in home and portal.post_path(s) not in first
        assert portal.post_path(s) in third
    # the sticky notice heads every page of the Elementor widget
    assert portal.post_path(portal.S2) in third
    # the home grid's load-more is a button, answered by admin-ajax
    assert "eael-load-more-button" in home
    import urllib.request

    req = urllib.request.Request(server.url("/wp-admin/admin-ajax.php"),
                                 data=b"action=load_more&page=1", method="POST")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=10) as resp:
        assert portal.post_path(portal.S5) in resp.read().decode("utf-8")


def test_traps_behave(server: PortalServer) -> None:
    # old slug and attachment links redirect
    status, _, headers = fetch(server, "/2026/11/hoi-thi-gv-gioi-cap-truong/")
    assert status == 301 and headers["Location"].endswith(portal.post_path(portal.S5))
    status, _, headers = fetch(server, portal.post_path(portal.S1) + "hkpd-khai-mac/")
    assert status == 301 and headers["Location"].endswith("/hkpd-khai-mac.jpg")
    # JSON-LD in UTC: S6 is on the previous day there
    _, body, _ = fetch(server, portal.post_path(portal.S6))
    assert '"datePublished": "2026-11-19T23:15:00+00:00"' in body
    assert "<time>6:15 sáng</time>" in body
    # midnight in the vi locale
    _, body, _ = fetch(server, portal.post_path(portal.S7))
    assert "<time>12:00 sáng</time>" in body
    # S5: terms list alphabetical, breadcrumb shows the primary category
    _, body, _ = fetch(server, portal.post_path(portal.S5))
    terms = re.search(r'terms-list">(.*?)</span>', body).group(1)
    assert _reader_text(terms).replace(" ,", ",") == "Hoạt động chuyên môn, Tin tức - Sự kiện"
    # the notice's letterhead date differs from the post date
    _, body, _ = fetch(server, portal.post_path(portal.S2))
    assert "ngày 02 tháng 12 năm 2026" in body and "<time>03/12/2026</time>" in body
    # a trailing-slash-less URL redirects
    status, _, headers = fetch(server, portal.post_path(portal.S3).rstrip("/"))
    assert status == 301
    # images are served
    assert fetch(server, portal.S1.images[0].src)[0] == 200
