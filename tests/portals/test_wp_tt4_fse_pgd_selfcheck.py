"""Self-checks of the wp_tt4_fse_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_tt4_fse_pgd as portal
from tests.portals._selfcheck import fetch

_BLOCK_TAGS = re.compile(
    r"</?(?:p|br|li|ul|ol|td|th|tr|h[1-6]|div|figcaption|figure|summary|details|blockquote|nav|"
    r"header|footer|main|aside|table|thead|tbody|section|span class=\"page-numbers)\b[^>]*>",
    re.I,
)


def _collapse(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def page_text(markup: str) -> str:
    """The page's visible text, roughly: footnote calls and scripts dropped, blocks spaced."""
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r'<sup data-fn="[^"]*" class="fn">.*?</sup>', "", markup, flags=re.S)
    markup = _BLOCK_TAGS.sub(" ", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    return _collapse(html.unescape(markup))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(base: str, page_url: str, markup: str) -> set[str]:
    """Same-host targets of ``<a href>`` and ``<iframe src>`` (fragments dropped); ``<link>``s in the
    head (shortlink, EditURI, feeds, REST) are left to the crawler's own judgement."""
    found = set()
    for attr, value in re.findall(r'<(?:a|iframe)\b[^>]*?\b(href|src)=["\']([^"\']*)["\']', markup):
        if value.startswith(("mailto:", "javascript:", "data:", "#")):
            continue
        absolute = urljoin(page_url, html.unescape(value))
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base:
            continue
        if attr == "src" and not parts.path.endswith("/embed/"):
            continue
        found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def crawl(server, *, follow_pagination: bool = True, limit: int = 400) -> tuple[set[str], int]:
    """Breadth-first over links from START_PATH; returns the targets answering 200 and the count."""
    base = server.base_url
    seen, ok = {portal.START_PATH}, set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and fetched < limit:
        target = queue.popleft()
        if target.startswith(("/wp-content/", "/wp-includes/", "/wp-json/")) or "/feed/" in target:
            continue
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(base + target, headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        ok.add(target)
        for link in _links(base, base + target, body):
            if not follow_pagination and re.search(r"query-\d+-page=|/page/\d+/", link):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return ok, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3][:40])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="wp-block-post-title[^"]*">(.*?)</h1>', body, re.S)
    assert h1 and page_text(h1.group(1)) == gold["title"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    visible = page_text(body)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in visible, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in visible
    if gold["source"]:
        assert gold["source"] in visible
    if gold["summary"]:
        assert gold["summary"] in visible
    for img in gold["images"]:
        assert server.base_url + img["path"] in body
        if img["caption"]:
            assert img["caption"] in visible
    when = gold["published_at"]
    if "T" in when:
        assert f'datetime="{when}"' in body
    else:
        y, m, d = when.split("-")
        assert f"{d}/{m}/{y}" in visible or f"ngày {d} tháng {m} năm {y}" in visible
    # a breadcrumb names the category
    assert f'">{html.escape(gold["category"])}</a></span>' in body


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
            assert gold["title"] in page_text(body)


def test_shortlinks_redirect(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        status, _, headers = fetch(server, f"/?p={story.id}")
        assert status == 301
        assert headers["Location"] == server.base_url + gold["path"]
        status, _, headers = fetch(server, gold["path"].rstrip("/"))
        assert status == 301 and headers["Location"].endswith(gold["path"])


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_everything_reachable_within_budget(server):
    ok, fetched = crawl(server)
    wanted = {g["path"] for g in portal.GOLD} | set(portal.NON_ARTICLES)
    wanted |= {alt for g in portal.GOLD for alt in g.get("alt_paths", [])}
    assert wanted <= ok, wanted - ok
    # even an exhaustive walk of every link stays inside 3 x (13 + NON_ARTICLES)
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_behind_pagination(server):
    ok, _ = crawl(server, follow_pagination=False)
    hidden = {g["path"] for g in portal.GOLD} - ok
    assert len(hidden) >= 2, hidden


def test_pagination_shapes(server):
    status, body, _ = fetch(server, "/")
    assert status == 200 and 'href="?query-3-page=2"' in body and 'href="/?query-3-page=2"' in body
    status, body, _ = fetch(server, "/?query-3-page=2")
    assert status == 200 and "wp-block-query-pagination-next" not in body.split("TIN TỨC")[1].split("THÔNG BÁO")[0]
    status, body, _ = fetch(server, "/chuyen-muc/tin-tuc/")
    assert f'href="{server.base_url}/chuyen-muc/tin-tuc/page/2/"' in body
    status, _, _ = fetch(server, "/chuyen-muc/tin-tuc/page/1/")
    assert status == 301
    status, body, _ = fetch(server, "/thong-bao/?query-5-page=2")
    assert status == 200 and portal.S10.slug in body


def test_unknown_paths_404(server):
    for path in (
        "/khong-ton-tai/",
        "/2026/11/khong-co-bai-nay/",
        "/2026/10/so-ket-chuyen-doi-so-nganh-giao-duc-thanh-pho-nam-2026/",
        "/chuyen-muc/tin-tuc/page/9/",
        "/chuyen-muc/khong-co/",
        "/?p=99999",
        "/tag/khong-co/",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_static_files(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/wp-content/uploads/2026/12/512-TB-PGDDT-kiem-tra-ban-tru.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
