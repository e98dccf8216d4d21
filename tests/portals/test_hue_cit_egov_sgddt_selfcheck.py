"""Self-checks of the hue_cit_egov_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hue_cit_egov_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = re.compile(r"<(?:/?(?:p|div|td|th|tr|li|ul|table|h\d)\b[^>]*|br\s*/?)>", re.I)
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r'href="([^"]+)"')


def page_text(markup: str) -> str:
    """Visible text: block tags break lines, inline tags vanish (so spans inside words glue)."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(_html.unescape(_TAG.sub("", _BLOCK.sub("\n", markup))))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first walk over same-host href links (no javascript:, no mailto:)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for raw in _HREF.findall(body):
            href = _html.unescape(raw)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|gif|css|js|pdf|ico)$", parts.path, re.I):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3][:40])
def test_gold_article_page(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert f'class="tieudetin">{_html.escape(gold["title"])}<' in body
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row: its cells are printed in <td>s
                assert cell in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        assert f"» {gold['category']}" in text
        if gold["published_at"]:
            y, m, d = gold["published_at"][:10].split("-")
            assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text


def test_reachable_and_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_deep_articles_only_on_later_pages(server):
    """The three oldest of cid 2 are linked only from listing pages 2 and 3."""
    deep = [g for g in portal.GOLD if g["published_at"][:10] in ("2026-11-10", "2026-10-28", "2026-10-15")]
    assert len(deep) == 3
    for target in ["/", "/Tin-tuc-su-kien/Default.aspx", portal.list_path(2), portal.GOLD[0]["path"]]:
        _, body, _ = fetch(server, target)
        for g in deep:
            assert g["path"] not in body
    _, p2, _ = fetch(server, portal.list_path(2, 2))
    _, p3, _ = fetch(server, portal.list_path(2, 3))
    assert all(g["path"] in p2 + p3 for g in deep)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tieudetin"' not in body


def test_unknown_404(server):
    g = portal.GOLD[0]["path"]
    for target in [
        "/khong-ton-tai",
        "/Tin-tuc-su-kien/tid/abc/newsid/00000000-0000-0000-0000-000000000000/cid/2/Default.aspx",
        g.replace("/cid/2/", "/cid/4/"),
        portal.list_path(2, 9),
        "/Van-ban/docid/999/Default.aspx",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_canonical_points_at_tab(server):
    _, body, _ = fetch(server, portal.GOLD[5]["path"])
    assert re.search(r'rel="canonical" href="http://[^"]+/Tin-tuc-su-kien/Default\.aspx"', body)


def test_word_spans_glue(server):
    gold = portal.GOLD[1]
    _, body, _ = fetch(server, gold["path"])
    assert '<span lang="VI"' in body
    assert gold["body"].split("\n\n")[1] in page_text(body)
