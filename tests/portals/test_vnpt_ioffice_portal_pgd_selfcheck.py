"""Self-checks of the vnpt_ioffice_portal_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vnpt_ioffice_portal_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""href\s*=\s*["']([^"'#]+)""", re.I)
_FORM = re.compile(r"""<form[^>]*action\s*=\s*["']([^"']+)["'][^>]*method\s*=\s*["']get""", re.I)
_STATIC = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, tags dropped, one line per block: what the gold strings are read from."""
    page = re.sub(r"</td>\s*<td[^>]*>", " | ", page)
    no_tags = re.sub(r"<br\s*/?>|</?(p|div|li|tr|h\d|td|figcaption|figure|table|ul)\b[^>]*>", "\n", page)
    no_tags = re.sub(r"<[^>]+>", " ", no_tags)
    return "\n".join(collapse(line) for line in _html.unescape(no_tags).split("\n"))


def _links(base: str, page: str) -> list[str]:
    out = []
    for href in [*_HREF.findall(page), *_FORM.findall(page)]:
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().endswith(_STATIC) or parts.path.endswith(_STATIC):
            continue
        out.append(target)
    return out


def _crawl(server) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status == 200:
            queue.extend(t for t in _links(server.url(target), body) if t not in seen)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            h2 = re.search(r'<h2 class="tb-tieude">(.*?)</h2>', body, re.S)
            assert h2 and collapse(_html.unescape(h2.group(1))) == g["title"], target
            assert f'rel="canonical" href="{server.url(g["canonical_path"])}"' in body, target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _status, body, _ = fetch(server, g["path"])
        text = _text(body)
        lines = set(text.split("\n"))
        for para in g["body"].split("\n\n"):
            assert para in lines, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in lines
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in lines, (g["path"], img["caption"])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text, g["path"]
        if len(g["published_at"]) > 10:
            assert f"{d}/{m}/{y} - {g['published_at'][11:16]}" in text
        assert '<a href="/chuyen-muc/' in body and g["category"] in text


def test_utc_attribute_differs_for_early_posts(server):
    _status, body, _ = fetch(server, portal.article_path(portal.A2))
    assert 'datetime="2026-12-02T23:15:00Z"' in body and "03/12/2026 - 06:15" in body
    _status, body, _ = fetch(server, portal.article_path(portal.A5))
    assert 'datetime="2026-11-04T17:00:00Z"' in body and "05/11/2026 - 00:00" in body


def test_page_two_only_in_noscript_and_escaped_json(server):
    status, body, _ = fetch(server, portal.cat_path(12))
    assert status == 200
    noscript = re.search(r"<noscript><div class=\"phantrang\">.*?</noscript>", body, re.S).group(0)
    assert portal.cat_path(12, 2) in noscript
    outside = body.replace(noscript, "")
    assert portal.cat_path(12, 2) not in outside
    for key in ("A5", "A6"):
        assert portal.article_path(portal.STORIES[key]) not in body
    status, body, headers = fetch(server, "/api/tin-bai/xem-them?cm=12&p=2")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert "<a" not in body and "\\u003Ca class=\\u0022cm-anh\\u0022 href=\\u0022/tin-bai/" in body
    assert portal.article_path(portal.A5) in json.loads(body)["html"]


def test_reachable_and_budget(server):
    seen = _crawl(server)
    for g in portal.GOLD:
        assert seen.get(g["path"]) == 200, g["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert all(status == 200 for status in seen.values()), seen
    ok_pages = [t for t, s in seen.items() if s == 200]
    assert len(ok_pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(ok_pages)
    home_only_p2 = {portal.article_path(portal.STORIES[k]) for k in ("A5", "A6", "B5")}
    _status, home, _ = fetch(server, "/")
    assert not home_only_p2 & set(_links(server.url("/"), home))


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tb-tieude"' not in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai",
        "/tin-bai/khong-co-9999.html",
        "/tin-bai/sai-slug-2871.html",
        portal.cat_path(12, 3),
        "/chuyen-muc/tin-tuc-su-kien-99.html",
        "/van-ban/1.html",
        "/gioi-thieu-9.html",
        "/lich-cong-tac?tuan=51",
        "/api/tin-bai/xem-them?cm=12&p=9",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
