"""Self-checks of the confluence_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import confluence_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_TAG = re.compile(r"<[^>]+>")
_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|svg|css|js|ico|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", body)))


def links(body: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw).split("#")[0]
        if not href or href.startswith(("mailto:", "javascript:")):
            continue
        absolute = urljoin("http://h" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _ASSET.search(parts.path) or parts.path in ("/login.action",) or parts.path.startswith("/display/~"):
            continue
        out.append(target)
    return out


def crawl(server) -> dict[str, str]:
    """Breadth-first over the site's HTML links (login and profile links skipped), redirects followed."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin("http://h" + target, headers["Location"]))
            nxt_t = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_t not in queued:
                queued.add(nxt_t)
                queue.append(nxt_t)
            continue
        assert status == 200, (target, status)
        seen[target] = body
        for link in links(body, target):
            if link not in queued:
                queued.add(link)
                queue.append(link)
    return seen


def test_shape():
    assert portal.NAME == "confluence_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        h1 = re.search(r'<h1 id="title-text"[^>]*><a[^>]*>(.*?)</a></h1>', body)
        assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{_html.escape(gold["canonical_path"])}"' in body
    status, body, _ = fetch(server, gold["path"])
    main = body.split('id="main-content"', 1)[1]
    text = page_text(main)
    squeezed = text.replace(" ", "")
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell.replace(" ", "") in squeezed, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in text
    if gold["published_at"]:
        y, m, d = gold["published_at"].split("-")
        crumbs = page_text(body.split('id="breadcrumbs"', 1)[1].split("</ol>", 1)[0])
        letter = f"ngày {d} tháng {m} năm {y}"
        assert f"{y} {m} {d}" in crumbs or letter in text
    assert gold["category"] in page_text(body.split('id="breadcrumbs"', 1)[1].split("</ol>", 1)[0])


def test_reachable_and_budget(server):
    pages = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_page_two_only(server):
    _, first, _ = fetch(server, portal.BLOG_INDEX)
    _, home, _ = fetch(server, portal.HOME_PATH)
    for gold in portal.GOLD[4:10]:
        href = _html.escape(gold["path"])
        assert f'href="{href}"' not in first and f'href="{href}"' not in home
    _, second, _ = fetch(server, portal.BLOG_INDEX + "&startIndex=4")
    assert "Next »" in second and "« Previous" in second


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_404(server):
    for target in (
        "/nope",
        "/display/THPTNH/Kh%C3%B4ng+c%C3%B3",
        "/display/THPTNH/2026/12/04/Sai+ti%C3%AAu+%C4%91%E1%BB%81",
        "/pages/viewpage.action?pageId=1",
        "/pages/viewrecentblogposts.action?key=THPTNH&startIndex=12",
        "/label/THPTNH/khong-co",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_start_redirects(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.HOME_PATH
