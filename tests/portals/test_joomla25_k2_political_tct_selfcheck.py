"""Self-checks of the joomla25_k2_political_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla25_k2_political_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _wire(target: str) -> str:
    """A target as a client sends it: non-ASCII and spaces percent-encoded."""
    return quote(target, safe="/?&=:%;-._~")


def _get(server, target: str):
    return fetch(server, _wire(target))


def _visible(page: str) -> str:
    """The page's text as a reader without scripts sees it, NFC, whitespace collapsed."""
    page = re.sub(r"(?is)<script\b.*?</script>", "", page)
    page = re.sub(r"(?s)<[^>]+>", "", page)
    return collapse(unicodedata.normalize("NFC", _html.unescape(page)))


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'(?is)<a\b[^>]*?\bhref="([^"]*)"', page):
        href = _html.unescape(href).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base, href)
        if not url.startswith("http://fixture.invalid/"):
            continue
        out.append(_target(url.split("#", 1)[0]))
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = _get(server, target)
        assert status == 200, f"broken link {target}: {status}"
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for link in _links(body, "http://fixture.invalid" + urlsplit(target).path):
            if link in seen or link.lower().endswith(_STATIC):
                continue
            seen.add(link)
            queue.append(link)
    return seen, pages


def test_counts_and_shape():
    assert portal.NAME == "joomla25_k2_political_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 13
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = _get(server, target)
            assert status == 200, target
            h2 = re.search(r'(?s)<h2 class="itemTitle">(.*?)</h2>', body).group(1)
            assert _visible(h2).startswith(g["title"]), target


def test_featured_notice_in_headline(server):
    g = portal.GOLD[0]
    _, body, _ = _get(server, g["path"])
    h2 = re.search(r'(?s)<h2 class="itemTitle">(.*?)</h2>', body).group(1)
    assert _visible(h2) == g["title"] + " Nổi bật"


def _decode_cloak(page: str) -> str:
    lines = re.findall(r"(?m)^\s*(?:var )?addy\d+ = (.*);$", page)
    pieces = []
    for line in lines:
        pieces += re.findall(r"'([^']*)'", line)
    return _html.unescape("".join(pieces))


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = _get(server, g["path"])
        assert status == 200
        text = _visible(body)
        for para in g["body"].split("\n\n"):
            if portal.EMAIL_262 in para:
                assert text.count(para.split(portal.EMAIL_262)[0].strip()) == 1
                assert _decode_cloak(body) == portal.EMAIL_262
                assert "bạn cần bật JavaScript để xem nó" in text
                continue
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        nfc = unicodedata.normalize("NFC", _html.unescape(body))
        for img in g["images"]:
            assert img["path"] in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        assert g["title"] in nfc
        assert "Thứ Bảy, 05/12/2026" in text


def test_dates_printed(server):
    expected = {
        268: "Thứ năm, 03 Tháng 12 2026 14:30",
        263: "Thứ năm, 12 Tháng 11 2026 00:00",
        262: "Sơn La, ngày 10 tháng 11 năm 2026",
        251: "Thứ năm, 08 Tháng 10 2026 10:00",
    }
    for item_id, printed in expected.items():
        _, body, _ = _get(server, portal.item_path(portal.BY_ID[item_id]))
        assert printed in _visible(body)


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_old_research_items_only_via_page_two(server):
    _, first, _ = _get(server, "/index.php/nghien-cuu-trao-doi")
    _, second, _ = _get(server, "/index.php/nghien-cuu-trao-doi?start=2")
    _, home, _ = _get(server, "/")
    assert "Trang 1 của 2" in first
    for item_id in (256, 252):
        path = portal.item_path(portal.BY_ID[item_id])
        assert path not in first and path not in home
        assert path in second
    _, news, _ = _get(server, "/index.php/tin-tuc")
    assert "Trang 1 của 5" in news
    assert 'href="/index.php/tin-tuc?start=12"' in news


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = _get(server, path)
        assert status == 200, path
        assert "Trường Chính trị tỉnh Sơn La" in body


def test_tag_pages(server):
    status, body, _ = _get(server, "/index.php/tin-tuc/itemlist/tag/Trung cấp LLCT-HC")
    assert status == 200
    assert portal.item_path(portal.BY_ID[262]) in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang",
        "/index.php/khong-co",
        "/index.php/hoat-dong-nha-truong/item/999-khong-co",
        "/index.php/dao-tao-boi-duong/item/268-khai-giang",
        "/index.php?option=com_k2&view=item&id=999:x&Itemid=101",
        "/index.php/tin-tuc?start=99",
        "/index.php/tin-tuc?start=4",
        "/index.php/tin-tuc/itemlist/tag/khong-co-the",
        "/index.php/hoat-dong-nha-truong/item/268-khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-51-he-tap-trung?x=1",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = _get(server, target)
    assert status == 404
