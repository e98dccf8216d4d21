"""Self-checks of the full-text-listing PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import listing_fulltext_pgd as portal
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


def shown(body: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities read, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def post_body_html(body: str) -> str:
    return body.split('class="post-body entry-content"', 1)[1].split('<div class="post-footer">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/bai-viet/\d+/[a-z0-9-]+", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        paras = g["body"].split("\n\n")
        assert 2 <= len(paras) <= 12
        if g["summary"]:
            assert paras[0] == g["summary"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/uploads/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("quantri", "admin", "BBT")
            assert "(" not in name and " - " not in name and not name.startswith("Tin")
        for alt in g.get("alt_paths", []):
            assert alt.startswith(g["path"] + "?showComment=")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert not set(portal.NON_ARTICLES) & set(paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = portal.BY_ID[int(gold["path"].split("/")[2])]
    text = shown(body)
    assert f'<h3 class="post-title entry-title" itemprop="name">{_html.escape(gold["title"])}</h3>' in body
    assert gold["title"] in text
    y, mo, d = gold["published_at"][:10].split("-")
    hm = gold["published_at"][11:16]
    assert f"đăng lúc {hm} ngày {int(d)} tháng {int(mo)}, {y}" in text
    assert portal.HEADER_TODAY in text
    assert f"Chuyên mục: {gold['category']}" in text
    assert f"Trang chủ › {gold['category']}" in text
    assert f"Đăng bởi {story.opts['by']}" in text
    assert "Nhãn: " in text and "Trang chủ" in text
    article = shown(post_body_html(body))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in article, para
    assert "Nhãn:" not in article and "nhận xét" not in article
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in article


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Bài đăng Mới hơn" not in body and "Bài đăng Cũ hơn" not in body, path
        assert 'id="comments"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_single_post_list_prints_the_whole_post(server):
    """The trap: a category list with one post looks exactly like the post, and is a list."""
    status, body, _ = fetch(server, portal.SINGLE_POST_LIST)
    assert status == 200
    gold = next(g for g in portal.GOLD if g["category"] == "Công đoàn ngành")
    assert body.count('class="post hentry"') == 1
    assert f'<a href="{gold["path"]}">{_html.escape(gold["title"])}</a></h3>' in body
    article = shown(post_body_html(body))
    for para in gold["body"].split("\n\n"):
        assert para in article
    assert "Đọc tiếp »" not in body and "Bài cũ hơn »" not in body
    status, body, _ = fetch(server, "/luu-tru/2026-09")
    assert status == 200 and body.count('class="post hentry"') == 1


def test_lists_print_full_text_and_jump_breaks(server):
    _, home, _ = fetch(server, "/")
    assert home.count('class="post hentry"') == 4
    text = shown(home)
    full = portal.BY_ID[1205]  # short post: whole text in the list
    for block in full.blocks:
        if isinstance(block, portal.P):
            assert block.text in text
    assert "drive.google.com/file/d/" in home
    cut = portal.BY_ID[1198]  # long post: two paragraphs then "Đọc tiếp »"
    assert cut.blocks[0].text in text and cut.blocks[1].text in text
    assert "Kết quả xếp loại" not in text
    assert f'<a href="{portal.post_path(cut)}#more"' in home and "Đọc tiếp »" in text
    _, post, _ = fetch(server, portal.post_path(cut))
    assert '<a name="more"></a>' in post and "Đọc tiếp »" not in post


def test_pagination_has_only_newer_older_links(server):
    _, home, _ = fetch(server, "/")
    assert 'href="/trang-chu/trang-2">Bài cũ hơn »' in home and "« Bài mới hơn" not in home
    _, p4, _ = fetch(server, "/trang-chu/trang-4")
    assert 'href="/trang-chu/trang-3">« Bài mới hơn' in p4 and "Bài cũ hơn »" not in p4
    assert fetch(server, "/trang-chu/trang-5")[0] == 404
    last = portal.post_path(portal.BY_ID[1163])
    _, c1, _ = fetch(server, "/chuyen-muc/tin-giao-duc/trang-1")
    _, c2, _ = fetch(server, "/chuyen-muc/tin-giao-duc/trang-2")
    assert c1.count('class="post hentry"') == 4 and c2.count('class="post hentry"') == 2
    assert last not in c1 and last in c2
    assert 'href="/chuyen-muc/tin-giao-duc/trang-2">Bài cũ hơn »' in c1
    assert 'href="/chuyen-muc/tin-giao-duc/trang-1">« Bài mới hơn' in c2
    assert not re.search(r">\s*[0-9]+\s*</a>\s*<a[^>]*trang-", c1)
    assert fetch(server, "/chuyen-muc/tin-giao-duc/trang-3")[0] == 404
    for target in ("/", "/trang-chu/trang-2"):
        assert last not in fetch(server, target)[1]


def test_tag_and_archive_lists(server):
    _, body, _ = fetch(server, "/nhan/hoc-sinh-gioi")
    assert "Hiển thị các bài đăng có nhãn" in body
    tagged = [s for s in portal.STORIES if "hoc-sinh-gioi" in s.opts["tags"]]
    assert body.count('class="post hentry"') == len(tagged)
    _, body, _ = fetch(server, "/luu-tru/2026-11")
    assert body.count('class="post hentry"') == 7
    _, home, _ = fetch(server, "/")
    assert "tháng 11</a> <span class=\"post-count\" dir=\"ltr\">(7)</span>" in home
    assert "Số lượt xem trang:" in home and "Đang online:" in home
    assert "Bài đăng phổ biến" in home


def test_comment_permalinks_serve_the_same_post(server):
    with_alts = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(with_alts) >= 2
    for g in with_alts:
        _, body, _ = fetch(server, g["path"])
        assert f"{len(g['alt_paths'])} nhận xét:" in body
        for alt in g["alt_paths"]:
            assert f'href="{_html.escape(alt)}#c' in body
            status, dup, _ = fetch(server, alt)
            assert status == 200 and dup == body
    assert fetch(server, portal.GOLD[0]["path"] + "?m=1")[0] == 404


def test_bylines_and_captions_as_printed(server):
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1198]))
    assert "Tin: Nguyễn Thị Hằng - Ảnh: Y Ngọc" in body and 'class="tr-caption"' in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1203]))
    assert "<i>H'Luyến Niê (Trường TH Nguyễn Trãi)</i>" in body and "Đăng bởi" in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1194]))
    assert '<div style="text-align: center;"><span style="font-size: x-small;">Quang cảnh Lễ' in body
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[1188]))
    assert "<br />" in post_body_html(body)
    for sid in (1205, 1196, 1181):
        _, body, _ = fetch(server, portal.post_path(portal.BY_ID[sid]))
        assert '<iframe allow="autoplay"' in body and "drive.google.com" in body


def test_static_pages_and_unknown_paths(server):
    for path in ("/trang/gioi-thieu", "/trang/lien-he"):
        status, body, _ = fetch(server, path)
        assert status == 200 and "đăng lúc" not in body and "Đăng bởi" not in body
    assert fetch(server, "/bai-viet/1198/sai-duong-dan")[0] == 404
    assert fetch(server, "/bai-viet/9999/khong-co")[0] == 404
    assert fetch(server, "/nhan/khong-co")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co/trang-1")[0] == 404
