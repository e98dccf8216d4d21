"""Self-checks of the nukeviet4_dept_theme_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet4_dept_theme_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for attr, value in re.findall(r'(?i)(?<![\w-])(href|action)="([^"]*)"', page):
        value = _html.unescape(value)
        if not value or value.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, value)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if attr.lower() == "action":
            target = parts.path + "?q=tuyen+sinh"
        out.append(target)
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over href/action links from START_PATH, following redirects on the host."""
    seen: set[str] = set()
    pages = 0
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or target.lower().endswith(_SKIP_EXT):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        queue.extend(_links(body, urlsplit(target).path))
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in page
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in gold["published_at"]:
        assert f"{d}-{m}-{y}" in text
        assert gold["published_at"][11:16] in text
    else:
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        text = _text(page)
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1] in text


def test_not_body_things_are_not_body():
    by_id = {g["path"].rsplit("-", 1)[-1]: g for g in portal.GOLD}
    assert by_id["1541.html"]["summary"] is None
    assert by_id["1526.html"]["images"][0]["caption"] is None
    assert by_id["1519.html"]["images"] == []
    assert "Nguyễn Thị Hạnh" not in by_id["1550.html"]["body"]
    assert "THÔNG BÁO" not in by_id["1546.html"]["body"]
    assert by_id["1546.html"]["published_at"] == "2026-11-30"
    assert by_id["1541.html"]["images"][0]["path"].startswith("/uploads/news/")


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_articles(server):
    _, page1, _ = fetch(server, "/vi/news/hoat-dong-cua-so/")
    _, page2, _ = fetch(server, "/vi/news/hoat-dong-cua-so/page-2")
    assert "-1519.html" not in page1 and "-1519.html" in page2
    _, home, _ = fetch(server, "/vi/")
    assert "-1519.html" not in home and "-1522.html" not in home


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in (
        "/vi/news/hoat-dong-cua-so/khong-co-bai-nay-9999.html",
        "/vi/news/hoat-dong-cua-so/page-9",
        "/vi/news/khong-co/",
        "/vi/page/khong-co.html",
        "/en/",
        "/wp-admin/",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_redirects(server):
    status, _, headers = fetch(server, "/")
    assert status == 301 and headers["Location"].endswith("/vi/")
    gold = next(g for g in portal.GOLD if g["path"].endswith("-1548.html"))
    wrong = gold["path"].replace("/hoat-dong-cua-so/", "/tin-tu-co-so/")
    status, _, headers = fetch(server, wrong)
    assert status == 301 and headers["Location"].endswith(gold["path"])


def test_rss_is_xml_with_gmt(server):
    status, body, headers = fetch(server, "/vi/news/rss/")
    assert status == 200 and "rss+xml" in headers["Content-Type"]
    assert "<pubDate>Thu, 03 Dec 2026 08:40:00 GMT</pubDate>" in body
