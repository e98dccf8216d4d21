"""Self-checks of the liferay71_adt_loadmore_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay71_adt_loadmore_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", page)
    return collapse(unicodedata.normalize("NFC", html.unescape(no_tags)))


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + base, href))
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(headers["Location"]).path
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for link in _links(body, target):
            if link.startswith(("/o/", "/documents/", "/image/")):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=[g["path"].rsplit("/", 1)[1][:40] for g in portal.GOLD])
def test_gold_pages(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert record["title"] in text
        for para in record["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells in order
                assert re.search(r"\s*".join(re.escape(c) for c in para.split(" | ")), text), para
            else:
                assert para in text, (target, para)
        if record["summary"]:
            assert record["summary"] in text
        for img in record["images"]:
            assert html.escape(img["path"]) in body or img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        for name in record["authors"] + record["photographers"]:
            assert name in text
        if record["source"]:
            assert record["source"] in text
        assert record["category"] in text
        assert 'rel="canonical"' in body and record["canonical_path"] in body


def test_images_served(server):
    for record in portal.GOLD:
        for img in record["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_dates_printed(server):
    expected = {
        "2026-10-26T06:30:00+07:00": "Sun, 25 Oct 2026 23:30:00 +0000",
        "2026-12-02T14:30:00+07:00": "02/12/2026 2:30 CH",
        "2026-11-27T12:15:00+07:00": "27/11/2026 12:15 CH",
        "2026-11-16": "16/11/2026 12:00 SA",
        "2026-11-30": "ngày 30 tháng 11 năm 2026",
    }
    by_date = {g["published_at"]: g for g in portal.GOLD}
    for date, line in expected.items():
        _, body, _ = fetch(server, by_date[date]["path"])
        assert line in _text(body)


def test_reachable_and_budget(server):
    seen, pages = _crawl(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a link-following walk that ignores canonicals stays within the budget
    assert pages <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), pages


def test_load_more_only(server):
    """The posts on _cur=2/3 are not linked from the home page nor from page 1."""
    _, home, _ = fetch(server, portal.START_PATH)
    _, first, _ = fetch(server, "/web/sgddt/tin-tuc")
    oldest = "/web/sgddt/-/khai-giang-lop-boi-duong-can-bo-quan-ly-truong-mam-non-nam-2026"
    assert oldest not in home and oldest not in first
    assert "_cur=2" in html.unescape(first) and "&amp;_com_liferay" in first
    _, third, _ = fetch(server, portal.list_target("tin-tuc", 3))
    assert oldest in third and "Xem thêm" not in _text(third).replace("Xem thêm:", "")


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_404(server):
    for target in (
        "/web/sgddt/w/khong-co-bai-nay",
        "/web/sgddt/-/hoi-nghi-chuyen-de-chuyen-doi-so-trong-quan-ly-truong-hoc",
        "/web/sgddt/khong-ton-tai",
        portal.list_target("tin-tuc", 4),
        "/en/web/sgddt/tin-tuc",
        "/nope",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_root_redirects(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"].endswith(portal.START_PATH)
