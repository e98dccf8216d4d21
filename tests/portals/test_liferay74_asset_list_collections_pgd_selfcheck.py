"""Self-checks of the Liferay 7.4 PGD Châu Thành fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay74_asset_list_collections_pgd as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|form)\b[^>]*?\b(?:href|action)="([^"]*)\"""", re.I)
_SKIP = ("/documents/", "/o/", "/image/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(markup: str) -> str:
    """Tag-free, unescaped, NFC, whitespace-collapsed text of a page."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    text = _html.unescape(no_tags).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over every same-host link from START_PATH (files not fetched)."""
    seen: dict[str, int] = {}
    edges: dict[str, list[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or len(seen) > 400:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        edges[target] = _links(server, target, body) if status == 200 else []
        for link in edges[target]:
            if link not in seen and not link.startswith(_SKIP):
                queue.append(link)
    return seen, edges


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức - Sự kiện", "Chuyên môn - Nghiệp vụ", "Thông báo"}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_article_page(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = _plain(body)
    h1 = re.search(r'<h1 class="ctbv-td">(.*?)</h1>', body, re.S)
    assert h1 and _plain(h1.group(1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in text
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert f'href="{urlsplit(server.base_url).scheme}://' in body
    assert re.search(r'<link[^>]*href="[^"]*' + re.escape(gold["canonical_path"]) + '" rel="canonical"', body)
    assert '<a class="badge badge-info ctbv-cm" href="' in body and gold["category"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = _plain(body)
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in text
        assert gold["title"] in text
    _, en_body, _ = fetch(server, gold["alt_paths"][1])
    assert 'lang="en-US"' in en_body
    _, ap_body, _ = fetch(server, gold["alt_paths"][0])
    assert 'rel="canonical"' in ap_body and "/-/asset_publisher/" not in re.search(
        r'<link[^>]*rel="canonical"[^>]*>', ap_body
    ).group(0)


def test_everything_reachable_and_bounded(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
        assert seen.get(gold["alt_paths"][0]) == 200, gold["alt_paths"][0]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    pages = [t for t in seen if not t.startswith(_SKIP)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_behind_page_two(crawl):
    _seen, edges = crawl
    deep = {portal.article_path(s) for s in (portal.A4, portal.A5, portal.A6, portal.T4)}
    for target, links in edges.items():
        if not set(links) & deep:
            continue
        assert "_cur=1" not in target or "_delta=10" in target
        query = urlsplit(target).query
        assert "_cur=" in query or "_delta=10" in query, target
        # only listing pages link them: never the home page, an article or the bare listing
        assert urlsplit(target).path in {v[0] for v in portal.LISTINGS.values()}, target


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<html" in body
    for path in (
        "/web/pgd-chauthanh/khong-ton-tai",
        "/web/pgd-chauthanh/w/bai-viet-khong-co",
        "/web/pgd-chauthanh/tin-tuc/-/asset_publisher/x7Kq2mNbRtYz/content/khong-co",
        "/web/pgd-chauthanh/thong-bao/-/asset_publisher/Qm3TzP9aLk2W/document/id/1",
        "/documents/35401/35512/khong-co.jpg/00000000-0000-0000-0000-000000000000",
        "/web/khac",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH


def test_listing_pagination(server):
    inst = portal.LISTINGS["tin-tuc"][1]
    ns = f"_{portal.AP}{inst}_"
    titles = []
    for cur in (1, 2, 3):
        target = f"/web/pgd-chauthanh/tin-tuc?p_p_id={portal.AP}{inst}&{ns}delta=4&{ns}cur={cur}"
        status, body, _ = fetch(server, target)
        assert status == 200
        titles += re.findall(r'<h3 class="dstin-td"><a href="([^"]+)"', body)
    assert len(titles) == 9 == len(set(titles))
    _, body, _ = fetch(server, "/web/pgd-chauthanh/tin-tuc")
    assert "Trang" in body and "Hiển thị 1 - 4 trong số 9 kết quả." in _plain(body)
