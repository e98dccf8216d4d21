"""Self-check of the sharepoint2010_thpt fixture against itself (never the crawler).

Every gold target answers 200 with its headline and its gold text; every gold article is reached
from START_PATH by links, the list view's script pager and the GridView's postback form; the
traps behave as the module's docstring says; non-articles answer 200; unknown targets 404.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import quote, unquote, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import sharepoint2010_thpt as portal
from ._common import collapse, image_gold
from ._selfcheck import NO_REDIRECTS

_HREF = re.compile(r'\bhref="([^"]*)"')
_SRC = re.compile(r'<img[^>]*\bsrc="([^"]*)"')
_REFRESH = re.compile(r'RefreshPageTo\(event, "([^"]+)"\)')
_POSTBACK = re.compile(r"__doPostBack\('([^']+)','(Page\$\d+)'\)")
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />')
_ACTION = re.compile(r'<form name="aspnetForm" method="post" action="([^"]*)"')
_STATIC = re.compile(r"\.(jpe?g|png|gif|css|js|ico|pdf|axd)$", re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_POSTED = re.compile(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4}) (\d{1,2}):(\d\d) (SA|CH)")
_DATELINE = re.compile(r'<div class="date-line">(\d\d)/(\d\d)/(\d{4})</div>')
BUDGET = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _wire(target: str) -> str:
    """A target as it goes on the wire: non-ASCII percent-encoded, escapes left alone."""
    parts = urlsplit(target)
    path = quote(parts.path, safe="/%:@()-._~!$&'*+,;=")
    query = quote(parts.query, safe="=&%/:+?@,;!$'()*-._~")
    return path + (f"?{query}" if query else "")


def _get(server: PortalServer, target: str, data: bytes | None = None) -> tuple[int, str, str, int]:
    """Status, final target, body and number of requests, following redirects by hand."""
    hops = 0
    target = _wire(target)
    while True:
        hops += 1
        req = urllib.request.Request(server.url(target), data=data)
        try:
            with NO_REDIRECTS.open(req, timeout=10) as resp:
                return resp.status, target, resp.read().decode("utf-8"), hops
        except urllib.error.HTTPError as err:
            location = err.headers.get("Location")
            if err.code in (301, 302) and location and hops < 6:
                parts = urlsplit(urljoin(server.url(target), location))
                target = parts.path + (f"?{parts.query}" if parts.query else "")
                data = None
                continue
            return err.code, target, err.read().decode("utf-8", "replace"), hops


def _reader(markup: str) -> str:
    """Tags dropped, references resolved, zero-width spaces gone, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return collapse(html.unescape(no_tags).replace("\u200b", ""))


def _in_scope(target: str) -> bool:
    return unquote(target).lower().startswith(portal.SITE.lower())


def _local(server: PortalServer, base: str, href: str) -> str | None:
    url = urljoin(server.url(base), href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
        return None
    if _STATIC.search(parts.path):
        return None
    return _wire(parts.path + (f"?{parts.query}" if parts.query else ""))


def _crawl(server: PortalServer, *, script: bool = True, postbacks: bool = True) -> dict:
    """Breadth-first walk of the school site: links, optionally script pager and postbacks."""
    queue: deque[tuple[str, str, bytes | None]] = deque([("GET", portal.START_PATH, None)])
    seen: set[tuple[str, str, bytes | None]] = set()
    reached: dict[str, str] = {}
    requests = 0
    while queue and requests < 400:
        method, target, data = queue.popleft()
        if (method, target, data) in seen:
            continue
        seen.add((method, target, data))
        status, final, body, hops = _get(server, target, data)
        requests += hops
        if status != 200:
            continue
        if method == "GET":
            reached[final] = body
        else:
            reached[f"POST {final} {data!r}"] = body
        links = [html.unescape(h) for h in _HREF.findall(body)]
        if script:
            for raw in _REFRESH.findall(html.unescape(body)):
                links.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m[1], 16)), raw))
        for href in links:
            local = _local(server, final, href)
            if local and _in_scope(local):
                queue.append(("GET", local, None))
        if postbacks:
            action = _ACTION.search(body)
            hidden = {k: html.unescape(v) for k, v in _HIDDEN.findall(body)}
            for event_target, argument in set(_POSTBACK.findall(body)):
                form = {**hidden, "__EVENTTARGET": event_target, "__EVENTARGUMENT": argument}
                local = _local(server, final, html.unescape(action[1])) if action else None
                if local:
                    queue.append(("POST", local, urlencode(form).encode()))
    return {"reached": reached, "requests": requests}


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict:
    return _crawl(server)


def _record(path_fragment: str) -> dict:
    return next(g for g in portal.GOLD if g["path"].endswith(path_fragment))


# --- gold well-formed ---------------------------------------------------------------------------


def test_gold_is_well_formed() -> None:
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    labels = {label for label, _ in portal.CATS.values()}
    for g in portal.GOLD:
        assert _STAMP.match(g["published_at"]), g["path"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] in labels
        assert g["path"].isascii()
        for value in (g["title"], g["body"], g["summary"] or ""):
            assert "\u200b" not in value
            assert unicodedata.normalize("NFC", value) == value
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        assert set(g.get("alt_paths", [])).isdisjoint({g["path"]})


# --- every gold target answers with its text ------------------------------------------------


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page_prints_gold_fields(server: PortalServer, record: dict) -> None:
    status, _, body, _ = _get(server, record["path"])
    assert status == 200
    text = _reader(body)
    assert record["title"] in text
    for para in record["body"].split("\n\n"):
        # a table row's cells are printed in their own cells, read in order
        assert para.replace(" | ", " ") in text, para
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text, name
    if record["source"]:
        assert record["source"] in text
    assert record["category"] in text
    srcs = [image_gold(html.unescape(s), record["path"]) for s in _SRC.findall(body)]
    for img in record["images"]:
        assert {"path": img["path"]} in srcs, img["path"]
        if img["caption"]:
            assert img["caption"] in text
    assert "Thứ Bảy, 05/12/2026" in text


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_published_at_reads_the_printed_date(server: PortalServer, record: dict) -> None:
    _, _, body, _ = _get(server, record["path"])
    posted = _POSTED.search(_reader(body))
    if posted:
        day, month, year, hour, minute, half = posted.groups()
        h = int(hour) % 12 + (12 if half == "CH" else 0)
        expected = f"{year}-{month}-{day}T{h:02d}:{minute}:00+07:00"
    else:
        day, month, year = _DATELINE.search(body).groups()
        expected = f"{year}-{month}-{day}"
    assert record["published_at"] == expected


@pytest.mark.parametrize(
    "alt", [(g["title"], a) for g in portal.GOLD for a in g.get("alt_paths", [])], ids=str
)
def test_alt_paths_serve_the_same_article(server: PortalServer, alt: tuple[str, str]) -> None:
    title, path = alt
    status, _, body, hops = _get(server, path)
    assert (status, hops) == (200, 1)
    assert title in _reader(body)


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, _, body, _ = _get(server, path)
        assert status == 200, path
        assert "THPT Phan Đình Phùng" in _reader(body)


@pytest.mark.parametrize(
    "target",
    [
        portal.SITE + "/Pages/KhongCo.aspx",
        portal.SITE + "/Lists/TinTuc/DispForm.aspx?ID=999",
        portal.SITE + "/Pages/ChiTietVanBan.aspx?ItemID=7",
        portal.SITE + "/Pages/LichCongTac.aspx?Tuan=51&Nam=2026",
        "/sites/thptnguyendu/",
        "/khong-ton-tai.aspx",
    ],
)
def test_unknown_targets_404(server: PortalServer, target: str) -> None:
    assert _get(server, target)[0] == 404


# --- reachability -------------------------------------------------------------------------------


def test_every_gold_article_is_reached(walk: dict) -> None:
    missing = [g["path"] for g in portal.GOLD if g["path"] not in walk["reached"]]
    assert not missing


def test_non_articles_are_reached(walk: dict) -> None:
    assert not [p for p in portal.NON_ARTICLES if p not in walk["reached"]]


def test_whole_walk_fits_the_budget(walk: dict) -> None:
    assert walk["requests"] <= BUDGET, walk["requests"]


def test_script_pager_hides_page_two(server: PortalServer) -> None:
    reached = _crawl(server, script=False)["reached"]
    hidden = {_record("ItemID=24")["path"], _record("ItemID=22")["path"]}
    assert hidden.isdisjoint(reached)
    assert _record("ItemID=19")["path"] in reached


def test_postback_pager_hides_page_two(server: PortalServer) -> None:
    reached = _crawl(server, postbacks=False)["reached"]
    assert _record("ItemID=19")["path"] not in reached
    assert _record("ItemID=24")["path"] in reached


# --- traps behave as documented --------------------------------------------------------------


def test_chitiettin_title_is_generic(server: PortalServer) -> None:
    _, _, body, _ = _get(server, _record("ItemID=30")["path"])
    assert re.search(r"<title>\s*Chi tiết tin\s*</title>", body)
    assert "Người đăng: Quản trị viên" in body
    assert "Trang</li>" in body  # the hidden SharePoint trail names the Pages library


def test_slider_goes_through_copyutil_to_dispform(server: PortalServer) -> None:
    _, _, home, _ = _get(server, portal.START_PATH)
    assert "_layouts/CopyUtil.aspx?Use=id&amp;Action=dispform&amp;ItemId=33" in home
    status, final, body, hops = _get(server, portal._copyutil(33))
    assert (status, hops) == (200, 2)
    assert final == portal.SITE + "/Lists/TinTuc/DispForm.aspx?ID=33"
    assert "ms-formtable" in body and "Được tạo lúc 04/12/2026 9:51 SA" in body


def test_rte_debris_and_nfd(server: PortalServer) -> None:
    _, _, body, _ = _get(server, _record("ItemID=27")["path"])
    assert "<div>&#8203;</div>" in body
    rcv = _record("ItemID=26")
    _, _, body, _ = _get(server, rcv["path"])
    assert unicodedata.normalize("NFD", rcv["title"]) in body
    assert rcv["title"] not in body


def test_vietnamese_page_name_printed_raw_and_encoded(server: PortalServer) -> None:
    _, _, home, _ = _get(server, portal.SITE + "/Pages/default.aspx")
    _, _, listing, _ = _get(server, portal.SITE + "/Pages/ChuyenMon.aspx")
    assert f'href="{portal.NGU_VAN_URL}"' in home
    assert f'href="{_record("-h%E1%BB%8Dc.aspx")["path"]}"' in listing


def test_deleted_item_is_a_soft_404(server: PortalServer) -> None:
    status, _, body, _ = _get(server, portal.SITE + "/Pages/ChiTietTin.aspx?ItemID=4")
    assert status == 200
    assert "Tin bài không tồn tại hoặc đã bị gỡ bỏ!" in body


def test_province_portal_is_out_of_scope(server: PortalServer) -> None:
    status, final, body, _ = _get(server, "/")
    assert (status, final) == (200, "/Pages/default.aspx")
    assert "/sites/thptnguyendu/" in body
    for name in portal.PROVINCE:
        assert _get(server, f"/Pages/{name}")[0] == 200
        assert all(not g["path"].endswith(name) for g in portal.GOLD)


def test_login_link_answers_401(server: PortalServer) -> None:
    target = portal.SITE + "/_layouts/Authenticate.aspx?Source=%2Fsites%2Fthptphandinhphung"
    assert _get(server, target)[0] == 401
