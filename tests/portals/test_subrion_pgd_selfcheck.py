"""Self-checks of the subrion_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import subrion_pgd as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'(?:href|src)="([^"#]*)(?:#[^"]*)?"')
_FORM = re.compile(r'<form[^>]*method="get"[^>]*action="([^"]+)"', re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    plain = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", plain))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain.replace("\xa0", " ")).strip())


def _links(base: str, target: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body) + _FORM.findall(body):
        url = urljoin(base + target, _html.unescape(raw))
        parts = urlsplit(url)
        if url.startswith(base) and parts.scheme == "http":
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_asset(target: str) -> bool:
    return target.startswith(("/uploads/", "/templates/", "/js/")) or target.endswith(".xml")


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over every same-host page link from START_PATH; returns pages and requests."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        requests += 1
        if status != 200:
            continue
        for link in _links(server.base_url, target, body):
            if link not in seen and not _is_asset(link) and not link.startswith("/login/"):
                seen.add(link)
                queue.append(link)
    return seen, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["category"] == portal.CATEGORY
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2][:12])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    page = _page_text(body)
    assert f"<h1>{_html.escape(gold['title'])}</h1>" in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in page
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_dates_as_printed(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        page = _page_text(body)
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        if "T" in gold["published_at"]:
            assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in page
        elif day == "2026-11-30":  # the notice: letterhead day, not the posting day
            assert "ngày 30 tháng 11 năm 2026" in page
            assert "02/12/2026 08:15" in page
        else:  # imported at midnight
            assert f"{d}/{m}/{y} 00:00" in page


def test_alt_paths_serve_the_same_post(server):
    for gold in portal.GOLD:
        _, main_body, _ = fetch(server, gold["path"])
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert body == main_body


def test_every_gold_article_reachable_within_budget(server):
    pages, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in pages, alt
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_oldest_posts_only_on_deep_listings(server):
    """Posts 43 and 41 are linked only from page 3 of the blog and the October archive."""
    pages, _ = _crawl(server)
    deep = {portal.post_path(portal.BY_ID[i]) for i in (43, 41)}
    linking = set()
    for target in pages:
        if _is_asset(target):
            continue
        status, body, _ = fetch(server, target)
        if status == 200 and deep & set(_links(server.base_url, target, body)):
            linking.add(target)
    # the two posts link themselves (comment form's action)
    assert linking - deep == {"/blog/?page=3", "/blog/date/2026/10/"}


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200
        assert "<h1>" in body


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"] == "image/jpeg"


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/blog/999-khong-co.html",
        "/blog/?page=4",
        "/blog/tag/khong-co/",
        "/blog/date/2026/09/",
        "/members/info/khach.html",
        "/blog/58-x.html?lang=en",
        "/nothing/here",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
