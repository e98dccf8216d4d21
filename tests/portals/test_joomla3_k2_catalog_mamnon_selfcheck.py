"""Self-checks of the joomla3_k2_catalog_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_k2_catalog_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return collapse(_html.unescape(body))


def links(body: str, base: str) -> list[str]:
    out = []
    for raw in re.findall(r'\s(?:href|action)="([^"]*)"', body):
        ref = _html.unescape(raw)
        if not ref or ref.startswith(("#", "javascript:", "mailto:")):
            continue
        absu = urljoin(base, ref)
        parts = urlsplit(absu)
        if parts.netloc != urlsplit(base).netloc:
            continue
        # a browser percent-encodes the raw Vietnamese of K2's tag links
        target = quote(parts.path, safe="/%-._~") + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over links and GET form targets from START_PATH: target -> pages linking it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    fetched = []
    while queue:
        target = queue.popleft()
        if _STATIC.search(urlsplit(target).path) or target.startswith(("/index.php", "/tin-tuc/itemlist/search")):
            continue
        if target.startswith("/tin-tuc/item/download/"):
            continue
        status, body, headers = fetch(server, target)
        fetched.append(target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, server.url(target)):
            if link not in seen:
                seen[link] = set()
                queue.append(link)
            seen[link].add(target)
    return seen, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title_and_canonical(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert g["title"] in page_text(body), g["path"]
        assert f'{server.base_url}{g["canonical_path"]}" rel="canonical"' in body


def test_alt_paths_serve_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert g["title"] in page_text(body), alt
            assert f'{server.base_url}{g["canonical_path"]}" rel="canonical"' in body, alt


def test_gold_fields_on_page(server):
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, g["path"])
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            if "@" in para:  # cloaked address: the text before it, the cloak and its pieces
                before = para[: para.index("mnhoahong")]
                assert collapse(before) in text
                assert "cloak" in body and "v&#105;nhph&#117;c" in body
                continue
            if " | " in para:  # a table row: its cells, in order
                assert " ".join(para.split(" | ")) in text, (g["path"], para[:60])
                continue
            assert para in text, (g["path"], para[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        assert portal.k2_date(story.opts["created"]) in text
        assert f">{g['category']}</a>" in body


def test_title_trap_and_json_ld(server):
    _, body, _ = fetch(server, portal.item_path(portal.S158))
    assert "<sup>" in body and "Nổi bật" in body
    _, body, _ = fetch(server, portal.item_path(portal.S137))
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1))
    assert ld["datePublished"] == "2026-10-11 23:20:00"
    assert "Thứ hai, 12 Tháng 10 2026 06:20" in body


def test_reachable_and_bounded(crawl):
    seen, fetched = crawl
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(fetched) <= budget, (len(fetched), budget)


def test_page2_only_items(crawl):
    seen, _ = crawl
    for path in portal.PAGE2_ONLY:
        linkers = seen[path]
        assert linkers, path
        assert all("?start=" in src or src.split("?")[0] in portal.PAGE2_ONLY for src in linkers), (path, linkers)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in [
        "/khong-ton-tai.html",
        "/tin-tuc/item/999-khong-co-bai-nay.html",
        "/tin-tuc/item/158-sai-alias.html",
        portal.CATS[3].path + "?start=40",
        portal.CATS[3].path + "?start=3",
        "/tin-tuc/itemlist/tag/khong%20co.html",
        "/tin-tuc/itemlist/user/99-ai-do.html",
        portal.item_path(portal.S158) + "?foo=1",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_static_and_attachment(server):
    status, _, headers = fetch(server, portal.attach_path(portal.S139))
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, _ = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200

