"""Self-checks of the aspnet_repeater_linkpager_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_repeater_linkpager_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

BUDGET = 3 * (13 + len(portal.NON_ARTICLES))
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|swf|flv)$|\.axd$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, data: dict[str, str], headers: dict | None = None):
    req = urllib.request.Request(
        server.url(target), data=urlencode(data).encode(), headers=headers or {}, method="POST"
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


class _Page(HTMLParser):
    """Links, window.open targets, the form's action and hidden fields, pager postbacks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.action = ""
        self.hidden: dict[str, str] = {}
        self.postbacks: list[tuple[str, str]] = []  # (event target, link text)
        self._pb: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "aspnetForm":
            self.action = a.get("action") or ""
        if tag == "input" and a.get("type") == "hidden" and a.get("name"):
            self.hidden[a["name"]] = a.get("value") or ""
        if tag == "a":
            href = a.get("href") or ""
            m = re.match(r"javascript:__doPostBack\('([^']+)'", href)
            if m:
                self._pb, self._text = m.group(1), []
            elif href and not href.startswith(("javascript:", "#", "mailto:")):
                self.links.append(href)
            m = re.search(r"window\.open\('([^']+)'", a.get("onclick") or "")
            if m:
                self.links.append(m.group(1))

    def handle_data(self, data):
        if self._pb is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._pb is not None:
            self.postbacks.append((self._pb, "".join(self._text).strip()))
            self._pb = None


def _target(base: str, href: str) -> str | None:
    absolute = urljoin("http://h" + base, _html.unescape(href))
    parts = urlsplit(absolute)
    if parts.netloc != "h" or _STATIC.search(parts.path):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer, postbacks: bool = True) -> tuple[set[str], int]:
    """A sensible crawler: GET every link once, post each pager label once per list."""
    seen = {portal.START_PATH}
    queue = deque([("GET", portal.START_PATH, None)])
    posted: set[tuple[str, str]] = set()
    found: set[str] = set()
    requests = 0
    while queue:
        method, target, data = queue.popleft()
        requests += 1
        if method == "GET":
            status, body, _ = fetch(server, target)
        else:
            status, body = post(server, target, data)
        if status != 200:
            continue
        found.add(target)
        page = _Page()
        page.feed(body)
        for href in page.links:
            t = _target(target, href)
            if t and t not in seen:
                seen.add(t)
                queue.append(("GET", t, None))
        if postbacks and page.action:
            action = _target(target, page.action)
            for event, label in page.postbacks:
                if "Trang" not in event or (action, label) in posted:
                    continue
                posted.add((action, label))
                form = {**page.hidden, "__EVENTTARGET": event, "__EVENTARGUMENT": ""}
                queue.append(("POST", action, form))
    return found, requests


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(paths) == len(set(paths))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (target, piece)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (target, name)
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert img["path"].lstrip("/") in body, (target, img)
            if img["caption"]:
                assert img["caption"] in text
    story = portal.BY_ID[int(re.search(r"ID=(\d+)", gold["path"]).group(1))]
    _, body, _ = fetch(server, gold["path"])
    assert f"Ngày đăng: {story.opts['ngay']}" in body
    assert gold["category"] in page_text(body)


def test_featured_twin_breadcrumb_follows_url(server):
    twin = portal.featured_path(portal.BY_ID[2309])
    _, body, _ = fetch(server, twin)
    crumb = page_text(body.split('class="duongDan"', 1)[1].split("</div>", 1)[0])
    assert "Tin nổi bật" in crumb and "Tin tức - Sự kiện" not in crumb


def test_every_gold_article_reachable_and_budget(server):
    found, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in found, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in found, path
    assert requests <= BUDGET, (requests, BUDGET)


def test_deep_posts_need_postbacks(server):
    found, _ = crawl(server, postbacks=False)
    deep = {portal.canonical(portal.BY_ID[i]) for i in (2288, 2279, 2270)}
    assert not deep & found
    assert portal.canonical(portal.BY_ID[2296]) in found


def _list_form(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def test_pager_ids_depend_on_viewstate(server):
    _, body, _ = fetch(server, "/DanhSachTin.aspx?MaDM=TTSK")
    p1 = _list_form(body)
    labels = dict(p1.postbacks)
    assert labels["ctl00$cphMain$rptTrang$ctl01$lbtTrang"] == "2"
    assert 'disabled="disabled" class="trangDau"' in body
    form = {**p1.hidden, "__EVENTTARGET": "ctl00$cphMain$lbtTrangCuoi", "__EVENTARGUMENT": ""}
    status, last = post(server, "/DanhSachTin.aspx?MaDM=TTSK", form)
    assert status == 200 and "Trang 4/4" in last
    assert "2270" in last
    p4 = _list_form(last)
    assert dict(p4.postbacks)["ctl00$cphMain$rptTrang$ctl00$lbtTrang"] == "..."
    # the same target with page 1's view state means page 1's "1": disabled there -> error
    form = {**p1.hidden, "__EVENTTARGET": "ctl00$cphMain$rptTrang$ctl00$lbtTrang", "__EVENTARGUMENT": ""}
    status, _ = post(server, "/DanhSachTin.aspx?MaDM=TTSK", form)
    assert status == 500
    # "..." on page 4 goes back to page 3
    form = {**p4.hidden, "__EVENTTARGET": "ctl00$cphMain$rptTrang$ctl00$lbtTrang", "__EVENTARGUMENT": ""}
    status, p3 = post(server, "/DanhSachTin.aspx?MaDM=TTSK", form)
    assert status == 200 and "Trang 3/4" in p3 and "2288" in p3 and "2279" in p3
    # no view state, or another list's view state: the yellow page
    status, _ = post(server, "/DanhSachTin.aspx?MaDM=TTSK", {"__EVENTTARGET": "ctl00$cphMain$lbtTrangCuoi"})
    assert status == 500
    _, dtbd, _ = fetch(server, "/DanhSachTin.aspx?MaDM=DTBD")
    form = {**_list_form(dtbd).hidden, "__EVENTTARGET": "ctl00$cphMain$lbtTrangCuoi"}
    status, _ = post(server, "/DanhSachTin.aspx?MaDM=TTSK", form)
    assert status == 500


def test_async_postback_delta(server):
    _, body, _ = fetch(server, "/DanhSachTin.aspx?MaDM=DTBD")
    form = {**_list_form(body).hidden, "__EVENTTARGET": "ctl00$cphMain$lbtTrangCuoi",
            "ctl00$ScriptManager1": "ctl00$cphMain$upDanhSach|ctl00$cphMain$lbtTrangCuoi"}
    status, delta = post(server, "/DanhSachTin.aspx?MaDM=DTBD", form, {"X-MicrosoftAjax": "Delta=true"})
    assert status == 200
    assert delta.split("|")[1:3] == ["updatePanel", "ctl00_cphMain_upDanhSach"]
    assert "ChiTietTin.aspx?ID=2283&amp;MaDM=DTBD" in delta


def test_list_dates_are_month_first(server):
    _, body, _ = fetch(server, "/DanhSachTin.aspx?MaDM=TTSK")
    assert "(12/04/2026)" in body and "(12/02/2026)" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "lblNgayDang" not in body


def test_soft_404_and_unknown_paths(server):
    status, body, _ = fetch(server, f"/ChiTietTin.aspx?ID={portal.DELETED_ID}&MaDM=TBAO")
    assert status == 200 and "không tồn tại" in body
    for target in [
        "/KhongTonTai.aspx",
        "/ChiTietTin.aspx?ID=9999&MaDM=TTSK",
        "/ChiTietTin.aspx?ID=2309&MaDM=NCKH",
        "/ChiTietTin.aspx?ID=2315&MaDM=TNB",
        "/DanhSachTin.aspx?MaDM=XYZ",
        "/ChiTietVanBan.aspx?ID=99",
        "/Default.aspx?x=1",
    ]:
        assert fetch(server, target)[0] == 404, target
