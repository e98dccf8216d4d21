"""Self-checks of the drupal8_bootstrap_views_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal8_bootstrap_views_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.I)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico", ".mp3")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible text of a page: tags dropped, entities decoded, whitespace collapsed, NFC."""
    return collapse(_html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", markup))))


def links(markup: str, target: str) -> list[str]:
    """Same-site ``<a href>`` targets of a page, resolved like a browser (query-only hrefs too)."""
    out = []
    for raw in _HREF.findall(markup):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, limit: int = 300) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Breadth-first over links from START_PATH, following redirects; pages and who links them."""
    pages: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    seen = {portal.START_PATH}
    while queue and len(pages) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        pages[target] = body
        for nxt in links(body, target):
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen and not urlsplit(nxt).path.lower().endswith(_STATIC):
                seen.add(nxt)
                queue.append(nxt)
    return pages, linked_from


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_contract_shape():
    assert portal.NAME == "drupal8_bootstrap_views_thpt"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & set(paths)
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12


def test_two_articles_share_a_headline():
    titles = [g["title"] for g in portal.GOLD]
    assert len(set(titles)) == 12
    twins = sorted(g["path"] for g in portal.GOLD if titles.count(g["title"]) == 2)
    assert twins[1] == twins[0] + "-0"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target
    status, body, _ = fetch(server, gold["path"])
    h1 = re.search(r'<h1 class="page-header">(.*?)</h1>', body, re.S)
    assert h1 and page_text(h1.group(1)) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_appear_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    txt = page_text(body)
    raw = _html.unescape(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in txt, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt, name
    if gold["source"]:
        assert gold["source"] in txt
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert img["path"] in raw, img
        if img["caption"]:
            assert img["caption"] in txt
            assert img["caption"] not in gold["body"]
    assert gold["category"] in txt
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["published_at"] == "2026-12-03" and "-0" in gold["path"]:
        assert "ngày 03 tháng 12 năm 2026" in txt
    else:
        assert f"{d}/{m}/{y}" in txt
    if len(gold["published_at"]) > 10:
        assert f"{d}/{m}/{y} - {gold['published_at'][11:16]}" in txt


def test_chrome_stays_out_of_gold_body():
    for g in portal.GOLD:
        for junk in ("Gửi bởi", "Nghe đọc", "Cùng chuyên mục", "Tệp đính kèm", "Tác giả",
                     "Xem thêm", "Video:", "Tin, ảnh", "Nơi nhận", "CỘNG HÒA", "Đọc thêm"):
            assert junk not in g["body"], (g["path"], junk)


def test_every_gold_article_and_non_article_is_reachable(crawled):
    pages, _ = crawled
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path


def test_deep_articles_only_via_later_listing_pages(crawled):
    _, linked_from = crawled
    deep = {
        "/bai-viet/giao-vien-tin-hoc-hoan-thanh-boi-duong-chuyen-de-day-hoc-lap-trinh-python-theo-chuong-trinh-2018": "/tin-tuc/hoat-dong-chuyen-mon?page=2",
        "/bai-viet/thong-bao-cac-khoan-thu-hoc-ky-i-nam-hoc-2026-2027": "/tin-tuc/thong-bao?page=1",
    }
    for path, listing in deep.items():
        nid = next(s.id for s in portal.STORIES if portal.node_path(s) == path)
        sources = linked_from.get(path, set()) | linked_from.get(f"/node/{nid}", set())
        assert listing in sources
        assert all(re.search(r"[?&]page=[1-9]", src) for src in sources), sources


def test_crawl_stays_within_budget(crawled):
    pages, _ = crawled
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "page-header" in body


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay", "/bai-viet/khong-ton-tai", "/node/99999",
                   "/tin-tuc/khong-co", "/taxonomy/term/999", "/bai-viet/"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_old_alias_redirects_to_new_alias(server):
    status, _, headers = fetch(server, "/bai-viet/hoi-giang-chao-mung-ngay-nha-giao-viet-nam-20-11")
    assert status == 301
    assert headers["Location"].endswith(
        "/bai-viet/soi-noi-hoi-giang-chao-mung-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
    )


def test_rdf_dates_are_utc(server):
    _, body, _ = fetch(
        server,
        "/bai-viet/hoc-sinh-nha-truong-gianh-5-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
    )
    assert 'content="2026-11-27T23:30:00+00:00"' in body
    assert "T7, 28/11/2026 - 06:30" in body
    _, body, _ = fetch(
        server,
        "/bai-viet/giao-vien-tin-hoc-hoan-thanh-boi-duong-chuyen-de-day-hoc-lap-trinh-python-theo-chuong-trinh-2018",
    )
    assert 'content="2026-10-14T17:00:00+00:00"' in body and "15/10/2026 - 00:00" in body


def test_pagers(server):
    _, body, _ = fetch(server, "/tin-tuc/hoat-dong-chuyen-mon?page=1")
    assert 'href="?page=2"' in body and "Trang 2" in body and "Trang sau ››" in body
    status, body, _ = fetch(server, "/tin-tuc/hoat-dong-chuyen-mon?page=7")
    assert status == 200 and "/bai-viet/" not in body.split("region-content", 1)[1].split("<aside", 1)[0]
    _, body, _ = fetch(server, "/tin-tuc/thong-bao")
    assert 'href="?page=1"' in body and "Cuối »" in body
    _, body, _ = fetch(server, "/tin-tuc/thong-bao?nam_hoc=All")
    assert 'href="?nam_hoc=All&amp;page=1"' in body
    _, last, _ = fetch(server, "/tin-tuc/thong-bao?page=9")
    assert "thong-bao-cac-khoan-thu-hoc-ky-i" in last
    _, same, _ = fetch(server, "/taxonomy/term/3?page=2")
    assert "giao-vien-tin-hoc-hoan-thanh" in same


def test_lazy_images_and_files(server):
    a5 = next(g for g in portal.GOLD if "sinh-hoat-chuyen-mon-cum" in g["path"])
    _, body, _ = fetch(server, a5["path"])
    src = a5["images"][0]["path"]
    assert f'data-src="{_html.escape(src)}"' in body
    status, _, headers = fetch(server, src)
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/sites/default/files/2026-11/Lich-hop-CMHS-giua-HKI.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_nfd_text_is_served_decomposed(server):
    a4 = next(g for g in portal.GOLD if "ket-qua-ky-thi-chon-hoc-sinh-gioi" in g["path"])
    _, body, _ = fetch(server, a4["path"])
    assert "Ngày 13/11/2026" not in body
    assert a4["body"].split("\n\n")[0] in page_text(body)


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)
