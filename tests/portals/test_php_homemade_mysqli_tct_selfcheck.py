"""Self-check of the php_homemade_mysqli_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_mysqli_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"', re.I)
_FORM = re.compile(r'<form action="([^"]*)" method="get"[^>]*>(.*?)</form>', re.S | re.I)
_INPUT = re.compile(r'<input type="(?:hidden|text)" name="([^"]+)"[^>]*?(?:value="([^"]*)")?[^>]*/>')
_TAG = re.compile(r"<[^>]+>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible text of a page: comments and tags out, entities resolved, BOMs dropped."""
    no_comments = _COMMENT.sub(" ", markup)
    return collapse(html.unescape(_TAG.sub(" ", no_comments)).replace("\ufeff", ""))


def _target(base: str, href: str) -> str | None:
    url = urljoin(base, html.unescape(href))
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.netloc != "x":
        return None
    if not parts.path.endswith(("/", ".php")) or parts.path == "/thumb.php":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, str]]:
    seen = {portal.START_PATH}
    bodies: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        bodies[target] = body
        base = "http://x" + target
        found = [_target(base, h) for h in _HREF.findall(body)]
        for action, inner in _FORM.findall(body):
            query = "&".join(f"{k}={v}" for k, v in _INPUT.findall(inner))
            found.append(_target(base, f"{action}?{query}"))
        for nxt in found:
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, bodies


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_module_contract():
    assert portal.NAME == "php_homemade_mysqli_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"])
        assert g["published_at"] >= "2026-10-01"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert html.escape(img["path"].lstrip("/")) in body
        if img["caption"]:
            assert img["caption"] in text
    assert f"» {gold['category']}" in text
    for alt in gold.get("alt_paths", []):
        alt_status, alt_body, _ = fetch(server, alt)
        assert alt_status == 200 and gold["title"] in page_text(alt_body)


def test_title_cell_carries_a_bom(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert '<td class="tde_ct">\ufeff<span' in body
    assert "<h1" in body and portal.GOLD[0]["title"] not in page_text(body.split("<h1", 1)[1][:200])


def test_twin_titles_are_two_articles(server):
    twins = [g for g in portal.GOLD if g["title"].startswith("Thông báo chiêu sinh")]
    assert len(twins) == 2 and twins[0]["title"] == twins[1]["title"]
    assert twins[0]["body"] != twins[1]["body"]


def test_marquee_links_are_soft_errors(server):
    status, body, _ = fetch(server, "/index.php")
    assert "page=tintuc&amp;amp;id=1214" in body
    status, body, _ = fetch(server, "/index.php?page=tintuc&amp;id=1214")
    assert status == 200 and "Tin này không tồn tại" in body


def test_pager_last_page_is_empty(server):
    status, body, _ = fetch(server, "/index.php?page=dstin&loai=1&trang=3")
    assert status == 200 and "Chưa có tin trong mục này" in body
    status, body, _ = fetch(server, "/index.php?page=dstin&loai=1&trang=2")
    assert "id=1188" in body


def test_word_paste_local_images_not_gold(server):
    _, body, _ = fetch(server, "/index.php?page=tintuc&id=1211")
    assert "file:///C:/Users/ADMIN" in body
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert "path" in img


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


def test_unknown_paths_404(server):
    for target in ("/khong-co.php", "/index.php?page=xyz", "/tin-tuc/1214.html", "/index.php?page=dstin&loai=9&trang=1"):
        assert fetch(server, target)[0] == 404


def test_reachability_and_budget(crawl):
    _, bodies = crawl
    for gold in portal.GOLD:
        assert gold["path"] in bodies, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in bodies, path
    assert len(bodies) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page2_only_articles(crawl):
    _, bodies = crawl
    for sid in (1188, 1185):
        linking = [
            t for t, b in bodies.items() if f"page=tintuc&id={sid}\"" in b and not t.endswith(f"id={sid}")
        ]
        assert linking and all("page=dstin" in t and t.endswith("trang=2") for t in linking), linking
