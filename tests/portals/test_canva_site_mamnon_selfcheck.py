"""Self-checks of the canva_site_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import canva_site_mamnon as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _squash(markup: str) -> str:
    """Visible text of a page with every whitespace removed (spans glue, boxes split)."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"<[^>]+>", "", markup)
    return re.sub(r"\s+", "", _html.unescape(markup).replace("\u200b", ""))


def _nows(value: str) -> str:
    return re.sub(r"\s+", "", value)


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH; returns the targets seen and count."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        assert status == 200, target
        for href in _HREF.findall(body):
            absolute = urljoin("http://fixture.invalid" + target, _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != "fixture.invalid" or parts.path.startswith("/_assets/"):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_on_later_pages(server):
    _, first = fetch(server, "/tin-tuc")[:2]
    only_later = [g for g in portal.GOLD if g["path"] + '"' not in first]
    assert len(only_later) >= 5


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        page = _squash(body)
        assert _nows(gold["title"]) in page
        for para in gold["body"].split("\n\n"):
            assert _nows(para.replace(" | ", "")) in page, para  # table cells are boxes
        for name in gold["authors"] + gold["photographers"]:
            assert _nows(name) in page, name
        if gold["source"]:
            assert _nows(gold["source"]) in page
        for img in gold["images"]:
            assert img["path"] in body
            if img["caption"]:
                assert _nows(img["caption"]) in page
        assert _nows(gold["category"]) in page
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["path"]}"' in body
        if gold["published_at"]:
            y, m, d = gold["published_at"][:10].split("-")
            assert (f"THG{int(m)}" in page and f">{int(d)}<" in body) or f"{d}/{m}/{y}" in page \
                or f"ngày{d}tháng{m}năm{y}" in page, gold["path"]
        # the body is printed once in the visible layout (the reflow copy is aria-hidden)
        visible = re.sub(r'<div class="[^"]*" aria-hidden="true" data-layout="reflow">.*?</div>',
                         "", body, flags=re.S)
        last = gold["body"].split("\n\n")[-1]
        assert _squash(visible).count(_nows(last)) == 1


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_list_pages(server):
    for target in ["/tin-tuc", "/tin-tuc?page=1", "/tin-tuc?page=2", "/tin-tuc?page=3"]:
        assert fetch(server, target)[0] == 200
    page1 = fetch(server, "/tin-tuc?page=1")[1]
    assert all(f"/tin-tuc/{s.slug}/" in page1 for s in portal.STORIES[:1])


@pytest.mark.parametrize("target", [
    "/khong-co", "/tin-tuc/khong-co-bai-nay", "/tin-tuc?page=4", "/tin-tuc?page=0",
    "/tin-tuc?trang=2", "/tin-tuc/a/b",
])
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404
