"""Self-checks of the danang_edu_portal_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import danang_edu_portal_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _links(page_target: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target.lower().split("?")[0].endswith(_SKIP_EXT):
            continue
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in _links(target, body):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    # a crawler following every link (login, CDN page and listing duplicates included) stays in budget
    assert fetched <= budget, (fetched, budget)
    return seen


def _plain(body: str) -> str:
    """Page text as a reader sees it: CDN e-mails decoded, tags dropped, whitespace collapsed."""
    body = re.sub(
        r'<a[^>]*data-cfemail="([0-9a-f]+)"[^>]*>.*?</a>',
        lambda m: portal.cf_decode(m.group(1)),
        body,
    )
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-12:])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 class="ct-tieude">{_html.escape(gold["title"])}</h2>' in body
    plain = _plain(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in plain, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in plain
    if gold["source"]:
        assert gold["source"] in plain
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in plain
    assert f">{_html.escape(gold['category'])}</a>" in body
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["path"]}"' in body
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in plain
    if gold["summary"]:
        assert gold["summary"] in plain
        assert gold["body"].startswith(gold["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-12:])
def test_alt_paths_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"]) in body
        assert f'{gold["path"]}"' in body  # canonical


def test_reachable_from_start(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_only_via_later_pages(server):
    oldest = portal.GOLD[9]
    assert oldest["title"].startswith("Tập huấn")
    for target in ("/", "/tin-tuc/danh-muc/hoat-dong-chuyen-mon", "/tin-tuc/danh-muc/tin-tuc-su-kien"):
        _, body, _ = fetch(server, target)
        assert f'href="{oldest["path"]}"' not in body
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/hoat-dong-chuyen-mon?pageIndex=2")
    assert f'href="{oldest["path"]}"' in body
    assert 'href="?pageIndex=1"' in body


def test_traps_in_markup(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "<h1>TRƯỜNG THCS NGUYỄN HUỆ</h1>" in body
    assert "04/12/2026 2:30:00 CH" in body
    assert "Người đăng: admin_thcsnguyenhue" in body
    assert f'src="{portal.LAZY}"' in body
    _, body, _ = fetch(server, portal.GOLD[4]["path"])
    assert portal.EMAIL_LIBRARY not in body and "[email&#160;protected]" in body
    assert portal.EMAIL_LIBRARY in _plain(body)
    _, body, _ = fetch(server, portal.GOLD[5]["path"])
    assert "18/11/2026 12:00:00 SA" in body and portal.GOLD[5]["published_at"] == "2026-11-18"
    assert "<br />" in body
    _, body, _ = fetch(server, portal.GOLD[6]["path"])
    assert "28/11/2026 12:15:00 CH" in body
    assert portal.GOLD[6]["published_at"] == "2026-11-28T12:15:00+07:00"


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "ct-noidung" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/chi-tiet/khong-co-bai-00000000-0000-0000-0000-000000000000",
        "/tin-tuc/chi-tiet/abc",
        "/tin-tuc/danh-muc/khong-co",
        "/van-ban/9999",
        "/thu-vien-anh/1",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
