"""Self-checks of the flatpress_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import serving
from tests.portals import flatpress_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

ENTRY_ID = re.compile(r'<div id="(entry\d{6}-\d{6})" class="entry')


@pytest.fixture(scope="module")
def server():
    with serving(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    """Visible text of a page, the bare footnote superscripts dropped, NFC, collapsed."""
    markup = re.sub(r"<sup>.*?</sup>", "", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def _strip_sid(target: str) -> str:
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "PHPSESSID"]
    q = "&".join(f"{k}={v}" if v or k != "" else k for k, v in query)
    return parts.path + (f"?{q}" if q else "")


def _links(page: str, here: str, base: str) -> list[str]:
    """Same-host GET targets of a page: links and GET forms (submitted with their defaults)."""
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]+)"', page):
        out.append(_html.unescape(href))
    for attrs, inner in re.findall(r"<form\b([^>]*)>(.*?)</form>", page, flags=re.S):
        if 'method="post"' in attrs.lower():
            continue
        action = _html.unescape(re.search(r'action="([^"]*)"', attrs).group(1))
        fields = [
            (_html.unescape(n), _html.unescape(v))
            for n, v in re.findall(r'<input type="(?:text|hidden)" name="([^"]+)"[^>]*?value="([^"]*)"', inner)
        ]
        out.append(action.split("?")[0] + "?" + urlencode(fields))
    targets = []
    for link in out:
        absolute = urljoin(base + here, link)
        parts = urlsplit(absolute)
        if absolute.startswith(("mailto:", "javascript:")) or parts.netloc != urlsplit(base).netloc:
            continue
        targets.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return targets


def _crawl(server, strip_sid: bool) -> dict[str, tuple[int, str, dict]]:
    seen: dict[str, tuple[int, str, dict]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body, headers)
        assert len(seen) < 400, "the site must be bounded"
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(body, target, server.base_url):
            if link.startswith(("/fp-content/", "/fp-interface/", "/fp-plugins/", "/favicon")):
                continue
            if strip_sid:
                link = _strip_sid(link)
            if link not in seen:
                queue.append(link)
    return seen


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server, strip_sid=False)


def test_counts():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.START_PATH == "/"
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=[g["path"] for g in portal.GOLD])
def test_gold_page_has_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _text(body)
    assert _nfc(gold["title"]) in page
    main = body.split('<div id="main"', 1)[1].split('<div id="cot-phai">', 1)[0]
    main_text = _text(main)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in main_text, piece
    for name in gold["authors"] + gold["photographers"]:
        assert name in main_text
    if gold["source"]:
        assert gold["source"] in main_text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in main_text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in main_text or f"ngày {d} tháng {m} năm {y}" in main_text
    if "T" in gold["published_at"]:
        assert f"lúc {gold['published_at'][11:16]}" in main_text


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        _, canonical, _ = fetch(server, gold["path"])
        entry = ENTRY_ID.search(canonical.split('class="xem-bai"', 1)[1]).group(1)
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert 'class="xem-bai"' in body
            assert ENTRY_ID.search(body.split('class="xem-bai"', 1)[1]).group(1) == entry
            assert _nfc(gold["title"]) in _text(body)


def test_everything_reachable_and_duplicates_listed(crawl):
    reachable = {t for t, (s, _b, _h) in crawl.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in reachable, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in reachable, target
    known = {}
    for gold in portal.GOLD:
        for p in [gold["path"], *gold.get("alt_paths", [])]:
            known[p] = gold["path"]
    gold_by_entry = {g["path"].split("entry:")[1]: g["path"] for g in portal.GOLD}
    for target, (status, body, _) in crawl.items():
        if status != 200 or 'class="xem-bai"' not in body:
            continue
        entry = ENTRY_ID.search(body.split('class="xem-bai"', 1)[1]).group(1)
        if entry in gold_by_entry:
            assert known.get(target) == gold_by_entry[entry], target


def test_crawl_budget(server):
    pages = _crawl(server, strip_sid=True)
    html_pages = [t for t, (s, _b, h) in pages.items() if s == 200]
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(html_pages) <= budget, (len(html_pages), budget)


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200
        assert "<h3>" in body


def test_unknown_paths_404(server):
    for target in [
        "/khong-co-trang-nay",
        "/admin/index.php",
        "/?x=entry:entry991231-000000",
        "/?page=khongco",
        "/?paged=9",
        "/?x=cat:42",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_and_feed(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"].startswith("image/")
    status, body, _ = fetch(server, "/?x=feed:rss2")
    assert status == 200 and "<rss" in body and "+0000" in body
