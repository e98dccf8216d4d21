"""Self-checks of the yii1_vendor_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import yii1_vendor_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\shref=["']([^"']*)["']""", re.I)
_BASE = re.compile(r"""<base\b[^>]*?\shref=["']([^"']*)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")
_INLINE = re.compile(r"</?(?:a|span|strong|em|b|i|u|abbr)\b[^>]*>", re.I)
_FILES = (".pdf", ".jpg", ".png", ".gif", ".doc", ".docx")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    """Same-host targets of the page's anchors, resolved against its ``<base href>``."""
    base = _BASE.search(body)
    page_url = server.url(target)
    base_url = urljoin(page_url, _html.unescape(base.group(1))) if base else page_url
    out = []
    for href in _HREF.findall(body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute, _ = urldefrag(urljoin(base_url, href))
        parts = urlsplit(absolute)
        if parts.netloc != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or target.lower().endswith(_FILES):
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, f"linked page {target} answers {status}"
        seen[target] = body
        queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def _page_text(body: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", _INLINE.sub("", body))))


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[4])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="tieude-tin">(.*?)</h1>', body).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    page = _page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, cell
    if gold["summary"]:
        assert gold["summary"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    for img in gold["images"]:
        assert img["path"].lstrip("/") in body
        if img["caption"]:
            assert img["caption"] in page
    assert f">{gold['category']}</a>" in body
    # the double-encoded head title (trap 9)
    assert "&amp;amp;ĐT" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[4])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'id="tin-{gold["path"].split("/")[4]}"' in body, alt
        assert _html.escape(gold["title"], quote=True) in body, alt


def test_every_gold_article_reachable_and_budget(crawl):
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, (len(crawl), sorted(crawl))


def test_every_linked_article_page_is_gold_or_alt(crawl):
    known = {}
    for gold in portal.GOLD:
        post_id = gold["path"].split("/")[4]
        known[gold["path"]] = post_id
        for alt in gold.get("alt_paths", []):
            known[alt] = post_id
    for target, body in crawl.items():
        m = re.search(r'<div class="tin-ct" id="tin-(\d+)">', body)
        if m:
            assert known.get(target) == m.group(1), target


def test_page_two_only_articles(server, crawl):
    """1179, 1172 and 1176 are reached only through page 2 (or a sorted variant) of a listing."""
    first_pages: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in first_pages or "Post_page=" in target or "Post_sort=" in target:
            continue
        if target.lower().endswith(_FILES):
            continue
        first_pages.add(target)
        queue.extend(_links(server, target, crawl[target]))
    for post_id in ("1179", "1172", "1176"):
        assert not any(f"/chi-tiet/id/{post_id}" in t for t in first_pages), post_id
        assert any(f"/chi-tiet/id/{post_id}/" in t for t in crawl), post_id


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tin-ct"' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/chi-tiet/id/99999/khong-co",
        "/tin-tuc/chi-tiet/id/1206/slug/them",
        "/tin-tuc/danh-muc/id/99",
        "/van-ban/chi-tiet/id/1",
        "/trang/khong-co",
        "/index.php?r=post/view&id=5",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_dates_printed_as_the_platform_does(server):
    _, body, _ = fetch(server, "/tin-tuc/chi-tiet/id/1201/x")
    assert '<abbr class="tg" title="2026-12-01T23:15:00+0000">06:15 02-12-2026</abbr>' in body
    _, body, _ = fetch(server, "/tin-tuc/chi-tiet/id/1205")
    assert '<span class="null">Chưa thiết lập</span>' in body
    assert "ngày 30 tháng 11 năm 2026" in body
    _, body, _ = fetch(server, "/tin-tuc/chi-tiet/id/1195")
    assert "Thứ Sáu, ngày 20 tháng 11 năm 2026" in body
