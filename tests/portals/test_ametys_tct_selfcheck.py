"""Self-check of the ametys_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import ametys_tct as portal
from ._selfcheck import fetch

_LINK = re.compile(r'(?:href|action)="([^"]*)"')
_SKIP = re.compile(r"\.(jpg|png|gif|ico|css|js|pdf)(\?|$)|^mailto:|^javascript:|^#")


def _text(markup: str) -> str:
    """Superscript calls and tags dropped, references resolved, NFC, whitespace collapsed."""
    no_sup = re.sub(r"<sup>.*?</sup>", "", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", no_sup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _local(base: str, target: str) -> str | None:
    parts = urlsplit(urljoin(base, html.unescape(target)))
    if parts.scheme not in ("http", "") or (parts.netloc and not parts.netloc.startswith("127.0.0.1")):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _walk(server: PortalServer, skip: re.Pattern | None = None) -> tuple[set[str], int]:
    """Breadth-first walk over links and GET form actions from START_PATH; redirects followed."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            queue.append(_local(server.url(target), headers["Location"]))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in _LINK.findall(body):
            if _SKIP.search(href):
                continue
            nxt = _local(server.url(target), href)
            if nxt and nxt not in seen and not (skip and skip.search(nxt)):
                if nxt.endswith(("/vote.html",)) or nxt.startswith("/vi/lien-he.html?"):
                    continue
                queue.append(nxt)
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"2026-1[0-2]-\d\d(T\d\d:\d\d:00\+07:00)?", g["published_at"])
        assert g["body"] and "\n\n\n" not in g["body"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _text(body)
    assert f'<h1 class="tct-td1">{html.escape(gold["title"])}</h1>' in body
    for para in gold["body"].split("\n\n"):
        # a table row's cells are joined by " | " in the gold, separate cells on the page
        assert para.replace(" | ", " ") in page, para
    if gold["summary"]:
        assert gold["summary"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Theo {gold['source']}" in page
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in page or f"ngày {d} tháng {m} năm {y}" in page
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in page
    assert f">{html.escape(gold['category'])}</a></li>" in body
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    assert "Thứ Bảy, 05/12/2026" in page


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert html.escape(gold["title"]) in body
            assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body
            first = gold["body"].split("\n\n")[0]
            assert first in _text(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in [
        "/vi/tin-tuc/khong-co-bai-nay.html",
        "/vi/tin-tuc.html?page=9",
        "/vi/tin-tuc/_content/news-9999.html",
        "/vi/tin-tuc/_plugins/web/search-page/tin-tuc/7.html",
        "/vi/gioi-thieu/khong-co.html",
        "/khong-ton-tai",
        "/vi/tin-tuc/thong-bao.print.html",
    ]:
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_root_redirects_home(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/vi/index.html"


def test_everything_reachable_within_budget(server):
    seen, requests = _walk(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_later_pages(server):
    seen, _ = _walk(server, skip=re.compile(r"page=[2-9]|/search-page/"))
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(hidden) >= 2


def test_traps_in_markup(server):
    notice = portal.GOLD[0]
    _, body, _ = fetch(server, notice["path"])
    assert "Ngày đăng: 04/12/2026 10:20" in body and notice["published_at"] == "2026-12-02"
    assert "Nơi nhận" in body and "Nơi nhận" not in notice["body"]
    _, body, _ = fetch(server, portal.GOLD[7]["path"])
    assert unicodedata.normalize("NFD", "Ban Giám hiệu Trường Chính trị") in body
    _, body, _ = fetch(server, portal.GOLD[11]["path"])
    assert "XIII<sup>" in body and "XIII của" in portal.GOLD[11]["body"]
    _, body, _ = fetch(server, portal.GOLD[3]["path"])
    assert "28/11/2026 00:00" in body and portal.GOLD[3]["published_at"] == "2026-11-28"
    _, body, _ = fetch(server, portal.GOLD[4]["path"])
    assert "Người đăng: bientap.tct" in body and portal.GOLD[4]["authors"] == []
    assert "Nhất | Lê Thị Hồng Vân | Lý luận cơ sở" in portal.GOLD[4]["body"]
    status, body, _ = fetch(server, "/vi/tin-tuc/dao-tao-boi-duong.html")
    assert status == 200 and "tct-ct-tin" not in body
    status, body, _ = fetch(server, "/vi/tin-tuc/_plugins/web/search-page/tin-tuc/3.html")
    assert status == 200 and "<html" not in body and portal.GOLD[12]["path"] in body
