"""Self-checks of the joomla3_vn_vendor_template_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_vn_vendor_template_mamnon as portal
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
_BLOCK = re.compile(r"</?(p|br|div|td|th|tr|li|h[1-6]|dd|dt|table|ul|ol)\b[^>]*>", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    s = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S | re.I)
    s = re.sub(r"<style\b.*?</style>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = _BLOCK.sub(" ", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).strip()


def links(markup: str, page: str, base: str) -> list[str]:
    out = []
    for raw in re.findall(r'<a\b[^>]*\shref="([^"]*)"', markup, flags=re.I):
        href = html.unescape(raw).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin(base + page, href)
        if not absolute.startswith(base + "/"):
            continue
        target = absolute[len(base):]
        if urlsplit(target).path.lower().endswith(_SKIP_EXT):
            continue
        out.append(target)
    return out


def crawl(server: PortalServer) -> dict[str, set[str]]:
    """Breadth-first walk over links from START_PATH: target -> the pages linking to it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    while queue:
        page = queue.popleft()
        status, body, _ = fetch(server, page)
        assert status == 200, page
        for target in links(body, page, server.base_url):
            if target not in seen:
                seen[target] = set()
                queue.append(target)
            seen[target].add(page)
    return seen


def full_page(server: PortalServer, gold: dict) -> str:
    """The article's whole text: the showall view when the article is split by pagebreaks."""
    showall = [p for p in gold.get("alt_paths", []) if p.endswith("?showall=1")]
    status, body, _ = fetch(server, showall[0] if showall else gold["path"])
    assert status == 200
    return body


def test_counts_and_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        for bad in ("mso-", "{", "document.getElementById", "Nhấp để xem", "Bài viết mới hơn", "Lượt xem"):
            assert bad not in g["body"], (g["path"], bad)


def test_gold_paths_and_alternates_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            assert g["title"] in page_text(body), target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        markup = full_page(server, g)
        txt = page_text(markup)
        for para in g["body"].split("\n\n"):
            # a table row is printed cell by cell
            assert " ".join(para.split(" | ")) in txt, (g["path"], para[:60])
        for img in g["images"]:
            assert f'"{img["path"]}"' in markup, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        day = dt.date.fromisoformat(g["published_at"][:10])
        printed = [f"{day:%d} Tháng {day.month} {day:%Y}", f"ngày {day:%d} tháng {day.month} năm {day:%Y}"]
        if len(g["published_at"]) > 10:
            printed = [f"{day:%d} Tháng {day.month} {day:%Y} {g['published_at'][11:16]}"]
        assert any(p in txt for p in printed), (g["path"], printed)


def test_first_page_of_split_article_has_its_start_only(server):
    g = next(g for g in portal.GOLD if any(p.endswith("?start=1") for p in g.get("alt_paths", [])))
    paras = g["body"].split("\n\n")
    first = page_text(fetch(server, g["path"])[1])
    second = page_text(fetch(server, g["path"] + "?start=1")[1])
    assert paras[0] in first and paras[-1] not in first
    assert paras[-1] in second and paras[0] not in second
    assert "Trang 1 của 2" in first and "Trang 2 của 2" in second


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    # some articles are linked only from page 2+ of the news listing
    later = {"/index.php/tin-tuc-thong-bao?start=2", "/index.php/tin-tuc-thong-bao?start=4",
             "/index.php/tin-tuc-thong-bao?start=6"}
    only_later = [g["path"] for g in portal.GOLD if seen[g["path"]] and seen[g["path"]] <= later]
    assert len(only_later) >= 3, only_later
    # the listing prints Joomla's counter
    assert "Trang 1 của 4" in page_text(fetch(server, "/index.php/tin-tuc-thong-bao")[1])


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng: " not in body or "/van-ban/" in path


def test_unknown_paths_404(server):
    for target in [
        "/index.php/khong-co-trang-nay",
        "/index.php/tin-tuc-thong-bao/999-khong-ton-tai",
        "/index.php/tin-tuc-thong-bao?start=40",
        "/index.php?option=com_content&view=article&id=9999",
        "/index.php/hoat-dong-chuyen-mon/141-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027?start=1",
        "/trang-khong-ton-tai.html",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source, bad
