"""Self-checks of the wp_astra_spectra_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_astra_spectra_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
_INLINE = re.compile(r"</?(?:a|strong|em|span|b|i|u|sup|sub)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r"""<a\b[^>]*?\bhref=["']([^"']+)["']""", re.I)


def page_text(body: str) -> str:
    """The page's visible text, entity-decoded, NFC, whitespace collapsed."""
    plain = _TAG.sub(" ", _INLINE.sub("", _SCRIPT.sub(" ", body)))
    return collapse(unicodedata.normalize("NFC", html.unescape(plain)))


def h1(body: str) -> str:
    m = re.search(r'<h1 class="entry-title"[^>]*>(.*?)</h1>', body, re.S)
    assert m, "no h1.entry-title"
    return page_text(m.group(1))


def entry_content(body: str) -> str:
    start = body.index('<div class="entry-content clear"')
    end = body.index('<div class="addtoany_share_save_container', start)
    return body[start:end]


def local_links(server: PortalServer, base_target: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        absolute = urljoin(server.url(base_target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(("/wp-content/", "/wp-includes/")):
            continue
        out.append(target)
    return out


def crawl(server: PortalServer) -> set[str]:
    seen: set[str] = set()
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urlsplit(urljoin(server.url(target), headers["Location"])).path)
            continue
        assert status == 200, target
        queue.extend(t for t in local_links(server, target, body) if t not in seen)
    return seen


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"])
def test_gold_pages_answer_with_their_headline(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert h1(body) == record["title"], target
        assert f'/{record["path"].strip("/")}/" />' in body  # canonical to the pretty URL


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"])
def test_gold_fields_are_on_the_page(server, record):
    _, body, _ = fetch(server, record["path"])
    content = page_text(entry_content(body))
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in content, cell[:60]
    if record["summary"]:
        assert record["body"].startswith(record["summary"])
        assert re.search(r"<p[^>]*><strong>", entry_content(body))
    for name in record["authors"] + record["photographers"]:
        assert name in content, name
    if record["source"]:
        assert f"Nguồn: {record['source']}" in content
    for img in record["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in content
    crumbs = re.search(r'<span id="breadcrumbs">(.*?)</div>', body, re.S).group(1)
    assert record["category"] in page_text(crumbs)
    # the byline is never the CMS account the meta line prints
    assert "quantri" not in record["authors"]


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"])
def test_published_at_matches_the_yoast_time(server, record):
    _, body, _ = fetch(server, record["path"])
    utc = re.search(r'article:published_time" content="([^"]+)"', body).group(1)
    assert utc.endswith("+00:00")
    local = datetime.fromisoformat(utc[:19]) + timedelta(hours=7)
    visible = re.search(r'<span class="published" itemprop="datePublished"> ([^<]+) </span>', body).group(1)
    assert visible == portal._vi_date(local)
    if len(record["published_at"]) > 10:
        assert record["published_at"] == local.strftime("%Y-%m-%dT%H:%M:%S+07:00")
    else:  # the notice: the letterhead's day
        d = datetime.fromisoformat(record["published_at"])
        assert f"ngày {d.day} tháng {d.month} năm {d.year}" in page_text(body)


def test_early_posts_cross_the_utc_day(server):
    crossing = [r for r in portal.GOLD if len(r["published_at"]) > 10 and int(r["published_at"][11:13]) < 7]
    assert len(crossing) >= 3
    for record in crossing:
        _, body, _ = fetch(server, record["path"])
        utc = re.search(r'article:published_time" content="([^"]+)"', body).group(1)
        assert utc[:10] != record["published_at"][:10]


def test_every_gold_article_and_non_article_is_reachable(server):
    seen = crawl(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    pages = len(seen)
    assert pages <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_behind_page_two(server):
    front_pages = ["/", "/tin-tuc-su-kien/", *(f"/category/{c}/" for c in portal.CATS)]
    front_pages += [r["path"] for r in portal.GOLD] + list(portal.NON_ARTICLES)
    linked = set()
    for target in front_pages:
        _, body, _ = fetch(server, target)
        linked.update(t for t in local_links(server, target, body) if urlsplit(t).path != target)
    hidden = [r["path"] for r in portal.GOLD if r["path"] not in linked]
    assert len(hidden) >= 3, hidden
    _, body, _ = fetch(server, "/tin-tuc-su-kien/?pg-b7e2f1c9=3")
    for path in hidden:
        assert path in body or path in fetch(server, "/tin-tuc-su-kien/?pg-b7e2f1c9=2")[1]


def test_archives_paginate_only_by_load_more_and_rel_next(server):
    status, body, _ = fetch(server, "/category/tin-hoat-dong/")
    assert status == 200
    assert 'class="ast-load-more active"' in body
    assert 'href="/category/tin-hoat-dong/page/2/"' not in body
    assert re.search(r'<link rel="next" href="http://[^"]+/category/tin-hoat-dong/page/2/"', body)
    status, body, _ = fetch(server, "/category/tin-hoat-dong/page/2/")
    assert status == 200 and "/tong-ket-cong-tac-thi-dua-khen-thuong-nam-hoc-2025-2026/" in body
    assert fetch(server, "/category/tin-hoat-dong/page/3/")[0] == 404
    assert fetch(server, "/category/tin-hoat-dong/page/1/")[0] == 301


def test_grid_states_are_bounded(server):
    states = {t for t in crawl(server) if t.startswith("/tin-tuc-su-kien/")}
    assert len(states) == 6, states
    assert fetch(server, "/tin-tuc-su-kien/?pg-b7e2f1c9=4")[0] == 404
    assert fetch(server, "/tin-tuc-su-kien/?pg-4ac90d12=3")[0] == 404


def test_attachment_pages_look_like_posts_but_are_not_gold(server):
    gold_paths = {r["path"] for r in portal.GOLD}
    for path in portal.NON_ARTICLES:
        assert path not in gold_paths
        status, body, _ = fetch(server, path)
        assert status == 200, path
    status, body, _ = fetch(server, portal.NON_ARTICLES[-1])
    assert "single-attachment" in body and h1(body) == "IMG_5634"


def test_two_category_post_lists_both_but_breadcrumb_one(server):
    record = next(r for r in portal.GOLD if "tuy-duc" in r["path"])
    _, body, _ = fetch(server, record["path"])
    meta = re.search(r'<span class="ast-terms-link">(.*?)</span></div>', body).group(1)
    assert "Đào tạo – Bồi dưỡng" in page_text(meta) and "Tin hoạt động" in page_text(meta)
    assert record["category"] == "Tin hoạt động"
    for cat in ("tin-hoat-dong", "dao-tao-boi-duong"):
        assert record["path"] in fetch(server, f"/category/{cat}/")[1]


def test_seo_titles_differ_from_headlines(server):
    differing = 0
    for record in portal.GOLD:
        _, body, _ = fetch(server, record["path"])
        title = collapse(html.unescape(re.search(r"<title>(.*?)</title>", body).group(1)))
        if not title.startswith(record["title"]):
            differing += 1
    assert differing == 2


def test_nfd_article_is_decomposed_on_the_page(server):
    record = next(r for r in portal.GOLD if "mat-tran" in r["path"])
    _, body, _ = fetch(server, record["path"])
    assert unicodedata.normalize("NFD", "Mặt trận") in body
    assert unicodedata.normalize("NFC", "Mặt trận") not in entry_content(body)


def test_unknown_paths_are_404(server):
    for target in [
        "/khong-co-bai-nay/",
        "/category/khong-co/",
        "/?p=999999",
        "/?foo=bar",
        "/be-mac-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026/img_9999/",
        "/ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/?replytocom=1",
        "/tin-tuc-su-kien/?pg-b7e2f1c9=x",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_site_odds_and_ends(server):
    assert fetch(server, "/author/quantri/")[0] == 301
    status, body, _ = fetch(server, "/feed/")
    assert status == 200 and body.count("<item>") == portal.FEED_ITEMS
    assert fetch(server, "/?s=")[0] == 200
    assert fetch(server, "/wp-content/uploads/2026/12/IMG_5621-1024x683.jpg")[0] == 200
    assert fetch(server, "/wp-content/uploads/2026/12/TB-215-TCT.pdf")[0] == 200
    assert fetch(server, "/gioi-thieu")[0] == 301
    _, body, _ = fetch(server, "/")
    assert "Thứ Bảy, 05/12/2026" in body
