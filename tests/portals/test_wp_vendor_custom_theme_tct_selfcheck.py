"""Self-checks of the wp_vendor_custom_theme_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_vendor_custom_theme_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(markup: str) -> str:
    """The page's text as a reader sees it: no tags, references decoded, NFC, spaces collapsed."""
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(html.unescape(_TAG.sub(" ", markup)))


def _inline_plain(markup: str) -> str:
    """Like _plain but inline tags (a, strong, em, span) glue to their neighbours."""
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup, flags=re.I)  # a row's cells
    markup = re.sub(r"</?(a|strong|em|span|b|i|u)\b[^>]*>", "", markup, flags=re.I)
    return collapse(html.unescape(_TAG.sub(" ", markup)))


def _target(server: PortalServer, href: str) -> str | None:
    absolute = urljoin(server.url("/"), html.unescape(href))
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.url("/")).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer, limit: int = 200) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _target(server, headers.get("Location", ""))
            seen[target] = ""
            if nxt:
                queue.append(nxt)
            continue
        seen[target] = body if status == 200 else ""
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            nxt = _target(server, href)
            if nxt and not nxt.startswith("/wp-content/") and nxt not in seen:
                queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert {g["category"] for g in portal.GOLD} == {
        portal.CAT_NEWS,
        portal.CAT_RESEARCH,
        portal.CAT_NOTICE,
    }


def test_gold_paths_answer_with_title(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        assert gold["title"] in _plain(body), gold["path"]
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in _plain(body), alt


def test_every_gold_article_is_reachable_from_start(server):
    seen = _crawl(server)
    reached = {t for t, body in seen.items() if body}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    # the crawl stays bounded (3 x (13 + NON_ARTICLES) pages for a sensible crawler)
    pages = [t for t in seen if not t.startswith("/wp-content/")]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_page_two_only_articles():
    """T5, T6 and A3 are linked only from page 2 of their listings; R4 only from R3."""
    site = portal.build_site()
    from crawler.demo.server import Request

    def body(target: str) -> str:
        path, _, query = target.partition("?")
        resp = site.respond(Request("GET", path, query, {"Host": "127.0.0.1:9"}))
        return resp.payload().decode("utf-8")

    first_pages = ["/", "/chuyen-muc/tin-tuc-su-kien/", "/thong-bao/", "/feed/"]
    first_pages += [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    hidden = [portal.T5, portal.T6, portal.A3]
    for target in first_pages:
        page = body(target)
        for story in hidden:
            if target != portal.path_of(story):
                assert portal.path_of(story) not in page, (target, story.slug)
    assert portal.path_of(portal.T5) in body("/chuyen-muc/tin-tuc-su-kien/page/2/")
    assert portal.path_of(portal.A3) in body("/thong-bao/page/2/")
    # the research archive's page 2 repeats page 1: R4 is in no listing, only behind R3's link
    r4 = portal.path_of(portal.R4)
    assert r4 not in body("/chuyen-muc/nghien-cuu-trao-doi/")
    assert r4 not in body("/chuyen-muc/nghien-cuu-trao-doi/page/2/")
    assert r4 not in body("/")
    assert r4 in body(portal.path_of(portal.R3))


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        body = fetch(server, gold["path"])[1]
        pages = [body]
        for alt in gold.get("alt_paths", []):
            if re.fullmatch(r"/[^/]+/\d+/", alt):
                pages.append(fetch(server, alt)[1])
        text = " ".join(_inline_plain(p) for p in pages)
        for para in gold["body"].split("\n\n"):
            assert para in text, (gold["path"], para[:60])
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        for img in gold["images"]:
            assert f'data-lazy-src="{server.base_url}{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        if "T" in (gold["published_at"] or ""):
            assert unicodedata.is_normalized("NFC", gold["body"])


def test_dates_as_printed(server):
    """Posts print the vi-locale long date with sáng/chiều; announcements the day."""
    expected = {
        portal.path_of(portal.T1): "Thứ Năm, 3 Tháng Mười Hai, 2026 lúc 9:05 sáng",
        portal.path_of(portal.T3): "Thứ Ba, 24 Tháng Mười Một, 2026 lúc 12:40 chiều",
        portal.path_of(portal.T2): "Thứ Bảy, 28 Tháng Mười Một, 2026 lúc 2:30 chiều",
        portal.path_of(portal.A2): "Ngày đăng: 27/11/2026",
        portal.path_of(portal.A1): "Kon Tum, ngày 02 tháng 12 năm 2026",
    }
    for path, line in expected.items():
        assert line in _plain(fetch(server, path)[1]), path
    body = fetch(server, portal.path_of(portal.T1))[1]
    assert 'datetime="2026-12-03T09:05:00+00:00"' in body  # the theme's wrong offset
    assert 'content="2026-12-03T02:05:00+00:00"' in body  # Yoast's right UTC instant


def test_traps_present(server):
    t1 = fetch(server, portal.path_of(portal.T1))[1]
    assert '<span class="nhan-moi badge badge-danger">MỚI</span></h1>' in t1
    assert "Nghe bài viết" in t1 and 'class="wp-caption-text"' in t1
    assert f"{server.base_url}/?p={portal.T1.id}" in t1
    r1 = fetch(server, portal.path_of(portal.R1))[1]
    assert 'id="ez-toc-container"' in r1
    r2 = fetch(server, portal.path_of(portal.R2))[1]
    assert f'href="{server.base_url}/{portal.R2.slug}/2/"' in r2
    status, _, headers = fetch(server, f"/{portal.R2.slug}/amp/")
    assert status == 302 and headers["Location"].endswith(f"/{portal.R2.slug}/")
    home = fetch(server, "/")[1]
    assert f'href="{server.base_url}/?p={portal.A1.id}"' in home
    t2 = fetch(server, portal.path_of(portal.T2))[1]
    assert _inline_plain(t2).count(portal.T2.summary) == 2  # the lead printed twice
    r_p1 = _plain(fetch(server, "/chuyen-muc/nghien-cuu-trao-doi/")[1])
    r_p2 = _plain(fetch(server, "/chuyen-muc/nghien-cuu-trao-doi/page/2/")[1])
    assert portal.R1.title in r_p1 and portal.R1.title in r_p2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "page-template-default page " in body


def test_unknown_paths_404(server):
    for target in [
        "/khong-co-trang-nay/",
        "/chuyen-muc/tin-tuc-su-kien/page/3/",
        "/chuyen-muc/nghien-cuu-trao-doi/page/3/",
        "/thong-bao/page/3/",
        "/thong-bao/khong-co/",
        "/?p=99999",
        f"/{portal.T1.slug}/2/",
        "/chuyen-muc/khong-co/",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_slashless_redirects(server):
    status, _, headers = fetch(server, f"/{portal.T1.slug}")
    assert status == 301 and headers["Location"].endswith(f"/{portal.T1.slug}/")


def test_feed_and_static(server):
    status, body, headers = fetch(server, "/feed/")
    assert status == 200 and "application/rss+xml" in headers["Content-Type"]
    assert body.count("<item>") == 5
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"

