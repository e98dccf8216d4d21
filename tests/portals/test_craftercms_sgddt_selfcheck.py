"""Self-checks of the craftercms_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import craftercms_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<(?:a|form)\b[^>]*?(?:href|action)="([^"]+)"[^>]*>""", re.I)
BLOCK_TAGS = re.compile(r"</?(?:p|div|li|ul|ol|tr|td|th|table|tbody|h\d|br|article|section)\b[^>]*>", re.I)
ANY_TAG = re.compile(r"<[^>]+>")
STATIC = re.compile(r"\.(?:jpg|jpeg|png|gif|css|js|pdf|ico)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    text = BLOCK_TAGS.sub("\n", body)
    text = ANY_TAG.sub("", text)
    return collapse(_html.unescape(text))


def links(body: str, target: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if STATIC.search(urlsplit(target).path):
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = headers.get("Location", "")
            nxt = urlsplit(urljoin("http://fixture.invalid" + target, loc))
            t = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if t not in seen:
                seen.add(t)
                queue.append(t)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, target):
            if link.startswith("/tim-kiem") or link.startswith("/api/"):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body
    for alt in gold.get("alt_paths", []):
        s2, b2, _ = fetch(server, alt)
        assert s2 == 200 and gold["title"] in page_text(b2)


def test_dates_printed(server):
    for s in portal.STORIES:
        _, body, _ = fetch(server, portal.story_path(s))
        text = page_text(body)
        if s.opts.get("no_date"):
            assert "Hà Giang, ngày 30 tháng 11 năm 2026" in text
            assert "Ngày đăng" not in text
        else:
            assert f"Ngày đăng: {portal.local_printed(s)}" in text


def test_all_gold_reachable(crawl):
    seen, _ = crawl
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for p in portal.NON_ARTICLES:
        assert p in seen, p


def test_some_only_via_page_two(server):
    _, home, _ = fetch(server, "/")
    _, p1, _ = fetch(server, "/tin-tuc")
    _, p3, _ = fetch(server, "/tin-tuc?p=3")
    path9 = portal.story_path(portal.BY_ID[9])
    assert path9 not in home and path9 not in p1 and path9 in p3
    _, n1, _ = fetch(server, "/thong-bao")
    _, n2, _ = fetch(server, "/thong-bao?p=2")
    path13 = portal.story_path(portal.BY_ID[13])
    assert path13 not in n1 and path13 in n2
    for s in portal.STORIES:
        if s.id in (9, 10, 13):
            continue
        _, body, _ = fetch(server, portal.story_path(s))
        for late in (9, 10, 13):
            assert portal.story_path(portal.BY_ID[late]) not in body


def test_request_budget(crawl):
    _, pages = crawl
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_non_articles(server):
    for p in portal.NON_ARTICLES:
        status, _, _ = fetch(server, p)
        assert status == 200, p


def test_unknown_404(server):
    for p in ("/khong-co", "/tin-tuc/2026/11/khong-co-bai-nay", "/thong-bao/abc", "/gioi-thieu/xyz",
              "/tin-tuc?cm=khong-co"):
        status, _, _ = fetch(server, p)
        assert status == 404, p


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_listing_dates_in_utc(server):
    _, body, _ = fetch(server, "/tin-tuc")
    assert "27/11/2026" in body  # article 3 of 28/11 06:10 printed in UTC


def test_past_last_page(server):
    status, body, _ = fetch(server, "/tin-tuc?p=9")
    assert status == 200 and "Không tìm thấy tin bài nào" in body
