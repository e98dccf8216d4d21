"""Self-checks of the aspnet_webforms_postback_numeric_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_postback_numeric_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".axd")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, fields: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    data = urlencode(fields).encode("utf-8")
    req = urllib.request.Request(
        server.url(target), data=data, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def hidden_fields(page: str) -> dict[str, str]:
    out = {}
    for m in re.finditer(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)"', page):
        out[m.group(1)] = _html.unescape(m.group(2))
    return out


def form_action(page: str) -> str:
    m = re.search(r'<form name="aspnetForm" method="post" action="([^"]*)"', page)
    assert m, "no master form"
    return _html.unescape(m.group(1))


def links(page: str) -> list[str]:
    return [_html.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]


def postbacks(page: str) -> list[tuple[str, str]]:
    return re.findall(r"__doPostBack\('([^']*)','([^']*)'\)", page)


def local(base: str, href: str) -> str | None:
    """The path?query of a same-host link, None for other hosts, scripts, mail, anchors."""
    if href.startswith(("javascript:", "mailto:", "#")) or not href:
        return None
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.netloc != urlsplit(base).netloc:
        return None
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    if parts.path.lower().endswith(_STATIC):
        return None
    return target


def crawl(server: PortalServer, *, postback: bool) -> set[str]:
    """Every same-host GET target reached from START_PATH (postbacks followed if asked)."""
    seen: set[str] = set()
    posted: set[tuple[str, str, str]] = set()
    queue: deque[str] = deque([portal.START_PATH])
    budget = 400
    while queue and budget:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        budget -= 1
        status, page, headers = fetch(server, target)
        if status in (301, 302):
            nxt = local(server.url(target), headers["Location"])
            if nxt:
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages = [(target, page)]
        if postback and "__VIEWSTATE" in page:
            work = [(target, page)]
            while work:
                cur_target, cur_page = work.pop()
                action = local(server.url(cur_target), form_action(cur_page))
                fields = hidden_fields(cur_page)
                for ev_target, ev_arg in postbacks(cur_page):
                    key = (action, ev_target, ev_arg)
                    if key in posted or "ddlLienKet" in ev_target:
                        continue
                    posted.add(key)
                    budget -= 1
                    st, body, hd = post(
                        server, action, {**fields, "__EVENTTARGET": ev_target, "__EVENTARGUMENT": ev_arg}
                    )
                    assert st in (200, 302), (action, ev_target, ev_arg, st)
                    if st == 302:
                        nxt = local(server.url(action), hd["Location"])
                        if nxt:
                            queue.append(nxt)
                    else:
                        pages.append((action, body))
                        work.append((action, body))
        for base, body in pages:
            for href in links(body):
                nxt = local(server.url(base), href)
                if nxt and nxt not in seen:
                    queue.append(nxt)
    return seen


def plain(page: str) -> str:
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</?(a|span|em|strong|b|i|font|o:p)\b[^>]*>", "", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def iso(printed: str) -> str:
    """The gold date of a vi-VN "dd/MM/yyyy h:mm:ss SA|CH" line."""
    day, clock, half = printed.split(" ")
    d, m, y = day.split("/")
    h, mi, _s = (int(x) for x in clock.split(":"))
    h = h % 12 + (12 if half == "CH" else 0)
    if h == 0 and mi == 0:
        return f"{y}-{m}-{d}"
    return f"{y}-{m}-{d}T{h:02d}:{mi:02d}:00+07:00"


# --- the contract ---------------------------------------------------------------------------


def test_shape():
    assert portal.NAME == "aspnet_webforms_postback_numeric_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_gold_dates_follow_the_printed_line():
    for story in portal.STORIES:
        assert iso(story.opts["date"]) == story.published_at, story.id


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    story = portal.BY_ID[int(re.search(r"NewsID=(\d+)", gold["path"]).group(1))]
    span = re.search(r'id="ctl00_ContentPlaceHolder1_lblTieuDe" class="TieuDeTin">([^<]*)<', page)
    assert span and collapse(_html.unescape(span.group(1))) == gold["title"]
    # the title is not where a crawler looks first
    assert gold["title"] not in re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "Ngày đăng: <span" in page and story.opts["date"] in page
    text = plain(page)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    crumb = re.search(r'class="duongdan">(.*?)</div>', page, re.S).group(1)
    assert "Tin tức - Sự kiện" in crumb and gold["category"] in plain(crumb)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert esc_title(gold["title"]) in page, alt
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in plain(page), alt
        if "InTin" not in alt:
            crumb = re.search(r'class="duongdan">(.*?)</div>', page, re.S).group(1)
            assert gold["category"] in plain(crumb), alt


def esc_title(title: str) -> str:
    return _html.escape(title, quote=True)


def test_every_gold_article_is_reachable_with_postbacks(server):
    seen = crawl(server, postback=True)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_behind_the_pager(server):
    seen = crawl(server, postback=False)
    reached = {re.search(r"NewsID=(\d+)", t, re.I).group(1) for t in seen if re.search(r"NewsID=\d+", t, re.I)}
    assert "105" not in reached and "107" not in reached
    assert "104" in reached and "101" in reached


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "lblTieuDe" not in page
    for path in ("/khongco.aspx", "/TinTuc/abc", "/ChiTietVanBan.aspx?ID=99"):
        assert fetch(server, path)[0] == 404, path
    status, page, _ = fetch(server, "/ChiTietTin.aspx?NewsID=87")
    assert status == 200 and "không tồn tại" in page
    assert fetch(server, "/ChiTietTin.aspx?NewsID=abc")[0] == 500


# --- the postback traps ---------------------------------------------------------------------


def _list_page(server, cat=1):
    status, page, _ = fetch(server, f"/TinTuc.aspx?CatID={cat}")
    assert status == 200
    return page


def test_pager_prints_ellipsis_to_page_three(server):
    page = _list_page(server)
    assert postbacks(page) == [
        (portal.PAGER_TARGET, "Page$2"),
        (portal.PAGER_TARGET, "Page$3"),
    ]
    assert "Page$3')\">...</a>" in page
    assert "NewsID=107" not in page


def test_postback_pages(server):
    page1 = _list_page(server)
    fields = hidden_fields(page1)
    st, page3, _ = post(
        server, "/TinTuc.aspx?CatID=1",
        {**fields, "__EVENTTARGET": portal.PAGER_TARGET, "__EVENTARGUMENT": "Page$3"},
    )
    assert st == 200 and "NewsID=107&amp;CatID=1" in page3
    assert "Page$2')\">...</a>" in page3
    st, page2, _ = post(
        server, "/TinTuc.aspx?CatID=1",
        {**hidden_fields(page3), "__EVENTTARGET": portal.PAGER_TARGET, "__EVENTARGUMENT": "Page$2"},
    )
    assert st == 200 and "NewsID=105&amp;CatID=1" in page2 and "NewsID=107" not in page2
    # ASP.NET also takes the postback fields from a GET's query string
    query = urlencode({"CatID": "1", **fields, "__EVENTTARGET": portal.PAGER_TARGET, "__EVENTARGUMENT": "Page$2"})
    st, via_get, _ = fetch(server, "/TinTuc.aspx?" + query)
    assert st == 200 and "NewsID=105&amp;CatID=1" in via_get


def test_postback_without_state_is_a_server_error(server):
    bare = {"__EVENTTARGET": portal.PAGER_TARGET, "__EVENTARGUMENT": "Page$2"}
    st, page, _ = post(server, "/TinTuc.aspx?CatID=1", bare)
    assert st == 500 and "Invalid postback or callback argument" in page
    fields = hidden_fields(_list_page(server, 3))
    st, page, _ = post(server, "/TinTuc.aspx?CatID=1", {**fields, **bare})
    assert st == 500 and "viewstate MAC" in page
    fields = hidden_fields(_list_page(server, 1))
    st, page, _ = post(
        server, "/TinTuc.aspx?CatID=1",
        {**fields, "__EVENTTARGET": portal.PAGER_TARGET, "__EVENTARGUMENT": "Page$9"},
    )
    assert st == 500


def test_submit_button_hijacks_the_pager(server):
    page1 = _list_page(server)
    fields = {
        **hidden_fields(page1),
        "__EVENTTARGET": portal.PAGER_TARGET,
        "__EVENTARGUMENT": "Page$2",
        portal.TXT_SEARCH: "Nhập từ khóa...",
        portal.BTN_SEARCH: "Tìm",
    }
    st, _, headers = post(server, "/TinTuc.aspx?CatID=1", fields)
    assert st == 302 and headers["Location"].startswith("/TimKiem.aspx?TuKhoa=")
    st, page, _ = fetch(server, headers["Location"])
    assert st == 200 and "Không tìm thấy" in page
    del fields[portal.BTN_SEARCH]
    fields[portal.BTN_POLL] = "Biểu quyết"
    st, page, _ = post(server, "/TinTuc.aspx?CatID=1", fields)
    assert st == 200 and "NewsID=101&amp;CatID=1" in page and "NewsID=105" not in page


def test_home_linkbutton_redirects_to_article(server):
    st, home, _ = fetch(server, "/Default.aspx")
    assert st == 200
    target = next(t for t, _a in postbacks(home) if "rptTieuDiem$ctl01" in t)
    st, _, headers = post(
        server, "/Default.aspx", {**hidden_fields(home), "__EVENTTARGET": target, "__EVENTARGUMENT": ""}
    )
    assert st == 302 and headers["Location"] == "/ChiTietTin.aspx?NewsID=106&CatID=1"


def test_listing_truncates_long_titles(server):
    st, page, _ = fetch(server, "/TinTuc.aspx?CatID=7")
    assert st == 200 and "__doPostBack('ctl00$ContentPlaceHolder1$gvTin'" not in page
    title = portal.BY_ID[112].title
    assert esc_title(title) not in page.split('id="cot_giua"')[1]
    assert esc_title(title[:40]) in page
