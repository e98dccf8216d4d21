"""Self-checks of the java_cms_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import java_cms_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source", "summary", "body", "images", "category"}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
COOKIE = {"Cookie": f"JSESSIONID={portal.SID}"}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
    req = urllib.request.Request(server.url(target), headers=headers or {})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def shown(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        url = urljoin(server.url(page), _html.unescape(href))
        if not url.startswith(server.base_url + "/"):
            continue
        target = url[len(server.base_url) :].split("#")[0]
        if urlsplit(target).path.lower().endswith(ASSETS) or target.startswith("/documents/"):
            continue
        out.append(target)
    return out


def walk(server: PortalServer, headers: dict[str, str] | None = None, limit: int = 400) -> set[str]:
    seen, queue = {portal.START_PATH}, deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, hdrs = get(server, target, headers)
        found = [hdrs["Location"]] if status in (301, 302) else links(server, target, body) if status == 200 else []
        for href in found:
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 6
    assert len({g["canonical_path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value and collapse(value.replace("\n\n", " ")) == value.replace("\n\n", " ")
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Quản trị viên") and "(" not in name and " - " not in name
            assert not name.startswith(("ThS.", "TS."))
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and "blank.gif" not in img["path"]
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 3 for c in portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = shown(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
    assert portal.HEADER_TODAY in body
    assert _html.escape(gold["category"]) in body
    story = portal.BY_ID[int(re.search(r"(\d+)(?:\?p_l_id=\d+)?$", gold["path"]).group(1))]
    if story.opts["tpl"] == "portal":
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
        assert f"Ngày đăng: {portal.java_vi_time(story)}" in body
        assert f'<h1 class="portlet-title"><span class="portlet-title-text">{_html.escape(gold["category"])}</span>' in body
    else:
        assert "rel=\"canonical\"" not in body and portal.jsp_date(story) in body
        assert '<h1 class="logo-text">SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA</h1>' in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            text = shown(body)
            assert g["title"] in text and g["body"].split("\n\n")[-1].replace(" | ", " ") in text, alt


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "journal-content-article" not in body and "divNoiDung" not in body, path


@pytest.mark.parametrize("headers", [None, COOKIE], ids=["no-cookie", "cookie"])
def test_breadth_first_walk_reaches_every_article(server, headers):
    seen = walk(server, headers)
    for g in portal.GOLD:
        assert {g["path"], *g["alt_paths"]} & seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen or path.replace(".jsp", f".jsp;jsessionid={portal.SID}") in seen, path


def test_jsessionid_rewriting(server):
    status, body, headers = get(server, "/sgddt/tin-tuc/danh-sach.jsp")
    assert status == 200 and headers["Set-Cookie"].startswith(f"JSESSIONID={portal.SID}")
    assert f"chi-tiet.jsp;jsessionid={portal.SID}?id=5148" in body
    status, body, headers = get(server, "/sgddt/tin-tuc/danh-sach.jsp", COOKIE)
    assert "jsessionid" not in body and "Set-Cookie" not in headers
    assert "chi-tiet.jsp?id=5148" in body
    assert get(server, "/sgddt/tin-tuc/chi-tiet.jsp;jsessionid=DEADBEEF?id=5148")[0] == 200


def test_pagination_and_deep_articles(server):
    pages = {n: get(server, f"/sgddt/tin-tuc/danh-sach.jsp?page={n}", COOKIE)[1] for n in (1, 2, 3)}
    assert fetch(server, "/sgddt/tin-tuc/danh-sach.jsp?page=4")[0] == 404
    assert 'href="danh-sach.jsp?page=2"' in pages[1] and 'href="danh-sach.jsp?page=3"' in pages[2]
    _, home, _ = get(server, "/web/sgddt/trang-chu", COOKIE)
    deep = [60128, 5104, 60152, 5086]
    for i in deep:
        assert f"-{i}?" not in home and f"id={i}" not in home
        assert f"-{i}?" in pages[2] + pages[3] or f"id={i}" in pages[2] + pages[3]
    assert "-60128?p_l_id=20403" in pages[3]
    # the category list pages with a script pager: no href to page 2
    _, thd, _ = get(server, "/sgddt/tin-tuc/danh-sach.jsp?cat=12", COOKIE)
    assert 'onclick="goPage(2);"' in thd and "page=2" not in re.sub(r"<script>.*?</script>", "", thd)
    _, thd2, _ = get(server, "/sgddt/tin-tuc/danh-sach.jsp?cat=12&page=2", COOKIE)
    assert "-60128?p_l_id=20403" in thd2
    assert "baothanhhoa.vn" in pages[1] and portal.SCHEDULE_TITLE in pages[1] + pages[2]


def test_field_traps(server):
    # 12-hour Java clock with SA/CH; the "Cập nhật" stamp printed before the publication date
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "Cập nhật: 05/12/2026 07:45 SA" in body and "Ngày đăng: 04/12/2026 09:10 SA" in body
    assert body.index("Cập nhật:") < body.index("Ngày đăng:")
    assert "Tác giả: Quản trị viên" in body and "&amp;imageThumbnail=1" in body
    assert "<title>Tin hoạt động - Cổng thông tin điện tử" in body
    g2 = next(g for g in portal.GOLD if g["path"].endswith("60218?p_l_id=20405"))
    assert g2["published_at"] == "2026-12-03T14:30:00+07:00"
    assert "Ngày đăng: 03/12/2026 02:30 CH" in fetch(server, g2["path"])[1]
    # lazy image: the photo is in data-src only
    g4 = next(g for g in portal.GOLD if "60205" in g["path"])
    body = fetch(server, g4["path"])[1]
    assert f'data-src="{_html.escape(g4["images"][0]["path"])}"' in body and "Video: Lễ khai giảng" in body
    assert "Video:" not in g4["body"]
    # the legacy friendly URL of a JSP item redirects; the body's "Xem thêm" line is no text
    status, _, headers = fetch(server, "/web/sgddt/-/tuyen-duong-tap-the-ca-nhan-xuat-sac-nam-hoc-2025-2026-5148")
    assert status == 301 and headers["Location"] == "/sgddt/tin-tuc/chi-tiet.jsp?id=5148"
    g6 = next(g for g in portal.GOLD if "60197" in g["path"])
    assert "Xem thêm" not in g6["body"] and g6["authors"] == ["Văn phòng Sở"]
    # entity-encoded legacy text; "Theo ..." sentences that are no source
    assert "&#7871;" in fetch(server, "/sgddt/tin-tuc/chi-tiet.jsp?id=5127")[1]
    g10 = next(g for g in portal.GOLD if g["path"].endswith("id=5104"))
    assert g10["source"] is None and g10["body"].startswith("Theo Quyết định")
    # the image table is a photo with its caption cell, not a data table
    g3 = next(g for g in portal.GOLD if g["path"].endswith("id=5148"))
    assert 'class="image_desc"' in fetch(server, g3["path"])[1] and "Lãnh đạo Sở trao" not in g3["body"]
    # print views carry no canonical and noindex
    body = fetch(server, portal.print_url(portal.BY_ID[60231], 20403))[1]
    assert "noindex" in body and "canonical" not in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/sgddt/tin-tuc/chi-tiet.jsp?id=99999")[0] == 404
    assert fetch(server, "/sgddt/tin-tuc/chi-tiet.jsp?id=60231")[0] == 404
    assert fetch(server, "/web/sgddt/-/sai-slug-60231")[0] == 404
    assert fetch(server, "/sgddt/tin-tuc/danh-sach.jsp?cat=99")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
