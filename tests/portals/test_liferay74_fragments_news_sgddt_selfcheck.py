"""Self-checks of the liferay74_fragments_news_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay74_fragments_news_sgddt as portal
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""\b(?:href|action)\s*=\s*["']([^"']*)["']""", re.I)
FORM_GET = re.compile(r"<form[^>]*method=[\"']get[\"']", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """The visible text, roughly: tags out, references decoded, invisible characters out."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    body = _html.unescape(body).replace("\u200b", "").replace("\ufeff", "")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", body.replace("\xa0", " ")))


def links(body: str, here: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def crawl(server: PortalServer, skip=lambda t: False) -> tuple[set[str], int]:
    """Breadth-first from START_PATH over links, following redirects; files are not fetched."""
    seen: set[str] = set()
    pages: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        seen.add(target)
        path = target.split("?")[0]
        if path.startswith(("/documents/", "/o/", "/image/", "/combo")):
            continue
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            queue.append(headers["Location"])
            continue
        if status != 200:
            continue
        pages.add(target)
        for link in links(body, path):
            if link not in seen:
                queue.append(link)
    return pages, requests


def test_module_contract():
    assert portal.NAME == "liferay74_fragments_news_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 12, (g["path"], n)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert "<h1" in body
    text = page_text(body)
    assert gold["title"] in text
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    assert page_text(h1).strip() == gold["title"]
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = (int(x) for x in day.split("-"))
    assert f"{d} tháng {m}, {y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text
    assert 'rel="canonical"' in body and gold["canonical_path"] in body


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"] == gold["path"]
                continue
            assert status == 200, alt
            text = page_text(body)
            assert gold["title"] in text
            assert gold["body"].split("\n\n")[-1] in text


def test_every_gold_article_is_reachable_within_budget(server):
    pages, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_behind_page_two(server):
    pages, _ = crawl(server, skip=lambda t: "page_number_" in t)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in pages]
    assert len(hidden) == 3, hidden


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_images_and_files_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, portal.DOCS["ke-hoach-boi-duong-nang-luc-tieng-anh-cho-giao-vien-nam-2026"]["file"])
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_unknown_paths_are_404(server):
    for target in ("/web/sgddt/w/khong-co-bai-nay", "/web/sgddt/tin-tuc/khong-co", "/web/other",
                   "/web/sgddt/d/khong-co", "/nothing"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_pagination_beyond_range_is_empty_not_an_error(server):
    item = portal.SECTIONS["tin-giao-duc"][1]
    status, body, _ = fetch(server, f"/web/sgddt/tin-tuc/tin-giao-duc?p_l_mode=view&page_number_{item}=9")
    assert status == 200 and "Không có kết quả nào" in body

