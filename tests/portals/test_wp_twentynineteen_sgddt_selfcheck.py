"""Self-checks of the wp_twentynineteen_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_twentynineteen_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"<a\s[^>]*?href=([\"'])(.*?)\1", re.S)
_SKIP_PREFIXES = ("/wp-admin/", "/wp-login.php", "/wp-content/", "/wp-includes/", "/feed/",
                  "/comments/feed/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(body: str) -> str:
    """The page's visible-ish text: tags to spaces, references decoded, whitespace collapsed."""
    body = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _h1(body: str) -> str:
    m = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S)
    assert m, "no entry-title h1"
    return collapse(html.unescape(m.group(1)))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over <a href> links from START_PATH, as a polite crawler would (robots.txt
    keeps it out of /wp-admin/); returns the targets that answered 200 and the request count."""
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        links: list[str] = []
        if status in (301, 302):
            links = [headers["Location"]]
        elif status == 200:
            ok.add(target)
            links = [html.unescape(m.group(2)) for m in _HREF.finditer(body)]
        for link in links:
            absolute = urljoin(server.base_url + target, link)
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.startswith(_SKIP_PREFIXES) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return ok, requests


def test_gold_shape():
    assert portal.NAME == "wp_twentynineteen_sgddt"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_serve_their_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = _text(body)
        assert _h1(body) == g["title"]
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece)
        for img in g["images"]:
            assert f'data-lazy-src="{server.base_url}{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        if "T" in (g["published_at"] or ""):
            assert 'class="entry-date published' in body
            assert f'datetime="{g["published_at"]}"' in body
        elif g["published_at"]:
            y, m, d = g["published_at"].split("-")
            assert f"ngày {d} tháng {m} năm {y}" in text
        assert g["category"] in text


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        assert g["alt_paths"], g["path"]
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            if alt.endswith("/amp/"):
                assert g["title"] in _text(body)
            else:
                assert _h1(body) == g["title"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "entry-title" in body


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay/", "/2026/12/04/khong-co-bai-nay/", "/category/khong-co/",
                   "/page/9/", "/tag/khong-co/", "/2026/12/04/hoi-thi-giao-vien-day-gioi-cap-tinh-"
                   "cap-thpt-nam-hoc-2026-2027/khong-co/", "/2026/07/"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirects_of_the_platform(server):
    status, _, headers = fetch(server, "/page/1/")
    assert status == 301 and headers["Location"].endswith("/")
    status, _, headers = fetch(server, "/?p=2131")
    assert status == 301 and headers["Location"].endswith(portal.GOLD[0]["path"])
    status, _, headers = fetch(server, "/?cat=1")
    assert status == 301 and headers["Location"].endswith("/category/khong-phan-loai/")
    status, _, headers = fetch(server, "/wp-admin/post.php?post=2131&action=edit")
    assert status == 302 and "/wp-login.php?" in headers["Location"]
    status, body, _ = fetch(server, "/robots.txt")
    assert status == 200 and "Disallow: /wp-admin/" in body


def test_everything_reachable_within_budget(server):
    ok, requests = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_home_prints_full_posts_and_sticky_first(server):
    status, body, _ = fetch(server, "/")
    assert status == 200
    first = re.search(r'<article id="post-(\d+)"', body).group(1)
    assert first == "2041"  # the sticky notice from October
    assert "Phát biểu khai mạc, ông Trương Công Minh" in body  # a whole post on the listing
    status, body2, _ = fetch(server, "/page/2/")
    assert 'class="more-link"' in body2 and "Ở phần thảo luận" not in body2
    status, body3, _ = fetch(server, "/page/3/")
    assert status == 200 and 'id="post-2041"' in body3


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)
