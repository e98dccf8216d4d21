"""Self-checks of the Liferay 6.2 Trường Chính trị fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_journal_tct as portal
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


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        parts = urlsplit(href)
        if parts.path.endswith(ASSETS) or parts.path.startswith(("/documents/", "/image/")):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 800) -> set[str]:
    """Breadth-first over href links, following redirects as a browser would."""
    seen, queue = set(starts), deque(starts)
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        found = [headers.get("Location", "")] if status in (301, 302) else links(server, body)
        for href in found:
            if href.startswith(server.base_url):
                href = href[len(server.base_url) :]
            if href.startswith("/") and href not in seen:
                assert len(seen) < limit, "the site multiplies pages endlessly"
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_of(body: str) -> str:
    return body.split('<div class="journal-content-article"', 1)[1].split(
        '<div class="asset-links">', 1
    )[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert not (img["caption"] or "").startswith("(")
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for name in g["authors"] + g["photographers"]:
            assert not name.startswith(("TS.", "ThS.")) and "(" not in name and "–" not in name
        assert g["path"] not in g["alt_paths"]
    counts = {c: sum(g["category"] == c for g in portal.GOLD) for c in portal.CATEGORIES.values()}
    assert min(counts.values()) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h3 class="header-title"><span>{_html.escape(gold["title"])}</span></h3>' in body
    y, m, d = gold["published_at"].split("-")
    assert f'metadata-publish-date">{d}/{m}/{y}</span>' in body
    assert 'class="asset-category" href="/web/tct/' in body
    assert f">{_html.escape(gold['category'])}</a></span></span>" in body
    assert portal.HEADER_DATE in body and "Lượt xem" in body
    text = shown_text(article_of(body))
    assert gold["title"] in shown_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in text
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in text or f"Tác giả: <a>{name}</a>" in body
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert '<div class="journal-content-article" id="article_10180_4' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen or any(a in seen for a in g["alt_paths"]), g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # the listing's delta links make a finite set of list pages
    lists = [t for t in seen if t.startswith("/web/tct/tin-tuc?") and "_cur=" in t]
    assert len(lists) == 9


def test_old_articles_only_on_later_listing_pages(server):
    first = fetch(server, "/web/tct/tin-tuc")[1]
    home = fetch(server, "/web/tct/trang-chu")[1]
    for slug in ("hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026", "le-khai-giang-nam-hoc-2026-2027"):
        assert slug not in first and slug not in home
        story = portal.BY_SLUG[slug]
        assert slug not in fetch(server, portal.canonical_path(portal.STORIES[0]))[1]
        assert slug not in fetch(server, f"/web/tct/{story.cat}")[1] or story.cat != "tin-tuc"
    page2 = fetch(server, portal.listing_target(6, 2))[1]
    page3 = fetch(server, portal.listing_target(6, 3))[1]
    assert "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2026" in page2
    assert "le-khai-giang-nam-hoc-2026-2027" in page3
    assert (
        "Mục 1 - 6 của 15" in first
        and "Mục 7 - 12 của 15" in page2
        and "Mục 13 - 15 của 15" in page3
    )
    for label in ("Đầu tiên", "« Trước", "Tiếp »", "Cuối cùng", "Số mục mỗi trang 6"):
        assert label in page2
    for delta in (5, 10, 20):
        assert _html.escape(portal.listing_target(delta, 1)) in first


def test_one_article_many_addresses(server):
    for gold in portal.GOLD:
        story = portal.BY_SLUG[gold["path"].rsplit("/", 1)[-1]]
        canon = f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />'
        for target in [gold["path"], *gold["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert f"<span>{_html.escape(gold['title'])}</span></h3>" in body
            assert (canon in body) == bool(story.opts.get("canonical")), target
    assert sum(bool(s.opts.get("canonical")) for s in portal.STORIES) == 7
    home = fetch(server, "/web/tct/trang-chu")[1]
    assert (
        "?redirect=%2Fweb%2Ftct%2Ftrang-chu" in home
        and "/asset_publisher/Hm7tRe2Vb8Nc/content/" in home
    )
    listing = fetch(server, "/web/tct/tin-tuc")[1]
    assert "p_p_state=maximized" in listing and "urlTitle=" in listing
    assert (
        "content/le-ky-niem-44-nam-ngay-nha-giao-viet-nam?redirect=%2Fweb%2Ftct%2Ftin-tuc"
        in listing
    )


def test_article_chrome(server):
    gold = portal.GOLD[0]
    status, body, _ = fetch(server, gold["path"] + "?redirect=%2Fweb%2Ftct%2Ftin-tuc")
    assert status == 200
    assert '<a class="icon-circle-arrow-left" href="/web/tct/tin-tuc">Quay lại</a>' in body
    for line in (
        "Đánh giá:",
        "(0 bình chọn)",
        "Các tin khác",
        "Tin đọc nhiều",
        "Bạn chưa có đủ quyền truy nhập portlet này.",
        "Portlet này tạm thời không khả dụng.",
        "Đang truy cập: 17 | Tổng lượt truy cập: 1.102.334",
        "Tác giả: <a>Phan Thu Trang</a>",
    ):
        assert line in body
    assert "Phan Thu Trang – Khoa Lý luận cơ sở" in article_of(body)
    _, maxi, _ = fetch(server, portal.maximized_path(portal.STORIES[0]))
    assert "Các tin khác" not in maxi and 'id="column-2"' not in maxi


def test_redirects_login_and_documents(server):
    for target in ("/", "/web/tct"):
        status, _, headers = fetch(server, target)
        assert status == 302 and headers["Location"] == "/web/tct/trang-chu"
    status, _, headers = fetch(server, "/c/portal/login?p_l_id=10186")
    assert status == 302 and "p_p_id=58" in headers["Location"]
    status, body, _ = fetch(server, headers["Location"])
    assert status == 200 and "_58_password" in body
    status, body, _ = fetch(server, portal.DOC_PATH)
    assert status == 200 and "/documents/10180/0/quy-che-dao-tao-boi-duong-2026.pdf" in body
    assert "journal-content-article" not in body
    status, _, headers = fetch(server, "/documents/10180/0/quy-che-dao-tao-boi-duong-2026.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, lib, _ = fetch(server, "/web/tct/van-ban")
    assert lib.count('href="/documents/10180/0/') == 10


def test_text_quirks(server):
    _, body, _ = fetch(
        server,
        portal.canonical_path(
            portal.BY_SLUG["tap-huan-ung-dung-cong-nghe-thong-tin-trong-giang-day"]
        ),
    )
    art = article_of(body)
    assert "&#" in art and '<table border="0"' in art
    _, body, _ = fetch(
        server,
        portal.canonical_path(portal.BY_SLUG["lich-thi-ket-thuc-hoc-phan-lop-cao-cap-llct-k75"]),
    )
    assert "<td>28/11/2026</td>" in body and "<em>Tin: Văn phòng</em>" in body
    _, body, _ = fetch(
        server,
        portal.canonical_path(portal.BY_SLUG["hoi-thao-van-dung-tu-tuong-ho-chi-minh-ve-can-bo"]),
    )
    assert "<strong>TS. Nguyễn Thị Hương</strong>" in body
    assert (
        '<p style="text-align: center;"><em>('
        not in body.split("Các đại biểu tham dự Hội thảo")[0][-80:]
    )


def test_unknown_pages_are_404(server):
    assert fetch(server, "/web/tct/khong-co")[0] == 404
    assert (
        fetch(server, "/web/tct/tin-tuc/-/asset_publisher/Xk3pQw9zLm2a/content/khong-co")[0] == 404
    )
    assert (
        fetch(
            server,
            "/web/tct/tin-tuc/-/asset_publisher/Zz0000000000/content/le-khai-giang-nam-hoc-2026-2027",
        )[0]
        == 404
    )
