"""Self-checks of the solidstart_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import solidstart_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible text: scripts and comments dropped, tags to spaces, entities decoded, collapsed."""
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S)
    markup = re.sub(r"<template\b.*?</template>", " ", markup, flags=re.S)
    markup = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(markup: str, current: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', markup):
        target = urljoin("http://h" + current, _html.unescape(href))
        parts = urlsplit(target)
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def is_page(target: str) -> bool:
    return not target.startswith(("/_build/", "/cms/assets/", "/favicon"))


@pytest.fixture(scope="module")
def crawl(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        pages[target] = body
        for nxt in links(body, target):
            if nxt not in seen and is_page(nxt):
                seen.add(nxt)
                queue.append(nxt)
    return pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:30])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    h1 = re.search(r'<h1 class="bv-td"[^>]*>(.*?)</h1>', body, re.S)
    assert page_text(h1.group(1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in text
        status_img, _, headers = fetch(server, img["path"])
        assert status_img == 200 and headers["Content-Type"].startswith("image/")
    assert gold["category"] in text
    # the printed date: the local day in Intl vi-VN form, and the time when there is one
    day = gold["published_at"][:10]
    y, m, d = (int(x) for x in day.split("-"))
    assert f"{d} tháng {m}, {y}" in text
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][-25:])
def test_alt_paths_same_article(server, gold):
    _, canon, _ = fetch(server, gold["path"])
    h1 = re.search(r"<h1 .*?</h1>", canon, re.S).group(0)
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert h1 in body


def test_reachability_and_budget(crawl):
    reached = set(crawl)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, len(crawl)


def test_some_articles_only_on_later_pages(crawl):
    first_pages = {t: b for t, b in crawl.items() if "trang=" not in t or "trang=1" in t}
    only_later = [
        g["path"] for g in portal.GOLD
        if not any(f'href="{g["path"]}"' in b for b in first_pages.values())
    ]
    assert only_later, "every article is linked from a first page"


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200
        assert 'class="bv-td"' not in body


@pytest.mark.parametrize(
    "target",
    ["/khong-co", "/tin-tuc/khong-co-bai-nay", "/tin-tuc?trang=9", "/chuyen-muc/khong-co", "/tin-tuc?trang=0"],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404


def test_traps_present(server):
    gold = portal.GOLD[1]  # the 01:15 post: UTC day is the day before
    _, body, _ = fetch(server, gold["path"])
    assert 'datetime="2026-11-30T18:15:00.000Z"' in body
    assert "<!--$-->01:15<!--/-->" in body
    _, body, _ = fetch(server, "/tin-tuc?trang=2")
    assert 'href="?trang=3"' in body
    _, body, _ = fetch(server, portal.GOLD[3]["path"])  # markdown post: soft-wrapped lines
    assert re.search(r"<p>[^<]*\n[^<]*</p>", body)
    assert "Đăng bởi: <!--$-->admin.nguyendu<!--/-->" in body
    assert '<template id="a3">' in body and "_$HY.r[" in body
