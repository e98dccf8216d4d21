"""Self-checks of the textpattern_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer, Request
from tests.portals import textpattern_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and (a.get("method") or "get").lower() == "get":
            self.links.append(a.get("action") or "")


def links_of(page_target: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.links:
        absolute = urljoin("http://h" + page_target, href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != "h":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


_BLOCK = re.compile(r"</?(p|div|li|h\d|td|th|tr|table|ul|ol|blockquote|figure|figcaption|br)"
                    r"\b[^>]*>", re.I)


def page_text(body: str) -> str:
    """Visible text: footnote calls dropped, inline tags removed without a space."""
    body = re.sub(r'<sup class="footnote"[^>]*>.*?</sup>', "", body, flags=re.S)
    body = re.sub(r"<(script|style|title)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = _BLOCK.sub(" \n ", body)
    body = re.sub(r"<[^>]+>", "", body)
    return collapse(html.unescape(body))


def _is_static(target: str) -> bool:
    return target.startswith(("/images/", "/themes/", "/file_download/"))


def test_constants():
    assert portal.NAME == "textpattern_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        assert f">{html.escape(gold['title'], quote=True)}</a></h2>" in body, target
        assert portal.permlink(portal.BY_ID[int(gold["path"].split("/")[2])]) in body
    status, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    if gold["summary"]:
        assert '<div class="tomtat">\n\t<p>' in body
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    assert f'<a href="/{gold["path"].split("/")[1]}/">{html.escape(gold["category"])}</a>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_dates_printed(server, gold):
    _, body, _ = fetch(server, gold["path"])
    value = gold["published_at"]
    if len(value) == 10:
        day = datetime.strptime(value, "%Y-%m-%d")
        printed = f"{day:%d/%m/%Y}"
        letterhead = f"ngày {day.day} tháng {day.month} năm {day.year}"
        assert printed in body or letterhead in body or f"{day.day:02d} Tháng" in body
        if "Tháng" in body.split('class="tt-bai"')[1].split("</p>")[0]:
            assert "12:00 SA" in body
        return
    dt = datetime.fromisoformat(value)
    utc = dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert f'<time datetime="{utc}">' in body
    hour12 = dt.hour % 12 or 12
    ampm = "SA" if dt.hour < 12 else "CH"
    assert f"{dt.day:02d} Tháng" in body
    assert f", {hour12:02d}:{dt.minute:02d} {ampm}</time>" in body
    assert dt.utcoffset() == timedelta(hours=7)


def test_utc_trap_crosses_midnight(server):
    _, body, _ = fetch(server, "/tin-tuc/66/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11")
    assert '<time datetime="2026-11-19T18:15:00Z">Thứ sáu, 20 Tháng mười một 2026, 01:15 SA' \
        in body


def test_non_articles(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="bai-viet"' not in body


def test_unknown_and_expired(server):
    for target in ["/khong-co", "/tin-tuc/999/abc", "/tin-tuc/71/sai-ten", "/index.php?id=9999",
                   "/tin-tuc/?pg=9", "/category/khong-co", "/author/ai-do", "/?pg=0",
                   "/thong-bao/71/hoc-sinh-truong-thcs-nguyen-trai-gianh-9-giai"]:
        assert fetch(server, target)[0] == 404, target
    assert fetch(server, "/thong-bao/50/thong-bao-tuyen-chon-doi-tuyen-bong-da-hoc-sinh")[0] == 410
    assert fetch(server, "/images/118.jpg")[0] == 200


def test_reachable_within_budget(server):
    """A naive crawler (every same-host link, no URL knowledge) reaches every gold article and
    non-article from START_PATH within the request budget."""
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in links_of(target, body):
            if link not in seen and not _is_static(link) and link != "/?q=" and "?q=" not in link:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    print(f"naive crawl: {pages} page requests, budget {budget}")
    assert pages <= budget, pages


def test_only_on_page_two():
    """Articles 53 and 55 are linked only from page 2+ of listings (and the author page)."""
    site = portal.build_site()

    def get(target: str) -> str:
        path, _, query = target.partition("?")
        resp = site.respond(Request("GET", path, query, {"Host": "h"}))
        return resp.body if isinstance(resp.body, str) else resp.body.decode()

    first_pages = ["/", "/tin-tuc/", "/hoat-dong/", *(f"/category/{c}" for c in portal.CATEGORIES)]
    for n in (53, 55):
        link = portal.permlink(portal.BY_ID[n])
        assert all(link not in get(t) for t in first_pages), n
    assert portal.permlink(portal.BY_ID[53]) in get("/tin-tuc/?pg=2")
    assert portal.permlink(portal.BY_ID[55]) in get("/hoat-dong/?pg=2")
