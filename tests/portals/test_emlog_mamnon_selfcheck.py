"""Self-check of the emlog_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import emlog_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'(?:href|src)="([^"]*)"')
_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(unicodedata.normalize("NFC", html.unescape(page)))


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, page: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        raw = html.unescape(raw)
        if raw.startswith(("javascript:", "#", "mailto:")):
            continue
        url = urljoin(server.url(target), raw).split("#", 1)[0]
        if urlsplit(url).netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(_target(url))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or _ASSET.search(urlsplit(target).path):
            continue
        status, body, _headers = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue.extend(link for link in _links(server, target, body) if link not in seen)
    return seen


def test_contract():
    assert portal.NAME == "emlog_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _ISO.match(g["published_at"]), g
        assert g["body"] and g["category"] in portal.SORTS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = _text(page)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            # a table row is its cells joined by " | ": the cells are printed in order
            assert " ".join(para.split(" | ")) in text, (target, para)
        for img in gold["images"]:
            assert img["path"].lstrip("/") in page
            if img["caption"]:
                assert img["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        assert f"<h2>{html.escape(gold['title'])}</h2>" in page


def test_dates_printed_as_emlog_does(server):
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        stamp = gold["published_at"]
        y, m, d = (int(x) for x in stamp[:10].split("-"))
        hm = "0:00" if "T" not in stamp else f"{int(stamp[11:13])}:{stamp[14:16]}"
        assert re.search(rf"Đăng lúc: {y}-{m}-{d} Th[^ ]+ ?[^ ]* {hm}\b", _text(page)), gold["path"]


def test_reachability_and_budget(server):
    seen = _crawl(server)
    pages = [t for t, body in seen.items() if body]
    for gold in portal.GOLD:
        assert seen.get(gold["path"]), gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path), path
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)
    # every page the walk found answered 200 (no broken links inside the site)
    assert all(seen.values()), [t for t, b in seen.items() if not b]


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "Đăng lúc:" not in _text(page).split("Bài viết mới")[0] or path == "/?post=16"


def test_traps(server):
    # file-mode duplicate and comment pages print the same text
    _, a, _ = fetch(server, "/?post=15")
    _, b, _ = fetch(server, "/post-15.html")
    _, c, _ = fetch(server, "/?post=15&comment-page=2")
    body = portal.GOLD[[g["path"] for g in portal.GOLD].index("/?post=15")]["body"]
    for page in (a, b, c):
        assert body.split("\n\n")[-1] in _text(page)
    assert "comment-page=2" in a
    # sticky mark on the home page only
    _, home, _ = fetch(server, "/")
    assert "[Ghim]" in home and 'title="Tin ghim"' in home
    _, p2, _ = fetch(server, "/?page=2")
    assert "[Ghim]" not in p2
    # double-escaped title in <title>, plain quotes in h2
    _, kheo, _ = fetch(server, "/?post=11")
    assert "<title>Hội thi &amp;quot;Bé khéo tay&amp;quot;" in kheo
    assert "<h2>Hội thi &quot;Bé khéo tay&quot; cấp trường năm 2026</h2>" in kheo
    # emlog attachment-panel image markup, emoticons
    assert 'id="ematt:' in kheo and 'title="Bấm để xem ảnh gốc"' in kheo
    assert "emoticons/images/13.gif" in kheo
    # midnight time printed
    _, rec, _ = fetch(server, "/?post=8")
    assert "2026-10-20 Thứ Ba 0:00" in rec
    # password form
    _, locked, _ = fetch(server, "/?post=16")
    assert 'name="logpwd"' in locked
    # pager: numbers and » to the last page
    assert f'href="{server.base_url}/?page=4" title="Trang cuối">&raquo;' in home


@pytest.mark.parametrize(
    "target",
    ["/?post=1", "/?post=999", "/post-2.html", "/?page=9", "/?sort=9", "/?tag=kh%C3%B4ng", "/nope",
     "/?post=15&comment-page=3", "/?record=202501"],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
