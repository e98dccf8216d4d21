"""Self-checks of the Drupal 9 THPT Chuyên Lam Sơn fixture (mixed list rows) against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mixed_listing_types_thpt as portal
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
PAGE2_ONLY = [portal.S_VIENCHUC, portal.S_HKPD, portal.S_KHKT, portal.S_HUONGNGHIEP]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        absolute = urljoin(server.base_url + page, _html.unescape(href))
        if not absolute.startswith(server.base_url + "/"):
            continue
        target = absolute[len(server.base_url) :].split("#")[0]
        if urlsplit(target).path.endswith((*ASSETS, ".pdf")):
            continue
        out.append(target)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, target, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_part(body: str) -> str:
    return body.split('<article role="article"', 1)[1].split('<div class="node-tools">', 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 14  # 13 and the PDF-viewer notice, harmonised (see the module)
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert collapse(value.replace("\n\n", " ")) == value.replace("\n\n", " ")
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert (1 if g["path"].endswith(portal.S_FEE) else 2) <= len(g["body"].split("\n\n")) <= 12
        assert g["category"] in portal.CATEGORIES.values()
        assert g["alt_paths"] and g["alt_paths"][0].startswith("/node/")
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "quantri", "BBT") and "ThS." not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert portal.TODAY == "Thứ Sáu, 04/12/2026"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert ("node--type-article" in body or "node--type-thong-bao" in body) and "field--name-body" in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    assert f'<link rel="shortlink" href="{server.base_url}{gold["alt_paths"][0]}" />' in body
    art = article_part(body)
    assert f'field--label-hidden">{_html.escape(gold["title"])}</span></h1>' in art
    day, clock = gold["published_at"][:10], gold["published_at"][11:16]
    y, m, d = day.split("-")
    assert f"Đăng ngày {d}/{m}/{y} - {clock}</span>" in art
    assert portal.TODAY in body and portal.TODAY not in art
    crumb = '<li class="breadcrumb-item"><a href="/chuyen-muc/'
    assert crumb in body and f">{_html.escape(gold['category'])}</a></li>" in body
    text = shown(art)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        # a table row: its cells are printed in <td>s, one after another
        assert para.replace(" | ", " ") in text, para
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in art
        if img["caption"]:
            assert _html.escape(img["caption"]) in art
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_node_path_is_the_same_article(server, gold):
    _, alias, _ = fetch(server, gold["path"])
    status, node, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200 and node == alias


def test_caption_forms(server):
    _, body, _ = fetch(server, f"/tin-tuc/{portal.S_NHAGIAO}")
    assert "<figcaption>Quang cảnh buổi lễ kỷ niệm</figcaption>" in body
    assert 'field--name-field-tom-tat' in body
    _, body, _ = fetch(server, f"/tin-tuc/{portal.S_OLYMPIC_RUN}")
    assert "<em>Học sinh nhà trường tại vạch xuất phát</em>" in body
    assert "field--name-field-image" in body and "?itok=" in body
    _, body, _ = fetch(server, f"/tin-tuc/{portal.S_HKPD}")
    assert '<p style="text-align: center;">Màn đồng diễn thể dục chào mừng Hội khỏe</p>' in body
    _, body, _ = fetch(server, f"/tin-tuc/{portal.S_NANYANG}")
    assert "<figcaption>" not in body and "<em>" not in article_part(body)
    assert "ThS. Phạm Quang Vinh" in body and "Người đăng: <span" in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "node--type-article" not in body and 'field--name-field-nguoi-viet' not in body


def test_every_article_is_reachable_from_home(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_on_page_1_of_their_list(server):
    for slug in PAGE2_ONLY:
        cat = portal.BY_SLUG[slug].cat
        _, first, _ = fetch(server, f"/chuyen-muc/{cat}")
        _, zero, _ = fetch(server, f"/chuyen-muc/{cat}?page=0")
        _, second, _ = fetch(server, f"/chuyen-muc/{cat}?page=1")
        assert first == zero
        assert f"/tin-tuc/{slug}" not in first and f'href="/tin-tuc/{slug}"' in second
        assert 'href="?page=1"' in first
    # nowhere else: the home, sidebars and related blocks only show page 0 rows
    pages = ["/"] + [g["path"] for g in portal.GOLD] + [f"/chuyen-muc/{k}" for k in portal.CATEGORIES]
    for page in pages:
        body = fetch(server, page)[1]
        for slug in PAGE2_ONLY:
            if page != f"/tin-tuc/{slug}":
                assert f"/tin-tuc/{slug}" not in body, (page, slug)
    assert fetch(server, "/chuyen-muc/tin-tuc-su-kien?page=2")[0] == 404
    assert fetch(server, "/chuyen-muc/to-chuyen-mon?page=1")[0] == 404


def test_lists_mix_content_types_in_the_same_rows(server):
    bodies = {k: fetch(server, f"/chuyen-muc/{k}")[1] + fetch(server, f"/chuyen-muc/{k}?page=1")[1]
              for k in portal.CATEGORIES}
    everything = "".join(bodies.values())
    rows = re.findall(r'<div class="views-row[^"]*">(.*?)\n</div>', everything, re.S)
    assert len(rows) == 13 + len(portal.OTHERS)
    hrefs = [re.search(r'views-field-title"><h3 class="field-content">.*?href="([^"]+)"', r).group(1)
             for r in rows]
    assert any(h.startswith("https://moet.gov.vn/") for h in hrefs)
    assert any(h.startswith("https://baothanhhoa.vn/") for h in hrefs)
    assert any(h.startswith("https://www.youtube.com/watch?v=") for h in hrefs)
    assert portal.PDF_PLAN in hrefs and f"/album/{portal.S_ALBUM}" in hrefs
    assert f"/tin-tuc/{portal.S_FEE}" in hrefs
    for g in portal.GOLD:
        assert g["path"] in hrefs
    # same markup for every row: title, date, teaser fields
    for r in rows:
        assert "views-field-created" in r and "views-field-body" in r


def test_pdf_files_answer_pdf(server):
    for path in portal.PDF_FILES:
        status, body, headers = fetch(server, path)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        assert body.startswith("%PDF-")


def test_pdf_viewer_notice_is_a_line_and_its_document(server):
    status, body, _ = fetch(server, f"/tin-tuc/{portal.S_FEE}")
    assert status == 200 and "node--type-thong-bao" in body and "Đăng ngày 20/11/2026 - 10:05" in body
    assert f'<iframe src="{portal.PDF_FEE}"' in body
    art = article_part(body)
    body_field = art.split("field--name-body", 1)[1].split("</div>", 1)[0]
    assert body_field.count("<p>") == 1
    assert fetch(server, f"/node/{portal.NOTICE['nid']}")[1] == body


def test_album_is_photos_and_one_line(server):
    status, body, _ = fetch(server, f"/album/{portal.S_ALBUM}")
    assert status == 200 and "node--type-album" in body
    art = body.split("<article", 1)[1].split("</article>", 1)[0]
    assert art.count("<p>") == 1 and art.count("data-colorbox-gallery") == len(portal.ALBUM_PHOTOS)


def test_short_announcement_is_short(server):
    g = next(g for g in portal.GOLD if g["path"] == f"/tin-tuc/{portal.S_NGHI}")
    assert len(re.findall(r"[.!?](?:\s|$)", g["body"])) == 3
    assert g["authors"] == [] and g["images"] == []


def test_home_slider_and_blocks(server):
    _, body, _ = fetch(server, "/")
    assert body.count('class="carousel-item') == 4
    assert body.count("block-tin-moi") == len(portal.CATEGORIES)
    for key in ("Đang online", "Hôm nay", "Tổng truy cập", portal.TODAY, "307 Lê Lai"):
        assert key in body


def test_static_pages_and_unknown(server):
    for path in ("/gioi-thieu", "/lien-he"):
        status, body, _ = fetch(server, path)
        assert status == 200 and "node--type-page" in body and "Đăng ngày" not in body.split("<main", 1)[1].split("</main>")[0]
    assert fetch(server, "/tin-tuc/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/node/99999")[0] == 404
    # Drupal ignores a query it does not know: the same page (linked from nowhere)
    assert fetch(server, f"/tin-tuc/{portal.S_NGHI}?utm_source=x")[0] == 200
