"""Self-checks of the Joomla soft-404 / non-article PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import soft404_nonarticles_pgd as portal
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


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> dict[str, str]:
    """BFS over href links; the pages reached (target -> the page that first linked it)."""
    seen = {s: "" for s in starts}
    queue = deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen[href] = target
                queue.append(href)
    return seen


def shown_text(markup: str) -> str:
    markup = re.sub(r"<br\s*/?>", "\n", markup)
    markup = re.sub(r"</t[dh]>\s*<t[dh]>", " | ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_body(page: str) -> str:
    return page.split('<div itemprop="articleBody">', 1)[1].split('<div class="article-social-share">', 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 9
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES + portal.MORE_NON_ARTICLES)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE_RE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/images/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "Quản trị viên")
            assert "(" not in name and "ThS." not in name and "," not in name
        assert g["alt_paths"] == [g["path"] + "?tmpl=component&print=1&layout=default"]
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 2 for c in portal.CATEGORIES.values())
    assert any(g["summary"] for g in portal.GOLD) and any(not g["summary"] for g in portal.GOLD)
    assert any(not g["authors"] for g in portal.GOLD) and any(g["source"] for g in portal.GOLD)
    assert any(not g["images"] for g in portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 itemprop="headline">{_html.escape(gold["title"])}</h2>' in body
    assert portal.TODAY in body
    assert f'<time datetime="{gold["published_at"]}" itemprop="datePublished">Được đăng: ' in body
    # the printed day is day-first and its weekday is right
    y, m, d = gold["published_at"][:10].split("-")
    printed = re.search(r"Được đăng: (Thứ \w+|Chủ nhật), (\d\d) Tháng (\d+) (\d{4}) (\d\d:\d\d)", body)
    assert printed and (printed.group(2), int(printed.group(3)), printed.group(4)) == (d, int(m), y)
    assert printed.group(5) == gold["published_at"][11:16]
    assert "Lượt xem: " in body and "<dt class=\"article-info-term\">Chi tiết</dt>" in body
    assert f'itemprop="genre">{_html.escape(gold["category"])}</a>' in body
    assert f'<span itemprop="name">{_html.escape(gold["category"])}</span>' in body  # breadcrumb
    text = shown_text(article_body(body))
    for para in gold["body"].split("\n\n"):
        assert para in text, para[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name.casefold() in text.casefold()
    if gold["source"]:
        assert gold["source"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_print_view_serves_the_same_article(server, gold):
    status, body, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200 and 'class="contentpane modal"' in body
    assert f'<h2 itemprop="headline">{_html.escape(gold["title"])}</h2>' in body
    text = shown_text(body.split('<div itemprop="articleBody">', 1)[1])
    for para in gold["body"].split("\n\n"):
        assert para in text
    _, page, _ = fetch(server, gold["path"])
    assert f'href="{_html.escape(gold["alt_paths"][0])}"' in page


def test_non_articles_answer_200_without_the_article_info(server):
    for path in portal.NON_ARTICLES + portal.MORE_NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        if "start=" in path:
            continue
        assert 'itemprop="datePublished"' not in body, path
        assert "Được đăng:" not in body, path
        assert portal.TODAY in body and 'id="sp-footer"' in body


def test_soft_404s_use_the_item_template(server):
    a, _members, b, c = (g.path for g in portal.GHOSTS)
    expected = {
        a: "Bài viết không tồn tại hoặc đã bị xóa.",
        b: '<h2 itemprop="headline">Không tìm thấy trang yêu cầu</h2>',
        c: '<h1 class="error-code">404 - Không tìm thấy bài viết</h1>',
    }
    for path, marker in expected.items():
        status, body, _ = fetch(server, path)
        assert status == 200 and marker in body, path
        assert '<div class="item-page' in body and "Lượt xem" not in body.split('id="sp-right"')[0]
    _, body, _ = fetch(server, c)
    assert 'name="searchword"' in body and 'action="/tim-kiem.html"' in body
    # the deleted posts are still linked from cached listings and modules, with dates
    _, listing, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien.html")
    assert f'href="{a}"' in listing and "Thứ tư, 25 Tháng 11 2026 11:05" in listing
    _, listing, _ = fetch(server, "/tin-tuc/chuyen-mon.html")
    assert f'href="{b}"' in listing
    _, listing, _ = fetch(server, "/tin-tuc/thong-bao.html")
    assert f'href="{c}"' in listing
    # a wrong id or alias is a real 404
    assert fetch(server, a.replace("126-", "127-"))[0] == 404
    assert fetch(server, a.replace(".html", "-x.html"))[0] == 404


def test_members_only_post_is_a_login_form(server):
    ghost = portal.GHOSTS[1]
    status, body, _ = fetch(server, ghost.path)
    assert status == 200
    assert f'<h2 itemprop="headline">{_html.escape(ghost.title)}</h2>' in body
    assert "Bạn cần đăng nhập để xem nội dung này" in body and 'name="password"' in body
    assert "Lượt xem:" in body and "Được đăng:" not in body
    _, listing, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien.html")
    assert f'href="{ghost.path}"' in listing and "Thứ năm, 12 Tháng 11 2026 08:20" in listing


def test_empty_category_and_static_pages(server):
    status, body, _ = fetch(server, "/tin-tuc/thi-dua-khen-thuong.html")
    assert status == 200 and "Chưa có bài viết nào trong chuyên mục này." in body
    assert 'class="items-row' not in body
    _, home, _ = fetch(server, "/")
    for alias, title in portal.STATIC_PAGES.items():
        assert f'href="/gioi-thieu/{alias}.html">{_html.escape(title)}</a>' in home
        status, body, _ = fetch(server, f"/gioi-thieu/{alias}.html")
        assert status == 200 and f'<h2 itemprop="headline">{_html.escape(title)}</h2>' in body
        assert '<div class="item-page"' in body and 'itemprop="articleBody"' in body
    assert '<span class="sp-menu-heading">Giới thiệu</span>' in home
    _, body, _ = fetch(server, "/gioi-thieu/co-cau-to-chuc.html")
    for name, post, phone in portal.STAFF:
        assert f"<td>{name}</td><td>{post}</td><td>{phone}</td>" in body
    _, body, _ = fetch(server, "/gioi-thieu/chuc-nang-nhiem-vu.html")
    text = shown_text(article_body(body))
    assert all(collapse(p) in text for p in portal.DUTIES) and len(portal.DUTIES) >= 8
    assert "Lượt xem" not in body.split('id="sp-right"')[0] and "Viết bởi" not in body


def test_document_and_question_entries(server):
    status, body, _ = fetch(server, portal.DOC_PATH)
    assert status == 200 and '<h2 itemprop="headline">Công văn số 512/PGDĐT-CM</h2>' in body
    for label in ("Số ký hiệu", "Ngày ban hành", "Trích yếu", "File đính kèm"):
        assert f'<span class="field-label">{label}: </span>' in body
    assert "Lượt xem: 312" in body
    status, _, headers = fetch(server, portal.DOC_FILE)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert f'href="{portal.DOC_PATH}"' in fetch(server, "/van-ban.html")[1]
    status, body, _ = fetch(server, portal.QA_PATH)
    assert status == 200 and "Người hỏi:" in body and "Trả lời:" in body and "Lượt xem: 158" in body
    assert f'href="{portal.QA_PATH}"' in fetch(server, "/hoi-dap.html")[1]


def test_pagination_hides_the_oldest_article(server):
    oldest = portal.path_of(portal.BY_ID[104])
    status, page1, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien.html")
    assert status == 200 and page1.count('class="items-row') == 6
    assert 'href="/tin-tuc/tin-tuc-su-kien.html?start=6"' in page1 and "Trang 1 của 2" in page1
    assert oldest not in page1
    status, page2, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien.html?start=6")
    assert status == 200 and oldest in page2 and "Trang 2 của 2" in page2
    assert page2.count('class="items-row') == 1
    assert fetch(server, "/tin-tuc/tin-tuc-su-kien.html?start=12")[0] == 404
    assert fetch(server, "/tin-tuc/tin-tuc-su-kien.html?start=5")[0] == 404
    _, home3, _ = fetch(server, "/?start=12")
    assert oldest in home3 and "Trang 3 của 3" in home3
    # nothing else links to it: only page 2 of the category and page 3 of the home blog
    reached = walk(server, [portal.START_PATH])
    assert reached[oldest] in ("/tin-tuc/tin-tuc-su-kien.html?start=6", "/?start=12")
    for target in ("/", "/?start=6", *(portal.path_of(s) for s in portal.STORIES)):
        assert f'href="{oldest}"' not in fetch(server, target)[1], target


def test_breadth_first_walk_reaches_everything(server):
    reached = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
        assert g["alt_paths"][0] in reached
    for path in portal.NON_ARTICLES + portal.MORE_NON_ARTICLES:
        assert path in reached, path


def test_header_today_is_not_an_article_date(server):
    _, body, _ = fetch(server, "/")
    assert "Thứ Sáu, 04/12/2026" in body
    assert not any(g["published_at"].startswith("2026-12-04") for g in portal.GOLD)


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co-trang-nay.html")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co.html")[0] == 404
    assert fetch(server, "/gioi-thieu/khong-co.html")[0] == 404
    assert fetch(server, portal.GOLD[0]["path"] + "?utm_source=x")[0] == 404
