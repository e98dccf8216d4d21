"""Self-check of the vnpt_portal_pgd fixture against itself (never the crawler).

Every gold target answers 200 with its title and text, every gold article and non-article is
reachable by links from START_PATH, the traps the module documents are really in the markup,
and the crawl stays within the page budget.
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

from . import vnpt_portal_pgd as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_SRC = re.compile(r'src="([^"]*)"')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|xlsx)$", re.I)
GOLD = {g["path"]: g for g in portal.GOLD}
PAGE2_ONLY = {portal.PGD.story_url(s) for s in (portal.A3, portal.A4, portal.A5, portal.B4)}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _reader(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer, skip: re.Pattern[str] | None = None) -> dict[str, int]:
    """Follow every same-host href from START_PATH (GET only): visited target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            queue.append(_target(urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200:
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href).strip()
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = urljoin(server.url(target), href.split("#")[0])
            if urlsplit(url).netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = _target(url)
            if _STATIC.search(urlsplit(url).path) or (skip and skip.search(nxt)):
                continue
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract() -> None:
    assert portal.NAME == "vnpt_portal_pgd"
    assert portal.START_PATH == "/pgdtamnong/"
    assert len(portal.GOLD) == 13 and len(GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(GOLD) & set(portal.NON_ARTICLES)
    keys = {
        "path",
        "canonical_path",
        "title",
        "published_at",
        "authors",
        "photographers",
        "source",
        "summary",
        "body",
        "images",
        "category",
    }
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == len(set(alts)) and not set(alts) & set(GOLD)
    for g in portal.GOLD:
        assert keys <= set(g)
        assert g["canonical_path"] == g["path"]
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        for key in ("title", "body", "category"):
            assert g[key] and g[key] == g[key].strip()
            assert unicodedata.is_normalized("NFC", g[key])
        paragraphs = g["body"].split("\n\n")
        assert all(p == " ".join(p.split()) and p for p in paragraphs)
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for img in g["images"]:
            assert img["path"].startswith("/Upload/21384/")
            assert img["caption"] is None or img["caption"] not in paragraphs
    assert {g["category"] for g in portal.GOLD} == {
        "Tin hoạt động",
        "Hoạt động chuyên môn",
        "Thông báo",
        "Gương người tốt việc tốt",
    }


def test_gold_pages_serve_their_record(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = _reader(body)
        assert g["title"] in page
        assert f'<link rel="canonical" href="{server.base_url}{g["path"]}" />' in body
        for paragraph in g["body"].split("\n\n"):
            assert paragraph.replace(" | ", " ") in page, (g["path"], paragraph[:60])
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] in page
        srcs = {
            _target(urljoin(server.url(g["path"]), html.unescape(s))) for s in _SRC.findall(body)
        }
        for img in g["images"]:
            assert img["path"] in srcs, (g["path"], img["path"])
            assert fetch(server, img["path"])[0] == 200
        assert portal.TODAY_PRINTED in page and "Lượt xem" in page and "Bản quyền thuộc" in page
        for alt in g.get("alt_paths", []):
            a_status, a_body, _ = fetch(server, alt)
            assert a_status == 200, alt
            assert f'href="{server.base_url}{g["path"]}"' in a_body
            assert g["body"].split("\n\n")[-1].replace(" | ", " ") in _reader(a_body)


def test_non_articles_and_unknown_paths(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in (
        "/pgdtamnong/tin-tuc/12/99999/khong-co-bai-nay.html",
        "/pgdtamnong/tin-tuc/99/4127/sai-chuyen-muc.html",
        "/pgdtamnong/tin-tuc/12/tin-hoat-dong/trang-3.html",
        "/pgdtamnong/gioi-thieu/2/999/khong-co.html",
        "/pgdtamnong/van-ban/1/khong-co.html",
        "/pgdtamnong/khong-ton-tai.html",
        "/pgdtamnong/lich-cong-tac.html?tuan=51&nam=2026",
        "/mnhuongnon/",
        "/sogddt/gioi-thieu/2/101/chuc-nang-nhiem-vu.html",
        "/pgdtamnong/anh.jpg",
    ):
        assert fetch(server, path)[0] == 404, path
    status, _, headers = fetch(server, "/pgdtamnong")
    assert status == 301 and headers["Location"] == "/pgdtamnong/"


def test_everything_reachable_within_budget(server: PortalServer) -> None:
    seen = _crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    assert set(GOLD) <= ok
    assert set(portal.NON_ARTICLES) <= ok
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)
    # the mixed-case and cat-0 variants are linked, the siblings too
    assert any(t.startswith("/PGDTamNong/") for t in ok)
    assert (
        "/sogddt/tin-tuc/3/8801/so-gd-dt-to-chuc-hoi-nghi-giao-ban-cong-tac-thang-11-nam-2026.html"
        in ok
    )


def test_page_two_items_need_the_pager(server: PortalServer) -> None:
    seen = _crawl(server, skip=re.compile(r"/trang-\d+\.html$"))
    ok = {t for t, s in seen.items() if s == 200}
    assert not PAGE2_ONLY & ok
    assert set(GOLD) - PAGE2_ONLY <= ok
    _, page1, _ = fetch(server, "/pgdtamnong/tin-tuc/12/tin-hoat-dong.html")
    assert 'href="tin-hoat-dong/trang-2.html"' in page1
    _, page2, _ = fetch(server, "/pgdtamnong/tin-tuc/12/tin-hoat-dong/trang-2.html")
    assert 'href="trang-1.html"' in page2
    for path in PAGE2_ONLY - {portal.PGD.story_url(portal.B4)}:
        assert f'href="{path}"' in page2


def test_traps_are_in_the_markup(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/pgdtamnong/")
    # 1. hidden province header linking to sibling sub-sites
    assert '<div id="hdrCongTinh" class="hdr-ct" style="display:none">' in home
    assert 'href="/sogddt/tin-tuc/3/8796/' in home and '<option value="/thcshuonghon/">' in home
    status, sibling, _ = fetch(server, "/thcshuonghon/tin-tuc/21/9012/x.html")
    assert status == 200 and "Ngày đăng: 16/11/2026 3:30:00 CH" in sibling
    # 2. slider cat-0 links, mixed-case notice links
    assert (
        'href="/pgdtamnong/tin-tuc/0/4127/' in home and 'href="/PGDTamNong/tin-tuc/14/4125/' in home
    )
    # 3. 12-hour clock, update date first, meta stamped Z
    _, a1, _ = fetch(
        server, GOLD["/pgdtamnong/tin-tuc/12/4127/" + portal.A1.slug + ".html"]["path"]
    )
    assert a1.index("Cập nhật: 05/12/2026 8:12:09 SA") < a1.index(
        "Ngày đăng: 04/12/2026 3:45:00 CH"
    )
    assert 'content="2026-12-04T15:45:00Z"' in a1
    # 4. sapo twice in A1
    assert _reader(a1).count(portal.A1.summary) == 2
    # 5. CMS account printed
    assert "Người đăng: tamnong_pgd" in a1
    # 6. template blocks inside the text container
    inner = a1.split('<div class="nd_ct"', 1)[1]
    assert "Từ khóa:" in inner and "Các tin khác" in inner
    # 8. letterhead notice
    _, c1, _ = fetch(server, portal.PGD.story_url(portal.C1))
    for line in ("Số: 412/TB-PGDĐT", "Tam Nông, ngày 30 tháng 11 năm 2026", "Nơi nhận:", "(Đã ký)"):
        assert line in _reader(c1)
        assert line not in GOLD[portal.PGD.story_url(portal.C1)]["body"]
    # 9. decomposed text in B2, Word bullets in B1
    _, b2, _ = fetch(server, portal.PGD.story_url(portal.B2))
    assert unicodedata.normalize("NFD", "Chuyên đề") in b2 and "Chuyên đề" not in b2
    _, b1, _ = fetch(server, portal.PGD.story_url(portal.B1))
    assert "mso-list:Ignore" in b1
    # 7. intro pages print the news template
    _, intro, _ = fetch(server, portal.NON_ARTICLES[0])
    assert "Ngày đăng: 15/08/2023" in intro and 'class="tde_ct"' in intro
    # 10. relative image path in B3
    _, b3, _ = fetch(server, portal.PGD.story_url(portal.B3))
    assert 'src="../../../../Upload/21384/20261121/taphuan-vnedu.jpg"' in b3
