"""Self-checks of the tag/topic-only Sở GD&ĐT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import tag_topics_only_sgddt as portal
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


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, skip=lambda target: False, limit: int = 400) -> set[str]:
    start = portal.START_PATH
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen and not skip(href):
                seen.add(href)
                queue.append(href)
    return seen


def page_text(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def hidden_paths() -> set[str]:
    return {portal.post_path(portal.BY_ID[i]) for i in portal.HIDDEN}


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
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and "ThS." not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert any(g["summary"] is None for g in portal.GOLD)
    assert any(not g["authors"] for g in portal.GOLD)
    assert any(not g["images"] for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    y, m, d = gold["published_at"][:10].split("-")
    hm = gold["published_at"][11:16]
    assert f"Ngày đăng: {d}/{m}/{y} {hm}</span>" in body
    assert portal.TODAY in body
    assert f">{_html.escape(gold['category'])}</a></div>" in body
    if gold["summary"]:
        assert f'<div class="sapo"><strong>{_html.escape(gold["summary"])}</strong></div>' in body
    else:
        assert 'class="sapo"' not in body
    content = body.split('<div class="content">', 1)[1].split('<div class="tags">', 1)[0]
    shown = page_text(content)
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"]:
            continue
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert "Từ khóa:</strong>" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body and 'class="content"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_category_pages_show_four_newest_without_pager(server):
    for key in portal.CATEGORIES:
        status, body, _ = fetch(server, f"/chuyen-muc/{key}.html")
        assert status == 200
        listed = [h for h in links(server, body) if h.startswith("/bai-viet/")]
        main = body.split('<div id="sidebar">')[0]
        in_main = {h for h in re.findall(r'href="(/bai-viet/[^"]+)"', main)}
        want = {portal.post_path(s) for s in portal.in_cat(key)[:4]}
        assert in_main == want and listed
        assert "Xem các bài cũ hơn theo chủ đề" in body
        assert "?trang=" not in main and "pager" not in main
    assert fetch(server, "/chuyen-muc/tin-tuc-su-kien.html?trang=2")[1].count("news-item") == 4


def test_hidden_posts_need_topics_or_tags(server):
    hidden = hidden_paths()
    # no topic and no tag page: the hidden posts are out of reach
    seen = walk(server, skip=lambda t: t.startswith(("/chu-de/", "/tag/")))
    assert not hidden & seen
    # topics only (no tags): id 12 (in no topic) stays out of reach
    seen = walk(server, skip=lambda t: t.startswith("/tag/"))
    assert portal.post_path(portal.BY_ID[12]) not in seen
    assert portal.post_path(portal.BY_ID[11]) in seen
    # topic page 1 only, no tags: id 13 is on a first page; id 11 needs page 2 (or id 13's
    # "Tin mới hơn" list, 11 being newer in the same category)
    seen = walk(server, skip=lambda t: t.startswith("/tag/") or "trang=" in t)
    assert portal.post_path(portal.BY_ID[13]) in seen
    p13 = portal.post_path(portal.BY_ID[13])
    seen = walk(server, skip=lambda t: t.startswith("/tag/") or "trang=" in t or t == p13)
    assert portal.post_path(portal.BY_ID[11]) not in seen
    # no article page, home or widget links a hidden post
    for g in portal.GOLD:
        if g["path"] in hidden:
            continue
        body = fetch(server, g["path"])[1]
        assert not hidden & set(links(server, body)), g["path"]


def test_topic_pager(server):
    key = "thi-dua-khen-thuong"
    status, first, _ = fetch(server, f"/chu-de/{key}.html")
    assert status == 200 and "Trang " in first
    for n in (2, 3):
        assert f'href="/chu-de/{key}.html?trang={n}"' in first
    assert first.count('class="news-item"') == 4
    _, second, _ = fetch(server, f"/chu-de/{key}.html?trang=2")
    assert portal.post_path(portal.BY_ID[11]) in second
    assert portal.post_path(portal.BY_ID[11]) not in first
    _, third, _ = fetch(server, f"/chu-de/{key}.html?trang=3")
    assert third.count('class="news-item"') == 1
    same = fetch(server, f"/chu-de/{key}.html?trang=1")[1]
    assert re.findall(r"/bai-viet/[^\"]+", same.split('id="sidebar"')[0]) == re.findall(
        r"/bai-viet/[^\"]+", first.split('id="sidebar"')[0]
    )
    status, empty, _ = fetch(server, f"/chu-de/{key}.html?trang=9")
    assert status == 200 and "Chưa có bài viết trong chủ đề này" in empty
    _, home, _ = fetch(server, "/")
    assert home.count('href="/chu-de/') == 5
    # a one-page topic prints no pager
    assert "?trang=" not in fetch(server, "/chu-de/ky-thi-tot-nghiep-thpt.html")[1]


def test_tag_pages_list_tagged_posts(server):
    status, body, _ = fetch(server, "/tag/hoc-sinh-dan-toc-thieu-so.html")
    assert status == 200 and "Từ khóa: học sinh dân tộc thiểu số" in body
    assert portal.post_path(portal.BY_ID[12]) in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[4]))
    assert 'href="/tag/hoc-sinh-dan-toc-thieu-so.html"' in body
    _, body, _ = fetch(server, "/tag/khen-thuong.html")
    assert body.count('class="news-item"') == 4 and "pager" not in body


def test_bylines_and_misc(server):
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[5]))
    assert "Tác giả: ThS. Trần Quốc Bảo" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[7]))
    assert "Nguồn: Báo Bình Phước" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[9]))
    assert "<br>" in body.split('<div class="content">')[1]
    assert fetch(server, "/sitemap.xml")[0] == 404 and fetch(server, "/robots.txt")[0] == 404
    s = portal.BY_ID[3]
    assert fetch(server, f"/bai-viet/sai-slug-{s.id}.html")[0] == 404
    assert fetch(server, "/chu-de/khong-co.html")[0] == 404
