"""Self-checks of the WordPress infinite-scroll THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import relnext_inline_related_thcs as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".xlsx")
BOX_HEADINGS = ("ĐỌC THÊM", "Tin liên quan", "Có thể bạn quan tâm", "Xem thêm:")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str, rel_links: bool = True) -> list[str]:
    """Same-host targets of <a href> (and, with ``rel_links``, <link rel="next|prev">)."""
    found = re.findall(r'<a\s[^>]*?href="([^"]+)"', body)
    if rel_links:
        found += re.findall(r'<link rel="(?:next|prev)" href="([^"]+)"', body)
    out = []
    for href in found:
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href.split("#")[0])
    return out


def walk(server: PortalServer, rel_links: bool = True, limit: int = 400) -> set[str]:
    seen, queue = {portal.START_PATH}, deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body, rel_links):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def page_text(markup: str) -> str:
    markup = re.sub(r"<(br|/p|/li|/h\d|/tr|/td|/th|/div|/figcaption)\b[^>]*>", " \n ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", markup)))


def content_of(body: str) -> str:
    return body.split('<div class="entry-content clearfix">', 1)[1].split('<p class="last-updated">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/2026/\d{2}/[a-z0-9-]+/", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/wp-content/uploads/2026/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT") and not name.startswith(("ThS.", "Cô "))
            assert "(" not in name and " - " not in name and " – " not in name
        for heading in BOX_HEADINGS:
            assert heading not in g["body"], (g["path"], heading)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for g in portal.GOLD if not g["authors"] and not g["photographers"]) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="entry-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    y, m, d = gold["published_at"].split("-")
    assert f"Ngày {d}/{m}/{y}</span>" in body
    assert "Cập nhật lần cuối: " in body and portal.HEADER_DATE in body
    assert "BÀI VIẾT CÙNG CHUYÊN MỤC" in body
    crumbs = body.split('id="breadcrumbs"', 1)[1].split("</div>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a> » <span class=\"breadcrumb_last\"" in crumbs
    shown = page_text(content_of(body))
    full = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in (shown if para != gold["summary"] else full), (gold["path"], cell)
    content = content_of(body)
    for img in gold["images"]:
        assert f'src="{server.base_url}{img["path"]}"' in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
    for name in gold["authors"] + gold["photographers"]:
        assert _html.escape(name) in content


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="posted-on"><i class="fa fa-calendar-o"></i> Ngày' not in body, path
        assert "article:published_time" not in body, path


def test_walk_with_rel_next_reaches_every_article(server):
    seen = walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_deep_posts_only_behind_rel_next(server):
    seen = walk(server, rel_links=False)
    deep = {portal.permalink(portal.BY_SLUG[s]) for s in portal.DEEP_ONLY}
    assert len(deep) >= 3
    assert not deep & seen
    assert not any("/page/" in t for t in seen)
    # nothing but Tin tức page 2 / 3 links them
    for target in seen:
        status, body, _ = fetch(server, target)
        if status == 200:
            for path in deep:
                assert path not in body, (target, path)
    for path in deep:
        hits = [p for p in ("/chuyen-muc/tin-tuc/page/2/", "/chuyen-muc/tin-tuc/page/3/") if path in fetch(server, p)[1]]
        assert len(hits) == 1, path


def test_archive_pagination_is_only_in_the_head(server):
    base = server.base_url
    arch = "/chuyen-muc/tin-tuc/"
    _, p1, _ = fetch(server, arch)
    assert f'<link rel="next" href="{base}{arch}page/2/">' in p1 and 'rel="prev"' not in p1
    _, p2, _ = fetch(server, arch + "page/2/")
    assert f'<link rel="prev" href="{base}{arch}">' in p2
    assert f'<link rel="next" href="{base}{arch}page/3/">' in p2
    status, p3, _ = fetch(server, arch + "page/3/")
    assert status == 200 and f'<link rel="prev" href="{base}{arch}page/2/">' in p3
    assert 'rel="next"' not in p3
    for page in (p1, p2, p3):
        assert not re.search(r'<a [^>]*href="[^"]*/page/\d', page)
        assert "Trang sau" not in page and "Xem thêm</" not in page
    assert p1.count('class="archive-item') == 5 and p2.count('class="archive-item') == 5
    assert p3.count('class="archive-item') == 2
    assert fetch(server, arch + "page/4/")[0] == 404
    assert fetch(server, arch + "page/1/")[0] == 404
    _, one, _ = fetch(server, "/chuyen-muc/thong-bao/")
    assert 'rel="next"' not in one
    # the parent's archive lists the child category's posts
    assert portal.permalink(portal.BY_SLUG[portal.S_B]) in p1


def test_inline_related_boxes_are_inside_the_text(server):
    kinds = set()
    for story in portal.STORIES:
        boxes = [b for b in story.blocks if isinstance(b, portal.Box)]
        if not boxes:
            continue
        _, body, _ = fetch(server, portal.permalink(story))
        content = content_of(body)
        for box in boxes:
            kinds.add(box.kind)
            assert _html.escape(box.heading.strip()) in content
            for target in box.targets:
                assert portal.permalink(portal.BY_SLUG[target]) in content
            # the text goes on after the box
            after = content.split(_html.escape(box.heading.strip()), 1)[1]
            assert "text-align: justify" in after or "<li>" in after or "<h3>" in after
    assert kinds == {"xemthem", "docthem", "quantam", "lienquan", "lienquan-thumb"}
    assert sum(1 for s in portal.STORIES if any(isinstance(b, portal.Box) for b in s.blocks)) >= 8


def test_sentence_with_link_is_body(server):
    gold = next(g for g in portal.GOLD if g["path"] == portal.permalink(portal.BY_SLUG[portal.S_E]))
    assert "Như đã đưa tin trong bài Khai giảng năm học mới, nhà trường" in gold["body"]
    _, body, _ = fetch(server, gold["path"])
    target = portal.permalink(portal.BY_SLUG[portal.S_N])
    assert f'bài <a href="{target}">Khai giảng năm học mới</a>, nhà trường' in body
    assert len(gold["images"]) == 5
    assert body.count('<figure class="tiled-gallery__item">') == 4
    assert body.count('<figcaption class="tiled-gallery__caption">') == 4
    assert '<div class="entry-excerpt"><p>' in body


def test_bylines_and_credits(server):
    by_slug = {g["path"]: g for g in portal.GOLD}

    def gold(slug):
        return by_slug[portal.permalink(portal.BY_SLUG[slug])]

    assert gold(portal.S_E)["authors"] == ["Nguyễn Thị Mỹ Linh"]
    assert gold(portal.S_E)["photographers"] == ["Trần Văn Hậu"]
    assert gold(portal.S_B)["authors"] == ["Liên đội THCS Lý Tự Trọng"]
    assert gold(portal.S_C)["authors"] == ["Đặng Thu Hà"]
    assert gold(portal.S_F)["authors"] == [] and "<strong>BBT</strong>" in fetch(server, gold(portal.S_F)["path"])[1]
    assert gold(portal.S_A)["authors"] == []
    assert gold(portal.S_I)["source"] == "Báo Khánh Hòa"


def test_redirects(server):
    story = portal.BY_SLUG[portal.S_D]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == server.base_url + portal.permalink(story)
    status, _, headers = fetch(server, portal.permalink(story).rstrip("/"))
    assert status == 301 and headers["Location"].endswith(portal.permalink(story))
    assert fetch(server, "/?p=9999")[0] == 404
    assert fetch(server, "/2026/10/" + portal.S_D + "/")[0] == 404
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404


def test_static_pages_have_no_date(server):
    for path in ("/gioi-thieu/", "/lien-he/", "/thoi-khoa-bieu/"):
        status, body, _ = fetch(server, path)
        assert status == 200 and 'class="entry-title"' in body
        assert "Ngày " not in body.split('id="breadcrumbs"', 1)[1].split('id="secondary"', 1)[0]
