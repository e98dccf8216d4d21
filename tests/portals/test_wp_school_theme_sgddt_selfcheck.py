"""Self-checks of the WordPress "theme giáo dục" Sở GD&ĐT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_school_theme_sgddt as portal
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
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


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
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 6
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert STAMP.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        assert g["path"] == f"/{g['published_at'][:4]}/{g['published_at'][5:7]}/{g['path'].split('/')[3]}/"
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        assert 3 <= len(g["body"].split("\n\n")) <= 10, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập") and not name.startswith(("ThS.", "TS."))
            assert "(" not in name and " - " not in name and "thông tin" not in name
        assert g["alt_paths"] == [g["path"] + "print/"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    shown = page_text(body)
    assert gold["title"] in shown
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in shown
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in shown
    assert portal.TODAY in shown
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in shown
    for name in gold["authors"]:
        assert name in shown
    if gold["source"]:
        assert f"Theo {gold['source']}" in shown
    # breadcrumb's last section is the gold category
    crumb = re.search(r'<nav class="yoast-breadcrumbs">(.*?)</nav>', body, re.S).group(1)
    assert f">{_html.escape(gold['category'])}</a></span> »" in crumb


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_view_is_the_same_article(server, gold):
    status, body, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200 and 'content="noindex, nofollow"' in body
    shown = page_text(body)
    assert gold["title"] in shown
    for para in gold["body"].split("\n\n"):
        assert para.split(" | ")[0] in shown


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="entry-content"' not in body or "type-post" not in body, path
        assert 'rel="shortlink"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        if path != "/2026/11/":
            assert path in seen, path


def test_only_on_later_listing_pages(server):
    t4, c2, c3 = (portal.permalink(s) for s in (portal.T4, portal.C2, portal.C3))
    home = fetch(server, "/")[1]
    tin1 = fetch(server, "/chuyen-muc/tin-giao-duc/")[1]
    tin2 = fetch(server, "/chuyen-muc/tin-giao-duc/page/2/")[1]
    cd = [fetch(server, p)[1] for p in ("/chuyen-muc/chi-dao-dieu-hanh/", "/chuyen-muc/chi-dao-dieu-hanh/page/2/", "/chuyen-muc/chi-dao-dieu-hanh/page/3/")]
    assert t4 not in home + tin1 and t4 in tin2
    assert c2 not in home + cd[0] + cd[2] and c2 in cd[1]
    assert c3 not in home + cd[0] + cd[1] and c3 in cd[2]
    assert 'href="/chuyen-muc/chi-dao-dieu-hanh/page/3/"' in cd[1]
    for s in portal.STORIES:
        body = fetch(server, portal.permalink(s))[1]
        related = body.split('class="tvd-related"', 1)[1]
        for later in (t4, c2, c3):
            assert later not in related
    assert fetch(server, "/chuyen-muc/chi-dao-dieu-hanh/page/4/")[0] == 404
    status, _, headers = fetch(server, "/chuyen-muc/tin-giao-duc/page/1/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/tin-giao-duc/"


def test_listings_mix_link_posts(server):
    body = fetch(server, "/chuyen-muc/chi-dao-dieu-hanh/")[1]
    pdfs = re.findall(r'href="(/wp-content/uploads/[^"]+\.pdf)"', body)
    assert len(pdfs) >= 7
    status, _data, headers = fetch(server, pdfs[0])
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    body = fetch(server, "/chuyen-muc/tin-giao-duc/")[1]
    assert body.count('href="https://baotravinh.vn/giao-duc/') == 4


def test_headline_is_not_the_h1(server):
    body = fetch(server, portal.permalink(portal.T1))[1]
    assert '<h1 class="tvd-banner__title">Tin giáo dục</h1>' in body
    assert f'<h2 class="tvd-entry-title">{portal.txt(portal.T1.title)}</h2>' in body
    body = fetch(server, portal.permalink(portal.TB1))[1]
    assert '<span class="tvd-badge-new">Mới</span></h1>' in body
    assert "Mới" not in GOLD_BY_PATH[portal.permalink(portal.TB1)]["title"]


def test_dates_and_category_traps(server):
    body = fetch(server, portal.permalink(portal.T1))[1]
    assert '<i class="fa fa-calendar"></i> 04/12/2026</span>' in body and '<i class="fa fa-clock-o"></i> 15:20</span>' in body
    body = fetch(server, portal.permalink(portal.K1))[1]
    assert "Thứ Hai, 30/11/2026 - 16:45" in body and "Cập nhật: 01/12/2026 08:10" in body
    body = fetch(server, portal.permalink(portal.C1))[1]
    assert "Ngày đăng: 03/12/2026" in body and "tvd-time" not in body
    body = fetch(server, portal.permalink(portal.TB2))[1]
    terms = re.search(r'class="elementor-post-info__terms-list">(.*?)</span>', body).group(1)
    assert terms.index("Khảo thí") < terms.index("Thông báo")
    assert "Tác giả: Phòng Quản lý chất lượng" in body
    body = fetch(server, portal.permalink(portal.G1))[1]
    assert '<h1 class="tvd-banner__title">Giáo dục dân tộc</h1>' in body
    assert portal.permalink(portal.G1) in fetch(server, "/chuyen-muc/tin-giao-duc/")[1]


def test_body_boundary_traps(server):
    body = fetch(server, portal.permalink(portal.C3))[1]
    assert '<p class="ez-toc-title">Mục lục</p>' in body
    body = fetch(server, portal.permalink(portal.C2))[1]
    assert '<div class="tvd-inline-related"><strong>Xem thêm:</strong>' in body
    assert '<o:p></o:p>' in body and "<br>\n" in body and "&nbsp;</span></p>" in body
    body = fetch(server, portal.permalink(portal.T2))[1]
    assert "Nguyễn Thị Kiều" in body and "Trường THCS Long Hiệp thông tin" in body
    body = fetch(server, portal.permalink(portal.K2))[1]
    assert "<tr><td style=\"text-align: center;\"><span style=\"font-size: 10pt;\">Đoàn đánh giá" in body
    gold = GOLD_BY_PATH[portal.permalink(portal.K2)]
    assert "Đoàn đánh giá ngoài làm việc" not in gold["body"]
    gold = GOLD_BY_PATH[portal.permalink(portal.C1)]
    assert gold["summary"] is None and gold["body"].startswith("I. KẾT QUẢ THÁNG 11/2026\n\n")
    assert "Tỷ lệ học sinh đi học chuyên cần đạt 98,7%; số học sinh bỏ học giảm 0,12% so với cùng kỳ.\n\nCác đơn vị" in gold["body"]


def test_lazy_images_and_attachment_pages(server):
    body = fetch(server, portal.permalink(portal.T1))[1]
    real = portal.T1.images[0].src
    assert f'data-lazy-src="{real}"' in body and f'<noscript><img decoding="async" width="1024" height="683" src="{real}"' in body
    assert 'src="data:image/svg+xml' in body
    body = fetch(server, portal.permalink(portal.G1))[1]
    att = portal.NON_ARTICLES[4]
    assert f'href="{att}"' in body
    status, body, _ = fetch(server, att)
    assert status == 200 and "attachment type-attachment" in body


def test_duplicate_forms_redirect(server):
    path = portal.permalink(portal.T2)
    status, _, headers = fetch(server, path.rstrip("/"))
    assert status == 301 and headers["Location"] == path
    pid = portal.ID_OF[portal.T2.slug]
    body = fetch(server, path)[1]
    assert f'<link rel="shortlink" href="/?p={pid}">' in body
    status, _, headers = fetch(server, f"/?p={pid}")
    assert status == 301 and headers["Location"] == path


def test_month_archive_only_in_select(server):
    home = fetch(server, "/")[1]
    assert '<option value="/2026/11/">' in home and 'href="/2026/11/"' not in home
    status, body, _ = fetch(server, "/2026/10/")
    assert status == 200 and portal.permalink(portal.T4) in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/2026/11/khong-co-bai-nay/")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co/")[0] == 404
    assert fetch(server, "/2026/10/" + portal.T1.slug + "/")[0] == 404
