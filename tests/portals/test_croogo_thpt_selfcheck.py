"""Self-checks of the croogo_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import croogo_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".rss")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(no_tags))


def _links(body: str, page: str) -> list[str]:
    out = []
    for m in re.finditer(r"""<(?:a|form)\b[^>]*?(?:href|action)=["']([^"']*)["']""", body, re.I):
        target = _html.unescape(m.group(1))
        if target.startswith(("javascript:", "mailto:", "#")) or not target:
            continue
        absolute = urljoin("http://fixture.invalid" + page, target)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first walk over GET links (POST forms are not followed); pages fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        ok.add(target)
        for link in _links(body, target):
            if link.lower().endswith(_STATIC_EXT) or link in seen:
                continue
            if link in ("/nodes/nodes/search", "/polls/vote/2") or re.fullmatch(r"/comments/comments/add/\d+", link):
                continue  # POST-only form actions
            seen.add(link)
            queue.append(link)
    return ok, fetched


def test_contract_shape():
    assert portal.NAME == "croogo_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _page_text(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            cells = para.split(" | ")  # a table row: its cells are printed one after the other
            assert " ".join(cells) in text, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        for img in gold["images"]:
            assert img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        assert re.search(r"<h2 class=\"tieude\">", body)


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_dates_printed_en_us():
    # the node-info prints month/day/yy: check the gold day agrees with the printed stamp
    for story in portal.STORIES:
        m, d, yy = re.match(r"(\d+)/(\d+)/(\d+),", story.opts["created"]).groups()
        if story.id == 28:
            assert story.published_at == "2026-11-30"
            continue
        assert story.published_at[:10] == f"20{yy}-{int(m):02d}-{int(d):02d}"
        if "12:00 AM" in story.opts["created"]:
            assert len(story.published_at) == 10


def test_comments_not_in_gold_body():
    for story in portal.STORIES:
        gold = next(g for g in portal.GOLD if g["path"] == f"/blog/{story.slug}")
        for c in story.opts.get("comments", []):
            assert c.text not in gold["body"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_reachability_and_budget(server):
    ok, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_page_two_only_article(server):
    slug = "/blog/don-doan-kiem-tra-cong-tac-dau-nam-hoc"
    for target in ("/", "/blog", "/blog/term/tin-tuc-su-kien"):
        _, body, _ = fetch(server, target)
        assert f'href="{slug}"' not in body
    _, body, _ = fetch(server, "/blog/page:3")
    assert f'href="{slug}"' in body


def test_unknown_paths_404(server):
    for target in (
        "/blog/khong-co-bai-nay",
        "/blog/page:9",
        "/blog/page:1",
        "/blog/term/khong-co",
        "/page/khong-co",
        "/nodes/promoted/page:5",
        "/comments/comments/add/29/99",
        "/blog?page=2",
        "/khong-ton-tai",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target
