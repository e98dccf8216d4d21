"""Self-checks of the koa_nunjucks_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import koa_nunjucks_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?i)<br\s*/?>", "\n", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _links(page: str, current: str) -> set[str]:
    out = set()
    for href in re.findall(r'<a\b[^>]*?\shref="([^"]*)"', page):
        href = _html.unescape(href)
        if href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(_STATIC):
            continue
        out.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in _links(body, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, fetched


def test_contract_shape():
    assert portal.NAME == "koa_nunjucks_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"/p/[a-z0-9-]+-[a-z0-9]{8}", g["path"]), g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        h1 = re.search(r"<h1\b[^>]*>(.*?)</h1>", body, re.S).group(1)
        assert collapse(_html.unescape(re.sub(r'<span class="sr-only">.*?</span>', "", h1))) == gold["title"]
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        # a table row is printed cell by cell
        assert " ".join(para.split(" | ")) in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    assert gold["category"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body, img
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in text


def test_everything_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_on_page_two(server):
    _, home, _ = fetch(server, "/")
    first_pages = set(_links(home, "/"))
    for slug in portal.CATS:
        _, body, _ = fetch(server, f"/c/{slug}")
        first_pages |= _links(body, f"/c/{slug}")
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in first_pages]
    assert len(hidden) >= 3, hidden


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1" in body


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/p/bai-viet-khong-co-zzzzzzzz",
        "/c/chuyen-muc-la",
        "/van-ban/999",
        "/lich-cong-tac?tuan=51",
        "/lich-cong-tac?tuan=47",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_bad_cursor_is_rejected(server):
    status, _, _ = fetch(server, "/c/tin-tuc-su-kien?cursor=bad")
    assert status == 400


def test_static_assets(server):
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, gold["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
