"""Self-checks of the ASP.NET DataList TCT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_datalist_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
CP = "ctl00$ContentPlaceHolder1$"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, form: dict[str, str]) -> tuple[int, str]:
    data = urllib.parse.urlencode(form).encode("utf-8")
    try:
        with NO_REDIRECTS.open(server.url(target), data=data, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def hidden_fields(body: str) -> dict[str, str]:
    return {
        name: _html.unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)"', body)
    }


def form_action(page: str, body: str) -> str:
    action = _html.unescape(re.search(r'<form name="aspnetForm" method="post" action="([^"]*)"', body).group(1))
    return urllib.parse.urljoin(page, action)


def postback(server: PortalServer, page: str, body: str, target: str) -> tuple[str, int, str]:
    form = hidden_fields(body)
    form["__EVENTTARGET"] = target
    action = form_action(page, body)
    status, answer = post(server, action, form)
    return action, status, answer


def links(page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "http:", "https:")):
            continue
        target = urllib.parse.urljoin(page, href)
        if urllib.parse.urlsplit(target).path.lower().endswith(ASSETS):
            continue
        out.append(target)
    return out


def walk(server: PortalServer, with_postbacks: bool, limit: int = 400) -> set[str]:
    """BFS over links; with_postbacks also fires every __doPostBack link of a page."""
    seen = {portal.START_PATH}
    queue: deque[tuple[str, int, str]] = deque()
    status, body, _ = fetch(server, portal.START_PATH)
    queue.append((portal.START_PATH, status, body))
    fired: set[tuple[str, str]] = set()
    while queue and len(seen) < limit:
        page, status, body = queue.popleft()
        if status != 200:
            continue
        for href in links(page, body):
            if href not in seen:
                seen.add(href)
                s, b, _ = fetch(server, href)
                queue.append((href, s, b))
        if not with_postbacks:
            continue
        for target in re.findall(r"__doPostBack\('([^']+)',''\)\"", body):
            key = (page, target, hidden_fields(body).get("__VIEWSTATE", ""))
            if key in fired:
                continue
            fired.add(key)
            action, s, b = postback(server, page, body, target)
            queue.append((action, s, b))
    return seen


def page_text(body: str) -> str:
    no_tags = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", no_tags)
    return collapse(_html.unescape(no_tags))


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/Upload/Images/")
        for name in g["authors"] + g["photographers"]:
            assert "(" not in name and " - " not in name
            assert not name.startswith(("TS.", "ThS."))
        assert all(a.startswith("/ChiTietTin.aspx?MaTin=") for a in g["alt_paths"])
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # the side-by-side pair: the shared caption spanning both captions each of them
    hoithi = next(g for g in portal.GOLD if "MaTin=63&" in g["path"])
    assert hoithi["images"][0]["caption"] and hoithi["images"][1]["caption"] == hoithi["images"][0]["caption"]
    assert any(len(g["body"].split("\n\n")) >= 12 for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert 'class="ArticleDetail"' in body and portal.HEADER_DATE in body
    title = re.search(r'<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="TieuDe">(.*?)</span>', body, re.S)
    assert page_text(title.group(1)) == gold["title"]
    content = body.split('class="ArticleDetail"', 1)[1].split('<div class="LuotXem">', 1)[0]
    text = page_text(content)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell[:60]
    y, m, d = gold["published_at"][:10].split("-")
    if "T" in gold["published_at"]:
        assert f'class="NgayDang">({d}/{m}/{y} {gold["published_at"][11:16]})</span>' in body
    else:
        assert f'class="NgayDang">Cập nhật ngày: {d}/{m}/{y}</span>' in body
    if gold["summary"]:
        assert f'class="TomTat">{_html.escape(gold["summary"])}</span>' in body
    else:
        assert 'class="TomTat"' not in body
    crumbs = body.split('<div class="DuongDan">', 1)[1].split("</div>", 1)[0]
    assert page_text(crumbs).endswith(gold["category"])
    for img in gold["images"]:
        assert img["path"] in content or img["path"].lstrip("/") in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
    for alt in gold["alt_paths"]:
        s, twin, _ = fetch(server, alt)
        assert s == 200 and title.group(0) in twin
    assert "Số lượt xem:" in body and "[In trang]" in body and "Các tin khác" in body
    assert len(re.findall(r"<li>", body.split('class="CacTinKhac"', 1)[1])) == 10
    assert len(hidden_fields(body)["__VIEWSTATE"]) >= 2000


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="ArticleDetail"' not in body and "lblNgayDang" not in body, path
    _, body, _ = fetch(server, "/LichHoc.aspx")
    assert "Lịch học tuần 48 – Lớp Trung cấp LLCT khóa 42" in body and 'class="LichHoc"' in body


def test_root_redirects_and_unknown_queries_are_404(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx"
    assert fetch(server, "/TinTuc.aspx?MaDM=1&page=2")[0] == 404
    assert fetch(server, "/TinTuc.aspx?MaDM=9")[0] == 404
    assert fetch(server, "/ChiTietTin.aspx?MaTin=999&MaDM=1")[0] == 404
    assert fetch(server, "/ChiTietTin.aspx?MaTin=68&MaDM=3")[0] == 404
    assert fetch(server, "/GioiThieu.aspx?ID=7")[0] == 404


def test_every_article_reachable_with_postbacks_only_some_without(server):
    full = walk(server, with_postbacks=True)
    for g in portal.GOLD:
        assert g["path"] in full, g["path"]
    plain = walk(server, with_postbacks=False)
    hidden = {f"/ChiTietTin.aspx?MaTin={i}&MaDM={portal.BY_ID[i].cat}" for i in portal.POSTBACK_ONLY}
    assert len(hidden) >= 3
    for g in portal.GOLD:
        reached = {g["path"], *g["alt_paths"]} & plain
        assert bool(reached) == (g["path"] not in hidden), g["path"]


def test_pager_postback_checks_event_target_and_state(server):
    status, page1, _ = fetch(server, "/TinTuc.aspx?MaDM=1")
    assert status == 200
    assert f"__doPostBack('{CP}dlPager$ctl02$lnkTrang','')" in page1 and "Trang sau" in page1
    assert "MaTin=54" not in page1 and "MaTin=52" not in page1
    _, status, page2 = postback(server, "/TinTuc.aspx?MaDM=1", page1, f"{CP}dlPager$ctl02$lnkTrang")
    assert status == 200 and "MaTin=54&amp;MaDM=1" in page2 and "MaTin=52&amp;MaDM=1" in page2
    assert "MaTin=68&amp;MaDM=1" not in page2.split('id="ctl00_ContentPlaceHolder1_dlTinTuc"')[1]
    _, status, same = postback(server, "/TinTuc.aspx?MaDM=1", page1, f"{CP}lnkTrangSau")
    assert status == 200 and "MaTin=54&amp;MaDM=1" in same
    # from page 2, "Trang trước" goes back to page 1
    _, status, back = postback(server, "/TinTuc.aspx?MaDM=1", page2, f"{CP}lnkTrangTruoc")
    assert status == 200 and "MaTin=68&amp;MaDM=1" in back
    # an unknown target re-renders the current page
    _, status, again = postback(server, "/TinTuc.aspx?MaDM=1", page1, "ctl00$ucBinhChon$btnBinhChon")
    assert status == 200 and "MaTin=54" not in again
    # a foreign view state or a wrong event validation is an ASP.NET error
    form = hidden_fields(page1) | {"__EVENTTARGET": f"{CP}dlPager$ctl02$lnkTrang"}
    assert post(server, "/TinTuc.aspx?MaDM=2", form)[0] == 500
    assert post(server, "/TinTuc.aspx?MaDM=1", form | {"__EVENTVALIDATION": "x"})[0] == 500
    _, page_dt, _ = fetch(server, "/TinTuc.aspx?MaDM=2")
    _, status, dt2 = postback(server, "/TinTuc.aspx?MaDM=2", page_dt, f"{CP}dlPager$ctl02$lnkTrang")
    assert status == 200 and "MaTin=50&amp;MaDM=2" in dt2 and "MaTin=50" not in page_dt


def test_documents_pager_has_three_postback_pages(server):
    _, body, _ = fetch(server, "/VanBan.aspx")
    assert f"{CP}dlPager$ctl03$lnkTrang" in body
    _, status, page3 = postback(server, "/VanBan.aspx", body, f"{CP}dlPager$ctl03$lnkTrang")
    assert status == 200 and "vb-026.pdf" in page3 and "vb-001.pdf" not in page3


def test_twins_and_slider_links(server):
    _, home, _ = fetch(server, "/Default.aspx")
    slider = home.split('id="TinNoiBat"', 1)[1].split('class="KhoiDanhMuc"', 1)[0]
    hrefs = ["/" + _html.unescape(h) for h in re.findall(r'href="([^"]+)"', slider)]
    golds = {g["path"]: g for g in portal.GOLD}
    assert "/ChiTietTin.aspx?MaTin=57&MaDM=2&TieuDe=Boi%20duong%20cap%20nhat%20kien%20thuc%20cho%20doi%20tuong%204%20nam%202026" in hrefs
    for href in set(hrefs):
        base = href.split("&TieuDe=")[0]
        assert href in golds[base]["alt_paths"]
    latest = home.split("Tin mới nhất", 1)[1].split("</ul>", 1)[0]
    assert 'href="/ChiTietTin.aspx?MaTin=68"' in latest


def test_comment_and_poll_postbacks_return_the_same_article(server):
    path = "/ChiTietTin.aspx?MaTin=65&MaDM=2"
    _, body, _ = fetch(server, path)
    form = hidden_fields(body) | {
        f"{CP}txtHoTen": "Nguyễn Văn A",
        f"{CP}txtEmail": "a@example.com",
        f"{CP}txtNoiDung": "Bài viết hay",
        f"{CP}btnGuiYKien": "Gửi ý kiến",
    }
    assert form_action(path, body) == path
    status, answer = post(server, path, form)
    assert status == 200 and "Cảm ơn bạn đã gửi ý kiến" in answer
    assert page_text(answer).count(portal.BY_ID[65].title) >= 1
    status, answer = post(server, path, hidden_fields(body) | {"ctl00$ucBinhChon$btnBinhChon": "Biểu quyết"})
    assert status == 200 and "Cảm ơn bạn đã tham gia bình chọn" in answer


def test_word_pasted_markup(server):
    _, body, _ = fetch(server, "/ChiTietTin.aspx?MaTin=62&MaDM=3")
    assert "<!--[if gte mso 9]><xml>" in body and "<o:p></o:p>" in body
    assert 'class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:130%;text-indent:36.0pt"' in body
    assert "&nbsp;<o:p></o:p>" in body and "<blockquote>" in body
    assert "TS. Lê Văn Khánh - Phó Trưởng khoa Lý luận cơ sở" in body
    _, body, _ = fetch(server, "/ChiTietTin.aspx?MaTin=57&MaDM=2")
    assert '<font face="Times New Roman" size="4" color="#003399"><b>' in body
    _, body, _ = fetch(server, "/ChiTietTin.aspx?MaTin=63&MaDM=1")
    assert 'colspan="2"' in body and body.count("hoi-thi-gvdg-") >= 2
    _, body, _ = fetch(server, "/ChiTietTin.aspx?MaTin=50&MaDM=2")
    assert 'class="MsoTableGrid"' in body
    _, body, _ = fetch(server, "/ChiTietTin.aspx?MaTin=60&MaDM=1")
    assert 'src="Upload/Images/2026/11/hoc-tap-hue.jpg"' in body
