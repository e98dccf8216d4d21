"""Self-checks of the episerver_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import episerver_sgddt as portal
from tests.portals._common import TODAY
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
STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".svg")
BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def readable(markup: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(markup))


def h1(markup: str) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", markup, re.S)
    assert match, "no h1"
    return " ".join(readable(re.sub(r"<[^>]+>", "", match.group(1))).split())


def links(markup: str, page: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', markup):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin("http://fixture.invalid" + page, href)
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def article_of(markup: str) -> str:
    return markup[markup.index('<article class="article-page">') : markup.index("</article>")]


def body_of(markup: str) -> str:
    start = markup.index('<div class="article-page__body">')
    return markup[start : markup.index("</article>")]


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    seen = set()
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"] not in seen
        seen.add(g["path"])
        assert re.fullmatch(r"2026-\d\d-\d\d", g["published_at"]), g["path"]
        assert g["published_at"] < "2026-11-25"
        for key in ("title", "summary", "body", "source", "category"):
            if g[key] is not None:
                assert g[key] == unicodedata.normalize("NFC", g[key]), (g["path"], key)
                assert "  " not in g[key]
        for name in g["authors"] + g["photographers"]:
            assert name == unicodedata.normalize("NFC", name)
            assert not name.startswith(("ThS.", "Cô ", "Thầy ", "Bà ", "Ông "))
            assert " - " not in name and "," not in name
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for img in g["images"]:
            assert img["path"].startswith(("/globalassets/", "/contentassets/"))
        assert g["category"] in portal.CATS.values()
        assert g["canonical_path"] == g["path"]
        assert len(g["alt_paths"]) == 2
    assert sum(1 for g in portal.GOLD if g["summary"] is None) == 4
    assert {g["published_at"] for g in portal.GOLD} == {s.published_at for s in portal.STORIES}


def test_gold_dates_match_printed_dates():
    for story in portal.STORIES:
        y, m, d = story.published_at.split("-")
        assert story.opts["date"] == f"{d}/{m}/{y}"


# --- every gold address ----------------------------------------------------------------------


def test_gold_paths_answer_with_the_article(server):
    for g in portal.GOLD:
        for target in [g["path"], *g["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert h1(body) == g["title"], target
            canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
            assert urlsplit(canonical).path == g["canonical_path"], target
            assert f"Ngày đăng: {'/'.join(reversed(g['published_at'].split('-')))}" in body
            crumbs = re.search(r'<ol class="breadcrumb[^"]*">(.*?)</ol>', body, re.S).group(1)
            labels = [readable(re.sub(r"<[^>]+>", "", li)) for li in crumbs.split("</li>") if li]
            assert labels[-2] == g["category"]


def test_permanent_links_serve_the_same_article_without_redirect(server):
    for g in portal.GOLD:
        _, friendly, _ = fetch(server, g["path"])
        for alt in g["alt_paths"]:
            status, body, headers = fetch(server, alt)
            assert status == 200 and "Location" not in headers
            assert article_of(body) == article_of(friendly)


def test_gold_images_and_captions_are_printed(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        part = html.unescape(body_of(body))
        for img in g["images"]:
            assert f'src="{img["path"]}"' in part, img["path"]
            if img["caption"]:
                assert img["caption"] in unicodedata.normalize("NFC", part)
        for para in g["body"].split("\n\n"):
            inline = re.sub(r"</?(?:a|strong|em)\b[^>]*>", "", body)
            flat = " ".join(readable(re.sub(r"<[^>]+>", " ", inline)).split())
            assert para in flat or para.replace(" | ", " ") in flat, para[:60]


# --- reachability ----------------------------------------------------------------------------


def crawl(server, start: str = "/") -> tuple[set[str], dict[str, str]]:
    seen: set[str] = set()
    pages: dict[str, str] = {}
    queue = deque([start])
    while queue and len(seen) < 800:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(links(f'<a href="{html.escape(headers["Location"])}">', target)[0])
            continue
        if status != 200:
            continue
        pages[target] = body
        for link in links(body, target):
            path = urlsplit(link).path
            if path.lower().endswith(STATIC) or "tuan=" in link:
                continue
            if link not in seen:
                queue.append(link)
    return seen, pages


def test_walk_from_start_reaches_every_gold_article(server):
    _seen, pages = crawl(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target


def test_oldest_articles_only_on_page_two_of_their_category(server):
    oldest = {portal.friendly(portal.BY_ID[11]), portal.friendly(portal.BY_ID[13])}
    for target in ["/vi/", "/vi/tin-tuc/", "/vi/tin-tuc/hoat-dong-nganh/", portal.GOLD[0]["path"]]:
        _, body, _ = fetch(server, target)
        assert not oldest & set(links(body, target)), target
    _, body, _ = fetch(server, "/vi/tin-tuc/hoat-dong-nganh/?p=2")
    assert oldest <= set(links(body, "/vi/tin-tuc/hoat-dong-nganh/?p=2"))
    assert "/vi/tin-tuc/hoat-dong-nganh/?p=1" in links(body, "/")


def test_news_root_shows_newest_six_without_pager(server):
    _, body, _ = fetch(server, "/vi/tin-tuc/")
    main = body[body.index('<div class="news-root-page">') : body.index('<aside class="col-lg-4')]
    found = {p for p in links(main, "/vi/tin-tuc/") if p in BY_PATH}
    assert found == {portal.friendly(s) for s in portal.NEWEST[:6]}
    assert "pagination" not in body


# --- traps -----------------------------------------------------------------------------------


def test_root_redirects_and_slashless_urls_redirect(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/vi/"
    status, _, headers = fetch(server, portal.GOLD[0]["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == portal.GOLD[0]["path"]


def test_pager_has_no_clamp(server):
    status, body, _ = fetch(server, "/vi/tin-tuc/hoat-dong-nganh/?p=99")
    assert status == 200
    assert "Không có bài viết nào." in body
    assert not {p for p in links(body, "/") if p in BY_PATH and p not in sidebar_paths()}
    assert "/vi/tin-tuc/hoat-dong-nganh/?p=98" in links(body, "/")
    _, body, _ = fetch(server, "/vi/tin-tuc/thong-bao/")
    assert "pagination" not in body


def sidebar_paths() -> set[str]:
    paths = {portal.friendly(s) for s in portal.NEWEST[:5]}
    for slug in portal.CATS:
        paths |= {portal.friendly(s) for s in portal.NEWEST if s.cat == slug}
    return paths


def test_login_and_edit_mode_traps(server):
    status, _, headers = fetch(server, "/episerver/cms")
    assert status == 302
    assert headers["Location"] == "/util/login?ReturnUrl=%2Fepiserver%2Fcms"
    status, body, _ = fetch(server, "/util/login?ReturnUrl=%2Fvi%2F")
    assert status == 200 and "<h1>Log In</h1>" in body and "article-page" not in body
    _, home, _ = fetch(server, "/vi/")
    assert "/util/login?ReturnUrl=%2Fvi%2F" in links(home, "/vi/")
    assert "/episerver/cms" in links(home, "/vi/")
    status, _, headers = fetch(server, portal.GOLD[0]["path"] + "?epieditmode=true")
    assert status == 302 and headers["Location"].startswith("/util/login?ReturnUrl=")
    _, body, _ = fetch(server, BY_PATH[portal.friendly(portal.BY_ID[7])]["path"])
    edit = [p for p in links(body_of(body), "/") if "epieditmode=true" in p]
    assert len(edit) == 1 and edit[0].startswith("/EPiServer/CMS/Content/vi/tin-tuc/")
    status, _, headers = fetch(server, edit[0])
    assert status == 302 and unquote(headers["Location"]).endswith(edit[0])


def test_body_and_related_links_are_permanent_links(server):
    count = 0
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        related = body[body.index("Tin liên quan") : body.index('<aside class="col-lg-4')]
        for link in links(related, "/"):
            assert link.startswith("/link/"), link
            count += 1
            status, page, _ = fetch(server, link)
            assert status == 200 and "article-page" in page
    assert count >= 20
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[5]))
    assert "/link/c40a62d7a8ca4a67b85127f4ac110b28.aspx?epslanguage=vi" in links(body_of(body), "/")


def test_english_branch_is_english(server):
    for target in portal.NON_ARTICLES:
        if not target.startswith("/en/news/"):
            continue
        status, body, _ = fetch(server, target)
        assert status == 200 and '<html lang="en">' in body
        assert "Published:" in body and "Ngày đăng" not in body
    status, body, _ = fetch(server, "/link/3b4458c5ce524c589843dd161c85e9c5.aspx?epslanguage=en")
    assert status == 200 and "86 outstanding teachers" in body
    status, _, _ = fetch(server, "/link/a7744ed1c2d94f059d02f548c7b93837.aspx?epslanguage=en")
    assert status == 404
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert 'hreflang="en"' in body


def test_search_pages_without_clamp(server):
    status, body, _ = fetch(server, "/vi/tim-kiem/?q=&p=1")
    assert status == 200 and "Tìm thấy 13 kết quả" in body
    results = re.findall(r'<li class="search-result', body)
    assert len(results) == 5
    _, body, _ = fetch(server, "/vi/tim-kiem/?q=&p=3")
    assert len(re.findall(r'<li class="search-result', body)) == 3
    status, body, _ = fetch(server, "/vi/tim-kiem/?q=&p=99")
    assert status == 200 and "search-result " not in body
    _, article, _ = fetch(server, portal.GOLD[0]["path"])
    tags = [p for p in links(article, "/") if p.startswith("/vi/tim-kiem/?q=")]
    assert tags
    status, body, _ = fetch(server, tags[0])
    assert status == 200 and portal.GOLD[0]["path"] in links(body, "/")


def test_calendar_goes_on_for_ever(server):
    status, body, _ = fetch(server, "/vi/lich-cong-tac/")
    assert status == 200 and "Tuần 48" in body
    assert "/vi/lich-cong-tac/?tuan=47&nam=2026" in links(body, "/")
    status, body, _ = fetch(server, "/vi/lich-cong-tac/?tuan=1&nam=2031")
    assert status == 200 and "Chưa có lịch công tác tuần này." in body
    assert "/vi/lich-cong-tac/?tuan=52&nam=2030" in links(body, "/")


def test_document_library_pages_and_files(server):
    _, body, _ = fetch(server, "/vi/van-ban/")
    assert body.count("<tr><td>") == 5
    assert "/vi/van-ban/?page=2" in links(body, "/")
    _, body, _ = fetch(server, "/vi/van-ban/?page=2")
    assert body.count("<tr><td>") == 2
    pdfs = [p for p in links(body, "/") if p.endswith(".pdf")]
    status, _, headers = fetch(server, pdfs[0])
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_text_forms(server):
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[1]))
    assert "Tuy&#xEA;n d&#x1B0;&#x1A1;ng" in body  # Razor-encoded h1
    assert "Dự buổi lễ" in body_of(body)  # raw XHTML body
    assert f"{portal.rz(TODAY)}" in body
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[9]))
    assert "&#x323;" in h1_raw(body)  # decomposed title
    part = body_of(body)
    assert unicodedata.normalize("NFD", "Tham gia Hội thi") in part
    assert "Tham gia Hội thi" not in part
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[10]))
    assert "tr&ugrave;ng lịch" in body_of(body)


def h1_raw(markup: str) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", markup, re.S).group(1)


def test_captions_quotes_and_signatures(server):
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[1]))
    assert 'class="blockquote-footer"' in body and "<cite" in body
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[8]))
    assert ">z5890126453871_7c1e9f0a2b3d4e5f6a7b8c9d0e1f2a3b.jpg</figcaption>" in body
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[4]))
    assert body_of(body).count("<figure") == 2 and body_of(body).count("<figcaption") == 1
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[3]))
    assert "<em>Tiết dạy minh họa" in body_of(body)
    assert "<strong>ThS. Phạm Thị Thu Hà</strong>" in body_of(body)
    assert "article-page__author" not in body
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[7]))
    assert "<em>Bài và ảnh: Lê Văn Tùng</em>" in body_of(body)
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[11]))
    assert "<em>Tổ Văn phòng - Trường MN Sơn Ca</em>" in body_of(body)
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[13]))
    author = body[body.index('<div class="article-page__author') : body.index("Từ khóa:")]
    author = " ".join(readable(re.sub(r"<[^>]+>", "", author)).split())
    assert "Tác giả: Bảo Ngọc (Ảnh: Đức Huy)" in author
    assert "Nguồn: Cổng Thông tin điện tử thành phố Bảo Lộc" in author


def test_notices_without_intro(server):
    for sid in (2, 6, 7, 11):
        _, body, _ = fetch(server, portal.friendly(portal.BY_ID[sid]))
        assert "article-page__intro" not in body
    _, body, _ = fetch(server, portal.friendly(portal.BY_ID[2]))
    assert "article-page__author" not in body and "<img" not in body_of(body)
