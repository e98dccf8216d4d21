"""Self-checks of the xenforo_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import xenforo_thcs as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(a|link)\b([^>]*?)\bhref=["']([^"'#]*)["']([^>]*)>""", re.I)
_ACTION = re.compile(r"""<form\b[^>]*\baction=["']([^"']+)["'][^>]*method=["']get["']""", re.I)
_FILES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|rss)$|/attachments/|/proxy\.php|/full$|/download$|\.php$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """The page's text as a reader sees it (tags dropped, emoji images as their alt), NFC."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r'<img[^>]*class="smilie smilie--emoji"[^>]*alt="([^"]+)"[^>]*>', r"\1", page)
    page = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", page)  # table cells as the gold joins them
    page = re.sub(r"<[^>]+>", " ", page)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", _html.unescape(page)))


def _links(page: str, base: str, follow_nofollow: bool) -> list[str]:
    out = []
    for tag, before, href, after in _HREF.findall(page):
        if tag.lower() == "link" and "next" not in before + after and "prev" not in before + after:
            continue
        if not follow_nofollow and "nofollow" in before + after:
            continue
        out.append(href)
    out += _ACTION.findall(page)
    targets = []
    for href in out:
        absolute = urljoin(base, _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
            continue
        targets.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return targets


def _crawl(server, follow_nofollow: bool) -> tuple[set[str], int]:
    """Breadth-first crawl from START_PATH following redirects; returns HTML targets seen and request count."""
    seen: set[str] = set()
    pages: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen or _FILES.search(urlsplit(target).path):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302, 303):
            location = headers.get("Location", "")
            parts = urlsplit(urljoin(server.url(target), location))
            if parts.netloc == urlsplit(server.url("/")).netloc:
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages.add(target)
        queue.extend(_links(body, server.url(target), follow_nofollow))
    return pages, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split(".")[-1])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = _visible(page)
        assert gold["title"] in text
        assert f'<link rel="canonical" href="{server.url(gold["canonical_path"])}"' in page
    status, page, _ = fetch(server, gold["path"])
    text = _visible(page)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for img in gold["images"]:
        assert _html.escape(img["path"]) in page or img["path"] in page, img
        if img["caption"]:
            assert img["caption"] in text
        assert fetch(server, img["path"])[0] == 200
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    assert gold["category"] in text


def test_published_dates_are_printed(server):
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        day = gold["published_at"][:10]
        if len(gold["published_at"]) > 10:
            stamp = gold["published_at"].replace("+07:00", "+0700")
            assert f'datetime="{stamp}"' in page, gold["path"]
        elif gold["path"].endswith(f".{portal.B1.id}/"):
            assert "ngày 28 tháng 11 năm 2026" in page
        else:
            assert f'datetime="{day}T00:00:00+0700"' in page


def test_every_gold_article_is_reachable(server):
    pages, _ = _crawl(server, follow_nofollow=False)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path


def test_page2_only_articles(server):
    """A5 and B5 are linked from page 2 of their forum and from no other listing page."""
    for st in (portal.A5, portal.B5):
        target = portal.thread_url(st)
        fid = int(st.cat)
        _, page2, _ = fetch(server, portal.forum_url(fid, 2))
        assert f'href="{target}"' in page2
        for other in ["/", "/whats-new/", portal.forum_url(fid), "/forums/-/index.rss"]:
            assert target not in fetch(server, other)[1], other


def test_crawl_budget(server):
    limit = 3 * (13 + len(portal.NON_ARTICLES))
    _, polite = _crawl(server, follow_nofollow=False)
    assert polite <= limit, polite
    _, greedy = _crawl(server, follow_nofollow=True)
    assert greedy <= limit + 20, greedy


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in page


def test_redirects(server):
    c1 = portal.C1
    stub_id, old_title = c1.opts["stub"]
    status, _, headers = fetch(server, f"/threads/{portal.romanize(old_title)}.{stub_id}/")
    assert status == 301 and headers["Location"] == portal.thread_url(c1)
    status, _, headers = fetch(server, f"/threads/{c1.id}/")
    assert status == 301 and headers["Location"] == portal.thread_url(c1)
    status, _, headers = fetch(server, f"/index.php?threads/{portal.B4.slug}.{portal.B4.id}/")
    assert status == 301 and headers["Location"] == portal.thread_url(portal.B4)
    status, _, headers = fetch(server, portal.thread_url(portal.B2, "latest"))
    assert status == 302 and headers["Location"].endswith("post-491")


def test_unknown_paths_404(server):
    for target in [
        "/threads/khong-co.9999/",
        "/forums/khong-co.99/",
        "/forums/thong-bao.4/page-3",
        "/khong-ton-tai.html",
        portal.thread_url(portal.A1, "post-999"),
        "/media/khong-co.999/",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_slugs_follow_titles():
    for st in portal.STORIES:
        assert portal.romanize(st.title) == st.slug


def test_traps_are_printed(server):
    _, a2, _ = fetch(server, portal.thread_url(portal.A2))
    assert 'class="smilie smilie--emoji" loading="lazy" alt="👏"' in a2
    assert 'data-src="/attachments/' in a2 and 'class="bbImage lazyload"' in a2
    assert "Hôm qua lúc 16:40" in a2
    _, b1, _ = fetch(server, portal.thread_url(portal.B1))
    assert "Quan trọng" in b1 and "Nơi nhận" in b1 and "Đính kèm" in b1
    _, a5, _ = fetch(server, portal.thread_url(portal.A5))
    assert unicodedata.normalize("NFD", "Hội nghị") in a5
    _, d1, _ = fetch(server, portal.thread_url(portal.D1))
    assert "message-signature" in d1 and "bbCodeSpoiler" in d1
