"""Self-checks of the AJAX-tabs PGD Pleiku fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ajax_tabs_home_pgd as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
INLINE_LOAD = "$('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat + '&page=1')"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown_text(body: str) -> str:
    """The page's text as a reader sees it: tags out, references decoded, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def href_links(body: str) -> list[str]:
    out = []
    for href in re.findall(r"""href=["']([^"']+)["']""", body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def site_js_template(server: PortalServer, body: str) -> tuple[str, str] | None:
    """The URL pieces of taiTrang(cat, page) read from the page's external scripts."""
    for src in re.findall(r"""<script[^>]+src=["']([^"']+)["']""", body):
        status, js, _ = fetch(server, src)
        if status != 200:
            continue
        m = re.search(
            r"function taiTrang\(cat, page\).*?\.load\('([^']*)' \+ cat \+ '([^']*)' \+ page\)", js, re.S
        )
        if m:
            return m.group(1), m.group(2)
    return None


def script_links(server: PortalServer, body: str, *, inline: bool, external: bool) -> list[str]:
    out = []
    if inline and INLINE_LOAD in body:
        cats = re.findall(r"var CAT_MAC_DINH = (\d+);", body) + re.findall(r"data-cat='(\d+)'", body)
        out += [f"/ajax/ds-tin.php?cat={c}&page=1" for c in cats]
    calls = re.findall(r"onclick='taiTrang\((\d+), (\d+)\)'", body)
    if external and calls:
        template = site_js_template(server, body) or site_js_template(
            server, fetch(server, "/")[1]
        )
        if template:
            out += [f"{template[0]}{c}{template[1]}{p}" for c, p in calls]
    return out


def walk(server: PortalServer, *, inline: bool = True, external: bool = True, limit: int = 300) -> set[str]:
    start = portal.START_PATH
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        found = href_links(body) + script_links(server, body, inline=inline, external=external)
        for href in found:
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/tin-tuc/chi-tiet/\d+/[a-z0-9-]+\.html", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        assert g["published_at"] <= "2026-12-04"
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["caption"] is None or not img["caption"].startswith(("(", "Ảnh:"))
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.", "Tin", "Ảnh"))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    by_path = {g["path"]: g for g in portal.GOLD}
    hlim = by_path[portal.article_path(portal.BY_ID[1481])]
    assert hlim["authors"] == ["Rơ Mah Hlim"] and hlim["photographers"] == []
    unit = by_path[portal.article_path(portal.BY_ID[1484])]
    assert unit["authors"] == ["Tổ Ngữ văn"]
    assert by_path[portal.article_path(portal.BY_ID[1476])]["authors"] == ["Phòng GD&ĐT"]
    assert by_path[portal.article_path(portal.BY_ID[1457])]["authors"] == []
    assert by_path[portal.article_path(portal.BY_ID[1465])]["authors"] == ["Phạm Minh Tuấn"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert f'<h1 class="tieu-de">{_html.escape(gold["title"])}</h1>' in body
    y, m, d = gold["published_at"].split("-")
    assert re.search(rf"Ngày đăng: {d}/{m}/{y} \| Lượt xem: \d+", body)
    assert portal.HEADER_DATE in body
    crumb = body.split('<div class="breadcrumb">', 1)[1].split("</div>", 1)[0]
    assert crumb.rstrip().endswith(f">{_html.escape(gold['category'])}</a>")
    article = body.split('<div class="chi-tiet">', 1)[1].split('<div class="cong-cu">', 1)[0]
    text = shown_text(article)
    assert collapse(gold["title"]) in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    if gold["summary"]:
        story = portal.BY_ID[int(gold["path"].split("/")[3])]
        if story.sapo_outside:
            assert f'<div class="tom-tat"><strong>{_html.escape(gold["summary"], quote=False)}' in body
        else:
            assert f"<strong>{_html.escape(gold['summary'], quote=False)}</strong></p>" in article
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert img["caption"] in text
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body, path
        assert 'class="noi-dung"' not in body, path
    status, body, _ = fetch(server, portal.ajax_path(2, 2))
    assert "<html" not in body and body.count("<li class='tin'>") == 3


def test_js_aware_walk_reaches_every_article(server):
    seen = walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_href_only_walk_misses_the_ajax_lists(server):
    seen = walk(server, inline=False, external=False)
    hidden = [portal.article_path(portal.BY_ID[i]) for i in portal.AJAX_ONLY + portal.INLINE_ONLY]
    for path in hidden:
        assert path not in seen, path
    assert not any(t.startswith("/ajax/") for t in seen)
    reached = [g["path"] for g in portal.GOLD if g["path"] in seen]
    assert len(reached) == len(portal.GOLD) - len(hidden)


def test_inline_script_alone_gives_page_one_only(server):
    seen = walk(server, inline=True, external=False)
    for i in portal.INLINE_ONLY:
        assert portal.article_path(portal.BY_ID[i]) in seen
    for i in portal.AJAX_ONLY:
        assert portal.article_path(portal.BY_ID[i]) not in seen, i
    assert not any(t.startswith("/ajax/") and not t.endswith("page=1") for t in seen)
    assert len(portal.AJAX_ONLY) >= 4


def test_home_and_category_are_shells(server):
    status, body, _ = fetch(server, "/")
    assert status == 200
    assert "var CAT_MAC_DINH = 2;" in body and INLINE_LOAD in body
    assert "<div id='ds-tin'></div>" in body
    for cid, (_slug, name) in portal.CATS.items():
        assert f"data-cat='{cid}'>{_html.escape(name)}</li>" in body
    content = body.split('<div id="content">', 1)[1].split('<div id="sidebar">', 1)[0]
    assert "/tin-tuc/chi-tiet/" not in content
    sidebar = body.split('<div id="sidebar">', 1)[1]
    linked = re.findall(r'href="(/tin-tuc/chi-tiet/[^"]+)"', sidebar)
    assert linked == [portal.article_path(s) for s in portal.newest(portal.STORIES)[:5]]
    for cid in portal.CATS:
        status, body, _ = fetch(server, portal.cat_path(cid))
        assert status == 200 and f"var CAT_MAC_DINH = {cid};" in body
        content = body.split('<div id="content">', 1)[1].split('<div id="sidebar">', 1)[0]
        assert "/tin-tuc/chi-tiet/" not in content and "<div id='ds-tin'></div>" in content


def test_site_js_and_ajax_pager(server):
    status, js, headers = fetch(server, "/js/site.js")
    assert status == 200 and "javascript" in headers["Content-Type"]
    assert "$('#ds-tin').load('/ajax/ds-tin.php?cat=' + cat + '&page=' + page)" in js
    status, frag, _ = fetch(server, portal.ajax_path(2, 1))
    assert status == 200 and "<html" not in frag and "<body" not in frag
    assert "onclick='taiTrang(2, 2)'>2</a>" in frag and "onclick='taiTrang(2, 3)'>3</a>" in frag
    assert "onclick='taiTrang(2, 2)'>Trang sau</a>" in frag
    assert "href='javascript:void(0)'" in frag
    _, page3, _ = fetch(server, portal.ajax_path(2, 3))
    for i in (1449, 1441):
        assert portal.article_path(portal.BY_ID[i]) in page3
    assert "Trang sau" not in page3 and "onclick='taiTrang(2, 2)'>Trang trước</a>" in page3
    _, page2, _ = fetch(server, portal.ajax_path(2, 2))
    for i in (1462, 1457):
        assert portal.article_path(portal.BY_ID[i]) in page2
    assert "(30/10/2026)" in page2
    _, empty, _ = fetch(server, portal.ajax_path(2, 4))
    assert "Không có tin nào" in empty and "/tin-tuc/chi-tiet/" not in empty
    _, single, _ = fetch(server, portal.ajax_path(5, 1))
    assert "taiTrang" not in single and single.count("<li class='tin'>") == 2


def test_related_lists_show_four_newest_of_the_category(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(story))
        box = body.split('<div class="tin-khac">', 1)[1].split("</div>", 1)[0]
        linked = re.findall(r'href="([^"]+)"', box)
        want = [
            portal.article_path(s)
            for s in portal.in_cat(portal.CAT_ID[story.cat])[:4]
            if s is not story
        ]
        assert linked == want


def test_wrong_slug_redirects_and_no_sitemap(server):
    story = portal.BY_ID[1462]
    status, _, headers = fetch(server, f"/tin-tuc/chi-tiet/{story.id}/tin-cu.html")
    assert status == 301 and headers["Location"] == portal.article_path(story)
    assert fetch(server, "/tin-tuc/chi-tiet/9999/khong-co.html")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404
    status, _, headers = fetch(server, "/index.php")
    assert status == 301 and headers["Location"] == "/"


def test_caption_and_byline_forms(server):
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1484]))
    assert "<em>(Ảnh: Tiết dạy minh họa của cô Trần Thị Hồng Nhung với học sinh lớp 8A3)</em>" in body
    assert "<strong>Tổ Ngữ văn - Trường THCS Nguyễn Du</strong>" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1481]))
    assert "<strong>Tin: Rơ Mah Hlim</strong>" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1457]))
    assert "<strong>BBT</strong>" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1476]))
    assert "<strong>Phòng GD&amp;ĐT</strong>" in body and "<br>\n<i>" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1449]))
    assert "<em>Ảnh: Internet</em>" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[1478]))
    assert "<br>\nThí sinh có mặt" in body and "<th>Môn thi</th>" in body
