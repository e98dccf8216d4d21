"""Self-checks of the joomla3_t3_purity_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_t3_purity_thcs as portal
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


class _Text(HTMLParser):
    """Visible text: no script/style, a space at every tag, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    joined = "".join(parser.parts).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", joined)).strip()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


def links(page: str, page_url: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.hrefs:
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin(page_url, href)
        parts = urlsplit(absolute)
        if parts.hostname != "127.0.0.1":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server) -> dict[str, str]:
    """Every HTML page reachable by links from START_PATH."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            seen[target] = ""
            continue
        seen[target] = body
        for link in links(body, server.url(target)):
            if link not in seen and not re.search(r"\.(jpg|png|gif|css|js|ico|pdf)$", link):
                queue.append(link)
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return _crawl(server)


def test_contract_shape():
    assert portal.NAME == "joomla3_t3_purity_thcs"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert g["body"], g["path"]
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["published_at"].startswith("2026-1"), g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_pages_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in visible(body), target
        assert 'rel="canonical"' not in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_on_page(server, gold):
    full = next((a for a in gold.get("alt_paths", []) if a.endswith("?showall=1")), gold["path"])
    status, body, _ = fetch(server, full)
    assert status == 200
    text = visible(body)
    for para in gold["body"].split("\n\n"):
        # a table row's cells are joined by " | " in the gold, printed in cells on the page
        assert para.replace(" | ", " ") in text, (full, para[:60])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body, img
        if img["caption"]:
            assert _html.escape(img["caption"]) in body or img["caption"] in text, img
    pub = gold["published_at"]
    if "T" in pub:
        assert f'datetime="{pub}" itemprop="datePublished"' in body
    elif gold["path"].startswith("/index.php/thong-bao/316-"):
        assert "Thái Nguyên, ngày 23 tháng 11 năm 2026" in text
    else:
        assert f'datetime="{pub}T00:00:00+07:00" itemprop="datePublished"' in body
    assert gold["category"] in text
    # the script of the email cloak never shows as text
    assert "var prefix" not in text


def test_page_broken_article_parts(server):
    gold = next(g for g in portal.GOLD if g["path"].startswith("/index.php/tin-tuc/318-"))
    paras = gold["body"].split("\n\n")
    first = visible(fetch(server, gold["path"])[1])
    second = visible(fetch(server, gold["path"] + "?showall=&start=1")[1])
    assert paras[0] in first and paras[-1] not in first
    assert paras[-1] in second and paras[0] not in second
    assert "Mục lục bài viết" in first


def test_non_articles_answer(server, crawled):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target
        assert target in crawled, target


def test_every_gold_article_reachable(crawled):
    for g in portal.GOLD:
        targets = {g["path"], *g.get("alt_paths", [])}
        assert targets & {t for t, body in crawled.items() if body}, g["path"]


def test_crawl_is_bounded(crawled):
    pages = [t for t, body in crawled.items() if body]
    # even a crawler that follows every link (print views, tag routes) stays within the budget
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def _linked_from(server, target: str) -> set[str]:
    body = fetch(server, target)[1]
    return set(links(body, server.url(target)))


def test_discovery_traps(server):
    first_pages = set()
    for target in ["/index.php", "/index.php/tin-tuc", "/index.php/tin-tuc/hoat-dong-doi", "/index.php/thong-bao"]:
        first_pages |= _linked_from(server, target)
    only_deeper = [274, 289, 296, 301, 281]
    for sid in only_deeper:
        story = portal.BY_ID[sid]
        assert portal.path_of(story) not in first_pages, sid
    # 281 is linked from no listing page at all
    listing_links = set()
    for target in ["/index.php/tin-tuc?start=4", "/index.php/tin-tuc?start=8", "/index.php/thong-bao?start=2"]:
        listing_links |= _linked_from(server, target)
    s281 = portal.path_of(portal.BY_ID[281])
    assert s281 not in listing_links and s281 not in first_pages
    page3 = visible(fetch(server, "/index.php/tin-tuc?start=8")[1])
    assert portal.BY_ID[281].title in page3
    assert portal.path_of(portal.BY_ID[274]) in listing_links
    assert portal.path_of(portal.BY_ID[301]) in listing_links


def test_headline_is_not_the_h1(server):
    g = GOLD_BY_PATH[portal.path_of(portal.BY_ID[312])]
    body = fetch(server, g["path"])[1]
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1).strip()
    assert h1 == "Tin tức - Sự kiện"
    assert f"<title>{_html.escape(g['title'])} - Trường THCS Chu Văn An</title>" in body


def test_unknown_paths_404(server):
    for target in [
        "/khong-ton-tai",
        "/index.php/tin-tuc/999-khong-co-bai-nay",
        "/index.php/tin-tuc?start=40",
        "/index.php/tin-tuc?start=3",
        "/index.php/thong-bao/320-sai-alias",
        "/index.php/tin-tuc/312-truong-thcs-chu-van-an-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam?foo=1",
        "/index.php/component/tags/tag/9-khong-co",
        "/index.php/khong-co-muc-nay",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_static_and_files(server):
    assert fetch(server, "/images/tin-tuc/2026/11/le-20-11-toan-canh.jpg")[0] == 200
    status, _, headers = fetch(server, portal.DOC_PATH + "?download=" + portal.DOC_FILE)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
