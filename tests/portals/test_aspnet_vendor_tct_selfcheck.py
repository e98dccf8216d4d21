"""Self-checks of the ASP.NET vendor portal (Trường Chính trị tỉnh Kon Tum) against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_vendor_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers",
    "source", "summary", "body", "images", "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".axd")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    data = urllib.parse.urlencode(fields).encode("utf-8")
    try:
        with NO_REDIRECTS.open(server.url(target), data=data, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def shown(markup: str) -> str:
    markup = re.sub(r"<br\s*/?>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def hidden_fields(body: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]+" value="([^"]*)"', body))


def form_action(body: str) -> str:
    return _html.unescape(re.search(r'<form name="aspnetForm" method="post" action="([^"]+)"', body).group(1))


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urllib.parse.urlsplit(href).path.lower().endswith(ASSETS):
            continue
        out.append(href)
    return out


def postbacks(body: str) -> list[tuple[str, str]]:
    return re.findall(r"javascript:__doPostBack\('([^']+)','([^']*)'\)", body)


def walk(server: PortalServer, use_postback: bool = True, limit: int = 400) -> set[str]:
    """BFS over href links and, when asked, the postback links submitted with the page's form."""
    seen: set = {portal.START_PATH}
    queue: deque = deque([("GET", portal.START_PATH, None)])
    got: set[str] = set()
    while queue and len(seen) < limit:
        method, target, fields = queue.popleft()
        if method == "GET":
            status, body, headers = fetch(server, target)
            got.add(target)
        else:
            status, body, headers = post(server, target, fields)
        if status in (301, 302) and headers.get("Location"):
            loc = headers["Location"]
            if loc not in seen:
                seen.add(loc)
                queue.append(("GET", loc, None))
            continue
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(("GET", href, None))
        if use_postback and 'id="aspnetForm"' in body:
            hidden = hidden_fields(body)
            action = form_action(body)
            for event, arg in postbacks(body):
                key = ("POST", action, hidden.get("__VIEWSTATE"), event, arg)
                if key in seen:
                    continue
                seen.add(key)
                queue.append(("POST", action, {**hidden, "__EVENTTARGET": event, "__EVENTARGUMENT": arg}))
    return got


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/Portals/0/News/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "quantri")
            assert not re.match(r"(ThS|TS|PGS)\.", name) and "(" not in name and " - " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert esc_in(gold["title"], body)
    assert portal.TODAY in body
    text = shown(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    for alt in gold["alt_paths"]:
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert esc_in(gold["title"], alt_body), alt


def esc_in(value: str, body: str) -> bool:
    return _html.escape(value) in body


def test_dates_are_printed_in_the_vendor_forms(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.fpath(story))
        gold = story.published_at
        if story.opts.get("tpl") == "nc":
            assert f'<td class="ngaydang">{portal.day_line(story)}</td>' in body
            assert len(gold) == 10
            continue
        m = re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4}) (\d{1,2}):(\d\d):(\d\d) (SA|CH)", body)
        d, mo, y, h, mi, sec, ampm = m.groups()
        hour = int(h) % 12 + (12 if ampm == "CH" else 0)
        assert gold == f"{y}-{mo}-{d}T{hour:02d}:{mi}:{sec}+07:00"
    _, body, _ = fetch(server, "/tin-tuc/2395/dang-bo-truong-hoc-tap-quan-triet-nghi-quyet.aspx")
    assert "12:05:00 CH" in body and "Cập nhật lần cuối: 02/12/2026" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "news-content" not in body and "noidung" not in body, path
    _, body, _ = fetch(server, "/Default.aspx?tabid=54&newsid=2398&act=email")
    assert "Gửi bài viết qua email" in body and _html.escape(portal.BY_ID[2398].title) in body


def test_every_article_reachable_with_postbacks(server):
    got = walk(server)
    for g in portal.GOLD:
        assert g["path"] in got, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in got or path.lower() in {t.lower() for t in got}, path


def test_some_articles_only_behind_the_postback_pager(server):
    got = walk(server, use_postback=False)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in got]
    assert sorted(hidden) == sorted(portal.fpath(portal.BY_ID[i]) for i in (2371, 2365))
    for i in (2371, 2365):
        assert f"newsid={i}" not in " ".join(got)


def test_pager_state_lives_in_viewstate(server):
    status, p1, _ = fetch(server, "/Default.aspx?tabid=53")
    assert status == 200 and "Sau »" in p1
    fields = hidden_fields(p1)
    assert form_action(p1) == "/Default.aspx?tabid=53"
    status, p2, _ = post(server, "/Default.aspx?tabid=53", {**fields, "__EVENTTARGET": f"{portal.PAGER_ID}$lbtNext"})
    assert status == 200 and '<span class="current">2</span>' in p2
    status, p3, _ = post(server, "/Default.aspx?tabid=53", {**hidden_fields(p2), "__EVENTTARGET": f"{portal.PAGER_ID}$lbtNext"})
    assert status == 200 and '<span class="current">3</span>' in p3
    for i in (2371, 2368, 2365):
        assert portal.fpath(portal.BY_ID[i]) in p3
    # the page-1 form state again: "Sau »" is page 2, not 3
    status, again, _ = post(server, "/Default.aspx?tabid=53", {**fields, "__EVENTTARGET": f"{portal.PAGER_ID}$lbtNext"})
    assert '<span class="current">2</span>' in again
    # numbered link ctl02 is page 3
    status, p3b, _ = post(
        server, "/Default.aspx?tabid=53", {**fields, "__EVENTTARGET": f"{portal.PAGER_ID}$rptPager$ctl02$lbtPage"}
    )
    assert '<span class="current">3</span>' in p3b
    # category 54: two articles on page 2
    _, c1, _ = fetch(server, "/default.aspx?tabid=54")
    _, c2, _ = post(server, "/Default.aspx?tabid=54", {**hidden_fields(c1), "__EVENTTARGET": f"{portal.PAGER_ID}$lbtNext"})
    assert portal.fpath(portal.BY_ID[2371]) in c2 and portal.fpath(portal.BY_ID[2365]) in c2
    assert portal.fpath(portal.BY_ID[2371]) not in c1


def test_pager_traps(server):
    _, p1, _ = fetch(server, "/Default.aspx?tabid=53")
    _, guessed, _ = fetch(server, "/Default.aspx?tabid=53&page=2")
    assert '<span class="current">1</span>' in guessed
    fields = hidden_fields(p1)
    bad = {**fields, "__VIEWSTATE": fields["__VIEWSTATE"][:-8] + "AAAAAAAA", "__EVENTTARGET": f"{portal.PAGER_ID}$lbtNext"}
    status, body, _ = post(server, "/Default.aspx?tabid=53", bad)
    assert status == 500 and "viewstate MAC" in body
    _, c1, _ = fetch(server, "/Default.aspx?tabid=54")
    foreign = {**fields, "__EVENTVALIDATION": hidden_fields(c1)["__EVENTVALIDATION"], "__EVENTTARGET": f"{portal.PAGER_ID}$lbtNext"}
    status, body, _ = post(server, "/Default.aspx?tabid=53", foreign)
    assert status == 500 and "Invalid postback" in body


def test_menu_postback_redirects_and_labels(server):
    _, home, _ = fetch(server, "/")
    assert "__doPostBack('ctl00$mnuTop','73')" in home and "Học tập và làm theo Bác" in home
    status, _, headers = post(server, "/Default.aspx?tabid=1", {**hidden_fields(home), "__EVENTTARGET": "ctl00$mnuTop", "__EVENTARGUMENT": "73"})
    assert status == 302 and headers["Location"] == "/default.aspx?tabid=73"
    _, body, _ = fetch(server, portal.fpath(portal.BY_ID[2387]))
    crumb = re.search(r'<div class="breadcrumb">(.*?)</div>', body).group(1)
    assert shown(crumb).endswith(portal.CATEGORIES["hoc-tap-lam-theo-bac"])


def test_url_variants_and_title_traps(server):
    s = portal.BY_ID[2390]
    _, body, _ = fetch(server, portal.fpath(s))
    assert f"<title>\n\t{portal.CATEGORIES['tin-tuc-su-kien']} - {portal.SITE}\n</title>" in body
    assert 'class="news-subtitle">Chào mừng 44 năm' in body
    assert 'action="/Default.aspx?tabid=54&amp;newsid=2390"' in body
    assert 'rel="canonical"' not in body
    assert fetch(server, f"/default.aspx?tabid=54&newsid={s.id}")[0] == 200
    assert fetch(server, "/tin-tuc/2390/wrong-slug.aspx")[0] == 404
    assert fetch(server, "/Default.aspx?tabid=54&newsid=9999")[0] == 404


def test_byline_source_caption_traps(server):
    _, body, _ = fetch(server, portal.fpath(portal.BY_ID[2368]))
    assert "<em>Theo Tạp chí Cộng sản</em>" in body and "PGS.TS. Đỗ Minh Tuấn" in body
    _, body, _ = fetch(server, portal.fpath(portal.BY_ID[2384]))
    assert "Toàn cảnh buổi làm việc. (Ảnh: Hoàng Long)" in body and "<strong>BBT</strong>" in body
    _, body, _ = fetch(server, portal.fpath(portal.BY_ID[2393]))
    assert "ThS. A Tuấn, ThS. Lê Thị Mai (Khoa Nhà nước và pháp luật)" in body
    assert 'class="tblChiTiet"' in body
    _, body, _ = fetch(server, portal.fpath(portal.BY_ID[2381]))
    assert "Tác giả: ThS. Lê Văn Thành" in body and "Người đăng: quantri" in body
    _, body, _ = fetch(server, portal.fpath(portal.BY_ID[2396]))
    assert 'src="../../Portals/0/News/2026/12/khai-giang-k20-dak-ha.jpg"' in body
    assert '<td class="caption">Học viên lớp K20 chụp ảnh lưu niệm</td>' in body
    assert '<div class="news-sapo"></div>' in body
    _, body, _ = fetch(server, portal.fpath(portal.BY_ID[2395]))
    content = body.split('id="ctl00_ContentPane_ctl00_divContent">')[1].split("</div>")[0]
    assert "Tin liên quan:" in content and "MsoNormal" in content
    _, body, _ = fetch(server, portal.fpath(portal.BY_ID[2398]))
    assert "Khoa Lý luận cơ sở: Tập thể lao động xuất sắc<br />" in body


def test_images_answer(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
