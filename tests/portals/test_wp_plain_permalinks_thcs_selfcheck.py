"""Self-checks of the wp_plain_permalinks_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_plain_permalinks_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_A_HREF = re.compile(r"<a\s[^>]*?href=(['\"])(.*?)\1", re.S)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _targets(server: PortalServer, page: str, here: str) -> set[str]:
    out = set()
    for _, href in _A_HREF.findall(page):
        url = urljoin(server.url(here), _html.unescape(href))
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().endswith(_STATIC) or target.startswith("/wp-content/"):
            continue
        out.add(target)
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        if "text/html" in headers.get("Content-Type", ""):
            queue.extend(_targets(server, body, target) - set(seen))
        assert len(seen) < 200, "unbounded site"
    return seen


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _entry(page: str) -> str:
    start = page.index('<div class="nm-entry entry-content')
    return page[start : page.index("<!-- Simple Share Buttons", start)]


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"].startswith("2026-1")
        assert g["body"].count("\n\n") >= 2


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            h1 = re.search(r'<h1 class="nm-single-title">(.*?)</h1>', body).group(1)
            assert collapse(_html.unescape(h1)) == g["title"], target


def test_non_articles_and_unknown(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in ["/khong-co-trang-nay", "/?p=99999", "/?cat=2&paged=9", "/?m=20261102",
                   "/?p=545&page=3", "/?p=552&replytocom=7", "/?attachment_id=1",
                   "/?page_id=99", "/?tag=khong-co", "/?foo=bar", "/wp-content/uploads/x.pdf"]:
        assert fetch(server, target)[0] == 404, target


def test_everything_reachable_and_bounded(server):
    pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in pages, alt
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_page_two_only_articles(server):
    _, home, _ = fetch(server, "/")
    for pid in (512, 521, 517, 527, 534):
        assert f"/?p={pid}'" not in home and f'/?p={pid}"' not in home, pid
    _, cat2, _ = fetch(server, "/?cat=2")
    assert "?cat=2&#038;paged=2" in cat2
    _, cat2p2, _ = fetch(server, "/?cat=2&paged=2")
    assert "/?p=512" in cat2p2


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        pages = [fetch(server, g["path"])[1]]
        pages += [fetch(server, alt)[1] for alt in g.get("alt_paths", []) if "page=" in alt]
        entry = " ".join(_text(_entry(p)) for p in pages)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in entry, (g["path"], cell)
            else:
                assert para in entry, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in entry, (g["path"], name)
        if g["source"]:
            assert g["source"] in entry
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        raw = "".join(pages)
        for img in g["images"]:
            assert f'data-src="http://{server.host}:{server.port}{img["path"]}"' in raw
            if img["caption"]:
                assert img["caption"] in entry, (g["path"], img["caption"])
        day, clock = g["published_at"][:10], g["published_at"][11:19]
        y, m, d = day.split("-")
        assert f">{d}/{m}/{y}</time>" in pages[0]
        assert f'datetime="{day}T{clock}+00:00"' in pages[0]  # the WordPress < 5.3 label
        assert re.search(r'article:published_time" content="[^"]+"', pages[0])
        crumb = re.search(r'<p id="breadcrumbs">.*?</p>', pages[0], re.S).group(0)
        assert g["category"] in _html.unescape(crumb)


def test_protected_and_documents_look_like_posts(server):
    _, prot, _ = fetch(server, "/?p=549")
    assert "Được bảo vệ:" in prot and "post-password-form" in prot
    _, doc, _ = fetch(server, "/?p=520")
    assert "Tệp đính kèm" in doc and "docs.google.com/viewer" in doc
    _, att, _ = fetch(server, "/?attachment_id=513")
    assert "Đăng trong" in att
