"""Self-checks of the wp_hello_elementor_loop_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_hello_elementor_loop_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', page):
        url = urljoin("http://h" + here, html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != "h" or parts.path.startswith("/wp-content/"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for action in re.findall(r'<form\b[^>]*\baction="([^"]+)"[^>]*method="get"', page):
        out.append(urlsplit(urljoin("http://h" + here, action)).path + "?s=")
    return out


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.NAME == "wp_hello_elementor_loop_thpt"
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-2][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, page, headers = fetch(server, gold["path"])
    assert status == 200, gold["path"]
    assert headers["Content-Type"].startswith("text/html")
    h1 = re.findall(r"<h1[^>]*>(.*?)</h1>", page, flags=re.S)
    assert len(h1) == 2 and collapse(html.unescape(h1[1])) == gold["title"]
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        # a table row is its cells joined by " | ": on the page they stand in cells of one row
        assert " ".join(para.split(" | ")) in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert "Theo " + gold["source"] in text
    if gold["summary"]:
        assert re.search(r"theme-post-excerpt.*?<p>" + re.escape(html.escape(gold["summary"], quote=True)), page, re.S)
    for img in gold["images"]:
        assert f'data-lazy-src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<p id="breadcrumbs">(.*?)</p>', page, re.S).group(1)
    assert f">{html.escape(gold['category'], quote=True)}</a>" in crumbs
    assert f'href="http://{urlsplit(server.url()).netloc}{gold["canonical_path"]}"' in page
    day = gold["published_at"][:10]
    if len(gold["published_at"]) > 10:
        y, m, d = (int(x) for x in day.split("-"))
        assert f"Tháng {portal.MONTHS[m]} {d}, {y}" in text
    else:
        assert day.split("-")[0] in text
    for alt in gold.get("alt_paths", []):
        status, alt_page, _ = fetch(server, alt)
        assert status == 200 and gold["title"] in _text(alt_page)
        assert f'{gold["canonical_path"]}"' in alt_page


def test_auto_excerpt_is_not_a_sapo(server):
    for gold in portal.GOLD:
        if gold["summary"]:
            continue
        _, page, _ = fetch(server, gold["path"])
        shown = re.search(r"elementor-widget-theme-post-excerpt.*?<p>(.*?)</p>", page, re.S).group(1)
        assert html.unescape(shown).endswith(" […]")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in page


def test_unknown_paths_404(server):
    for path in ("/khong-co/", "/2026/12/04/khong-co-bai-nay/", "/category/khong-co/", "/category/thong-bao/page/9/",
                 "/2026/11/20/trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam/?replytocom=99", "/wp-json/"):
        assert fetch(server, path)[0] == 404, path


def test_redirects(server):
    story = portal.STORIES[0]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == portal.post_path(story)
    status, _, headers = fetch(server, portal.post_path(story).rstrip("/"))
    assert status == 301 and headers["Location"] == portal.post_path(story)
    status, _, headers = fetch(server, "/2026/10/30/truong-thpt-le-quy-don-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia-"
                               "muc-do-2/don-bang-chuan-qg/")
    assert status == 301 and headers["Location"].endswith("/don-bang-chuan-qg.jpg")


def test_both_pagers_serve_the_same_listing(server):
    _, p1, _ = fetch(server, "/category/thong-bao/")
    assert f'href="/category/thong-bao/?e-page-{portal.LOOP_ID}=2"' in p1
    assert 'rel="next" href="http://' in p1 and "/category/thong-bao/page/2/" in p1
    _, a, _ = fetch(server, f"/category/thong-bao/?e-page-{portal.LOOP_ID}=2")
    _, b, _ = fetch(server, "/category/thong-bao/page/2/")
    old = portal.post_path(portal.STORIES[11])
    assert old in a and old in b and old not in p1


def test_every_gold_article_reachable_within_budget(server):
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        pages += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(page, urlsplit(target).path):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= budget, (pages, budget)
    print(f"{pages} requests for a breadth-first crawl of <a> links, budget {budget}")


def test_page_two_only_articles(server):
    """Two gold articles are linked from no page 1 listing, home page or post other than page 2."""
    only_p2 = {portal.post_path(portal.STORIES[i]) for i in (11, 12)}
    for target in ["/", "/category/tin-tuc/", "/category/thong-bao/", "/category/chuyen-mon/",
                   "/category/tin-tuc/doan-thanh-nien/", *(g["path"] for g in portal.GOLD)]:
        _, page, _ = fetch(server, target)
        for path in only_p2:
            if path != target:
                assert f'href="{path}"' not in page, (target, path)
