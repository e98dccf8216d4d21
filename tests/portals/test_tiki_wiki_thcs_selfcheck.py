"""Self-checks of the tiki_wiki_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import tiki_wiki_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


_INLINE = r"a|span|strong|b|em|i|u|sup|sub|font"


def page_text(markup: str) -> str:
    """Visible text of a page, NFC, whitespace collapsed (footnote calls dropped)."""
    markup = re.sub(r'<sup class="tikifootnote">.*?</sup>', "", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(rf"</?(?:{_INLINE})\b[^>]*>", "", markup, flags=re.I)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def hrefs(markup: str, base: str) -> set[str]:
    out = set()
    for m in re.finditer(r'<(?:a|link)\b[^>]*\bhref="([^"#]*)[^"]*"', markup, flags=re.I):
        raw = _html.unescape(m.group(1))
        if not raw or raw.startswith(("mailto:", "javascript:")):
            continue
        out.add(urljoin(base, raw))
    for m in re.finditer(r'<form\b[^>]*method="get"[^>]*action="([^"]*)"', markup, flags=re.I):
        out.add(urljoin(base, _html.unescape(m.group(1))))
    return out


def target_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first crawl over same-host links and GET forms; returns targets seen and page count."""
    host = urlsplit(server.base_url).netloc
    seen: set[str] = set()
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        if re.search(r"\.(png|jpe?g|gif|css|js|ico)$", urlsplit(target).path, flags=re.I):
            continue
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            queue.append(target_of(urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for url in hrefs(body, server.url(target)):
            if urlsplit(url).netloc == host:
                queue.append(target_of(url))
    return seen, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_path_and_alts_answer_with_title(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert record["title"] in text, target
        assert f'rel="canonical" href="{server.base_url}{record["canonical_path"]}"' in body


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, record):
    _, body, _ = fetch(server, record["path"])
    text = page_text(body)
    for para in record["body"].split("\n\n"):
        if " | " in para:  # a table row: every cell is printed
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if record["summary"]:
        assert record["body"].startswith(record["summary"])
        heading = re.search(r'<div class="articleheadingtext">(.*?)</div>', body, flags=re.S).group(1)
        assert page_text(heading) == record["summary"]
    for name in record["authors"] + record["photographers"]:
        assert name in text, name
    if record["source"]:
        assert f"Nguồn: {record['source']}" in text
    assert f"» {record['category']} »" in text.replace("  ", " ") or record["category"] in text
    crumb = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body, flags=re.S).group(1)
    assert record["category"] in page_text(crumb)
    for image in record["images"]:
        src = image["path"].lstrip("/")
        assert f'src="{_html.escape(src)}"' in body, src
        status, _, headers = fetch(server, image["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
        if image["caption"]:
            assert image["caption"] in text


def test_published_dates_match_the_printed_utc_times(server):
    for story, record in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, record["path"])
        printed = re.search(r"Xuất bản lúc: (\d\d-\d\d-\d{4} \d\d:\d\d) UTC", body).group(1)
        local = datetime.strptime(printed, "%d-%m-%Y %H:%M") + timedelta(hours=7)
        if story.id == 139:  # an official notice: the letterhead's day
            assert record["published_at"] == "2026-12-02"
            assert "Ea Kar, ngày 02 tháng 12 năm 2026" in body
            continue
        assert record["published_at"] == local.strftime("%Y-%m-%dT%H:%M:00+07:00")


def test_encodings_of_the_odd_articles(server):
    _, body, _ = fetch(server, "/tiki-read_article.php?articleId=131")
    assert unicodedata.normalize("NFD", "Hội thi") in body
    _, body, _ = fetch(server, "/tiki-read_article.php?articleId=113")
    assert "&#" in body or "&agrave;" in body


def test_everything_reachable_within_budget(server):
    seen, pages = crawl(server)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_oldest_article_only_on_later_pages(server):
    linking = []
    for target in ["/tiki-index.php", "/tiki-view_articles.php", "/tiki-view_articles.php?offset=5",
                   "/tiki-view_articles.php?topic=1", "/tiki-read_article.php?articleId=141",
                   "/tiki-read_article.php?articleId=116", "/tiki-articles_rss.php?ver=2"]:
        _, body, _ = fetch(server, target)
        if "articleId=113" in body:
            linking.append(target)
    assert linking == []
    for target in ["/tiki-view_articles.php?offset=10", "/tiki-view_articles.php?topic=1&offset=5"]:
        status, body, _ = fetch(server, target)
        assert status == 200 and "articleId=113" in body


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "articlebody" not in body


def test_root_redirects_to_start(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/tiki-index.php"


@pytest.mark.parametrize(
    "target",
    [
        "/nope",
        "/tiki-read_article.php?articleId=9999",
        "/tiki-read_article.php?articleId=abc",
        "/tiki-index.php?page=Kh%C3%B4ng+c%C3%B3",
        "/tiki-view_articles.php?offset=15",
        "/tiki-view_articles.php?topic=9",
        "/article9999",
        "/tiki-list_file_gallery.php?galleryId=1",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
