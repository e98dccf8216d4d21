"""Self-checks of the mobirise_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mobirise_thcs as portal
from tests.portals._common import TODAY
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


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links(body: str, page: str) -> list[str]:
    """Same-site page targets linked from ``body`` (a page at ``page``)."""
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.hrefs:
        absolute = urljoin("http://site.invalid" + page, href)
        parts = urlsplit(absolute)
        if parts.netloc != "site.invalid" or parts.scheme != "http":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> dict[str, set[str]]:
    """Breadth-first walk from START_PATH over HTML pages: page -> the pages that link it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    while queue:
        page = queue.popleft()
        status, body, headers = fetch(server, page)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for target in links(body, page):
            if target not in seen:
                seen[target] = set()
                if not target.startswith("/assets/"):
                    queue.append(target)
            seen[target].add(page)
    return seen


def plain(body: str) -> str:
    """The page's text, one line per <br> or block, unescaped, NFC, whitespace collapsed."""
    body = re.sub(r"(?s)<script.*?</script>", " ", body)
    body = re.sub(r"<br\s*/?>|</(p|h\d|li|div|td|th|tr)>", "\n", body)
    body = re.sub(r"<[^>]+>", " ", body)
    body = unicodedata.normalize("NFC", html.unescape(body))
    return "\n".join(" ".join(line.split()) for line in body.splitlines())


@pytest.fixture(scope="module")
def walk(server):
    return crawl(server)


# --- gold is well formed -------------------------------------------------------------------------


def test_gold_size_and_keys():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for gold in portal.GOLD:
        assert set(gold) == KEYS, gold["path"]
        assert gold["canonical_path"] == gold["path"]
        assert gold["category"] is None


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_values(gold):
    assert re.fullmatch(r"2026-\d\d-\d\d", gold["published_at"])
    for key in ("title", "body", "summary", "source"):
        value = gold[key]
        if value is not None:
            assert value == unicodedata.normalize("NFC", value), key
            assert "  " not in value and value == value.strip(), key
    for name in gold["authors"] + gold["photographers"]:
        assert not name.startswith(("Cô ", "Thầy ", "Em ")) and "–" not in name
    paragraphs = gold["body"].split("\n\n")
    assert all(p.strip() for p in paragraphs)
    if gold["summary"]:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert img["path"].startswith("/assets/images/") and img["path"].endswith(".jpg")
        assert img["caption"] is None or img["caption"] == unicodedata.normalize(
            "NFC", img["caption"]
        )
    assert "Người viết" not in gold["body"] and "Ngày đăng" not in gold["body"]
    assert "Tải về" not in gold["body"] and "Các tin khác" not in gold["body"]


def test_gold_varies():
    assert any(g["summary"] for g in portal.GOLD) and any(not g["summary"] for g in portal.GOLD)
    assert any(g["source"] for g in portal.GOLD)
    assert any(g["photographers"] for g in portal.GOLD)
    assert any(not g["authors"] for g in portal.GOLD)
    assert any(not g["images"] for g in portal.GOLD)
    assert any(img["caption"] is None for g in portal.GOLD for img in g["images"])
    lengths = sorted(len(g["body"]) for g in portal.GOLD)
    assert lengths[0] < 400 and lengths[-1] > 1500


# --- every article is served and printed as the gold reads it --------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_article_page(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    text = plain(body)
    h3 = re.search(r'<h3 class="mbr-section-title[^"]*display-2"><strong>(.*?)</strong></h3>', body)
    assert h3 and unicodedata.normalize("NFC", html.unescape(h3.group(1))) == gold["title"]
    assert "<h1" not in body
    lines = set(text.splitlines())
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in lines for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in lines, paragraph
    day = gold["published_at"].split("-")
    printed = f"{int(day[2]):02d}/{int(day[1])}/{day[0]}"
    assert f"Ngày {printed}" in text or f"(Ngày đăng: {printed})" in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    nfc_body = unicodedata.normalize("NFC", html.unescape(body))
    for img in gold["images"]:
        src = img["path"].lstrip("/")
        assert f'src="{src}"' in nfc_body
        after = nfc_body.split(f'src="{src}"', 1)[1].split("</section>", 1)[0].split("<img", 1)[0]
        after = after.split('<div class="item-wrapper"', 1)[0]
        if img["caption"]:
            assert img["caption"] in after, img
        else:
            assert "mbr-description" not in after and "mbr-item-subtitle" not in after, img
    assert TODAY in text and "Made with" in text


def test_titles_and_descriptions(server):
    titles = {}
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        titles[gold["path"]] = re.search(r"<title>(.*?)</title>", body).group(1)
    renamed = {"/khai-giang-2026.html", "/hoi-khoe-phu-dong.html"}
    assert all(t == portal.SCHOOL for p, t in titles.items() if p not in renamed)
    assert titles["/khai-giang-2026.html"] == "Lễ khai giảng năm học 2026 - 2027"
    _, body, _ = fetch(server, "/page21.html")
    assert 'content="Website Builder Description"' in body
    _, body, _ = fetch(server, "/page20.html")
    assert "Hội nghị cha mẹ học sinh" in re.search(
        r'name="description" content="([^"]*)"', body
    ).group(1)


def test_text_forms(server):
    _, body, _ = fetch(server, "/page19.html")
    assert unicodedata.normalize("NFD", "Hội nghị cha mẹ học sinh") in body
    assert "Hội nghị cha mẹ học sinh đầu" not in body  # nothing precomposed in its text
    _, body, _ = fetch(server, "/page23.html")
    assert "&#7847;" in body and "&aacute;" in body
    _, body, _ = fetch(server, "/page12.html")
    assert ".&nbsp; " in body


def test_gallery_prints_photos_twice(server):
    _, body, _ = fetch(server, "/khai-giang-2026.html")
    assert body.count('src="assets/images/khai-giang-1-1024x683.jpg"') == 2
    assert 'class="modal mbr-slider"' in body


def test_table_and_image1_blocks(server):
    _, body, _ = fetch(server, "/page16.html")
    assert '<table class="table isSearch"' in body and "Tìm kiếm:" in body
    _, body, _ = fetch(server, "/hoi-khoe-phu-dong.html")
    assert 'class="image1 ' in body and body.count("mbr-section-title") == 2


# --- reachability and traps ------------------------------------------------------------------------


def test_walk_reaches_every_article(walk):
    for gold in portal.GOLD:
        assert gold["path"] in walk, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in walk or path == "/", path


def test_slider_only_article(walk, server):
    assert walk["/page27.html"] <= {"/", "/index.html"}
    _, body, _ = fetch(server, "/index.html")
    slider = body.split('id="slider1-', 1)[1].split("</section>", 1)[0]
    assert 'href="page27.html"' in slider
    assert body.count("page27.html") == 1


def test_list_pages(server):
    for path, cards in portal.LIST_PAGES.items():
        status, body, _ = fetch(server, path)
        assert status == 200
        assert body.count('class="item features-image сol-12') == len(cards)
        assert 'class="btn btn-primary display-4" href="tin-tuc-2.html">Trang 2</a>' in body
    _, first, _ = fetch(server, "/tin-tuc.html")
    _, second, _ = fetch(server, "/tin-tuc-2.html")
    assert 'href="page19.html" class="btn' in first and 'href="page19.html" class="btn' in second
    assert 'href="assets/files/ke-hoach-on-thi-vao-10-2026.docx"' in second
    _, third, _ = fetch(server, "/tin-tuc-3.html")
    assert 'href="tin-tuc-4.html">Trang 4</a>' in third
    assert fetch(server, "/tin-tuc-4.html")[0] == 404
    assert "21/11/2026" in first  # the card's date, a day after the page's own


def test_leftovers_unlinked(walk, server):
    for path in portal.LEFTOVERS:
        status, body, _ = fetch(server, path)
        assert status == 200 and 'class="content4 ' in body
        assert path not in walk, path
    for path in portal.GONE:
        assert fetch(server, path)[0] == 404


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and TODAY in body, path


def test_assets(server):
    status, body, _ = fetch(server, "/assets/")
    assert status == 200 and "<h1>Index of /assets</h1>" in body
    assert fetch(server, "/assets/?C=N;O=D")[0] == 200
    status, _, headers = fetch(server, "/assets/images")
    assert status == 301 and headers["Location"] == "/assets/images/"
    status, body, _ = fetch(server, "/assets/images/")
    assert status == 200 and "khai-giang-1-1024x683.jpg" in body
    status, _, headers = fetch(server, "/assets/web/assets/mobirise-icons2/mobirise2.woff")
    assert status == 200 and headers["Content-Type"] == "font/woff"
    for path in portal.DOCX_FILES:
        status, _, headers = fetch(server, path)
        assert status == 200 and "wordprocessingml" in headers["Content-Type"]
    _, body, _ = fetch(server, "/page13.html")
    assert 'href="assets/files/lich-kiem-tra-cuoi-hk2-2025-2026.docx"' in body and "Tải về" in body
    assert fetch(server, "/assets/files/khong-co.docx")[0] == 404


def test_every_page_is_mobirise(server):
    for path in ["/", *portal.LIST_PAGES, *(g["path"] for g in portal.GOLD)]:
        _, body, _ = fetch(server, path)
        assert body.startswith("<!DOCTYPE html>\n<html  >")
        assert 'name="generator" content="Mobirise' in body
        assert body.rstrip().endswith("</html>")
        tail = body.rsplit('class="footer3 ', 1)[1]
        assert "Made with" in tail and "Mobirise</a></section>" in tail
        assert "<h1" not in body
