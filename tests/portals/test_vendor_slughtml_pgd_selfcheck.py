"""Self-checks of the vendor "Cổng TTĐT" (ASP.NET MVC, slug.html) PGD fixture against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vendor_slughtml_pgd as portal
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


def shown_text(markup: str) -> str:
    """The page's text as a reader sees it, collapsed (tags as spaces, entities decoded)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def content_of(body: str) -> str:
    return body.split('<div class="detail-content" id="newsContent">', 1)[1].split(
        '<div class="detail-share">', 1
    )[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        # (a letter's gold is its letterhead's day: portal.LETTER_DATES)
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 16, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("BBT", "Internet")  # ("PGD&ĐT" signing is credited: OFFICE_SIGNED)
            assert " - " not in name and "(" not in name
        for alt in g.get("alt_paths", []):
            assert alt != g["path"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    counts = {c: sum(g["category"] == c for g in portal.GOLD) for c in portal.CATEGORIES.values()}
    assert min(counts.values()) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert f'<h1 class="title-detail">{_html.escape(gold["title"])}</h1>' in body
    date, clock = gold["published_at"][:10], gold["published_at"][11:16]
    y, m, d = date.split("-")
    meta = body.split('<div class="detail-meta">', 1)[1].split("</div>", 1)[0]
    if len(gold["published_at"]) == 10:  # a letter: dated by its letterhead, not the meta row
        assert f"ngày {d} tháng {m} năm {y}" in body
    else:
        assert f"{d}/{m}/{y}</span>" in meta and f"{clock}</span>" in meta
    assert "Lượt xem:" in meta and "Cỡ chữ:" in meta and "In</a>" in meta and "Email</a>" in meta
    assert portal.CLOCK in body
    crumbs = body.split('<ol class="breadcrumb">', 1)[1].split("</ol>", 1)[0]
    assert shown_text(crumbs).endswith(f"Tin tức {gold['category']}")
    if gold["summary"]:
        sapo = body.split('<div class="detail-summary">', 1)[1].split("</div>", 1)[0]
        assert shown_text(sapo) == gold["summary"] and "<strong>" in sapo
    else:
        assert 'class="detail-summary"' not in body
    content = shown_text(content_of(body))
    paras = gold["body"].split("\n\n")
    start = 1 if gold["summary"] else 0
    for para in paras[start:]:
        cells = para.split(" | ")
        assert " ".join(cells) in content, para[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in content_of(body)
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert "Tin mới hơn" in body or "Tin cũ hơn" in body
    assert "Ý kiến bạn đọc" in body
    assert '<link rel="canonical"' not in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    assert gold["alt_paths"][0].count("/") == 2  # the short form
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert content_of(body) == content_of(main)
        assert f'<h1 class="title-detail">{_html.escape(gold["title"])}</h1>' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="detail-meta"' not in body, path
        assert 'class="title-detail"' not in body or "/trang/" in path, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert _html.unescape(path) in seen, path
    # the linked duplicates: short forms and the marquee's Zalo links
    for sid in portal.ZALO_IDS:
        assert portal.long_path(portal.BY_ID[sid]) + portal.ZALO in seen
    assert portal.short_path(portal.STORIES[0]) in seen


def test_pagination_of_all_news(server):
    _, page1, _ = fetch(server, "/tin-tuc.html")
    _, page2, _ = fetch(server, "/tin-tuc.html?page=2")
    ordered = portal.sorted_stories(portal.STORIES)
    for s in ordered[:8]:
        assert portal.long_path(s) in page1
    for s in ordered[8:]:
        assert f'<h3><a href="{portal.long_path(s)}">' in page2
        assert f'<h3><a href="{portal.long_path(s)}">' not in page1
    pager = shown_text(page1.split('<ul class="pagination">', 1)[1].split("</ul>", 1)[0])
    assert pager == "Đầu Trước 1 2 Sau Cuối"
    assert 'href="/tin-tuc.html?page=2"' in page1 and 'href="/tin-tuc.html?page=1"' in page2
    status, page9, _ = fetch(server, "/tin-tuc.html?page=9")
    assert status == 200 and "Chưa có dữ liệu" in page9 and 'class="news-item' not in page9
    _, cat, _ = fetch(server, "/tin-tuc/chi-dao-dieu-hanh.html")
    assert cat.count('class="news-item') == 4 and 'class="pagination"' not in cat


def test_short_article_url_shares_the_category_list_shape(server):
    story = portal.BY_ID[1287]
    short = portal.short_path(story)
    assert re.fullmatch(r"/tin-tuc/[a-z0-9-]+\.html", short)
    status, body, _ = fetch(server, "/tin-tuc/tin-giao-duc.html")
    assert status == 200 and 'class="cat-title">Tin giáo dục<' in body
    assert 'class="title-detail"' not in body
    status, body, _ = fetch(server, short)
    assert status == 200 and 'class="title-detail"' in body
    _, home, _ = fetch(server, "/")
    assert f'href="{short}"' in home
    assert fetch(server, "/tin-tuc/khong-co-chuyen-muc.html")[0] == 404
    assert fetch(server, "/tin-tuc/bai-viet-da-xoa-99999.html")[0] == 404


def test_zalo_link_echoed_in_og_url(server):
    _, home, _ = fetch(server, "/")
    marquee = home.split("<marquee", 1)[1].split("</marquee>", 1)[0]
    for sid in portal.ZALO_IDS:
        target = portal.long_path(portal.BY_ID[sid]) + portal.ZALO
        assert f'href="{target}"' in marquee
        _, body, _ = fetch(server, target)
        assert f'og:url" content="{server.base_url}{_html.escape(target)}"' in body


def test_weekly_schedule_chains_without_end(server):
    status, body, _ = fetch(server, "/lich-cong-tac.html?tuan=48")
    assert status == 200 and "Lịch công tác tuần 48 năm 2026" in body
    assert (
        'href="/lich-cong-tac.html?tuan=47"' in body
        and 'href="/lich-cong-tac.html?tuan=49"' in body
    )
    assert "23/11/2026" in body
    _, body, _ = fetch(server, "/lich-cong-tac.html?tuan=47")
    assert (
        'href="/lich-cong-tac.html?tuan=48"' in body
        and 'href="/lich-cong-tac.html?tuan=46"' in body
    )
    _, body, _ = fetch(server, "/lich-cong-tac.html?tuan=53")
    assert 'href="/lich-cong-tac.html?tuan=1&amp;nam=2027"' in body
    status, body, _ = fetch(server, "/lich-cong-tac.html?tuan=1&nam=2031")
    assert status == 200 and "tuan=52&amp;nam=2030" in body


def test_directive_letters(server):
    for sid, signer, letter_date in (
        (1266, "Nguyễn Văn Thành", "ngày 20 tháng 10 năm 2026"),
        (1275, "Lê Thị Hoa", "ngày 03 tháng 11 năm 2026"),
        (1245, "Nguyễn Văn Thành", "ngày 30 tháng 09 năm 2026"),
    ):
        story = portal.BY_ID[sid]
        gold = next(g for g in portal.GOLD if g["path"] == portal.long_path(story))
        _, body, _ = fetch(server, gold["path"])
        content = shown_text(content_of(body))
        for printed in (
            "UBND HUYỆN KRÔNG PẮC",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Nơi nhận:",
            "(Đã ký)",
            letter_date,
        ):
            assert printed in content
            assert printed not in gold["body"]
        assert content.endswith(signer)
        assert gold["authors"] == [signer]
        assert "Số:" in content and "V/v" in content and "V/v" not in gold["body"]
        kinh_gui = gold["body"].split("\n\n")[1 if gold["summary"] else 0]
        assert kinh_gui.startswith("Kính gửi:")
        last = gold["body"].split("\n\n")[-1]
        assert content.index(last) < content.index("Nơi nhận:")
        day, month = re.fullmatch(r"ngày (\d\d) tháng (\d\d) năm 2026", letter_date).groups()
        # the letterhead's day is the letter's date (house convention), not the meta row's
        assert gold["published_at"] == f"2026-{month}-{day}"
        assert (
            f"{day}/{month}/2026</span>" not in body.split('<div class="detail-meta">', 1)[1][:200]
        )


def test_bylines_and_credits(server):
    def page(sid: int) -> str:
        return fetch(server, portal.long_path(portal.BY_ID[sid]))[1]

    assert '<p style="text-align: right;"><strong>H&#39;Nhung Niê</strong></p>' in page(1287)
    assert "Ngọc Lan - Trường TH Lê Lợi</strong>" in page(1279)
    assert '<p style="text-align: center;">Ảnh: Ngọc Lan</p>' in page(1279)
    assert "<strong>PGD&amp;ĐT</strong>" in page(1291) and "<strong>PGD&amp;ĐT</strong>" in page(
        1272
    )
    assert "Y Khoa Byă" in page(1251)
    assert 'class="image_desc"' in page(1262)
    gold = {g["path"]: g for g in portal.GOLD}
    assert gold[portal.long_path(portal.BY_ID[1291])]["authors"] == ["PGD&ĐT"]  # (OFFICE_SIGNED)
    assert gold[portal.long_path(portal.BY_ID[1283])]["images"][0]["caption"] is None


def test_gdtd_sapo_carries_the_only_other_date(server):
    story = portal.BY_ID[1264]
    _, body, _ = fetch(server, portal.long_path(story))
    sapo = body.split('<div class="detail-summary">', 1)[1].split("</div>", 1)[0]
    assert "(GD&amp;TĐ) - Sáng 22/10," in sapo
    assert "Theo Báo Giáo dục và Thời đại" in body
    gold = next(g for g in portal.GOLD if g["path"] == portal.long_path(story))
    assert gold["published_at"] == "2026-10-22T08:45:00+07:00"
    assert gold["source"] == "Báo Giáo dục và Thời đại"


def test_qa_and_documents_are_not_news(server):
    status, body, _ = fetch(server, "/hoi-dap/thu-tuc-chuyen-truong-cho-hoc-sinh-tieu-hoc-46.html")
    assert status == 200
    for label in ("Người hỏi:", "Ngày hỏi:", "Trả lời:"):
        assert label in body
    status, body, _ = fetch(server, "/van-ban/512-pgddt-cm-87.html")
    assert status == 200 and "512/PGDĐT-CM" in body and "Ngày ban hành" in body
    pdf = re.search(r'href="(/Uploads/files/[^"]+\.pdf)"', body).group(1)
    status, _, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_chrome(server):
    _, body, _ = fetch(server, "/")
    for piece in (
        portal.CLOCK,
        "Thông báo:",
        "Văn bản mới",
        "Lịch công tác",
        "Đang truy cập: <b>17</b>",
        "Hôm nay: <b>1.093</b>",
        "Tổng: <b>2.416.225</b>",
        "Bản quyền thuộc Phòng GD&amp;ĐT huyện Krông Pắc",
        "Thiết kế bởi",
        "moet.gov.vn",
    ):
        assert piece in body
    assert fetch(server, "/khong-co-trang-nay.html")[0] == 404
