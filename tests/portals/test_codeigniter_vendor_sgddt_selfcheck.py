"""Self-checks of the codeigniter_vendor_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import codeigniter_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".mp3")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible_text(page: str) -> str:
    """Tags to spaces, entities decoded, NFC, whitespace collapsed."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(unicodedata.normalize("NFC", _html.unescape(re.sub(r"<[^>]+>", " ", page))))


def links(page: str, page_url: str) -> list[str]:
    """Same-host link targets, resolved against ``<base href>`` when the page has one."""
    m = re.search(r'<base\s+href="([^"]+)"', page)
    base = _html.unescape(m.group(1)) if m else page_url
    host = urlsplit(page_url).netloc
    out = []
    for href in re.findall(r'<a\s[^>]*?href="([^"]*)"', page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != host:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        for link in links(body, server.url(target)):
            if link not in seen and not link.lower().endswith(_STATIC_EXT):
                seen.add(link)
                queue.append(link)
    return seen


def test_thirteen_gold_records_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = visible_text(body)
    h2 = re.search(r'<h2 class="tde_ct">(.*?)</h2>', body, re.S)
    assert h2 and visible_text(h2.group(1)).removesuffix(" ") == gold["title"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert img["path"].lstrip("/") in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    assert f"{d}/{mo}/{y}" in text or f"ngày {int(d)} tháng {int(mo)} năm {y}" in text
    if "T" in gold["published_at"]:
        hh, mm = int(gold["published_at"][11:13]), gold["published_at"][14:16]
        printed = f"{(hh % 12) or 12:02d}:{mm} {'SA' if hh < 12 else 'CH'}"
        assert f"{d}/{mo}/{y} - {printed}" in text
    assert f"» {gold['category']}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    h2 = re.search(r'<h2 class="tde_ct">(.*?)</h2>', main, re.S).group(1)
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert h2 in body


def test_every_gold_article_and_non_article_is_reachable(server):
    seen = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a sensible crawl stays within the README's budget
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_page_two_only_articles(server):
    """1204 and 1197 are linked from the cached page 2 of the listing only (and 1219 from none)."""
    _, first, _ = fetch(server, "/tin-tuc/danh-muc/tin-hoat-dong")
    status, second, _ = fetch(server, "/tin-tuc/danh-muc/tin-hoat-dong/4")
    assert status == 200
    assert "Thứ Ba, 01/12/2026" in second and "Thứ Bảy, 05/12/2026" not in second
    _, home, _ = fetch(server, "/")
    for sid in (1204, 1197):
        assert f"tin-tuc/chi-tiet/{sid}/" in second
        assert f"chi-tiet/{sid}/" not in first and f"chi-tiet/{sid}/" not in home
    assert "chi-tiet/1219/" not in first and "chi-tiet/1219/" not in second.split('id="than_trang"')[1].split('class="cot_phai"')[0]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tde_ct"' in body


def test_relative_links_resolved_without_base_are_404(server):
    """Trap 1: a link resolved against the page instead of ``<base href>`` leads nowhere."""
    gold = portal.GOLD[0]
    wrong = urljoin("/tin-tuc/danh-muc/tin-hoat-dong/4", gold["path"].lstrip("/"))
    assert fetch(server, wrong)[0] == 404
    wrong = urljoin(gold["path"], "tin-tuc/danh-muc/thong-bao")
    assert fetch(server, wrong)[0] == 404


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/tin-tuc/chi-tiet/9999/khong-co.html",
        "/tin-tuc/danh-muc/khong-co",
        "/van-ban/chi-tiet/1/khong-co.html",
        "/index.php/khong-ton-tai",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_and_files_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    assert fetch(server, "/van-ban/tai-ve/322")[0] == 200
