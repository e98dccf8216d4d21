"""Self-check of the nukeviet41_twocol_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import nukeviet41_twocol_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


def _text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server: PortalServer) -> tuple[set[str], list[str]]:
    """Follow <a href> links (and 301s) from START_PATH; return reached targets and fetched pages."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched: list[str] = []
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched.append(target)
        links: list[str] = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            links += [html.unescape(h) for h in _HREF.findall(body)]
        for href in links:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(server.url(target), href)
            if urlsplit(absolute).netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _target(absolute.split("#")[0])
            if _ASSET.search(urlsplit(nxt).path) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, fetched


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g
        assert g["title"] and g["body"] and g["category"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"].rsplit("-", 1)[1] for g in portal.GOLD])
def test_gold_page(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _text(body)
    assert f'<h1 class="title margin-bottom-lg">{html.escape(gold["title"])}</h1>' in body
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in page, para
    story = portal.BY_ID[int(gold["path"].rsplit("-", 1)[1][: -len(".html")])]
    assert portal.date_line(story) in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in page
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Nguồn tin: {gold['source']}" in page
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in page
        status_img, _, _ = fetch(server, img["path"])
        assert status_img == 200
    # the category, as the hidden breadcrumb prints it (its last crumb)
    crumbs = re.findall(r'<span itemprop="name">([^<]*)</span>', body)
    assert html.unescape(crumbs[-1]) == gold["category"]
    assert crumbs[1] == "Tin tức"
    # the broken meta date is not the gold's
    assert f'content="{day}+07' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"].rsplit("-", 1)[1] for g in portal.GOLD])
def test_alt_paths(server: PortalServer, gold: dict) -> None:
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        assert html.escape(gold["title"]) in body
        page = _text(body)
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in page


def test_reachable_within_budget(server: PortalServer) -> None:
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(fetched) <= 3 * (13 + len(portal.NON_ARTICLES)), len(fetched)


def test_page_two_only(server: PortalServer) -> None:
    """Posts 232 and 239 are linked from page 2 of their category and from no page reached without it."""
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/news/tin-tuc-su-kien/")
    _, second, _ = fetch(server, "/news/tin-tuc-su-kien/page-2")
    for ident in (232, 239):
        path = portal.post_path(portal.BY_ID[ident])
        assert path not in home and path not in first
        assert path in second
    assert 'href="/news/tin-tuc-su-kien/page-2"' in first


def test_two_categories_redirect(server: PortalServer) -> None:
    story = portal.BY_ID[250]
    status, _, headers = fetch(server, portal.post_path(story, "hoat-dong-chuyen-mon"))
    assert status == 301 and headers["Location"] == portal.post_path(story)
    _, listing, _ = fetch(server, "/news/hoat-dong-chuyen-mon/")
    assert portal.post_path(story, "hoat-dong-chuyen-mon") in listing


def test_print_only_onclick(server: PortalServer) -> None:
    story = portal.BY_ID[251]
    _, body, _ = fetch(server, portal.post_path(story))
    assert f"nv_open_browse('{portal.print_path(story)}'" in body
    assert f'href="{portal.print_path(story)}"' not in body


def test_non_articles(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/nothing-here",
        "/news/khong-co/",
        "/news/tin-tuc-su-kien/page-9",
        "/news/tin-tuc-su-kien/bai-khong-co-999.html",
        "/about/khong-co.html",
        "/news/tag/khong-co",
        "/index.php?language=vi&nv=news&op=thong-bao/abc-1.html",
    ],
)
def test_unknown_404(server: PortalServer, target: str) -> None:
    status, _, _ = fetch(server, target)
    assert status == 404
