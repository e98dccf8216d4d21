"""Self-checks of the Dotclear fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dotclear_pgd as portal
from tests.portals._common import TODAY
from tests.portals._selfcheck import NO_REDIRECTS, fetch

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


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def plain(markup: str) -> str:
    """Visible text of markup: tags out, entities resolved, NFC, whitespace collapsed."""
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    s = re.sub(r"</?(?:strong|em|b|i|a|span|abbr)\b[^>]*>", "", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return nfc(re.sub(r"\s+", " ", _html.unescape(s).replace("\xa0", " "))).strip()


def post_title(body: str) -> str | None:
    m = re.search(r'<h2 class="post-title">(.*?)</h2>', body, re.S)
    return plain(m.group(1)) if m else None


def to_target(href: str, base: str) -> str | None:
    """A same-host href as the target a client sends (fragment dropped, IRI percent-encoded)."""
    href = _html.unescape(href).split("#", 1)[0]
    if not href:
        return None
    if href.startswith("/"):
        href = base + href
    if not href.startswith(base):
        return None
    target = href[len(base) :] or "/"
    return urllib.parse.quote(target, safe="/?&=%:+,;@!$'()*~-._")


def same(a: str, b: str) -> bool:
    return urllib.parse.unquote(a) == urllib.parse.unquote(b)


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].startswith("/index.php?post/")
        assert g["path"].isascii()
        assert ISO.match(g["published_at"]), g["published_at"]
        for key in ("title", "body", "summary", "source", "category"):
            if g[key] is not None:
                assert g[key] == nfc(g[key]), (g["path"], key)
                assert "  " not in g[key]
        for name in g["authors"] + g["photographers"]:
            assert name == nfc(name) and name.strip() == name
            assert name not in ("Quản trị viên", "admin", "BBT")
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for im in g["images"]:
            assert set(im) == {"path", "caption"} and im["path"].startswith("/public/")
    # decisions written in the docstring
    by_id = {p.story.id: g for p, g in zip(portal.POSTS, portal.GOLD, strict=True)}
    assert by_id[1134]["authors"] == ["Tổ Văn phòng"]
    assert by_id[1106]["authors"] == ["Đinh Quang Vinh"]
    assert by_id[1093]["authors"] == [] and by_id[1118]["authors"] == []
    assert by_id[1118]["source"] == "Sở GD&ĐT Hà Tĩnh"
    assert by_id[1112]["images"][1]["caption"] is None
    assert sum(1 for g in portal.GOLD if g["summary"]) == 7


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert post_title(body) == g["title"], target


def test_post_page_prints_what_gold_says(server):
    for post, g in zip(portal.POSTS, portal.GOLD, strict=True):
        _, body, _ = fetch(server, g["path"])
        text = plain(body)
        d = g["published_at"]
        assert f"vào ngày {d[8:10]}/{d[5:7]}/{d[:4]}, {d[11:16]}" in text
        assert f'<meta name="dc.date" content="{d}" />' in body
        info = re.search(r'<p class="post-info">(.*?)</p>', body, re.S).group(1)
        assert plain(info).endswith("- " + g["category"])
        for para in g["body"].split("\n\n"):
            if " | " in para:
                cells = para.split(" | ")
                assert " ".join(cells) in text, para
            else:
                assert para in text, (g["path"], para)
        for im in g["images"]:
            assert f'src="{im["path"]}"' in body
            if im["caption"]:
                assert im["caption"] in text
        if g["summary"]:
            assert '<div class="post-excerpt">' in body
        else:
            assert '<div class="post-excerpt">' not in body
        # bylines and source lines are printed, but are not body text
        for name in g["authors"] + g["photographers"]:
            assert name in text
            if post.account == "admin":
                assert name not in g["body"]
        assert TODAY in body
        assert "Propulsé par" in body and "Tổng lượt truy cập" in body


def test_breadth_first_walk_reaches_every_gold_post(server):
    base = server.base_url
    seen = {"/"}
    queue = deque(["/"])
    pages = 0
    while queue and pages < 900:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in re.findall(r'href="([^"]+)"', body):
            nxt = to_target(href, base)
            if nxt is None or re.search(r"\.(jpg|png|gif|css|js|ico|pdf)$", nxt):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    for g in portal.GOLD:
        assert any(same(g["path"], s) for s in seen), g["path"]
    for path in portal.NON_ARTICLES:
        assert any(same(path, s) for s in seen), path


def test_home_pages_list_every_post(server):
    found = []
    for target in ("/", "/index.php?page/2"):
        status, body, _ = fetch(server, target)
        assert status == 200
        found += [
            to_target(h, server.base_url)
            for h in re.findall(r'<h2 class="post-title"><a href="([^"]+)"', body)
        ]
    assert len(found) == 13
    for g, got in zip(portal.GOLD, found, strict=True):
        assert same(g["path"], got)
    assert fetch(server, "/index.php?page/3")[0] == 404


# --- traps ----------------------------------------------------------------------------------


def test_home_pager_and_listing_forms(server):
    _, body, _ = fetch(server, "/")
    pager = re.search(r'<p class="pagination">(.*?)</p>', body).group(1)
    assert "index.php?page/2" in pager and "« trang trước" in pager and "trang 1 / 2" in pager
    # a post without chapô is printed whole on the home page; one with chapô gets "Đọc tiếp »"
    assert "Mọi chi tiết xin liên hệ Tổ Văn phòng" in body
    assert "Đọc tiếp »" in body and "Lire la suite" not in body
    assert body.count('<p class="day-date">') == 10
    # Dotclear prints the Vietnamese basename unencoded
    assert "index.php?post/2026/11/19/Ngành-Giáo-dục-Hương-Khê" in body
    _, body2, _ = fetch(server, "/index.php?page/2")
    assert body2.count("Lire la suite") >= 2 and 'lang="fr"' in body2
    assert fetch(server, "/index.php")[1].count('class="post"') == 10
    assert fetch(server, "/index.php?")[0] == 200


def test_category_subcategories_and_pagination(server):
    status, body, _ = fetch(server, "/index.php?category/Hoat-dong-chuyen-mon")
    assert status == 200 and len(re.findall(r'<div id="p\d+"', body)) == 5
    assert "trang 1 / 2" in body and "category/Hoat-dong-chuyen-mon/page/2" in body
    status, body, _ = fetch(server, "/index.php?category/Hoat-dong-chuyen-mon/page/2")
    assert status == 200 and len(re.findall(r'<div id="p\d+"', body)) == 1
    status, body, _ = fetch(server, "/index.php?category/Hoat-dong-chuyen-mon/Tieu-hoc")
    assert status == 200 and len(re.findall(r'<div id="p\d+"', body)) == 1
    assert "feed/category/Hoat-dong-chuyen-mon/Tieu-hoc/atom" in body
    assert fetch(server, "/index.php?category/Hoat-dong-chuyen-mon/page/3")[0] == 404
    assert fetch(server, "/index.php?category/Khong-co")[0] == 404


def test_tag_pages_are_french_listings_with_pages(server):
    status, body, _ = fetch(server, "/index.php?tag/thi-dua")
    assert status == 200 and "Billets ayant le mot-clé" in body
    assert "page 1 de 2" in body and "tag/thi-dua/page/2" in body
    status, body, _ = fetch(server, "/index.php?tag/thi-dua/page/2")
    assert (
        status == 200 and len(re.findall(r'<div id="p\d+"', body)) == 1 and "Lire la suite" in body
    )
    status, body, _ = fetch(server, "/index.php?tags")
    assert status == 200 and "tag/an-toan-giao-thong" in body


def test_search_and_its_pagination(server):
    q = urllib.parse.quote("Hương Khê")
    status, body, _ = fetch(server, f"/index.php?q={q}")
    assert status == 200 and "10 billets correspondent" in body
    assert f"index.php?page/2&amp;q={q}" in body
    status, body, _ = fetch(server, f"/index.php?page/2&q={q}")
    assert status == 200 and len(re.findall(r'<div id="p\d+"', body)) == 5
    status, body, _ = fetch(server, "/index.php?q=kh%C3%B4ng+c%C3%B3+g%C3%AC")
    assert status == 200 and "Aucun billet." in body


def test_month_archives_run_back_to_2014(server):
    _, body, _ = fetch(server, "/index.php?archive")
    months = set(re.findall(r"index\.php\?archive/(\d{4}/\d{2})", body))
    assert len(months) == 147 and "2014/09" in months and "2026/11" in months
    status, body, _ = fetch(server, "/index.php?archive/2017/06")
    assert status == 200 and "Aucun billet." in body
    assert "archive/2017/05" in body and "archive/2017/07" in body
    status, body, _ = fetch(server, "/index.php?archive/2026/11")
    assert status == 200 and body.count('class="day-date"') == 5
    assert fetch(server, "/index.php?archive/2014/08")[0] == 404
    assert fetch(server, "/index.php?archive/2026/12")[0] == 404


def test_feeds_are_xml_with_absolute_post_links(server):
    for target in (
        "/index.php?feed/atom",
        "/index.php?feed/rss2",
        "/index.php?feed/category/Hoat-dong-chuyen-mon/rss2",
        "/index.php?feed/tag/thi-dua/atom",
        "/index.php?feed/atom/comments",
        "/index.php?feed/atom/comments/1135",
    ):
        status, body, headers = fetch(server, target)
        assert status == 200 and "xml" in headers["Content-Type"], target
        ET.fromstring(body.encode("utf-8"))
    _, body, _ = fetch(server, "/index.php?feed/atom")
    assert body.count("<entry>") == 13
    assert server.base_url + "/index.php?post/2015/03/26/" in body


def test_trackback_xmlrpc_and_admin(server):
    status, body, headers = fetch(server, "/index.php?trackback/1137")
    assert status == 200 and "xml" in headers["Content-Type"] and "<error>1</error>" in body
    status, body, _ = fetch(server, "/index.php?xmlrpc/default")
    assert status == 200 and "POST requests only" in body
    _, post, _ = fetch(server, portal.GOLD[0]["path"])
    assert "index.php?trackback/1137" in post and "index.php?xmlrpc/default" in post
    status, _, headers = fetch(server, "/admin/")
    assert status == 302 and headers["Location"] == "/admin/auth.php"
    status, body, _ = fetch(server, "/admin/auth.php")
    assert status == 200 and "Se connecter" in body and "post-title" not in body


def test_static_pages_look_like_posts_but_have_no_date(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert '<p class="post-info">' not in body and "dc.date" not in body
    _, body, _ = fetch(server, "/index.php?pages/Gioi-thieu")
    assert post_title(body) == "Giới thiệu" and '<div class="post-content">' in body


def test_comments_are_french_and_later_than_the_post(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "Le 20/11/2026, 19:02 par Nguyễn Văn Tâm" in plain(body)
    assert "Le 21/11/2026, 07:35 par" in plain(body)
    assert re.search(r'<form action="[^"]+#pr" method="post" id="comment-form"', body)
    _, closed, _ = fetch(server, portal.GOLD[2]["path"])
    assert "Les commentaires pour ce billet sont fermés." in closed and "comment-form" not in closed


def test_comment_post_preview_and_redirect(server):
    url = server.url(portal.GOLD[0]["path"])
    data = urllib.parse.urlencode(
        {"c_name": "Lan", "c_content": "Xin chào", "preview": "Xem trước"}
    )
    with NO_REDIRECTS.open(urllib.request.Request(url, data=data.encode()), timeout=10) as resp:
        body = resp.read().decode("utf-8")
    assert "Aperçu de votre commentaire" in body and "Xin chào" in body
    data = urllib.parse.urlencode({"c_name": "Lan", "c_content": "Xin chào"})
    with pytest.raises(urllib.error.HTTPError) as err:
        NO_REDIRECTS.open(urllib.request.Request(url, data=data.encode()), timeout=10)
    assert err.value.code == 303
    assert err.value.headers["Location"].endswith("&pub=1#pr")
    status, body, _ = fetch(server, portal.GOLD[0]["path"] + "&pub=1")
    assert status == 200 and "Votre commentaire a été enregistré." in body


def test_text_forms_nfd_and_entities(server):
    nfd_title = unicodedata.normalize("NFD", portal.P13.story.title)
    _, body, _ = fetch(server, portal.P13.wire)
    assert nfd_title in body and portal.P13.story.title not in body
    _, body, _ = fetch(server, portal.P12.wire)
    content = re.search(r'<div class="post-content">(.*?)</div>', body, re.S).group(1)
    assert re.search(r"&[a-z]+;", content) and re.search(r"&#\d+;", content)
    assert "&nbsp;" in fetch(server, portal.P3.wire)[1]


def test_unknown_routes_are_404(server):
    for target in (
        "/index.php?post/2026/11/20/Khong-ton-tai",
        "/index.php?nothing",
        "/wp-login.php",
    ):
        assert fetch(server, target)[0] == 404, target
    assert fetch(server, "/public/2026/11/.gap-mat-20-11_m.jpg")[0] == 200
    assert fetch(server, "/public/van-ban/2026/TB-189-PGDDT.pdf")[0] == 200
