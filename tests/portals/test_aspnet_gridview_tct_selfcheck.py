"""Self-check of the ASP.NET WebForms GridView fixture (Trường Chính trị tỉnh Tuyên Quang).

Nothing here imports the crawler. It checks the fixture against itself: every GOLD target,
alternative and NON_ARTICLE answers 200; the gold is well formed and printed on its page (labels,
body region, captions, bylines, dates); a browser-like walk from START_PATH that follows links,
redirects and ``__doPostBack`` links (submitting the page's form with its hidden fields) reaches
every article, and one article is reached only through a postback; the traps behave as the
module says (GridView pager and event validation, the endless week postbacks, the 301 old
address, the lower-case alternative, the soft 404, print and e-mail views); the text forms are
as documented (UTF-8, NFC, one body written as decimal references).
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import aspnet_gridview_tct as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_POSTBACK = re.compile(r"javascript:__doPostBack\('([^']*)','([^']*)'\)")
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />')
_ACTION = re.compile(r'<form name="aspnetForm" method="post" action="([^"]*)" id="aspnetForm">')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|axd)$", re.I)
C = portal.C


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str, dict]:
    data = urlencode(fields).encode()
    req = urllib.request.Request(
        server.url(target),
        data=data,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _form(page: str, page_target: str) -> tuple[str, dict[str, str]]:
    """The aspnetForm's action (as a target) and its hidden fields, as a browser submits them."""
    action = html.unescape(_ACTION.search(page).group(1))
    link = urlsplit(urljoin("http://x" + page_target, action))
    fields = {name: html.unescape(value) for name, value in _HIDDEN.findall(page)}
    return link.path + (f"?{link.query}" if link.query else ""), fields


def _postback(server: PortalServer, page_target: str, page: str, target: str, arg: str = ""):
    action, fields = _form(page, page_target)
    fields.update({"__EVENTTARGET": target, "__EVENTARGUMENT": arg})
    return _post(server, action, fields)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i|font)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _label(page: str, name: str) -> str:
    m = re.search(rf'<span id="{C}_{name}"[^>]*>(.*?)</span>', page, re.S)
    assert m, name
    return m.group(1)


def _body_region(page: str) -> str:
    start = f'<span id="{C}_lblNoiDung" class="NoiDung">'
    return page.split(start, 1)[1].split('</span></td></tr>\n<tr><td class="td-tacgia"', 1)[0]


# --------------------------------------------------------------------------- the walk


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, str]:
    """Links, redirects and postbacks from START_PATH; page target -> how it was first reached
    ("link": by links and redirects only; "postback": some step was a form POST)."""
    found: dict[str, str] = {}
    seen: set = set()
    week_posts = 0
    queue: deque = deque([("GET", portal.START_PATH, None, "link")])
    host = urlsplit(server.base_url).netloc
    while queue:
        method, target, fields, how = queue.popleft()
        key = (method, target, tuple(sorted(fields.items())) if fields else None, how)
        if key in seen:
            continue
        seen.add(key)
        assert len(seen) < 700, "the walk should stay small"
        if method == "GET":
            if _NOT_PAGES.search(urlsplit(target).path):
                continue
            status, body, headers = fetch(server, target)
        else:
            status, body, headers = _post(server, target, fields)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(("GET", loc.path + (f"?{loc.query}" if loc.query else ""), None, how))
            continue
        assert status == 200, (method, target, status)
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        page_target = target
        if method == "GET" and found.get(target) != "link":
            found[target] = how
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if m := _POSTBACK.fullmatch(href):
                if m.group(1) in (portal.WEEK_PREV, portal.WEEK_NEXT):
                    week_posts += 1
                    if week_posts > 6:
                        continue
                action, form = _form(body, page_target)
                form.update({"__EVENTTARGET": m.group(1), "__EVENTARGUMENT": m.group(2)})
                queue.append(("POST", action, form, "postback"))
                continue
            link = urlsplit(urljoin(server.url(page_target), href))
            if link.scheme != "http" or link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            queue.append(("GET", nxt, None, "postback" if method == "POST" else how))
    return found


# --------------------------------------------------------------------------- contract


def test_contract_shape() -> None:
    assert portal.NAME == "aspnet_gridview_tct"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Tác giả): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert not image["caption"] or image["caption"] not in gold["body"]


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    assert _nfc(_label(page, "lblTieuDe")) == gold["title"]
    stamp = re.fullmatch(
        r"Ngày đăng: (\d\d)/(\d\d)/(\d{4}) - (\d\d):(\d\d)", _label(page, "lblNgayDang")
    )
    d, m, y, hh, mm = stamp.groups()
    assert f"{y}-{m}-{d}T{hh}:{mm}:00+07:00" == gold["published_at"]
    sapo = _reader(_label(page, "lblTomTat"))
    assert sapo == (gold["summary"] or "")
    region = _body_region(page)
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        paragraphs = paragraphs[1:]
        assert gold["summary"] not in shown
    last = 0
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
            continue
        at = shown.find(paragraph, last)
        assert at >= 0, paragraph[:60]
        last = at + len(paragraph)
    srcs = [html.unescape(s) for s in re.findall(r'<img [^>]*src="([^"]+)"', html.unescape(region))]
    want = [im.get("url") or im["path"] for im in gold["images"]]
    got = [
        urljoin("http://fixture.invalid" + gold["path"], s).replace("http://fixture.invalid", "")
        for s in srcs
    ]
    assert got == want
    for image in gold["images"]:
        if image["caption"]:
            assert f"<em>{image['caption']}</em>" in _nfc(region)
    tacgia = _reader(_label(page, "lblTacGia"))
    nguon = _reader(_label(page, "lblNguon"))
    for name in gold["authors"]:
        assert re.fullmatch(rf"Tác giả: (?:(?:ThS|CN)\. )?{re.escape(name)}", tacgia) or f"Tin, ảnh: {name}" in shown
    for name in gold["photographers"]:
        assert re.search(rf"(Ảnh|ảnh): {re.escape(name)}", shown), name
    assert nguon == (f"Nguồn: {gold['source']}" if gold["source"] else "")
    cat = re.search(rf'<a id="{C}_hlLoaiTin" href="[^"]+">([^<]+)</a>', page).group(1)
    assert _nfc(cat) == gold["category"]
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', page, re.S).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]


def test_walk_reaches_every_article_one_only_by_postback(walk: dict[str, str]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert walk["/TinTuc/ChiTiet.aspx?ID=1258"] == "postback"
    linked = {t for t, how in walk.items() if how == "link"}
    assert "/TinTuc/ChiTiet.aspx?ID=1258" not in linked
    assert len(linked & {g["path"] for g in portal.GOLD}) == len(portal.GOLD) - 1


def test_non_articles_are_reachable(walk: dict[str, str]) -> None:
    assert set(portal.NON_ARTICLES) <= set(walk)
    only_postback = {t for t in portal.NON_ARTICLES if walk[t] == "postback"}
    assert only_postback == {"/TinTuc/InTin.aspx?ID=1258", "/TinTuc/GuiEmail.aspx?ID=1258"}


# --------------------------------------------------------------------------- traps


def _grid_titles(page: str) -> list[str]:
    return re.findall(r'_hlTieuDe" class="tieude-tin" href="ChiTiet\.aspx\?ID=(\d+)"', page)


def test_gridview_pager_postbacks(server: PortalServer) -> None:
    target = "/TinTuc/DanhSach.aspx?MaLoai=1"
    status, first = _get(server, target)
    assert status == 200
    assert f'id="{C}_gvTinTuc"' in first and f'id="{C}_upTinTuc"' in first
    assert "javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvTinTuc','Page$2')" in first
    assert "javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvTinTuc','Page$Last')" in first
    assert ">Trang cuối<" in first and ">...<" in first
    assert _grid_titles(first) == ["1296", "1290", "1284"]
    assert _get(server, target + "&page=3")[1] == first
    status, second, _ = _postback(server, target, first, portal.GRID, "Page$2")
    assert status == 200 and _grid_titles(second) == ["1279", "1273", "1266"]
    status, third, _ = _postback(server, target, second, portal.GRID, "Page$Last")
    assert status == 200 and _grid_titles(third) == ["1258"]
    assert ">Trang đầu<" in third and "<span>3</span>" in third
    status, back, _ = _postback(server, target, third, portal.GRID, "Page$First")
    assert _grid_titles(back) == _grid_titles(first)
    # the row layout: link, date label, description
    assert re.search(r'class="ngay-tin">\(24/11/2026\)</span>', first)
    # event validation: an argument the posted page did not render, or none at all
    assert _postback(server, target, third, portal.GRID, "Page$3")[0] == 500
    action, fields = _form(first, target)
    fields.pop("__EVENTVALIDATION")
    fields.update({"__EVENTTARGET": portal.GRID, "__EVENTARGUMENT": "Page$2"})
    status, page, _ = _post(server, action, fields)
    assert status == 500 and "Invalid postback or callback argument" in page
    for cat in (2, 3):
        page = _get(server, f"/TinTuc/DanhSach.aspx?MaLoai={cat}")[1]
        assert "__doPostBack('ctl00$ContentPlaceHolder1$gvTinTuc'" not in page
        assert len(_grid_titles(page)) == len(portal.in_cat(cat))


def test_timetable_weeks_never_end(server: PortalServer) -> None:
    target = "/LichGiangDay.aspx"
    page = _get(server, target)[1]
    weeks = [re.search(r'class="tuan">([^<]+)<', page).group(1)]
    assert weeks[0] == "Tuần từ 23/11/2026 đến 29/11/2026"
    for _ in range(30):
        status, page, _ = _postback(server, target, page, portal.WEEK_NEXT)
        assert status == 200
        weeks.append(re.search(r'class="tuan">([^<]+)<', page).group(1))
        assert "lnkTuanSau" in page
    assert len(set(weeks)) == 31
    status, page, _ = _postback(server, target, _get(server, target)[1], portal.WEEK_PREV)
    assert "Tuần từ 16/11/2026 đến 22/11/2026" in page


def test_documents_pager_and_downloads(server: PortalServer) -> None:
    first = _get(server, "/VanBan.aspx")[1]
    assert first.count('href="DownloadFile.aspx?id=') == portal.DOC_PAGE_SIZE
    status, second, _ = _postback(server, "/VanBan.aspx", first, portal.DOC_GRID, "Page$2")
    assert status == 200 and "QC-41" not in second and "41/QC-TCT" in second
    status, _body, headers = fetch(server, "/DownloadFile.aspx?id=317")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert "attachment" in headers["Content-Disposition"]


def test_old_address_lowercase_alias_and_soft_404(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/TinTuc.aspx?ma=1266")
    assert status == 301 and headers["Location"] == "/TinTuc/ChiTiet.aspx?ID=1266"
    home = _get(server, "/")[1]
    assert 'href="/TinTuc.aspx?ma=1266"' in home and 'href="/tintuc/chitiet.aspx?id=1273"' in home
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            assert _body_region(_get(server, alt)[1]) == _body_region(_get(server, gold["path"])[1])
    status, page = _get(server, f"/TinTuc/ChiTiet.aspx?ID={portal.DELETED_ID}")
    assert status == 200 and "Tin bạn tìm không tồn tại hoặc đã bị xóa." in page
    assert f"ChiTiet.aspx?ID={portal.DELETED_ID}" in _get(server, "/GioiThieu.aspx?ID=1")[1]
    assert _get(server, "/khong-co-trang-nay.aspx")[0] == 404


def test_print_and_email_views_repeat_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        sid = gold["path"].rsplit("=", 1)[1]
        page = _get(server, gold["path"])[1]
        assert f'href="InTin.aspx?ID={sid}"' in page and f'href="GuiEmail.aspx?ID={sid}"' in page
        printed = _get(server, f"/TinTuc/InTin.aspx?ID={sid}")[1]
        assert 'onload="window.print();"' in printed and 'content="noindex"' in printed
        assert gold["body"].split("\n\n")[-1] in _reader(printed)
        mail = _get(server, f"/TinTuc/GuiEmail.aspx?ID={sid}")[1]
        assert gold["title"] in _nfc(mail) and "lblNoiDung" not in mail


def test_search_box_posts_and_redirects(server: PortalServer) -> None:
    page = _get(server, "/")[1]
    action, fields = _form(page, "/")
    fields.update(
        {"ctl00$txtTuKhoa": "Hội thảo", "ctl00$ibtnTimKiem.x": "5", "ctl00$ibtnTimKiem.y": "7"}
    )
    status, _, headers = _post(server, action, fields)
    assert status == 302 and headers["Location"].startswith("/TimKiem.aspx?tukhoa=")


def test_chrome_and_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    for _path, (_, body, headers) in pages.items():
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert 'content="text/html; charset=utf-8"' in body
        assert unicodedata.is_normalized("NFC", body)
        assert f'<span id="ctl00_lblNgayHienTai">{portal.TODAY}</span>' in body
        assert "Lượt truy cập" in body and "<marquee" in body and "TreeView_ToggleNode" in body
        assert "Đường dây nóng: 0913.286.119" in body and "<object classid=" in body
    with_refs = [p for p, (_, body, _) in pages.items() if re.search(r"&#\d+;", _body_region(body))]
    assert with_refs == ["/TinTuc/ChiTiet.aspx?ID=1258"]
    region = _body_region(pages["/TinTuc/ChiTiet.aspx?ID=1258"][1])
    assert all(ord(ch) < 128 for ch in region) and "&#7879;" in region
    title = _label(pages["/TinTuc/ChiTiet.aspx?ID=1258"][1], "lblTieuDe")
    assert "Lễ kết nạp đảng viên" in title
