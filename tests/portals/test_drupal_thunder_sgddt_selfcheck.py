"""Self-check of the drupal_thunder_sgddt fixture portal against itself (never the crawler).

Every gold target answers 200 with its title and its gold text; every article is reachable by
links from the start page within the request budget; non-articles answer 200; unknown paths 404;
and the documented traps behave as the module's docstring says.
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

from . import drupal_thunder_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml|txt)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def reader_text(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def links(body: str, page_url: str, srv: PortalServer) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if (parts.hostname, parts.port) != (srv.host, srv.port) or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(srv: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over ``<a href>`` and the GET search form with no keys, as a crawler would."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and fetched < 400:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, _ = fetch(srv, target)
        fetched += 1
        if status != 200:
            continue
        queue.extend(links(body, srv.url(target), srv))
    return seen, fetched


def test_contract() -> None:
    assert portal.NAME == "drupal_thunder_sgddt" and portal.START_PATH == "/"
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8 and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


def test_gold_is_well_formed() -> None:
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers",
            "source", "summary", "body", "images", "category"}
    for g in portal.GOLD:
        assert keys <= set(g), g["path"]
        for key in ("title", "body", "category"):
            assert isinstance(g[key], str) and g[key] == g[key].strip() and g[key]
            assert unicodedata.is_normalized("NFC", g[key])
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["published_at"][:7] in {"2026-10", "2026-11", "2026-12"}
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs), g["path"]
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for img in g["images"]:
            assert img["path"].startswith("/sites/default/files/styles/") and "?itok=" in img["path"]
            assert img["caption"] is None or img["caption"] not in paragraphs
            assert not (img["caption"] or "").startswith(("(", "Ảnh:"))
        for name in g["authors"] + g["photographers"]:
            assert name and not name.startswith(("ThS.", "Tin", "Ảnh")), name


def _rows_present(paragraph: str, page: str) -> bool:
    """A table row's cells are printed in separate cells: each cell, in order, on the page."""
    if " | " not in paragraph:
        return paragraph in page
    return " ".join(paragraph.split(" | ")) in page


def test_gold_targets_serve_their_text(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = reader_text(body)
        assert '<h1 class="page-title tieude-bv"><span class="field field--name-title' in body
        assert g["title"] in page
        for paragraph in g["body"].split("\n\n"):
            assert _rows_present(paragraph, page), (g["path"], paragraph[:60])
        for img in g["images"]:
            assert f'="{html.escape(img["path"])}"' in body, img["path"]
            if img["caption"]:
                assert img["caption"] in page
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        assert portal.TODAY_LINE in page and "Bản quyền thuộc" in page and "Lượt xem" in page
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
        crumbs = re.findall(r'<li class="breadcrumb-item">(?:<a href="[^"]*">)?([^<]+)<', body)
        assert crumbs[-1] == g["category"], (g["path"], crumbs)
        for alt in g.get("alt_paths", []):
            status, alt_body, _ = fetch(server, alt)
            assert status == 200 and g["title"] in reader_text(alt_body), alt
            assert g["body"].split("\n\n")[-1] in reader_text(alt_body), alt


def test_every_article_is_reachable_within_budget(server: PortalServer) -> None:
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert {g["path"], *g["alt_paths"]} & seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200 and portal.TODAY_LINE in body, target
        assert "node--type-article" not in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in ("/khong-ton-tai", "/tin-tuc/bai-viet-khong-co", "/node/99999", "/chuyen-muc/the-thao",
                   "/tags/khong-co", "/sites/default/files/2026-12/khong-co.pdf"):
        assert fetch(server, target)[0] == 404, target


def test_trap_zero_based_pager(server: PortalServer) -> None:
    i_path = portal.article_path(portal.BY_NID[1441])
    _, first, _ = fetch(server, "/tin-tuc")
    _, zero, _ = fetch(server, "/tin-tuc?page=0")
    assert re.findall(r'class="tin-item__tieude"><a href="([^"]+)"', first) == re.findall(
        r'class="tin-item__tieude"><a href="([^"]+)"', zero)
    assert 'href="?page=1" title="Đến trang 2">2</a>' in first and 'href="?page=2"' in first
    _, third, _ = fetch(server, "/tin-tuc?page=2")
    assert f'href="{i_path}"' in third and 'href="?page=0" title="Đến trang đầu">« Đầu' in third
    _, chan, _ = fetch(server, "/chuyen-muc/hoat-dong-nganh")
    assert 'rel="next">››</a>' in chan and "Trang 1" in chan and ">2</a>" not in chan
    assert f'href="{i_path}"' in fetch(server, "/chuyen-muc/hoat-dong-nganh?page=1")[1]
    # I is behind page 2+ only: no first-page listing or other article links it
    for target in ["/", "/tin-tuc", "/chuyen-muc/hoat-dong-nganh", "/tin-tuc?page=1",
                   *(portal.article_path(s) for s in portal.STORIES if s.id != 1441)]:
        assert i_path not in fetch(server, target)[1], target


def test_trap_same_title_two_articles(server: PortalServer) -> None:
    m1, m2 = (g for g in portal.GOLD if g["title"].startswith("Hội nghị tập huấn"))
    assert m1["title"] == m2["title"] and m1["path"] + "-0" == m2["path"] and m1["body"] != m2["body"]
    assert 'href="/node/1452"' in fetch(server, portal.article_path(portal.BY_NID[1455]))[1]


def test_trap_utc_datetime_and_midnight(server: PortalServer) -> None:
    body = fetch(server, portal.article_path(portal.BY_NID[1475]))[1]
    assert '<time datetime="2026-11-27T23:00:00Z">Thứ Bảy, 28/11/2026 - 06:00</time>' in body
    assert "Cập nhật lần cuối: 28/11/2026 - 07:41" in body
    assert "22/10/2026 - 00:00" in fetch(server, portal.article_path(portal.BY_NID[1449]))[1]
    notice = fetch(server, portal.article_path(portal.BY_NID[1480]))[1]
    assert "Thứ Ba, 01/12/2026 - 08:15" in notice and "ngày 30 tháng 11 năm 2026" in notice


def test_trap_lazy_gallery_and_embeds(server: PortalServer) -> None:
    body = fetch(server, portal.article_path(portal.BY_NID[1478]))[1]
    for src in portal.IMG_B:
        assert f'data-src="{html.escape(src)}"' in body and f' src="{html.escape(src)}"' not in body
    assert body.count("/styles/thumbnail/") == 3
    c = fetch(server, portal.article_path(portal.BY_NID[1475]))[1]
    assert "Xem bài viết này trên Instagram" in c
    m2 = fetch(server, portal.article_path(portal.BY_NID[1474]))[1]
    assert 'class="twitter-tweet"' in m2 and "25 tháng 11, 2026" in m2
    gold = {g["path"]: g for g in portal.GOLD}
    for path in (portal.article_path(portal.BY_NID[1475]), portal.article_path(portal.BY_NID[1474])):
        assert "Instagram" not in gold[path]["body"] and "Khung năng lực số" not in gold[path]["body"]


def test_trap_pasted_text(server: PortalServer) -> None:
    e = fetch(server, portal.article_path(portal.BY_NID[1466]))[1]
    assert e.count("mso-list:Ignore") == 4 and "<o:p>&nbsp;</o:p>" in e
    f = fetch(server, portal.article_path(portal.BY_NID[1461]))[1]
    assert not unicodedata.is_normalized("NFC", f)
    d = fetch(server, portal.article_path(portal.BY_NID[1470]))[1]
    assert d.count('alt="👉"') == 2
    gold = {g["path"]: g for g in portal.GOLD}
    assert "👉" not in gold[portal.article_path(portal.BY_NID[1470])]["body"]
    assert "\n\n- Các trường gửi" in gold[portal.article_path(portal.BY_NID[1466])]["body"]
    assert "1." not in gold[portal.article_path(portal.BY_NID[1466])]["body"].split("\n\n")[1]


def test_gold_values_of_the_traps() -> None:
    gold = {g["path"]: g for g in portal.GOLD}

    def g(nid: int) -> dict:
        return gold[portal.article_path(portal.BY_NID[nid])]

    assert g(1475)["published_at"] == "2026-11-28T06:00:00+07:00"
    assert g(1449)["published_at"] == "2026-10-22"
    assert g(1480)["published_at"] == "2026-11-30" and g(1480)["authors"] == ["Nguyễn Văn Hiệp"]
    assert "THÔNG BÁO" not in g(1480)["body"] and "Nơi nhận" not in g(1480)["body"]
    assert g(1480)["category"] == "Thông báo" and g(1452)["category"] == "Chuyển đổi số"
    assert g(1466)["summary"] is None and g(1472)["summary"] is not None
    assert g(1461)["source"] == "Báo Lâm Đồng" and g(1449)["source"] is None
    assert g(1478)["images"][2]["caption"] is None and g(1470)["title"].startswith("🌹")
    assert all(not any(x in g["body"] for x in ("Người đăng", "Cập nhật lần cuối", "Xem thêm")) for g in portal.GOLD)
