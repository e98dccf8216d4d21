"""Self-checks of the wp_mts_schema_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_mts_schema_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?s)<(script|style)\b.*?</\1>|<!--.*?-->", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r"""href=["']([^"']+)["']""", page):
        url = urljoin("http://x" + here, _html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != "x":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = set()
    fetched = 0
    while queue:
        target = queue.popleft()
        if _STATIC.search(urlsplit(target).path):
            continue
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        pages.add(target)
        for link in _links(body, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return pages, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r'<h1 class="title single-title entry-title"[^>]*>(.*?)</h1>', body).group(1)
        assert collapse(_html.unescape(h1)) == g["title"]
        text = _text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):  # table rows: cells joined by " | "
                assert piece in text, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert "Nguồn: " + g["source"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        assert g["summary"] is None or g["body"].startswith(g["summary"])


def test_dates_printed(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        y, m, d = (int(x) for x in g["published_at"].split("-"))
        if "thong-bao-to-chuc" in g["path"]:
            assert f"ngày {d} tháng {m} năm {y}" in body
        else:
            assert f'<span itemprop="datePublished">{portal.vi_date(g["published_at"])}</span>' in body


def test_alt_paths_serve_the_article(server):
    alts = [(g, a) for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert alts
    for g, alt in alts:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert g["body"].split("\n\n")[-1] in _text(body)


def test_reachable_and_budget(server):
    pages, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert fetched <= budget, fetched


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_traps_answer_as_documented(server):
    s7 = portal.post_path(portal.PAGED)
    _, body, _ = fetch(server, s7 + "/comment-page-1")
    assert f'{s7}/comment-page-1#comments"' in body
    status, _, headers = fetch(server, portal.post_path(portal.S1) + "?share=facebook&nb=1")
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/")
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao/page/1")
    assert status == 301 and headers["Location"] == "/chuyen-muc/thong-bao"
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/2")
    assert portal.post_path(portal.S13) in body
    _, body, _ = fetch(server, portal.post_path(portal.S1))
    assert "Tháng Mười Hai" in body and '&quot;Dạy tốt - Học tốt&quot;' in body


@pytest.mark.parametrize(
    "target",
    ["/khong-co.html", "/chuyen-muc/khong-co", "/page/9", "/tag/khong-co", "/abc/def", "/gioi-thieu?x=1"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
