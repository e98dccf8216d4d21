"""Self-checks of the php_bylines_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_bylines_thcs as portal
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


def shown(markup: str) -> str:
    """The page's text as a reader sees it, collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(no_tags))


def article_text(body: str) -> str:
    return body.split('<div class="noi-dung-tin">', 1)[1].split('<div class="cong-cu">', 1)[0]


def links(page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:", "http://", "https://", "//")):
            continue
        target = urljoin("http://fixture.invalid" + page, href)
        parts = urlsplit(target)
        if parts.path.endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> dict[str, set[str]]:
    """Every target reached, with the pages that link to it."""
    seen: dict[str, set[str]] = {start: set()}
    queue = deque([start])
    while queue and len(seen) < limit:
        page = queue.popleft()
        status, body, _ = fetch(server, page)
        if status != 200:
            continue
        for href in links(page, body):
            if href not in seen:
                seen[href] = set()
                queue.append(href)
            seen[href].add(page)
    return seen


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        for para in g["body"].split("\n\n"):
            assert para and para == collapse(para)
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT Website", "st")
            assert "(" not in name and "–" not in name and ":" not in name
        for alt in g.get("alt_paths", []):
            assert alt.startswith(g["path"] + "&ref=")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # every category has several articles; "Tin nhà trường" needs a second page
    counts = {name: 0 for name in portal.CATEGORIES.values()}
    for g in portal.GOLD:
        counts[g["category"]] += 1
    assert min(counts.values()) >= 2 and counts["Tin nhà trường"] > portal.PER_PAGE


def test_variety_of_bylines_and_dates():
    forms = [s.opts["date"] for s in portal.STORIES]
    assert set(forms) == {"f1", "f2", "f3", "f4", "f5", "f6", "meta"}
    with_time = [g for g in portal.GOLD if "T" in g["published_at"]]
    assert 0 < len(with_time) < len(portal.GOLD)
    assert sum(1 for g in portal.GOLD if g["summary"]) >= 3
    assert sum(1 for g in portal.GOLD if not g["authors"]) >= 4
    assert any(g["source"] == "Báo Quảng Nam" for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 class="tieude-tin">{_html.escape(gold["title"])}</h2>' in body
    assert portal.CLOCK in body
    story = portal.BY_ID[int(gold["path"].split("=")[1])]
    assert _html.escape(portal.date_line(story)) in body
    crumb = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body).group(1)
    assert shown(crumb).endswith(gold["category"])
    text = shown(article_text(body))
    for para in gold["body"].split("\n\n"):
        # a table row is printed as its cells; the gold joins them with " | "
        assert para.replace(" | ", " ") in text, para[:60]
    if gold["summary"]:
        assert f"<strong>{_html.escape(gold['summary'])}</strong>" in body
    pos = 0
    article = article_text(body)
    for img in gold["images"]:
        at = article.index(f'src="{img["path"]}"')
        assert at > pos
        pos = at
        if img["caption"]:
            # the caption is printed below its photo
            cap = shown(article[article.index(">", at) + 1 :])
            assert cap.startswith(img["caption"]), img
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for tool in ("In bài", "Gửi bạn bè", "Lên đầu trang", "Các tin khác:", 'class="fb-comments"'):
        assert tool in body
    assert "Đang truy cập: 9 – Hôm nay: 341 – Tổng: 256.713" in body
    assert "Thiết kế: Nguyễn Hải IT" in body
    assert 'rel="canonical"' not in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_ref_variants_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200 and body == main, alt


def test_bylines_are_printed_as_the_spec_says(server):
    def article(story):
        return shown(article_text(fetch(server, f"/xem-tin.php?id={story.id}")[1]))

    assert article(portal.B2).endswith("Người viết bài: Trần Thị Mỹ Hạnh")
    assert article(portal.B1).endswith("Thực hiện: Nhóm PV Liên đội")
    assert article(portal.A4).startswith("(Tin: Hoàng Anh – CTV)")
    assert article(portal.A1).endswith("Bài: Nguyễn Văn Long Ảnh: Lê Thị Thu")
    assert article(portal.A8).endswith("Hoàng Yến (tổng hợp)")
    assert article(portal.A3).endswith("Theo Báo Quảng Nam")
    assert article(portal.C1).endswith("Cô giáo Lê Thị Bích – Tổ Tiếng Anh")
    assert article(portal.A6).endswith("BBT Website")
    assert article(portal.G2).endswith(" st")
    assert article(portal.A7).endswith("Tác giả: Phạm Minh Tuấn")
    assert article(portal.A5).endswith("trong thời gian tới. (Minh Thư)")
    assert not any(w in article(portal.A2)[-80:] for w in ("Tin:", "Bài:", "Người viết", "Theo "))
    _, body, _ = fetch(server, f"/xem-tin.php?id={portal.A7.id}")
    assert "Đăng bởi: admin | 03/10/2026 10:15 | Lượt xem: 231" in body
    g5 = next(g for g in portal.GOLD if g["path"].endswith(str(portal.A5.id)))
    assert "(Minh Thư)" not in g5["body"] and g5["authors"] == ["Minh Thư"]


def test_caption_forms(server):
    _, body, _ = fetch(server, f"/xem-tin.php?id={portal.A1.id}")
    assert '<table class="tbl-anh"' in body and body.count("<td align=\"center\"") == 2
    _, body, _ = fetch(server, f"/xem-tin.php?id={portal.C1.id}")
    assert "<b>Hình 1.</b> Học sinh lớp 7/4" in body and "<ul>" in body
    _, body, _ = fetch(server, f"/xem-tin.php?id={portal.A7.id}")
    assert "(Ảnh: Lê Thu)</em>" in body
    _, body, _ = fetch(server, f"/xem-tin.php?id={portal.G1.id}")
    art = article_text(body)
    assert re.search(r'alt="" /></p>\n<p style="text-align: justify;">Mỗi ngày', art)
    _, body, _ = fetch(server, f"/xem-tin.php?id={portal.C2.id}")
    assert "<br />\n<br />" in article_text(body) and "<p>" not in article_text(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="cong-cu"' not in body and 'class="fb-comments"' not in body, path
    _, body, _ = fetch(server, "/tin-tuc.php?cat=1&trang=2")
    assert "« Đầu" in body and "‹" in body and "›" in body and "Cuối »" in body


def test_walk_reaches_every_article_and_the_oldest_only_on_page_two(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    oldest = f"/xem-tin.php?id={portal.A1.id}"
    referrers = {urlsplit(p).path + "?" + urlsplit(p).query for p in seen[oldest]}
    assert referrers and all(
        r.startswith("/tin-tuc.php?cat=1&trang=") and not r.endswith("=1") for r in referrers
    ), referrers
    # the ref duplicates are really linked
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt


def test_listing_pagination(server):
    _, page1, _ = fetch(server, "/tin-tuc.php?cat=1")
    _, page2, _ = fetch(server, "/tin-tuc.php?cat=1&trang=2")
    assert page1.count('class="media tin-item"') == portal.PER_PAGE
    assert page2.count('class="media tin-item"') == 1
    assert f"xem-tin.php?id={portal.A1.id}" in page2 and f"id={portal.A1.id}\"" not in page1
    assert 'href="tin-tuc.php?cat=1&amp;trang=2"' in page1
    _, page, _ = fetch(server, "/tin-tuc.php?cat=2")
    assert page.count('class="media tin-item"') == 2


def test_home_and_sidebar_links(server):
    _, home, _ = fetch(server, "/")
    assert "&amp;ref=home" in home and "&ref=side" in home
    assert f"id={portal.A1.id}&" not in home
    assert "Thông báo mới" in home and "<marquee" in home and "youtube.com/embed" in home
    assert "Hôm nay: Thứ tư, 25/11/2026" in home


def test_unknown_targets(server):
    status, body, _ = fetch(server, "/xem-tin.php?id=9999")
    assert status == 200 and "Bài viết không tồn tại" in body and "tieude-tin" not in body
    assert fetch(server, "/trang.php?p=khong-co")[0] == 404
    assert fetch(server, "/khong-co.php")[0] == 404
