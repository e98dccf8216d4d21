"""Self-checks of the Họa Mi kindergarten fixture (WordPress + GeneratePress + WP Show Posts)
against itself: never the crawler."""

from __future__ import annotations

import html
import json
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_generatepress_wpshowposts_ajax_mamnon as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible-ish text: tags dropped, references read, NFC, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<br\s*/?>", "\n", page)
    page = re.sub(r"<[^>]+>", " ", page)
    page = html.unescape(page).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page)).strip()


def _links(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'<a\b[^>]*?\bhref="([^"]*)"', page)]


def _post(server: PortalServer, target: str, data: dict[str, str]) -> tuple[int, str]:
    req = urllib.request.Request(server.url(target), data=urllib.parse.urlencode(data).encode(), method="POST")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in _text(body), target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = _text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
        if len(g["published_at"]) > 10:
            assert f'datetime="{g["published_at"]}" itemprop="datePublished"' in body


def test_traps_in_markup(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    # A4: Yoast's UTC time falls on the day before
    a4 = "/be-lop-choi-2-trai-nghiem-lam-banh-bong-lan.html"
    _, body, _ = fetch(server, a4)
    assert 'content="2026-11-27T23:45:00+00:00"' in body
    assert 'src="data:image/svg+xml' in body and "data-lazy-src=" in body
    assert by_path[a4]["published_at"] == "2026-11-28T06:45:00+07:00"
    # A1: two categories in the footer, the primary in the breadcrumb
    a1 = "/hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027.html"
    _, body, _ = fetch(server, a1)
    assert "Hoạt động của bé</a>, <a" in body
    assert by_path[a1]["category"] == "Tin tức - Sự kiện"
    assert "blocks-gallery-caption" in body
    # A2: updated time first, TOC inside the content
    _, body, _ = fetch(server, "/phong-chong-benh-tay-chan-mieng-cho-tre-trong-mua-mua.html")
    assert body.index('class="updated"') < body.index('class="entry-date published"')
    assert 'id="ez-toc-container"' in body
    # A9: decomposed text
    _, body, _ = fetch(server, "/ngay-hoi-be-voi-an-toan-giao-thong.html")
    assert unicodedata.normalize("NFD", "giao thông") in body
    # A3: official notice, dated by its letterhead
    assert by_path["/thong-bao-lich-nghi-tet-duong-lich-nam-2027.html"]["published_at"] == "2026-11-30"


def test_every_gold_article_reachable_by_links(server):
    host = server.base_url
    seen: set[str] = set()
    queue = [portal.START_PATH]
    fetched = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = headers["Location"].removeprefix(host)
            queue.append(loc)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in _links(body):
            href = href.split("#")[0]
            if href.startswith(host):
                href = href.removeprefix(host) or "/"
            if not href.startswith("/") or href.startswith("//") or href.startswith("/wp-content/"):
                continue
            if href not in seen:
                queue.append(href)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched
    print("pages fetched by the link walk:", fetched)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="entry-title"' in body


def test_unknown_paths_404(server):
    for target in [
        "/khong-co-bai-nay.html",
        "/chuyen-muc/tin-tuc-su-kien/page/9/",
        "/chuyen-muc/khong-co/",
        "/trang-khong-ton-tai/",
        "/?p=99999",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirects(server):
    host = server.base_url
    a11 = "/doan-kiem-tra-phong-gd-dt-lam-viec-tai-truong.html"
    for target, dest in [
        ("/?p=2318", a11),
        ("/2026/10/22/doan-kiem-tra-phong-gd-dt-lam-viec-tai-truong/", a11),
        (a11 + "/", a11),
        ("/author/hoami_admin/", "/"),
        ("/chuyen-muc/hoat-dong-cua-be/page/1/", "/chuyen-muc/hoat-dong-cua-be/"),
    ]:
        status, _, headers = fetch(server, target)
        assert status == 301, target
        assert headers["Location"] == host + dest


def test_load_more_ajax(server):
    status, body, _ = fetch(server, "/wp-admin/admin-ajax.php")
    assert (status, body) == (400, "0")
    status, body = _post(server, "/wp-admin/admin-ajax.php", {"action": "wpsp_load_more", "list": "215", "page": "2"})
    assert (status, body) == (403, "-1")
    _, home, _ = fetch(server, "/")
    nonce = re.search(r'"nonce":"(\w+)"', home).group(1)
    found: set[str] = set()
    for list_id, pages in ((215, 4), (221, 2)):
        for num in range(2, pages + 1):
            status, raw = _post(
                server,
                "/wp-admin/admin-ajax.php",
                {"action": "wpsp_load_more", "list": str(list_id), "page": str(num), "nonce": nonce},
            )
            assert status == 200
            assert "\\/" in raw
            data = json.loads(raw)
            assert data["success"] is True
            found.update(re.findall(r'href="(/[^"]+\.html)"', data["data"]["html"]))
    home_first = set(re.findall(r'wp-show-posts-entry-title" itemprop="headline"><a href="(/[^"]+\.html)"', home))
    assert len(home_first) == 4
    assert home_first | found == {g["path"] for g in portal.GOLD}


def test_feeds_and_sitemaps(server):
    status, body, _ = fetch(server, "/feed/")
    assert status == 200 and body.count("<item>") == 10
    status, body, _ = fetch(server, "/post-sitemap.xml")
    assert status == 200 and body.count("<url>") == 13
    status, body, _ = fetch(server, "/robots.txt")
    assert "Sitemap:" in body


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/" + d + "/" for d in ("home", "tmp", "work")):
        assert prefix not in source
