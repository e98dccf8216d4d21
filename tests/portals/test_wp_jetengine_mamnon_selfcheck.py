"""Self-checks of the wp_jetengine_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_jetengine_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text: scripts, noscript and tags out, entities decoded, collapsed."""
    page = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<br\s*/?>", "\n", page)
    page = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", page)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', page) + re.findall(r"href='([^']*)'", page):
        href = html.unescape(href)
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        parts = urlsplit(urljoin("http://h" + here, href))
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer, start: str, skip: set[str] = frozenset()) -> tuple[set[str], int]:
    seen, queue, pages = {start}, deque([start]), 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, target):
            if link in seen or link in skip or ASSET.search(urlsplit(link).path) or link.startswith(("/wp-json/", "/feed/")):
                continue
            if "/feed/" in link:
                continue
            seen.add(link)
            queue.append(link)
    return seen, pages


def test_shape():
    assert portal.NAME == "wp_jetengine_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title_and_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="elementor-heading-title[^"]*">(.*?)</h1>', body).group(1)
    assert collapse(html.unescape(h1)) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body or f'data-lazy-src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn tin: {gold['source']}" in text
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].startswith(gold["summary"])
    assert gold["category"] in text
    crumb = re.search(r'<p id="breadcrumbs">(.*?)</p>', body, re.S).group(1)
    assert f">{html.escape(gold['category'])}</a>" in crumb
    # the printed date and time say what published_at says (the notice: its letterhead's day)
    pub = gold["published_at"]
    if "T" in pub:
        day, clock = pub[:10].split("-"), pub[11:16]
        y, m, d = (int(x) for x in day)
        assert f"{portal.MONTHS_VI[m]} {d}, {y}" in text
        hh, mm = (int(x) for x in clock.split(":"))
        assert f"{hh % 12 or 12}:{mm:02d} {'sáng' if hh < 12 else 'chiều'}" in text
    else:
        y, m, d = pub.split("-")
        assert f"ngày {d} tháng {m} năm {y}" in text


def test_alt_paths_serve_the_same_article(server):
    alts = [(g, a) for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == 3
    for gold, alt in alts:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body
        assert gold["body"].split("\n\n")[-1] in _text(body)


def test_shortlink_and_slashless_redirect(server):
    for gold in portal.GOLD:
        story = portal.BY_SLUG[gold["path"].split("/")[2]]
        status, _, headers = fetch(server, f"/?p={story.opts['id']}")
        assert status == 301 and headers["Location"] == gold["path"]
        status, _, headers = fetch(server, gold["path"].rstrip("/"))
        assert status == 301 and headers["Location"] == gold["path"]


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server, portal.START_PATH)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_oldest_posts_only_behind_page_two(server):
    page2 = "/danh-muc-tin/hoat-dong-cua-be/page/2/"
    seen, _ = _crawl(server, portal.START_PATH, skip={page2})
    hidden = {g["path"] for g in portal.GOLD} - seen
    assert hidden == {f"/tin-tuc/{s.slug}/" for s in portal.STORIES[10:]}


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "<h1" in body


def test_load_more_ajax(server):
    status, body, _ = fetch(server, "/hoat-dong/")
    assert status == 200 and "Tải thêm" in body
    assert body.count("jet-listing-grid__item ") == portal.GRID_FIRST
    data = b"action=jet_engine_ajax&handler=listing_load_more&page=2&query%5Bpost_type%5D=tin-tuc"
    req = urllib.request.Request(server.url("/wp-admin/admin-ajax.php"), data=data, method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        raw = resp.read().decode("utf-8")
    assert "\\/tin-tuc\\/" in raw
    payload = json.loads(raw)
    assert payload["success"] and f"/tin-tuc/{portal.STORIES[6].slug}/" in payload["data"]["html"]
    assert fetch(server, "/wp-admin/admin-ajax.php")[0] == 400


def test_traps_are_in_the_markup(server):
    body = fetch(server, "/tin-tuc/ngay-hoi-halloween-cua-cac-be/")[1]
    assert "&#x1f383;" in body and 'alt="👉"' in body
    body = fetch(server, "/tin-tuc/hoi-thi-be-khoe-be-ngoan-cap-truong/")[1]
    assert "Ngày tổ chức: 28/11/2026" in body and "12:10 chiều" in body
    assert "blocks-gallery-caption" in body and "article:published_time\" content=\"2026-12-01T05:10:00+00:00" in body
    body = fetch(server, "/tin-tuc/be-lop-choi-1-trai-nghiem-lam-banh-quy/")[1]
    assert "data:image/svg+xml" in body and "[&hellip;]" in body and "bbt_hoaphuong" in body


def test_unknown_paths_404(server):
    for path in ("/tin-tuc/khong-co-bai-nay/", "/danh-muc-tin/khong-co/", "/danh-muc-tin/thong-bao/page/2/", "/abc/", "/?tin-tuc=khong-co", "/?p=1"):
        assert fetch(server, path)[0] == 404, path
    assert fetch(server, "/danh-muc-tin/su-kien/page/1/")[0] == 301
