"""Self-checks of the anchor_cms_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import anchor_cms_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _article_part(page: str) -> str:
    return page.split("<article>", 1)[1].split("</article>", 1)[0]


def _links(page: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', page):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith("/") and not href.startswith("//"):
            out.append(href)
    return out


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r"<h1>(.*?)</h1>", page, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    text_all = _plain(page)
    art = _plain(_article_part(page))
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in art, para  # table rows: cells joined by " | "
    if gold["summary"]:
        assert art.startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text_all
    if gold["source"]:
        assert gold["source"] in text_all
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in art
            assert img["caption"] not in gold["body"]
    assert f'>{gold["category"]}</a>' in page
    day = gold["published_at"][:10]
    if "T" in gold["published_at"]:
        assert f'class="dt-pub" datetime="{gold["published_at"]}"' in page
    else:
        d = day.split("-")
        assert f'datetime="{day}T' in page or f"ngày {int(d[2])} tháng {int(d[1])} năm {d[0]}" in page
    for alt in gold.get("alt_paths", []):
        s2, p2, _ = fetch(server, alt)
        assert s2 == 200 and p2 == page


def test_reachable_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        pages += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(page):
            path = urllib.parse.urlsplit(link).path
            if re.search(r"\.(jpg|png|gif|css|js|ico)$", path):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_deep_articles_only_on_later_pages(server):
    _, p1, _ = fetch(server, "/posts")
    _, p3, _ = fetch(server, "/posts/3")
    assert "/posts/tuan-le-hoc-tap-suot-doi-2026" not in p1
    assert 'href="/posts/tuan-le-hoc-tap-suot-doi-2026"' in p3
    _, c2, _ = fetch(server, "/posts/category/tin-tuc-su-kien/2")
    assert 'href="/posts/tuan-le-hoc-tap-suot-doi-2026"' in c2
    assert "kéo co giữa các lớp Lá" in p1  # the lead item prints its whole body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200 and "<h1>" in page


def test_listings_and_static(server):
    for target in ("/", "/posts/1", "/posts/2", "/feeds/rss", "/content/hkmn-2026-01.jpg"):
        assert fetch(server, target)[0] == 200


@pytest.mark.parametrize(
    "target", ["/posts/4", "/posts/khong-co-bai-nay", "/khong-co", "/posts/category/xyz", "/a/b/c"]
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404


def test_search_form(server):
    req = urllib.request.Request(server.url("/search"), data=b"term=th%E1%BB%B1c+%C4%91%C6%A1n", method="POST")
    try:
        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("expected a redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 302
        location = err.headers["Location"]
    status, page, _ = fetch(server, location)
    assert status == 200 and "/posts/thuc-don-tuan-1-thang-12-2026" in page
