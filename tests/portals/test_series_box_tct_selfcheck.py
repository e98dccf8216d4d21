"""Self-checks of the Joomla 4 series-box fixture (Trường Chính trị tỉnh) against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import series_box_tct as portal
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
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


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


def walk(
    server: PortalServer, starts: list[str], skip=lambda href: False, limit: int = 300
) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen and not skip(href):
                seen.add(href)
                queue.append(href)
    return seen


def shown(markup: str) -> str:
    """The text of a piece of markup as a reader sees it (tags to spaces, collapsed)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_body(body: str) -> str:
    return body.split('class="com-content-article__body">', 1)[1].split('<ul class="tags', 1)[0]


def gold(story_id: int) -> dict:
    return next(g for g in portal.GOLD if f"/{story_id}-" in g["path"])


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE_RE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (
            g["title"],
            g["body"],
            g["summary"] or "",
            g["source"] or "",
            *g["authors"],
            *g["photographers"],
        ):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban Biên tập", "Super User", "Internet")
            assert not name.startswith(("ThS.", "TS.")) and "–" not in name
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 3 for c in portal.CATEGORIES.values())
    # nothing of the boxes leaks into gold bodies
    for g in portal.GOLD:
        for word in (
            "Loạt bài:",
            "(đang xem)",
            "Bài tiếp theo",
            "Kỳ trước",
            "Đọc thêm",
            "Xem thêm",
            "Tin liên quan",
        ):
            assert word not in g["body"], (g["path"], word)


@pytest.mark.parametrize("g", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_prints_its_fields(server, g):
    status, body, _ = fetch(server, g["path"])
    assert status == 200
    assert f'<h1 itemprop="headline">{_html.escape(g["title"])}</h1>' in body
    assert f'<link href="{server.base_url}{g["canonical_path"]}" rel="canonical">' in body
    assert portal.TODAY in body
    y, m, d = g["published_at"][:10].split("-")
    if "T" in g["published_at"]:
        assert f"Ngày đăng: {d}/{m}/{y} – {g['published_at'][11:16]}" in body
    else:
        assert f"Được đăng: {d} Tháng {int(m)} {y}</time>" in body
        assert "Ngày đăng:" not in body
    crumbs = re.findall(r'class="mod-breadcrumbs__item">(?:<a [^>]+>|<span>)([^<]+)<', body)
    assert crumbs[-2] == _html.escape(g["category"]) and crumbs[-1] == _html.escape(g["title"])
    page_text = shown(body)
    text = shown(article_body(body))
    for para in g["body"].split("\n\n"):
        # a table row is printed as cells: each cell is on the page, in order
        assert " ".join(para.split(" | ")) in text, para[:60]
    for name in g["authors"] + g["photographers"]:
        assert name in page_text
    if g["source"]:
        assert f"Nguồn: {g['source']}" in text
    for img in g["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"], quote=False) in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body and "Được đăng:" not in body, path
        assert 'itemprop="articleBody"' not in body or "/gioi-thieu" in path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_news_only_on_category_page_two(server):
    oldest = gold(209)["path"]
    seen = walk(server, [portal.START_PATH], skip=lambda h: "start=" in h)
    assert oldest not in seen
    assert gold(214)["path"] in seen
    _, page2, _ = fetch(server, "/tin-tuc/tin-hoat-dong.html?start=5")
    assert oldest in page2 and "Trang 2 / 2" in page2
    _, page1, _ = fetch(server, "/tin-tuc/tin-hoat-dong.html")
    assert oldest not in page1 and 'href="/tin-tuc/tin-hoat-dong.html?start=5"' in page1
    assert page1.count('blog-item" itemprop="blogPost"') == 5
    assert fetch(server, "/tin-tuc/tin-hoat-dong.html?start=10")[0] == 404
    assert fetch(server, "/tin-tuc/tin-hoat-dong.html?start=3")[0] == 404


def test_series_boxes(server):
    parts = [gold(i) for i in portal.SERIES_IDS]
    for n, g in enumerate(parts):
        _, body, _ = fetch(server, g["path"])
        text = article_body(body)
        box = text.split('<div class="box-loat-bai"', 1)[1].split("</div>", 1)[0]
        assert text.index('<div class="box-loat-bai"') < 5
        assert "Loạt bài: Nâng cao chất lượng đào tạo lý luận chính trị" in box
        assert f"<strong>{_html.escape(g['title'])}</strong> <em>(đang xem)</em>" in box
        hrefs = re.findall(r'href="([^"]+)"', box)
        assert hrefs == [p["path"] for p in parts if p is not g]
        assert g["title"].startswith(f"Bài {n + 1}: ")
        assert ("Kỳ trước:" in text) == (n > 0)
        assert ("Bài tiếp theo:" in text) == (n < 3)
        if n < 3:
            nxt = re.search(r'Bài tiếp theo: <a href="([^"]+)">([^<]+)</a>', text)
            assert nxt and nxt.group(1) == parts[n + 1]["path"]
            assert nxt.group(2) not in g["body"]
        for p in parts:
            if p is not g:
                assert p["title"] not in g["body"]


def test_doc_them_xem_them_and_tin_lien_quan(server):
    g = gold(231)
    text = article_body(fetch(server, g["path"])[1])
    box = text.split('<div class="doc-them"', 1)[1].split("</div>", 1)[0]
    assert "border:" in box and "Đọc thêm:" in box
    assert len(re.findall(r"<a href=", box)) == 2
    before, after = text.split('<div class="doc-them"', 1)
    assert "Phát biểu khai giảng" in before and "Lớp học kéo dài" in after

    g = gold(228)
    text = article_body(fetch(server, g["path"])[1])
    xem = re.search(r"<p[^>]*><strong>Xem thêm &gt;&gt; <a href=\"([^\"]+)\">([^<]+)</a>", text)
    assert xem and xem.group(1) == gold(222)["path"]
    paras = g["body"].split("\n\n")
    assert text.index(paras[1][:30]) < xem.start() < text.index(paras[2][:30])

    g = gold(224)
    text = article_body(fetch(server, g["path"])[1])
    divs = re.findall(r'<div style="text-align: justify;">(.*?)</div>', text, re.S)
    assert len(divs) >= 5
    assert "Tin liên quan" in divs[-1] and '<ul class="tin-lien-quan">' in divs[-1]
    assert g["body"].split("\n\n")[-1] in shown(divs[-1])
    assert "Tin liên quan" not in "".join(divs[:-1])


def test_reference_links_are_content(server):
    g = gold(225)
    text = article_body(fetch(server, g["path"])[1])
    refs = re.findall(
        r'<p>(\d)\. <a href="(/images/van-ban/[^"]+\.pdf)" target="_blank">([^<]+)</a></p>', text
    )
    assert [r[0] for r in refs] == ["1", "2", "3"]
    body = g["body"].split("\n\n")
    assert body[-4] == "Các văn bản tham khảo:"
    assert body[-3].startswith("1. Nghị quyết số 45-NQ/TW")
    assert body[-2].startswith("2. Kết luận số 01-KL/TW")
    for number, href, title in refs:
        assert f"{number}. {collapse(title)}" in body
        status, _, headers = fetch(server, href)
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_credits_and_dates(server):
    _, body, _ = fetch(server, gold(224)["path"])
    assert 'Viết bởi: <span itemprop="name">Ban Biên tập</span>' in body
    assert 'datetime="2026-11-21T15:20:00+07:00"' in body
    _, body, _ = fetch(server, gold(205)["path"])
    assert 'Viết bởi: <span itemprop="name">Super User</span>' in body and "Ảnh: Internet" in body
    assert gold(205)["photographers"] == []
    _, body, _ = fetch(server, gold(220)["path"])
    assert "ThS. Nguyễn Thị Thu Hà – Khoa Lý luận cơ sở" in body
    assert gold(220)["authors"] == ["Nguyễn Thị Thu Hà"]
    assert "Ngày đăng: 16/11/2026 – 08:00" in body
    assert gold(231)["authors"] == gold(231)["photographers"] == ["Lò Văn Sáng"]
    assert gold(216)["source"] == "Tạp chí Tuyên giáo"


def test_tag_and_static_pages(server):
    status, body, _ = fetch(server, "/component/tags/tag/dao-tao-ly-luan-chinh-tri.html")
    assert status == 200 and 'class="com-tags-tag tag-category"' in body
    for i in portal.SERIES_IDS:
        assert gold(i)["path"] in body
    status, body, _ = fetch(server, "/gioi-thieu.html")
    assert status == 200 and "Giới thiệu chung" in body and "article-meta" not in body
    status, body, _ = fetch(server, "/lien-he.html")
    assert status == 200 and 'id="contact-form"' in body


def test_unknown_and_variant_urls_are_404(server):
    path = gold(220)["path"]
    assert fetch(server, path + "?tmpl=component")[0] == 404
    assert fetch(server, path.replace("nghien-cuu-trao-doi", "tin-hoat-dong"))[0] == 404
    assert fetch(server, "/tin-tuc/khong-co.html")[0] == 404
    assert fetch(server, "/component/tags/tag/khong-co.html")[0] == 404
    assert fetch(server, "/images/van-ban/khong-co.pdf")[0] == 404
