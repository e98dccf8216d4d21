"""Self-check of the java_shared_subsite_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import java_shared_subsite_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_STATIC = (".jpg", ".png", ".gif", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(html.unescape(_TAG.sub(" ", page)))


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")) or not href:
            continue
        absolute = urljoin("http://fixture.invalid" + base, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> dict[str, str]:
    """Every HTML page reachable by links from START_PATH (redirects followed by hand)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or target.lower().endswith(_STATIC) or "DownloadServlet" in target:
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(headers["Location"])
            seen[target] = ""
            continue
        assert status == 200, target
        seen[target] = body
        queue.extend(link for link in _links(body, target) if link not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert g["category"] in portal.CATS.values()
        assert "2026-10-01" <= (g["published_at"] or "2026-10-01")[:10] <= "2026-12-05"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    assert gold["title"] in text
    assert gold["category"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
        status_img, _, headers = fetch(server, img["path"])
        assert status_img == 200 and headers["Content-Type"].startswith("image/")
    # the headline is in no heading and not in <title> (trap 3)
    assert gold["title"] not in _text(re.search(r"<title>(.*?)</title>", body).group(1))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _text(body)
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in _text(body)


def test_every_article_reachable_within_budget(server):
    pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    own = [p for p in pages if p.startswith(portal.SITE + "/")]
    assert len(own) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page_two_only_articles(server):
    pages = _crawl(server)
    only_p1 = {portal.post_path(1157), portal.post_path(1148)}
    for target, body in pages.items():
        if "p=1" in target:
            continue
        assert not only_p1 & set(_links(body, target)), target


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_jsessionid_links_only_without_cookie(server):
    status, body, headers = fetch(server, portal.START_PATH)
    assert status == 200
    assert ";jsessionid=" in body and "JSESSIONID=" in headers.get("Set-Cookie", "")


def test_java_clock(server):
    _, body, _ = fetch(server, portal.post_path(1184))
    assert "03/12/2026 02:30:00 CH" in body
    _, body, _ = fetch(server, portal.post_path(1181))
    assert "&#7897;" in body  # escapeHtml text (trap 4)


def test_sibling_subsite_shares_ids(server):
    status, body, _ = fetch(server, "/pgdsadec/tin-tuc/chi-tiet.htm?id=1184")
    assert status == 200
    assert portal.GOLD[0]["title"] not in _text(body)


@pytest.mark.parametrize(
    "target",
    [
        "/pgdcaolanh/khong-co.htm",
        "/pgdcaolanh/tin-tuc/chi-tiet.htm?id=9999",
        "/pgdcaolanh/tin-tuc/danh-sach.htm?cat=1&p=5",
        "/pgdcaolanh/tin-tuc/danh-sach.htm?cat=9",
        "/pgdcaolanh/tin-tuc/chi-tiet.htm;foo=1?id=1184",
        "/sgddt/trang-chu.htm",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
