"""Self-checks of the Liferay 6.1 political-school fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay61_redirect_tct as portal
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"]*)"')
STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js")
CONTENT = re.compile(r"^/web/guest/[a-z-]+/-/asset_publisher/\w+/content/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def readable(body: str) -> str:
    """The page's text as a reader sees it: entities resolved, NFC, spaces collapsed."""
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", _html.unescape(body)))


def column(body: str, name: str) -> str:
    start = body.index(f'id="{name}"')
    end = body.find('id="column-', start + 10)
    return body[start : end if end > 0 else len(body)]


def links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != server.base_url:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, limit: int = 2000) -> dict[str, str]:
    """Breadth-first over every link from START_PATH (redirects followed): HTML pages by target."""
    queue = deque([portal.START_PATH])
    seen: set[str] = set()
    pages: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        if target in seen or urlsplit(target).path.lower().endswith(STATIC):
            continue
        seen.add(target)
        assert len(seen) < limit, "the link graph should be finite"
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(headers["Location"])
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages[target] = body
        queue.extend(t for t in links(server, target, body) if t not in seen)
    return pages


@pytest.fixture(scope="module")
def crawl(server):
    return walk(server)


def addresses(gold: dict) -> set[str]:
    return {gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])}


# --- gold -------------------------------------------------------------------------------------------


def test_gold_size_and_keys():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    for gold in portal.GOLD:
        assert set(gold) >= KEYS, gold["path"]
        assert set(gold) - KEYS <= {"alt_paths"}


def test_gold_is_well_formed():
    paths = set()
    for gold in portal.GOLD:
        assert gold["published_at"] is None or DATE.match(gold["published_at"])
        for key in ("title", "body", "summary", "source", "category"):
            value = gold[key]
            if value is not None:
                assert value == unicodedata.normalize("NFC", value), (gold["path"], key)
                assert value == value.strip()
        for name in gold["authors"] + gold["photographers"]:
            assert name == unicodedata.normalize("NFC", name)
            assert not name.startswith(("ThS.", "TS.", "Tin", "Ảnh", "Nguồn"))
        if gold["summary"]:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for image in gold["images"]:
            assert image["path"].startswith("/")
            assert image["caption"] is None or image["caption"].strip()
        assert gold["category"] in {"Tin tức", "Đào tạo - Bồi dưỡng", "Nghiên cứu khoa học"}
        mine = addresses(gold)
        assert not (mine & paths), "an address belongs to one article only"
        paths |= mine


def test_gold_paths_and_alternatives_answer_with_the_title(server):
    for gold in portal.GOLD:
        for target in sorted(addresses(gold)):
            status, body, _ = fetch(server, target)
            assert status == 200, target
            text = readable(body)
            assert f'<h3 class="header-title"><span>{gold["title"]}</span></h3>' in text, target


def test_article_pages_print_what_gold_says(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        status, body, _ = fetch(server, gold["path"])
        assert status == 200
        text = readable(body)
        main = readable(column(body, "column-2"))
        if gold["published_at"]:
            day = portal.ddmmyyyy(gold["published_at"])
            assert f"Ngày đăng: {day}" in main
        else:
            assert "Ngày đăng" not in text
        for paragraph in gold["body"].split("\n\n"):
            cells = paragraph.split(" | ")
            for cell in cells:
                assert cell in main, (gold["path"], cell)
        for image in gold["images"]:
            assert f'src="{_html.escape(image["path"])}"' in body
            if image["caption"]:
                assert image["caption"] in main
        for name in gold["authors"]:
            assert name in main
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in main
        crumbs = body[body.index('id="breadcrumbs"') : body.index('id="main-content"')]
        assert f">{gold['category']}</a>" in crumbs
        assert f"<title>{gold['title']} - {gold['category']} -" in text
        assert story.slug in gold["path"]


def test_file_name_caption_and_attachment_lines_are_printed_but_not_gold(server):
    _, body, _ = fetch(server, portal.GOLD[4]["path"])
    assert "<em>DSC_0456.JPG</em>" in body
    assert portal.GOLD[4]["images"][0]["caption"] is None
    _, body, _ = fetch(server, portal.GOLD[1]["path"])
    assert "File đính kèm:" in body
    assert "File đính kèm" not in portal.GOLD[1]["body"]


def test_text_forms_of_the_editor(server):
    _, body, _ = fetch(server, portal.GOLD[3]["path"])  # CKEditor entities
    assert "Ng&agrave;y 07/11/2026" in body
    _, body, _ = fetch(server, portal.GOLD[8]["path"])  # typed as decomposed Unicode
    assert unicodedata.normalize("NFD", "hưởng ứng Ngày Chuyển đổi số") in body
    assert "hưởng ứng Ngày Chuyển đổi số" not in body
    _, body, _ = fetch(server, portal.GOLD[7]["path"])  # HtmlUtil.escape's quote
    assert "Hội thi &#034;Giảng viên dạy giỏi&#034;" in body


# --- navigation ----------------------------------------------------------------------------------


def test_root_redirects_to_the_home_page(server):
    status, _, headers = fetch(server, "/")
    assert status == 302
    assert headers["Location"] == "/web/guest/trang-chu"


def test_walk_reaches_every_article_and_prints_no_other_article_address(crawl):
    printed = {t for page in crawl.values() for t in links_in(page) if CONTENT.match(t)}
    known = set().union(*(addresses(g) for g in portal.GOLD))
    assert printed <= known, sorted(printed - known)[:3]
    for gold in portal.GOLD:
        assert addresses(gold) & set(crawl), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl


def links_in(body: str) -> list[str]:
    return [_html.unescape(h) for h in HREF.findall(body) if h.startswith("/")]


def test_one_article_has_many_printed_addresses(crawl):
    n1 = portal.GOLD[0]
    reached = addresses(n1) & set(crawl)
    assert len(reached) >= 6
    assert any("/content/id/21840" in t for t in reached)
    assert any("redirect=%2Fweb%2Fguest%2Ftin-tuc%3Fp_p_id" in t for t in reached)


def test_some_articles_are_only_behind_page_two_or_three(server):
    _, home, _ = fetch(server, "/web/guest/trang-chu")
    _, first, _ = fetch(server, "/web/guest/tin-tuc")
    for gold in portal.GOLD[7:11]:  # N8, N9, N10, N11
        slug = gold["path"].rsplit("/", 1)[1]
        assert slug not in first
        assert slug not in column(home, "column-2") or gold is portal.GOLD[10]


def test_pagination_and_delta_views(server):
    cat = portal.TIN_TUC
    seen = []
    for cur, count in ((1, 5), (2, 5), (3, 1)):
        _, body, _ = fetch(server, portal.pager_url(cat, 5, cur))
        main = column(body, "column-2")
        titles = re.findall(r'<h3 class="asset-title"><a href="([^"]+)"', main)
        assert len(titles) == count
        assert f"Trang {cur} của 3" in main
        seen += [_html.unescape(t).split("?")[0] for t in titles]
        if cur == 2:
            assert '<a class="first"' in main and '<a class="last"' in main
            assert "onchange=" in main and "<select" in main
        if cur == 1:
            assert '<span class="first">Đầu</span>' in main
    assert len(set(seen)) == 11
    for delta in portal.DELTAS:
        _, body, _ = fetch(server, portal.pager_url(cat, delta, 1))
        main = column(body, "column-2")
        assert len(re.findall(r'class="asset-title"', main)) == 11
        assert "Trang 1 của 1" in main and "Số mục mỗi trang" in main


def test_each_list_view_prints_its_own_redirect(server):
    bare = fetch(server, "/web/guest/tin-tuc")[1]
    cur1 = fetch(server, portal.pager_url(portal.TIN_TUC, 5, 1))[1]
    first = re.findall(r'<h3 class="asset-title"><a href="([^"]+)"', column(bare, "column-2"))
    again = re.findall(r'<h3 class="asset-title"><a href="([^"]+)"', column(cur1, "column-2"))
    assert [a.split("?")[0] for a in first] == [a.split("?")[0] for a in again]
    assert not set(first) & set(again)


def test_out_of_range_page_is_an_empty_list(server):
    status, body, _ = fetch(server, portal.ARCHIVE)
    assert status == 200
    main = column(body, "column-2")
    assert "Không tìm thấy kết quả nào." in main
    assert "/content/" not in main
    assert portal.ARCHIVE in _html.unescape(fetch(server, "/web/guest/trang-chu")[1])


def test_canonical_only_where_the_theme_prints_it(server):
    canonical = 0
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, gold["path"])
        found = re.findall(r'<link href="([^"]+)" rel="canonical"', body)
        if story.opts.get("canonical"):
            assert found == [server.url(gold["canonical_path"])]
            canonical += 1
        else:
            assert found == []
    assert canonical == 7
    _, home, _ = fetch(server, "/web/guest/trang-chu")
    assert 'rel="canonical"' not in home


# --- traps ------------------------------------------------------------------------------------------


def test_print_view_has_only_the_text(server):
    story = portal.N1
    status, body, _ = fetch(server, portal.print_url(portal.TIN_TUC, story))
    assert status == 200
    text = readable(body)
    assert story.title in text and "Buổi lễ diễn ra trong không khí trang trọng" in text
    for chrome in ("Ngày đăng", "Tin mới", "Đăng nhập", "Bình luận", "Lượt truy cập"):
        assert chrome not in text
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    assert f"window.open('{portal.print_url(portal.TIN_TUC, story)}'" in page
    assert 'href="' + portal.print_url(portal.TIN_TUC, story) not in page


def test_exclusive_state_answers_a_fragment_or_a_file(server):
    bare = portal.GOLD[0]["path"]
    status, body, _ = fetch(server, bare + "?p_p_state=exclusive")
    assert status == 200 and "<html" not in body and "<title>" not in body
    assert portal.N1.title in readable(body)
    _, page, _ = fetch(server, bare)
    exports = [t for t in links_in(page) if "p_p_state=exclusive" in t]
    assert len(exports) == 3
    for target in exports:
        status, _, headers = fetch(server, target)
        assert status == 200
        assert not headers["Content-Type"].startswith("text/html")
        assert headers["Content-Disposition"].startswith("attachment")


def test_login_link_leads_to_a_form(server):
    status, _, headers = fetch(server, "/c/portal/login?p_l_id=10457")
    assert status == 302
    status, body, _ = fetch(server, headers["Location"])
    assert status == 200
    assert 'type="password"' in body and "Ngày đăng" not in body


def test_documents_are_files(server):
    _, page, _ = fetch(server, portal.GOLD[1]["path"])
    docs = [t for t in links_in(page) if t.startswith("/documents/")]
    assert docs and all(not t.lower().endswith((".pdf", ".doc")) for t in docs)
    for target in docs + [d[0] for d in portal.DOCS]:
        status, _, headers = fetch(server, target)
        assert status == 200
        assert headers["Content-Type"] in ("application/pdf", "application/msword")


def test_latest_articles_feed_is_xml(server):
    _, home, _ = fetch(server, "/web/guest/trang-chu")
    assert f'href="{_html.escape(portal.RSS)}"' in home
    status, body, headers = fetch(server, portal.RSS)
    assert status == 200
    assert headers["Content-Type"].startswith("text/xml")
    assert "<result-set>" in body and "<html" not in body
    assert body.count("<row>") == 10


def test_non_articles_answer_without_a_date(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng" not in body and 'class="header-title"' not in body
    _, schedule, _ = fetch(server, "/web/guest/lich-cong-tac")
    assert "<table" in column(schedule, "column-2")


def test_chrome_on_every_page(server):
    for target in ["/web/guest/trang-chu", "/web/guest/tin-tuc", portal.GOLD[12]["path"]]:
        _, body, _ = fetch(server, target)
        assert portal.HEADER_DATE in body
        assert "Bạn chưa có đủ quyền truy nhập portlet này." in column(body, "column-3")
        assert "Đang truy cập: <strong>8</strong>" in body
        assert "Bản quyền thuộc về Trường Chính trị tỉnh Tuyên Quang" in body
        assert "Liên kết website" in body and "Văn bản mới" in body
    _, article, _ = fetch(server, portal.GOLD[0]["path"])
    main = column(article, "column-2")
    for widget in (
        "« Quay lại",
        "Đánh giá",
        "Chưa có bình luận nào.",
        "Các tin đã đưa",
        "Lượt xem:",
    ):
        assert widget in main


def test_unknown_addresses_are_not_found(server):
    assert fetch(server, "/web/guest/tin-tuc/-/asset_publisher/Kx3pQ/content/khong-co")[0] == 404
    assert fetch(server, "/web/guest/tin-tuc/-/asset_publisher/Wm4tZ/content/id/21840")[0] == 404
    assert fetch(server, "/web/guest/khong-co-trang")[0] == 404
