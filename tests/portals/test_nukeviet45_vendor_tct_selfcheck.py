"""Self-checks of the nukeviet45_vendor_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet45_vendor_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in re.findall(r'\s(?:href|action)="([^"]*)"', page):
        url = _html.unescape(raw)
        if url.startswith(("javascript:", "mailto:", "#")) or not url:
            continue
        absolute = urljoin("http://fixture.invalid" + here, url)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().split("?")[0].endswith(STATIC) or "download=1" in target:
            continue
        out.append(target)
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen: set[str] = set()
    queue = [portal.START_PATH]
    fetched = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            queue.append(urljoin("http://fixture.invalid" + target, headers["Location"])
                         .replace("http://fixture.invalid", ""))
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue += [t for t in _links(body, target) if t not in seen]
    return seen, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, para)
        for img in gold["images"]:
            assert img["path"] in body, (target, img)
            if img["caption"]:
                assert img["caption"] in text
        if gold["summary"]:
            assert gold["summary"] in text
    status, body, _ = fetch(server, gold["path"])
    text = _text(body)
    assert '<h1 class="title margin-bottom-lg" itemprop="headline">' in body
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text
    assert gold["category"] in text


def test_multi_category_duplicate(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("-51.html"))
    alt = gold["alt_paths"][0]
    assert "/xay-dung-dang/" in alt
    _, body, _ = fetch(server, alt)
    assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body


def test_savefile_is_attachment(server):
    gold = portal.GOLD[0]
    save = next(p for p in gold["alt_paths"] if "/savefile/" in p)
    status, _, headers = fetch(server, save)
    assert status == 200 and "attachment" in headers.get("Content-Disposition", "")


def test_legacy_link_redirects(server):
    target = next(g["path"] for g in portal.GOLD if g["path"].endswith("-44.html"))
    status, _, headers = fetch(
        server,
        "/index.php?language=vi&nv=news&op=dao-tao-boi-duong/"
        "boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-nam-2026-44",
    )
    assert status == 301 and headers["Location"] == target


def test_reachable_and_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_page_two_only(server):
    _, page1, _ = fetch(server, "/tin-tuc/tin-hoat-dong/")
    _, page2, _ = fetch(server, "/tin-tuc/tin-hoat-dong/page-2")
    for gold in portal.GOLD:
        if gold["path"].endswith(("-46.html", "-42.html")):
            assert gold["path"] not in page1 and gold["path"] in page2


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize("target", [
    "/khong-co-trang-nay",
    "/tin-tuc/tin-hoat-dong/page-9",
    "/tin-tuc/tin-hoat-dong/khong-co-bai-999.html",
    "/tin-tuc/tag/khong-co",
    "/gioi-thieu/khong-co.html",
    "/tin-tuc/khong-co-chuyen-muc/",
])
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
