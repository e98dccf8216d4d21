"""Self-check of the wp_newsmag_child_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
import unicodedata
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_newsmag_child_pgd as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"""href=["']([^"'#]*)(?:#[^"']*)?["']""")
_SKIP = re.compile(r"replytocom|/feed/|/wp-json/|xmlrpc\.php|/wp-content/|/wp-includes/|\.xml$")
_TAG = re.compile(r"<[^>]+>")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text: tags to spaces, entities decoded, whitespace collapsed, NFC."""
    no_tags = _TAG.sub(" ", body)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", html.unescape(no_tags).replace("\xa0", " ")))


def decoded(body: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(body))


def walk(server: PortalServer, limit: int = 200) -> tuple[set[str], int]:
    """Breadth-first walk over same-host links from START_PATH: the pages reached, the requests made."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue and requests < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = urllib.parse.urlsplit(headers.get("Location", ""))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if not href:
                continue
            absolute = urllib.parse.urljoin(server.url(target), href)
            parts = urllib.parse.urlsplit(absolute)
            if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _SKIP.search(nxt) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, requests


def test_gold_shape():
    assert portal.NAME == "wp_newsmag_child_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert "/var/www" not in json.dumps(g)


def test_gold_pages_serve_their_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = page_text(body)
        raw = decoded(body)
        assert f'<h1 class="entry-title">{g["title"]}</h1>' in raw, g["path"]
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for img in g["images"]:
            where = img.get("path") or img.get("url")
            assert f'data-src="{where}"' in raw or f'src="{where}"' in raw, (g["path"], where)
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        assert 'href="/category/' in raw and f'>{g["category"]}</a></span>' in raw, g["path"]
        # the date the gold names is printed (as a local day or as the letterhead's day)
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"/{y}/{m}/{d}/" in g["path"] or f"ngày {d} tháng {m} năm {y}" in text


def test_alt_paths_serve_the_same_post(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if alt.startswith("/?p="):
                assert status == 301
                assert urllib.parse.urlsplit(headers["Location"]).path == g["path"]
                continue
            assert status == 200, alt
            assert g["title"] in decoded(body), alt


def test_dates_traps(server):
    # 1412: UTC attribute on the previous day; 1318: the time element shows the update
    g1412 = next(g for g in portal.GOLD if "/2026/12/03/" in g["path"])
    _, body, _ = fetch(server, g1412["path"])
    assert 'datetime="2026-12-02T23:20:00+00:00"' in body
    assert "Tháng Mười Hai 3, 2026" in body
    assert g1412["published_at"] == "2026-12-03T06:20:00+07:00"
    g1318 = next(g for g in portal.GOLD if "/2026/10/14/" in g["path"])
    _, body, _ = fetch(server, g1318["path"])
    assert 'class="entry-date updated td-module-date" datetime="2026-11-20T03:02:11+00:00"' in body
    assert '<meta property="article:published_time" content="2026-10-14T01:15:00+00:00" />' in body
    assert g1318["published_at"] == "2026-10-14T08:15:00+07:00"


def test_every_gold_article_and_non_article_is_reachable(server):
    seen, _ = walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_on_page_two_of_listings(server):
    _, home, _ = fetch(server, "/")
    first_pages = home
    for slug in ("tin-tuc-su-kien", "hoat-dong-chuyen-mon", "thong-bao", "giao-duc-tieu-hoc"):
        first_pages += fetch(server, f"/category/{slug}/")[1]
    second_pages = fetch(server, "/category/tin-tuc-su-kien/page/2/")[1]
    second_pages += fetch(server, "/category/hoat-dong-chuyen-mon/page/2/")[1]
    only_later = [g["path"] for g in portal.GOLD if g["path"] not in first_pages and g["path"] in second_pages]
    assert len(only_later) >= 2, only_later


def test_request_budget(server):
    _, requests = walk(server)
    # a greedy walk of every same-host link, 3xx included; a sensible crawler needs fewer
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="entry-title td-page-title"' in body


def test_unknown_paths_404(server):
    for path in ("/khong-co-trang-nay/", "/2026/12/03/khong-ton-tai/", "/category/khong-co/",
                 "/category/tin-tuc-su-kien/page/9/", "/2026/11/12/truong-th-long-trung-don-bang-cong-nhan-"
                 "truong-dat-chuan-quoc-gia-muc-do-2/khong-co-anh/", "/tag/khong-co/"):
        assert fetch(server, path)[0] == 404, path


def test_admin_ajax(server):
    assert fetch(server, "/wp-admin/admin-ajax.php")[0] == 400
    data = urllib.parse.urlencode({
        "action": "td_ajax_block", "td_atts": json.dumps({"category_id": "3", "limit": "3"}),
        "td_block_id": "td_uid_3_5fd0c1a2b3c4d", "td_column_number": "2", "td_current_page": "2",
        "block_type": "td_block_1",
    }).encode()
    with NO_REDIRECTS.open(server.url("/wp-admin/admin-ajax.php"), data=data, timeout=10) as resp:
        answer = json.loads(resp.read().decode())
    assert answer["td_hide_next"] is True
    assert "/2026/10/30/" in answer["td_data"].replace("\\/", "/")


def test_static_and_lazy_placeholder(server):
    assert fetch(server, portal.LAZY)[0] == 200
    path = next(img["path"] for g in portal.GOLD for img in g["images"] if "path" in img)
    req = urllib.request.Request(server.url(path))
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200
        assert resp.headers["Content-Type"].startswith("image/")
