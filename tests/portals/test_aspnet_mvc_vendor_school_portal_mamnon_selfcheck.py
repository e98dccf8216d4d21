"""Self-checks of the Trường Mầm non Hoa Hồng fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc_vendor_school_portal_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<(?:a|form)\b[^>]*?\b(?:href|action)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
PAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """What a reader sees: tags dropped, entities decoded, whitespace collapsed."""
    no_tags = re.sub(r"<br\s*/?>", "\n", body)
    no_tags = re.sub(r"<[^>]+>", " ", no_tags)
    return collapse(html.unescape(no_tags))


def norm_target(base: str, href: str) -> str | None:
    href = html.unescape(href).strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.hostname not in ("127.0.0.1", "fixture.invalid"):
        return None
    target = quote(parts.path, safe="/%") + (f"?{parts.query}" if parts.query else "")
    return target


def crawl(server) -> dict[str, tuple[int, str]]:
    """Breadth-first walk over links and form actions from START_PATH, following redirects."""
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        if status in (301, 302):
            nxt = norm_target(server.url(target), headers.get("Location", ""))
            if nxt and nxt not in seen:
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in HREF.findall(body):
            nxt = norm_target(server.url(target), href)
            if nxt and nxt not in seen and not urlsplit(nxt).path.lower().endswith(PAGE_EXT):
                queue.append(nxt)
    return seen


def test_thirteen_gold_articles_and_non_articles_count():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # table rows: cells joined by " | " in the gold
            assert cell in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    # the headline is not the page's h1 nor its <title>
    assert "<h1" in body and gold["title"] not in re.search(r"<title>(.*?)</title>", body).group(1)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    _, canonical, _ = fetch(server, gold["path"])
    want = re.search(r'<h2 class="tieude-ct">(.*?)</h2>', canonical).group(1)
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert re.search(r'<h2 class="tieude-ct">(.*?)</h2>', body).group(1) == want


def test_every_gold_article_and_non_article_is_reachable(server):
    seen = crawl(server)
    ok = {t for t, (status, _) in seen.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    # a sensible crawl stays within the README's budget
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(seen)


def test_some_articles_only_on_page_two(server):
    seen = crawl(server)
    only_page2 = []
    for gold in portal.GOLD:
        aid = gold["path"].split("/")[3]
        linking = [
            t for t, (status, body) in seen.items()
            if status == 200 and re.search(rf'href="/tin-tuc/chi-tiet/{aid}[/"]', body)
            and not t.startswith("/tin-tuc/chi-tiet/") and not t.startswith("/TinTuc/")
        ]
        if linking and all("page=2" in t for t in linking):
            only_page2.append(gold["path"])
    assert len(only_page2) >= 2, only_page2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ("/khong-co-trang-nay", "/tin-tuc/danh-muc/99/abc", "/thu-vien-anh/99",
                 "/thuc-don/2026/50", "/tin-tuc/danh-muc/2/hoat-dong-cua-be?page=9"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_deleted_article_is_a_soft_404(server):
    status, _, headers = fetch(server, "/tin-tuc/chi-tiet/1188/be-vui-tet-trung-thu-2026")
    assert status == 302 and headers["Location"].endswith("/Home/Loi404")
    status, body, _ = fetch(server, "/Home/Loi404")
    assert status == 200 and "không tồn tại" in body


def test_traps_are_in_place(server):
    # raw "đ" printed in the href of 1212
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/2/hoat-dong-cua-be?page=2")
    assert 'href="/tin-tuc/chi-tiet/1212/ngay-hoi-be-đi-đuong-an-toan"' in body
    # lazy gallery: the placeholder in src, the file in data-original
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert 'src="/Content/themes/mamnon/images/loading.gif" data-original="/Content/Uploads/2026/12/hoithi-bekhoe-02.jpg"' in body
    # auto-filled Mô tả ends with "..." and is not the gold summary
    gold_1228 = next(g for g in portal.GOLD if "/1228/" in g["path"])
    _, body, _ = fetch(server, gold_1228["path"])
    assert gold_1228["summary"] is None and '<div class="mota-ct"><strong>' in body and "...</strong>" in body
    # og:url echoes the request
    _, body, _ = fetch(server, "/TinTuc/ChiTiet/1230")
    assert 'og:url" content="http://127.0.0.1:' in body and "/TinTuc/ChiTiet/1230" in body
    # the Ajax "Xem thêm" answers rows only to XMLHttpRequest
    import urllib.request

    req = urllib.request.Request(server.url("/tin-tuc/danh-muc/3/thong-bao?page=2"),
                                 headers={"X-Requested-With": "XMLHttpRequest"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=10) as resp:
        part = resp.read().decode("utf-8")
    assert part.startswith("<tr>") and "<html" not in part


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
