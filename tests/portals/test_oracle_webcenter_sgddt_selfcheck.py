"""Self-checks of the oracle_webcenter_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import oracle_webcenter_sgddt as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
ONCLICK_OPEN = re.compile(r"""window\.open\('([^']+)'""")
FORM = re.compile(r"<form\b[^>]*>.*?</form>", re.I | re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<sup>.*?</sup>", "", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _local(base: str, page_target: str, href: str) -> str | None:
    href = html.unescape(href.strip())
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin(base + page_target, href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server, *, follow_onclick: bool = False, submit_forms: bool = False) -> dict[str, int]:
    """Breadth-first over same-host <a href> links (and redirects) from START_PATH."""
    base = server.base_url
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            nxt = _local(base, target, headers["Location"])
            if nxt:
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        found = HREF.findall(body)
        if follow_onclick:
            found += ONCLICK_OPEN.findall(body)
        if submit_forms:
            for form in FORM.findall(body):
                if 'method="get"' in form:
                    found.append("/cs/Satellite?pagename=SGDDT%2FTimKiem&q=")
        for href in found:
            nxt = _local(base, target, href)
            if not nxt or nxt in seen or nxt.startswith("/cs/BlobServer"):
                continue
            if not re.search(r"\.(jpg|png|gif|css|js|pdf)$", nxt.split("?")[0]):
                queue.append(nxt)
    return seen


def test_contract():
    assert portal.NAME == "oracle_webcenter_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_serves_its_article(server, gold):
    story = next(s for s in portal.STORIES if portal.vanity(s) == gold["path"])
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert html.escape(img["path"]) in body or img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        assert story.opts["date"] in text
    status, body, _ = fetch(server, gold["path"])
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    crumb = re.search(r'<div class="dd-bc"[^>]*>(.*?)</div>', body, re.S).group(1)
    assert page_text(crumb).endswith(gold["category"])


def test_satellite_copy_points_to_vanity(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["alt_paths"][0])
        assert status == 200
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body


def test_traps_as_printed(server):
    by_id = portal.BY_ID
    # 12-hour clock and midnight
    assert by_id[1].opts["date"].endswith("02:30 CH") and by_id[1].published_at.endswith("T14:30:00+07:00")
    assert by_id[9].opts["date"].endswith("12:20 CH") and by_id[9].published_at.endswith("T12:20:00+07:00")
    assert by_id[2].opts["date"].endswith("12:00 SA") and by_id[2].published_at == "2026-12-01"
    # the update time is printed before the publication time
    _, body, _ = fetch(server, portal.vanity(by_id[1]))
    assert body.index("Cập nhật: 04/12/2026") < body.index("Ngày đăng: 03/12/2026")
    # the official notice: letterhead day, signer
    _, body, _ = fetch(server, portal.vanity(by_id[11]))
    assert "ngày 30 tháng 11 năm 2026" in body and "Ngày đăng: 02/12/2026" in body
    assert portal.GOLD[10]["published_at"] == "2026-11-30" and portal.GOLD[10]["authors"] == ["Trần Văn Hùng"]
    assert "Nơi nhận" not in portal.GOLD[10]["body"]
    # entity-typed body
    _, body, _ = fetch(server, portal.vanity(by_id[4]))
    assert "&#7903;" in body and "&agrave;" in body
    # bare superscript not in gold, bracket call kept
    assert "XIII của Đảng" in portal.GOLD[7]["body"] and "trách nhiệm.[1]" in portal.GOLD[7]["body"]
    # the marquee notice repeats on other pages, outside the holiday notice's page
    first = next(b.text for b in by_id[12].blocks if isinstance(b, P))
    _, body, _ = fetch(server, portal.vanity(by_id[5]))
    assert first in page_text(body)
    # credit-only caption
    assert portal.GOLD[2]["images"][0]["caption"] is None


def test_every_gold_article_reachable_and_crawl_bounded(server):
    seen = crawl(server)
    reached = {t for t, st in seen.items() if st == 200}
    for gold in portal.GOLD:
        forms = {gold["path"], *gold.get("alt_paths", [])}
        assert forms & reached, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    # A5 and A6 only through page 2 of the section, a Satellite URL
    only_p2 = {portal.vanity(portal.BY_ID[i]) for i in (5, 6)}
    assert not only_p2 & reached
    # a thorough crawler (window.open targets, the search form) still stays within budget
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl(server, follow_onclick=True, submit_forms=True)) <= budget


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "tdChiTiet" in body


@pytest.mark.parametrize("target", [
    "/sgddt/tin-tuc/khong-co-bai-nay",
    "/sgddt/khong-ton-tai",
    "/cs/Satellite?c=Article_C&cid=1394177691999&pagename=SGDDT%2FArticle_C%2FChiTietTin",
    "/cs/Satellite?c=Page&cid=1394177690210&pagename=SGDDT%2FPage%2FDanhSachTin&packedargs=pageNo%3D3",
    "/cs/Satellite?c=Page&cid=1394177690220&pagename=SGDDT%2FPage%2FDanhSachTin&packedargs=pageNo%3D2",
    "/cs/BlobServer?blobkey=id&blobwhere=42",
    "/wp-admin/",
])
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_and_redirects(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
    status, _, headers = fetch(server, "/sgddt/tin-tuc")
    assert status == 301
