"""Self-check of the jahia_sgddt fixture portal against itself (never the crawler).

Every gold target answers 200 with its title and its gold text; alternates serve the same
article (or 301 to it); each article is reachable by links from the start page; the traps
behave as the module's docstring says; non-articles answer 200; unknown paths 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import jahia_sgddt as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.IGNORECASE)
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def reader_text(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed: for substring checks."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _squash(value: str) -> str:
    return re.sub(r"[\s|]+", "", value)


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer, skip: re.Pattern[str] | None = None) -> tuple[set[str], int]:
    """Breadth-first walk over same-host links (redirects followed); visited targets, pages fetched."""
    start = portal.START_PATH
    seen, queue, fetched = {start}, deque([start]), 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        found: list[str] = []
        if status in (301, 302, 303):
            found.append(_target(urljoin(server.url(target), headers["Location"])))
        elif status == 200:
            for href in _HREF.findall(body):
                href = html.unescape(href)
                if href.startswith(("javascript:", "mailto:", "#")) or not href:
                    continue
                absolute = urljoin(server.url(target), href)
                if urlsplit(absolute).netloc != urlsplit(server.base_url).netloc:
                    continue
                found.append(_target(absolute.split("#")[0]))
        for t in found:
            if t in seen or _ASSET.search(urlsplit(t).path) or (skip and skip.search(t)):
                continue
            seen.add(t)
            queue.append(t)
    return seen, fetched


def test_shape():
    assert portal.NAME == "jahia_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts), "a target names two articles"
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10" <= (g["published_at"] or "2026-10")[:7] <= "2026-12"
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] == unicodedata.normalize("NFC", g["body"])
        assert g["category"] in {label for label, _ in portal.CATS.values()}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = reader_text(body)
    assert gold["title"] in page
    squashed = _squash(page)
    for para in gold["body"].split("\n\n"):
        # table cells and footnote anchors are separate elements: compare without spaces and bars
        assert para in page or _squash(para) in squashed, para[:60]
    if gold["summary"]:
        assert gold["summary"] in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in page
    assert f'href="{server.base_url}{gold["canonical_path"]}"' in body
    assert portal.TODAY_LINE in page
    crumb = reader_text(body.split('id="breadcrumb_5c1e"')[1].split("</div>")[0])
    assert crumb.endswith(gold["category"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_alternates_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert _target(headers["Location"]) == gold["path"], alt
            continue
        assert status == 200, alt
        assert gold["title"] in reader_text(body)
        assert f'href="{server.base_url}{gold["canonical_path"]}"' in body


def test_every_article_reachable_from_start(server):
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & seen, g["path"]
    for p in portal.NON_ARTICLES:
        assert p in seen, p
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_page_two_only_article(server):
    """a5 is reachable only through ``?beginIndex=4`` of Hoạt động ngành."""
    a5 = portal.GOLD[4]
    seen, _ = crawl(server, skip=re.compile(r"beginIndex=[1-9]"))
    assert not ({a5["path"], *a5["alt_paths"]} & seen)
    status, body, _ = fetch(server, "/sites/sgddt/home/tin-tuc/hoat-dong-nganh.html?beginIndex=4")
    assert status == 200 and a5["title"] in reader_text(body)


def test_default_vanity_redirects(server):
    for g in (portal.GOLD[0], portal.GOLD[6]):
        node = g["alt_paths"][0]
        status, _, headers = fetch(server, node)
        assert status == 301 and headers["Location"].endswith(g["path"])


def test_jsessionid_only_without_cookie(server):
    _, body, headers = fetch(server, portal.START_PATH)
    assert ";jsessionid=" in body and "JSESSIONID=" in headers.get("Set-Cookie", "")
    req = urllib.request.Request(server.url(portal.START_PATH), headers={"Cookie": f"JSESSIONID={portal.SID}"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=10) as resp:
        assert ";jsessionid=" not in resp.read().decode("utf-8")


def test_traps_as_documented(server):
    # time first, then day; a later update date beside it
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "Ngày đăng: 15:20 | 04/12/2026" in body and "Cập nhật: 05/12/2026 07:45" in body
    # midnight
    _, body, _ = fetch(server, portal.GOLD[3]["path"])
    assert "Ngày đăng: 00:00 | 20/11/2026" in body
    # JVM en_US date on the Tin từ cơ sở template
    _, body, _ = fetch(server, portal.GOLD[8]["path"])
    assert "Posted: Nov 28, 2026, 3:05:00 PM" in body and "Đăng bởi: root" in body
    _, body, _ = fetch(server, portal.GOLD[9]["path"])
    assert "Nov 18, 2026, 7:40:00 AM" in body
    # the notice prints only its letterhead date
    _, body, _ = fetch(server, portal.GOLD[11]["path"])
    assert "ngày 30 tháng 11 năm 2026" in body and "Ngày đăng" not in body and "Posted" not in body
    # CKEditor entities and decomposed text
    _, body, _ = fetch(server, portal.GOLD[1]["path"])
    assert "&#7841;" in body or "&#7879;" in body
    _, body, _ = fetch(server, portal.GOLD[4]["path"])
    assert unicodedata.normalize("NFD", "Giao ban chuyên môn") in body
    # Word list markers
    _, body, _ = fetch(server, portal.GOLD[2]["path"])
    assert "mso-list:Ignore" in body and "Ảnh: Lê Phước" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "path",
    [
        "/sites/sgddt/home/khong-ton-tai.html",
        "/tin-tuc/khong-co-bai-nay",
        "/sites/sgddt/home/tin-tuc/hoat-dong-nganh/bai-viet-khong-co.html",
        "/sites/sgddt/home/tin-tuc/chuyen-muc-la.html",
        "/cms/render/live/vi/sites/sgddt/home/khong-co.html",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
