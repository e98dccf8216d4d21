"""Self-check of the wp_the7_thcs fixture portal against itself (never the crawler).

Every gold target and alternative answers 200 and prints the gold's fields; the non-articles
answer 200; unknown paths 404; a link walk from the start page reaches every article within the
request budget; and the traps the module documents are really on the pages.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_the7_thcs as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\shref=(["'])(.*?)\1""", re.S | re.I)
_LINK = re.compile(r"""<link\b[^>]*?rel=["'](?:next|prev)["'][^>]*?href=["']([^"']+)["']""", re.I)
_STATIC = re.compile(r"\.(jpe?g|png|gif|pdf|css|js|ico|xml)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees: no scripts, no tags, entities decoded, NFC, whitespace collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", html.unescape(markup)))


def _targets() -> list[tuple[dict, str]]:
    out = []
    for record in portal.GOLD:
        out.append((record, record["path"]))
        out.extend((record, alt) for alt in record.get("alt_paths", []))
    return out


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert stamp.match(g["published_at"]), g["path"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["body"] and g["title"] == collapse(g["title"])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("record,target", _targets(), ids=lambda v: v if isinstance(v, str) else "")
def test_gold_target_serves_article(server, record, target):
    status, body, _ = fetch(server, target)
    assert status == 200, target
    text = page_text(body)
    assert record["title"] in text
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (target, cell)
    for name in record["authors"] + record["photographers"]:
        assert name in text
    raw = html.unescape(body)
    for img in record["images"]:
        assert img["path"] in raw
        if img["caption"]:
            assert img["caption"] in text
    if record["source"]:
        assert record["source"] in text


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"][:40])
def test_gold_page_fields(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = page_text(body)
    title_tag = page_text(re.search(r"<title>(.*?)</title>", body, re.S).group(1))
    assert title_tag.startswith(record["title"])
    day = record["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    crumbs = re.search(r'<ol class="breadcrumbs.*?</ol>', body, re.S).group(0)
    assert f'<span itemprop="name">{record["category"]}</span>' in crumbs
    canonical = re.search(r'<link rel="canonical" href="http://[^/"]+([^"]*)"', body).group(1)
    assert canonical == record["canonical_path"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<article" in body or "entry-content" in body


@pytest.mark.parametrize(
    "target",
    ["/khong-co-bai-nay/", "/category/tin-tuc/page/3/", "/category/khong-co/", "/tag/khong-co/",
     "/2026/12/", "/author/quantri/", "/khong-co-bai-nay/print/"],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_redirects(server):
    status, _, headers = fetch(server, "/gioi-thieu")
    assert status == 301 and headers["Location"] == "/gioi-thieu/"
    status, _, headers = fetch(server, f"/?p={portal.S_2011.id}")
    assert status == 301 and headers["Location"] == portal.post_path(portal.S_2011)
    status, _, headers = fetch(server, "/category/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/category/tin-tuc/"


def _walk(server) -> tuple[set[str], dict[str, set[str]]]:
    """Breadth-first walk of <a href> and rel=next/prev links from the start page."""
    start = portal.START_PATH
    seen = {start}
    linked_from: dict[str, set[str]] = {}
    queue = deque([start])
    fetched = set()
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched.add(target)
        if status != 200:
            continue
        hrefs = [m.group(2) for m in _HREF.finditer(body)] + _LINK.findall(body)
        for href in hrefs:
            href = html.unescape(href).strip()
            if not href or href.startswith(("#", "javascript:", "mailto:")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != f"{server.host}:{server.port}" or _STATIC.search(parts.path):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return fetched, linked_from


def test_every_article_reachable_within_budget(server):
    fetched, linked_from = _walk(server)
    for record in portal.GOLD:
        assert record["path"] in fetched, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in fetched, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(fetched) <= budget, (len(fetched), budget)
    # three articles are linked only from page 2 of their category's archive
    for story in (portal.S_DENHUNG, portal.S_DUOINUOC, portal.S_AI):
        path = portal.post_path(story)
        sources = {s for s in linked_from[path] if not s.startswith(path)}
        assert sources and all("/page/2/" in s for s in sources), (path, sources)


def test_traps_are_on_the_pages(server):
    # 1. custom fancy title: the h1 is the section, the headline sits in the content
    _, body, _ = fetch(server, portal.post_path(portal.S_NGUVAN))
    assert re.search(r'<h1 class="fancy-title entry-title"[^>]*><span>HOẠT ĐỘNG CHUYÊN MÔN</span></h1>', body)
    assert 'class="dt-fancy-title bg-on"' in body
    # 2. Yoast in UTC: the midnight post reads as the day before
    _, body, _ = fetch(server, portal.post_path(portal.S_HKPD))
    assert 'content="2026-10-23T17:00:00+00:00"' in body
    assert 'datetime="2026-10-24T00:00:00+07:00"' in body and 'title="12:00 sáng"' in body
    # 3. official notice: the letterhead's day differs from the post's date
    _, body, _ = fetch(server, portal.post_path(portal.S_CMHS))
    assert "ngày 30 tháng 11 năm 2026" in body and ">01/12/2026</time>" in body
    # 4. duplicates: reply views are noindex, the upper-case percent form serves the same post
    _, body, _ = fetch(server, portal.post_path(portal.S_2011) + "?replytocom=57")
    assert "noindex, follow" in body and "Trả lời Phụ huynh lớp 8A2" in body
    assert "%e1%ba%bf" in portal.post_path(portal.S_HSG)
    # 5. dead shortcodes
    _, body, _ = fetch(server, portal.post_path(portal.S_NCBH))
    assert "[dt_quote type=" in body and "[dt_divider" in body
    # 6. Facebook emoji pictures as bullets
    _, body, _ = fetch(server, portal.post_path(portal.S_KHKT))
    assert 'alt="🏆"' in body and "emoji.php" in body
    # 7. lazy images: placeholder in src, photo in data-src
    _, body, _ = fetch(server, portal.post_path(portal.S_KHNHO))
    assert "lazy_placeholder.gif" in body and 'data-src="/wp-content/uploads/2026/11/ke-hoach-nho' in body
    # 10. decomposed text on the page, composed in the gold
    _, body, _ = fetch(server, portal.post_path(portal.S_DENHUNG))
    assert unicodedata.normalize("NFD", "Khu di tích lịch sử Đền Hùng") in body


def test_images_are_served(server):
    for record in portal.GOLD:
        for img in record["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
