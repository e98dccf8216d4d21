"""Self-checks of the bookstack_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import bookstack_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, roughly: no scripts, no superscripts, tags as spaces, NFC."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<sup\b.*?</sup>", "", page, flags=re.S | re.I)
    page = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", page, flags=re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def _links(base: str, page_url: str, body: str) -> list[str]:
    """Targets (path?query) of same-host links and GET forms without fields to fill."""
    out = []
    for href in re.findall(r"""<a\b[^>]*?\shref=["']([^"']+)["']""", body, flags=re.I):
        url = urljoin(page_url, _html.unescape(href))
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != base:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first walk of HTML pages from START_PATH, redirects followed by hand."""
    base = server.base_url
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    html_pages = 0
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        seen.add(target)
        if target.startswith(("/uploads/", "/dist/", "/theme/", "/attachments/")):
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(base + target, headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        html_pages += 1
        for link in _links(base, base + target, body):
            if link not in seen:
                queue.append(link)
    return seen, html_pages


def test_contract():
    assert portal.NAME == "bookstack_thpt"
    assert portal.PLATFORM and portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    assert gold["title"] in text
    assert f"<title>{_html.escape(gold['title'])}" in _nfc(body) or gold["title"] in _nfc(_html.unescape(body))
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200 and gold["title"] in _text(alt_body)


def test_dates_are_printed_as_the_meta_box_prints_them(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        when = gold["published_at"]
        if gold["path"].endswith("cuoi-hoc-ky-i-nam-hoc-2026-2027") and "thong-bao-ve-viec" in gold["path"]:
            assert "ngày 30 tháng 11 năm 2026" in _text(body)
            continue
        match = re.search(r'Được tạo <span title="([^"]+)"', body)
        assert match, gold["path"]
        if len(when) == 10:
            assert match.group(1).endswith("12:00 AM")
        else:
            hour, minute = int(when[11:13]), when[14:16]
            shown = f"{hour % 12 or 12}:{minute} {'AM' if hour < 12 else 'PM'}"
            assert match.group(1).endswith(shown), (match.group(1), when)


def test_everything_is_reachable_and_the_crawl_is_bounded(server):
    seen, html_pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a crawler that visits every page, search and profile once stays near 3 × (13 + 8)
    assert html_pages <= 3 * (13 + len(portal.NON_ARTICLES)) + 10, html_pages


def test_health_book_only_through_page_two(server):
    def page_two(target: str) -> bool:
        return bool(re.search(r"[?&]page=([2-9]|\d\d)", target))

    seen, _ = _crawl(server, skip=page_two)
    hidden = [g["path"] for g in portal.GOLD if g["category"] == "Y tế học đường"]
    assert len(hidden) == 2
    for path in hidden:
        assert path not in seen
    status, body, _ = fetch(server, "/books?page=2")
    assert status == 200 and "/books/y-te-hoc-duong" in body
    status, body, _ = fetch(server, "/pages/recently-updated?page=2")
    assert status == 200 and all(p in body for p in hidden)


def test_traps_are_in_place(server):
    # the home page transcludes A1's whole text
    a1 = portal.GOLD[0]
    _, home, _ = fetch(server, "/")
    assert a1["body"].split("\n\n")[2] in _text(home)
    # old slug answers 301 to the current one
    a3 = portal.GOLD[2]
    status, _, headers = fetch(server, f"/books/tin-tuc-su-kien/page/{portal.A3_OLD_SLUG}")
    assert status == 301 and headers["Location"].endswith(a3["path"])
    # A9 is served decomposed
    _, body, _ = fetch(server, portal.GOLD[8]["path"])
    assert unicodedata.normalize("NFD", "thao giảng") in body
    # the copy of A11 names its own creation
    _, copy, _ = fetch(server, portal.GOLD[10]["alt_paths"][0])
    assert "Wed, Oct 28, 2026 9:15 AM" in copy


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200 and 'id="bkmrk-page-title"' in body


def test_unknown_paths_are_404(server):
    for target in ("/khong-ton-tai", "/books/khong-co-sach", "/books/tin-tuc-su-kien/page/khong-co-trang",
                   "/books/tin-tuc-su-kien/chapter/khong-co", "/user/ai-do", "/link/99999", "/shelves/khong-co"):
        status, _, _ = fetch(server, target)
        assert status == 404, target
