"""Self-checks of the widget-heavy e-gov Sở GD&ĐT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.request
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import widget_heavy_egov_sgddt as portal
from tests.portals._common import collapse
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
OLDEST_NEWS = "/tin-tuc/-/view/47815/khanh-thanh-diem-truong-mam-non-ban-si-choang"
PORTLETS_BELOW = [
    "Ý kiến cử tri",
    "Thăm dò ý kiến",
    "Tỷ giá / Thời tiết",
    "Hỏi đáp trực tuyến",
    "Văn bản chỉ đạo",
    "Tin cùng chuyên mục",
    "Liên kết website",
]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The page's text as a reader sees it, collapsed (tags become spaces)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS) or href.startswith(("/html/", "/combo/")):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, blocked: frozenset[str] = frozenset()) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < 400:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in seen and href not in blocked:
                seen.add(href)
                queue.append(href)
    return seen


def content_of(body: str) -> str:
    """The article portlet's text part: sapo + content-detail (up to the view counter)."""
    start = body.index('<div class="news-detail">')
    end = body.index('<div class="footer-detail">', start)
    return body[start:end]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or ""):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/documents/")
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.normalize("NFC", name) == name
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " - " not in name and not name.startswith(("ThS.", "TS."))
        assert len(g["alt_paths"]) == 2
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    per_cat = [sum(g["category"] == c for g in portal.GOLD) for c in portal.CATEGORIES.values()]
    assert min(per_cat) >= 2 and max(per_cat) > portal.PER_PAGE


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[4])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title-detail">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    d = gold["published_at"]
    assert f"Cập nhật: {d[8:10]}/{d[5:7]}/{d[:4]} {d[11:16]}</div>" in body
    assert portal.HEADER_TODAY in body
    crumbs = body.split('<div class="breadcrumb-portlet">', 1)[1].split("</div>", 1)[0]
    assert crumbs.rstrip().endswith(f">{_html.escape(gold['category'])}</a>")
    article = content_of(body)
    text = shown(article)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in article
        if img["caption"]:
            assert img["caption"] in text
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text or f"Theo {gold['source']}" in text
    assert "Lượt xem:" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[4])
def test_alt_paths_serve_the_same_article(server, gold):
    slugless, printed = gold["alt_paths"]
    status, body, _ = fetch(server, slugless)
    assert status == 200
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body
    assert content_of(body) == content_of(fetch(server, gold["path"])[1])
    status, body, _ = fetch(server, printed)
    assert status == 200 and 'rel="canonical"' not in body
    assert f'<h1 class="title-detail">{_html.escape(gold["title"])}</h1>' in body
    assert "Lịch công tác tuần" not in body and "Ý kiến cử tri" not in body
    assert content_of(body) == content_of(fetch(server, gold["path"])[1])
    _, page, _ = fetch(server, gold["path"])
    assert f'href="{_html.escape(printed)}"' in page


def test_article_portlet_is_crowded_by_portlets_in_the_same_wrapper(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    column = body.split('<div class="content-portlet">', 1)[1].split('<div class="col-right', 1)[0]
    titles = re.findall(r'<div class="box-title"><span>(?:<a [^>]+>)?([^<]+)', column)
    assert titles == [
        "Lịch công tác tuần",
        "Văn bản mới",
        "Chi tiết tin",
        *PORTLETS_BELOW,
    ]
    assert "<marquee" in column and 'type="radio"' in column and "18°C" in column
    assert "<select" in column and "Trả lời:" in column and 'class="table-vanban"' in column
    # dates of the other portlets, none of them the article's
    assert "Thứ Hai 30/11/2026" in column and "(02/12/2026)" in column and "01/12/2026" in column


def test_article_tables_are_in_the_body_the_portlets_tables_are_not(server):
    for path in (portal.GOLD[2]["path"], portal.GOLD[6]["path"]):
        _, body, _ = fetch(server, path)
        article = content_of(body)
        assert "<table" in article and "<th>" in article
        assert "table-lct" not in article and "table-vanban" not in article
    gold = portal.GOLD[2]
    assert (
        "15/12/2026 | Chiều | Họp Ban coi thi, thí sinh làm thủ tục dự thi | 14h00" in gold["body"]
    )
    assert "Giám đốc Sở dự họp" not in gold["body"]


def test_br_paragraph_and_caption_forms(server):
    _, body, _ = fetch(server, portal.GOLD[2]["path"])
    assert "Lai Châu.<br>\nĐiện thoại liên hệ" in body
    assert "Tân Phong, tỉnh Lai Châu.\n\nĐiện thoại liên hệ" in portal.GOLD[2]["body"]
    forms = {
        portal.GOLD[3]["path"]: '<td class="image_desc"><em>Quang cảnh Lễ kỷ niệm</em></td>',
        portal.GOLD[7]["path"]: "<figcaption>Buổi làm việc giữa Sở GD&amp;ĐT",
        portal.GOLD[5]["path"]: '<p style="text-align: center;">Đại diện Đoàn Thanh niên Sở',
        portal.GOLD[1]["path"]: '<p style="text-align: center;"><em>Giáo viên thực hành',
    }
    for path, snippet in forms.items():
        assert snippet in fetch(server, path)[1], path
    assert [i["caption"] for i in portal.GOLD[8]["images"]][1] is None
    assert portal.GOLD[9]["images"][0]["caption"] is None


def test_bylines_and_sources_as_printed(server):
    _, body, _ = fetch(server, portal.GOLD[9]["path"])
    assert "<strong>BBT</strong>" in body and portal.GOLD[9]["authors"] == []
    _, body, _ = fetch(server, portal.GOLD[1]["path"])
    assert "ThS. Đỗ Thị Hồng Nhung - Phòng Giáo dục Trung học" in body
    _, body, _ = fetch(server, portal.GOLD[11]["path"])
    assert "Theo Báo Lai Châu" in body
    _, body, _ = fetch(server, portal.GOLD[5]["path"])
    assert "Tin: Giàng A Chứ; Ảnh: Đoàn Thanh niên Sở" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="title-detail"' not in body and "Cập nhật:" not in body, path
    _, body, _ = fetch(server, "/lich-cong-tac")
    assert "Tuần 49 (từ ngày 30/11/2026 đến ngày 06/12/2026)" in body and "<h1" in body
    _, body, _ = fetch(server, "/van-ban/-/view/3312")
    assert "1856/SGDĐT-GDTrH" in body and "01/12/2026" in body
    status, _, headers = fetch(server, "/documents/20126/0/1856-3312.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_news_only_on_list_page_two(server):
    assert portal.GOLD[11]["path"] == OLDEST_NEWS
    seen = walk(server, portal.START_PATH, blocked=frozenset({"/tin-tuc/-/list/1021?page=2"}))
    assert OLDEST_NEWS not in seen
    for g in portal.GOLD:
        if g["path"] != OLDEST_NEWS:
            assert g["path"] in seen
    _, body, _ = fetch(server, "/tin-tuc/-/list/1021?page=2")
    assert f'href="{OLDEST_NEWS}"' in body


def test_home_slider_links_without_slug_and_pagination(server):
    _, home, _ = fetch(server, "/")
    slides = re.findall(r'<div class="slide"><a href="([^"]+)"', home)
    assert slides == ["/tin-tuc/-/view/48302", "/tin-tuc/-/view/48275", "/tin-tuc/-/view/48250"]
    assert portal.HEADER_TODAY in home and "Tổng truy cập" in home and "Đang online" in home
    status, page1, _ = fetch(server, "/tin-tuc/-/list/1021")
    assert status == 200 and 'href="/tin-tuc/-/list/1021?page=2"' in page1
    assert page1.count('<div class="news-item">') == portal.PER_PAGE
    assert fetch(server, "/tin-tuc/-/list/1021?page=1")[1].count('<div class="news-item">') == 5
    assert fetch(server, "/tin-tuc/-/list/1021?page=3")[0] == 404
    assert fetch(server, "/tin-tuc/-/list/9999")[0] == 404


def test_poll_is_a_post_form(server):
    request = urllib.request.Request(
        server.url("/thamdo/-/vote"), data=b"_poll_choiceId=1&_poll_questionId=7021", method="POST"
    )
    with NO_REDIRECTS.open(request, timeout=10) as resp:
        assert resp.status == 200 and "Kết quả thăm dò ý kiến" in resp.read().decode("utf-8")
    assert fetch(server, "/thamdo/-/vote")[0] == 404


def test_unknown_targets_are_404(server):
    assert fetch(server, "/tin-tuc/-/view/99999")[0] == 404
    assert fetch(server, "/tin-tuc/-/view/48302/sai-duong-dan")[0] == 404
    assert fetch(server, portal.GOLD[0]["path"] + "?utm_source=x")[0] == 404
    assert fetch(server, "/van-ban/-/view/1")[0] == 404
    assert fetch(server, "/khong-co")[0] == 404
