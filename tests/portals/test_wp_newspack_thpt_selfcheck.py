"""Self-checks of the wp_newspack_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_newspack_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

#: links a reader follows: anchors, GET forms' actions and the load-more button (not <link> tags)
_HREF = re.compile(r"""<(?:a|form|button)\b[^>]*?\b(?:href|action|data-next)\s*=\s*["']([^"']+)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    return collapse(_html.unescape(_TAG.sub("", body)))


def _local(server: PortalServer, base_target: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    url = urljoin(server.url(base_target), href)
    parts = urlsplit(url)
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, target: str, body: str, headers: dict) -> list[str]:
    if "json" in headers.get("Content-Type", ""):
        data = json.loads(body)
        chunks = [item["html"] for item in data["items"]]
        found = [h for c in chunks for h in _HREF.findall(c)]
        if data.get("next"):
            found.append(data["next"])
    else:
        found = _HREF.findall(body)
    out = []
    for href in found:
        local = _local(server, target, href)
        if local and "/wp-content/" not in local and "wp-comments-post" not in local:
            out.append(local.split("#")[0])
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in _links(server, target, body, headers):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_article_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _page_text(body)
    pages = text
    for alt in gold.get("alt_paths", []):
        st, b, _ = fetch(server, alt)
        assert st == 200, alt
        pages += " " + _page_text(b)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in pages, cell
        else:
            assert para in pages, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
        st, _, headers = fetch(server, img["path"])
        assert st == 200 and headers["Content-Type"].startswith("image/")
    day = gold["published_at"][:10] if gold["published_at"] else None
    if gold["published_at"] and "T" in gold["published_at"]:
        assert f'datetime="{gold["published_at"]}"' in body
    elif day:
        assert f'datetime="{day}T00:00:00+07:00"' in body
    assert gold["category"] in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_everything_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES))


def test_load_more_json(server):
    status, body, headers = fetch(server, "/wp-json/newspack-blocks/v1/articles?page=2")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert "\\/" in body
    data = json.loads(body)
    assert len(data["items"]) == 5 and data["next"]
    last = json.loads(fetch(server, "/wp-json/newspack-blocks/v1/articles?page=4")[1])
    assert last == {"items": [], "next": None}


def test_variants_and_redirects(server):
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, "/?p=101")
    assert status == 301 and headers["Location"].endswith(gold["path"])
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"].endswith(gold["path"])
    status, _, headers = fetch(server, "/category/tin-nha-truong/page/1/")
    assert status == 301
    assert fetch(server, "/category/tin-nha-truong/page/2/")[0] == 200
    assert fetch(server, "/category/tin-nha-truong/page/3/")[0] == 404
    assert "<amp-img" in fetch(server, gold["path"] + "?amp=1")[1]


def test_unknown_paths_404(server):
    for path in ("/khong-co/", "/2026/11/20/khong-co-bai/", "/category/khong-co/", "/author/ai-do/",
                 "/2026/11/29/mot-ngay-theo-chan-cac-bac-lao-cong/3/", "/tag/khong/", "/?p=999"):
        assert fetch(server, path)[0] == 404, path
