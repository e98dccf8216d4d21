"""Self-check of the drupal11_layout_sgddt fixture portal against itself (never the crawler).

Every gold target answers 200 with its title and text, the gold is well-formed, the alternate
URLs serve the same article, non-articles answer 200, a link walk from the start page reaches
every article within the request budget, and the traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal11_layout_sgddt as portal
from tests.portals._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_FILE = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xlsx|webp|xml|txt)$", re.I)
_FOOTNOTE_CALL = re.compile(r'<sup><a href="#fn\d+"[^>]*>\d+</a></sup>')
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


def reader_text(markup: str) -> str:
    """What a reader sees: footnote calls dropped, tags dropped, references resolved, NFC."""
    markup = _FOOTNOTE_CALL.sub("", markup)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def image_targets(markup: str) -> set[str]:
    return {html.unescape(s) for s in re.findall(r'(?:src|data-src)="([^"]+)"', markup)}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract() -> None:
    assert portal.NAME == "drupal11_layout_sgddt"
    assert portal.START_PATH == "/"
    assert isinstance(portal.PLATFORM, str) and portal.PLATFORM
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_is_well_formed(g: dict) -> None:
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers",
            "source", "summary", "body", "images", "category"}
    assert keys <= set(g)
    assert g["path"].startswith("/") and g["canonical_path"] == g["path"]
    for key in ("title", "body", "category"):
        assert isinstance(g[key], str) and g[key] == g[key].strip() and g[key]
        assert unicodedata.is_normalized("NFC", g[key])
    assert g["published_at"] is None or _STAMP.match(g["published_at"])
    assert g["published_at"] is None or "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
    paragraphs = g["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if g["summary"] is not None:
        assert g["summary"] == paragraphs[0]
    for name in g["authors"] + g["photographers"]:
        assert name and name == name.strip() and not name.startswith(("ThS.", "TS."))
        assert name.lower() not in {"admin", "bbt", "bientap.vp", "vanphong.sgd"}
    for img in g["images"]:
        assert img["path"].startswith("/sites/default/files/")
        assert img["caption"] is None or (img["caption"] and img["caption"] not in paragraphs)
        assert img["caption"] is None or not img["caption"].startswith(("(", "Ảnh:"))
    assert g["category"] in {c.name for c in portal.CATS.values()}


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_targets_serve_their_text(g: dict, server: PortalServer) -> None:
    status, body, headers = fetch(server, g["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = reader_text(body)
    assert g["title"] in page
    for paragraph in g["body"].split("\n\n"):
        if " | " in paragraph:  # a table row: its cells are printed one by one
            for cell in paragraph.split(" | "):
                assert cell in page, (g["path"], cell)
        else:
            assert paragraph in page, (g["path"], paragraph[:60])
    if g["summary"]:
        assert g["summary"] in page
    for img in g["images"]:
        assert img["path"] in image_targets(body), img["path"]
        if img["caption"]:
            assert img["caption"] in page
    for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
        assert name in page, (g["path"], name)
    assert g["category"] in page
    assert portal.HEADER_DATE in page and "Bản quyền thuộc" in page
    assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}" />' in body
    # the printed date: a time when the gold has one, the letterhead's day for the notice
    day = g["published_at"][:10]
    y, m, d = day.split("-")
    if "T" in g["published_at"]:
        assert f"{d}/{m}/{y} - {g['published_at'][11:16]}" in page
    elif g["path"].endswith(portal.A6.slug):
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in page
    else:
        assert f"{d}/{m}/{y} - 00:00" in page


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alternate_urls_serve_the_same_article(g: dict, server: PortalServer) -> None:
    last = g["body"].split("\n\n")[-1]
    assert g.get("alt_paths")
    for alt in g["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        page = reader_text(body)
        assert g["title"] in page and (last in page or " | " in last), alt
        if not alt.endswith("/printable/print"):
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}" />' in body


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Ngày đăng: <time" not in body and "node--type-tin-bai" not in body


def test_unknown_paths_are_404(server: PortalServer) -> None:
    for target in (
        "/khong-ton-tai",
        "/tin-tuc/tin-tong-hop",
        "/tin-tuc/tin-hoat-dong/bai-khong-co",
        "/node/99999",
        "/node/3127/edit",
        "/node/3127/printable/pdf",
        "/tu-khoa/khong-co",
        "/van-ban/khong-co",
        "/sites/default/files/khong-co",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def _links(body: str, page_url: str, server: PortalServer) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        if _FILE.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer) -> dict[str, str]:
    """Breadth-first over links from the start page: target -> body of every 200 page."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    visited: set[str] = set()
    while queue and len(visited) < 300:
        target = queue.popleft()
        if target in visited:
            continue
        visited.add(target)
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        seen[target] = body
        queue.extend(_links(body, server.url(target), server))
    return seen


def test_every_article_and_non_article_is_reachable(server: PortalServer) -> None:
    seen = walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    # a naive walk over every link (print views, /node/ twins, ?page=0 duplicates included)
    # stays within the budget of 3 x (articles + non-articles) page requests
    assert len(seen) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), len(seen)


def test_a5_is_only_on_second_listing_pages(server: PortalServer) -> None:
    a5 = portal.alias(portal.A5)
    seen = walk(server)
    linking = {t for t, body in seen.items() if f'href="{a5}"' in body and t != a5}
    assert linking, "A5 must be reachable"
    for target in linking:
        assert "page=1" in target, target
    assert "/tin-tuc/tin-hoat-dong?page=1" in linking and "/tin-tuc?page=1" in linking


def test_utc_time_attributes_and_printed_dates(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.alias(portal.A2))
    assert '<time datetime="2026-12-01T23:20:00Z">T4, 02/12/2026 - 06:20</time>' in body
    _, body, _ = fetch(server, portal.alias(portal.A5))
    assert '<time datetime="2026-10-27T17:00:00Z">T4, 28/10/2026 - 00:00</time>' in body
    _, body, _ = fetch(server, portal.alias(portal.A1))
    page = reader_text(body)
    assert page.index("Cập nhật: T7, 05/12/2026") < page.index("Ngày đăng: T6, 04/12/2026 - 16:45")
    _, body, _ = fetch(server, portal.alias(portal.A9))
    assert '<meta property="article:published_time" content="2026-11-27T16:02:00+07:00" />' in body
    _, body, _ = fetch(server, portal.alias(portal.A6))
    assert "T3, 01/12/2026 - 15:20" in body and "ngày 30 tháng 11 năm 2026" in body


def test_pagers(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong")
    assert 'href="?page=1" title="Đến trang 2"' in body
    _, first, _ = fetch(server, "/tin-tuc/tin-hoat-dong?page=0")
    assert reader_text(first) == reader_text(body)
    _, last, _ = fetch(server, "/tin-tuc/tin-hoat-dong?page=1")
    status, beyond, _ = fetch(server, "/tin-tuc/tin-hoat-dong?page=9")
    assert status == 200 and reader_text(beyond) == reader_text(last)  # clamped, never empty
    _, front, _ = fetch(server, "/")
    assert 'href="?page=%2C1"' in front and portal.alias(portal.A8) not in front
    _, front2, _ = fetch(server, "/?page=%2C1")
    assert f'href="{portal.alias(portal.A8)}"' in front2 and 'href="?page=%2C0"' in front2
    status, filtered, _ = fetch(server, "/tin-tuc?danh_muc=13&nam=2026")
    assert status == 200 and portal.alias(portal.A8) in filtered and portal.alias(portal.A1) not in filtered


def test_duplicates_and_stale_alias(server: PortalServer) -> None:
    a3 = portal.alias(portal.A3)
    assert a3.startswith("/tin-tuc/tin-tong-hop/")
    _, body, _ = fetch(server, a3)
    assert 'class="breadcrumb__link">Tin hoạt động</a>' in body
    _, body, _ = fetch(server, "/node/3124")
    assert f"{server.base_url}{portal.alias(portal.A6)}" in body and 'href="/index.php/tin-tuc/thong-bao/' in body
    _, body, _ = fetch(server, portal.alias(portal.A10))
    assert 'href="/tin-tuc/Tin-hoat-dong/' in body
    for st in (portal.A5, portal.A11, portal.A12, portal.A13):
        _, body, _ = fetch(server, portal.alias(st))
        assert f'href="/node/{st.id}/printable/print"' in body
    _, body, _ = fetch(server, portal.alias(portal.A1))
    assert "/printable/print" not in body


def test_markup_traps(server: PortalServer) -> None:
    # Blazy: the real photo is only in data-src
    _, body, _ = fetch(server, portal.alias(portal.A5))
    for img in GOLD_BY_PATH[portal.alias(portal.A5)]["images"]:
        assert f' src="{html.escape(img["path"])}"' not in body and f'data-src="{html.escape(img["path"])}"' in body
    # NFD storage
    _, body, _ = fetch(server, portal.alias(portal.A4))
    assert unicodedata.normalize("NFD", "Trường THCS Nguyễn Du") in body
    assert 'alt="Tiết dạy minh họa môn KHTN 8"' in body
    # the inline block and the marquee share the body field's classes
    _, body, _ = fetch(server, portal.alias(portal.A7))
    assert body.count("field--name-body") >= 3 and "Hộp thư góp ý" in body
    g7 = GOLD_BY_PATH[portal.alias(portal.A7)]
    assert "gopy.sgddt" not in g7["body"] and "Lịch nghỉ Tết" not in g7["body"]
    # footnote calls: bare superscripts present in the markup, absent from the gold
    _, body, _ = fetch(server, portal.alias(portal.A12))
    assert '<sup><a href="#fn1" id="fnref1">1</a></sup>' in body
    assert "kỹ thuật. Tuy nhiên" in GOLD_BY_PATH[portal.alias(portal.A12)]["body"]
    # Word list markers
    _, body, _ = fetch(server, portal.alias(portal.A13))
    assert body.count("mso-list:Ignore") == 4
    g13 = GOLD_BY_PATH[portal.alias(portal.A13)]
    assert "\n\nBước 1:" in g13["body"] and g13["body"].endswith("tháng 5/2026.")
    # the official notice: letterhead and closing are not body
    g6 = GOLD_BY_PATH[portal.alias(portal.A6)]
    assert "CỘNG HÒA" not in g6["body"] and "Nơi nhận" not in g6["body"] and g6["authors"] == ["Nguyễn Văn Hùng"]


def test_static_files(server: PortalServer) -> None:
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/sites/default/files/2026-12/3412-TB-SGDDT-thi-HSG-lop-12.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
