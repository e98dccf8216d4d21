"""Self-checks of the aspnet_xslt_vendor_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.parse
import urllib.request

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_xslt_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

HREF = re.compile(r"""href=["']([^"'#]+)["']""", re.I)
POSTBACK = re.compile(r"""__doPostBack\('([^']+)','([^']*)'\)""")
ACTION = re.compile(r"""<form[^>]*action=["']([^"']+)["']""", re.I)
VIEWSTATE = re.compile(r'name="__VIEWSTATE" id="__VIEWSTATE" value="([^"]*)"')
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, data: dict[str, str]) -> tuple[int, str]:
    req = urllib.request.Request(server.url(target), data=urllib.parse.urlencode(data).encode(), method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        return resp.status, resp.read().decode("utf-8")


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style|xml)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(TAG.sub(" ", body)))


def crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first walk over links and postbacks (as a browser user would click them)."""
    seen: set[str] = set()
    queue: list[tuple[str, str, dict | None]] = [("GET", portal.START_PATH, None)]
    done: set[tuple[str, str]] = set()
    requests = 0
    while queue:
        method, target, data = queue.pop(0)
        key = (method, target + (repr(sorted(data.items())) if data else ""))
        if key in done:
            continue
        done.add(key)
        requests += 1
        if method == "GET":
            status, body, _ = fetch(server, target)
        else:
            status, body = post(server, target, data or {})
        if status != 200 or not headers_html(body):
            continue
        seen.add(target)
        for href in HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:")):
                continue
            absolute = urllib.parse.urljoin("http://x" + target, href)
            parts = urllib.parse.urlsplit(absolute)
            if parts.netloc != "x":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|gif|pdf|css|js)$", parts.path, re.I):
                continue
            queue.append(("GET", nxt, None))
        action = ACTION.search(body)
        vs = VIEWSTATE.search(body)
        for evt, arg in POSTBACK.findall(body):
            if action and vs:
                tgt = urllib.parse.urljoin("http://x" + target, _html.unescape(action.group(1)))
                parts = urllib.parse.urlsplit(tgt)
                form = {"__EVENTTARGET": evt, "__EVENTARGUMENT": arg, "__VIEWSTATE": vs.group(1)}
                queue.append(("POST", parts.path + f"?{parts.query}" if parts.query else parts.path, form))
                if "Page$" in arg:
                    seen.add(f"POST {parts.path}?{parts.query} {arg}")
    return seen, requests


def headers_html(body: str) -> bool:
    return "<html" in body[:500].lower()


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    assert f'<span class="ctTieuDe">{_html.escape(gold["title"])}</span>' in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    story = portal.BY_ID[int(gold["path"].rsplit("=", 1)[1])]
    assert f"Ngày đăng: {story.opts['printed']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["summary"]:
        assert f'<td class="ctMoTa"><b>{_html.escape(gold["summary"])}</b></td>' in body
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    assert gold["category"] in text
    for alt in gold["alt_paths"]:
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(alt_body)


def test_dates_in_us_order_match_gold():
    for gold in portal.GOLD:
        story = portal.BY_ID[int(gold["path"].rsplit("=", 1)[1])]
        m, d, rest = story.opts["printed"].split("/", 2)
        y, clock, ampm = rest.split()
        h, mi, _ = (int(x) for x in clock.split(":"))
        h = h % 12 + (12 if ampm == "PM" else 0)
        day = f"{y}-{int(m):02d}-{int(d):02d}"
        want = day if (h, mi) == (0, 0) else f"{day}T{h:02d}:{mi:02d}:00+07:00"
        assert gold["published_at"] == want


def test_every_gold_article_reachable_within_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen or any(a in seen for a in gold["alt_paths"]), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_postback_pager_only_way_to_1827(server):
    _, body, _ = fetch(server, "/Pages/TinTuc/DanhSach.aspx?CatID=2")
    assert "ItemID=1827" not in body
    assert "__doPostBack('ctl00$cphNoiDung$ucDanhSach$dpgTin','Page$2')" in body
    status, page2 = post(
        server,
        "/Pages/TinTuc/DanhSach.aspx?CatID=2",
        {"__EVENTTARGET": portal.PAGER_TARGET, "__EVENTARGUMENT": "Page$2", "__VIEWSTATE": "x"},
    )
    assert status == 200 and "ChiTiet.aspx?ItemID=1827" in page2
    for path in ["/", "/Pages/TinTuc/DanhSach.aspx?CatID=1", "/Pages/TinTuc/ChiTiet.aspx?ItemID=1846"]:
        assert "ItemID=1827" not in fetch(server, path)[1]
    _, cat1, _ = fetch(server, "/Pages/TinTuc/DanhSach.aspx?CatID=1")
    assert "ItemID=1829" not in cat1 and "Page=2" in cat1


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    assert fetch(server, path)[0] == 200


@pytest.mark.parametrize(
    "path",
    [
        "/nope.aspx",
        "/Pages/TinTuc/ChiTiet.aspx?ItemID=9999",
        "/Pages/TinTuc/ChiTiet.aspx?ItemID=1847&CatID=3",
        "/Pages/TinTuc/DanhSach.aspx?CatID=1&Page=9",
        "/Pages/VanBan/ChiTiet.aspx?ItemID=1",
        "/Default.aspx?x=1",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_traps_are_printed(server):
    _, body, _ = fetch(server, "/Pages/TinTuc/ChiTiet.aspx?ItemID=1847")
    assert '<h1 class="portlet-head">TIN TỨC - SỰ KIỆN</h1>' in body
    assert '<td class="ctTitTren">HỘI NGHỊ</td>' in body
    assert '<xml id="dsoTinTuc" style="display:none">' in body
    assert "Ngày cập nhật: 12/4/2026 4:02:11 PM" in body
    old_title = portal.BY_ID[1847].opts["island"][0]
    assert old_title in body and old_title not in page_text(body)
    # the sapo twice: its own cell and the text's first paragraph
    assert page_text(body).count(collapse(portal.BY_ID[1847].summary)) == 2
    assert '<table class="tblAnh"' in body
    _, low, _ = fetch(server, "/pages/tintuc/chitiet.aspx?itemid=1847")
    assert 'action="chitiet.aspx?itemid=1847"' in low
    assert "og:url" in low and "/pages/tintuc/chitiet.aspx?itemid=1847" in low
