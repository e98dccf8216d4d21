"""Self-checks of the nextjs_wpgraphql_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nextjs_wpgraphql_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"', re.I)
_FORM = re.compile(r'<form\b[^>]*?action="([^"]*)"[^>]*>', re.I)
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$|^/_next/|^/wp-content/|^/api/", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible text of a page, NFC, without footnote calls and scripts."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S)
    page = re.sub(r"<sup\b[^>]*>.*?</sup>", "", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        url = urljoin("http://x" + here, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "x" or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for action in _FORM.findall(page):
        if action.startswith("/tim-kiem"):
            out.append("/tim-kiem?s=")
    return out


def _crawl(server) -> dict[str, int]:
    """Breadth-first walk over links and GET forms, as a plain crawler would; redirects followed."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302, 308):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status == 200:
            queue.extend(link for link in _links(body, target) if link not in seen)
        assert len(seen) < 200, "crawl does not end"
    return seen


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page_answers_with_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in re.search(r'<nav class="Breadcrumb[^"]*".*?</nav>', page, re.S).group(0)
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f'dateTime="{gold["published_at"]}"' in page or (
        f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    )
    data = json.loads(re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', page).group(1))
    assert data["props"]["pageProps"]["post"]["databaseId"] > 0


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][-40:])
def test_alt_paths_serve_the_same_article(server, gold):
    _, first, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200
        assert _text(page) == _text(first)


def test_every_gold_article_is_reachable_and_crawl_is_bounded(server):
    seen = _crawl(server)
    reached = {unquote(t).lower() for t, status in seen.items() if status == 200}
    for gold in portal.GOLD:
        assert unquote(gold["path"]).lower() in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen and seen[path] == 200, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_article_only_on_a_second_listing_page(server):
    a7 = portal.GOLD[-1]["path"]
    for first in ("/", "/chuyen-muc/tin-tuc-su-kien", "/chuyen-muc/hoat-dong-nha-truong"):
        assert f'href="{a7}"' not in fetch(server, first)[1]
    for gold in portal.GOLD[:-1]:
        assert f'href="{a7}"' not in fetch(server, gold["path"])[1]
    q = fetch(server, "/chuyen-muc/tin-tuc-su-kien?trang=2")[1]
    p = fetch(server, "/chuyen-muc/tin-tuc-su-kien/trang/2")[1]
    assert f'href="{a7}"' in q and _text(q) == _text(p)


def test_traps_are_printed(server):
    a2 = fetch(server, "/bai-viet/hoi-thi-giai-dieu-tuoi-hong-nam-2026")[1]
    assert "<title>Hội thi &amp;#8220;Giai điệu" in a2
    assert 'content="2026-11-12T13:05:00+00:00"' in a2
    a6 = portal.GOLD[1]
    page = fetch(server, a6["path"])[1]
    assert "2 ngày trước" in page and "02/12/2026" not in _text(page)
    a9 = next(g for g in portal.GOLD if "logarit" in g["path"])
    raw = fetch(server, a9["path"])[1]
    assert unicodedata.normalize("NFD", "Tổ Toán") in raw
    assert "Cập nhật lần cuối: 16:20 04/12/2026" in raw
    assert "https://cms.thptlehuutrac.edu.vn/wp-content/uploads" in raw


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200
    for path in ("/bai-viet/khong-ton-tai", "/chuyen-muc/khong-co", "/chuyen-muc/thong-bao?trang=9",
                 "/chuyen-muc/tin-tuc-su-kien/trang/3", "/lich-cong-tac?tuan=47", "/trang-bat-ky"):
        assert fetch(server, path)[0] == 404, path
    status, _, headers = fetch(server, "/2026/11/19/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/")
    assert status == 308 and headers["Location"].endswith("/bai-viet/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11")
    assert fetch(server, "/wp-content/uploads/2026/11/kyniem-2011-01-1024x683.jpg")[0] == 200
