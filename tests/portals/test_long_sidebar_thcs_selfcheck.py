"""Self-checks of the long_sidebar_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import long_sidebar_thcs as portal
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
BY_PATH = {portal.article_path(s): s for s in portal.STORIES}


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


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(fragment: str) -> str:
    """The collapsed text of a piece of markup, as a reader sees it."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def between(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def side_column(body: str) -> tuple[str, str]:
    """The side column's class and its markup."""
    m = re.search(r'<aside class="col-md-4 (khung-trai|khung-phai)">(.*?)</aside>', body, re.S)
    assert m, "no side column"
    return m.group(1), m.group(2)


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"/tin-tuc/[a-z0-9-]+-\d+\.html", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or ""):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.normalize("NFC", name) == name
            assert name not in ("BBT", "admin", "Ban biên tập")
            assert not name.startswith(("ThS.", "Tổng phụ trách"))
            assert " - " not in name
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/Uploads/")
        n = len(g["body"].split("\n\n"))
        assert 1 <= n <= 20
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # several short posts (one or two sentences) and several long ones
    short = [g for g in portal.GOLD if len(g["body"].split("\n\n")) <= 2]
    assert len(short) >= 3
    assert sum(len(g["body"].split("\n\n")) >= 5 for g in portal.GOLD) >= 6


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["X-AspNetMvc-Version"] == "5.2"
    assert f'<h1 class="tieu-de-tin">{_html.escape(gold["title"])}</h1>' in body
    ymd, hm = gold["published_at"][:10], gold["published_at"][11:16]
    y, m, d = ymd.split("-")
    assert f"Cập nhật: {d}/{m}/{y} {hm}</span>" in body
    assert portal.TODAY_VN in body and f"{d}/{m}/{y}" not in portal.TODAY_VN
    crumb = between(body, '<ol class="breadcrumb">', "</ol>")
    last = re.findall(r"<li[^>]*>(.*?)</li>", crumb)[-1]
    assert shown(last) == gold["category"]
    article = between(body, '<div class="chi-tiet-tin">', '<div class="tin-lien-quan">')
    text = shown(article)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    content = between(body, '<div class="noi-dung-tin">', '<div class="tin-lien-quan">')
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            cap = _html.escape(img["caption"])
            assert f"<figcaption>{cap}</figcaption>" in content or f"<em>{cap}</em>" in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown(content)
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown(content)
    assert "Tin liên quan" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Cập nhật:" not in body, path
        assert 'class="tin-lien-quan"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_long_intro_box_on_every_page_and_side_varies(server):
    intro = collapse(" ".join(portal.INTRO))
    targets = ["/", *(g["path"] for g in portal.GOLD), *portal.NON_ARTICLES]
    sides = set()
    for target in targets:
        _, body, _ = fetch(server, target)
        assert 'class="hop hop-gioi-thieu"' in body, target
        assert intro in shown(body), target
        assert 'href="/gioi-thieu">Xem thêm' in body
        assert (
            "Đang online: <strong>9</strong>" in body and "Tổng: <strong>123.456</strong>" in body
        )
        assert "Lịch công tác tuần" in body and "youtube.com/embed/" in body
        if target != "/":
            cls, col = side_column(body)
            assert "hop-gioi-thieu" in col
            sides.add(cls)
    assert sides == {"khung-trai", "khung-phai"}
    # the templates put the side column where the docstring says
    for g, s in zip(portal.GOLD, portal.STORIES, strict=True):
        cls, _ = side_column(fetch(server, g["path"])[1])
        assert cls == ("khung-trai" if s.cat in portal.LEFT_SIDE_CATS else "khung-phai")
    assert side_column(fetch(server, "/danh-muc/thong-bao")[1])[0] == "khung-trai"
    assert side_column(fetch(server, "/gioi-thieu")[1])[0] == "khung-phai"


def test_intro_box_is_longer_than_most_articles(server):
    intro = len(collapse(" ".join(portal.INTRO)))
    longer = [g for g in portal.GOLD if intro > len(g["body"])]
    assert len(longer) > len(portal.GOLD) // 2
    for g in portal.GOLD:
        if len(g["body"].split("\n\n")) <= 2:
            assert intro > 4 * len(g["body"]), g["path"]
            letter = len(collapse(" ".join(portal.LETTER)))
            assert letter > 2 * len(g["body"])


def test_letter_box_on_home_and_tuyen_sinh_pages_only(server):
    letter = collapse(portal.LETTER[0])
    with_letter = ["/", "/danh-muc/tuyen-sinh"] + [
        g["path"] for g in portal.GOLD if g["category"] == "Tuyển sinh"
    ]
    for target in with_letter:
        _, body, _ = fetch(server, target)
        assert 'class="hop hop-thu-ngo"' in body and letter in shown(body), target
        assert f"Hiệu trưởng {portal.PRINCIPAL}" in body
    without = [g["path"] for g in portal.GOLD if g["category"] != "Tuyển sinh"]
    for target in [*without, "/danh-muc/thong-bao", "/gioi-thieu"]:
        assert 'class="hop hop-thu-ngo"' not in fetch(server, target)[1], target


def test_thu_ngo_looks_like_an_article_but_is_static(server):
    status, body, _ = fetch(server, "/thu-ngo")
    assert status == 200
    assert '<h1 class="tieu-de-tin">Thư ngỏ của Hiệu trưởng</h1>' in body
    assert '<ol class="breadcrumb">' in body
    assert portal.LETTER_PLACE_DATE in body and portal.PRINCIPAL in body
    for para in portal.LETTER:
        assert collapse(para) in shown(body)
    assert "Cập nhật:" not in body
    _, home, _ = fetch(server, "/")
    assert 'href="/thu-ngo"' in home
    status, body, _ = fetch(server, "/gioi-thieu")
    assert status == 200 and "Trường đạt chuẩn quốc gia mức độ 2" in body


def test_short_posts_keep_their_own_text(server):
    for g in portal.GOLD:
        paras = g["body"].split("\n\n")
        if len(paras) > 2:
            continue
        _, body, _ = fetch(server, g["path"])
        content = shown(between(body, '<div class="noi-dung-tin">', '<div class="tin-lien-quan">'))
        assert all(p in content for p in paras)
        assert collapse(portal.INTRO[0]) not in content
        assert g["images"], g["path"]


def test_pagination_and_page_two_only_article(server):
    old = portal.article_path(portal.BY_ID[1140])
    s1148 = portal.article_path(portal.BY_ID[1148])
    _, p1, _ = fetch(server, "/danh-muc/tin-nha-truong")
    status, p2, _ = fetch(server, "/danh-muc/tin-nha-truong?page=2")
    assert status == 200
    assert old in p2 and old not in p1 and s1148 in p1
    assert (
        '<ul class="pagination">' in p1
        and 'class="page-link" href="/danh-muc/tin-nha-truong?page=2"' in p1
    )
    assert p1.count('class="tin-item clearfix"') == 6 and p2.count('class="tin-item clearfix"') == 1
    assert fetch(server, "/danh-muc/tin-nha-truong?page=3")[0] == 404
    all_pages = [fetch(server, f"/danh-muc/tin-tuc?page={n}")[1] for n in (1, 2, 3)]
    assert old in all_pages[1] and old not in all_pages[0] + all_pages[2]
    assert s1148 in all_pages[1]
    assert all_pages[2].count('class="tin-item clearfix"') == 2
    for sid in (1137, 1131):
        assert portal.article_path(portal.BY_ID[sid]) in all_pages[2]
    assert fetch(server, "/danh-muc/tin-tuc?page=4")[0] == 404
    # nothing but those listings links to the oldest post
    for target in ["/", *(g["path"] for g in portal.GOLD), *portal.NON_ARTICLES]:
        if target in ("/danh-muc/tin-nha-truong?page=2", "/danh-muc/tin-tuc?page=2", old):
            continue
        assert old not in fetch(server, target)[1], target
    for target in ["/", *(g["path"] for g in portal.GOLD)]:
        assert s1148 not in fetch(server, target)[1] or target == s1148


def test_related_lists_print_dates(server):
    g = portal.GOLD[0]
    _, body, _ = fetch(server, g["path"])
    rel = between(body, '<div class="tin-lien-quan">', "</div>")
    assert len(re.findall(r'<span class="ngay">\(\d{2}/\d{2}/2026\)</span>', rel)) == 4


def test_unknown_pages_are_404(server):
    story = portal.STORIES[0]
    assert fetch(server, f"/tin-tuc/sai-duong-dan-{story.id}.html")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-9999.html")[0] == 404
    assert fetch(server, "/danh-muc/khong-co")[0] == 404
    assert fetch(server, "/khong-co-trang-nay")[0] == 404
