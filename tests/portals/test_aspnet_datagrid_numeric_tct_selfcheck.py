"""Self-checks of the aspnet_datagrid_numeric_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_datagrid_numeric_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

HREF = re.compile(r'href="([^"]*)"', re.I)
POSTBACK = re.compile(r"javascript:__doPostBack\('([^']*)','([^']*)'\)")
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />')
ACTION = re.compile(r'<form name="aspnetForm" method="post" action="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str]:
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(server.url(target), data=data, method="POST")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def visible(page: str) -> str:
    """The page's text as a reader sees it: tags off, references decoded, NFC, collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<br\s*/?>|</p>|</td>|</li>|</div>|</tr>", "\n", page, flags=re.I)
    page = re.sub(r"<[^>]+>", "", page)
    return collapse(unicodedata.normalize("NFC", _html.unescape(page)))


def crawl(server: PortalServer) -> tuple[dict[str, str], int]:
    """Follow links and the grid's pager postbacks from START_PATH; what was reached."""
    seen: dict[str, str] = {}
    queue: list[tuple[str, str, dict[str, str] | None]] = [(portal.START_PATH, portal.START_PATH, None)]
    done: set[tuple[str, str]] = set()
    requests = 0
    while queue:
        key, target, fields = queue.pop(0)
        if (key, target) in done:
            continue
        done.add((key, target))
        requests += 1
        if fields is None:
            status, body, _ = fetch(server, target)
        else:
            status, body = post(server, target, fields)
        if status != 200:
            continue
        seen.setdefault(key, body)
        base = "http://h" + target
        hidden = dict(HIDDEN.findall(body))
        action = ACTION.search(body)
        for raw in HREF.findall(body):
            href = _html.unescape(raw)
            pb = POSTBACK.match(href)
            if pb and action:
                form_target = urllib.parse.urljoin(base, _html.unescape(action.group(1)))
                form_target = form_target.removeprefix("http://h")
                fields = {**hidden, "__EVENTTARGET": pb.group(1), "__EVENTARGUMENT": pb.group(2)}
                queue.append((f"POST {form_target} {pb.group(1)}", form_target, fields))
                continue
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            absolute = urllib.parse.urljoin(base, href)
            if not absolute.startswith("http://h/"):
                continue
            path = absolute.removeprefix("http://h").split("#")[0]
            if re.search(r"\.(jpe?g|gif|png|pdf|swf|css|js)$", path.split("?")[0], re.I):
                continue
            queue.append((path, path, None))
    return seen, requests


@pytest.fixture(scope="module")
def reached(server):
    return crawl(server)


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = visible(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
                assert cell in text, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (target, name)
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert img["path"].lstrip("/") in body, img
            if img["caption"]:
                assert img["caption"] in text
            status_img, _, headers = fetch(server, img["path"])
            assert status_img == 200 and headers["Content-Type"].startswith("image/")
        # the <title> never carries the headline (trap 2)
        assert gold["title"] not in re.search(r"<title>(.*?)</title>", body, re.S).group(1)


def test_dates_printed_en_us(server):
    """The article page prints month first; the listing prints dd/MM/yyyy (trap 4)."""
    _, body, _ = fetch(server, "/ChiTiet.aspx?MaTin=411&MaLoai=2")
    assert "Ngày đăng: 11/9/2026 2:00:00 PM" in body
    _, body, _ = fetch(server, "/ChiTiet.aspx?MaTin=402&MaLoai=2")
    assert "Ngày đăng: 10/28/2026 12:00:00 AM" in body
    _, body, _ = fetch(server, "/ChiTiet.aspx?MaTin=407")
    assert "Cập nhật: 11/6/2026 4:12:00 PM</span> - <span" in body
    for gold in portal.GOLD:
        story = portal.BY_ID[int(re.search(r"MaTin=(\d+)", gold["path"]).group(1))]
        if story.id != 419:
            assert gold["published_at"].startswith(story.opts["when"].strftime("%Y-%m-%d"))


def test_breadcrumb_follows_maloai(server):
    _, wrong, _ = fetch(server, "/ChiTiet.aspx?MaTin=416&MaLoai=2")
    _, right, _ = fetch(server, "/ChiTiet.aspx?MaTin=416")
    crumbs = re.compile(r'<div class="duong_dan">(.*?)</div>', re.S)
    assert "Hoạt động nhà trường" in crumbs.search(wrong).group(1)
    assert "Nghiên cứu - Trao đổi" in crumbs.search(right).group(1)


def test_every_gold_article_reachable_and_budget(reached):
    seen, requests = reached
    reached_paths = {k.lower() for k in seen}
    for gold in portal.GOLD:
        assert gold["path"].lower() in reached_paths, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path.lower() in reached_paths, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_only_articles(reached, server):
    """402, 396 and 394 are linked only from page 2 of their listing, a postback."""
    seen, _ = reached
    only_page2 = {402, 396, 394}
    for key, body in seen.items():
        for mid in only_page2:
            linked = re.search(rf'href="[^"]*MaTin={mid}\b', body, re.I)
            if linked:
                assert key.startswith("POST /TinTuc.aspx"), (key, mid)
    # a guessed GET parameter gives page 1 again
    _, body, _ = fetch(server, "/TinTuc.aspx?MaLoai=2&Page=2")
    assert "MaTin=402" not in body and "MaTin=418" in body


def test_bad_postback_is_rejected(server):
    _, body, _ = fetch(server, "/TinTuc.aspx?MaLoai=2")
    hidden = dict(HIDDEN.findall(body))
    status, _ = post(
        server,
        "/TinTuc.aspx?MaLoai=2",
        {**hidden, "__EVENTTARGET": "ctl00$ContentPlaceHolder1$dgDanhSach$ctl05$ctl01"},
    )
    assert status == 500
    status, page2 = post(
        server,
        "/TinTuc.aspx?MaLoai=2",
        {**hidden, "__EVENTTARGET": "ctl00$ContentPlaceHolder1$dgDanhSach$ctl07$ctl01"},
    )
    assert status == 200 and "MaTin=402" in page2 and "MaTin=396" in page2
    # page 2's pager row has another id: ctl05 (2 rows)
    assert "dgDanhSach$ctl05$ctl00" in page2


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "lblNgayDang" not in body


def test_soft_404_and_unknown_paths(server):
    status, body, _ = fetch(server, "/chitiet.aspx?matin=387")
    assert status == 200 and "Tin này không tồn tại hoặc đã bị xóa." in body
    for path in ("/khong-co-trang-nay", "/TinTuc.html", "/GioiThieu.aspx?MaGT=9", "/admin/"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_search_postback_redirects(server):
    _, body, _ = fetch(server, "/")
    hidden = dict(HIDDEN.findall(body))
    req_fields = {**hidden, "ctl00$ucTimKiem$txtTuKhoa": "bế giảng", "ctl00$ucTimKiem$btnTim.x": "5"}
    status, _ = post(server, "/Default.aspx", req_fields)
    assert status == 302
