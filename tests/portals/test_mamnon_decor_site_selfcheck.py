"""Self-checks of the decorated kindergarten fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mamnon_decor_site as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".mp3")
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def article_html(body: str) -> str:
    return body.split('<div class="noi-dung-tin">', 1)[1].split('<div class="be-ngoan-tuan">', 1)[0]


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 200) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([start])
    found = {start}
    while queue and len(found) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        seen[target] = body
        for href in links(body):
            if href not in found:
                found.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/tin-tuc/[a-z0-9-]+-\d+\.html", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
            assert not EMOJI.search(value), (g["path"], value)
        paras = g["body"].split("\n\n")
        assert len(paras) >= 3, g["path"]
        if g["summary"]:
            assert paras[0] == g["summary"]
        assert g["category"] in portal.CATEGORIES.values()
        for im in g["images"]:
            assert set(im) == {"path", "caption"}
            assert im["path"].startswith("/upload/images/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "quantri", "BBT")
            assert "–" not in name and "ThS." not in name and "Lớp" not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    credits = {a for g in portal.GOLD for a in g["authors"]}
    assert {"Nguyễn Thị Hương", "BGH nhà trường", "Tổ Nuôi dưỡng", "Đỗ Thị Mai Anh"} <= credits


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    h1 = re.search(r'<h1 class="tieu-de-tin">(.*?)</h1>', body, re.S).group(1)
    # the words of the headline, once its GIF frame and the editor's emoji are set aside
    assert collapse(EMOJI.sub("", page_text(h1))) == gold["title"]
    y, m, d = gold["published_at"].split("-")
    assert f"Đăng ngày: {d}/{m}/{y}" in body
    assert portal.HEADER_TODAY in body
    crumb = re.search(r'<div class="duong-dan">(.*?)</div>', body).group(1)
    assert page_text(crumb).endswith(gold["category"])
    article = article_html(body)
    shown = page_text(article)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in order, one per <td>
            cells = re.findall(r"<td>(?:<strong>)?([^<]*)(?:</strong>)?</td>", article)
            assert all(c in cells for c in para.split(" | ")), para
        else:
            assert para in text, para
    if gold["summary"] and gold["summary"] not in shown:
        assert '<div class="mo-ta-ngan">' in body and gold["summary"] in text
    for im in gold["images"]:
        assert f'src="{im["path"]}" width="700"' in article
        # the element right after the photo's own <p>
        tail = page_text(article.split(im["path"], 1)[1].split("</p>", 2)[1])
        if im["caption"]:
            assert tail == im["caption"], (tail, im["caption"])
    assert len(re.findall(r'src="/upload/images/', article)) == len(gold["images"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Đăng ngày:" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_post_only_on_last_list_page(server):
    oldest = portal.post_path(portal.BY_ID[46])
    opening = portal.post_path(portal.BY_ID[47])
    seen = walk(server, portal.START_PATH)
    holders = sorted(t for t, body in seen.items() if f'href="{oldest}"' in body)
    assert holders == [portal.list_path("tin-tuc", 3)]
    holders = {t for t, body in seen.items() if f'href="{opening}"' in body}
    assert portal.list_path("tin-tuc", 2) in holders and "/" not in holders
    assert portal.list_path("tin-tuc", 1) not in holders


def test_pagination(server):
    _, p1, _ = fetch(server, portal.list_path("tin-tuc", 1))
    assert p1.count('class="tin-item"') == 6
    assert f'href="{portal.list_path("tin-tuc", 2)}"' in p1
    assert f'href="{portal.list_path("tin-tuc", 3)}"' in p1
    _, p3, _ = fetch(server, portal.list_path("tin-tuc", 3))
    assert p3.count('class="tin-item"') == 1
    assert fetch(server, portal.list_path("tin-tuc", 4))[0] == 404
    assert fetch(server, portal.list_path("tin-tuc", 0))[0] == 404
    _, sub, _ = fetch(server, portal.list_path("hoat-dong-cua-be", 1))
    assert sub.count('class="tin-item"') == 4 and 'class="phan-trang"' not in sub


def test_decoration_everywhere(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("-58.html"))
    _, body, _ = fetch(server, gold["path"])
    article = article_html(body)
    for deco in ("hoa.gif", "buom.gif", "ngoi-sao.gif", "duong-vien.png", "sticker-be-1.png"):
        assert deco in body, deco
    assert 'duong-vien.png" width="700" height="28"' in article
    assert 'sticker-be-1.png" width="60"' in article
    assert "font-family:'Comic Sans MS'" in article and "color:#ff00ff" in article
    assert '<audio autoplay="autoplay"' in body and "tuyet-roi.js" in body
    assert "🌸" in re.search(r'<h1 class="tieu-de-tin">(.*?)</h1>', body).group(1)
    assert "🎉" in article
    widget = body.split('<div class="be-ngoan-tuan">', 1)[1].split('<div class="tin-khac">', 1)[0]
    assert widget.count('width="80" height="80"') == 4 and "/upload/be-ngoan/" in widget
    # the widget sits in the article column, after the text
    assert body.index('class="be-ngoan-tuan"') < body.index('id="cot-phai"')
    for needle in ("Đang online", "Hôm nay", "Tổng truy cập", "Thăm dò ý kiến", "Tin xem nhiều"):
        assert needle in body


def test_song_and_poem_lines_are_br(server):
    for sid, first, second in (
        (56, "Sáng sáng bé đến lớp", "Cô đứng đón ở cổng"),
        (49, "Lá vàng rơi rơi", "Bay trên sân trường"),
    ):
        gold = next(g for g in portal.GOLD if g["path"].endswith(f"-{sid}.html"))
        paras = gold["body"].split("\n\n")
        assert paras[paras.index(first) + 1] == second
        assert len(paras) >= 12
        _, body, _ = fetch(server, gold["path"])
        assert re.search(
            re.escape(first) + r"</span><br />\s*<span[^>]*>" + re.escape(second), body
        )


def test_menu_table_rows(server):
    for sid in (57, 52):
        gold = next(g for g in portal.GOLD if g["path"].endswith(f"-{sid}.html"))
        paras = gold["body"].split("\n\n")
        assert "Thứ | Bữa sáng | Bữa trưa | Bữa chiều" in paras
        assert sum(p.startswith("Thứ ") and p.count(" | ") == 3 for p in paras) == 6
        _, body, _ = fetch(server, gold["path"])
        assert "<table" in article_html(body)


def test_wrong_slug_redirects_and_unknown_is_404(server):
    story = portal.BY_ID[58]
    status, _, headers = fetch(server, f"/tin-tuc/bai-viet-{story.id}.html")
    assert status == 301 and headers["Location"] == portal.post_path(story)
    assert fetch(server, "/tin-tuc/khong-co-999.html")[0] == 404
    assert fetch(server, "/danh-muc/khong-co/trang-1.html")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404 and fetch(server, "/sitemap.xml")[0] == 404
    assert fetch(server, "/upload/nhac/nhac-nen.mp3")[0] == 404
