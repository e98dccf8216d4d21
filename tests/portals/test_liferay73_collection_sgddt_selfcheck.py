"""Self-checks of the liferay73_collection_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay73_collection_sgddt as portal
from tests.portals._selfcheck import fetch

HREF = re.compile(r'<(?:a|link)\b[^>]*?\bhref="([^"]*)"', re.I)
FORM = re.compile(r'<form\b[^>]*?\baction="([^"]*)"[^>]*?\bmethod="get"', re.I)
NOT_PAGES = re.compile(r"^/(documents|o|image|combo)/|^/combo$|^/c/portal/", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(page: str) -> str:
    """The page's visible text, tags dropped, zero-width spaces removed, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    page = html.unescape(page).replace("\u200b", "").replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page)).strip()


def links(base_target: str, page: str, follow_pagination: bool = True) -> list[str]:
    out = []
    base = "http://h" + base_target
    hrefs = [html.unescape(h) for h in HREF.findall(page)]
    hrefs += [html.unescape(a) for a in FORM.findall(page)]
    for href in hrefs:
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc not in ("h", ""):
            continue
        if not follow_pagination and "page_number_" in parts.query:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if NOT_PAGES.search(parts.path):
            continue
        out.append(target)
    return out


def crawl(server, follow_pagination: bool = True) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(headers["Location"])
            loc = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if loc not in seen:
                seen.add(loc)
                queue.append(loc)
            continue
        if status != 200:
            continue
        for link in links(target, body, follow_pagination):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: unquote(g["path"])[-40:])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = plain(page)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{html.escape(img["path"])}"' in page
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}" rel="canonical"' in page
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: unquote(g["path"])[-40:])
def test_gold_dates_as_printed(server, gold):
    _, page, _ = fetch(server, gold["path"])
    text = plain(page)
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["path"].endswith("dot-2"):  # official notice: the letterhead's day
        assert f"ngày {d} tháng {m} năm {y}" in text
    else:
        assert f"{d}/{m}/{y} - " in text
    if len(gold["published_at"]) == 10:
        assert "12:00 SA" in text or "tháng" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: unquote(g["path"])[-40:])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        text = plain(page)
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1].replace(" | ", " ") in text


def test_encoded_urls_accept_other_spellings(server):
    story = portal.BY_ID[4]
    lower = re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), portal.story_path(story))
    status, page, _ = fetch(server, lower)
    assert status == 200 and story.title in plain(page)


def test_every_gold_article_and_non_article_is_reachable(server):
    seen = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    pages = [t for t in seen if not NOT_PAGES.search(urlsplit(t).path)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_behind_page_two(server):
    seen = crawl(server, follow_pagination=False)
    hidden = [g for g in portal.GOLD if g["path"] not in seen]
    assert len(hidden) == 5
    nowhere = [g for g in hidden if not any(a in seen for a in g.get("alt_paths", []))]
    assert {g["title"][:20] for g in nowhere} == {"Thông báo tổ chức Kỳ", "Thông báo tiếp nhận "}


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_images_and_files_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, portal.PDF_ENTRY["src"])
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_start_and_unknown_paths(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
    for path in ("/web/sgddt/khong-co", "/web/sgddt/w/khong-co-bai-nay", "/web/guest",
                 "/web/sgddt/van-ban/-/document_library/kT3nQw8xZp1L/view_file/1"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_pagination_pages(server):
    status, page, _ = fetch(server, "/web/sgddt/thong-bao?page_number_40139=2")
    assert status == 200
    for i in (7, 12):
        assert portal.story_path(portal.BY_ID[i]) in page
    status, page, _ = fetch(server, "/web/sgddt/thong-bao?page_number_40139=9")
    assert status == 200 and "Không có kết quả nào." in page
