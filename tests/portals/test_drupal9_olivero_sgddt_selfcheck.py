"""Self-checks of the drupal9_olivero_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal9_olivero_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".svg", ".mp3")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text of a page, roughly: tags dropped, entities decoded, NFC, spaces collapsed."""
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?i)</?(a|span|strong|em|b|i|u|sup|font|o:p)\b[^>]*>", "", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(body)))


def h1(body: str) -> str:
    m = re.search(r'<h1 class="title page-title">(.*?)</h1>', body, re.S)
    assert m, "no page title"
    return page_text(m.group(1))


def links(body: str, url: str) -> list[str]:
    out = []
    for m in re.finditer(r'<a\s[^>]*?href="([^"]*)"', body):
        href = _html.unescape(m.group(1))
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(url, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(url).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(STATIC):
            continue
        out.append(target)
    return out


def crawl(server: PortalServer, skip=lambda target: False) -> dict[str, int]:
    """Breadth-first over <a href> links and redirects from START_PATH; target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue.extend(links(body, server.url(target)))
    return seen


def normalise_target(target: str) -> str:
    """``?page=0%2C1`` and ``?page=0,1`` are one page."""
    return target.replace("%2C", ",")


def test_counts_and_no_machine_paths():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "drupal9_olivero_sgddt"
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_gold_pages_answer_with_their_title(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        assert h1(body) == gold["title"], gold["path"]
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"] == server.url(gold["path"]), alt
                continue
            assert status == 200, alt
            assert h1(body) == gold["title"], alt
            assert f'href="{server.base_url}{gold["canonical_path"]}"' in body


def test_gold_fields_are_on_the_page(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        visible = page_text(body)
        for para in gold["body"].split("\n\n"):
            # a table row is printed as cells: its " | " is the gold's joint, not page text
            assert para.replace(" | ", " ") in visible, (gold["path"], para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in visible, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in visible
        if gold["summary"]:
            assert gold["body"].startswith(gold["summary"])
        raw = _html.unescape(body)
        for img in gold["images"]:
            assert f'"{img["path"]}"' in raw, (gold["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in visible
        assert gold["category"] in visible


def test_printed_dates_match_gold(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        visible = page_text(body)
        if "field--name-field-ngay-dang" in body:
            assert f"Ngày đăng {d}/{m}/{y}" in visible
        elif gold["category"] == "Thông báo" and len(gold["published_at"]) == 10 and "THÔNG BÁO" in body:
            assert f"ngày {int(d)} tháng {m} năm {y}" in visible
        else:
            shown = f"{m}/{d}/{y} - " + (gold["published_at"][11:16] if len(gold["published_at"]) > 10 else "00:00")
            assert shown in visible, (gold["path"], shown)


def test_utc_datetime_trap(server):
    _, body, _ = fetch(server, portal.story_path(portal.A2))
    assert 'datetime="2026-12-02T23:40:00Z"' in body
    assert "T5, 12/03/2026 - 06:40" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay", "/tin-tuc/2026/12/khong-ton-tai", "/node/99999", "/comment/1",
                   "/van-ban/0000-xx", "/tin-tuc/chuyen-muc-la"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_everything_reachable_and_budget(server):
    seen = crawl(server)
    reached = {normalise_target(t) for t, s in seen.items() if s in (200, 301)}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    pages = {normalise_target(t) for t in seen}
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)
    assert all(s != 500 for s in seen.values())


def test_some_articles_only_behind_page_two(server):
    def later_page(target: str) -> bool:
        query = urlsplit(target).query
        m = re.search(r"page=([0-9%C,]+)", query)
        if not m:
            return False
        values = normalise_target(m.group(1)).split(",")
        return any(v not in ("", "0") for v in values) and "/tin-tuc/20" not in target

    seen = crawl(server, skip=later_page)
    reached = {t for t, s in seen.items() if s == 200}
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in reached]
    assert portal.story_path(portal.A10) in hidden
    assert hidden


def test_front_page_pager_carries_both_elements(server):
    _, body, _ = fetch(server, "/")
    assert 'href="?page=1%2C0"' in body
    assert 'href="?page=0%2C1"' in body
    status, body2, _ = fetch(server, "/?page=1%2C0")
    assert status == 200
    assert portal.story_path(portal.A10) in body2


def test_static_files(server):
    status, _, headers = fetch(server, "/sites/default/files/inline-images/giao-ban-thang-11.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/sites/default/files/2026-12/TB%202318%20lich%20tiep%20cong%20dan.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
