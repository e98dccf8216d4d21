"""Self-checks of the Struts (JSP) Trường Chính trị fixture against itself (never the crawler)."""

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
from tests.portals import jsp_struts_tct as portal
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
COOKIE = {"Cookie": f"JSESSIONID={portal.SESSION}"}
BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str, cookie: bool = False) -> tuple[int, str]:
    req = urllib.request.Request(server.url(target), headers=COOKIE if cookie else {})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def links(page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:", "http")):
            continue
        target = urljoin("http://x.invalid" + page, href)
        parts = urlsplit(target)
        if parts.path.endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, cookie: bool, limit: int = 400) -> dict[str, str]:
    """Breadth-first over href links; returns target -> the page it was first seen on."""
    seen = {portal.START_PATH: ""}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body = get(server, target, cookie)
        if status != 200:
            continue
        for href in links(target, body):
            if href not in seen:
                seen[href] = target
                queue.append(href)
    return seen


def shown_text(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def cell(body: str, cls: str) -> str:
    """The body cell of an article page, up to the tool bar ([Bản in] …)."""
    inner = body.split(f'<td class="{cls}"', 1)[1].split(">", 1)[1]
    return inner.split('</td></tr>\n<tr><td align="right"><font face="Arial" size="1">[', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    assert len(BY_PATH) == len(portal.GOLD)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert not name.startswith(("ThS.", "TS.")) and " - " not in name and "(" not in name
        assert g["alt_paths"] == [
            g["path"].replace("chitiet.do?", f"chitiet.do;jsessionid={portal.SESSION}?"),
            f"/tintuc/in.do?id={g['path'].split('id=')[1].split('&')[0]}",
        ]
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == set(portal.CATEGORIES.values())
    assert all(cats.count(c) >= 2 for c in set(cats))
    assert 3 <= 13 - sum(1 for g in portal.GOLD if g["summary"] is None) <= 6
    assert ["P.QLĐT"] in [g["authors"] for g in portal.GOLD]
    assert [] in [g["authors"] + g["photographers"] for g in portal.GOLD]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    story = portal.BY_ID[int(gold["path"].split("id=")[1].split("&")[0])]
    status, body = get(server, gold["path"])
    assert status == 200
    assert "<h1" not in body.lower()
    title = f'<td class="tieude"><font size="3" color="#990000"><b>{_html.escape(gold["title"])}</b></font></td>'
    assert title in body
    assert f"<title>{portal.SITE}</title>" in body and portal.TODAY in body
    y, m, d = gold["published_at"][:10].split("-")
    if "T" in gold["published_at"]:
        assert f"Ngày đăng: {d}/{m}/{y} {gold['published_at'][11:16]} | Lượt xem:" in body
        text = cell(body, "noidung")
    else:
        assert f"Cập nhật ngày: {d}/{m}/{y}</i>" in body and "Ngày đăng:" not in body
        text = cell(body, "text")
        assert "<p" not in text
    crumb = body.split('<td class="duongdan">', 1)[1].split("</td>", 1)[0]
    assert re.search(rf"&raquo; (<a [^>]+>)?<b>{re.escape(_html.escape(gold['category']))}</b>(</a>)?</font>$", crumb)
    shown = shown_text(text)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in shown, piece
    for img in gold["images"]:
        assert f'<img src="{img["path"]}"' in text
        if img["caption"]:
            assert f'<font size="1"><i>{_html.escape(img["caption"])}</i></font>' in text
    if gold["summary"]:
        assert f"<i><b>{_html.escape(gold['summary'])}</b></i>" in text
    for name in gold["authors"]:
        assert name in shown
    # print view and session path serve the same article
    for alt in gold["alt_paths"]:
        status, other = get(server, alt)
        assert status == 200 and title in other
        assert all(p.split(" | ")[0] in shown_text(other) for p in gold["body"].split("\n\n"))
    assert f"javascript:window.open('/tintuc/in.do?id={story.id}'" in body


def test_markup_without_paragraph_tags(server):
    modes = {s.opts["mode"] for s in portal.STORIES}
    assert modes == {"div", "br", "p"}
    _, body = get(server, portal.path_of(portal.S_TONGKET))
    text = cell(body, "text")
    assert "<br><br>" in text and "<p" not in text and "<div align=\"justify\">" not in text
    assert "<br>\n- Hoàn thành chương trình" in text
    _, body = get(server, portal.path_of(portal.S_HOITHAO))
    assert '<div align="justify"><font face="Arial" size="2">Ngày 13/8/2026' in body
    assert "<div>&nbsp;</div>" in body and "hành chính, </font><font face=\"Arial\" size=\"2\">chỉ ra" in body
    _, body = get(server, portal.path_of(portal.S_DANGVIEN))
    assert '<td class="noidung"' in body and "<br>\n+ Tổ chức và hoạt động" in body
    _, body = get(server, portal.path_of(portal.S_NHAGIAO))
    assert '<p align="justify"><font face="Arial" size="2">' in body and "<p>&nbsp;</p>" in body
    _, body = get(server, portal.path_of(portal.S_NGHIEMTHU))
    assert '<table border="1"' in body and "<b>P.QLĐT</b>" in body


def test_alt_only_caption_and_signatures(server):
    _, body = get(server, portal.path_of(portal.S_K45))
    text = cell(body, "text")
    assert 'alt="Đồng chí Phó Hiệu trưởng phát biểu tại lễ khai giảng"' in text
    assert "Đồng chí Phó Hiệu trưởng phát biểu tại lễ khai giảng" not in shown_text(text)
    assert BY_PATH[portal.path_of(portal.S_K45)]["images"][0]["caption"] is None
    assert "<b>Nguyễn Văn Tiến</b><br><i>Phòng Quản lý đào tạo</i>" in text
    _, body = get(server, portal.path_of(portal.S_HOITHAO))
    assert "<b>ThS. Lê Thị Hằng - Khoa Lý luận cơ sở</b>" in body
    _, body = get(server, portal.path_of(portal.S_HOCVIEN))
    assert "<i>(Theo Báo Thanh Hóa)</i>" in body
    for story in (portal.S_CHAOCO, portal.S_NGOCLAC, portal.S_HOITHAO_TT):
        gold = BY_PATH[portal.path_of(story)]
        assert 4 <= len(gold["images"]) <= 6 and all(i["caption"] for i in gold["images"])
        assert "\n\n" not in gold["body"] and gold["category"] == "Tin ảnh"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body = get(server, path)
        assert status == 200, path
        assert "Cập nhật ngày:" not in body and "Ngày đăng:" not in body, path
    _, body = get(server, "/gioithieu.do")
    assert '<td class="tieude">' in body
    _, body = get(server, "/lichgiang.do")
    assert "<td>" in body and "Thứ/Ngày" in body
    _, body = get(server, f"/tintuc/guiemail.do?id={portal.S_NHAGIAO.id}")
    assert _html.escape(portal.S_NHAGIAO.title) in body and 'name="emailnhan"' in body
    _, body = get(server, "/vanban/chitiet.do?id=57")
    assert "Ngày ban hành:" in body and "/upload/vanban/vb_57.pdf" in body
    _, body = get(server, "/thuvienanh/album.do?id=12")
    assert "Ngày tạo album: 20/11/2026" in body and body.count('<font size="1"><i>') == 6


def test_walk_with_cookie_reaches_every_gold_path(server):
    seen = walk(server, cookie=True)
    assert not any(";jsessionid=" in t for t in seen)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert not any(t.startswith("/tintuc/in.do") for t in seen)


def test_walk_without_cookie_meets_session_paths(server):
    seen = walk(server, cookie=False)
    for g in portal.GOLD:
        assert g["path"] in seen or g["alt_paths"][0] in seen, g["path"]
    assert any(";jsessionid=" in t for t in seen)
    assert not any(t.startswith("/tintuc/in.do") for t in seen)


def test_session_ids_in_links(server):
    status, _, headers = fetch(server, portal.START_PATH)
    assert status == 200 and headers["Set-Cookie"].startswith(f"JSESSIONID={portal.SESSION}")
    _, plain = get(server, portal.START_PATH)
    _, cookied = get(server, portal.START_PATH, cookie=True)
    first = portal.NEWEST[0]
    assert f"chitiet.do;jsessionid={portal.SESSION}?id={first.id}&amp;idcm={first.cat}" in plain
    assert ";jsessionid=" not in cookied
    assert f"/tintuc/chitiet.do?id={first.id}&amp;idcm={first.cat}" in cookied
    # hand-written links never carry it
    _, body = get(server, portal.path_of(portal.S_BITHU))
    assert ";jsessionid=" not in body and 'href="chitiet.do?id=1861&idcm=2"' in body


def test_pagination_and_page_two_only(server):
    _, page1 = get(server, "/tintuc/danhsach.do?idcm=1", cookie=True)
    assert 'Trang: <b>1</b> <a href="/tintuc/danhsach.do?idcm=1&page=2">2</a>' in page1
    assert "Tiếp &raquo;</a>" in page1 and page1.count('class="tieudetin"') == 8
    status, page2 = get(server, "/tintuc/danhsach.do?idcm=1&page=2", cookie=True)
    assert status == 200 and page2.count('class="tieudetin"') == 2
    only = [portal.S_TONGKET, portal.S_HOITHAO]
    seen = walk(server, cookie=True)
    for story in only:
        href = f"chitiet.do?id={story.id}&amp;idcm={story.cat}"
        assert href in page2 and href not in page1
        assert seen[portal.path_of(story)] == "/tintuc/danhsach.do?idcm=1&page=2"
    _, photos = get(server, "/tintuc/danhsach.do?idcm=4", cookie=True)
    _, home = get(server, "/index.do", cookie=True)
    assert f"id={portal.S_CHAOCO.id}&" in photos and f"id={portal.S_CHAOCO.id}&" not in home
    assert seen[portal.path_of(portal.S_CHAOCO)] == "/tintuc/danhsach.do?idcm=4"


def test_print_view_only_by_javascript(server):
    for target in ("/index.do", "/tintuc/danhsach.do?idcm=1", portal.path_of(portal.S_GVDG)):
        _, body = get(server, target)
        assert 'href="/tintuc/in.do' not in body
    status, body = get(server, f"/tintuc/in.do?id={portal.S_GVDG.id}")
    assert status == 200 and "window.print()" in body and "Các tin khác" not in body


def test_redirect_and_unknowns(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/index.do"
    assert get(server, "/tintuc/chitiet.do?id=9999&idcm=2")[0] == 404
    assert get(server, "/tintuc/danhsach.do?idcm=99")[0] == 404
    assert get(server, "/khongco.do")[0] == 404
