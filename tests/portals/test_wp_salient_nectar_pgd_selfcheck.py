"""Self-checks of the wp_salient_nectar_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_salient_nectar_pgd as portal
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<!--.*?-->", " ", markup)
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain.replace("\xa0", " "))).strip()


def links(markup: str, page_url: str, host: str) -> list[str]:
    """Same-host targets of a[href] and iframe[src] (what a reader's browser follows)."""
    found = re.findall(r"<a\b[^>]*?\bhref=([\"'])(.*?)\1", markup, flags=re.S)
    found += re.findall(r"<iframe\b[^>]*?\bsrc=([\"'])(.*?)\1", markup, flags=re.S)
    out = []
    for _, raw in found:
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if parts.netloc != host or parts.path.lower().endswith(STATIC):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> tuple[set[str], int]:
    host = urlsplit(server.base_url).netloc
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        requests += 1
        assert requests < 400, "the crawl does not end"
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            parts = urlsplit(urljoin(server.url(target), headers["Location"]))
            if parts.netloc == host:
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        queue.extend(t for t in links(body, server.url(target), host) if t not in seen)
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    for g in portal.GOLD:
        assert g["body"] and g["title"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 14
    assert next(g for g in portal.GOLD if g["path"] == f"/{portal.S4.slug}/")[
        "published_at"
    ] == "2026-11-30"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:40])
def test_gold_page(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = page_text(body)
    h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, flags=re.S)
    assert h1 and page_text(h1.group(1)) == gold["title"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    rows = [page_text(r) for r in re.findall(r"(?s)<tr>.*?</tr>", body)]
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in one row of the page
            assert page_text(para.replace(" | ", " ")) in rows, para[:60]
        else:
            assert para in text, para[:60]
    for img in gold["images"]:
        assert f'"{server.base_url}{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        leads = [page_text(b) for b in re.findall(r"(?s)<p><strong>(.*?)</strong></p>", body)]
        assert gold["summary"] in leads
    # the category the breadcrumb prints
    crumbs = re.search(r'<p id="breadcrumbs".*?</p>', body, flags=re.S).group(0)
    assert gold["category"] in page_text(crumbs)


def test_printed_dates_and_utc_meta(server):
    story = portal.S2
    _, body, _ = fetch(server, f"/{story.slug}/")
    assert '<span class="meta-date date published">Tháng Mười Hai 3, 2026</span>' in body
    assert "Tháng Mười Hai 4th, 2026" in body
    assert 'content="2026-12-02T23:20:00+00:00"' in body
    _, body, _ = fetch(server, f"/{portal.S13.slug}/")
    assert '<span class="meta-date date published">Tháng Mười 12, 2026</span>' in body
    assert '"datePublished": "2026-10-11T22:45:00+00:00"' in body.replace("\\/", "/")


def test_lazy_images_and_hero(server):
    _, body, _ = fetch(server, f"/{portal.S2.slug}/")
    assert 'src="data:image/gif;base64,' in body and "<noscript><img" in body
    assert "background-image: url(" in body
    _, body, _ = fetch(server, f"/{portal.S7.slug}/")
    assert "data-nectar-img-src=" in body and "data:image/svg+xml" in body


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")],
                         ids=lambda g: g["path"][1:40])
def test_alt_paths_serve_the_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
        assert gold["title"] in page_text(body)


def test_share_and_shortlinks_redirect(server):
    status, _, headers = fetch(server, f"/{portal.S2.slug}/?share=facebook&nb=1")
    assert status == 302 and headers["Location"].startswith("https://www.facebook.com/sharer")
    status, _, headers = fetch(server, f"/?p={portal.S2.id}")
    assert status == 301 and headers["Location"].endswith(f"/{portal.S2.slug}/")
    status, _, headers = fetch(server, f"/{portal.S2.slug}")
    assert status == 301 and headers["Location"].endswith(f"/{portal.S2.slug}/")
    status, _, headers = fetch(server, "/chuyen-muc/tin-giao-duc/page/1/")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/tin-giao-duc/")


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="post-area' in body or "wpb_row" in body
        assert "single-post" not in body


def test_unknown_paths_404(server):
    for path in (
        "/khong-co-bai-viet-nay/",
        "/chuyen-muc/tin-giao-duc/page/3/",
        "/chuyen-muc/hoat-dong-chuyen-mon/page/9/",
        "/chuyen-muc/khong-ton-tai/",
        "/the/khong-ton-tai/",
        "/tac-gia/admin/",
        f"/{portal.S3.slug}/khong-co/",
        f"/{portal.S2.slug}/?share=twitter",
        "/?p=1",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_everything_reachable_within_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests
    print(f"{requests} requests for the whole crawl")


def test_some_articles_only_behind_load_more(server):
    host = urlsplit(server.base_url).netloc
    first_pages = ["/", *(f"/chuyen-muc/{c}/" for c in portal.CATS)]
    linked = set()
    for page in first_pages:
        _, body, _ = fetch(server, page)
        linked |= set(links(body, server.url(page), host))
    hidden = [portal.S9, portal.S11, portal.S13]
    for story in hidden:
        assert f"/{story.slug}/" not in linked
        _, body, _ = fetch(server, f"/chuyen-muc/{story.cat}/page/2/")
        assert f"/{story.slug}/" in links(body, server.url("/"), host)
    _, body, _ = fetch(server, "/chuyen-muc/tin-giao-duc/")
    more = re.search(r'<a class="load-more[^"]*" href="([^"]+)"', body)
    assert more and more.group(1).endswith("/chuyen-muc/tin-giao-duc/page/2/")
    assert 'class="page-numbers' not in body


def test_multi_category_post(server):
    _, body, _ = fetch(server, f"/{portal.S3.slug}/")
    meta = re.search(r'<span class="meta-category">(.*?)</span>', body).group(1)
    assert page_text(meta).startswith("Hoạt động chuyên môn")
    for cat in ("tin-giao-duc", "hoat-dong-chuyen-mon"):
        _, listing, _ = fetch(server, f"/chuyen-muc/{cat}/")
        assert f"/{portal.S3.slug}/" in listing


def test_header_today_and_chrome(server):
    _, body, _ = fetch(server, "/")
    assert portal.HEADER_TODAY in body
    assert "Tổng truy cập" in body and "Đang online" in body
    assert 'id="breadcrumbs"' not in body
