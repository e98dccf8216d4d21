"""Self-checks of the aspnet_mvc5_egov_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc5_egov_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SUB = portal.SUB


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible text: scripts dropped, bare footnote superscripts dropped, tags to spaces, NFC."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<sup><a [^>]*>\d+</a></sup>", "", page)
    page = re.sub(r"</td>\s*<td[^>]*>", " | ", page)
    page = re.sub(r"</?(?:a|b|strong|em|i|u|span|sup)\b[^>]*>", "", page, flags=re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _links(page: str, base: str) -> list[str]:
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S | re.I)
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over <a href> links inside the sub-site, from START_PATH."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if not target.lower().startswith(SUB) or re.search(r"\.(jpg|png|gif|pdf)$", target.split("?")[0], re.I):
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        assert status == 200, target
        for link in _links(body, server.url(target)):
            if link not in seen:
                queue.append(link)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["path"].endswith("-1186.html"):
        assert f"ngày {d} tháng {m} năm {y}" in text
    else:
        assert f"{d}/{m}/{y}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in page
    # the header's today is never the date
    assert gold["published_at"][:10] != "2026-12-05"


def test_alt_paths_serve_same_article(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, page, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in _text(page), alt


def test_reachable_and_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen or any(a in seen for a in gold["alt_paths"]), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # page 2 is the only way to three of them
    assert f"{SUB}/tin-tuc/tin-hoat-dong?page=2" in seen
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only():
    status_home = _text(portal.build_site().respond(_req(SUB)).body)
    for sid in (1169, 1158, 1162):
        assert portal.BY_ID[sid].title not in status_home


def _req(target: str):
    from crawler.demo.server import Request

    path, _, query = target.partition("?")
    return Request("GET", path, query, {"Host": "127.0.0.1"})


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in (
        f"{SUB}/tin-tuc/khong-co-bai-9999.html",
        f"{SUB}/tin-tuc/",
        f"{SUB}/tin-tuc/tin-hoat-dong?page=9",
        f"{SUB}/gioi-thieu/khong-co",
        f"{SUB}/print/tin-tuc/9999",
        "/khong-ton-tai",
        "/sogiaoduc/tin-tuc/abc-1.html",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_past_last_page_is_empty(server):
    status, page, _ = fetch(server, f"{SUB}/tin-tuc/tin-hoat-dong?page=3")
    assert status == 200 and "Không có dữ liệu" in page
    assert "k-pager-wrap" not in page


def test_nfd_article_is_stored_decomposed(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("-1176.html"))
    _, page, _ = fetch(server, gold["path"])
    h1 = re.search(r'<h1 class="tde-ct">(.*?)</h1>', page).group(1)
    assert h1 != gold["title"]
    assert h1 == unicodedata.normalize("NFD", gold["title"])


def test_other_sites_exist(server):
    for target in ("/", "/sogiaoduc", "/tin-tuc/ubnd-tinh-hop-phien-thuong-ky-thang-11-nam-2026-2241.html"):
        status, _, _ = fetch(server, target)
        assert status == 200, target
