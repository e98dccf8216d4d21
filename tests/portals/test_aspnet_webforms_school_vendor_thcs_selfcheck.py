"""Self-checks of the aspnet_webforms_school_vendor_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_school_vendor_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".swf", ".pdf", ".doc", ".xml")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """What a reader sees: comments (Word's conditional XML), scripts and styles dropped, inline
    tags removed without a space (Word splits words across spans), block tags as spaces."""
    s = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S | re.I)
    s = re.sub(r"<!\[(?:if [^\]]*|endif)\]>", "", s)
    s = re.sub(r"</?(?:span|st1:\w+|o:p|b|i|u|em|strong|a|font)\b[^>]*>", "", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return collapse(html.unescape(s))


def links(base: str, body: str) -> list[str]:
    """Same-host targets of a page's links (href values, entities decoded, relative resolved)."""
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")) or not href:
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> tuple[set[str], dict[str, set[str]], int]:
    """Breadth-first over links from START_PATH: pages seen, who links each target, pages fetched."""
    seen = {portal.START_PATH}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        assert status == 200, target
        for link in links(server.url(target), body):
            linked_from.setdefault(link, set()).add(target)
            if link in seen or urlsplit(link).path.lower().endswith(_STATIC):
                continue
            seen.add(link)
            queue.append(link)
    return seen, linked_from, fetched


def test_shape():
    assert portal.NAME == "aspnet_webforms_school_vendor_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    paths = [p for g in portal.GOLD for p in [g["path"], *g.get("alt_paths", [])]]
    assert len(paths) == len(set(paths))
    assert "Traps" in (portal.__doc__ or "") and "Gold decisions" in (portal.__doc__ or "")
    for g in portal.GOLD:
        assert g["body"] and 3 <= g["body"].count("\n\n") + 1 <= 12, g["path"]


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert headers["Content-Type"].startswith("text/html")
            head = re.search(r'id="ctl00_ContentPlaceHolder1_lblTieuDe"[^>]*>(.*?)</span>', body, re.S)
            assert head and collapse(html.unescape(head.group(1))) == g["title"], target
            # the master page's static <title>: never the headline
            assert portal.SITE_TITLE in body and f"<title>\n\t{g['title']}" not in body


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        seen = page_text(body)
        for para in g["body"].split("\n\n"):
            # a table row is printed as cells: its cells in order, one space apart
            assert para.replace(" | ", " ") in seen, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in seen
        for name in g["authors"] + g["photographers"]:
            assert name in seen, (g["path"], name)
        if g["source"]:
            assert f"Theo {g['source']}" in seen
        for img in g["images"]:
            srcs = [urlsplit(urljoin(server.url(g["path"]), html.unescape(s))).path
                    for s in re.findall(r'<img[^>]*\ssrc="([^"]+)"', body)]
            assert img["path"] in srcs, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in seen
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        printed = f"{d}/{m}/{y}" in seen or f"ngày {int(d)} tháng {int(m)} năm {y}" in seen
        assert printed, (g["path"], day)
        assert g["category"] in seen


def test_published_times_match_printed_clock(server):
    """The 12-hour "SA/CH" clock read as the gold says (12:xx CH is noon, 12:00:00 SA a bare day)."""
    for story in portal.STORIES:
        g = next(x for x in portal.GOLD if x["path"].endswith(f"MaTin={story.id}"))
        _, body, _ = fetch(server, g["path"])
        printed = re.search(r'lblNgayCapNhat">([^<]+)<', body).group(1)
        assert printed == story.opts["ngay"]
        if "T" in g["published_at"]:
            assert g["published_at"][11:19] == portal._when(story).strftime("%H:%M:%S")
        else:
            assert printed.endswith("12:00:00 SA") or story.id == 1195


def test_reachable_from_start(server):
    seen, linked_from, fetched = crawl(server)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched
    # some articles are linked only from page 2+ of a listing
    only_deep = []
    for g in portal.GOLD:
        sources = set()
        for target in [g["path"], *g.get("alt_paths", [])]:
            sources |= linked_from.get(target, set())
        if sources and all("Trang=" in s and not s.endswith("Trang=1") for s in sources):
            only_deep.append(g["path"])
    assert len(only_deep) >= 3, only_deep


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "lblNoiDung" in body or "Trích yếu" in body or "Số ảnh" in body or "Gửi liên hệ" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai.aspx",
        "/TinTuc/ChiTiet.aspx?MaTin=99999",
        "/TinTuc/ChiTiet.aspx",
        "/TinTuc/DanhSach.aspx?MaLoai=9",
        "/VanBan/ChiTiet.aspx?id=999",
        "/ThuVienAnh/Album.aspx?id=77",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_pager_past_the_end_repeats_last_page(server):
    _, last, _ = fetch(server, "/TinTuc/DanhSach.aspx?MaLoai=1&Trang=2")
    _, past, _ = fetch(server, "/TinTuc/DanhSach.aspx?MaLoai=1&Trang=3")
    ids = re.findall(r'class="tde_ds"', last)
    assert ids and re.findall(r"MaTin=(\d+)", last.split("cot_giua")[1].split("cot_phai")[0]) == re.findall(
        r"MaTin=(\d+)", past.split("cot_giua")[1].split("cot_phai")[0]
    )
    assert "Trang=4" not in past


def test_breadcrumb_follows_maloai(server):
    _, own, _ = fetch(server, "/TinTuc/ChiTiet.aspx?MaTin=1181")
    _, other, _ = fetch(server, "/TinTuc/ChiTiet.aspx?MaTin=1181&MaLoai=1")
    crumb = re.compile(r'class="duongdan">(.*?)</div>', re.S)
    assert "Hoạt động chuyên môn" in crumb.search(own).group(1)
    assert "Tin tức - Sự kiện" in crumb.search(other).group(1)


def test_postback_answers_same_page(server):
    import urllib.request

    req = urllib.request.Request(
        server.url("/TinTuc/ChiTiet.aspx?MaTin=1187"), data=b"__EVENTTARGET=ctl00%24btnBinhChon", method="POST"
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=10) as resp:
        assert resp.status == 200
        assert "Lễ kỷ niệm 44 năm" in resp.read().decode("utf-8")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
