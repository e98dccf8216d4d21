"""Self-checks of the aspnet_mvc_school_vnedu_like_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc_school_vnedu_like_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SCOPE = "/thpt-tranphu-ht/"
FILE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".docx")
PAGE2_ONLY = {1266, 1259, 1241, 1230}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str, base: str) -> list[str]:
    return [urljoin(base, html.unescape(h)) for h in re.findall(r'href="([^"#][^"]*)"', body)]


def crawl(server, skip=lambda target: False) -> dict[str, str]:
    """Breadth-first over in-scope links from START_PATH; returns target -> body."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    queued = set(queue)
    while queue:
        target = queue.pop(0)
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        for url in links(body, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if not parts.path.lower().startswith(SCOPE) or parts.path.lower().endswith(FILE_EXT):
                continue
            if nxt in queued or skip(nxt):
                continue
            queued.add(nxt)
            queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def site_pages(server):
    return crawl(server)


def test_contract_shape():
    assert portal.NAME == "aspnet_mvc_school_vnedu_like_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức - Sự kiện", "Hoạt động chuyên môn", "Đoàn thanh niên", "Thông báo"}
    for g in portal.GOLD:
        assert g["canonical_path"] == g["path"]
        assert g["published_at"] and g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[4])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        headline = re.search(r'<h2 class="(?:tt-tieude|tb-ten)">(.*?)</h2>', body).group(1)
        assert collapse(html.unescape(headline)) == gold["title"], target
    status, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, (gold["path"], piece)
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert img["path"].startswith("/Upload/thpt-tranphu-ht/")
        if img["caption"]:
            assert img["caption"] in text
    # the school's name is the page's only h1; the og title is double-encoded
    assert re.findall(r"<h1>(.*?)</h1>", body) == [portal.rz("TRƯỜNG THPT TRẦN PHÚ")]
    og = re.search(r'<meta property="og:title" content="([^"]*)"', body).group(1)
    assert html.unescape(og) != gold["title"] and "&#" in html.unescape(og)
    meta = re.search(r'<meta property="article:published_time" content="([^"]*)"', body).group(1)
    assert not meta.startswith(gold["published_at"][:10])


def test_printed_dates(server):
    by_id = {int(g["path"].split("/")[4]): g for g in portal.GOLD}
    for s in portal.NEWS:
        _, body, _ = fetch(server, portal.news_url(portal.SCHOOL, s))
        text = page_text(body)
        day, time = s.published_at[:10], s.published_at[11:16]
        y, m, d = day.split("-")
        printed = f"{d}/{m}/{y} {time}"
        label = "Ngày đăng" if "ngaydang" in s.opts else "Cập nhật"
        assert f"{label}: {printed}" in text, s.id
        assert by_id[s.id]["published_at"] == s.published_at
    _, body, _ = fetch(server, "/thpt-tranphu-ht/thong-bao/chi-tiet/89")
    assert "Ngày đăng: 12/3/2026 4:05:00 PM" in page_text(body)
    assert by_id[89]["published_at"] == "2026-12-03T16:05:00+07:00"
    _, body, _ = fetch(server, "/thpt-tranphu-ht/thong-bao/chi-tiet/87")
    text = page_text(body)
    assert "Đức Thọ, ngày 30 tháng 11 năm 2026" in text and "12/1/2026 7:52:00 AM" in text
    assert by_id[87]["published_at"] == "2026-11-30"
    _, body, _ = fetch(server, portal.news_url(portal.SCHOOL, portal.A3))
    assert "Cập nhật: 24/11/2026 19:45" in page_text(body)


def test_images_as_printed(server):
    _, body, _ = fetch(server, portal.news_url(portal.SCHOOL, portal.A1))
    assert 'data-original="/Upload/thpt-tranphu-ht/TinTuc/2026/12/04/hoi-nghi-cmhs-k12-1.jpg"' in body
    assert 'src="/Content/images/grey.gif"' in body
    _, body, _ = fetch(server, portal.news_url(portal.SCHOOL, portal.A6))
    assert 'src="../../../../Upload/thpt-tranphu-ht/TinTuc/2026/10/dien-tap-pccc-1.jpg"' in body
    gold = next(g for g in portal.GOLD if "/1241/" in g["path"])
    assert gold["images"][0]["path"] == "/Upload/thpt-tranphu-ht/TinTuc/2026/10/dien-tap-pccc-1.jpg"
    status, _, headers = fetch(server, gold["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    gold = next(g for g in portal.GOLD if "/1280/" in g["path"])
    assert gold["images"][0]["path"].endswith(".jpg?w=750")
    gold = next(g for g in portal.GOLD if "/1259/" in g["path"])
    assert gold["images"][1]["caption"] is None and gold["photographers"] == ["Trần Quốc Bảo"]


def test_not_body(server):
    for g in portal.GOLD:
        for junk in ("Người đăng", "Ý kiến bạn đọc", "Tệp đính kèm", "TIN LIÊN QUAN", "Xem thêm",
                     "Nơi nhận", "CỘNG HÒA", "Cảm ơn nhà trường", "Tin, ảnh", "Nguồn:"):
            assert junk not in g["body"], (g["path"], junk)
    b2 = next(g for g in portal.GOLD if "/1262/" in g["path"])
    assert b2["summary"] is None and "\n\n- " not in b2["body"]
    c1 = next(g for g in portal.GOLD if "/1283/" in g["path"])
    assert "15/12/2026.\n\nĐịa điểm:" in c1["body"]


def test_all_gold_reachable_from_start(site_pages):
    for g in portal.GOLD:
        assert g["path"] in site_pages, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in site_pages, alt
    for target in portal.NON_ARTICLES:
        assert target in site_pages, target


def test_some_articles_only_behind_page_two(server):
    def page2(target: str) -> bool:
        m = re.search(r"[?&]page=(\d+)", target)
        return bool(m and int(m.group(1)) >= 2)

    seen = crawl(server, skip=page2)
    for g in portal.GOLD:
        ident = int(g["path"].split("/")[4])
        reached = any(p in seen for p in [g["path"], *g.get("alt_paths", [])])
        assert reached == (ident not in PAGE2_ONLY), g["path"]


def test_crawl_budget(site_pages):
    assert len(site_pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "tt-noidung" not in body


def test_other_schools_exist_but_are_not_gold(server):
    gold_paths = {p for g in portal.GOLD for p in [g["path"], *g.get("alt_paths", [])]}
    _, body, _ = fetch(server, portal.START_PATH)
    for code, stories in portal.OTHER_NEWS.items():
        assert fetch(server, f"/{code}/")[0] == 200
        for s in stories:
            target = portal.news_url(code, s)
            assert target not in gold_paths
            status, other, _ = fetch(server, target)
            assert status == 200 and 'class="tt-noidung"' in other
            assert f'href="{target}"' in body  # the "Tin từ các trường" portlet links it
    assert fetch(server, "/")[0] == 200


def test_unknown_paths_404_and_redirects(server):
    for target in ("/thpt-tranphu-ht/khong-co-trang", "/thpt-tranphu-ht/tin-tuc/chi-tiet/99999/x",
                   "/thpt-tranphu-ht/thong-bao/chi-tiet/5", "/truong-khong-co/",
                   "/thpt-tranphu-ht/tin-tuc/danh-muc/99"):
        assert fetch(server, target)[0] == 404, target
    status, _, headers = fetch(server, "/thpt-tranphu-ht")
    assert status == 301 and headers["Location"] == "/thpt-tranphu-ht/"


def test_pager_and_partial(server):
    _, body, _ = fetch(server, "/thpt-tranphu-ht/tin-tuc/danh-muc/14?page=2")
    assert "PagedList-skipToFirst" in body and 'href="/thpt-tranphu-ht/tin-tuc/danh-muc/14?page=3"' in body
    assert "baohatinh.vn" in body
    req = urllib.request.Request(server.url("/thpt-tranphu-ht/tin-tuc/danh-muc/14?page=3"),
                                 headers={"X-Requested-With": "XMLHttpRequest"})
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=10) as resp:
        partial = resp.read().decode("utf-8")
    assert "<html" not in partial and "/tin-tuc/chi-tiet/1230/" in partial
