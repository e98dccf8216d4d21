"""Self-checks of the aspnet_webforms_datapager_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_datapager_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".axd")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _post(server, target: str, data: dict[str, str], headers: dict[str, str] | None = None):
    req = urllib.request.Request(
        server.url(target),
        data=urllib.parse.urlencode(data).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})},
        method="POST",
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _target(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _form(page: str) -> tuple[str, dict[str, str]]:
    action = _html.unescape(re.search(r'<form method="post" action="([^"]*)"', page).group(1))
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />', page))
    return action, fields


def _links(page_url: str, page: str) -> tuple[list[str], list[str], str]:
    """GET targets, pager postback targets, and the base the page resolves against."""
    m = re.search(r'<base href="([^"]+)"', page)
    base = m.group(1) if m else page_url
    gets, posts = [], []
    for raw in re.findall(r'<(?:a|link)\b[^>]*?\bhref="([^"]*)"', page):
        href = _html.unescape(raw)
        pb = re.match(r"javascript:__doPostBack\('([^']+)','[^']*'\)", href)
        if pb:
            if pb.group(1).startswith(portal.PAGER):
                posts.append(pb.group(1))
            continue
        if href.startswith(("javascript:", "mailto:", "#")) or not href:
            continue
        url = urllib.parse.urljoin(base, href)
        if urllib.parse.urlsplit(url).netloc != urllib.parse.urlsplit(page_url).netloc:
            continue
        if urllib.parse.urlsplit(url).path.lower().endswith(_STATIC):
            continue
        gets.append(url)
    return gets, posts, base


def _crawl(server, postbacks: bool) -> set[str]:
    start = server.url(portal.START_PATH)
    seen_get: set[str] = {start}
    seen_post: set[tuple[str, str, str]] = set()
    reached: set[str] = set()
    queue: deque = deque([("GET", start, None)])
    while queue:
        method, url, data = queue.popleft()
        target = _target(url)
        status, page, _ = (
            fetch(server, target) if method == "GET" else _post(server, target, data)
        )
        assert len(seen_get) + len(seen_post) < 200, "crawl is not bounded"
        if status != 200:
            continue
        reached.add(target)
        gets, posts, base = _links(url, page)
        for link in gets:
            if link not in seen_get:
                seen_get.add(link)
                queue.append(("GET", link, None))
        if postbacks and posts:
            action, fields = _form(page)
            post_url = urllib.parse.urljoin(base, action)
            for ev_target in posts:
                key = (post_url, ev_target, fields.get("__VIEWSTATE", ""))
                if key not in seen_post:
                    seen_post.add(key)
                    queue.append(("POST", post_url, {**fields, "__EVENTTARGET": ev_target}))
    return reached


def _story(record: dict):
    mid = int(re.search(r"MaTin=(\d+)", record["path"]).group(1))
    return portal.BY_ID[mid]


def test_contract_shape():
    assert portal.NAME == "aspnet_webforms_datapager_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= g["body"].count("\n\n") + 1 <= 15


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_its_fields(server, record):
    story = _story(record)
    status, page, _ = fetch(server, record["path"])
    assert status == 200
    h1 = re.search(r'<span id="ctl00_cphMain_lblTieuDe">(.*?)</span>', page).group(1)
    assert collapse(_html.unescape(h1)) == record["title"]
    text = _text(page)
    assert f"Ngày đăng: {story.opts['date']}" in text
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    for img in record["images"]:
        assert img["path"].lstrip("/") in page
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', page).group(1)
    assert _text(crumbs).endswith(record["category"])


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_duplicates_serve_the_same_article(server, record):
    for target in [record["canonical_path"], *record["alt_paths"]]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert _html.escape(record["title"], quote=True) in page, target
    _, page, _ = fetch(server, record["path"])
    assert f'<link rel="canonical" href="{server.base_url}{record["canonical_path"]}" />' in page


def test_every_gold_article_is_reachable(server):
    reached = _crawl(server, postbacks=True)
    for g in portal.GOLD:
        names = {g["path"], g["canonical_path"], *g["alt_paths"]}
        assert names & reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path


def test_page_two_of_hoat_dong_nganh_needs_a_postback(server):
    reached = _crawl(server, postbacks=False)
    for mid in (1253, 1247):
        g = next(g for g in portal.GOLD if f"MaTin={mid}&" in g["path"])
        assert not ({g["path"], g["canonical_path"], *g["alt_paths"]} & reached), mid
    # 1244 is behind page 2 of MaLoai=5, found by its rel=next link
    status, page, _ = fetch(server, "/TinTuc.aspx?MaLoai=5&Trang=2")
    assert status == 200 and "MaTin=1244&amp;MaLoai=5" in page
    status, page, _ = fetch(server, "/TinTuc.aspx?MaLoai=5")
    assert "MaTin=1244" not in page


def test_postback_needs_the_pages_own_event_validation(server):
    _, page, _ = fetch(server, "/TinTuc.aspx?MaLoai=2")
    action, fields = _form(page)
    assert action == "./TinTuc.aspx?MaLoai=2"
    assert "javascript:__doPostBack(&#39;ctl00$cphMain$dpgTinTuc$ctl01$ctl01&#39;,&#39;&#39;)" in page
    good = {**fields, "__EVENTTARGET": f"{portal.PAGER}$ctl01$ctl01"}
    status, page2, _ = _post(server, "/TinTuc.aspx?MaLoai=2", good)
    assert status == 200 and "MaTin=1253&amp;MaLoai=2" in page2 and "MaTin=1287&amp;" not in page2
    # "Trước" from page 2's own state goes back to page 1
    _, fields2 = _form(page2)
    status, back, _ = _post(
        server, "/TinTuc.aspx?MaLoai=2", {**fields2, "__EVENTTARGET": f"{portal.PAGER}$ctl00$ctl01"}
    )
    assert status == 200 and "MaTin=1287&amp;MaLoai=2" in back
    missing = {k: v for k, v in good.items() if k != "__EVENTVALIDATION"}
    assert _post(server, "/TinTuc.aspx?MaLoai=2", missing)[0] == 500
    _, other, _ = fetch(server, "/TinTuc.aspx?MaLoai=5")
    foreign = {**good, "__EVENTVALIDATION": _form(other)[1]["__EVENTVALIDATION"]}
    status, body, _ = _post(server, "/TinTuc.aspx?MaLoai=2", foreign)
    assert status == 500 and "Invalid postback or callback argument" in body


def test_async_postback_gets_the_delta_format(server):
    _, page, _ = fetch(server, "/TinTuc.aspx?MaLoai=2")
    _, fields = _form(page)
    data = {
        **fields,
        "ctl00$smMain": f"ctl00$cphMain$upnTinTuc|{portal.PAGER}$ctl01$ctl01",
        "__EVENTTARGET": f"{portal.PAGER}$ctl01$ctl01",
        "__ASYNCPOST": "true",
    }
    status, body, headers = _post(
        server, "/TinTuc.aspx?MaLoai=2", data, {"X-MicrosoftAjax": "Delta=true"}
    )
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert body.startswith("1|#||4|") and "|updatePanel|ctl00_cphMain_upnTinTuc|" in body
    assert "MaTin=1247&amp;MaLoai=2" in body
    # each record's length is right
    pos = 0
    while pos < len(body):
        length, kind, _id, _rest = body[pos:].split("|", 3)
        pos += len(length) + len(kind) + len(_id) + 3 + int(length) + 1
        assert body[pos - 1] == "|", kind


def test_non_articles_and_listings_answer(server):
    for path in [*portal.NON_ARTICLES, "/", "/Default.aspx", "/VanBan.aspx", "/ThuVienAnh.aspx",
                 "/Video.aspx", "/TinTuc.aspx?MaLoai=9", "/TimKiem.aspx?TuKhoa=h%E1%BB%99i"]:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "Thứ Bảy, 05/12/2026" in page and "Tổng truy cập" in page, path


def test_unknown_paths_404_and_the_soft_404(server):
    for path in ["/khong-ton-tai.aspx", "/tin-tuc/abc-9999.aspx", "/tin-tuc/TinTuc.aspx?MaLoai=2",
                 "/tin-tuc/Upload/TinTuc/2026/12/hn-cds-01.jpg", "/VanBan/ChiTietVanBan.aspx?MaVB=1",
                 "/GioiThieu.aspx?ID=7"]:
        assert fetch(server, path)[0] == 404, path
    status, page, _ = fetch(server, f"/ChiTietTin.aspx?MaTin={portal.DELETED_ID}")
    assert status == 200 and "không tồn tại hoặc đã bị gỡ bỏ" in page
    panel = page[page.index('id="ctl00_cphMain_pnlChiTiet"') : page.index('<div id="cot_phai">')]
    assert not any(g["title"] in _text(panel) for g in portal.GOLD)
    h1 = re.search(r'<span id="ctl00_cphMain_lblTieuDe">(.*?)</span>', page).group(1)
    assert h1 == ""


def test_static_and_search_redirect(server):
    status, _, headers = fetch(server, "/Upload/TinTuc/2026/12/hn-cds-01.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert fetch(server, "/Upload/VanBan/2026/12/2187-TB-SGDDT.pdf")[0] == 200
    _, page, _ = fetch(server, "/")
    _, fields = _form(page)
    status, _, headers = _post(
        server, "/Default.aspx",
        {**fields, "ctl00$ucHeader$txtTuKhoa": "hội nghị", "ctl00$ucHeader$btnTimKiem": "Tìm kiếm"},
    )
    assert status == 302 and headers["Location"].startswith("/TimKiem.aspx?TuKhoa=")

