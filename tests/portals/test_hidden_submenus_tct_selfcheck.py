"""Self-checks of the hidden-submenus vendor .NET fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hidden_submenus_tct as portal
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
HIDDEN = [
    re.compile(r'<ul class="submenu" style="display:none">.*?</ul>', re.S),
    re.compile(r'<div class="dropdown-panel" hidden>.*?</div></div>', re.S),
    re.compile(r'<nav class="mobile-nav d-lg-none">.*?</nav>', re.S),
]
#: posts behind the hidden menus: leaf 5 page 1 and 2, leaf 9 page 3
BEHIND = {88, 85, 80}


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
        out.append(href)
    return out


def strip_hidden(body: str) -> str:
    for pattern in HIDDEN:
        body = pattern.sub("", body)
    return body


def walk(server: PortalServer, visible_only: bool = False, limit: int = 400) -> set[str]:
    seen, queue = {portal.START_PATH}, deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        if visible_only:
            body = strip_hidden(body)
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(body: str) -> str:
    body = re.sub(r"<br\s*/?>", "\n", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/Home/ChiTiet/\d+\?title=[a-z0-9-]+", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g[
            "path"
        ]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 8, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT")
            assert "." not in name and " - " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("?")[0])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 class="tieu-de-bai">{_html.escape(gold["title"])}</h2>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    date = gold["published_at"]
    printed = f"{date[8:10]}/{date[5:7]}/{date[:4]}" + (f" {date[11:16]}" if "T" in date else "")
    assert f"Ngày đăng: {printed}</span>" in body
    assert portal.TODAY in body
    crumb = body.split('<ol class="breadcrumb">', 1)[1].split("</ol>", 1)[0]
    assert crumb.endswith(
        f'<li class="breadcrumb-item active">{_html.escape(gold["category"])}</li>'
    )
    content = body.split('<div class="noi-dung">', 1)[1].split('<div class="cong-cu">', 1)[0]
    shown = shown_text(content)
    for para in gold["body"].split("\n\n"):
        if para == gold["summary"]:
            tom_tat = body.split('<div class="tom-tat">', 1)
            assert para in shown or (len(tom_tat) == 2 and para in shown_text(tom_tat[1][:2000]))
        elif " | " in para:
            cells = para.split(" | ")
            assert "".join(f">{_html.escape(c)}</t" for c in cells[:1]) in content
            assert all(c in shown for c in cells)
        else:
            assert para in shown, para[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in body
    if gold["source"]:
        assert gold["source"] in body


def test_alt_paths_serve_the_same_article(server):
    with_alt = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(with_alt) == 4
    _, home, _ = fetch(server, "/")
    for g in with_alt:
        for alt in g["alt_paths"]:
            assert f'href="{alt}"' in home
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert f'<h2 class="tieu-de-bai">{_html.escape(g["title"])}</h2>' in body
            assert f'href="{server.base_url}{g["canonical_path"]}"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tieu-de-bai"' not in body and "Ngày đăng:" not in body, path


def test_walk_reaches_every_article_only_through_hidden_menus(server):
    seen = walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    visible = walk(server, visible_only=True)
    for g in portal.GOLD:
        sid = int(g["path"].split("/")[3].split("?")[0])
        assert (g["path"] in visible) == (sid not in BEHIND), g["path"]
    assert "/Home/DanhMuc/5" not in visible and "/Home/DanhMuc/9" not in visible
    assert "/Home/DanhMuc/6" in visible and "/Home/DanhMuc/7" in visible


def test_menus_hide_the_leaves(server):
    _, body, _ = fetch(server, "/")
    menu = body.split('<ul class="mega-menu main-nav">', 1)[1].split("</nav>", 1)[0]
    tops = re.findall(
        r'<li class="has-sub"><a href="([^"]+)">([^<]+)</a><ul class="submenu" style="display:none">',
        menu,
    )
    assert tops == [
        ("/Home/DanhMuc/1", "Tin tức"),
        ("/Home/DanhMuc/2", "Đào tạo"),
        ("/Home/DanhMuc/3", "Nghiên cứu khoa học"),
    ]
    panel = body.split('<div class="dropdown-panel" hidden>', 1)[1].split("</div></div></li>", 1)[0]
    for leaf in portal.LEAVES:
        assert f'href="/Home/DanhMuc/{leaf}?trang=1"' in panel
    mobile = body.split('<nav class="mobile-nav d-lg-none">', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/Home/DanhMuc/5">» Tin trong trường</a>' in mobile
    assert '<a href="/Home/DanhMuc/9">» Thông tin tư liệu</a>' in mobile


def test_parent_pages_show_boxes_without_pager(server):
    status, body, _ = fetch(server, "/Home/DanhMuc/1")
    assert status == 200 and 'class="pagination"' not in body
    assert body.count('<div class="cat-box">') == 2
    assert 'href="/Home/DanhMuc/6">Xem tất cả' in body
    assert 'class="see-all" href="/Home/DanhMuc/5"' not in body
    box = body.split("<h3>Tin trong trường</h3>", 1)[1].split('<div class="cat-box">', 1)[0]
    assert box.count('class="news-title"') == 3
    _, body, _ = fetch(server, "/Home/DanhMuc/3")
    assert 'href="/Home/DanhMuc/8">Xem tất cả' in body
    assert 'class="see-all" href="/Home/DanhMuc/9"' not in body
    _, body, _ = fetch(server, "/Home/DanhMuc/2")
    assert 'href="/Home/DanhMuc/7">Xem tất cả' in body
    assert fetch(server, "/Home/DanhMuc/4")[0] == 404


def test_leaf_pagination(server):
    _, p1, _ = fetch(server, "/Home/DanhMuc/5")
    assert p1 == fetch(server, "/Home/DanhMuc/5?trang=1")[1]
    assert "« Đầu" in p1 and "Cuối »" in p1 and 'href="/Home/DanhMuc/5?trang=2">2</a>' in p1
    assert "/Home/ChiTiet/88?" in p1 and "/Home/ChiTiet/85?" not in p1
    _, p2, _ = fetch(server, "/Home/DanhMuc/5?trang=2")
    assert "/Home/ChiTiet/85?" in p2 and 'class="prev"' in p2
    assert fetch(server, "/Home/DanhMuc/5?trang=3")[0] == 404
    pages = [fetch(server, f"/Home/DanhMuc/9?trang={n}")[1] for n in (1, 2, 3)]
    assert all(p.count('class="list-item"') == c for p, c in zip(pages, (5, 5, 1), strict=True))
    assert "›" in pages[0] and "‹" in pages[2]
    assert "/Home/ChiTiet/80?" in pages[2]
    assert all("/Home/ChiTiet/80?" not in p for p in pages[:2])
    assert "/Home/VanBan/" in pages[0]


def test_behind_posts_only_on_leaf_pages(server):
    pages = ["/", "/Home/DanhMuc/1", "/Home/DanhMuc/2", "/Home/DanhMuc/3"]
    pages += [g["path"] for g in portal.GOLD]
    for target in pages:
        _, body, _ = fetch(server, target)
        for sid in BEHIND:
            assert f'href="/Home/ChiTiet/{sid}?' not in body, (target, sid)


def test_chrome_and_documents(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "Thứ Sáu, ngày 04/12/2026" in body
    assert "Đang online" in body and "Hôm nay" in body and "Tổng truy cập" in body
    assert "Các tin khác" in body and "In bài" in body
    doc = portal.NON_ARTICLES[-1]
    status, body, _ = fetch(server, doc)
    assert status == 200 and "Số ký hiệu" in body and "Ngày ban hành" in body
    pdf = re.search(r'href="(/Uploads/files/[^"]+\.pdf)"', body).group(1)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert fetch(server, "/Home/ChiTiet/9999")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404


def test_br_lines_share_one_paragraph(server):
    for sid, first, second in (
        (88, "Kết quả học tập:", "Học viên Hoàng Văn Lợi"),
        (100, "Địa điểm: Hội trường", "Thời gian: sáng"),
    ):
        _, body, _ = fetch(server, f"/Home/ChiTiet/{sid}")
        assert re.search(re.escape(first) + r"[^<]*<br />\n" + re.escape(second), body)
        gold = next(g for g in portal.GOLD if g["path"].startswith(f"/Home/ChiTiet/{sid}?"))
        assert any(p.startswith(first) for p in gold["body"].split("\n\n"))
        assert any(p.startswith(second) for p in gold["body"].split("\n\n"))
