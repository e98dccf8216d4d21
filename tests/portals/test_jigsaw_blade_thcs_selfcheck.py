"""Self-checks of the jigsaw_blade_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import jigsaw_blade_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""\b(?:href|action)\s*=\s*["']([^"'#]*)""", re.I)
_SKIP = (".css", ".js", ".jpg", ".jpeg", ".png", ".gif", ".ico", ".pdf", ".atom", ".json")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<sup\b.*?</sup>", "", page, flags=re.S)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</?(?:a|em|strong|b|u|span)\b[^>]*>", "", page)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _crawl(server: PortalServer) -> tuple[dict[str, int], int]:
    """Breadth-first over same-host links from START_PATH; final paths and pages fetched."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    asked: set[str] = set()
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in asked:
            continue
        asked.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        seen[target] = status
        if status != 200:
            continue
        for href in _HREF.findall(body):
            absolute = urljoin(server.url(target), html.unescape(href))
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if parts.path.lower().endswith(_SKIP):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in asked:
                queue.append(nxt)
    return seen, fetched


def test_counts() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_their_fields(server) -> None:
    for gold in portal.GOLD:
        status, page, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        h1s = [
            collapse(html.unescape(re.sub(r"<[^>]+>", "", h)))
            for h in re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S)
        ]
        assert h1s[0] == "Trường THCS Lê Quý Đôn" and h1s[1] == gold["title"], gold["path"]
        text = _text(page)
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (gold["path"], cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        if gold["summary"]:
            assert gold["summary"] in text
            assert gold["body"].startswith(gold["summary"])
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in page, (gold["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        if gold["published_at"]:
            day = gold["published_at"][:10]
            y, m, d = (int(x) for x in day.split("-"))
            printed = (f"{portal.MONTHS[m - 1]} {d}, {y}", f"ngày {d:02d} tháng {m:02d} năm {y}")
            assert any(p in text for p in printed), gold["path"]


def test_alt_paths_serve_or_redirect(server) -> None:
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, page, headers = fetch(server, alt)
            if status == 301:
                assert urlsplit(headers["Location"]).path == gold["path"]
            else:
                assert status == 200 and gold["title"] in html.unescape(page), alt


def test_everything_reachable_within_budget(server) -> None:
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_oldest_post_only_on_a_later_list_page(server) -> None:
    oldest = portal.GOLD[-1]["path"].rstrip("/")
    for target in ["/", "/blog/", *(f"/blog/categories/{c}/" for c in portal.CATEGORIES)]:
        assert f'href="{oldest}"' not in fetch(server, target)[1], target
    assert f'href="{oldest}"' in fetch(server, "/blog/page/4/")[1]


def test_non_articles_answer(server) -> None:
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_unknown_paths_404(server) -> None:
    unknown = ["/blog/khong-co-bai-nay/", "/blog/page/1/", "/blog/page/9/", "/blog/categories/abc/",
               "/khong-ton-tai", "/blog/khong-co/index.html"]
    for target in unknown:
        assert fetch(server, target)[0] == 404, target


def test_folder_without_slash_redirects(server) -> None:
    status, _, headers = fetch(server, "/blog/page/2")
    assert status == 301 and headers["Location"].endswith("/blog/page/2/")


def test_images_and_feed_served(server) -> None:
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert fetch(server, img["path"])[0] == 200
    status, body, _ = fetch(server, "/blog/feed.atom")
    assert status == 200 and body.count("<entry>") == 13
