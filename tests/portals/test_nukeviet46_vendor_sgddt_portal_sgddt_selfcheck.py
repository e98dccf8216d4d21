"""Self-checks of the NukeViet 4.5/4.6 department portal fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_vendor_sgddt_portal_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]+)"', re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """The page as a reader sees it: tags out, entities decoded, NFC, whitespace collapsed."""
    no_tags = _TAG.sub(" ", re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I))
    text = _html.unescape(no_tags).replace("\u200b", " ")
    return collapse(unicodedata.normalize("NFC", text))


def local_links(markup: str) -> list[str]:
    out = []
    for raw in _HREF.findall(markup):
        href = _html.unescape(raw)
        if href.startswith(("http://", "https://", "mailto:", "javascript", "#")):
            continue
        out.append(href.split("#", 1)[0])
    return [h for h in out if h]


def crawl(server, *, skip=lambda target: False, nofollow_ok: bool = False) -> tuple[set[str], int]:
    """Breadth-first over plain <a href> links from START_PATH (what a simple crawler sees)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        if "attachment" in headers.get("Content-Disposition", ""):
            continue
        for link in local_links(body):
            if link in seen or skip(link):
                continue
            if not nofollow_ok and ("/savefile/" in link or "download=1" in link):
                continue
            seen.add(link)
            queue.append(link)
    return seen, requests


def test_thirteen_gold_records_and_distinct_paths():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & set(paths)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert {g["category"] for g in portal.GOLD} == {
        "Hoạt động ngành", "Thi đua - Khen thưởng", "Thông báo", "Chuyển đổi số",
    }


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    text = page_text(body)
    h1 = re.search(r'<h1 class="title margin-bottom-lg" itemprop="headline">(.*?)</h1>', body, re.S)
    assert h1 and collapse(unicodedata.normalize("NFC", _html.unescape(h1.group(1)))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row's cells are printed in their own cells
            assert piece in text, piece[:60]
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if len(gold["published_at"]) > 10:
        assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in text
    else:
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    # the hidden NukeViet breadcrumb names the gold category last
    crumbs = re.search(r'<ul class="temp-breadcrumbs hidden".*?</ul>', body, re.S).group(0)
    names = re.findall(r'<span itemprop="name">(.*?)</span>', crumbs)
    assert _html.unescape(names[-1]) == gold["category"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        assert status == 200, alt
        text = page_text(body)
        assert gold["title"] in text, alt
        assert gold["body"].split("\n\n")[-1] in text, alt
        if "/savefile/" in alt:
            assert "attachment" in headers.get("Content-Disposition", "")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "itemprop=\"headline\"" not in body


def test_unknown_paths_404(server):
    gold = portal.GOLD[0]["path"]
    for target in [
        "/khong-co-trang-nay/",
        "/tin-tuc/hoat-dong-nganh/page-9/",
        "/tin-tuc/thi-dua-khen-thuong/tap-huan-nang-cao-nang-luc-quan-tri-truong-hoc-cho-can-bo-quan-ly-cap-thcs-437.html",
        "/thong-bao/khong-ton-tai-429.html",
        gold.replace("-437.html", "-438.html"),
        "/van-ban/khong-co.html",
        "/index.php?language=vi&nv=news&op=hoat-dong-nganh/sai-alias-437",
        "/robots.txt",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_every_gold_reachable_and_page2_only(server):
    reached, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached or any(a in reached for a in gold.get("alt_paths", [])), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))
    # without following /page-N/ links the four page-2 articles stay hidden
    reached1, _ = crawl(server, skip=lambda t: "/page-" in t)
    hidden = {g["path"] for g in portal.GOLD} - reached1
    assert hidden == {portal.art_path(s) for s in (portal.A3, portal.A4, portal.T3, portal.C4)}


def test_ids_collide_across_modules():
    ids = [g["path"].rsplit("-", 1)[-1] for g in portal.GOLD]
    assert ids.count("429.html") == 2 and ids.count("431.html") == 2


def test_attachments_are_pdf_not_articles(server):
    for story in (portal.T1, portal.T2, portal.C4):
        for kind, disp in (("download", "attachment"), ("pdf", "inline")):
            status, _, headers = fetch(server, portal.file_url(story, kind))
            assert status == 200
            assert headers["Content-Type"] == "application/pdf"
            assert headers["Content-Disposition"].startswith(disp)
        _, body, _ = fetch(server, portal.art_path(story))
        assert portal.viewer_src(story).replace("&", "&amp;") in body or portal.viewer_src(story) in body
    assert fetch(server, portal.viewer_src(portal.T2))[0] == 200


def test_traps_are_in_the_markup(server):
    _, body, _ = fetch(server, portal.art_path(portal.A1))
    assert 'data-src="/uploads/news/2026_12/tap-huan-qtth-1.jpg"' in body
    assert 'src="/themes/sgddt/images/pix.gif"' in body
    assert body.count(portal.A1.summary[:50]) >= 2  # sapo printed twice
    assert '<h1 class="tieude-site">' in body and '<ul class="breadcrumbs list-none"></ul>' in body
    _, body, _ = fetch(server, portal.art_path(portal.X))
    assert "GD&amp;amp;ĐT" in body.split("</title>")[0]
    assert 'itemprop="datePublished">2026-11-25T16:02:11+07:00' in body
    assert "2026-11-27ICT09:15:00" in body
    assert "Thứ sáu - 27/11/2026 09:15" in body
    _, body, _ = fetch(server, portal.art_path(portal.A3))
    assert unicodedata.normalize("NFD", "Kỹ thuật cơ khí") in body
    _, body, _ = fetch(server, "/tin-tuc/hoat-dong-nganh/")
    assert portal.art_path(portal.X, "hoat-dong-nganh") in body
    assert portal.art_path(portal.X) not in body.split('id="cot-phai"')[0].split("tin-moi-chay")[-1]


def test_static_and_images(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
