"""Self-checks of the nukeviet45_pagenew_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet45_pagenew_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|mp3|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?is)<sup>.*?</sup>", "", markup)
    markup = re.sub(r"(?s)<!--.*?-->", "", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def _links(markup: str, here: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]*)"', markup):
        href = _html.unescape(raw)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://h" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _STATIC.search(parts.path):
            continue
        out.append(target)
    return out


def crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over links from START_PATH, redirects followed; returns 200 pages and the request count."""
    seen: set[str] = set()
    ok: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        ok.add(target)
        queue.extend(_links(body, target))
    return ok, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    assert collapse(unicodedata.normalize("NFC", _html.unescape(h1.group(1)))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    if gold["published_at"] and "T" in gold["published_at"]:
        day, clock = gold["published_at"][:10], gold["published_at"][11:16]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y} {clock}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    first = gold["body"].split("\n\n")[-1].split(" | ")[0]
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body)
        assert first in page_text(body)


def test_every_gold_article_is_reachable_within_budget(server):
    ok, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    # the 1049 duplicate under its second category is linked from "Những tin mới hơn"
    assert portal.GOLD[5]["alt_paths"][1] in ok
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_via_page_two(server):
    ok, _ = crawl(server, skip=lambda t: re.search(r"/page-\d+$", t) is not None)
    missing = {g["path"] for g in portal.GOLD} - ok
    assert {portal.art_path(portal.BY_ID[i]) for i in (1034, 1033)} <= missing


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "news-bodyhtml" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/vi/news/khong-co/",
        "/vi/news/tin-hoat-dong/bai-khong-ton-tai-9999.html",
        "/vi/news/nghien-cuu-trao-doi/be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-72-tai-huyen-bu-dang-1049.html",
        "/vi/news/tag/khong-co",
        "/vi/about/khong-co.html",
        "/en/",
        "/wp-admin/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_redirects_to_the_current_url(server):
    s1041 = portal.BY_ID[1041]
    canonical = portal.art_path(s1041)
    for target in (
        f"/vi/news/tin-hoat-dong/{s1041.opts['old_slug']}-1041.html",
        f"/index.php?language=vi&nv=news&op=tin-hoat-dong/{s1041.slug}-1041.html",
        canonical + "?utm_source=zalo",
    ):
        status, _, headers = fetch(server, target)
        assert status == 301, target
        assert headers["Location"] == canonical
    status, _, headers = fetch(server, "/vi/news/tin-hoat-dong/page-1")
    assert (status, headers["Location"]) == (301, "/vi/news/tin-hoat-dong/")
    status, _, headers = fetch(server, "/vi/news/tin-hoat-dong/page-7")
    assert status == 301


def test_attachment_download_is_a_pdf(server):
    path = portal.art_path(portal.BY_ID[1039]) + "?download=1&id=0"
    status, body, headers = fetch(server, path)
    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    assert body.startswith("%PDF")


def test_traps_are_printed(server):
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1058]))
    assert "Nghe đọc bài viết" in body and "Ban Mai - Nữ miền Bắc" in body
    assert "<title>Hội nghị viên chức, người lao động Trường Chính trị năm 2027" in body
    assert "Tổng số điểm của bài viết là" in body and "Ý kiến bạn đọc" in body
    assert 'class="temp-breadcrumbs hidden"' in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1035]))
    assert unicodedata.normalize("NFD", "Nghị quyết") in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1041]))
    assert 'data-src="/uploads/news/2026_11/hvctkv2-lam-viec-01.jpg"' in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1056]))
    assert "/assets/news/2026_12/khai-giang-dang-vien-moi-dot-2.jpg" in body
    _, rss, headers = fetch(server, "/vi/news/rss/")
    assert "rss" in headers["Content-Type"] and rss.count("<item>") == 10
