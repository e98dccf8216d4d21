"""Self-checks of the wp_newsup_magazine_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_newsup_magazine_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """What a reader sees: tags dropped, references resolved, NFC, whitespace collapsed."""
    body = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", body)
    body = re.sub(r"(?i)</t[dh]>\s*<t[dh]\b[^>]*>", " | ", body)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return collapse(html.unescape(body))


def page_pages(server, gold) -> list[str]:
    """The page of the article plus the further pages of a split post."""
    targets = [gold["path"]] + [p for p in gold.get("alt_paths", []) if re.search(r"\.html/\d+$", p)]
    bodies = []
    for target in targets:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        bodies.append(body)
    return bodies


def test_counts_and_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert portal.NAME == "wp_newsup_magazine_thcs"
    assert portal.START_PATH == "/"
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        paras = g["body"].split("\n\n")
        assert len(paras) >= 3, g["path"]
        if g["summary"]:
            assert paras[0] == g["summary"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_page_prints_its_fields(server, path):
    gold = GOLD_BY_PATH[path]
    bodies = page_pages(server, gold)
    texts = [page_text(b) for b in bodies]
    whole = " ".join(texts)
    raw = "".join(bodies)
    # the headline in the h1
    h1 = re.search(r'<h1 class="title single">(.*?)</h1>', bodies[0], re.S).group(1)
    assert page_text(h1) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para in whole, (path, para)
    for name in gold["authors"] + gold["photographers"]:
        assert name in whole, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in whole
    if gold["summary"]:
        printed = unicodedata.normalize("NFC", html.unescape(bodies[0]))
        assert f"<p><strong>{gold['summary']}</strong></p>" in printed
    for img in gold["images"]:
        assert f'data-lazy-src="{server.base_url}{img["path"]}"' in raw, img
        if img["caption"]:
            assert img["caption"] in whole
    # breadcrumb prints the category
    crumbs = re.search(r'<p id="breadcrumbs">(.*?)</p>', bodies[0], re.S).group(1)
    assert gold["category"] in page_text(crumbs)
    # the date: Yoast's UTC instant and the theme's day
    published = gold["published_at"]
    utc = re.search(r'article:published_time" content="([^"]+)"', bodies[0]).group(1)
    if "T" in published:
        local = datetime.fromisoformat(published)
        assert utc == (local - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        assert f"Th{local.month} {local.day}, {local.year}" in texts[0]
    else:
        day = datetime.fromisoformat(published)
        assert f"ngày {day.day} tháng {day.month} năm {day.year}" in texts[0]


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_alt_paths_serve_the_same_article(server, path):
    gold = GOLD_BY_PATH[path]
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        h1 = re.search(r'<h1 class="title single">(.*?)</h1>', body, re.S).group(1)
        assert page_text(h1) == gold["title"]
        assert f'<link rel="canonical" href="{server.base_url}{path}" />' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_unknown_paths_404(server):
    for target in [
        "/khong-ton-tai/",
        "/tin-tuc/",
        "/tin-tuc/khong-co/",
        "/page/9/",
        "/tin-tuc/su-kien/page/3/",
        "/2026/11/khong-co-bai-nay.html",
        "/2026/10/khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027.html",
        "/2026/11/khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027.html/2",
        "/the/khong-co/",
        "/author/khach/",
        "/sitemap-khac.xml",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirects(server):
    g = portal.GOLD[0]["path"]
    for target, location in [
        ("/page/1/", "/"),
        (f"{g}/", g),
        (f"/?p={portal.G1.id}", g),
        ("/gioi-thieu", "/gioi-thieu/"),
    ]:
        status, _, headers = fetch(server, target)
        assert status == 301, target
        assert headers["Location"] == server.base_url + location


_HREF = re.compile(r"""<a\s[^>]*?href=["']([^"']*)["']""", re.I)


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over every on-host <a href> from the start page: reached pages, requests."""
    start = portal.START_PATH
    seen = {start}
    queue = [start]
    requests = 0
    reached = set()
    while queue:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            nxt = urlsplit(headers["Location"])
            new = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if new not in seen:
                seen.add(new)
                queue.append(new)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        reached.add(target)
        for href in _HREF.findall(body):
            href = html.unescape(href)
            absolute = urljoin(server.base_url + target, href)
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if parts.path.startswith(("/wp-content/", "/wp-includes/")):
                continue
            new = parts.path + (f"?{parts.query}" if parts.query else "")
            if new not in seen:
                seen.add(new)
                queue.append(new)
    return reached, requests


def test_everything_reachable_within_budget(server):
    reached, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in reached, alt
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_later_list_pages(server):
    """The oldest news item is on page 2 of its category and not on page 1 or the home page 1."""
    g3 = portal.post_path(portal.G3)
    _, first, _ = fetch(server, "/tin-tuc/su-kien/")
    _, second, _ = fetch(server, "/tin-tuc/su-kien/page/2/")
    _, home, _ = fetch(server, "/")
    assert g3 not in re.sub(r'(?s)<aside.*?</aside>', "", first)
    assert g3 in second
    listing = re.search(r'(?s)<div id="grid".*?</main>', home).group(0)
    assert g3 not in re.sub(r'(?s)<aside.*?</aside>', "", listing)


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for root in ("home", "tmp", "work", "Users"):
        assert f"/{root}/" not in source
