"""Self-checks of the React + styled-components THPT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import parse_qs, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import react_styled_thpt as portal
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
SEMANTIC = ("<article", "<main", "<aside", "<nav", "<header", "<footer", "<time", ' id="')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The page's text as a reader sees it, collapsed."""
    markup = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


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


def deep_page(target: str) -> bool:
    trang = parse_qs(urlsplit(target).query).get("trang", ["1"])[0]
    return trang != "1"


def walk(server: PortalServer, starts: list[str], skip_deep: bool = False, limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if skip_deep and deep_page(href):
                continue
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
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/uploads/")
        for name in g["authors"] + g["photographers"]:
            assert "ThS" not in name  # (a club credited for its photos is printed as it signs: "CLB Nhiếp ảnh")
        for alt in g.get("alt_paths", []):
            assert alt == g["path"] + "?" + portal.READ_PARAM
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for g in portal.GOLD if "T" in g["published_at"]) >= 6
    assert sum(1 for g in portal.GOLD if "T" not in g["published_at"]) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    story = portal.BY_SLUG[gold["path"].rsplit("/", 1)[1]]
    assert re.search(r"<h1 class=\"sc-[A-Za-z]{6} [A-Za-z]{6}\">" + re.escape(_html.escape(gold["title"])) + "</h1>", body)
    assert portal.TODAY_LINE in body
    text = shown(body)
    for para in gold["body"].split("\n\n"):
        assert para in text, para[:60]
    # the date in the Intl short form, with "lúc HH:MM" exactly when the gold has a time
    y, m, d = (int(x) for x in gold["published_at"][:10].split("-"))
    printed = f"{d} thg {m}, {y}"
    if "T" in gold["published_at"]:
        printed += " lúc " + gold["published_at"][11:16]
    assert f">{printed}</span>" in body
    assert "lượt xem</span>" in body
    # breadcrumb and meta link name the category
    assert f'>{_html.escape(gold["category"])}</a>' in body
    if gold["summary"]:
        assert f'font-size:18px;font-weight:600;line-height:1.5;margin:12px 0">{_html.escape(gold["summary"])}</div>' in body
    else:
        assert "font-size:18px;font-weight:600" not in body
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert f'text-align:center;color:#555;font-size:14px">{_html.escape(img["caption"])}</div>' in body
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    assert "Thẻ:" in text and "Chia sẻ" in text and "Sao chép liên kết" in text
    assert "Đang truy cập: 12 - Tổng lượt truy cập: 356.789" in text
    assert "Phát triển bởi CLB Tin học LQĐ" in text
    assert (story.opts.get("no_heading") is True) == ("Bài viết khác" not in body)
    for tag in SEMANTIC:
        assert tag not in body, tag
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200 and alt_body == body


def test_every_class_is_a_styled_components_pair(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    classes = re.findall(r'class="([^"]+)"', body)
    assert len(classes) > 50
    for value in classes:
        assert re.fullmatch(r"sc-[A-Za-z]{6} [A-Za-z]{6}", value), value


def test_bylines_and_credits(server):
    def post(slug):
        return fetch(server, portal.post_path(slug))[1]

    assert "Bài: Nguyễn Văn Hùng | Ảnh: CLB Nhiếp ảnh" in post(portal.S_HOITHAO)
    assert "Bài: ThS. Lê Thị Thu Hà | Ảnh: Phan Minh Quân" in post(portal.S_TINHOC)
    assert "Bài, ảnh: Đoàn Minh Khôi" in post(portal.S_CNXANH)
    assert '<div style="text-align:right;font-weight:700">Trần Thị Mai Anh</div>' in post(portal.S_AOAM)
    assert '<p style="text-align:right;font-style:italic">Theo Báo Đà Nẵng</p>' in post(portal.S_KHKT)
    gold = {g["path"]: g for g in portal.GOLD}
    hoithao = gold[portal.post_path(portal.S_HOITHAO)]
    assert hoithao["authors"] == ["Nguyễn Văn Hùng"] and hoithao["photographers"] == ["CLB Nhiếp ảnh"]
    tinhoc = gold[portal.post_path(portal.S_TINHOC)]
    assert tinhoc["authors"] == ["Lê Thị Thu Hà"] and tinhoc["photographers"] == ["Phan Minh Quân"]
    assert gold[portal.post_path(portal.S_KHKT)]["source"] == "Báo Đà Nẵng"
    # a photo without a caption line, and a captioned one, on the same post
    caps = [i["caption"] for i in gold[portal.post_path(portal.S_HOAHOC)]["images"]]
    assert caps == [None, "Đội lớp 10A4 trong phần thi hùng biện"]


def test_related_grid_excerpts_are_other_posts(server):
    _, body, _ = fetch(server, portal.post_path(portal.S_NHAGIAO))
    grid = body.split("Bài viết khác", 1)[1]
    others = [s for s in portal.related(portal.BY_SLUG[portal.S_NHAGIAO])]
    assert len(others) == 3
    for other in others:
        assert _html.escape(portal.excerpt(other)) in grid
    # the excerpt of a post with a sapo is that sapo, word for word
    assert _html.escape(portal.BY_SLUG[portal.S_HOITHAO].summary) in grid
    assert re.search(r">(\d+ (ngày|tuần|tháng) trước|Hôm qua|Hôm nay)</span>", grid)
    # two posts print the grid straight after the share buttons, no heading
    bare = [s for s in portal.STORIES if s.opts.get("no_heading")]
    assert len(bare) == 2
    for story in bare:
        _, body, _ = fetch(server, portal.post_path(story.slug))
        after = body.split("Sao chép liên kết</button></div>", 1)[1]
        assert re.match(r"\s*</div>\s*<div class=\"sc-[A-Za-z]{6} [A-Za-z]{6}\"><div", after)
        assert "<h3" in after and "Bài viết khác" not in after


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "lượt xem</span>" not in body, path
        assert " thg " not in body, path
    _, body, _ = fetch(server, "/doi-ngu")
    assert body.count("<p>") == len(portal.TEACHERS) and "/uploads/2026/09/gv-1.jpg" in body
    _, body, _ = fetch(server, "/thoi-khoa-bieu")
    assert "<table" in body and body.count("<tr>") == len(portal.PERIODS) + 1
    _, body, _ = fetch(server, "/lien-he")
    assert '<form' in body and 'name="noiDung"' in body
    _, body, _ = fetch(server, "/gioi-thieu")
    assert "<h1" in body and all(_html.escape(p) in body for p in portal.INTRO)


def test_breadth_first_walk_reaches_every_article_and_non_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_post_only_on_listing_page_two(server):
    deep = portal.post_path(portal.S_BONGDA)
    shallow = walk(server, [portal.START_PATH], skip_deep=True)
    assert deep not in shallow
    for g in portal.GOLD:
        if g["path"] != deep:
            assert g["path"] in shallow, g["path"]
    status, body, _ = fetch(server, "/chuyen-muc/tin-tuc?trang=2")
    assert status == 200 and f'href="{deep}"' in body


def test_listing_pagination(server):
    status, page1, _ = fetch(server, "/chuyen-muc/tin-tuc")
    assert status == 200
    assert len(re.findall(r'<h3 class="[^"]+"><a class="[^"]+" href="/bai-viet/', page1)) == 6
    assert 'href="/chuyen-muc/tin-tuc?trang=2">2</a>' in page1
    assert 'href="/chuyen-muc/tin-tuc?trang=2">Sau</a>' in page1
    assert re.search(r'<a class="[^"]+">Trước</a>', page1)
    assert fetch(server, "/chuyen-muc/tin-tuc?trang=1")[1] == page1
    _, page2, _ = fetch(server, "/chuyen-muc/tin-tuc?trang=2")
    assert 'href="/chuyen-muc/tin-tuc?trang=1">Trước</a>' in page2
    assert re.search(r'<a class="[^"]+">Sau</a>', page2)
    assert fetch(server, "/chuyen-muc/tin-tuc?trang=3")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
    _, other, _ = fetch(server, "/chuyen-muc/doan-hoi")
    assert "Trước" not in other and "?trang=" not in other


def test_tag_and_search_pages_are_card_listings(server):
    status, body, _ = fetch(server, "/tag/doan-truong")
    assert status == 200 and "Thẻ: Đoàn trường" in body and "lượt xem" not in body
    assert body.count("/bai-viet/" + portal.S_DAIHOI + '"') >= 1
    status, body, _ = fetch(server, "/tim-kiem?q=thi")
    assert status == 200 and "Kết quả tìm kiếm: thi" in body
    hits = [s for s in portal.newest(portal.STORIES) if "thi" in portal._search_text(s)]
    assert len(hits) > 6 and 'href="/tim-kiem?q=thi&amp;trang=2"' in body
    assert portal.post_path(portal.S_BONGDA) not in body
    status, body, _ = fetch(server, "/tim-kiem?q=h%E1%BB%8Dc%20b%E1%BB%95ng")
    assert status == 200 and portal.S_HUONGNGHIEP in body


def test_tracking_parameter_serves_the_same_post(server):
    _, home, _ = fetch(server, "/")
    for slug in portal.MOST_READ:
        assert f'href="/bai-viet/{slug}?{portal.READ_PARAM}"' in home
    withs = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(withs) == len(portal.MOST_READ)


def test_unknown_pages_are_404(server):
    assert fetch(server, "/bai-viet/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/tag/khong-co")[0] == 404
    assert fetch(server, "/gioi-thieu/them")[0] == 404
    status, _, headers = fetch(server, "/static/js/main.8f3a2c.js")
    assert status == 200 and "javascript" in headers["Content-Type"]
