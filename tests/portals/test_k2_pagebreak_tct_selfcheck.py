"""Self-checks of the Joomla + K2 (page breaks) fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import k2_pagebreak_tct as portal
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
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(body: str) -> str:
    """The page's text as a reader sees it, collapsed."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def full_text_of(body: str) -> str:
    return body.split('<div class="itemFullText">', 1)[1].split('<div class="itemExtraFields">')[0].split(
        '<div class="clr"></div>'
    )[0]


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


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def story_of(gold: dict):
    return next(s for s in portal.STORIES if portal.item_path(s) == gold["path"])


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Quản trị viên", "Internet")
            assert not name.startswith(("ThS.", "TS.", "Tin", "Ảnh")) and " - " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 3
    assert len(portal.PAGED) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-1][:40])
def test_gold_page_prints_its_fields(server, gold):
    story = story_of(gold)
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 class="itemTitle">{_html.escape(gold["title"])}</h2>' in body
    assert f'<link href="{server.base_url}{gold["canonical_path"]}" rel="canonical" />' in body
    assert portal.TODAY in body
    assert f'<span class="itemDateCreated">{portal.lc2(portal._when(story))}</span>' in body
    assert gold["published_at"][11:16] in portal.lc2(portal._when(story))
    # breadcrumb: Trang chủ » Tin tức » <category> » title
    crumbs = re.findall(r'class="pathway">([^<]+)</a>', body)
    assert crumbs[-1] == _html.escape(gold["category"])
    # every paragraph over all pages of the item
    pages = [body] + [
        fetch(server, f"{gold['path']}?limitstart={k}")[1] for k in range(1, len(portal.pages_of(story)))
    ]
    text = " ".join(shown(p.split('id="k2Container"')[1].split('class="itemLinks"')[0]) for p in pages)
    for para in gold["body"].split("\n\n"):
        assert " ".join(para.split(" | ")) in text, para[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body + " ".join(pages)
        if img["caption"]:
            assert _html.escape(img["caption"]) in " ".join(pages)
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-1][:40])
def test_alt_paths_serve_the_same_item(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<h2 class="itemTitle">{_html.escape(gold["title"])}</h2>' in body, alt
        assert f'href="{server.base_url}{gold["path"]}" rel="canonical"' in body, alt
    # the print twin and showall hold the whole text
    for whole in [a for a in gold["alt_paths"] if "print=1" in a or "showall=1" in a]:
        text = shown(fetch(server, whole)[1])
        for para in gold["body"].split("\n\n"):
            assert " ".join(para.split(" | ")) in text, (whole, para[:60])
    _, print_body, _ = fetch(server, portal.print_path(story_of(gold)))
    assert "window.print()" in print_body and 'class="itemComments"' not in print_body


def test_non_articles_answer(server):
    gold_titles = {g["title"] for g in portal.GOLD}
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        title = re.search(r'<h2 class="itemTitle">([^<]+)</h2>', body)
        assert not title or _html.unescape(title.group(1)) not in gold_titles


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen or _html.unescape(path) in seen, path
    for story in portal.PAGED:
        assert portal.item_path(story) + "?limitstart=1" in seen
        assert portal.item_path(story) + "?showall=1" in seen


def test_page_breaks(server):
    for story in portal.PAGED:
        parts = portal.pages_of(story)
        n = len(parts)
        base = portal.item_path(story)
        bodies = [fetch(server, base if k == 0 else f"{base}?limitstart={k}")[1] for k in range(n)]
        for k, body in enumerate(bodies):
            assert f'<div class="pagenavcounter">Trang {k + 1} / {n}</div>' in body
            assert "<h3>Mục lục bài viết</h3>" in body and ">Tất cả các trang</a>" in body
            for j in range(n):
                assert f"Phần {j + 1}</a>" in body
            # the main image block is printed on every page, the lead only on page 1
            assert (portal.main_image(story) in body) == portal.has_image(story)
            assert ('class="itemIntroText"' in body) == bool(story.summary and k == 0)
            own = shown(full_text_of(body))
            for j, part in enumerate(parts):
                first = next(b.text for b in part if isinstance(b, portal.P))
                assert (collapse(first) in own) == (j == k), (story.slug, k, j)
            if k < n - 1:
                assert f'href="{base}?limitstart={k + 1}" rel="next">Tiếp' in body
            if k > 0:
                assert f'href="{base}?limitstart={k - 1}" rel="prev">&laquo; Trước' in body
        assert fetch(server, f"{base}?limitstart=0")[1].count("Trang 1 / ") == 1
        assert fetch(server, f"{base}?limitstart={n}")[0] == 404
        showall = fetch(server, f"{base}?showall=1")[1]
        assert "pagenavcounter" not in showall and "Mục lục bài viết" in showall
    # unpaged items have no page break machinery
    single = portal.STORIES[0]
    assert "pagenavcounter" not in fetch(server, portal.item_path(single))[1]
    assert fetch(server, portal.item_path(single) + "?limitstart=1")[0] == 404


def test_signature_only_on_last_page(server):
    story = portal.BY_ID[222]
    base = portal.item_path(story)
    assert "ThS. Đỗ Thị Hồng Nhung" not in fetch(server, base)[1]
    last = fetch(server, f"{base}?limitstart=2")[1]
    assert '<strong>ThS. Đỗ Thị Hồng Nhung</strong>' in last
    assert "Viết bởi <a" in last and ">Nguyễn Văn Khánh</a>" in last
    assert portal.GOLD[portal.STORIES.index(story)]["authors"] == ["Đỗ Thị Hồng Nhung"]


def test_k2_fields(server):
    body = fetch(server, portal.item_path(portal.BY_ID[229]))[1]
    assert '<span class="itemExtraFieldsLabel">Tác giả:</span> <span class="itemExtraFieldsValue">ThS. Phạm Thị Thu Hà</span>' in body
    assert '<span class="itemExtraFieldsValue">Khoa Lý luận cơ sở</span>' in body
    assert '<span class="itemExtraFieldsValue">Tạp chí Lý luận chính trị</span>' in body
    assert '<span class="itemImageCredits">Ảnh: Internet</span>' in body
    assert "Sửa lần cuối vào Thứ hai, 30 Tháng 11 2026 09:12" in body
    assert "★★★★☆ (5 phiếu)" in body
    body = fetch(server, portal.item_path(portal.BY_ID[228]))[1]
    assert '<span class="itemImageCaption">Các thế hệ nhà giáo' in body
    assert '<span class="itemImageCredits">Ảnh: Đức Minh</span>' in body
    assert "Viết bởi <a" in body and ">Nguyễn Văn Khánh</a>" in body
    body = fetch(server, portal.item_path(portal.BY_ID[231]))[1]
    assert ">Quản trị viên</a></span>" in body and "Tin, ảnh: Đức Minh" in body
    # the spec's example date: Thursday 19 November 2026, 08:30
    body = fetch(server, portal.item_path(portal.BY_ID[227]))[1]
    assert '<span class="itemDateCreated">Thứ năm, 19 Tháng 11 2026 08:30</span>' in body
    assert "Kết quả, Ban tổ chức trao:<br />" in body and "&#" in body
    assert "<h3>Thêm trong mục này</h3>" in body and "&laquo; Bài trước" in body


def test_component_route_is_the_same_item(server):
    story = portal.BY_ID[225]
    status, body, _ = fetch(server, portal.k2_path(story))
    assert status == 200 and "Trang 1 / 2" in body
    assert f'href="{server.base_url}{portal.item_path(story)}" rel="canonical"' in body
    _, home, _ = fetch(server, "/")
    assert "/component/k2/item/" in home


def test_listing_pagination(server):
    news = portal.cat_path("tin-tuc")
    oldest = portal.item_path(portal.BY_ID[219])
    bodies = {}
    for start in (0, 6, 12):
        status, body, _ = fetch(server, news if start == 0 else f"{news}?start={start}")
        assert status == 200 and 'class="k2Pagination"' in body
        bodies[start] = body
    for label in ("Đầu", "« Trước", "Tiếp »", "Cuối"):
        assert f">{label}</a></li>" in bodies[6]
    assert f'href="{news}?start=6"' in bodies[0] and f'href="{news}?start=12"' in bodies[0]
    assert "Trang 1 của 3" in bodies[0] and "Trang 3 của 3" in bodies[12]
    _, home, _ = fetch(server, "/")
    for text in (bodies[0], bodies[6], home):
        assert f'href="{oldest}"' not in text
    assert f'href="{oldest}"' in bodies[12]
    assert bodies[12].count('class="catItemView') == 1
    assert fetch(server, f"{news}?start=18")[0] == 404
    activity = portal.cat_path("tin-hoat-dong")
    assert f'href="{oldest}"' in fetch(server, f"{activity}?start=6")[1]
    assert f'href="{oldest}"' not in fetch(server, activity)[1]


def test_listings_and_registers_are_not_items(server):
    for path in portal.NON_ARTICLES[2:5]:
        body = fetch(server, path)[1]
        assert 'class="itemListView"' in body and 'class="itemTitle"' not in body
        assert 'class="catItemTitle"' in body
    body = fetch(server, portal.LICH_GIANG_PATH)[1]
    assert "<table" in body and "itemDateCreated" in body and "Lịch giảng" in body
    body = fetch(server, "/gioi-thieu.html")[1]
    assert "itemDateCreated" not in body and 'class="item-page"' in body
    assert 'id="contact-form"' in fetch(server, "/lien-he.html")[1]


def test_unknown_pages_are_404(server):
    story = portal.STORIES[0]
    assert fetch(server, "/khong-co-trang-nay.html")[0] == 404
    assert fetch(server, f"/tin-tuc/item/{story.id}-sai-alias.html")[0] == 404
    assert fetch(server, portal.item_path(story) + "?start=6")[0] == 404
    assert fetch(server, "/tin-tuc/itemlist/category/9-khong-co.html")[0] == 404
