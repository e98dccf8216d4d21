"""Self-checks of the liferay74_blogs_widget_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay74_blogs_widget_thpt as portal
from tests.portals._common import collapse, esc
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.entry_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Tags out (Word's ``<![if …]>`` included), entities decoded, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", html.unescape(no_tags)))


def content_of(body: str) -> str:
    """The entry's own text: from ``div.widget-content`` to the widget footer."""
    start = body.index('class="widget-content" id="')
    end = body.index('<div class="widget-footer">', start)
    return body[start:end]


def links(base: str, target: str, body: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]+)"', body):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        absolute = urljoin(base + target, href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base:
            continue
        if parts.path.startswith(("/documents/", "/o/", "/image/")):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over links from START_PATH, following redirects; returns pages and requests."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.base_url + target, headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        ok.add(target)
        for link in links(server.base_url, target, body):
            if link.split("#")[0] not in seen:
                seen.add(link.split("#")[0])
                queue.append(link.split("#")[0])
    return ok, requests


def test_contract_shape():
    assert portal.NAME == "liferay74_blogs_widget_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] and "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        paragraphs = g["body"].split("\n\n")
        assert 3 <= len(paragraphs) <= 14, g["path"]
        if g["summary"]:
            assert paragraphs[0] == g["summary"]


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert f'<h3 class="title">{esc(g["title"])}</h3>' in body
        assert f'/-/blogs/{g["path"].rsplit("/", 1)[1]}" rel="canonical"' in body


def test_gold_reachable_within_budget(server):
    ok, requests = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_later_list_pages(server):
    _, first, _ = fetch(server, portal.START_PATH)
    _, news1, _ = fetch(server, f"{portal.SITE}/tin-tuc")
    _, news3, _ = fetch(server, portal.list_url(3))
    s12 = portal.BY_ID[12]
    assert portal.entry_path(s12) not in first and portal.entry_path(s12) not in news1
    assert portal.entry_path(s12) in news3


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        story = STORY_BY_PATH[g["path"]]
        _, body, _ = fetch(server, g["path"])
        content = page_text(content_of(body))
        whole = page_text(body)
        for para in g["body"].split("\n\n"):
            if story.summary and story.sapo_outside and para == g["summary"]:
                assert '<h4 class="sub-title">' in body
                assert para in whole
                continue
            for piece in para.split(" | "):
                assert piece in content, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in whole, (g["path"], name)
        if g["source"]:
            assert f"Theo {g['source']}" in content
        for img in g["images"]:
            assert esc(img["path"]) in body, (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in whole
        shown = portal.vn_date(story.opts.get("shown", story.published_at))
        assert f"{shown} <span class=\"hide-accessible\">Ngày xuất bản</span>" in body
        if story.id == 2:
            assert "Tuy Hòa, ngày 02 tháng 12 năm 2026" in content
        assert f'breadcrumb-text-truncate">{esc(g["category"])}</span></a></li>' in body


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img["path"]


def test_alt_paths(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"] == g["path"]
                continue
            assert status == 200, alt
            assert f'{g["path"]}" rel="canonical"' in body
            assert esc(g["title"]) in body


def test_nfd_entry_is_decomposed(server):
    story = portal.BY_ID[11]
    _, body, _ = fetch(server, portal.entry_path(story))
    assert unicodedata.normalize("NFD", story.blocks[1].text) in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "path",
    [
        "/web/thpt-nguyenhue/khong-co-trang-nay",
        "/web/thpt-nguyenhue/-/blogs/khong-ton-tai",
        "/b/khong-ton-tai",
        "/web/guest/home",
        "/documents/38201/0/khong-co",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
