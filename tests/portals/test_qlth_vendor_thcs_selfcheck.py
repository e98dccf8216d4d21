"""Self-checks of the qlth_vendor_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import qlth_vendor_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"</t([dh])>\s*<t[dh][^>]*>", " | ", page)  # table cells as the gold joins them
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(unicodedata.normalize("NFC", _html.unescape(page)))


_SKIP = (".jpg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


def _links(base: str, page: str) -> list[str]:
    out = []
    for raw in re.findall(r'''(?:href|action)=["']([^"']*)["']''', page):
        href = _html.unescape(raw)
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_SKIP) or parts.path.lower().startswith("/bundles/"):
            continue
        out.append(target)
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of every same-host link (and GET form action) from START_PATH."""
    seen: dict[str, int] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(_links(server.url(target), body))
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("?")[0].rsplit("/", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    title = re.search(r'<h2 class="tt-ct-tieude">(.*?)</h2>', page).group(1)
    assert collapse(_html.unescape(title)) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page
    content = _text(page.split('<div class="tt-ct-noidung">', 1)[1].split('<div class="tt-ct-congcu">', 1)[0])
    whole = _text(page)
    for para in gold["body"].split("\n\n"):
        assert para in whole, para
    if gold["summary"]:
        assert gold["summary"] == gold["body"].split("\n\n")[0]
    for name in gold["authors"] + gold["photographers"]:
        assert name in content, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in content
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in content
    crumbs = _text(page.split('<div class="dd-vitri">', 1)[1].split("</div>", 1)[0])
    assert crumbs.endswith(gold["category"])
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    info = _text(page.split('<div class="tt-ct-tt">', 1)[1].split("</div>", 1)[0])
    assert f"{d}/{m}/{y}" in info or f"ngày {int(d)} tháng {int(m)} năm {y}" in content
    # the chrome never leaks into the gold body
    for chrome in ("QLTH DIEM", "File đính kèm", "Xem thêm", "Người đăng", "Nơi nhận", "CỘNG HÒA"):
        assert chrome not in gold["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("?")[0].rsplit("/", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'href="{server.base_url}{gold["canonical_path"]}"' in page, alt


def test_every_gold_article_is_reachable(crawl):
    reached = {t for t, st in crawl.items() if st == 200}
    for gold in portal.GOLD:
        assert {gold["path"], *gold.get("alt_paths", [])} & reached, gold["path"]


def test_some_articles_only_on_page_two(server):
    home = fetch(server, portal.START_PATH)[1]
    page1 = fetch(server, f"{portal.T}/TinTuc/DanhMuc/11")[1]
    page2 = fetch(server, f"{portal.T}/TinTuc/DanhMuc/11?page=2")[1]
    assert 'href="?page=2"' in page1
    for nid in (1183, 1172):
        assert f"ChiTiet/{nid}" in page2
        assert f"/{nid}" not in home and f"/{nid}?" not in page1
        for other in portal.STORIES:
            art = fetch(server, portal.canon(other))[1]
            assert f"chitiet/{nid}" not in art.lower() or other.id == nid


def test_non_articles_answer_and_are_reachable(server, crawl):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
        assert path in crawl, path


def test_budget(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)), len(crawl)


def test_unknown_paths_404(server):
    for target in ("/khong-ton-tai", f"{portal.T}/KhongCo", f"{portal.T}/TinTuc/DanhMuc/99", "/thcsabc/Home"):
        assert fetch(server, target)[0] == 404, target


def test_soft_404_and_redirect(server):
    status, page, _ = fetch(server, f"{portal.T}/TinTuc/ChiTiet/1050?title=x")
    assert status == 200 and "không tồn tại" in page
    status, _, headers = fetch(server, portal.T)
    assert status == 302 and headers["Location"].endswith("/Home")


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
