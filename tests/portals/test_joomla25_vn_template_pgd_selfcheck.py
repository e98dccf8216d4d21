"""Self-check of the joomla25_vn_template_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla25_vn_template_pgd as portal
from ._selfcheck import fetch

_HREF = re.compile(r'(?:href|src)="([^"]*)"')
_BASE = re.compile(r'<base href="([^"]*)"')
_SKIP = re.compile(r"tmpl=component|com_mailto|^javascript:|^mailto:")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    markup = re.sub(r"<script.*?</script>", " ", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    base = _BASE.search(body)
    here = base.group(1) if base else server.url(target)
    out = []
    for raw in _HREF.findall(body):
        href = html.unescape(raw)
        if _SKIP.search(href):
            continue
        parts = urlsplit(urljoin(here, href))
        if parts.netloc != f"127.0.0.1:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_gold_shape() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_print_their_fields(server: PortalServer, gold: dict) -> None:
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text, (target, para)
        for img in gold["images"]:
            assert img["path"].lstrip("/") in body
            if img["caption"]:
                assert html.escape(img["caption"]) in body or img["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        assert gold["category"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d} {portal._MONTHS[int(m)]} {y}" in text


def test_everything_reachable_within_budget(server: PortalServer) -> None:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for link in _links(server, target, body):
            if link not in seen and not link.startswith(("/images/", "/media/", "/templates/")):
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen or set(gold.get("alt_paths", [])) & seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_articles(server: PortalServer) -> None:
    _, first, _ = fetch(server, "/tin-tuc-su-kien.html")
    assert "46-trao-120" not in first
    _, second, _ = fetch(server, "/tin-tuc-su-kien.html?start=3")
    assert "46-trao-120" in second and "Trang 2 của 2" in second
    _, second, _ = fetch(server, "/hoat-dong-chuyen-mon.html?limitstart=2")
    assert "44-sinh-hoat" in second


def test_non_articles_and_404(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for bad in [
        "/khong-co-trang.html",
        "/tin-tuc-su-kien/tin-tuc-su-kien/58-hoi-nghi-trien-khai-chuyen-doi-so-trong-truong-hoc-nam-hoc-2026-2027.html",
        "/tin-tuc-su-kien.html?start=30",
        "/index.php?option=com_content&view=article&id=999&catid=8&Itemid=102",
    ]:
        assert fetch(server, bad)[0] == 404, bad


def test_traps_present(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/tuyen-dung.html")
    assert "bạn cần bật JavaScript để xem nó" in body
    gold = next(g for g in portal.GOLD if g["path"] == "/tuyen-dung.html")
    assert "JavaScript" not in gold["body"]
    assert '<h1 class="componentheading">Tuyển dụng</h1>' in body
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert '<base href="http://' in body
    assert 'class="caption" title="Đồng chí Trưởng phòng' in body
    assert "Cập nhật lần cuối" in body and "Tháng Mười Hai" in body
    _, body, _ = fetch(server, "/hoat-dong-chuyen-mon/57-chuyen-de-day-hoc-stem-cap-thcs-tai-truong-thcs-dien-hai.html")
    assert "pane-toggler" in body
