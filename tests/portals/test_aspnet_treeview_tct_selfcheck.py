"""Self-checks of the ASP.NET TreeView fixture (Trường Chính trị Bến Tre) against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_treeview_tct as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".axd")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, form: dict[str, str]) -> tuple[int, str, dict]:
    data = urllib.parse.urlencode(form).encode("utf-8")
    try:
        with NO_REDIRECTS.open(server.url(target), data=data, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def resolve(base: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "#", "mailto:", "http:", "https:")):
        return None
    parts = urllib.parse.urlsplit(urllib.parse.urljoin("http://x" + base, href))
    if parts.path.lower().endswith(ASSETS):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def hidden_fields(body: str) -> dict[str, str]:
    return {
        m.group(1): _html.unescape(m.group(2))
        for m in re.finditer(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)"', body)
    }


def postbacks(body: str) -> list[tuple[str, str]]:
    return re.findall(r"__doPostBack\('([^']+)','([^']*)'\)", body)


def form_action(target: str, body: str) -> str:
    action = re.search(r'<form name="aspnetForm" method="post" action="([^"]+)"', body).group(1)
    return resolve(target, action)


def walk(server: PortalServer, postback: bool, limit: int = 400) -> set[str]:
    """Breadth-first over hrefs; with ``postback`` also submits every __doPostBack of a page."""
    start = ("GET", portal.START_PATH, None)
    seen_get, seen_post = {portal.START_PATH}, set()
    queue = deque([start])
    while queue and len(seen_get) + len(seen_post) < limit:
        method, target, form = queue.popleft()
        if method == "GET":
            status, body, headers = fetch(server, target)
        else:
            status, body, headers = post(server, target, form)
        if status == 302:
            loc = resolve(target, headers["Location"].replace(server.base_url, ""))
            if loc and loc not in seen_get:
                seen_get.add(loc)
                queue.append(("GET", loc, None))
            continue
        if status != 200:
            continue
        for href in re.findall(r'href="([^"]+)"', body):
            url = resolve(target, href)
            if url and url not in seen_get:
                seen_get.add(url)
                queue.append(("GET", url, None))
        if not postback:
            continue
        fields = hidden_fields(body)
        action = form_action(target, body)
        for event, arg in postbacks(body):
            key = (action, event, arg, fields.get("__VIEWSTATE"))
            if key in seen_post:
                continue
            seen_post.add(key)
            form = {**fields, "__EVENTTARGET": event, "__EVENTARGUMENT": arg}
            queue.append(("POST", action, form))
    return seen_get


def visible_text(body: str) -> str:
    text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", body, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return collapse(_html.unescape(text))


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and "\xa0" not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 24, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/UserFiles/Image/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS."))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    cp = portal.CP
    assert f'<span id="{cp}_lblTieuDe" class="tieudetin">{_html.escape(gold["title"])}</span>' in body
    when = portal._dt.datetime.fromisoformat(gold["published_at"])
    assert f'<span id="{cp}_lblNgayDang" class="ngaydang">Ngày đăng: {when:%d/%m/%Y - %H:%M}</span>' in body
    assert portal.TODAY in body and "Đang truy cập: 12" in body and "Lượt truy cập: 456.789" in body
    assert "In tin</a> | " in body and "Các tin khác:" in body and "Số lượt xem:" in body
    crumbs = body.split('<div class="duongdan">', 1)[1].split("</div>", 1)[0]
    assert crumbs.rstrip().endswith(f">{_html.escape(gold['category'])}</a>")
    content = body.split(f'<span id="{cp}_lblNoiDung" class="noidung">', 1)[1]
    content = content.split('<div class="luotxem">', 1)[0]
    shown = visible_text(content)
    paras = gold["body"].split("\n\n")
    if gold["summary"]:
        sapo = body.split(f'<span id="{cp}_lblTomTat" class="tomtat">', 1)[1].split("</span>")[0]
        assert visible_text(sapo) == gold["summary"]
        paras = paras[1:]
    else:
        assert f'<span id="{cp}_lblTomTat" class="tomtat"></span>' in body
    pos = 0
    for para in paras:
        first = para.split(" | ")[0]
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
        at = shown.find(first, pos)
        assert at >= 0, (gold["path"], para)
        pos = at
    for img in gold["images"]:
        assert img["path"] in body or img["path"].lstrip("/") in body
        if img["caption"]:
            assert f"<em>{_html.escape(img['caption'])}</em>" in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown
    if gold["source"]:
        assert gold["source"] in shown


def test_bylines_and_research_layout(server):
    by_id = {int(re.search(r"ID=(\d+)", g["path"]).group(1)): g for g in portal.GOLD}
    _, body, _ = fetch(server, by_id[1260]["path"])
    assert "ThS. Trần Văn Hai - Khoa Nhà nước và Pháp luật" in body
    assert "&agrave;" in body or "&ecirc;" in body  # FCKeditor's Latin-1 entities
    assert by_id[1260]["body"].startswith("Tóm tắt: ") and by_id[1260]["summary"] is None
    assert "\n\nTừ khóa: " in by_id[1260]["body"] and "\n\nTài liệu tham khảo\n\n1. " in by_id[1260]["body"]
    assert "\n\nTài liệu tham khảo\n\nHọc viện" in by_id[1248]["body"]
    _, body, _ = fetch(server, by_id[1248]["path"])
    assert "<ol>" in body
    _, body, _ = fetch(server, by_id[1246]["path"])
    assert "<strong>BBT</strong>" in body and by_id[1246]["authors"] == []
    assert "Giải nhất: Tổ công đoàn Khoa Xây dựng Đảng;<br />" in body
    _, body, _ = fetch(server, by_id[1236]["path"])
    assert "Nguồn: Tạp chí Tuyên giáo" in body and by_id[1236]["source"] == "Tạp chí Tuyên giáo"
    _, body, _ = fetch(server, by_id[1261]["path"])
    assert "<em>Tin: Phòng Đào tạo</em>" in body and 'src="UserFiles/Image/' in body
    _, body, _ = fetch(server, by_id[1262]["path"])
    assert "&nbsp;" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "lblNgayDang" not in body and "lblNoiDung" not in body, path
    _, body, _ = fetch(server, "/VanBan.aspx")
    pdf = re.search(r'href="(UserFiles/File/[^"]+\.pdf)"', body).group(1)
    status, _, headers = fetch(server, "/" + pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, body, _ = fetch(server, "/GuiTin.aspx?ID=1255")
    assert "Gửi tin: <b>" in body and "txtEmailNhan" in body


def test_breadth_first_walk_with_postbacks_reaches_every_article(server):
    seen = walk(server, postback=True)
    for g in portal.GOLD:
        assert g["path"] in seen or set(g.get("alt_paths", [])) & seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_need_the_pager_postback(server):
    seen = walk(server, postback=False)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert sorted(hidden) == ["/ChiTietTin.aspx?ID=1240&CatID=3", "/ChiTietTin.aspx?ID=1246&CatID=3"]


def listing(body: str) -> str:
    """The list panel and its pager (the sidebars link other articles)."""
    return body.split(f'id="{portal.CP}_pnlDanhSach">', 1)[1].split('<td class="cotphai"', 1)[0]


def test_pager_is_postback_and_get_is_page_one(server):
    target = "/DanhSachTin.aspx?CatID=0"
    status, page1, _ = fetch(server, target)
    assert status == 200 and "ID=1262&amp;CatID=3" in listing(page1)
    assert "ID=1236" not in listing(page1)
    assert "__doPostBack('ctl00$ContentPlaceHolder1$rptPager$ctl01$lnkPage','')" in page1
    assert "__doPostBack('ctl00$ContentPlaceHolder1$lnkTrangSau','')" in page1
    assert 'href="DanhSachTin.aspx?CatID=0&' not in page1
    # GET ignores a page parameter
    again = listing(fetch(server, target + "&page=3")[1])
    assert again.count('class="tinlist"') == 5 and "ID=1236" not in again
    fields = hidden_fields(page1)
    event = f"{portal.CPN}$rptPager$ctl02$lnkPage"
    status, page3, _ = post(server, target, {**fields, "__EVENTTARGET": event})
    page3 = listing(page3)
    assert status == 200 and "ID=1236&amp;CatID=6" in page3 and "ID=1240&amp;CatID=3" in page3
    assert page3.count('class="tinlist"') == 3
    # "Trang sau" from page 2 is page 3: the current page rides in the view state
    form = {**fields, "__EVENTTARGET": f"{portal.CPN}$lnkTrangSau", "__EVENTARGUMENT": ""}
    status, page2, _ = post(server, target, form)
    assert status == 200 and "ID=1255&amp;CatID=3" in listing(page2)
    assert "ID=1262&amp;" not in listing(page2)
    form = {**hidden_fields(page2), "__EVENTTARGET": f"{portal.CPN}$lnkTrangSau"}
    assert "ID=1238&amp;CatID=7" in listing(post(server, target, form)[1])
    # a post without the page's view state is the yellow screen
    bad = {"__EVENTTARGET": f"{portal.CPN}$rptPager$ctl01$lnkPage", "__EVENTARGUMENT": ""}
    status, body, _ = post(server, target, bad)
    assert status == 500 and "Validation of viewstate MAC failed" in body
    bad = {**fields, "__EVENTVALIDATION": "AAAA", "__EVENTTARGET": f"{portal.CPN}$lnkTrangSau"}
    assert post(server, target, bad)[0] == 500
    # category 3: seven items filed, two on page 2
    status, cat3, _ = fetch(server, "/DanhSachTin.aspx?CatID=3")
    form = {**hidden_fields(cat3), "__EVENTTARGET": f"{portal.CPN}$rptPager$ctl01$lnkPage"}
    status, cat3p2, _ = post(server, "/DanhSachTin.aspx?CatID=3", form)
    cat3p2 = listing(cat3p2)
    assert status == 200 and cat3p2.count('class="tinlist"') == 2
    assert "ID=1246&amp;CatID=3" in cat3p2 and "ID=1240&amp;CatID=3" in cat3p2


def test_treeview_parents_post_back_and_leaves_are_links(server):
    status, home, _ = fetch(server, "/")
    assert status == 200
    assert 'id="ctl00_TreeView1t5">Tin hoạt động</a>' in home
    assert 'href="DanhSachTin.aspx?CatID=3" id="ctl00_TreeView1t5"' in home
    assert "__doPostBack('ctl00$TreeView1','s1')" in home
    assert 'id="ctl00_TreeView1n4Nodes" style="display:none;"' in home
    for idx in (1, 4, 8):  # the parent nodes: postbacks, no address of their own
        node = re.search(rf'<a class="[^"]+" href="([^"]+)"[^>]*id="ctl00_TreeView1t{idx}"', home)
        assert node.group(1).startswith("javascript:__doPostBack('ctl00$TreeView1','s")
    fields = hidden_fields(home)
    form = {**fields, "__EVENTTARGET": "ctl00$TreeView1", "__EVENTARGUMENT": "s1"}
    status, _, headers = post(server, "/Default.aspx", form)
    assert status == 302 and headers["Location"] == "/DanhSachTin.aspx?CatID=1"
    status, body, _ = fetch(server, "/DanhSachTin.aspx?CatID=1")
    assert status == 200 and "ID=1253&amp;CatID=6" in body


def test_article_filed_twice_is_one_article(server):
    twice = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(twice) == 2
    for g in twice:
        _, main, _ = fetch(server, g["path"])
        for alt in g["alt_paths"]:
            status, other, _ = fetch(server, alt)
            assert status == 200
            for part in ("lblTieuDe", "lblNgayDang", "lblTomTat", "lblNoiDung"):
                chunk = re.compile(rf'<span id="ctl00_ContentPlaceHolder1_{part}".*?</span>', re.S)
                assert chunk.search(main).group() == chunk.search(other).group()
            crumbs = lambda b: b.split('<div class="duongdan">')[1].split("</div>")[0]  # noqa: E731
            assert crumbs(main) == crumbs(other)
            assert main.split("Các tin khác:")[1] != other.split("Các tin khác:")[1]
    status, _, _ = fetch(server, "/ChiTietTin.aspx?ID=1253&CatID=5")
    assert status == 404


def test_unknown_pages_are_404(server):
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404
    assert fetch(server, "/ChiTietTin.aspx?ID=9999&CatID=3")[0] == 404
    assert fetch(server, "/DanhSachTin.aspx?CatID=42")[0] == 404
