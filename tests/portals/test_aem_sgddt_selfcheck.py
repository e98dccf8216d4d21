"""Self-checks of the AEM 6.5 fixture portal against itself (the crawler is never imported)."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aem_sgddt as portal
from tests.portals._common import TODAY, collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "alt_paths",
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees: no scripts, no tags, entities resolved, NFC, whitespace collapsed."""
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S)
    markup = re.sub(r"</?(?:a|b|i|em|strong|span)\b[^>]*>", "", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(html.unescape(markup))


def links(markup: str, base: str) -> list[str]:
    out = []
    for href in HREF.findall(markup):
        href = html.unescape(href)
        if href.startswith(("mailto:", "javascript:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if (
            parts.scheme in ("http", "https")
            and parts.netloc
            and not parts.netloc.startswith("127.")
        ):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def by_slug(slug: str) -> dict:
    return next(g for g in portal.GOLD if slug in g["path"])


# --- gold ------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) == KEYS, g["path"]
        assert g["path"].startswith("/content/sgddt-quangninh/vi/tin-tuc/")
        assert g["canonical_path"] == g["path"].removeprefix("/content/sgddt-quangninh")
        assert g["published_at"] is None or ISO.match(g["published_at"])
        assert g["category"] in portal.CATS.values()
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or ""):
            assert unicodedata.is_normalized("NFC", value)
            assert value == value.strip()
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.is_normalized("NFC", name)
            assert not re.match(r"(ThS|TS|PGS|Cô|Thầy)\.?\s", name)
            # (an office is a name only where it alone signs: the English-workshop article)
            assert "Phòng" not in name or name == "Phòng Giáo dục Mầm non - Tiểu học"
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith(g["path"].removesuffix(".html") + "/_jcr_content/")
            assert img["caption"] is None or unicodedata.is_normalized("NFC", img["caption"])


def test_gold_decisions_by_hand():
    h2 = by_slug("tong-ket-hoi-khoe-phu-dong")
    assert h2["authors"] == ["Lê Văn Hùng"] and h2["photographers"] == ["Trần Quốc Khánh"]
    assert [i["caption"] for i in h2["images"]][
        1
    ] == "Các vận động viên tranh tài ở nội dung bơi ếch 50m."
    assert "bơi ếch 50m." not in h2["body"].split("\n\n")[4]
    assert "Xếp hạng | Đoàn | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng" in h2["body"]
    assert by_slug("dac-khu-van-don")["images"][0]["caption"] is None
    assert by_slug("dac-khu-van-don")["authors"] == ["Hoàng Minh Đức"]
    assert by_slug("tieng-anh-tieu-hoc")["authors"] == ["Phòng Giáo dục Mầm non - Tiểu học"]
    assert by_slug("hoc-ba-so")["authors"] == ["Nguyễn Văn Bình"]
    assert by_slug("chuyen-ha-long")["source"] == "Báo Quảng Ninh"
    assert "Nguồn" not in by_slug("chuyen-ha-long")["body"]
    assert by_slug("an-toan-giao-thong")["authors"] == ["Đỗ Thị Hạnh", "Vũ Quang Huy"]
    assert by_slug("lms")["photographers"] == ["Vũ Quang Huy"]
    assert ".coreimg.640.jpeg/" in by_slug("lms")["images"][0]["path"]
    assert "Tổng cộng | 126" in by_slug("tuyen-dung")["body"]
    assert by_slug("ngay-hoi-doc-sach")["published_at"] == "2024-04-23T09:30:00+07:00"
    notice = by_slug("lich-tiep-cong-dan")
    assert (
        notice["body"].count("\n\n") == 1 and notice["images"] == [] and notice["summary"] is None
    )


# --- the pages of the gold -------------------------------------------------------------------


def test_every_gold_address_answers_with_the_article(server):
    for g in portal.GOLD:
        canonical = f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"/>'
        for target in [g["path"], g["canonical_path"], *g["alt_paths"]]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert headers["Content-Type"].startswith("text/html")
            assert f'<h1 class="cmp-title__text">{html.escape(g["title"])}</h1>' in body, target
            assert canonical in body, target


def test_gold_text_is_what_the_page_prints(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        seen = page_text(body)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in seen, (g["path"], piece)
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in seen
        for name in g["authors"] + g["photographers"]:
            assert name in seen
        if g["source"]:
            assert f"Nguồn: {g['source']}" in seen
        # the breadcrumb's last item is the category
        crumbs = re.findall(r'<span itemprop="name">([^<]+)</span>', body)
        assert html.unescape(crumbs[-1]) == g["category"]
        day = g["published_at"][:10].split("-")
        hm = g["published_at"][11:16]
        assert f"Cập nhật lúc {hm}, {day[2]}/{day[1]}/{day[0]}" in body
        assert TODAY in body


def test_caption_paragraph_and_filename_title(server):
    h2 = by_slug("tong-ket-hoi-khoe-phu-dong")
    _, body, _ = fetch(server, h2["path"])
    second = h2["images"][1]["path"]
    after = body[body.index(second) :]
    assert after.index("</noscript>") < after.index(
        '<p style="text-align: center;"><i>Các vận động'
    )
    assert 'class="cmp-image__title"' not in after[: after.index('class="text ')]
    h3 = by_slug("dac-khu-van-don")
    _, body, _ = fetch(server, h3["path"])
    assert re.search(r'cmp-image__title" itemprop="caption">z\d+_[0-9a-f]+\.jpg<', body)


def test_text_encodings_of_the_platform(server):
    nfd = by_slug("an-toan-giao-thong")
    _, body, _ = fetch(server, nfd["path"])
    first = nfd["body"].split("\n\n")[0]
    assert first not in body
    assert unicodedata.normalize("NFD", first) in body
    migrated = by_slug("ngay-hoi-doc-sach")
    _, body, _ = fetch(server, migrated["path"])
    assert "&agrave;" in body and "&#7897;" in body
    assert migrated["body"].split("\n\n")[0] in page_text(body)


# --- reaching the articles ---------------------------------------------------------------------


def test_walk_from_start_reaches_every_gold_article(server):
    wanted = {g["path"] for g in portal.GOLD}
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    found: set[str] = set()
    while queue and len(seen) < 600:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        if target in wanted:
            found.add(target)
        for link in links(body, server.url(target)):
            # the walk ignores the traps: search servlet, JSON, print, DAM, author-mode variants
            if link.startswith(("/bin/", "/content/dam/", "/etc.clientlibs/")):
                continue
            if ".model.json" in link or ".print." in link or "wcmmode" in link:
                continue
            if link not in seen:
                queue.append(link)
    assert found == wanted, sorted(wanted - found)
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_sitemap_lists_every_article_in_the_short_form(server):
    status, robots, _ = fetch(server, "/robots.txt")
    assert status == 200
    sitemap = re.search(r"Sitemap: (\S+)", robots).group(1)
    status, xml, headers = fetch(server, urlsplit(sitemap).path)
    assert status == 200 and "xml" in headers["Content-Type"]
    locs = {urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    for g in portal.GOLD:
        assert g["canonical_path"] in locs
        assert g["path"] not in locs


def test_category_pager_and_list_fragment(server):
    cat = "/content/sgddt-quangninh/vi/tin-tuc/hoat-dong"
    article = re.compile(r'class="cmp-teaser__title-link" href="([^"]+)"')
    pages = []
    for n, target in enumerate([f"{cat}.html", f"{cat}.page-2.html", f"{cat}.page-3.html"], 1):
        status, body, _ = fetch(server, target)
        assert status == 200
        items = article.findall(body)
        pages.append(items)
        assert f'<link rel="canonical" href="{server.base_url}/vi/tin-tuc/hoat-dong.html"/>' in body
        if n < 3:
            assert f'href="{cat}.page-{n + 1}.html" aria-label="Trang sau"' in body
            fragment = f"{cat}{portal.JCR_ROOT}/list.page-{n + 1}.html"
            assert f'data-cmp-list-url="{fragment}"' in body
            status, part, _ = fetch(server, fragment)
            assert status == 200 and "<html" not in part and "<body" not in part
            assert article.findall(part) == article.findall(
                fetch(server, f"{cat}.page-{n + 1}.html")[1]
            )
        else:
            assert "Trang sau" not in body
    assert [len(p) for p in pages] == [4, 4, 1]
    listed = [p for page in pages for p in page]
    assert listed == [g["path"] for g in portal.GOLD if "/hoat-dong/" in g["path"]]
    _, past, _ = fetch(server, f"{cat}.page-9.html")
    assert "Không có dữ liệu" in past and not article.findall(past)
    _, notices, _ = fetch(server, "/content/sgddt-quangninh/vi/tin-tuc/thong-bao.html")
    assert notices.count("cmp-newslist__item--file") == 2
    assert ".pdf" in notices


# --- traps -----------------------------------------------------------------------------------


def test_model_json_is_linked_and_json(server):
    g = by_slug("khai-mac-hoi-thi")
    _, body, _ = fetch(server, g["path"])
    href = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)"/>', body).group(
        1
    )
    assert href == g["path"].replace(".html", ".model.json")
    status, data, headers = fetch(server, href)
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    model = json.loads(data)
    assert model["title"] == g["title"] and model[":path"] == g["path"].removesuffix(".html")
    assert fetch(server, g["path"].replace(".html", ".infinity.json"))[0] == 404
    status, _, headers = fetch(server, "/content/sgddt-quangninh/vi.model.json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")


def test_print_wcmmode_and_vanity_variants(server):
    g = by_slug("tuyen-dung")
    _, plain, _ = fetch(server, g["path"])
    assert fetch(server, g["path"] + "?wcmmode=disabled")[1] == plain
    assert fetch(server, g["canonical_path"])[1] == plain
    assert fetch(server, g["path"].replace(".html", ".foo.html"))[1] == plain
    _, printed, _ = fetch(server, g["path"].replace(".html", ".print.html"))
    assert '<meta name="robots" content="noindex, nofollow"/>' in printed
    assert "cmp-breadcrumb" not in printed and "Tin mới" not in printed
    assert f'href="{g["path"].replace(".html", ".print.html")}"' in plain
    _, home, _ = fetch(server, "/content/sgddt-quangninh/vi.html")
    assert f'href="{by_slug("lich-tiep-cong-dan")["path"]}?wcmmode=disabled"' in home


def test_error_page_answers_200_under_content(server):
    for target in [
        "/content/sgddt-quangninh/vi/khong-co-trang-nay.html",
        "/vi/tin-tuc/hoat-dong/2026/bai-da-go.html",
        portal.MISSING_PLAN,
    ]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert '<h1 class="cmp-title__text">Không tìm thấy trang</h1>' in body
        assert "/vi/errors/404.html" in body
    _, h5, _ = fetch(server, by_slug("tieng-anh-tieu-hoc")["path"])
    assert f'href="{portal.MISSING_PLAN}"' in h5
    assert fetch(server, "/khong-co.html")[0] == 404
    assert fetch(server, "/bin/querybuilder.json")[0] == 404


def test_search_servlet_never_ends(server):
    _, first, _ = fetch(server, "/bin/sgddt/search?q=h%E1%BB%99i")
    assert by_slug("khai-mac-hoi-thi")["path"] in first
    status, far, _ = fetch(server, "/bin/sgddt/search?q=h%E1%BB%99i&page=57")
    assert status == 200
    assert "page=58" in far and "Trang sau" in far
    _, article, _ = fetch(server, by_slug("khai-mac-hoi-thi")["path"])
    assert 'href="/bin/sgddt/search?q=H%E1%BB%99i+thi"' in article


def test_redirects_dam_and_static(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"].endswith("/content/sgddt-quangninh/vi.html")
    status, _, headers = fetch(server, "/content/sgddt-quangninh/vi/tin-tuc/hoat-dong/2026.html")
    assert status == 302
    assert headers["Location"].endswith("/content/sgddt-quangninh/vi/tin-tuc/hoat-dong.html")
    status, _, headers = fetch(server, portal.TB_PDF)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_non_articles_and_language_copy(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "cmp-article-meta" not in body
        assert 'class="cmp-title__text">' in body
    for path in [
        "/content/sgddt-quangninh/en.html",
        *[p for p in portal.NON_ARTICLES if "/en/" in p],
    ]:
        _, body, _ = fetch(server, path)
        assert '<html lang="en">' in body
    _, home, _ = fetch(server, "/content/sgddt-quangninh/vi.html")
    assert 'href="/content/sgddt-quangninh/en.html" hreflang="en"' in home
    _, doc, _ = fetch(server, portal.NON_ARTICLES[3])
    assert ".pdf" in doc and "Trích yếu" in doc
