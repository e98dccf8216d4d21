"""Self-checks of the faceted-filter Django portal (Sở GD&ĐT Kon Tum) against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import parse_qsl, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import faceted_filters_sgddt as portal
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
ARTICLE = re.compile(r"^/tin-bai/[a-z0-9-]+-\d+/$")
EMPTY = "Không tìm thấy tin bài nào."


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


def shown_text(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def article_links(body: str) -> list[str]:
    """The article links of a listing's result block, in order."""
    block = body.split('<section class="ket-qua">', 1)[1].split('<nav class="phan-trang">', 1)[0]
    out: list[str] = []
    for href in re.findall(r'<h3 class="(?:ket-qua|the-tin)__tieu-de"><a href="([^"]+)"', block):
        out.append(href)
    return out


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert ARTICLE.match(g["path"]) and g["canonical_path"] == g["path"]
        assert re.fullmatch(r"2026-(09|10|11)-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/media/uploads/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " - " not in name and not name.startswith(("ThS.", "TS."))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for name in portal.CATEGORIES.values():
        assert sum(g["category"] == name for g in portal.GOLD) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="tin-bai__tieu-de">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    day, clock = gold["published_at"][:10], gold["published_at"][11:16]
    y, m, d = day.split("-")
    assert f"Ngày đăng: {d}/{m}/{y} {clock} | Lượt xem:" in body
    assert portal.HEADER_TODAY in body
    crumb = body.split('<div class="breadcrumb-wrap">', 1)[1].split("</div>", 1)[0]
    assert crumb.rstrip().endswith(f">{_html.escape(gold['category'])}</a>")
    article = body.split('<article class="tin-bai">', 1)[1].split("</article>", 1)[0]
    content = article.split('<div class="tin-bai__noi-dung">', 1)[1].split('<div class="tin-bai__tu-khoa">')[0]
    shown = shown_text(article.split("</h1>", 1)[1].split('<div class="tin-bai__tu-khoa">')[0])
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in shown, para
    if gold["summary"]:
        assert f'<div class="tin-bai__sapo"><strong>{_html.escape(gold["summary"], quote=False)}' in article
    else:
        assert "tin-bai__sapo" not in article
    figures = re.findall(r'<img src="([^"]+)"', content)
    assert figures == [img["path"] for img in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            cap = _html.escape(img["caption"])
            assert f"<figcaption>{cap}</figcaption>" in content or f"<em>{cap}</em>" in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown
    if gold["source"]:
        assert gold["source"] in shown and gold["source"] not in gold["body"]
    assert "Tin liên quan" in body and "Từ khóa:" in article


def test_bylines_as_printed(server):
    by_id = {s.opts["id"]: s for s in portal.STORIES}
    cases = {
        1489: "<strong>Y Hiên - Phòng GDTrH</strong>",
        1494: 'Tác giả: <span>Văn phòng Sở</span>',
        1477: 'Tác giả: <span>BBT</span>',
        1451: "<strong>ThS. Lê Thị Kim Oanh - Phòng TCCB</strong>",
        1466: "<strong>Tin: Nguyễn Thị Thu Hà; Ảnh: Trần Văn Long</strong>",
        1459: "<em>Nguồn: Báo Kon Tum</em>",
    }
    for doc_id, snippet in cases.items():
        _, body, _ = fetch(server, portal.path_of(by_id[doc_id]))
        assert snippet in body, doc_id
    _, body, _ = fetch(server, portal.path_of(by_id[1466]))
    assert "<br>" in body.split('<div class="tin-bai__noi-dung">', 1)[1]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "tin-bai__tieu-de" not in body and "Ngày đăng:" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    want = {g["path"] for g in portal.GOLD}
    seen, queue = {portal.START_PATH}, deque([portal.START_PATH])
    fetched = 0
    while queue and not want <= seen and fetched < 200:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    assert want <= seen, sorted(want - seen)


def test_default_listing_and_home(server):
    newest = [portal.path_of(s) for s in sorted(portal.STORIES, key=lambda s: s.published_at, reverse=True)]
    _, home, _ = fetch(server, "/")
    latest = home.split('<section class="tin-moi">', 1)[1].split("</section>", 1)[0]
    assert [p for p in newest if p in latest] == newest[:6]
    assert not any(p in latest for p in newest[6:])
    for key in portal.CATEGORIES:
        assert f'href="/tin-bai/?chuyen_muc={key}"' in home
    _, page1, _ = fetch(server, "/tin-bai/")
    assert article_links(page1) == newest[:10]
    assert 'href="/tin-bai/?trang=2"' in page1
    _, page2, _ = fetch(server, "/tin-bai/?trang=2")
    assert article_links(page2) == newest[10:]
    # the three oldest are on no default page 1 and not on the home page's list
    for p in newest[10:]:
        assert p not in page1.split('<section class="ket-qua">', 1)[1] and p not in latest
    for key, name in portal.CATEGORIES.items():
        _, body, _ = fetch(server, f"/tin-bai/?chuyen_muc={key}")
        want = [p for p, s in zip(newest, sorted(portal.STORIES, key=lambda s: s.published_at, reverse=True), strict=True) if s.cat == key]
        assert article_links(body) == want
        assert f'<h1 class="ket-qua__heading">{_html.escape(name)}</h1>' in body


def test_many_addresses_for_the_same_results(server):
    _, default, _ = fetch(server, "/tin-bai/")
    same = article_links(default)
    for target in (
        "/tin-bai/?sap_xep=moi",
        "/tin-bai/?nam=2026",
        "/tin-bai/?hien_thi=ds",
        "/tin-bai/?hien_thi=luoi",
        "/tin-bai/?so_tin=10",
        "/tin-bai/?trang=1",
        "/tin-bai/?trang=abc",
        "/tin-bai/?nam=2026&sap_xep=moi&hien_thi=luoi&so_tin=10",
    ):
        status, body, _ = fetch(server, target)
        assert status == 200 and article_links(body) == same, target
    _, last, _ = fetch(server, "/tin-bai/?trang=2")
    _, past, _ = fetch(server, "/tin-bai/?trang=99")
    assert article_links(past) == article_links(last)
    _, big, _ = fetch(server, "/tin-bai/?so_tin=20")
    assert len(article_links(big)) == 13 and 'class="phan-trang"' not in big
    for target in ("/tin-bai/?nam=2025", "/tin-bai/?nam=2024&thang=3", "/tin-bai/?thang=12&loai=tin"):
        status, body, _ = fetch(server, target)
        assert status == 200 and EMPTY in body and article_links(body) == []
    _, notices, _ = fetch(server, "/tin-bai/?loai=thong-bao")
    assert len(article_links(notices)) == 4  # the 3 notices and one "Chỉ đạo điều hành" directive


def test_facet_links_keep_the_other_parameters(server):
    _, body, _ = fetch(server, "/tin-bai/?chuyen_muc=tin-giao-duc&nam=2026&sap_xep=xem&hien_thi=luoi")
    hrefs = [h for h in links(server, body) if h.startswith("/tin-bai/?")]
    month = [h for h in hrefs if "thang=10" in h]
    assert month == ["/tin-bai/?chuyen_muc=tin-giao-duc&nam=2026&thang=10&sap_xep=xem&hien_thi=luoi"]
    assert "/tin-bai/?chuyen_muc=tin-giao-duc&nam=2026&loai=thong-bao&sap_xep=xem&hien_thi=luoi" in hrefs
    assert "/tin-bai/?chuyen_muc=thong-bao&nam=2026&sap_xep=xem&hien_thi=luoi" in hrefs
    assert "/tin-bai/?chuyen_muc=tin-giao-duc&sap_xep=xem&hien_thi=luoi" in hrefs  # "Tất cả" years
    for label in ("Năm", "Tháng", "Loại tin", "Sắp xếp", "Chuyên mục", "Số tin mỗi trang"):
        assert label in body
    assert '<select name="so_tin"' in body and '<input type="hidden" name="chuyen_muc"' in body
    _, body, _ = fetch(server, "/tin-bai/?nam=2026&sap_xep=cu")
    assert "/tin-bai/?nam=2026&sap_xep=cu&trang=2" in links(server, body)


def test_facet_space_is_large(server):
    """Two levels of facet links from /tin-bai/: hundreds of distinct filter URLs for 13 articles."""
    found: set[str] = set()
    level = ["/tin-bai/"]
    for _ in range(2):
        nxt: list[str] = []
        for target in level:
            _, body, _ = fetch(server, target)
            for href in links(server, body):
                if href.startswith("/tin-bai/?") and href not in found:
                    found.add(href)
                    nxt.append(href)
        level = nxt[:40]
    assert len(found) > 200
    keys = {k for h in found for k, _ in parse_qsl(urlsplit(h).query)}
    assert keys >= {"chuyen_muc", "nam", "thang", "loai", "sap_xep", "hien_thi", "trang"}
    empty = sum(EMPTY in fetch(server, h)[1] for h in sorted(found)[:60])
    assert empty >= 20


def test_redirects_and_missing(server):
    story = portal.STORIES[0]
    target = portal.path_of(story)
    status, _, headers = fetch(server, target.rstrip("/"))
    assert status == 301 and headers["Location"] == target
    status, _, headers = fetch(server, f"/tin-bai/ten-cu-{story.opts['id']}/")
    assert status == 301 and headers["Location"] == target
    assert fetch(server, "/tin-bai/khong-co-99999/")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404
    status, _, headers = fetch(server, "/tin-bai")
    assert status == 301 and headers["Location"] == "/tin-bai/"


def test_page_chrome(server):
    _, body, _ = fetch(server, "/")
    for snippet in ("Đang online", "Hôm nay", "Tổng truy cập", "Đọc nhiều", "Thăm dò ý kiến", "38 Trần Phú"):
        assert snippet in body
    assert portal.HEADER_TODAY in body
    _, body, _ = fetch(server, "/van-ban/318/")
    assert "4012/SGDĐT-VP" in body and "Ngày ban hành" in body
    status, _, headers = fetch(server, "/media/van-ban/318.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
