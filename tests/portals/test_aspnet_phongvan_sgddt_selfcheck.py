"""Self-checks of the ASP.NET WebForms Sở GD&ĐT Hà Giang fixture against itself (never the crawler)."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_phongvan_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
        "summary", "body", "images", "category"}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
POSTBACK = re.compile(r"__doPostBack\(&#39;([^&]+)&#39;,&#39;([^&]*)&#39;\)")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str]:
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(server.url(target), data=data, method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def hidden(body: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)"', body))


def shown(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def content(body: str) -> str:
    return body.split('class="content_detail">', 1)[1].split('<div class="tool">', 1)[0]


def walk(server: PortalServer) -> set[str]:
    """BFS over hrefs plus the pager's postbacks (form posted back to its own target)."""
    seen = {portal.START_PATH}
    queue: deque[tuple[str, dict | None]] = deque([(portal.START_PATH, None)])
    posted: set[tuple[str, str]] = set()
    while queue:
        target, fields = queue.popleft()
        if fields is None:
            status, body, _ = fetch(server, target)
        else:
            status, body = post(server, target, fields)
        if status != 200:
            continue
        for href in re.findall(r'href="([^"]+)"', body):
            href = _html.unescape(href)
            if not href.startswith("/") or urllib.parse.urlsplit(href).path.lower().endswith(ASSETS):
                continue
            if href not in seen:
                seen.add(href)
                queue.append((href, None))
        for ev_target, arg in POSTBACK.findall(body):
            if (target, arg) in posted:
                continue
            posted.add((target, arg))
            queue.append((target, {**hidden(body), "__EVENTTARGET": ev_target, "__EVENTARGUMENT": arg}))
    return seen


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert set(g) >= KEYS
        assert re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:00\+07:00", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value and "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for name in g["authors"] + g["photographers"]:
            assert "(" not in name and " - " not in name and "thực hiện" not in name
        for part in g["body"].split("\n\n"):
            assert not part.startswith(("Tin liên quan", "Xem thêm", "Tải file", "Tin:", "Theo Báo"))
        cat = next(k for k, v in portal.CATEGORIES.items() if v == g["category"])
        assert g["alt_paths"] == [f'{g["path"]}&CatID={cat}']
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    for target in (gold["path"], *gold["alt_paths"]):
        status, body, _ = fetch(server, target)
        assert status == 200
        assert f'<span id="ctl00_ContentMain_lblTieuDe">{_html.escape(gold["title"])}</span>' in body
        d = dt.datetime.fromisoformat(gold["published_at"])
        assert f"Cập nhật lúc: {d:%H:%M}, {portal.WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}" in body
        assert portal.HEADER_TODAY in body and "rel=\"canonical\"" not in body
        assert '» <a href="/Pages/TinTuc.aspx?CatID=' in body and f">{_html.escape(gold['category'])}</a></div>" in body
        text = shown(body.split('<h1 class="title_detail">', 1)[1].split('<div class="tool">', 1)[0])
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text, para
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert _html.escape(img["caption"]) in content(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Cập nhật lúc:" not in body and "lblTieuDe" not in body
    _, body, _ = fetch(server, "/Pages/HoiDapChiTiet.aspx?ID=12")
    for word in ("Câu hỏi:", "Người hỏi: Nguyễn Văn A (Vị Xuyên)", "Trả lời:", 'class="title_detail"'):
        assert word in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen or g["alt_paths"][0] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen


def test_oldest_news_only_through_postback(server):
    oldest = "ChiTiet.aspx?ID=2240"
    status, page1, _ = fetch(server, "/Pages/TinTuc.aspx?CatID=1")
    assert status == 200 and oldest not in page1
    assert "javascript:__doPostBack(&#39;ctl00$ContentMain$rptPager&#39;,&#39;2&#39;)" in page1
    # a GET with Page=2 answers page 1
    _, get2, _ = fetch(server, "/Pages/TinTuc.aspx?CatID=1&Page=2")
    assert oldest not in get2 and "ChiTiet.aspx?ID=2304&amp;CatID=1" in get2
    fields = {**hidden(page1), "__EVENTTARGET": portal.PAGER_TARGET, "__EVENTARGUMENT": "2"}
    status, page2 = post(server, "/Pages/TinTuc.aspx?CatID=1", fields)
    assert status == 200 and oldest in page2 and "ID=2304&amp;" not in page2
    bad = {**fields, "__EVENTVALIDATION": "AAAA"}
    assert post(server, "/Pages/TinTuc.aspx?CatID=1", bad)[0] == 500
    # nowhere else: home, other pages' lists
    seen_without_post = set()
    for g in portal.GOLD:
        if "2240" in g["path"]:
            continue
        _, body, _ = fetch(server, g["path"])
        seen_without_post.add(oldest in body)
    _, home, _ = fetch(server, portal.START_PATH)
    assert seen_without_post == {False} and oldest not in home
    assert fetch(server, "/")[0] == 302


def test_furniture_inside_bodies(server):
    _, body, _ = fetch(server, "/Pages/ChiTiet.aspx?ID=2285")
    assert '<table class="tinlienquan"' in content(body) and content(body).count("<a href") == 3
    _, body, _ = fetch(server, "/Pages/ChiTiet.aspx?ID=2262")
    assert '<div class="tinlienquan">' in content(body)
    _, body, _ = fetch(server, "/Pages/ChiTiet.aspx?ID=2271")
    assert "<strong>Xem thêm:</strong> <a href=" in content(body)
    _, body, _ = fetch(server, "/Pages/ChiTiet.aspx?ID=2298")
    assert '<li><a href="http://thptvixuyen.hagiang.edu.vn" target="_blank">' in content(body)
    assert "0219.3866.124" in content(body)
    gold = next(g for g in portal.GOLD if g["path"].endswith("2298"))
    assert "Mọi thông tin xin liên hệ: Phòng GDTrH, số điện thoại 0219.3866.124" in gold["body"]
    for tb in ("2303", "2288"):
        _, body, _ = fetch(server, f"/Pages/ChiTiet.aspx?ID={tb}")
        assert "Tải file đính kèm:" in body
        gold = next(g for g in portal.GOLD if g["path"].endswith(tb))
        assert gold["body"].count("\n\n") == 1
        pdf = re.search(r'href="(/Uploads/Files/[^"]+\.pdf)"', body).group(1)
        assert fetch(server, pdf)[0] == 200


def test_interviews(server):
    for sid in ("2299", "2276", "2253"):
        _, body, _ = fetch(server, f"/Pages/ChiTiet.aspx?ID={sid}")
        c = content(body)
        assert "<strong><em>PV: " in c and "(thực hiện)</strong>" in c
        assert re.search(r"<p[^>]*><strong>(Ông|Bà|Thầy) [^<]+:</strong> ", c)
        gold = next(g for g in portal.GOLD if g["path"].endswith(sid))
        assert gold["category"] == "Phỏng vấn - Đối thoại" and len(gold["authors"]) == 1
        assert "PV: Xin cảm ơn" in gold["body"] and "thực hiện" not in gold["body"]
    gold = next(g for g in portal.GOLD if g["path"].endswith("2299"))
    assert "Ông Phạm Văn Hòa - Giám đốc Sở GD&ĐT: Năm học 2025-2026" in gold["body"]


def test_bylines_and_chrome(server):
    _, body, _ = fetch(server, "/Pages/ChiTiet.aspx?ID=2304")
    assert "(Ảnh: Hoàng Thắng)</em></p>" in body
    for word in ("Lịch công tác", "Hỏi đáp", "Thống kê truy cập", "Đang online:", "Tổng truy cập:",
                 "Văn bản mới", "Các tin đã đưa", "In trang", "Gửi email", "Lên đầu trang"):
        assert word in body
    _, body, _ = fetch(server, "/Pages/ChiTiet.aspx?ID=2285")
    assert "Theo Báo Hà Giang" in body
    _, body, _ = fetch(server, "/Pages/ChiTiet.aspx?ID=2301")
    assert "Tin: Lò Thị Xuân (Trường PTDTBT TH Lũng Cú)" in body
    assert fetch(server, "/Pages/ChiTiet.aspx?ID=2301&CatID=3")[0] == 404
    assert fetch(server, "/Pages/ChiTiet.aspx?ID=9999")[0] == 404
