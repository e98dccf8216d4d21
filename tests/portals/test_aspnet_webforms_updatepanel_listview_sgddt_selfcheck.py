"""Self-checks of the aspnet_webforms_updatepanel_listview_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_updatepanel_listview_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

COOKIE = f"ASP.NET_SessionId={portal.SESSION_ID}; AspxAutoDetectCookieSupport=1"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server, target: str, cookie: bool = True, data: dict | None = None, headers: dict | None = None):
    """Status, body, headers; with the session cookie a browser would hold after the first visit."""
    hdrs = {"Cookie": COOKIE} if cookie else {}
    hdrs.update(headers or {})
    body = urlencode(data).encode("utf-8") if data is not None else None
    req = urllib.request.Request(server.url(target), data=body, headers=hdrs)
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def page_text(markup: str) -> str:
    """What a reader sees: tags to spaces, references decoded, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(no_tags)))


def hidden_fields(markup: str) -> dict[str, str]:
    return {
        _html.unescape(n): _html.unescape(v)
        for n, v in re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)"', markup)
    }


def target_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server, postbacks: bool = True) -> set[str]:
    """Every target reachable from START_PATH by links and, optionally, the DataPager's postbacks."""
    seen: set[str] = set()
    posted: set[tuple[str, str]] = set()
    queue = [server.url(portal.START_PATH)]
    while queue:
        url = queue.pop(0)
        target = target_of(url)
        if target in seen:
            continue
        seen.add(target)
        status, body, _ = get(server, target)
        if status != 200:
            continue
        pages = [(url, body)]
        while pages:
            page_url, markup = pages.pop()
            for href in re.findall(r'href="([^"]+)"', markup):
                href = _html.unescape(href)
                if href.startswith(("javascript:", "mailto:", "#")):
                    continue
                absolute = urljoin(page_url, href)
                if absolute.startswith(server.base_url) and target_of(absolute) not in seen:
                    queue.append(absolute)
            if not postbacks:
                continue
            action = re.search(r'<form name="aspnetForm" method="post" action="([^"]*)"', markup)
            for event in re.findall(r"__doPostBack\('(ctl00\$ContentPlaceHolder1\$ucDanhSachTin\$dpTinTuc[^']+)'", markup):
                form = hidden_fields(markup)
                key = (target_of(page_url), form.get("__VIEWSTATE", "") + event)
                if key in posted or action is None:
                    continue
                posted.add(key)
                form["__EVENTTARGET"] = event
                post_url = urljoin(page_url, _html.unescape(action.group(1)))
                status, result, _ = get(server, target_of(post_url), data=form)
                assert status == 200, (event, status)
                pages.append((post_url, result))
    return seen


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) == 3


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_path_answers_with_title_and_fields(server, record):
    status, body, _ = get(server, record["path"])
    assert status == 200
    text = page_text(body)
    assert record["title"] in text
    # the headline is a Label's span; the page's <title> is the site's for every page
    assert f"<title>\n\t{portal.SITE_TITLE}\n</title>" in _html.unescape(body)
    for para in record["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    for img in record["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert record["category"] in text
    story = portal.BY_ID[int(record["path"].split("NewsID=")[1].split("&")[0])]
    assert f"Ngày đăng: {story.opts['posted']}" in text


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, record):
    for alt in record["alt_paths"]:
        status, body, _ = get(server, alt, cookie=not alt.startswith("/(X(1)"))
        assert status == 200, alt
        text = page_text(body)
        assert record["title"] in text, alt
        assert record["body"].split("\n\n")[-1].split(" | ")[-1] in text, alt


def test_every_gold_article_and_non_article_is_reachable(server):
    seen = crawl(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_behind_the_postback_pager(server):
    seen = crawl(server, postbacks=False)
    hidden = {g["path"] for g in portal.GOLD if g["path"] not in seen}
    assert hidden == {
        "/Pages/ChiTietTin.aspx?NewsID=1268&CatID=2",
        "/Pages/ChiTietTin.aspx?NewsID=1261&CatID=2",
        "/Pages/ChiTietTin.aspx?NewsID=1263&CatID=9",
    }
    for record in portal.GOLD:
        if record["path"] in hidden:
            assert not any(alt in seen for alt in record["alt_paths"])


def test_get_page_parameter_is_ignored(server):
    _, first, _ = get(server, "/Pages/TinTuc.aspx?CatID=2")
    _, again, _ = get(server, "/Pages/TinTuc.aspx?CatID=2&Page=2")
    assert "NewsID=1268" not in first and "NewsID=1268" not in again


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = get(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body


def test_unknown_paths_404(server):
    for target in (
        "/Pages/Khong.aspx",
        "/Pages/ChiTietTin.aspx?NewsID=99999",
        "/Pages/ChiTietTin.aspx?NewsID=abc",
        "/Pages/TinTuc.aspx?CatID=77",
        "/Pages/VanBan.aspx?DocID=1",
        "/wp-admin/",
        "/~/Pages/TinTuc.aspx?CatID=14",
        "/Pages/~/Pages/TinTuc.aspx?CatID=14",
    ):
        assert get(server, target)[0] == 404, target
    assert fetch(server, "/nothing/here.aspx")[0] == 404


def test_cookieless_autodetect_redirects(server):
    status, _, headers = fetch(server, "/Default.aspx")
    assert status == 302
    assert headers["Location"].endswith("/Default.aspx?AspxAutoDetectCookieSupport=1")
    assert "AspxAutoDetectCookieSupport=1" in headers["Set-Cookie"]
    status, _, headers = fetch(server, "/Default.aspx?AspxAutoDetectCookieSupport=1")
    assert status == 302
    assert headers["Location"].endswith(f"{portal.COOKIELESS}/Default.aspx")
    status, body, _ = fetch(server, f"{portal.COOKIELESS}/Default.aspx")
    assert status == 200 and "Pages/TinTuc.aspx?CatID=2" in body
    status, _, headers = fetch(server, "/Pages/ChiTietTin.aspx?NewsID=1287&CatID=2")
    assert status == 302
    assert headers["Location"].endswith("NewsID=1287&CatID=2&AspxAutoDetectCookieSupport=1")
    status, _, _ = get(server, "/Default.aspx?AspxAutoDetectCookieSupport=1")
    assert status == 200


def _listing_form(server, cat: int) -> dict[str, str]:
    _, body, _ = get(server, f"/Pages/TinTuc.aspx?CatID={cat}")
    return hidden_fields(body)


def test_postback_pager_and_its_failures(server):
    form = _listing_form(server, 2)
    assert form["__VIEWSTATE"].startswith("/wEP")
    nxt = f"{portal.PAGER}$ctl02$ctl00"
    status, page2, _ = get(server, "/Pages/TinTuc.aspx?CatID=2", data={**form, "__EVENTTARGET": nxt})
    assert status == 200 and "NewsID=1268" in page2 and "NewsID=1287" not in page2
    # "Sau" again with page 2's own state: disabled there, so event validation refuses it
    form2 = hidden_fields(page2)
    status, _, _ = get(server, "/Pages/TinTuc.aspx?CatID=2", data={**form2, "__EVENTTARGET": nxt})
    assert status == 500
    # "Trước" with page 2's state goes back to page 1
    prev = f"{portal.PAGER}$ctl00$ctl01"
    status, back, _ = get(server, "/Pages/TinTuc.aspx?CatID=2", data={**form2, "__EVENTTARGET": prev})
    assert status == 200 and "NewsID=1287" in back
    # a made-up view state: the yellow screen
    bad = {**form, "__VIEWSTATE": "/wEPDwUKMTIzNDU2Nzg5MGRk", "__EVENTTARGET": nxt}
    status, body, _ = get(server, "/Pages/TinTuc.aspx?CatID=2", data=bad)
    assert status == 500 and "Validation of viewstate MAC failed" in body
    # no event validation field
    no_ev = {k: v for k, v in form.items() if k != "__EVENTVALIDATION"}
    status, body, _ = get(server, "/Pages/TinTuc.aspx?CatID=2", data={**no_ev, "__EVENTTARGET": nxt})
    assert status == 500 and "Invalid postback" in body
    # the search button in the body wins over __EVENTTARGET
    with_button = {
        **form,
        "__EVENTTARGET": nxt,
        portal.SEARCH_BOX: portal.SEARCH_PLACEHOLDER,
        portal.SEARCH_BUTTON: "Tìm",
    }
    status, _, headers = get(server, "/Pages/TinTuc.aspx?CatID=2", data=with_button)
    assert status == 302 and "/Pages/TimKiem.aspx?TuKhoa=" in headers["Location"]
    status, body, _ = get(server, "/Pages/TimKiem.aspx?TuKhoa=")
    assert status == 200 and "NewsID=" not in body.split('class="kq_tim"')[1].split("</ul>")[0]


def test_async_postback_delta(server):
    form = _listing_form(server, 9)
    data = {**form, "__EVENTTARGET": f"{portal.PAGER}$ctl01$ctl01", "__ASYNCPOST": "true"}
    status, body, headers = get(server, "/Pages/TinTuc.aspx?CatID=9", data=data)
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    pos, parts = 0, {}
    while pos < len(body):
        length, kind, ident, rest = body[pos:].split("|", 3)
        content = rest[: int(length)]
        assert rest[int(length)] == "|"
        parts[(kind, ident)] = content
        pos += len(length) + len(kind) + len(ident) + 3 + int(length) + 1
    panel = parts[("updatePanel", portal.UPDATE_PANEL_ID)]
    assert "NewsID=1263" in panel and "NewsID=1285" not in panel
    assert parts[("hiddenField", "__VIEWSTATE")] in portal.VS_LOOKUP


def test_xem_tiep_linkbutton_redirects(server):
    _, body, _ = get(server, "/Default.aspx")
    form = {**hidden_fields(body), "__EVENTTARGET": portal.XEM_TIEP}
    status, _, headers = get(server, "/Default.aspx", data=form)
    assert status == 302 and headers["Location"] == "/Pages/ChiTietTin.aspx?NewsID=1287&CatID=2"


def test_static_and_listing_truncation(server):
    assert get(server, "/Upload/Images/2026/12/giaoban-t11-01.jpg")[0] == 200
    _, body, _ = get(server, "/Pages/TinTuc.aspx?CatID=9")
    assert "Hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp cấp THPT học kỳ I..." in _html.unescape(body)


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
