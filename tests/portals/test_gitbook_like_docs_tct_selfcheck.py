"""Self-checks of the gitbook_like_docs_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import gitbook_like_docs_tct as portal
from tests.portals._common import collapse, esc
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']""", re.I)
_SRC = re.compile(r"""<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", page)))


def _crawl(server) -> dict[str, str]:
    """Breadth-first over same-host links from START_PATH: path -> page."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            seen[target] = ""
            continue
        seen[target] = body
        for href in _HREF.findall(body):
            absolute = urldefrag(urljoin(server.url(target), _html.unescape(href)))[0]
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.url("/")).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen and not nxt.endswith(".pdf"):
                queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        for path in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, path)
            assert status == 200, path
            assert f">{esc(gold['title'])}</h1>" in body, path


def test_reachable_and_budget(server):
    pages = _crawl(server)
    html_pages = [p for p, b in pages.items() if b]
    for gold in portal.GOLD:
        assert gold["path"] in pages or any(a in pages for a in gold.get("alt_paths", [])), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert len(html_pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(html_pages)


def test_october_items_only_via_archive(server):
    status, home, _ = fetch(server, "/")
    assert status == 200
    for gold in portal.GOLD:
        if "/2026-10/" in gold["path"]:
            assert gold["path"].rsplit("/", 1)[1] not in home


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        status, page, _ = fetch(server, gold["path"])
        assert status == 200
        text = _text(page)
        for para in gold["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (gold["path"], cell)
            else:
                assert para in text, (gold["path"], para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["body"].startswith(gold["summary"])
            assert "<p><strong>" in page
        srcs = {urlsplit(urljoin("http://h" + gold["path"], s)).path for s in _SRC.findall(page)}
        for img in gold["images"]:
            assert img["path"] in srcs, (gold["path"], img)
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
            if img["caption"]:
                assert img["caption"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text, gold["path"]
        assert gold["category"] in text
        # footnote calls print no text into the body
        assert "70%.2" not in gold["body"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "markdown-section" in body


def test_search_index(server):
    status, body, headers = fetch(server, "/search_index.json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert "ban-tin/2026-12/khai-giang-lop-trung-cap-llct-k45.html" in body


@pytest.mark.parametrize(
    "path",
    ["/khong-co.html", "/ban-tin/2026-09/index.html", "/ban-tin/2026-12/khong-co.html", "/admin/"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
