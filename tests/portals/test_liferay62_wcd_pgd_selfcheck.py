"""Self-check of the liferay62_wcd_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_wcd_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_INLINE = re.compile(r"</?(?:strong|em|span|a|b|i|u|font|sup|sub)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)
_HREF = re.compile(r"""<a\b[^>]*?\bhref=["']([^"']+)["']""", re.I)
_SRC = re.compile(r"""<img\b[^>]*?\bsrc=["']([^"']+)["']""", re.I)
_STATIC = ("/documents/", "/image/", "/phutho-egov-theme/", "/html/")


def page_text(markup: str) -> str:
    markup = _SCRIPT.sub(" ", markup)
    markup = _INLINE.sub("", markup)
    return collapse(_html.unescape(_TAG.sub(" ", markup)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _all_targets(gold: dict) -> list[str]:
    return [gold["path"], *gold.get("alt_paths", [])]


def test_shape():
    assert portal.NAME == "liferay62_wcd_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages_serve_title_and_fields(server, gold):
    for target in _all_targets(gold):
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target
    status, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row's cells are printed in their own <td>
            assert piece in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    srcs = {_html.unescape(s) for s in _SRC.findall(body)}
    for img in gold["images"]:
        assert img["path"] in srcs, img
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text or f"{d}/{m}/{y[2:]}" in text
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text


def test_reachable_within_budget(server):
    start = portal.START_PATH
    seen = {start}
    queue = deque([start])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            links = [nxt.path + (f"?{nxt.query}" if nxt.query else "")]
        elif status == 200 and "text/html" in headers.get("Content-Type", ""):
            links = [_html.unescape(h) for h in _HREF.findall(body)]
        else:
            continue
        for href in links:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.startswith(_STATIC) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    for gold in portal.GOLD:
        for target in _all_targets(gold):
            assert target in seen, target
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), pages
    print(f"crawl: {pages} page requests")


def test_non_articles_and_unknown(server):
    for target in portal.NON_ARTICLES:
        status, _body, _ = fetch(server, target)
        assert status == 200, target
    for target in ("/web/pgd-tamnong/khong-co", "/web/pgd-tamnong/tin-tuc/-/asset_publisher/"
                   "Tn8wQpLx3KfZ/content/khong-co-bai-nay", "/web/khac", "/nope.php"):
        assert fetch(server, target)[0] == 404, target


def test_sidebar_variant_and_listing_pages(server):
    first = portal.STORIES[0]
    status, body, _ = fetch(server, portal.article_path(first, portal.SIDE))
    assert status == 200
    assert 'class="header-title"' in body and 'class="asset-abstract' in body
    for cur in (1, 2, 3):
        status, body, _ = fetch(server, portal.list_url(portal.TIN_TUC, portal.MAIN, cur))
        assert status == 200 and f"Trang {cur} của 3" in body
    assert fetch(server, "/")[0] == 302
