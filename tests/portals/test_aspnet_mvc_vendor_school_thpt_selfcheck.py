"""Self-checks of the aspnet_mvc_vendor_school_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc_vendor_school_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """The page's text as a reader sees it: tags to spaces, references decoded, NFC."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', page, flags=re.I):
        href = _html.unescape(href).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(_STATIC_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for action in re.findall(r'<form\b[^>]*\baction="([^"]*)"[^>]*\bmethod="get"', page, flags=re.I):
        out.append(urljoin(here, _html.unescape(action)))
    return out


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue.extend(t for t in _links(body, target) if t not in seen)
    return seen


def test_counts():
    assert portal.NAME == "aspnet_mvc_vendor_school_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages(server, gold):
    status, page, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = _visible(page)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        # a table row is printed as cells; the gold joins them with " | "
        assert para.replace(" | ", " ") in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
        assert fetch(server, img["path"])[0] == 200
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert f'href="{portal.cat_path(_cat_id(gold["category"]))}"' in crumbs
    assert _canonical(page) == gold["canonical_path"]
    for alt in gold.get("alt_paths", []):
        status, alt_page, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _visible(alt_page)
        assert _canonical(alt_page) == gold["canonical_path"]


def _canonical(page: str) -> str | None:
    found = re.search(r'<link rel="canonical" href="http://[^/"]+([^"]+)"', page)
    return found.group(1) if found else None


def _cat_id(name: str) -> int:
    return next(i for i, (_, label) in portal.CATS.items() if label == name)


def test_printed_dates(server):
    """The traps' date forms are really printed (vi-VN .NET, letterhead)."""
    expected = {
        "/tin-tuc/toa-dam-phong-chong-bao-luc-hoc-duong-nam-hoc-2026-2027-1164.html": "11/10/2026 8:05:00 SA",
        "/tin-tuc/hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027-1203.html": "29/11/2026 12:45:00 CH",
        "/thong-bao/thong-bao-nghi-tet-duong-lich-nam-2027-52.html": "ngày 30 tháng 11 năm 2026",
    }
    golds = {g["path"]: g for g in portal.GOLD}
    for path, printed in expected.items():
        assert path in golds
        assert printed in _visible(fetch(server, path)[1])
    midnight = next(g for g in portal.GOLD if g["path"].endswith("-1172.html"))
    assert midnight["published_at"] == "2026-11-08"
    assert "8/11/2026 12:00:00 SA" in _visible(fetch(server, midnight["path"])[1])


def test_razor_encoding(server):
    page = fetch(server, portal.GOLD[0]["path"])[1]
    assert "Tr&#227;i" in page


def test_reachable_and_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]), gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path), path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, sorted(seen)


def test_page_two_only(server):
    """1179 and 1164 are linked only from page 2 of their listing (and its AJAX partial)."""
    seen = _crawl(server)
    hidden = [g["path"] for g in portal.GOLD if g["path"].endswith(("-1179.html", "-1164.html"))]
    page2 = portal.cat_path(1, 2)
    assert len(hidden) == 2
    for target, body in seen.items():
        if target in (page2, *hidden):
            continue
        for path in hidden:
            assert f'href="{path}"' not in body, (target, path)
    ajax = fetch(server, "/Ajax/TinTuc/XemThem?danhMucId=1&page=2")
    assert ajax[0] == 200 and all(f'href="{p}"' in ajax[1] for p in hidden)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/tin-tuc/bai-viet-khong-co-99999.html",
        "/thong-bao/khong-co-9999.html",
        "/danh-muc/khong-co-77.html",
        "/TinTuc/ChiTiet/99999",
    ],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404
