"""Self-checks of the fixture portal aspnet_webforms_linkbutton_vnurl_pgd against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_linkbutton_vnurl_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, data: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    body = urllib.parse.urlencode(data).encode("utf-8")
    req = urllib.request.Request(server.url(target), data=body, method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


class _Page(HTMLParser):
    """What a browser would use from a page: base, links, the form, postback targets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.links: list[str] = []
        self.action: str | None = None
        self.hidden: dict[str, str] = {}
        self.postbacks: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            href = a["href"]
            m = re.match(r"javascript:__doPostBack\('([^']+)',''\)", href)
            if m:
                self.postbacks.append(m.group(1))
            elif not href.startswith(("javascript:", "#", "mailto:")):
                self.links.append(href)
        elif tag == "form" and self.action is None:
            self.action = a.get("action")
        elif tag == "input" and a.get("type") == "hidden" and a.get("name"):
            self.hidden[a["name"]] = a.get("value") or ""


def parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


def local(server: PortalServer, page_target: str, page: _Page, href: str) -> str | None:
    """``href`` resolved as a browser does (the <base> first), as a local target."""
    base = page.base or server.url(page_target)
    absolute = urllib.parse.urljoin(base, href)
    parts = urllib.parse.urlsplit(absolute)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


_SKIP = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|axd)$", re.I)


def crawl(server: PortalServer, postbacks: bool, limit: int = 400) -> tuple[set[str], int]:
    """Breadth-first from START_PATH; with ``postbacks`` the pager LinkButtons are posted back."""
    seen_get: set[str] = set()
    seen_post: set[tuple[str, str]] = set()
    found: set[str] = set()
    queue: deque[tuple[str, str, dict[str, str] | None]] = deque([("GET", portal.START_PATH, None)])
    count = 0
    while queue and count < limit:
        method, target, data = queue.popleft()
        count += 1
        if method == "GET":
            status, body, _ = fetch(server, target)
        else:
            status, body, _ = post(server, target, data or {})
        if status != 200:
            continue
        found.add(target)
        page = parse(body)
        for href in page.links:
            nxt = local(server, target, page, href)
            if nxt and not _SKIP.search(urllib.parse.urlsplit(nxt).path) and nxt not in seen_get:
                if nxt.startswith(("/tim-kiem", "/Loi.aspx")):
                    continue
                seen_get.add(nxt)
                queue.append(("GET", nxt, None))
        if postbacks and page.action:
            action = local(server, target, page, page.action)
            for pb in page.postbacks:
                if "ucNews" not in pb:
                    continue
                key = (pb, page.hidden.get("__VIEWSTATE", ""))
                if key in seen_post or action is None:
                    continue
                seen_post.add(key)
                form = dict(page.hidden)
                form["__EVENTTARGET"] = pb
                form["__EVENTARGUMENT"] = ""
                form[portal.T_SEARCH_BOX] = ""
                queue.append(("POST", action, form))
    return found, count


def page_text(body: str) -> str:
    body = re.sub(r"<style.*?</style>", " ", body, flags=re.S)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(body)))


# --- the gold's shape ------------------------------------------------------------------------


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(paths) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["canonical_path"] == g["path"]
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        for alt in g.get("alt_paths", []):
            assert alt not in paths


def test_module_names_no_machine_path():
    src = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in src


# --- pages answer ----------------------------------------------------------------------------


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_og_url_names_the_gold_path(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            if target.startswith("/InTin.aspx"):
                continue
            _, body, _ = fetch(server, target)
            m = re.search(r'<meta property="og:url" content="([^"]+)"', body)
            assert m and urllib.parse.urlsplit(m.group(1)).path == g["path"], target


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU" in body


def test_unknown_paths_404(server):
    a1 = portal.GOLD[0]["path"]
    for target in [
        "/khong-co-trang-nay.aspx",
        "/tin-tuc/khong-co-tin-n99999.aspx",
        "/tin-tuc" + a1,  # a relative link resolved without the <base>: trap 3
        "/tin-tuc/tin-tuc-su-kien-c99.aspx",
        "/ChiTietTin.aspx?id=5",
        "/InTin.aspx?id=abc",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_static_files(server):
    status, _, headers = fetch(server, "/Uploads/Images/2026/12/04/hoi-thi-gvdg-1.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/Uploads/Files/HD_trien_khai_hoc_ba_so_TH.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


# --- reachability ----------------------------------------------------------------------------


def test_every_gold_article_reachable_with_postbacks(server):
    found, count = crawl(server, postbacks=True)
    for g in portal.GOLD:
        assert g["path"] in found, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in found, target
    assert count < 400


def test_deep_articles_need_the_pager(server):
    found, _ = crawl(server, postbacks=False)
    for target in portal.DEEP_ONLY:
        assert target not in found, target
    others = [g["path"] for g in portal.GOLD if g["path"] not in portal.DEEP_ONLY]
    for target in others:
        assert target in found, target


# --- the pager and its traps -----------------------------------------------------------------


def _cat_page(server, target="/tin-tuc/tin-tuc-su-kien-c12.aspx"):
    status, body, _ = fetch(server, target)
    assert status == 200
    return body, parse(body)


def _postback(server, page: _Page, event_target: str, viewstate: str | None = None):
    form = dict(page.hidden)
    form["__EVENTTARGET"] = event_target
    if viewstate is not None:
        form["__VIEWSTATE"] = viewstate
    return post(server, "/" + page.action, form)


def test_pager_pages_and_next(server):
    body, page = _cat_page(server)
    assert page.action == "ChuyenMuc.aspx?cid=12"
    assert "Trang:" in body and "aspNetDisabled" in body
    page2_target = "ctl00$cphMain$ucNews$rptPager$ctl01$lbtPage"
    assert page2_target in page.postbacks
    status, body2, _ = _postback(server, page, page2_target)
    assert status == 200
    for p in portal.DEEP_ONLY[:2]:
        assert p.lstrip("/") in body2
    page2 = parse(body2)
    status, body3, _ = _postback(server, page2, "ctl00$cphMain$ucNews$lbtSau")
    assert status == 200 and portal.DEEP_ONLY[2].lstrip("/") in body3
    # the query string is ignored: no page URL exists
    body_q, _ = _cat_page(server, "/tin-tuc/tin-tuc-su-kien-c12.aspx?page=2")
    assert portal.DEEP_ONLY[0].lstrip("/") not in body_q


def test_invalid_postbacks_go_to_the_error_page(server):
    _, page = _cat_page(server)
    # the current page's own (disabled) number is not in the event validation
    status, _, headers = _postback(server, page, "ctl00$cphMain$ucNews$rptPager$ctl00$lbtPage")
    assert status == 302 and headers["Location"].startswith("/Loi.aspx?aspxerrorpath=")
    status, _, headers = _postback(server, page, "ctl00$cphMain$ucNews$lbtSau", viewstate="")
    assert status == 302 and "/Loi.aspx" in headers["Location"]
    # another category's view state
    _, other = _cat_page(server, "/tin-tuc/hoat-dong-chuyen-mon-c15.aspx")
    status, _, headers = _postback(server, page, "ctl00$cphMain$ucNews$lbtSau", other.hidden["__VIEWSTATE"])
    assert status == 302
    status, body, _ = fetch(server, headers["Location"])
    assert status == 200 and "Đã có lỗi xảy ra" in body


def test_plain_submit_is_a_search(server):
    _, page = _cat_page(server)
    form = dict(page.hidden)
    form[portal.T_SEARCH_BOX] = ""
    form[portal.T_SEARCH_BTN] = "Tìm kiếm"
    status, _, headers = post(server, "/" + page.action, form)
    assert status == 302 and headers["Location"].startswith("/tim-kiem.aspx")


def test_article_form_action_serves_the_article(server):
    g = portal.GOLD[0]
    _, body, _ = fetch(server, g["path"])
    page = parse(body)
    assert page.action.startswith("ChiTietTin.aspx?id=")
    status, body2, _ = post(server, "/" + page.action, dict(page.hidden))
    assert status == 200 and g["title"] in page_text(body2)


# --- gold fields on the page -----------------------------------------------------------------


def test_gold_fields_appear(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            for part in para.split(" | "):
                assert part in txt, (g["path"], part)
        if g["summary"]:
            assert g["summary"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            assert img["path"].lstrip("/") in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in txt
        day = g["published_at"][:10]
        yyyy, mm, dd = day.split("-")
        assert f"{dd}/{mm}/{yyyy}" in txt or f"ngày {dd} tháng {mm} năm {yyyy}" in txt
        if "T" in g["published_at"]:
            assert g["published_at"][11:19] in txt
        assert "Ngày đăng: " in txt
        assert g["category"] in txt
