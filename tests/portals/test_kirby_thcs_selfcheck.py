"""Self-checks of the kirby_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import kirby_thcs as portal
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".svg")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(markup: str) -> str:
    """Visible text of markup, unescaped, NFC, whitespace collapsed."""
    cells = re.sub(r"</t[dh]>\s*<t[dh]>", " | ", markup)
    inline = re.sub(r"</?(a|strong|em|span|i)\b[^>]*>", "", cells)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    text = html.unescape(no_tags).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def note_text(body: str) -> str:
    start = body.index('<div class="note-text text">')
    end = body.index("</article>", start)
    return body[start:end]


def links(body: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        href = html.unescape(href)
        if href.startswith(("mailto:", "javascript:", "#", "tel:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def gold_by_path():
    return {g["path"]: g for g in portal.GOLD}


# --- gold ---------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert [g["category"] for g in portal.GOLD].count("Tin tức") == 9
    assert [g["category"] for g in portal.GOLD].count("Thông báo") == 4
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert g["alt_paths"] == [g["path"] + "?print=1"]
        assert g["published_at"] and DATE.match(g["published_at"]), g["path"]
        assert g["published_at"] < "2026-12-03"
        strings = [g["title"], g["body"], *g["authors"], *g["photographers"]]
        strings += [g["summary"] or "", g["source"] or "", g["category"]]
        strings += [im["caption"] or "" for im in g["images"]]
        for s in strings:
            assert s == unicodedata.normalize("NFC", s), (g["path"], s)
            assert "  " not in s and s == s.strip()
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for im in g["images"]:
            assert im["path"].startswith("/media/pages/")
        for name in g["authors"] + g["photographers"]:
            assert not name.startswith(("ThS.", "Cô ", "Thầy ")) and "(" not in name
            assert name not in ("admin", "bientap", "BBT")
    timed = [g for g in portal.GOLD if "T" in g["published_at"]]
    assert [g["path"] for g in timed] == [portal.url_of(portal.T2), portal.url_of(portal.T6)]


def test_gold_decisions_by_hand():
    g = gold_by_path()
    assert g[portal.url_of(portal.T4)]["authors"] == ["Võ Thị Mai Anh"]
    assert g[portal.url_of(portal.T9)]["authors"] == ["Nhóm Toán - Tin"]
    assert g[portal.url_of(portal.T8)]["authors"] == []
    assert g[portal.url_of(portal.T8)]["source"] == "Phòng GD&ĐT huyện Krông Pắc"
    assert g[portal.url_of(portal.T7)]["photographers"] == ["Trần Minh Đức"]
    assert g[portal.url_of(portal.N11)]["authors"] == []
    assert g[portal.url_of(portal.N12)]["authors"] == ["Tổ Văn phòng"]
    assert sum(1 for x in portal.GOLD if x["summary"]) == 3


# --- the pages print the gold ------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_article_and_print_view_print_the_gold(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert headers["Content-Type"].startswith("text/html")
        h1 = re.search(r'<h1 class="note-title">(.*?)</h1>', body).group(1)
        assert plain(h1) == gold["title"]
        assert f'<link rel="canonical" href="{server.url(gold["canonical_path"])}">' in body
        day = gold["published_at"]
        assert f'<time class="note-date" datetime="{day}">' in body
        text = plain(note_text(body))
        for para in gold["body"].split("\n\n"):
            assert para in plain(body), (target, para)
        for im in gold["images"]:
            assert f'src="{im["path"]}"' in note_text(body)
            if im["caption"]:
                assert im["caption"] in text
        if gold["summary"]:
            assert f'<p class="note-intro">{html.escape(gold["summary"])}</p>' in body
        if target == gold["path"]:
            assert '<nav class="breadcrumb"' in body
            crumb = re.search(r'<nav class="breadcrumb".*?</nav>', body).group(0)
            assert plain(crumb) == f"Trang chủ / {gold['category']}"
            assert portal.HEADER_DATE in body and "Lượt truy cập: 21.877" in body
            assert "Bài viết liên quan" in body and "‹ Bài trước" in body
            assert f'href="{gold["path"]}.json"' in body
        else:
            assert "breadcrumb" not in body and "sidebar" not in body
            assert "Bài viết liên quan" not in body


def test_bylines_and_users_are_printed(server):
    expect = [
        (portal.T1, ("Lê Thị Hoa", None)),
        (portal.T2, ("bientap", "Bài và ảnh: Trần Minh Đức")),
        (portal.T3, ("bientap", "Tin: Nguyễn Văn Thắng")),
        (portal.T4, ("admin", "Người viết: ThS. Võ Thị Mai Anh (Tổ trưởng tổ Ngữ văn)")),
        (portal.T6, ("bientap", "Tin, ảnh: Hồ Văn Lâm")),
        (portal.T7, ("bientap", "Tin: Lê Thị Hoa – Ảnh: Trần Minh Đức")),
        (portal.T8, ("bientap", "Nguồn: Phòng GD&ĐT huyện Krông Pắc")),
        (portal.T9, ("admin", "Nhóm Toán - Tin")),
        (portal.N12, ("Tổ Văn phòng", None)),
    ]
    for story, (user, byline) in expect:
        _, body, _ = fetch(server, portal.url_of(story))
        assert f"Đăng bởi {user}</span>" in body
        if byline:
            assert byline in plain(note_text(body))
    _, body, _ = fetch(server, portal.url_of(portal.N13))
    assert "File đính kèm:" in plain(note_text(body))
    status, _, headers = fetch(server, portal.PDF13)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_nfd_paragraph_is_printed_decomposed(server):
    _, body, _ = fetch(server, portal.url_of(portal.T6))
    nfd = unicodedata.normalize("NFD", "quyên góp được 38.500.000 đồng")
    assert nfd in body
    _, body, _ = fetch(server, portal.url_of(portal.N12))
    assert unicodedata.normalize("NFD", "Nhà trường thông báo lịch kiểm tra") in body


# --- discovery -----------------------------------------------------------------------------


def test_breadth_first_walk_reaches_every_gold_article(server):
    seen, queue = {"/"}, deque(["/"])
    pages = 0
    while queue and pages < 400:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in links(body, server.url(target)):
            if link.lower().endswith(STATIC) or link in seen:
                continue
            seen.add(link)
            queue.append(link)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_old_notes_only_past_page_one(server):
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/tin-tuc")
    _, second, _ = fetch(server, "/tin-tuc/page:2")
    for story in portal.NOTES[5:]:
        assert f'href="{portal.url_of(story)}"' not in home
        assert f'href="{portal.url_of(story)}"' not in first
        assert f'<a href="{portal.url_of(story)}">' in second
    for story in portal.NOTES[:5]:
        assert f'<a href="{portal.url_of(story)}">' in first
    for story in portal.NOTICES:
        assert f'href="{portal.url_of(story)}"' in home


# --- traps -------------------------------------------------------------------------------


def test_listings_paginate_with_colon_parameters(server):
    status, body, _ = fetch(server, "/tin-tuc")
    assert status == 200
    assert body.count('<article class="post-card">') == 5
    assert "Trang 1 / 2" in body and 'href="/tin-tuc/page:2">Cũ hơn ›' in body
    assert re.search(
        r'<time class="post-card-date" datetime="2026-11-21">21\.11\.2026</time>', body
    )
    status, page2, _ = fetch(server, "/tin-tuc/page:2")
    assert status == 200 and page2.count('<article class="post-card">') == 4
    assert "Trang 2 / 2" in page2 and 'href="/tin-tuc">‹ Mới hơn' in page2
    # the home widget's query form is the very same page
    _, home, _ = fetch(server, "/")
    assert 'href="/tin-tuc?page=2"' in home
    status, twin, _ = fetch(server, "/tin-tuc?page=2")
    assert status == 200 and twin == page2
    # past the end: Kirby's error page
    status, body, _ = fetch(server, "/tin-tuc/page:3")
    assert status == 404 and "Không tìm thấy trang" in body
    status, body, _ = fetch(server, "/thong-bao")
    assert status == 200 and "Trang 1 / 1" in body
    assert body.count('<article class="post-card">') == 4


def test_tag_and_year_listings_repeat_the_cards(server):
    status, body, _ = fetch(server, "/tin-tuc/tag:thi-dua")
    assert status == 200 and body.count('<article class="post-card">') == 5
    assert 'href="/tin-tuc/tag:thi-dua/page:2">Cũ hơn ›' in body
    status, body, _ = fetch(server, "/tin-tuc/tag:thi-dua/page:2")
    assert status == 200 and body.count('<article class="post-card">') == 1
    assert f'<a href="{portal.url_of(portal.T9)}">' in body and "Trang 2 / 2" in body
    assert fetch(server, "/tin-tuc/page:2/tag:thi-dua")[1] == body
    status, body, _ = fetch(server, "/tin-tuc/year:2025")
    assert status == 200 and body.count('<article class="post-card">') == 2
    for story in (portal.T8, portal.T9):
        assert f'<a href="{portal.url_of(story)}">' in body
    _, article, _ = fetch(server, portal.url_of(portal.T1))
    assert 'href="/tin-tuc/tag:stem"' in article and 'href="/tin-tuc/year:2025"' in article
    for slug in re.findall(r'href="/tin-tuc/tag:([a-z0-9-]+)"', article):
        status, body, _ = fetch(server, f"/tin-tuc/tag:{slug}")
        assert status == 200 and "post-card" in body and "note-title" not in body


def test_json_representation_is_not_a_page(server):
    path = portal.url_of(portal.T2)
    status, body, headers = fetch(server, path + ".json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    data = json.loads(body)
    assert data["title"] == portal.T2.title and data["date"] == "2026-11-20T10:15:00+07:00"
    assert "<html" not in body


def test_draft_link_is_kirbys_error_page(server):
    _, body, _ = fetch(server, portal.url_of(portal.N10))
    assert f'<a href="{portal.DRAFT_PATH}">' in note_text(body)
    status, body, _ = fetch(server, portal.DRAFT_PATH)
    assert status == 404
    assert '<h1 class="page-title">Không tìm thấy trang</h1>' in body
    assert "note-title" not in body and portal.HEADER_DATE in body


def test_panel_is_an_app_shell(server):
    _, home, _ = fetch(server, "/")
    assert 'href="/panel"' in home
    status, _, headers = fetch(server, "/panel")
    assert status == 302 and headers["Location"] == "/panel/login"
    status, body, _ = fetch(server, "/panel/login")
    assert status == 200 and '<div id="app"></div>' in body
    assert "note-title" not in body and "<p>" not in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer_without_note_markup(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "note-title" not in body and '<time class="note-date"' not in body
    assert "canonical" not in body
    assert portal.HEADER_DATE in body


def test_album_is_only_a_title_and_a_gallery(server):
    _, body, _ = fetch(server, portal.ALBUM_PATH)
    album = re.search(r'<article class="album">(.*?)</article>', body, re.S).group(1)
    assert plain(album) == "Lễ khai giảng năm học 2026-2027"
    assert album.count("<img ") == 8


def test_contact_form_posts_to_itself(server):
    _, body, _ = fetch(server, "/lien-he")
    assert '<form class="contact-form" method="post" action="/lien-he">' in body


def test_unknown_paths_are_404(server):
    for target in ("/tin-tuc/khong-co-bai-nay", "/trang-khong-ton-tai", "/tin-tuc/page:x"):
        status, body, _ = fetch(server, target)
        assert status == 404 and "Không tìm thấy trang" in body
