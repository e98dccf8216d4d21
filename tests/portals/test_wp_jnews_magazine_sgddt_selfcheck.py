"""Self-checks of the wp_jnews_magazine_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
import urllib.request
from collections import deque
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_jnews_magazine_sgddt as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch

ICT = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain.replace("\xa0", " ")))


def _links(markup: str, page_url: str, host: str) -> list[str]:
    out = []
    for href in re.findall(r"""<a\b[^>]*?\bhref=["']([^"']+)["']""", markup, flags=re.I):
        href = _html.unescape(href)
        if href.startswith(("#", "mailto:", "javascript:")):
            continue
        absolute = urljoin(page_url, href)
        parts = urlsplit(absolute)
        if parts.netloc != host:
            continue
        last = parts.path.rsplit("/", 1)[-1]
        if "." in last:  # files: images, PDFs
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue_target = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if queue_target not in seen:
                seen.add(queue_target)
                queue.append(queue_target)
            continue
        if status != 200:
            continue
        for link in _links(body, server.url(target), host):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return seen, requests


def test_counts_and_names():
    assert portal.NAME == "wp_jnews_magazine_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source


def test_gold_pages_answer_with_title(server):
    for rec in portal.GOLD:
        status, body, _ = fetch(server, rec["path"])
        assert status == 200, rec["path"]
        h1 = re.search(r'<h1 class="jeg_post_title">(.*?)</h1>', body, re.S)
        assert h1 and _page_text(h1.group(1)).strip() == rec["title"], rec["path"]
        assert f'href="{server.base_url}{rec["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for rec in portal.GOLD:
        for alt in rec["alt_paths"]:
            status, body, headers = fetch(server, alt)
            if alt.startswith("/?p="):
                assert status == 301 and headers["Location"] == rec["path"], alt
                continue
            assert status == 200, alt
            assert rec["title"] in _page_text(body), alt
            assert f'rel="canonical" href="{server.base_url}{rec["canonical_path"]}"' in body, alt


def test_gold_fields_appear_on_the_page(server):
    for rec in portal.GOLD:
        _, body, _ = fetch(server, rec["path"])
        page = _page_text(body)
        for para in rec["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in page, (rec["path"], piece)
        if rec["summary"]:
            assert rec["summary"] in page
        for name in rec["authors"] + rec["photographers"]:
            assert name in page, (rec["path"], name)
        if rec["source"]:
            assert rec["source"] in page
        for img in rec["images"]:
            assert f'data-src="{img["path"]}"' in body or f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in page, img
        crumbs = re.search(r'<div id="breadcrumbs">(.*?)</div>', body, re.S).group(1)
        assert _page_text(crumbs).strip().endswith(rec["category"]), rec["path"]
        meta = re.search(r'article:published_time" content="([^"]+)"', body).group(1)
        instant = datetime.fromisoformat(meta).astimezone(ICT)
        if "T" in rec["published_at"]:
            assert instant.isoformat() == rec["published_at"], rec["path"]
        else:
            day = datetime.fromisoformat(rec["published_at"])
            assert f"ngày {day.day} tháng {day.month} năm {day.year}" in page


def test_every_gold_article_is_reachable_and_some_only_via_page_2(server):
    seen, requests = _crawl(server)
    for rec in portal.GOLD:
        assert rec["path"] in seen, rec["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests
    shallow, _ = _crawl(server, skip=lambda target: "/page/" in target)
    deep_only = [rec["path"] for rec in portal.GOLD if rec["path"] not in shallow]
    assert len(deep_only) >= 2, deep_only


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="jeg_post_title"' in body


def test_listings_and_redirects(server):
    status, body, _ = fetch(server, "/category/tin-tuc/hoat-dong/page/2/")
    assert status == 200 and "Trang 2 / 2" in body
    status, _, headers = fetch(server, "/category/hoat-dong/")
    assert status == 301 and headers["Location"] == "/category/tin-tuc/hoat-dong/"
    status, _, headers = fetch(server, "/gioi-thieu")
    assert status == 301 and headers["Location"] == "/gioi-thieu/"
    status, body, _ = fetch(server, "/feed/")
    assert status == 200 and body.count("<item>") == 10


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai/",
        "/category/khong-co/",
        "/category/tin-tuc/hoat-dong/page/9/",
        "/tag/khong-co/",
        "/author/khong-co/",
        "/page/2/",
        "/?p=99999",
        "/gioi-thieu/amp/",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_jnews_ajax_load_more(server):
    status, _, _ = fetch(server, "/?ajax-request=jnews")
    assert status == 400
    data = b"action=jnews_module_ajax_jnews_block_3&module=true&data%5Bcurrent_page%5D=2"
    req = urllib.request.Request(server.url("/?ajax-request=jnews"), data=data, method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        payload = json.loads(resp.read().decode("utf-8"))
    assert payload["next"] is True and payload["prev"] is True
    assert "jeg_post_title" in payload["content"]
