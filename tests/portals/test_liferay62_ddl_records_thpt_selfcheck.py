"""Self-checks of the liferay62_ddl_records_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_ddl_records_thpt as portal
from tests.portals._selfcheck import fetch

RECORD_MARK = "struts_action=%2Fdynamic_data_list_display%2Fview_record"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(page: str) -> str:
    """The page's visible text: scripts dropped, tags as spaces, entities decoded, NFC, collapsed."""
    page = re.sub(r"(?is)<(script|style|marquee)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    page = html.unescape(page).replace("\xa0", " ")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", page)).strip()


def links(page: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', page):
        href = html.unescape(href).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin(base, href).split("#")[0]
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of every same-host link from START_PATH (files are fetched, not parsed)."""
    seen: dict[str, tuple[int, str, dict]] = {}
    queue = [portal.START_PATH]
    while queue and len(seen) < 400:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body, headers)
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        queue += [t for t in links(body, server.url(target)) if t not in seen]
    return seen


def test_module_shape():
    assert portal.NAME == "liferay62_ddl_records_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["category"] for g in portal.GOLD}) == 3
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert gold["title"] in plain(body), target


def test_title_is_not_the_documents_title(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        head_title = re.search(r"<title>(.*?)</title>", body, re.S).group(1).strip()
        assert head_title == "Tin tức - Trường THPT Nguyễn Huệ" or gold["category"] != "Tin tức"
        assert gold["title"] not in head_title
        canonical = re.search(r'<link href="([^"]+)" rel="canonical"', body).group(1)
        assert "recordId" not in canonical


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        text = plain(body)
        for para in gold["body"].split("\n\n"):
            # a table row is printed cell by cell; the gold joins the cells with " | "
            assert " ".join(para.split(" | ")) in text, (gold["path"], para)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert gold["source"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text, gold["path"]
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] in text
        for img in gold["images"]:
            assert html.escape(img["path"]) in body or img["path"] in body, img
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
            if img["caption"]:
                assert img["caption"] in text


def test_everything_reachable_and_bounded(crawl):
    reached = {t for t, (status, _, _) in crawl.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    known = {}
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            known[target] = gold["path"]
    record_pages = [t for t in reached if RECORD_MARK in t]
    for target in record_pages:
        assert target in known, f"record URL not in gold: {target}"
    pages = [t for t, (_, _, h) in crawl.items() if "text/html" in h.get("Content-Type", "")]
    # every variant included; a crawler that keeps one URL per record needs far fewer
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)) + len(record_pages)


def test_some_articles_only_on_later_pages(server):
    _, first, _ = fetch(server, portal.START_PATH)
    _, listing, _ = fetch(server, "/web/thpt-nguyenhue/tin-tuc")
    oldest = [g for g in portal.GOLD if g["published_at"] < "2026-10-25" and g["category"] == "Tin tức"]
    assert oldest
    for gold in oldest:
        assert gold["title"] not in plain(first)
        assert gold["title"] not in plain(listing)


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Trường THPT Nguyễn Huệ" in plain(body)


def test_unknown_paths_404(server):
    tt = portal.SETS["tt"]
    for target in [
        "/web/thpt-nguyenhue/khong-co",
        "/web/khac/trang-chu",
        "/khong-co.html",
        portal.record_url(tt.layout, tt.inst, 99999),
        portal.record_url("hoat-dong-chuyen-mon", portal.SETS["cm"].inst, 31257),
        portal.list_url(tt, 9, 6),
        portal.file_entry_url(1),
        "/documents/20182/31405/khong-co.jpg/0000",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_root_redirects_to_start(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"].endswith(portal.START_PATH)
