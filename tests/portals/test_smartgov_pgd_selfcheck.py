"""Self-checks of the smartgov_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import smartgov_pgd as portal
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico", ".doc", ".docx")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.targets: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.targets.append(a["href"])
        elif tag == "form" and a.get("action") and (a.get("method") or "get").lower() == "get":
            self.targets.append(a["action"])


def _links(page_target: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.targets:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(target)
    return out


def _crawl(server) -> list[str]:
    seen = [portal.START_PATH]
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        status, body, _ = fetch(server, target)
        assert status == 200, target
        for link in _links(target, body):
            if link not in seen:
                seen.append(link)
                queue.append(link)
    return seen


def _plain(body: str) -> str:
    """What a reader sees: tags and comments gone, references decoded, NFC, spaces collapsed."""
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    body = _html.unescape(body)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", body.replace("\xa0", " ")))


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-10:])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in _plain(body), target


def test_every_gold_article_and_non_article_is_reachable(server):
    reached = _crawl(server)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in reached]
    assert not missing
    assert not [p for p in portal.NON_ARTICLES if p not in reached]
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(reached) <= budget, len(reached)


def test_some_articles_only_on_load_more_fragments(server):
    """2431 and 2424 are linked by no full page: only /Portlet/LoadMore fragments print them."""
    reached = _crawl(server)
    hidden = {portal.art_path(portal.S2431), portal.art_path(portal.S2424)}
    for target in reached:
        if target in hidden:
            continue
        _status, body, _ = fetch(server, target)
        linked = set(_links(target, body))
        if target.startswith("/Portlet/LoadMore"):
            assert "<html" not in body
            continue
        assert not linked & hidden, target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-10:])
def test_gold_fields_appear_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    seen = _plain(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in seen, piece
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen, name
    if gold["summary"]:
        assert gold["summary"] in seen
    if gold["source"]:
        assert gold["source"] in seen
    for img in gold["images"]:
        srcs = re.findall(r'<img[^>]+src="([^"]+)"', body)
        resolved = {
            urlsplit(urljoin("http://x" + gold["path"], _html.unescape(s))).path for s in srcs
        }
        assert img["path"] in resolved, img
        if img["caption"]:
            assert img["caption"] in seen
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in seen or f"ngày {int(d)} tháng {int(m)} năm {y}" in seen
    crumbs = re.search(r'<div class="duong-dan">(.*?)</div>', body).group(1)
    assert _plain(crumbs).strip().endswith(gold["category"])
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert urlsplit(canon).path == gold["canonical_path"]


def test_header_today_and_meta_time_trap(server):
    _, body, _ = fetch(server, portal.art_path(portal.S2461))
    assert "Thứ Bảy, 05/12/2026" in body
    assert 'content="2026-12-04T16:45:00Z"' in body  # the vendor's literal Z on local time
    assert "Thứ Sáu, 04/12/2026 - 16:45" in body
    _, body, _ = fetch(server, portal.art_path(portal.S2450))
    assert "24/11/2026 2:30:00 CH" in body
    _, body, _ = fetch(server, portal.art_path(portal.S2427))
    assert "15/10/2026 12:00:00 SA" in body


def test_encodings(server):
    _, body, _ = fetch(server, portal.art_path(portal.S2440))
    assert "&#7897;" in body and "&agrave;" in body
    _, body, _ = fetch(server, portal.art_path(portal.S2424))
    assert unicodedata.normalize("NFD", "Phù Đổng cấp huyện") in body


@pytest.mark.parametrize("target", portal.NON_ARTICLES)
def test_non_articles_answer(server, target):
    status, body, _ = fetch(server, target)
    assert status == 200
    assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/bai-khong-co-99999.html",
        "/Pages/TinTuc/ChiTiet.aspx?ItemID=1",
        "/chuyen-muc/abc-99",
        "/van-ban/chi-tiet/1",
        "/gioi-thieu/khong-co",
        "/Portlet/LoadMore",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
