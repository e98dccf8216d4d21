"""Self-checks of the mobile-twin THPT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mobile_twin_thpt as portal
from tests.portals._common import collapse
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href.split("#", 1)[0])
    return out


def walk(
    server: PortalServer, starts: list[str], keep=lambda href: True, limit: int = 400
) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen and keep(href):
                seen.add(href)
                queue.append(href)
    return seen


def shown(body: str) -> str:
    """The page's text as a reader sees it, whitespace collapsed."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def content_of(body: str) -> str:
    for start in ('<div class="news-content">', '<div class="m-content">'):
        if start in body:
            rest = body.split(start, 1)[1].split('<ul class="prev-next">', 1)[0]
            return rest.split('<div class="news-tags">', 1)[0]
    raise AssertionError("no article content")


def assert_prints_paragraphs(body: str, gold: dict) -> None:
    page = shown(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in page, (gold["path"], piece)


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and "ThS." not in name
        assert g["alt_paths"] == [f"/m{g['path']}", f"{g['path']}?print=1"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for g in portal.GOLD if g["summary"]) >= 2
    assert sum(1 for g in portal.GOLD if not g["authors"]) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-1][:30])
def test_desktop_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title-news">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{gold["path"]}">' in body
    assert (
        f'<link rel="alternate" media="only screen and (max-width: 640px)" href="/m{gold["path"]}">'
        in body
    )
    y, m, d = gold["published_at"][:10].split("-")
    hm = gold["published_at"][11:16]
    assert f"{d}/{m}/{y} - {hm}</span>" in body
    assert portal.HEADER_TODAY in body and "Lượt xem:" in body and "Tags:" in body
    assert (
        '&raquo; <a href="/danh-muc/' in body
        and f">{_html.escape(gold['category'])}</a></div>" in body
    )
    assert_prints_paragraphs(body, gold)
    content = content_of(body)
    if gold["summary"]:
        assert f'<div class="sapo"><strong>{_html.escape(gold["summary"])}</strong></div>' in body
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            cap = _html.escape(img["caption"])
            assert f"<figcaption>{cap}</figcaption>" in content or f">{cap}</p>" in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert content.count("<img ") == len(gold["images"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown(body)
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown(content)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-1][:30])
def test_twins_serve_the_same_article(server, gold):
    mobile, printed = gold["alt_paths"]
    status, body, _ = fetch(server, mobile)
    assert status == 200
    assert f"<h1>{_html.escape(gold['title'])}</h1>" in body
    assert f'<link rel="canonical" href="{gold["path"]}">' in body
    assert f'<a href="{gold["path"]}">Xem bản đầy đủ</a>' in body
    assert 'id="sidebar"' not in body and portal.HEADER_TODAY not in body
    assert f">{_html.escape(gold['category'])}</a></div>" in body
    assert_prints_paragraphs(body, gold)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
    status, body, _ = fetch(server, printed)
    assert status == 200
    assert 'rel="canonical"' not in body and "noindex" in body
    assert f'<h1 class="title-news">{_html.escape(gold["title"])}</h1>' in body
    assert_prints_paragraphs(body, gold)
    # other query strings are not the article
    assert fetch(server, gold["path"] + "?print=2")[0] == 404
    assert fetch(server, mobile + "?print=1")[0] == 404


def test_mobile_dates_and_the_odd_one(server):
    odd = [s for s in portal.STORIES if s.opts.get("mdate")]
    assert len(odd) == 1
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["alt_paths"][0])
        y, m, d = g["published_at"][:10].split("-")
        if g["path"] == portal.desktop_path(odd[0]):
            assert f'<div class="m-date">{int(d)} tháng {int(m)}, {y}</div>' in body
        else:
            assert f'<div class="m-date">{d}/{m}/{y} {g["published_at"][11:16]}</div>' in body


def test_prev_next_links_are_adjacent_articles(server):
    order = portal.NEWEST
    for i, s in enumerate(order):
        for path_of in (portal.desktop_path, portal.mobile_path):
            _, body, _ = fetch(server, path_of(s))
            nav = body.split('<ul class="prev-next">', 1)[1].split("</ul>", 1)[0]
            if i + 1 < len(order):
                older = order[i + 1]
                assert (
                    f'Bài trước: <a href="{path_of(older)}">{_html.escape(older.title)}</a>' in nav
                )
            else:
                assert "Bài trước" not in nav
            if i > 0:
                newer = order[i - 1]
                assert (
                    f'Bài tiếp theo: <a href="{path_of(newer)}">{_html.escape(newer.title)}</a>'
                    in nav
                )
            else:
                assert "Bài tiếp theo" not in nav
            assert "Bài trước" not in content_of(body)


def test_footer_switch_on_every_page(server):
    pages = [
        ("/", "/m/"),
        ("/danh-muc/tin-tuc/trang-2.html", "/m/danh-muc/tin-tuc/trang-1.html"),
        ("/gioi-thieu.html", "/m/gioi-thieu.html"),
        ("/tra-cuu-diem-thi.html", "/m/tra-cuu-diem-thi.html"),
        (portal.GOLD[0]["path"], portal.GOLD[0]["alt_paths"][0]),
    ]
    for desk, mob in pages:
        _, body, _ = fetch(server, desk)
        assert (
            f'<a href="{mob}" rel="nofollow">Phiên bản di động</a> | <span>Phiên bản máy tính</span>'
            in body
        )
        status, body, _ = fetch(server, mob)
        assert status == 200
        back = "/danh-muc/tin-tuc/trang-1.html" if "danh-muc" in desk else desk
        assert (
            f'<span>Phiên bản di động</span> | <a href="{back}" rel="nofollow">Phiên bản máy tính</a>'
            in body
        )


def test_desktop_pager_and_page_two_only_article(server):
    oldest = portal.desktop_path(portal.NEWEST[-1])
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/danh-muc/tin-tuc/trang-1.html")
    assert oldest not in home and oldest not in first
    assert "Trang đầu" in first and "Trang cuối" in first and "&rsaquo;" in first
    assert 'href="/danh-muc/tin-tuc/trang-2.html"' in first
    _, second, _ = fetch(server, "/danh-muc/tin-tuc/trang-2.html")
    assert oldest in second and "&lsaquo;" in second
    _, all3, _ = fetch(server, "/danh-muc/tin-moi/trang-3.html")
    assert oldest in all3 and all3.count('class="news-item"') == 2
    _, all1, _ = fetch(server, "/danh-muc/tin-moi/trang-1.html")
    assert all1.count('class="news-item"') == 6
    for gone in (
        "/danh-muc/tin-tuc/trang-3.html",
        "/danh-muc/tin-moi/trang-4.html",
        "/danh-muc/xyz/trang-1.html",
    ):
        assert fetch(server, gone)[0] == 404


def test_mobile_lists_are_a_shorter_route(server):
    _, home, _ = fetch(server, "/m/")
    assert home.count('<li><a href="/m/tin-tuc/') == 10
    assert '<a href="/m/danh-muc/tin-moi/trang-2.html">Xem thêm</a>' in home
    assert "Trang đầu" not in home and 'id="sidebar"' not in home
    _, page2, _ = fetch(server, "/m/danh-muc/tin-moi/trang-2.html")
    assert page2.count('<li><a href="/m/tin-tuc/') == 4 and "Xem thêm" not in page2
    assert portal.mobile_path(portal.NEWEST[-1]) in page2
    assert fetch(server, "/m/danh-muc/tin-moi/trang-3.html")[0] == 404
    # the mobile pages alone reach every twin
    seen = walk(server, ["/m/"], keep=lambda h: h.startswith("/m/"))
    for g in portal.GOLD:
        assert g["alt_paths"][0] in seen


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="title-news"' not in body and 'class="m-article"' not in body, path
        assert "Phiên bản di động" in body, path


def test_lookup_form_and_static_pages(server):
    _, body, _ = fetch(server, "/tra-cuu-diem-thi.html")
    assert '<form action="/tra-cuu-diem-thi.html" method="get"' in body and 'name="sbd"' in body
    status, body, _ = fetch(server, "/tra-cuu-diem-thi.html?kythi=hk1-2026&sbd=LQD0123")
    assert status == 200 and "LQD0123" in body and "8,75" in body
    _, body, _ = fetch(server, "/tra-cuu-diem-thi.html?kythi=hk1-2026&sbd=abc")
    assert "Không tìm thấy thí sinh" in body
    _, body, _ = fetch(server, "/lien-he.html")
    assert "01 Vũ Văn Dũng" in body and 'name="noidung"' in body
    _, body, _ = fetch(server, "/tim-kiem.html?q=STEM")
    assert "Tìm thấy 1 kết quả" in body


def test_walk_reaches_every_article_from_start_and_from_desktop_only(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen and g["alt_paths"][0] in seen and g["alt_paths"][1] in seen
    desktop = walk(
        server, [portal.START_PATH], keep=lambda h: not h.startswith("/m/") and h != "/m"
    )
    for g in portal.GOLD:
        assert g["path"] in desktop
    # desktop lists alone (no article-to-article links) reach every article too
    lists = walk(server, [portal.START_PATH], keep=lambda h: h.startswith("/danh-muc/"))
    listed = set()
    for target in lists:
        listed.update(links(fetch(server, target)[1]))
    for g in portal.GOLD:
        assert g["path"] in listed


def test_unknown_pages_are_404(server):
    s = portal.NEWEST[0]
    assert fetch(server, f"/tin-tuc/{s.id}-sai-slug.html")[0] == 404
    assert fetch(server, "/tin-tuc/9999-khong-co.html")[0] == 404
    assert fetch(server, "/m/khong-co.html")[0] == 404
