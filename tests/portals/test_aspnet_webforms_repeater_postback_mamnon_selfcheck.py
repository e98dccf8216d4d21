"""Self-checks of the aspnet_webforms_repeater_postback_mamnon fixture against itself (never the crawler)."""

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
from tests.portals import aspnet_webforms_repeater_postback_mamnon as portal
from tests.portals._common import collapse, image_gold
from tests.portals._selfcheck import NO_REDIRECTS, fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".doc", ".axd")
POSTBACK_ONLY = {"/ChiTietTin.aspx?id=238", "/ChiTietTin.aspx?id=233", "/ChiTietTin.aspx?id=229"}


def variants(g: dict) -> set[str]:
    return {g["path"], *g.get("alt_paths", [])}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def post(server: PortalServer, target: str, fields: dict[str, str]):
    req = urllib.request.Request(server.url(target), data=urlencode(fields).encode("utf-8"),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def hidden_fields(body: str) -> dict[str, str]:
    return {n: _html.unescape(v) for n, v in
            re.findall(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)"', body)}


def form_action(body: str, target: str) -> str:
    action = _html.unescape(re.search(r'<form method="post" action="([^"]*)"', body)[1])
    return local(urljoin("http://h" + target, action))


def local(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links(body: str, target: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        href = _html.unescape(href).split("#")[0]
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        url = urljoin("http://h" + target, href)
        if urlsplit(url).netloc != "h" or urlsplit(url).path.lower().endswith(STATIC_EXT):
            continue
        out.append(local(url))
    return out


def crawl(server: PortalServer, postbacks: bool) -> tuple[set[str], int]:
    """A sensible link + postback crawler: GET links, click numbered pager items and LinkButtons."""
    queue, seen, reached, requests = [portal.START_PATH], set(), set(), 0
    clicked: set[tuple[str, str]] = set()
    pages: list[tuple[str, str]] = []

    def visit(target: str, body: str) -> None:
        reached.add(target)
        queue.extend(links(body, target))
        pages.append((target, body))

    while queue or pages:
        if queue:
            target = queue.pop(0)
            if target in seen:
                continue
            seen.add(target)
            status, body, headers = fetch(server, target)
            requests += 1
            if status in (301, 302):
                queue.append(local(urljoin(server.url(target), headers["Location"])))
            elif status == 200 and "text/html" in headers.get("Content-Type", ""):
                visit(target, body)
            continue
        target, body = pages.pop(0)
        if not postbacks:
            continue
        action = form_action(body, target)
        for label in re.findall(r'<a id="[^"]*" class="aspNetDisabled[^"]*">(\d+)</a>', body):
            clicked.add((action, "page " + label))
        for ev_target, label in re.findall(
            r"href=\"javascript:__doPostBack\(&#39;([^&]+)&#39;,&#39;&#39;\)\">([^<]*)</a>", body
        ):
            key = (action, "page " + label) if "rptPager" in ev_target else (action, ev_target)
            if (label.strip() in ("«", "»") and "rptPager" in ev_target) or key in clicked:
                continue
            clicked.add(key)
            fields = hidden_fields(body)
            fields["__EVENTTARGET"] = ev_target
            status, answer, headers = post(server, action, fields)
            requests += 1
            assert status in (200, 302), (action, ev_target, status)
            if status == 302:
                queue.append(local(urljoin(server.url(action), headers["Location"])))
            else:
                pages.append((action, answer))
                queue.extend(links(answer, action))
    return reached, requests


def test_shape():
    assert portal.NAME == "aspnet_webforms_repeater_postback_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 14, (g["path"], n)
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_title_only_in_label(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        head_title = re.search(r"(?s)<title>(.*?)</title>", body)[1]
        assert g["title"] not in collapse(_html.unescape(head_title))
        assert re.findall(r"<h1[^>]*>(.*?)</h1>", body) == ["TRƯỜNG MẦM NON SƠN CA"]


def test_gold_fields_on_page(server):
    for story in portal.STORIES:
        g = next(x for x in portal.GOLD if x["path"] == f"/ChiTietTin.aspx?id={story.id}")
        _, body, _ = fetch(server, g["path"])
        txt = page_text(body)
        rows = {b.text for b in story.blocks if getattr(b, "style", "") == "tr"}
        for para in g["body"].split("\n\n"):
            if para in rows:  # a table row: its cells are printed in <td>s
                assert " ".join(para.split(" | ")) in txt, (g["path"], para)
            else:
                assert para in txt, (g["path"], para[:60])
        if g["summary"]:
            assert g["summary"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert "Nguồn: " + g["source"] in txt
        assert story.opts["date_line"] in txt
        srcs = [image_gold(s, g["path"]) for s in re.findall(r'<img[^>]* src="([^"]+)"', body)]
        for img in g["images"]:
            assert {"path": img["path"]} in srcs, img
            if img["caption"]:
                assert img["caption"] in txt
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
        assert g["category"] in txt


def test_traps_are_in_the_markup(server):
    _, body, _ = fetch(server, "/ChiTietTin.aspx?id=244")
    assert unicodedata.normalize("NFD", "Vườn rau") in body and "Vườn rau" not in body
    _, body, _ = fetch(server, "/ChiTietTin.aspx?id=233")
    assert "&#" in body
    _, body, _ = fetch(server, "/ChiTietTin.aspx?id=253")
    assert "Ngày đăng: 11/25/2026 2:15:00 PM" in body
    _, body, _ = fetch(server, "/ChiTietTin.aspx?id=258")
    assert body.count(portal.STORIES[0].summary) == 2  # lblTomTat + first paragraph
    assert "Ý kiến phụ huynh (2)" in body and "imgAnhDaiDien" in body
    _, body, _ = fetch(server, "/DanhSachTin.aspx?cat=1")
    assert "rptPager$ctl02$lnkPage&#39;" in body and "?page=" not in body


def test_reachability_and_budget(server):
    reached, requests = crawl(server, postbacks=True)
    for g in portal.GOLD:
        assert variants(g) & reached, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests
    links_only, _ = crawl(server, postbacks=False)
    for g in portal.GOLD:
        if g["path"] in POSTBACK_ONLY:
            assert not variants(g) & links_only, g["path"]
        else:
            assert variants(g) & links_only, g["path"]


def test_pager_postback(server):
    _, page1, _ = fetch(server, "/DanhSachTin.aspx?cat=1")
    fields = hidden_fields(page1)
    assert "ChiTietTin.aspx?id=238" not in page1
    status, page2, _ = post(server, "/DanhSachTin.aspx?cat=1",
                            {**fields, "__EVENTTARGET": "ctl00$ContentPlaceHolder1$rptPager$ctl02$lnkPage"})
    assert status == 200 and "ChiTietTin.aspx?id=238&amp;cat=1" in page2
    assert "ChiTietTin.aspx?id=229" not in page2
    status, page3, _ = post(server, "/DanhSachTin.aspx?cat=1",
                            {**hidden_fields(page2),
                             "__EVENTTARGET": "ctl00$ContentPlaceHolder1$rptPager$ctl03$lnkPage"})
    assert status == 200 and "ChiTietTin.aspx?id=229&amp;cat=1" in page3
    # ctl01 is page 1 (the current page: disabled), not page 2
    status, _, _ = post(server, "/DanhSachTin.aspx?cat=1",
                        {**fields, "__EVENTTARGET": "ctl00$ContentPlaceHolder1$rptPager$ctl01$lnkPage"})
    assert status == 500
    # no view state, or another category's view state: server error
    status, body, _ = post(server, "/DanhSachTin.aspx?cat=1",
                           {"__EVENTTARGET": "ctl00$ContentPlaceHolder1$rptPager$ctl02$lnkPage"})
    assert status == 500 and "Server Error in '/' Application." in body
    _, other, _ = fetch(server, "/DanhSachTin.aspx?cat=2")
    status, _, _ = post(server, "/DanhSachTin.aspx?cat=1",
                        {**hidden_fields(other),
                         "__EVENTTARGET": "ctl00$ContentPlaceHolder1$rptPager$ctl02$lnkPage"})
    assert status == 500
    # a query pager does not exist
    _, again, _ = fetch(server, "/DanhSachTin.aspx?cat=1&page=2")
    assert "ChiTietTin.aspx?id=238" not in again and "ChiTietTin.aspx?id=258" in again


def test_home_linkbuttons_redirect(server):
    _, home, _ = fetch(server, "/Default.aspx")
    status, _, headers = post(server, "/Default.aspx", {
        **hidden_fields(home), "__EVENTTARGET": "ctl00$ContentPlaceHolder1$rptNoiBat$ctl01$lnkTieuDe"})
    assert status == 302 and headers["Location"] == f"/ChiTietTin.aspx?id={portal.FEATURED[1]}"
    status, _, headers = post(server, "/Default.aspx", {
        **hidden_fields(home), "ctl00$ContentPlaceHolder1$rptNoiBat$ctl00$ibtAnh.x": "12",
        "ctl00$ContentPlaceHolder1$rptNoiBat$ctl00$ibtAnh.y": "7"})
    assert status == 302 and headers["Location"] == f"/ChiTietTin.aspx?id={portal.FEATURED[0]}"
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx"


def test_soft_404(server):
    status, body, _ = fetch(server, f"/ChiTietTin.aspx?id={portal.DELETED_ID}")
    assert status == 200 and "Tin tức không tồn tại hoặc đã bị gỡ bỏ!" in body
    assert '<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tde_ct"></span>' in body
    _, home, _ = fetch(server, "/Default.aspx")
    assert f"ChiTietTin.aspx?id={portal.DELETED_ID}" in home


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200 and "Đang truy cập" in body, target


def test_unknown_paths_404(server):
    for target in ("/KhongCo.aspx", "/tin-tuc/abc", "/ThuVienAnh.aspx?album=9", "/DanhSachTin.aspx?cat=9"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)
