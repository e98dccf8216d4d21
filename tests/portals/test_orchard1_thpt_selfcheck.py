"""Self-checks of the orchard1_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import orchard1_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH; pages only (no media, no sign-in)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        assert requests < 200, "crawl does not end"
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            absolute = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.startswith(("/Media/", "/Themes/", "/Modules/", "/users/")):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert all(g["category"] == "Tin tức" for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert f"<h1>{_html.escape(gold['title'])}</h1>" in body, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        assert f'content="{server.base_url}{gold["canonical_path"]}"' in body  # og:url


def test_dates_printed_as_orchard_does(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    _, body, _ = fetch(server, "/tin-tuc/hoi-thi-giao-vien-day-gioi-cap-truong")
    assert '<time datetime="2026-11-30T23:00:00.0000000Z">01/12/2026 6:00 SA</time>' in body
    assert by_path["/tin-tuc/hoi-thi-giao-vien-day-gioi-cap-truong"]["published_at"] == (
        "2026-12-01T06:00:00+07:00"
    )
    _, body, _ = fetch(server, "/tin-tuc/mit-tinh-ky-niem-ngay-nha-giao-viet-nam-20-11")
    assert ">20/11/2026 12:40 CH</time>" in body
    _, body, _ = fetch(server, "/tin-tuc/tuyen-truyen-phong-chong-hiv-aids-1-12")
    assert '<time datetime="2026-12-03T17:00:00.0000000Z">04/12/2026 12:00 SA</time>' in body
    _, body, _ = fetch(server, "/tin-tuc/thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027")
    assert "06/11/2026 8:05 SA" in body and "ngày 05 tháng 11 năm 2026" in body


def test_everything_reachable_within_budget(server):
    seen, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_later_pages(server):
    _, home, _ = fetch(server, "/")
    _, page1, _ = fetch(server, "/tin-tuc")
    _, page3, _ = fetch(server, "/tin-tuc?page=3")
    oldest = "/tin-tuc/khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027"
    assert oldest not in home and oldest not in page1 and oldest in page3


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_tag_paths_percent_encoded(server):
    status, body, _ = fetch(server, "/tags/Ho%E1%BA%A1t%20%C4%91%E1%BB%99ng%20%C4%90o%C3%A0n")
    assert status == 200
    assert "/tin-tuc/doan-truong-ra-quan-ngay-chu-nhat-xanh" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co",
        "/tin-tuc/khong-co-bai-nay",
        "/tin-tuc?page=9",
        "/tin-tuc/archive/2026/7",
        "/Contents/Item/Display/999",
        "/tags/Kh%C3%B4ng",
        "/?page=2",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target


def test_images_and_pdf_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/Media/Default/van-ban/tb-112-tb-thptpbc.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
