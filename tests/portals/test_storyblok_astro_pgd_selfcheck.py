"""Self-check of the Storyblok + Astro district-office portal: the fixture against itself only.

Why: a blind portal is crawled once before anyone reads it; a gold target that does not answer,
a gold paragraph the page does not print or an article no link reaches would waste that crawl.
The checks also pin the traps the module documents (full_slug twins with self-canonicals,
client-side category lists, articles only behind page 3, UTC stamps next to local dates).
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import storyblok_astro_pgd as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_FORM = re.compile(r'<form[^>]*action="([^"]*)"[^>]*method="get"', re.I)
_ASSET = re.compile(r"\.(webp|jpe?g|png|gif|ico|css|js|pdf|xml)$|^/cdn-img/", re.I)
_INLINE = re.compile(r"</?(a|b|i|em|strong|span|small|time|u|svg|use)\b[^>]*>", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text, whitespace collapsed: note calls (``<sup>``) dropped, inline tags glued."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.S)
    body = re.sub(r"<sup\b.*?</sup>", "", body, flags=re.S | re.I)
    body = _INLINE.sub("", body)
    body = re.sub(r"<[^>]+>", " ", body)
    text = _html.unescape(body).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def h1(body: str) -> str:
    m = re.search(r"<h1\b[^>]*>(.*?)</h1>", body, re.S)
    assert m, "page has no <h1>"
    return page_text(m.group(1))


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host links and GET forms from START_PATH; assets are not fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        ok.add(target)
        found = [_html.unescape(h) for h in _HREF.findall(body)]
        found += [a + "?q=" for a in _FORM.findall(body)]
        for href in found:
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc or _ASSET.search(parts.path):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return ok, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert "2026-10-01" <= (g["published_at"] or "2026-10-01")[:10] <= "2026-12-05"
        assert g["category"] in portal.CATS.values()
    paths = [p for g in portal.GOLD for p in (g["path"], *g.get("alt_paths", []))]
    assert len(paths) == len(set(paths))
    assert not set(paths) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"].split("/")[2][:40])
def test_gold_pages(server, g):
    status, body, _ = fetch(server, g["path"])
    assert status == 200
    assert h1(body) == g["title"]
    text = page_text(body)
    for para in g["body"].split("\n\n"):
        # a table row is printed cell by cell
        assert para in text or " ".join(para.split(" | ")) in text, para[:60]
    if g["summary"]:
        assert g["body"].startswith(g["summary"])
    raw = _html.unescape(body)
    for name in g["authors"] + g["photographers"]:
        assert name in raw
    if g["source"]:
        assert g["source"] in text
    for img in g["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
            assert img["caption"] not in g["body"]
    crumbs = re.search(r'<nav class="dhb".*?</nav>', body, re.S).group(0)
    assert g["category"] in page_text(crumbs)
    for alt in g["alt_paths"]:
        s2, b2, _ = fetch(server, alt)
        assert s2 == 200, alt
        assert h1(b2) == g["title"]


def test_dates_as_printed(server):
    for s, g in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, g["path"])
        assert f'<time datetime="{s.opts["utc"]}">{s.opts["dline"]}</time>' in body
        assert portal.TODAY in body
    # A3: the UTC stamp falls on the day before the local day printed
    a3 = portal.BY_ID[3]
    assert a3.opts["utc"].startswith("2026-11-30") and portal.GOLD[2]["published_at"].startswith("2026-12-01")
    # A2: the notice's letterhead day, not the posting day
    _, body, _ = fetch(server, portal.GOLD[1]["path"])
    assert "ngày 02 tháng 12 năm 2026" in body and portal.GOLD[1]["published_at"] == "2026-12-02"


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body
    for path in ("/khong-co/", "/tin-tuc/khong-co-bai-nay/", "/tin-tuc/trang-9/", "/tin-tuc/chuyen-mon/khong-co/"):
        assert fetch(server, path)[0] == 404, path
    status, _, headers = fetch(server, "/tin-tuc/" + portal.STORIES[0].slug)
    assert status == 301 and headers["Location"].endswith(portal.GOLD[0]["path"])


def test_reachable_within_budget(server):
    ok, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in ok or set(g["alt_paths"]) & ok, g["path"]
        assert g["path"] in ok, f"{g['path']} only reachable through a variant"
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_traps(server):
    a1 = portal.GOLD[0]
    # full_slug twin declares itself canonical
    _, twin, _ = fetch(server, a1["alt_paths"][0])
    assert f'rel="canonical" href="{server.base_url}{a1["alt_paths"][0]}"' in twin
    # category pages: client-side list, no article links
    _, cat, _ = fetch(server, "/tin-tuc/chuyen-mon/")
    assert 'client="only"' in cat
    cat = re.search(r"<main\b.*?</main>", cat, re.S).group(0)
    assert not any(g["path"] in cat or g["alt_paths"][0] in cat for g in portal.GOLD)
    # the five oldest posts are only on listing pages 2-3 (and text links on page-2 articles)
    hidden = [g for g in portal.GOLD if g["path"].split("/")[2] in {portal.BY_ID[i].slug for i in (8, 10, 11, 12, 13)}]
    _, home, _ = fetch(server, "/")
    _, p1, _ = fetch(server, "/tin-tuc/")
    _, p3, _ = fetch(server, "/tin-tuc/trang-3/")
    for g in hidden:
        assert g["path"] not in home + p1 + twin
        assert g["alt_paths"][0] not in home + p1 + twin
    for i in (10, 11, 12, 13):
        assert portal.GOLD[i - 1]["path"] in p3
    # the editor's preview link is in A8's text; the index.html link in A6's
    _, a8, _ = fetch(server, portal.GOLD[7]["path"])
    assert _html.escape(portal.PREVIEW_A12) in a8
    _, a6, _ = fetch(server, portal.GOLD[5]["path"])
    assert portal.INDEX_A11 in a6 and "<sup>" in a6
    # Storyblok editable comments and Astro islands are in the markup
    assert '<!--#storyblok#{"name": "richtext"' in a6 and "<astro-island" in a6
