"""Self-checks of the DNN 8 / vendor news module fixture (Trường Chính trị tỉnh Kon Tum) against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnn8_vendor_news_module_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""href\s*=\s*["']([^"'#]+)""", re.IGNORECASE)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible text of a page, tags dropped, entities decoded, whitespace collapsed, NFC."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def tt_block(markup: str, cls: str) -> str:
    m = re.search(rf'<div class="{cls}"[^>]*>(.*?)</div>', markup, re.S)
    assert m, cls
    return page_text(m.group(1))


def local_target(base: str, page: str, href: str) -> str | None:
    href = _html.unescape(href.strip())
    if href.startswith(("javascript:", "mailto:")):
        return None
    absolute = urljoin(base + page, href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over HTML pages from START_PATH; returns the targets seen and the fetch count."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if re.search(r"\.(jpg|png|gif|ico|css|js|pdf|ashx)$|LinkClick", target.split("?")[0], re.I):
            continue
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in HREF.findall(body):
            nxt = local_target(server.base_url, target, href)
            if nxt and nxt not in seen and not skip(nxt):
                seen.add(nxt)
                queue.append(nxt)
    return seen, fetched


def test_shape():
    assert portal.NAME == "dnn8_vendor_news_module_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert unicodedata.is_normalized("NFC", g["body"])


def test_no_machine_paths_in_module():
    src = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in src


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target
    status, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    # the headline is in tt_tieude, not in <title> (trap 1)
    assert tt_block(body, "tt_tieude") == gold["title"]
    assert gold["title"] not in page_text(re.search(r"<title>(.*?)</title>", body, re.S).group(1))
    # the body's paragraphs, in order, inside tt_noidung (or the sapo in tt_tomtat)
    noidung = body[body.index('<div class="tt_noidung"') : body.index('<div class="tt_chiase"')]
    inner = page_text(re.sub(r"</td>\s*<td[^>]*>", " | ", noidung))
    pos = 0
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"] and tt_block(body, "tt_tomtat"):
        assert tt_block(body, "tt_tomtat") == gold["summary"] == paragraphs[0]
        paragraphs = paragraphs[1:]
    for para in paragraphs:
        found = inner.find(para, pos)
        assert found >= 0, para[:60]
        pos = found + len(para)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in inner
    for img in gold["images"]:
        assert f'data-original="{_html.escape(img["path"])}"' in noidung
        if img["caption"]:
            assert img["caption"] in inner
    crumbs = page_text(body[body.index('id="dnn_dnnBREADCRUMB_lblBreadCrumb"') :].split("</div>")[0])
    assert crumbs.endswith(gold["category"])
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body


def test_dates_as_printed(server):
    """The date line prints month-first en-US; the gold reads it so (trap 3)."""
    by_id = {g["path"].split("/")[3]: g for g in portal.GOLD}
    expected = {
        "1287": "12/3/2026 3:30:00 PM",
        "1275": "11/12/2026 10:45:00 AM",
        "1262": "10/20/2026 12:00:00 AM",
        "1289": "12/2/2026 10:20:00 AM",
    }
    for art, printed in expected.items():
        status, body, _ = fetch(server, by_id[art]["path"])
        assert status == 200
        assert printed in tt_block(body, "tt_ngay")
    assert by_id["1262"]["published_at"] == "2026-10-20"
    assert by_id["1289"]["published_at"] == "2026-11-30"
    _, body, _ = fetch(server, by_id["1289"]["path"])
    assert "Kon Tum, ngày 30 tháng 11 năm 2026" in page_text(body)


def test_lazy_placeholders_are_not_photos(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert portal.LAZY_GIF in body
    assert all(portal.LAZY_GIF not in (i.get("path") or "") for g in portal.GOLD for i in g["images"])


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_reachability_and_budget(server):
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_on_page_two(server):
    def beyond_page_one(target: str) -> bool:
        return bool(re.search(r"(page=|/page/)([2-9])", target))

    seen, _ = crawl(server, skip=beyond_page_one)
    hidden = {g["path"].split("/")[3] for g in portal.GOLD if g["path"] not in seen}
    assert hidden == {"1268", "1262", "1270", "1266"}


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tt_ngay"' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/tin-tuc-su-kien/ArticleID/9999/khong-co",
        "/tin-tuc-su-kien/ArticleID/1286/sai-chuyen-muc",
        "/tin-tuc-su-kien/tabid/58/Default.aspx?page=9",
        "/tin-tuc-su-kien/page/7",
        "/Default.aspx?tabid=58&ArticleID=1",
        "/thong-bao/ctl/Print/mid/412/ArticleID/1289",
        "/van-ban/ItemID/41/sai-slug",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_rss_and_print(server):
    status, body, headers = fetch(server, "/DesktopModules/HTSoft.TinTuc/RSS.aspx?tabid=58&mid=412")
    assert status == 200 and "xml" in headers["Content-Type"]
    assert "Default.aspx?tabid=58&amp;ArticleID=1287" in body
    status, body, _ = fetch(server, "/tin-tuc-su-kien/ctl/Print/mid/412/ArticleID/1287")
    assert status == 200 and "03/12/2026 - 15:30" in body
