"""Self-checks of the Kon Tum vendor-JSP fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import multipage_vendor_sgddt as portal
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
DATE_RE = r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?"
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def story_of(gold: dict) -> portal.Story:
    return portal.BY_ID[int(re.search(r"-(\d+)\.htm$", gold["path"]).group(1))]


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


def shown(fragment: str) -> str:
    """The collapsed text a reader sees in a piece of markup."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def between(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def content(body: str) -> str:
    return between(body, '<div class="content_news">', '<div class="tools_news">')


def assert_in_order(text: str, paragraphs: list[str]) -> None:
    pos = 0
    for para in paragraphs:
        needle = collapse(para.replace(" | ", " "))
        found = text.find(needle, pos)
        assert found >= 0, needle[:60]
        pos = found + len(needle)


def page_targets(gold: dict) -> list[str]:
    count = len(portal.pages_of(story_of(gold)))
    return [gold["path"]] + [f"{gold['path']}?p={n}" for n in range(2, count + 1)]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert re.fullmatch(DATE_RE, g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name != "BBT" and "(" not in name and " - " not in name
            assert not name.startswith(("ThS.", "TS."))
        assert f"/in-tin/{story_of(g).id}.htm" in g["alt_paths"]
        assert not any("?p=2" in alt or "?p=3" in alt for alt in g["alt_paths"])
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for key in portal.CATEGORIES:
        assert sum(1 for s in portal.STORIES if s.cat == key) >= 3
    assert len(portal.PAGED) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    story = story_of(gold)
    texts, bodies = [], []
    for target in page_targets(gold):
        status, body, _ = fetch(server, target)
        assert status == 200, target
        bodies.append(body)
        texts.append(shown(content(body)))
        # no h1 headline: the h1 is the site name; the headline is a div
        assert re.findall(r"<h1>(.*?)</h1>", body) == [portal.SITE_H1]
        assert f'<div class="title_news">{_html.escape(gold["title"])}</div>' in body
        assert f"<title>Sở GD&amp;ĐT Kon Tum - {_html.escape(gold['title'])}</title>" in body
        assert portal.CLOCK in body
        crumb = between(body, '<div class="breadcrumb">', "</div>")
        assert shown(crumb).endswith("» " + gold["category"])
    first = bodies[0]
    assert_in_order(" ".join(texts), gold["body"].split("\n\n")[1 if gold["summary"] else 0 :])
    if gold["summary"]:
        assert f'<div class="sapo_news"><b>{_html.escape(gold["summary"])}</b></div>' in first
        for later in bodies[1:]:
            assert "sapo_news" not in later
    # images of all pages in order, with their printed line
    srcs = re.findall(
        r'<img alt="" src="(/Uploads/images/tin-tuc/[^"]+)"', "".join(content(b) for b in bodies)
    )
    assert srcs == [img["path"] for img in gold["images"]]
    all_content = "".join(content(b) for b in bodies)
    for img in gold["images"]:
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
        if img["caption"]:
            cap = _html.escape(img["caption"])
            assert (
                f'<td class="image_desc">{cap}</td>' in all_content
                or f"<em>{cap}</em>" in all_content
                or f"<i>{cap}</i>" in all_content
            )
    # the byline is printed as the page prints it (template field or typed in the text)
    by = story.opts.get("byline")
    if by:
        for body in bodies:
            assert f'<div class="author_news" align="right"><b>{_html.escape(by)}</b></div>' in body
    for name in gold["authors"]:
        assert name in shown(first)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_dates_at_the_bottom_or_only_in_the_list(server, gold):
    story = story_of(gold)
    _, body, _ = fetch(server, gold["path"])
    detail = between(body, '<div class="detail_news">', '<div class="tools_news">')
    y, m, d = gold["published_at"][:10].split("-")
    if gold["category"] == "Khảo thí - Kiểm định":
        assert "date_news" not in body and "Cập nhật" not in body
        assert "T" not in gold["published_at"]
        # the article's own part prints no date of its own (the "Các tin khác" list does)
        assert f"({d}/{m}/{y})" not in detail
        _, lst, _ = fetch(server, f"/tin-tuc/{story.cat}.htm")
        title = _html.escape(gold["title"])
        assert f'{title}</a> <span class="list_date">({d}/{m}/{y})</span>' in lst
    else:
        hh, mm = gold["published_at"][11:13], gold["published_at"][14:16]
        line = f'<div class="date_news">Cập nhật: {d}/{m}/{y} {hh}:{mm}</div>'
        assert line in body
        # at the bottom: after the text (and after the byline when there is one)
        assert body.index(line) > body.index('<div class="content_news">')
        if story.opts.get("byline"):
            assert body.index(line) > body.index('<div class="author_news"')
        head = between(body, '<div class="title_news">', '<div class="content_news">')
        assert not re.search(
            r"\d{2}/\d{2}/\d{4}", head.replace(_html.escape(gold["summary"] or ""), "")
        )


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_alt_paths_serve_the_whole_article(server, gold):
    _, first, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<div class="title_news">{_html.escape(gold["title"])}</div>' in body
        text = shown(between(body, '<div class="content_news">', "</body>"))
        assert_in_order(text, gold["body"].split("\n\n")[1 if gold["summary"] else 0 :])
        assert "Trang:" not in shown(between(body, '<div class="content_news">', "</div>\n"))
    printed = f'<a href="/in-tin/{story_of(gold).id}.htm" rel="nofollow" target="_blank">'
    assert printed in first
    _, pview, _ = fetch(server, f"/in-tin/{story_of(gold).id}.htm")
    assert "<h1>" not in pview and "DANH MỤC" not in pview and "Các tin khác" not in pview
    assert "print_header" in pview


def test_paged_articles(server):
    assert {s.id for s in portal.PAGED} == {2871, 2857, 2834}
    for story in portal.PAGED:
        gold = GOLD_BY_PATH[portal.article_path(story)]
        base = gold["path"]
        count = len(portal.pages_of(story))
        assert 2 <= count <= 3
        assert f"{base}?p=all" in gold["alt_paths"]
        for n, target in enumerate(page_targets(gold), start=1):
            _, body, _ = fetch(server, target)
            pager = between(body, '<div class="paging_news">', "</div>")
            assert shown(pager).startswith("Trang:") and shown(pager).endswith("| Xem toàn bài")
            assert f"<b>[{n}]</b>" in pager
            assert f'href="{base}?p=all"' in pager
            assert "?p=1" not in pager
            if n > 1:
                assert f'<a href="{base}">1</a>' in pager
        _, whole, _ = fetch(server, f"{base}?p=all")
        assert "<b>Xem toàn bài</b>" in whole
        assert fetch(server, f"{base}?p={count + 1}")[0] == 404
        assert fetch(server, f"{base}?p=abc")[0] == 404
    # a page-2 part is reachable and is a non-article
    assert portal.PAGED_PART in portal.NON_ARTICLES
    assert portal.PAGED_PART not in {a for g in portal.GOLD for a in g["alt_paths"]}
    # an unpaged article has no ?p=all view
    plain = portal.GOLD[0]["path"]
    assert fetch(server, f"{plain}?p=all")[0] == 404
    assert fetch(server, f"{plain}?p=2")[0] == 404


def test_kto_sapo_and_bylines(server):
    kto = [g for g in portal.GOLD if (g["summary"] or "").startswith("(KTO) - ")]
    assert len(kto) == 1 and kto[0]["source"] == "Báo Kon Tum" and kto[0]["authors"] == []
    _, body, _ = fetch(server, kto[0]["path"])
    assert "<b>BBT</b>" in body and "<em>Theo Báo Kon Tum</em>" in body
    credits = {
        story_of(g).opts.get("byline"): (g["authors"], g["photographers"]) for g in portal.GOLD
    }
    assert credits["Phòng GDTrH"] == (["Phòng GDTrH"], [])
    assert credits["Y Nhun (Trường THPT Kon Tum)"] == (["Y Nhun"], [])
    assert credits["Tin và ảnh: A Thuận"] == (["A Thuận"], ["A Thuận"])
    assert credits["Lê Hà (tổng hợp)"] == (["Lê Hà"], [])
    assert credits["BBT"] == ([], [])


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert (
            "date_news" not in body and 'rel="nofollow"' not in body
        ) or path == portal.PAGED_PART
    _, doc, _ = fetch(server, "/van-ban/1542.htm")
    for label in ("Số hiệu", "Ngày ban hành", "Trích yếu", "/Uploads/files/2150-sgddt-gdtrh.pdf"):
        assert label in doc
    status, _, headers = fetch(server, "/Uploads/files/2150-sgddt-gdtrh.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, intro, _ = fetch(server, "/gioi-thieu.htm")
    assert '<div class="title_news">' in intro and "tools_news" not in intro


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_list_pagination(server):
    _, home, _ = fetch(server, "/")
    _, page1, _ = fetch(server, "/tin-tuc.htm")
    _, page2, _ = fetch(server, "/tin-tuc.htm?trang=2")
    oldest = [portal.article_path(s) for s in portal.sorted_stories()[10:]]
    assert len(oldest) == 3
    for path in oldest:
        assert f'class="list_title" href="{path}"' in page2
        assert f'class="list_title" href="{path}"' not in page1
        assert f'class="hot_title" href="{path}"' not in home
    assert page1.count('class="list_title"') == 10
    assert '<a href="/tin-tuc.htm?trang=2"><img src="/Images/next.gif" alt="Trang sau"' in page1
    assert '<img src="/Images/prev.gif" alt="Trang trước" border="0" align="absmiddle"> ' in page1
    assert '<a href="/tin-tuc.htm?trang=1"><img src="/Images/prev.gif" alt="Trang trước"' in page2
    assert fetch(server, "/tin-tuc.htm?trang=3")[0] == 404
    for key in portal.CATEGORIES:
        status, body, _ = fetch(server, f"/tin-tuc/{key}.htm")
        assert status == 200 and "Trang sau" in body


def test_chrome(server):
    _, body, _ = fetch(server, "/")
    for piece in (
        "quoc-huy.png",
        "Văn bản chỉ đạo".upper(),
        "LỊCH CÔNG TÁC",
        "THĂM DÒ Ý KIẾN",
        "Lượt truy cập: <b>3.456.789</b>",
        "Đang trực tuyến: <b>21</b>",
        "/GP-TTĐT",
        '<select name="lienket"',
    ):
        assert piece in body, piece


def test_unknown_targets_are_404(server):
    gold = portal.GOLD[1]
    assert fetch(server, gold["path"].replace("-2893.htm", "-9999.htm"))[0] == 404
    assert fetch(server, gold["path"] + "?utm_source=x")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co.htm")[0] == 404
    assert fetch(server, "/in-tin/1.htm")[0] == 404
    assert fetch(server, "/van-ban/1.htm")[0] == 404
