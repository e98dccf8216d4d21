"""Self-checks of the aspnet_ajaxtoolkit_tabs_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_ajaxtoolkit_tabs_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = _html.unescape(raw).strip()
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().endswith(_SKIP_EXT):
            continue
        out.append(target)
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt_t = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_t not in seen:
                seen.add(nxt_t)
                queue.append(nxt_t)
            continue
        assert status == 200, target
        for link in _links(page, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_every_gold_path_serves_its_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            assert gold["title"] in _text(page), target


def test_gold_reachable_from_start_within_budget(server):
    seen, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_only_posts(server):
    _, page1, _ = fetch(server, "/TinTuc/DanhSach.aspx?CatID=1")
    _, page2, _ = fetch(server, "/TinTuc/DanhSach.aspx?CatID=1&Page=2")
    assert "ID=1541&amp;CatID=1" not in page1
    assert "ID=1541&amp;CatID=1" in page2
    assert 'href="/TinTuc/DanhSach.aspx?CatID=1&amp;Page=2"' in page1
    # featured item above the UpdatePanel is on every page
    assert "ID=1561&amp;CatID=1" in page2


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        status, page, _ = fetch(server, gold["path"])
        assert status == 200
        text = _text(page)
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # table rows: cells joined by " | " in the gold
                assert cell in text, (gold["path"], para)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        for img in gold["images"]:
            assert img["path"] in page or img["path"].replace("/Upload", "../Upload") in page
            if img["caption"]:
                assert img["caption"] in text
        assert f"&raquo; <a href=\"/TinTuc/DanhSach.aspx?CatID={portal.CAT_ID[gold['category']]}\">" in page
        assert gold["category"] in text
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text


def test_vi_vn_times(server):
    _, page, _ = fetch(server, "/TinTuc/ChiTiet.aspx?ID=1561&CatID=1")
    assert "Ngày đăng: 03/12/2026 2:30:00 CH" in page
    _, page, _ = fetch(server, "/TinTuc/ChiTiet.aspx?ID=1558&CatID=1")
    assert "28/11/2026 12:20:00 CH" in page
    _, page, _ = fetch(server, "/TinTuc/ChiTiet.aspx?ID=1552&CatID=1")
    assert "20/11/2026 12:00:00 SA" in page


def test_hidden_tabs_hold_links(server):
    status, page, _ = fetch(server, "/Default.aspx")
    assert status == 200
    assert 'class="ajax__tab_xp ajax__tab_container ajax__tab_default" style="visibility:hidden;"' in page
    hidden = page.split('id="ctl00_cphMain_ucTabTin_tcTinTuc_tpThongBao"', 1)[1].split("</div>", 1)[0]
    assert "display:none;visibility:hidden;" in hidden
    assert "/TinTuc/ChiTiet.aspx?ID=1550&amp;CatID=3" in hidden


def test_partial_postback_pager(server):
    body = (
        b"ctl00%24ScriptManager1=ctl00%24cphMain%24ucDanhSach%24upDanhSach%7C"
        b"ctl00%24cphMain%24ucDanhSach%24rptTrang%24ctl01%24lbtTrang"
        b"&__EVENTTARGET=ctl00%24cphMain%24ucDanhSach%24rptTrang%24ctl01%24lbtTrang&__EVENTARGUMENT="
        b"&__ASYNCPOST=true"
    )
    req = urllib.request.Request(
        server.url("/TinTuc/DanhSach.aspx?CatID=2"),
        data=body,
        headers={"X-MicrosoftAjax": "Delta=true", "Content-Type": "application/x-www-form-urlencoded"},
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        text = resp.read().decode("utf-8")
    assert "|updatePanel|ctl00_cphMain_ucDanhSach_upDanhSach|" in text
    assert "ID=1538&amp;CatID=2" in text
    length, kind = text.split("|", 2)[:2]
    assert kind == "updatePanel"
    content = text.split("|", 3)[3]
    assert content[int(length)] == "|"
    # a plain (non-async) postback re-renders the whole page at that page number
    req = urllib.request.Request(
        server.url("/TinTuc/DanhSach.aspx?CatID=2"),
        data=b"__EVENTTARGET=ctl00%24cphMain%24ucDanhSach%24rptTrang%24ctl01%24lbtTrang&__EVENTARGUMENT=",
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        page = resp.read().decode("utf-8")
    assert "ID=1538&amp;CatID=2" in page and "</html>" in page


def test_non_articles(server):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target


def test_unknown_paths_404(server):
    for target in (
        "/khongco.aspx",
        "/TinTuc/ChiTiet.aspx?ID=9999&CatID=1",
        "/TinTuc/DanhSach.aspx?CatID=9",
        "/TinTuc/DanhSach.aspx?CatID=1&Page=7",
        "/GioiThieu.aspx?ID=8",
        "/VanBan/ChiTiet.aspx?ID=2",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_start_redirects_home(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx"
