"""Self-checks of the liferay70_district_subsite_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay70_district_subsite_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SITE = portal.SITE


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _links(body: str) -> list[str]:
    out = []
    for m in re.finditer(r"""(?:href|action)="([^"]+)"|window\.open\('([^']+)'""", body):
        raw = html.unescape(m.group(1) or m.group(2)).split("#", 1)[0]
        if raw.startswith("/"):
            out.append(raw)
    return out


def _in_site(target: str) -> bool:
    path = re.sub(r";jsessionid=[^/?]*", "", urlsplit(target).path)
    return path == SITE or path.startswith(SITE + "/")


@pytest.fixture(scope="module")
def crawled(server):
    """Every in-site page reachable from START_PATH over HTTP (links, forms, window.open)."""
    seen: dict[str, int] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        queue.extend(link for link in _links(body) if _in_site(link) and link not in seen)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert {g["category"] for g in portal.GOLD} == {"Tin tức", "Thông báo"}
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "liferay70_district_subsite_pgd"
    all_alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(all_alts) == len(set(all_alts)), "an alt path serves two articles"
    assert not set(all_alts) & set(paths)
    for g in portal.GOLD:
        assert g["canonical_path"] == g["path"]
        assert "2026-10" <= (g["published_at"] or "")[:7] <= "2026-12"


def test_gold_paths_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert html.escape(g["title"], quote=True) in body or g["title"] in body, target


def test_every_gold_article_is_reachable_from_start(crawled):
    for g in portal.GOLD:
        targets = {g["path"], *g["alt_paths"]}
        assert targets & set(crawled), g["path"]
    # a cookie-less client (urllib here) sees every link with ;jsessionid=…
    plain = {re.sub(r";jsessionid=[^/?]*", "", t): status for t, status in crawled.items()}
    for path in portal.NON_ARTICLES:
        assert plain.get(path) == 200, path


def test_some_articles_only_on_later_listing_pages(server):
    status, body, _ = fetch(server, f"{SITE}/tin-tuc")
    assert status == 200 and "Trang 1 / 3" in body
    status, home, _ = fetch(server, portal.START_PATH)
    first_pages = body + home
    _, tb1, _ = fetch(server, f"{SITE}/thong-bao")
    assert "Trang 1 / 2" in tb1
    first_pages += tb1
    for sid in (6, 7, 9, 13):
        assert portal.BY_ID[sid].slug not in first_pages, sid
    _, p3, _ = fetch(server, portal._listing_url("tin-tuc", 3))
    assert portal.BY_ID[9].slug in p3
    _, out_of_range, _ = fetch(server, portal._listing_url("tin-tuc", 9))
    assert portal.BY_ID[9].slug in out_of_range


def test_gold_fields_appear_on_the_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = _page_text(body)
        for para in g["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert html.escape(img["path"]) in body or img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {m} năm {y}" in text
        assert f"Chuyên mục: {g['category']}" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "asset-full-content" in body or "journal-content" in body or "tn-album" in body


def test_unknown_paths_404(server):
    for target in (
        "/nope",
        f"{SITE}/khong-co",
        f"{SITE}/tin-tuc/-/asset_publisher/kP3vN8aQx2Lm/content/khong-ton-tai",
        f"{SITE}/tin-tuc/-/asset_publisher/XXXXXXXXXXXX/content/{portal.BY_ID[1].slug}",
        f"{SITE}/thong-bao/-/asset_publisher/Tb7Rw2YcJd5E/content/{portal.BY_ID[1].slug}",
        f"{SITE}/thong-bao/-/asset_publisher/Tb7Rw2YcJd5E/document/id/123",
        "/web/pgd-khongco",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_traps_are_in_place(server):
    story = portal.BY_ID[1]
    _status, body, headers = fetch(server, portal._clean(story))
    # canonical points to the layout
    assert re.search(r'<link href="http://[^"]+/web/pgd-tanchau/tin-tuc" rel="canonical" />', body)
    # a cookie-less request gets ;jsessionid links and a session cookie
    assert ";jsessionid=" in body and "JSESSIONID=" in headers.get("Set-Cookie", "")
    # the headline is not a heading; the h1 is the office
    assert '<span class="asset-title">' in body and "<h1 " in body
    assert re.search(r"<h1[^>]*>\s*<span[^>]*>PHÒNG GIÁO DỤC", body)
    # update date printed before the publication date
    assert body.index("Cập nhật lúc: 05/12/2026 07:45") < body.index("Ngày đăng: Thứ Sáu, 04/12/2026")
    # the document entries sit among the notices
    _, tb, _ = fetch(server, f"{SITE}/thong-bao")
    assert "/document/id/901" in tb and "[PDF]" in tb
    # other districts' sites answer on the same host and are not gold
    gold_paths = {p for g in portal.GOLD for p in [g["path"], *g["alt_paths"]]}
    for slug, *_ in portal.DISTRICTS:
        assert fetch(server, f"/web/{slug}")[0] == 200
        art = portal._district_article_path(slug)
        assert fetch(server, art)[0] == 200 and art not in gold_paths
    # official notice: letterhead day differs from the posted line
    _, notice, _ = fetch(server, portal._clean(portal.BY_ID[11]))
    assert "ngày 30 tháng 11 năm 2026" in notice and "01/12/2026 - 08:40" in notice


def test_files_are_served(server):
    status, _, headers = fetch(server, portal.BY_ID[2].images[0].src)
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, portal._doc_file(portal.DOCS[0]) + "?version=1.0&download=true")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_crawl_is_bounded(crawled):
    assert len(crawled) <= 3 * (13 + len(portal.NON_ARTICLES)) + 60


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
