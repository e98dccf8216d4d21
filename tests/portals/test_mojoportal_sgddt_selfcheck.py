"""Self-checks of the mojoportal_sgddt fixture against itself (the crawler is never imported)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mojoportal_sgddt as portal
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(markup: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _links(body: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'(?:href="|<link>)([^"<]+)', body)]


def test_gold_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    paths = set()
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert ISO.match(g["published_at"]), g["published_at"]
        assert g["path"] not in paths
        paths.add(g["path"])
        assert g["category"] in ("Tin tức", "Thông báo")
        for key in ("title", "body", "summary", "source"):
            value = g[key]
            if value is not None:
                assert unicodedata.is_normalized("NFC", value), (g["path"], key)
                assert value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("quantri", "bientap", "vp.sogd", "admin")
        for im in g["images"]:
            assert im["path"].startswith("/Data/Sites/1/media/")
        assert "Tải về" not in g["body"] and "Nguồn:" not in g["body"]
        assert "Ảnh:" not in g["body"] and "(Đã ký)" not in g["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        h2 = re.search(r'<h2 class="blogitemtitle moduletitle">(.*?)<a ', body, re.S)
        assert h2 and _visible(h2.group(1)).strip() == gold["title"], target
        canon = re.search(r'<link rel="canonical" href="http://[^/"]+([^"]+)"', body)
        assert canon and canon.group(1) == gold["canonical_path"]
        date = re.search(r'<div class="blogdate">Đăng lúc (\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d)', body)
        d, m, y, t = date.groups()
        assert gold["published_at"] == f"{y}-{m}-{d}T{t}:00+07:00"
        for im in gold["images"]:
            assert f'src="{im["path"]}"' in body
        text = _visible(body)
        for para in gold["body"].split("\n\n"):
            assert " ".join(para.split(" | ")[:1]) in " ".join(text.split()), para[:60]


def test_breadth_first_walk_reaches_every_gold_article(server):
    seen, queue, pages = {"/"}, deque(["/"]), 0
    gold = {g["path"] for g in portal.GOLD}
    found = set()
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith(("text/", "app")):
            continue
        if target in gold:
            found.add(target)
        for href in _links(body):
            url = urlsplit(urljoin(server.url(target), href))
            if url.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = url.path + (f"?{url.query}" if url.query else "")
            if nxt.endswith((".jpg", ".png", ".css", ".js", ".pdf", ".ashx")) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    assert found == gold
    assert pages < 200


def test_friendly_and_raw_twins_print_the_same_post(server):
    for g in portal.GOLD:
        _, a, _ = fetch(server, g["path"])
        _, b, _ = fetch(server, g["alt_paths"][0])
        part = re.compile(r'<div class="blogtext">.*?</div>', re.S)
        assert part.search(a).group(0) == part.search(b).group(0)


def test_two_pager_forms_serve_the_same_list(server):
    for n in (2, 3):
        _, a, _ = fetch(server, f"/tin-tuc.aspx?pagenumber={n}")
        _, b, _ = fetch(server, f"/Blog/ViewList.aspx?pageid=5&mid=12&pagenumber={n}")
        items = re.compile(r'class="blogitemtitle">([^<]+)<')
        assert items.findall(a) == items.findall(b) and items.findall(a)
    _, p1, _ = fetch(server, "/tin-tuc.aspx")
    assert 'href="/tin-tuc.aspx?pagenumber=2"' in p1
    assert 'href="/Blog/ViewList.aspx?pageid=5&amp;mid=12&amp;pagenumber=2"' in p1
    _, p3, _ = fetch(server, "/tin-tuc.aspx?pagenumber=3")
    assert "ha-tinh-to-chuc-le-khai-giang-nam-hoc-2014-2015" in p3


def test_thong_bao_has_no_pager_and_hides_the_oldest_notice(server):
    _, body, _ = fetch(server, "/thong-bao.aspx")
    assert "pagenumber" not in body
    old = next(g for g in portal.GOLD if "xet-thang-hang" in g["path"])
    assert old["path"] not in body
    _, arch, _ = fetch(server, "/Blog/ViewArchive.aspx?month=9&year=2026&mid=14&pageid=6")
    assert old["path"] in arch
    _, cat, _ = fetch(server, "/Blog/ViewCategory.aspx?cat=16&mid=14&pageid=6")
    assert old["path"] in cat


def test_edit_links_redirect_to_login(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    edit = html.unescape(re.search(r'href="(/Blog/EditPost\.aspx[^"]+)"', body).group(1))
    status, _, headers = fetch(server, edit)
    assert status == 302
    loc = headers["Location"]
    assert loc.startswith("/Secure/Login.aspx?returnurl=")
    assert unquote(loc.split("=", 1)[1]) == edit
    status, login, _ = fetch(server, loc)
    assert status == 200 and "blogitemtitle" not in login
    assert fetch(server, "/Secure/Register.aspx")[0] == 200


def test_rss_links_raw_addresses(server):
    status, body, headers = fetch(server, "/Blog/RSS.aspx?p=5~12~-1")
    assert status == 200 and "rss" in headers["Content-Type"]
    links = re.findall(r"<link>http://[^/]+([^<]+)</link>", body)[1:]
    raws = [g["alt_paths"][0] for g in portal.GOLD if g["category"] == "Tin tức"]
    assert [html.unescape(u) for u in links] == raws
    assert fetch(server, "/Blog/RSS.aspx?p=6~14~-1")[0] == 200


def test_recent_posts_module_links_raw_twins(server):
    _, body, _ = fetch(server, "/home.aspx")
    box = re.search(r'<div class="blogrecent">(.*?)</div>', body, re.S).group(1)
    assert "/Blog/ViewPost.aspx?pageid=5&amp;mid=12&amp;ItemID=251" in box


def test_posted_by_is_an_account_and_header_date_is_today(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert re.search(r"bởi <a [^>]+>bientap</a>", body)
    assert f"Hôm nay: {portal.TODAY}" in body


def test_directive_signature_block(server):
    g = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/cong-van"))
    _, body, _ = fetch(server, g["path"])
    text = " ".join(_visible(body).split())
    assert "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Nguyễn Văn Thắng" in text
    assert g["authors"] == ["Nguyễn Văn Thắng"] and "GIÁM ĐỐC" not in g["body"]


def test_text_encodings(server):
    g = next(g for g in portal.GOLD if "2026-2027.aspx" in g["path"] and "khai-giang" in g["path"])
    _, body, _ = fetch(server, g["path"])
    para = "Đồng chí Bí thư Tỉnh ủy dự lễ khai giảng"
    assert unicodedata.normalize("NFD", para) in body and para not in body
    _, old, _ = fetch(server, "/tin-tuc/ha-tinh-to-chuc-le-khai-giang-nam-hoc-2014-2015.aspx")
    assert "&#7889;" in old or "&#7885;" in old


@pytest.mark.parametrize("target", portal.NON_ARTICLES)
def test_non_articles_answer(server, target):
    status, body, _ = fetch(server, target)
    assert status == 200
    assert 'class="blogitemtitle moduletitle"' not in body


def test_archive_goes_back_to_2014_and_unknown_targets_404(server):
    _, body, _ = fetch(server, "/tin-tuc.aspx")
    assert "month=9&amp;year=2014&amp;mid=12&amp;pageid=5" in body
    assert fetch(server, "/Blog/ViewPost.aspx?pageid=5&mid=12&ItemID=9999")[0] == 404
    assert fetch(server, "/Blog/ViewPost.aspx?pageid=6&mid=14&ItemID=251")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co.aspx")[0] == 404
    assert fetch(server, "/")[0] == 302
