"""Self-checks of the aspnet_webforms_mobile_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_mobile_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_LINK = re.compile(r"""<(a|iframe|link)\b[^>]*?\b(?:href|src)="([^"]*)\"""", re.IGNORECASE)
_JS_OPEN = re.compile(r"window\.open\('([^']+)'")
_PAGE_EXT = (".aspx", "/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(body: str) -> str:
    """The page's text: scripts dropped, tags to spaces, references decoded, whitespace collapsed."""
    body = re.sub(r"<script\b.*?</script>", " ", body, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _target(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server, *, scripts: bool = True) -> tuple[set[str], int]:
    """Breadth-first walk over links and iframes (and window.open targets), following 302s."""
    base = server.url("/")
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        found: list[str] = []
        if status in (301, 302):
            found.append(headers["Location"])
        elif status == 200 and "text/html" in headers.get("Content-Type", ""):
            for tag, href in _LINK.findall(body):
                if tag.lower() == "link":
                    continue
                found.append(html.unescape(href))
            if scripts:
                found += [html.unescape(h) for h in _JS_OPEN.findall(body)]
        for href in found:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            url = urllib.parse.urljoin(server.url(target), href).split("#")[0]
            if not url.startswith(base):
                continue
            nxt = _target(url)
            path = nxt.split("?")[0].lower()
            if not path.endswith(_PAGE_EXT):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


def test_gold_pages_print_their_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = _visible(body)
        assert g["title"] in page, g["path"]
        # the master page's <title> is the school's, never the headline (trap 1)
        assert g["title"] not in _visible(re.search(r"<title>.*?</title>", body, re.S).group(0))
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in page, (g["path"], cell)
            else:
                assert para in page, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in page, (g["path"], name)
        if g["source"]:
            assert f"Theo {g['source']}" in page
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for img in g["images"]:
            src = "../" + img["path"].lstrip("/")
            assert f'src="{src}"' in body, (g["path"], src)
            if img["caption"]:
                assert img["caption"] in page
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if g["path"].endswith("=357"):
            assert f"ngày {d} tháng {m} năm {y}" in page
        else:
            assert f"{d}/{m}/{y}" in page
            if "T" in g["published_at"]:
                assert f"{d}/{m}/{y} - {g['published_at'][11:16]}" in page
            else:
                assert f"{d}/{m}/{y} - 00:00" in page
        assert f">{g['category']}</a></div>" in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, headers = fetch(server, alt)
            if status == 302:
                assert headers["Location"].startswith(f"/m/(S({portal.SID}))/")
                status, body, headers = fetch(server, headers["Location"])
            assert status == 200, alt
            page = _visible(body)
            assert g["title"] in page, alt
            assert g["body"].split("\n\n")[0] in page, alt
            if alt.startswith("/m/"):
                assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in body


def test_everything_reachable_within_budget(server):
    seen, _ = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g["alt_paths"]:
            if not alt.startswith("/m/"):  # mobile pages past the first six need a postback
                assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # every page that serves an article is one of its gold URLs (no unlisted duplicates)
    known = {g["path"] for g in portal.GOLD} | {a for g in portal.GOLD for a in g["alt_paths"]}
    for target in seen:
        if re.search(r"(?i)(chitiet|intin|tin)\.aspx\?id=\d+$", target) and "vanban" not in target.lower():
            n = int(target.rsplit("=", 1)[1])
            assert n in portal.WITHDRAWN or target in known, target
    # a crawler that leaves javascript: links alone stays within the budget
    _, pages = _crawl(server, scripts=False)
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_notices_only_through_the_iframe(server):
    _, home, _ = fetch(server, "/")
    assert "ChiTiet.aspx?id=357" not in home and "loai=4" not in home
    assert 'src="/Widgets/ThongBao.aspx"' in home
    _, widget, _ = fetch(server, "/Widgets/ThongBao.aspx")
    assert '../TinTuc/ChiTiet.aspx?id=357" target="_parent"' in widget


def test_page_two_only_article(server):
    _, first, _ = fetch(server, "/TinTuc/DanhSach.aspx?loai=1")
    _, second, _ = fetch(server, "/TinTuc/DanhSach.aspx?loai=1&trang=2")
    assert "id=333" not in first and "ChiTiet.aspx?id=333" in second
    assert "DanhSach.aspx?loai=1&amp;trang=2" in first


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_withdrawn_articles_are_soft_404(server):
    for n in portal.WITHDRAWN:
        status, body, _ = fetch(server, f"/TinTuc/ChiTiet.aspx?id={n}")
        assert status == 200
        assert "không tồn tại hoặc đã bị gỡ bỏ" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay.aspx",
        "/TinTuc/ChiTiet.aspx?id=99999",
        "/TinTuc/ChiTiet.aspx?id=abc",
        "/TinTuc/InTin.aspx?id=355",
        "/TinTuc/DanhSach.aspx?loai=9",
        "/TinTuc/DanhSach.aspx?loai=1&trang=7",
        f"/m/(S({portal.SID}))/tin.aspx?id=99999",
        "/VanBan/ChiTiet.aspx?id=1",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_mobile_postbacks(server):
    _, home, _ = fetch(server, f"/m/(S({portal.SID}))/Default.aspx")
    assert home.count('<li><a href="tin.aspx?id=') == 6
    data = urllib.parse.urlencode({"ctl00$cphM$btnXemThem": "Xem thêm tin"}).encode()
    req = urllib.request.Request(server.url(f"/m/(S({portal.SID}))/Default.aspx"), data=data)
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        more = resp.read().decode()
    assert more.count('<li><a href="tin.aspx?id=') == 12
    data = urllib.parse.urlencode(
        {"__EVENTTARGET": "ctl00$cphM$ddlLoai", "ctl00$cphM$ddlLoai": "3"}
    ).encode()
    req = urllib.request.Request(server.url(f"/m/(S({portal.SID}))/Default.aspx"), data=data)
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        cat = resp.read().decode()
    assert cat.count('<li><a href="tin.aspx?id=') == 2


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as fh:
        source = fh.read()
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
