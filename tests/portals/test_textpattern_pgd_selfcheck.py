"""Self-checks of the Textpattern PGD fixture against itself (the crawler is never imported)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import textpattern_pgd as portal
from tests.portals._common import TODAY, collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

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
HREF = re.compile(r'href="([^"]*)"')
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """The page as a reader sees its words: tags out, references resolved, NFC, one space."""
    inline = re.sub(r"</?(?:a|strong|em|span|time)\b[^>]*>", "", markup)
    return collapse(html.unescape(TAG.sub(" ", inline)))


def headline(markup: str) -> str:
    m = re.search(r'<h1 itemprop="headline">(.*?)</h1>', markup, re.S)
    assert m, "no headline"
    return collapse(html.unescape(TAG.sub("", m.group(1))))


def canonical(markup: str) -> str:
    m = re.search(r'<link rel="canonical" href="([^"]+)">', markup)
    assert m, "no canonical"
    parts = urlsplit(m.group(1))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links(markup: str) -> list[str]:
    out = []
    for href in HREF.findall(markup):
        href = html.unescape(href).split("#")[0]
        if href.startswith("/") and not href.startswith("//"):
            out.append(href)
    return out


def main_of(markup: str) -> str:
    return markup[markup.index("<main") : markup.index("</main>")]


# --- gold ---------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for gold in portal.GOLD:
        assert set(gold) >= KEYS, gold["path"]
        assert gold["path"].startswith("/tin-tuc/")
        assert gold["canonical_path"] == gold["path"]
        # the page prints the day only: the gold date is the day (house convention)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published_at"])
        assert gold["category"] in portal.NEWS_CATEGORIES.values()
        for value in (gold["title"], gold["body"], gold["summary"] or "", gold["source"] or ""):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        for name in gold["authors"] + gold["photographers"]:
            assert unicodedata.normalize("NFC", name) == name
            assert name.lower() not in ("admin", "bbt")
        if gold["summary"]:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for image in gold["images"]:
            assert set(image) == {"path", "caption"}
            assert re.fullmatch(r"/images/\d+\.jpg", image["path"])
        assert f"/index.php?id={gold['path'].split('/')[2]}" in gold["alt_paths"]


def test_gold_dates_agree_with_the_posted_stamp():
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        assert gold["path"] == f"/tin-tuc/{story.id}/{story.slug}"
        assert story.opts["posted"].startswith(gold["published_at"])
        assert story.opts["posted"].endswith("+07:00")


def test_varied_gold():
    bodies = [len(g["body"]) for g in portal.GOLD]
    assert min(bodies) < 400 < 1500 < max(bodies)
    assert sum(1 for g in portal.GOLD if g["summary"]) == 7
    assert sum(1 for g in portal.GOLD if g["source"]) == 2
    assert sum(1 for g in portal.GOLD if not g["authors"]) == 3
    assert any(g["photographers"] for g in portal.GOLD)
    assert any(im["caption"] is None for g in portal.GOLD for im in g["images"])
    assert any(" | " in g["body"] for g in portal.GOLD)


# --- the pages of the gold -------------------------------------------------------------------------


def test_every_gold_address_serves_its_article(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold["alt_paths"]]:
            status, body, _headers = fetch(server, target)
            assert status == 200, target
            assert headline(body) == gold["title"], target
            assert canonical(body) == gold["canonical_path"], target


def test_gold_text_is_printed(server):
    for gold in portal.GOLD:
        _status, body, _headers = fetch(server, gold["path"])
        text = page_text(main_of(body))
        for para in gold["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (gold["path"], cell)
            else:
                assert para in text, (gold["path"], para[:60])
        for image in gold["images"]:
            assert f'src="{image["path"]}"' in body
            if image["caption"]:
                assert image["caption"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text


def test_printed_date_is_the_day_and_the_time_only_an_attribute(server):
    _status, body, _headers = fetch(server, portal.GOLD[11]["path"])
    meta = re.search(r'<p class="article-meta">(.*?)</p>', body, re.S).group(1)
    assert 'datetime="2026-11-14T08:30:00+07:00"' in meta
    assert ">14 Tháng Mười Một, 2026</time>" in meta
    assert "08:30" not in page_text(meta)
    assert "bởi admin trong Hoạt động chuyên môn" in page_text(meta)


def test_header_clock_is_today(server):
    _status, body, _headers = fetch(server, "/")
    assert f'<p class="today">{TODAY.replace("ngày ", "")}</p>' in body
    assert "Đang truy cập: 7 — Tổng lượt truy cập: 215.804" in body
    assert "Powered by Textpattern" in body


def test_bylines_signature_and_attachment_are_in_the_body_markup(server):
    expected = {
        212: "Tin, ảnh: Lương Thị Hạnh",
        233: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        246: "Tin: Phạm Thu Trang – Ảnh: Lý Văn Sáng",
        250: "Nguồn: Trung tâm Y tế huyện Bảo Yên",
        241: "File đính kèm: qd-1187-ket-qua-hsg-lop-9.pdf",
    }
    for article_id, line in expected.items():
        _status, body, _headers = fetch(server, f"/index.php?id={article_id}")
        article_body = body[body.index('itemprop="articleBody"') : body.index("article-tags")]
        assert line in page_text(article_body), article_id
    _status, body, _headers = fetch(server, "/index.php?id=233")
    assert '<p style="text-align:right"><strong>Trần Văn Hưng</strong></p>' in body


def test_captions_in_both_editor_forms_and_one_photo_without(server):
    _status, body, _headers = fetch(server, portal.GOLD[0]["path"])
    assert '<p class="caption">Học sinh Trường PTDTBT TH Nghĩa Đô trong ngày khai giảng</p>' in body
    _status, body, _headers = fetch(server, portal.GOLD[2]["path"])
    assert "<p><em>(Quang cảnh hội nghị triển khai nhiệm vụ năm học cấp THCS)</em></p>" in body
    _status, body, _headers = fetch(server, portal.GOLD[3]["path"])
    after = body.split('src="/images/308.jpg"', 1)[1].split("</p>", 2)[1]
    assert "caption" not in after and "<em>" not in after


def test_excerpt_block_and_textile_glyphs(server):
    _status, body, _headers = fetch(server, portal.GOLD[4]["path"])
    assert '<div class="excerpt" itemprop="description">' in body
    assert "&#8220;Đêm hội trăng rằm&#8221;" in body
    _status, body, _headers = fetch(server, portal.GOLD[1]["path"])
    assert 'class="excerpt"' not in main_of(body)


def test_one_article_is_typed_decomposed(server):
    _status, body, _headers = fetch(server, "/tin-tuc/237/hoi-thi-giao-vien-day-gioi")
    raw_title = re.search(r'<h1 itemprop="headline">(.*?)</h1>', body).group(1)
    assert unicodedata.normalize("NFC", raw_title) != raw_title
    assert headline(body) == portal.GOLD[6]["title"]


# --- discovery -------------------------------------------------------------------------------------


def test_breadth_first_walk_reaches_every_gold_article(server):
    seen, queue, pages = {portal.START_PATH}, deque([portal.START_PATH]), 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages += 1
        for link in links(body):
            if link.startswith(("/file_download/", "/images/", "/css.php", "/themes/")):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages > 100  # the month archives, author and search lists make the walk long


def test_listings_page_with_newer_older_only(server):
    _s, first, _h = fetch(server, "/tin-tuc/")
    assert "Sau »" in first and "« Trước" not in first
    assert 'href="/tin-tuc/?pg=2"' in first
    _s, second, _h = fetch(server, "/tin-tuc/?pg=2")
    assert 'href="/tin-tuc/"' in main_of(second) and 'href="/tin-tuc/?pg=3"' in second
    _s, last, _h = fetch(server, "/tin-tuc/?pg=3")
    assert "« Trước" in last and "Sau »" not in last
    assert fetch(server, "/tin-tuc/?pg=4")[0] == 404
    _s, home, _h = fetch(server, "/?pg=3")
    assert main_of(home).count('rel="bookmark"') == 3
    _s, cat, _h = fetch(server, "/tin-tuc/?c=hoat-dong-chuyen-mon")
    assert 'href="/tin-tuc/?c=hoat-dong-chuyen-mon&amp;pg=2"' in cat
    for body in (first, second, last, home, cat):
        assert not re.search(r">\s*[23]\s*</a>", main_of(body))


def test_latest_box_and_feeds_use_messy_links(server):
    _s, body, _h = fetch(server, "/")
    box = body[body.index("<h4>Tin mới</h4>") : body.index("<h4>Chuyên mục</h4>")]
    assert links(box) == [f"/index.php?id={i}" for i in (263, 259, 254, 250, 246)]
    assert 'type="application/rss+xml" title="RSS"' in body
    assert '<a href="/index.php?rss=1">RSS</a>' in body and '<a href="/?atom=1">Atom</a>' in body
    status, rss, headers = fetch(server, "/index.php?rss=1")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    assert re.findall(r"<link>http://[^<]+/index\.php\?id=(\d+)</link>", rss)[:3] == [
        "263",
        "259",
        "256",
    ]
    status, feed, headers = fetch(server, "/?atom=1")
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
    assert "/tin-tuc/263/le-ky-niem-44-nam" in feed


def test_month_archives_go_back_seven_years_mostly_empty(server):
    _s, body, _h = fetch(server, "/tin-tuc/")
    months = re.findall(r'href="/tin-tuc/\?month=(\d{4}-\d{2})"', body)
    assert len(months) == 87 and months[0] == "2026-11" and months[-1] == "2019-09"
    empty = 0
    for month in months:
        status, page, _h = fetch(server, f"/tin-tuc/?month={month}")
        assert status == 200
        empty += "Không có bài viết nào." in page
    assert empty == 84
    _s, sept, _h = fetch(server, "/tin-tuc/?month=2026-09")
    assert 'href="/tin-tuc/?month=2026-09&amp;pg=2"' in sept
    _s, sept2, _h = fetch(server, "/tin-tuc/?month=2026-09&pg=2")
    assert main_of(sept2).count('rel="bookmark"') == 1


def test_search_pages_paginate(server):
    _s, body, _h = fetch(server, portal.GOLD[7]["path"])
    assert 'href="/?q=THCS"' in body
    status, results, _h = fetch(server, "/?q=THCS")
    assert status == 200 and '<meta name="robots" content="noindex">' in results
    assert 'href="/?q=THCS&amp;pg=2"' in results and "Kết quả tìm kiếm" in results
    status, second, _h = fetch(server, "/?q=THCS&pg=2")
    assert status == 200 and "« Trước" in second


def test_author_lists_are_percent_encoded(server):
    _s, body, _h = fetch(server, portal.GOLD[2]["path"])
    href = "/author/t%E1%BB%95-chuy%C3%AAn-m%C3%B4n-thcs"
    assert f'<a rel="author" href="{href}">Tổ Chuyên môn THCS</a>' in body
    assert unquote(href) == "/author/tổ-chuyên-môn-thcs"
    status, listing, _h = fetch(server, href)
    assert status == 200 and "Bài viết của: Tổ Chuyên môn THCS" in listing
    assert portal.GOLD[7]["path"] in listing
    status, admin, _h = fetch(server, "/author/admin")
    assert status == 200 and 'href="/author/admin?pg=2"' in admin


def test_comment_form_previews_and_its_address_is_the_article(server):
    gold = portal.GOLD[3]
    _s, body, _h = fetch(server, gold["path"])
    action = f'action="{gold["path"]}?comment=preview#cpreview"'
    assert action in body
    for label in ("Tên", "Email", "Nội dung", 'value="Xem trước"', 'value="Gửi"'):
        assert label in body
    assert '<span class="comment-author">Nguyễn Văn Toàn</span>' in body
    assert "22 Tháng Chín, 2026 20:14" in body
    data = "name=Kh%C3%A1ch&email=&message=Xin+c%E1%BA%A3m+%C6%A1n&preview=Xem+tr%C6%B0%E1%BB%9Bc"
    with NO_REDIRECTS.open(server.url(f"{gold['path']}?comment=preview"), data.encode()) as resp:
        preview = resp.read().decode("utf-8")
    assert 'id="cpreview"' in preview and "Xin cảm ơn" in preview
    commented = [g["path"] for g in portal.GOLD if any("comment=" in a for a in g["alt_paths"])]
    assert len(commented) == 2


def test_documents_downloads_and_static_pages_are_not_articles(server):
    gold_paths = {g["path"] for g in portal.GOLD}
    for path in portal.NON_ARTICLES:
        status, body, _h = fetch(server, path)
        assert status == 200 and path not in gold_paths
        assert canonical(body) == path
    _s, doc, _h = fetch(server, "/van-ban/240/quyet-dinh-so-1187")
    body = main_of(doc)[main_of(doc).index('itemprop="articleBody"') :]
    assert "<p>" not in body.split("</div>")[0]
    assert body.count("/file_download/") == 2
    status, pdf, headers = fetch(server, "/file_download/18/qd-1187-ket-qua-hsg-lop-9.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert pdf.startswith("%PDF")
    _s, docs, _h = fetch(server, "/index.php?id=217")
    assert canonical(docs) == portal.NON_ARTICLES[2]
    _s, empty_cat, _h = fetch(server, "/tin-tuc/?c=thi-dua-khen-thuong")
    assert "Không có bài viết nào." in empty_cat


def test_unknown_addresses_are_404(server):
    for target in ("/tin-tuc/999/khong-co", "/index.php?id=999", "/author/khong-ai", "/x.php"):
        assert fetch(server, target)[0] == 404, target
    assert fetch(server, "/tin-tuc")[0] == 301
