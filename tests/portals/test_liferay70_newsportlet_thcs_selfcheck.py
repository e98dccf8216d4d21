"""Self-checks of the liferay70_newsportlet_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay70_newsportlet_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'\bhref="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible(page: str) -> str:
    """Page text without tags (removed, not spaced), unescaped, collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.S)
    return collapse(_html.unescape(_TAG.sub("", page)))


def visible_no_hidden(page: str) -> str:
    page = re.sub(r'<div class="hide" id="[^"]*printArea" style="display:none">.*?</div>\s*</div>(?=<div)', "", page, flags=re.S)
    return visible(page)


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages(server, gold):
    story = next(s for s in portal.STORIES if portal.f1(s) == gold["path"])
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = visible(page)
        assert gold["title"] in text, target
        assert '<div class="nw-tieude">' in page
    status, page, _ = fetch(server, gold["path"])
    text = visible(page)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # table rows: cells joined by " | " in the gold
            assert cell in text, para
    for img in gold["images"]:
        assert _html.escape(img["path"]) in page or img["path"] in page
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    assert portal.printed_date(story) in text
    assert gold["category"] in text
    assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}" rel="canonical"' in page


def test_canonical_of_render_url_names_the_list(server):
    s = portal.BY_ID[41275]
    _, page, _ = fetch(server, portal.f3(s))
    assert f'{portal.SITE}/tin-tuc" rel="canonical"' in page


def test_home_rewrites_session_only_without_cookie(server):
    _, page, headers = fetch(server, portal.START_PATH)
    assert ";jsessionid=" in page
    assert "JSESSIONID" in headers.get("Set-Cookie", "")


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if re.search(r"\.(css|js|png|gif|jpg|ico|pdf|docx)$", parts.path, re.I):
            continue
        if parts.path.startswith(("/documents/", "/o/", "/combo", "/image/")):
            continue
        out.append(target)
    return out


def test_reachable_from_start(server):
    gold_targets = {}
    for g in portal.GOLD:
        for t in [g["path"], *g.get("alt_paths", [])]:
            gold_targets[t] = g["path"]
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    found: set[str] = set()
    fetched = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        fetched += 1
        assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), "request budget"
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(nxt.path + (f"?{nxt.query}" if nxt.query else ""))
            continue
        assert status == 200, target
        if target in gold_targets:
            found.add(gold_targets[target])
        for link in _links(page, server.url(target)):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    assert found == {g["path"] for g in portal.GOLD}
    for path in portal.NON_ARTICLES:
        assert path in seen
    # every article link the site prints is a gold path or one of its alt_paths
    article_links = {t for t in seen if "/-/news/" in t or "newsId=" in t}
    assert article_links <= set(gold_targets), article_links - set(gold_targets)


def test_only_via_later_pages():
    """41131 and 41086 are printed only on page 2+ of a list (never on a first page or sidebar)."""
    first_pages = [portal.listing(None)[:5], *(portal.listing(c)[:5] for c in portal.CATS.values())]
    for sid in (41131, 41086):
        s = portal.BY_ID[sid]
        assert all(s not in chunk for chunk in first_pages)
        assert sid not in portal.HOME_NEW + portal.NOTICE_BOX + portal.MOST_READ


def test_hidden_print_copy_and_lazy_images(server):
    s = portal.BY_ID[41262]
    _, page, _ = fetch(server, portal.f1(s))
    assert page.count(s.paragraphs[0]) == 2
    assert 'data-original="' + _html.escape(s.images[0].src) in page
    assert "blank.gif" in page


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "nw-tieude" not in page


def test_unknown_paths_404(server):
    for target in [
        "/khong-co",
        f"{portal.SITE}/khong-co-trang",
        f"{portal.SITE}/tin-tuc/-/news/99999/khong-co",
        f"{portal.SITE}/tin-tuc/-/news/41290/sai-slug",
        f"{portal.SITE}/tin-tuc?p_p_id={portal.PID}&{portal.NS}page=9",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.SITE
