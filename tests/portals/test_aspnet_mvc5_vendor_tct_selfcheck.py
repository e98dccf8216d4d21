"""Self-checks of the aspnet_mvc5_vendor_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc5_vendor_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_INLINE = re.compile(r"</?(?:a|strong|em|b|i|u|span|sup)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r'\b(?:href|action)="([^"#]*)"', re.I)
_RSS_LINK = re.compile(r"<link>([^<]+)</link>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _flat(page: str) -> str:
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(_TAG.sub(" ", _INLINE.sub("", page))))


def _h1(page: str) -> str:
    m = re.search(r'<h1 class="ct-tieude">(.*?)</h1>', page, re.S)
    assert m, "no h1"
    return collapse(_html.unescape(_TAG.sub("", m.group(1))))


def _main_text(page: str) -> str:
    start = page.index('id="noidung-chitiet"')
    end = page.index('class="visible-print-block')
    return _flat(page[start:end].split(">", 1)[1])


def _crawl(server: PortalServer) -> tuple[dict[str, set[str]], int]:
    """Breadth-first over every same-host link (GET forms included): target -> pages linking it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        if re.search(r"\.(jpe?g|png|gif|ico|pdf|css|js)$", urlsplit(target).path, re.I):
            continue
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith(("text/html", "application/rss")):
            continue
        pages += 1
        links = _RSS_LINK.findall(body) if "rss" in headers["Content-Type"] else _HREF.findall(body)
        for raw in links:
            raw = _html.unescape(raw).strip()
            if not raw or raw.startswith(("javascript:", "mailto:")):
                continue
            url = urljoin(server.url(target), raw)
            parts = urlsplit(url)
            if parts.netloc != urlsplit(server.base_url).netloc or "/BinhChon/" in parts.path \
                    or "/BinhLuan/" in parts.path or parts.path == "/Thumbnail.ashx":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path == "/tim-kiem" or parts.path.startswith(("/bundles/", "/Content/")):
                continue
            if nxt not in seen:
                seen[nxt] = set()
                queue.append(nxt)
            if nxt != target:
                seen[nxt].add(target)
    return seen, pages


def test_shape():
    assert portal.NAME == "aspnet_mvc5_vendor_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(paths) == len(set(paths))
    assert len({g["category"] for g in portal.GOLD}) == 3
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert _h1(body) == g["title"], target
            assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
            assert headers.get("X-AspNetMvc-Version") == "5.2"


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        page = _flat(body)
        text = _main_text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in page, (g["path"], piece)
        for img in g["images"]:
            assert img["path"].rsplit("/", 1)[1] in body
            if img["caption"]:
                assert img["caption"] in text
                assert img["caption"] not in g["body"]
        for name in g["authors"] + g["photographers"]:
            assert name in page, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        # the print-only block says "Nguồn:" too, and is not body
        assert "Ngày in" not in g["body"]
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in page or f"ngày {int(d)} tháng {int(m)} năm {y}" in page, g["path"]


def test_traps_in_markup(server):
    g1912 = next(g for g in portal.GOLD if g["path"].endswith("-a1912.html"))
    _, body, _ = fetch(server, g1912["path"])
    assert "&amp;quot;Nâng cao" in body.split("</title>")[0]  # trap 2
    assert '"Nâng cao' in g1912["title"]
    assert "12:20:00 CH" in body  # trap 3
    g1919 = next(g for g in portal.GOLD if g["path"].endswith("-a1919.html"))
    _, body, _ = fetch(server, g1919["path"])
    assert 'src="../Uploads/images/' in body  # trap 8
    assert g1919["images"][0]["path"].startswith("/Uploads/images/")
    assert _main_text(body).count(g1919["summary"]) == 1  # trap 5: once in the text …
    assert _flat(body).count(g1919["summary"]) == 2  # … and once in the lead element
    assert g1919["body"].count(g1919["summary"]) == 1
    g1890 = next(g for g in portal.GOLD if g["path"].endswith("-a1890.html"))
    assert g1890["published_at"] == "2026-11-10"
    status, rss, _ = fetch(server, "/rss/tin-tuc-su-kien")
    assert status == 200 and "Fri, 04 Dec 2026 14:30:00 Z" in rss  # trap 4
    _, listing, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien-c1?page=2")
    assert "11/9/2026" in listing and "PagedList-skipToPrevious" in listing


def test_everything_reachable_and_bounded(server):
    seen, pages = _crawl(server)
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            assert target in seen, target
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    # some articles are linked only from page 2+ of a listing
    only_deep = [
        g["path"] for g in portal.GOLD
        if seen[g["path"]] and all("page=" in src and not src.endswith("page=1") for src in seen[g["path"]])
    ]
    assert len(only_deep) >= 3, only_deep


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="ct-baiviet"' not in body


def test_unknown_paths_404(server):
    for target in ["/khong-ton-tai", "/tin-tuc/bai-viet-a9999.html", "/tin-tuc/chuyen-muc-c99",
                   "/TinTuc/ChiTiet/77", "/rss/khong-co", "/tu-khoa/khong-co", "/van-ban/chi-tiet/1"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_assets_and_forms(server):
    status, _, headers = fetch(server, "/Uploads/images/2026/12/04/tong-ket-2026-01.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/Uploads/files/2026/11/TB-412-tuyen-sinh-TCLLCT-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, _ = fetch(server, "/tim-kiem?tukhoa=h%E1%BB%99i+th%E1%BA%A3o")
    assert status == 200 and "Kết quả tìm kiếm" in body


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
