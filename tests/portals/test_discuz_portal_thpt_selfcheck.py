"""Self-check of the discuz_portal_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import discuz_portal_thpt as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')
_BASE = re.compile(r'<base href="([^"]*)"')
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|css|js|ico|pdf)$", re.I)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    m = _BASE.search(page)
    base = html.unescape(m.group(1)) if m else server.url(target)
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        url = urljoin(base, href).split("#")[0]
        if urlsplit(url).netloc != urlsplit(server.base_url).netloc:
            continue
        t = _target(url)
        if not _STATIC.search(urlsplit(t).path):
            out.append(t)
    return out


def _walk(server: PortalServer) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        t = queue.popleft()
        if t in seen:
            continue
        status, body, _ = fetch(server, t)
        seen[t] = status
        if status == 200:
            queue.extend(x for x in _links(server, t, body) if x not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _DATE.match(g["published_at"]), g
        assert g["body"] and g["title"] and g["category"] in portal.CATS.values()
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_gold_pages_and_fields(server):
    for g in portal.GOLD:
        targets = [g["path"], *g.get("alt_paths", [])]
        pages = []
        for t in targets:
            status, body, _ = fetch(server, t)
            assert status == 200, t
            assert html.escape(g["title"], quote=False) in body or g["title"] in _text(body), t
            pages.append(body)
        # the article's own pages: path and its page-2 twins
        own = [pages[0]] + [b for t, b in zip(targets, pages, strict=True) if re.search(r"-[2-9]\.html$", t)]
        text = " ".join(_text(b) for b in own)
        raw = " ".join(own)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert img["path"].lstrip("/") in raw, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text


def test_dates_as_printed(server):
    _, body, _ = fetch(server, "/article-44-1.html")
    assert '<span title="2026-12-4 09:15">Hôm qua&nbsp;09:15</span>' in body
    _, body, _ = fetch(server, "/article-26-1.html")
    assert "2026-11-9 14:20" in body
    _, body, _ = fetch(server, "/article-35-1.html")
    assert "ngày 28 tháng 11 năm 2026" in body and "Hoàng Minh Tuấn" in body
    _, body, _ = fetch(server, "/article-30-1.html")
    assert 'class="pstatus"' in body and "2026-11-21 10:02" in body
    assert 'src="static/image/common/none.gif"' in body and "Tải lên" in body


def test_traps_not_in_gold():
    bodies = " ".join(g["body"] for g in portal.GOLD)
    for junk in ("Tóm tắt", "sửa lần cuối", "Tải lên", "Số lượt tải", "Nơi nhận", "THÔNG BÁO", "Người viết"):
        assert junk not in bodies, junk
    g33 = next(g for g in portal.GOLD if g["path"] == "/article-33-1.html")
    assert g33["summary"] is None


def test_non_articles(server):
    for t in portal.NON_ARTICLES:
        status, _, _ = fetch(server, t)
        assert status == 200, t


def test_unknown_paths_404(server):
    for t in (
        "/nope.html",
        "/article-99-1.html",
        "/article-44-2.html",
        "/portal.php?mod=view&aid=999",
        "/portal.php?mod=list&catid=2&page=9",
        "/forum.php?mod=viewthread&tid=1",
        "/home.php?mod=space&uid=999",
        "/archiver/?tid-5.html",
        "/portal.php?mod=comment&id=44&idtype=aid",
    ):
        status, _, _ = fetch(server, t)
        assert status == 404, t


def test_reachable_and_budget(server):
    seen = _walk(server)
    ok = {t for t, st in seen.items() if st == 200}
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for t in portal.NON_ARTICLES:
        assert t in ok, t
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), sorted(seen))
    assert all(st == 200 for st in seen.values()), {t: s for t, s in seen.items() if s != 200}


def test_page_two_only(server):
    """aid 15 and 18 are linked only from page 2 of their lists."""
    seen = _walk(server)
    for t in seen:
        if t.endswith("&page=2") and "mod=list" in t:
            continue
        _, body, _ = fetch(server, t)
        for aid in (15, 18):
            assert f"article-{aid}-1.html" not in body or t == f"/article-{aid}-1.html", (t, aid)
