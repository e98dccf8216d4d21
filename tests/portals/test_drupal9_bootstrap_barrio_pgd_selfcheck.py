"""Self-checks of the drupal9_bootstrap_barrio_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal9_bootstrap_barrio_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """The page's visible text, tags dropped, entities decoded, NFC, whitespace collapsed."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def h1_text(body: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    assert m, "no h1"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", m.group(1))))


def links(body: str) -> list[str]:
    return re.findall(r'<(?:a|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"', body)


def crawl(server: PortalServer) -> tuple[set[str], set[str], dict[str, str]]:
    """Breadth-first over a/iframe links from START_PATH, pages only (no files under /sites/)."""
    start = server.url(portal.START_PATH)
    host = urlsplit(start).netloc
    queue, seen, pages = deque([start]), {start}, {}
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        status, body, _ = fetch(server, target)
        assert status in (200, 303), (target, status)
        pages[target] = body
        for href in links(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#", "data:")):
                continue
            nxt = urljoin(url, href).split("#")[0]
            p = urlsplit(nxt)
            if p.netloc != host or p.path.startswith("/sites/") or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    targets = set(pages)
    paths = {urlsplit(t).path for t in targets}
    return targets, paths, pages


def test_module_shape():
    assert portal.NAME == "drupal9_bootstrap_barrio_pgd"
    assert len(portal.GOLD) == 13
    assert len(GOLD_BY_PATH) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert 3 <= g["body"].count("\n\n") + 1 <= 12, g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_article_page(server, path):
    gold = GOLD_BY_PATH[path]
    story = next(s for s in portal.STORIES if portal.article_path(s) == path)
    status, body, _ = fetch(server, path)
    assert status == 200
    assert h1_text(body) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{path}"' in body
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, (path, cell)
        else:
            assert para in text, (path, para)
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body, (path, img)
        if img["caption"]:
            assert img["caption"] in text, (path, img["caption"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    # the date as Drupal's default medium format prints it (month first), and the category link
    assert f"vào {portal.drupal_medium(story.opts['created'])}" in text
    assert f'<a href="/chuyen-muc/{story.cat}" property="schema:about"' in body
    assert f"Chuyên mục {gold['category']}" in text
    if "T" in gold["published_at"]:
        day, clock = gold["published_at"][:10], gold["published_at"][11:16]
        y, m, d = day.split("-")
        assert f"{m}/{d}/{y} - {clock}" in text


def test_month_first_dates_and_utc_machine_dates(server):
    _, body, _ = fetch(server, "/node/226")
    assert "T6, 11/20/2026 - 06:40" in page_text(body)
    assert 'content="2026-11-19T23:40:00+00:00"' in body
    assert "article:published_time" not in body
    assert 'property="article:modified_time" content="2026-11-21T17:03:00+07:00"' in body


def test_nfd_article_is_decomposed_in_markup(server):
    story = portal.BY_ID[229]
    _, body, _ = fetch(server, portal.article_path(story))
    assert unicodedata.normalize("NFD", "Phòng Giáo dục") in body
    assert "MsoNormal" in body and "<o:p>&nbsp;</o:p>" in body


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_alt_paths_serve_same_article(server, path):
    gold = GOLD_BY_PATH[path]
    assert gold["alt_paths"]
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert h1_text(body) == gold["title"]
        assert f'rel="canonical" href="{server.base_url}{path}"' in body


def test_forward_page_is_not_the_article(server):
    status, body, _ = fetch(server, "/forward/node/238")
    assert status == 200
    assert h1_text(body) == "Gửi bài viết này cho bạn bè"
    assert 'rel="canonical"' not in body


def test_reachability_and_budget(server):
    targets, paths, pages = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in paths, g["path"]
    for p in portal.NON_ARTICLES:
        assert p in paths, p
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(targets) <= budget, (len(targets), sorted(targets))
    # node 205 is reached only through page 2+ of a listing (never the front page or a page 0;
    # its own Forward page links back to it)
    oldest = portal.article_path(portal.BY_ID[205])
    linking = {t for t, body in pages.items()
               if f'href="{oldest}"' in body and not t.startswith("/forward/")}
    assert linking
    assert all("?page=" in t and not t.endswith("?page=0") for t in linking), linking


def test_pager_is_query_only_and_zero_based(server):
    status, body, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien?page=1")
    assert status == 200
    assert 'href="?page=0"' in body and 'href="?page=2"' in body
    assert "‹‹ Đầu" in body and "Cuối ››" in body
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien")
    _, zero, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien?page=0")
    assert first == zero
    _, clamped, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien?page=9")
    _, last, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien?page=2")
    assert clamped == last


def test_parent_listing_holds_child_terms(server):
    _, body, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien")
    assert portal.article_path(portal.BY_ID[238]) in body  # filed under "Hoạt động chuyên môn"


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    ["/khong-ton-tai", "/tin-tuc/2026/12/khong-co-bai-nay", "/node/99999", "/comment/1",
     "/forward/node/3", "/chuyen-muc/khong-co", "/tin-tuc/2026/12"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_files_served(server):
    for target in ["/sites/default/files/2026-12/TB-312-PGDDT-thi-HSG-lop-9.pdf",
                   "/sites/default/files/inline-images/hop-mat-20-11-van-nghe.jpg",
                   "/sites/default/files/styles/anh_bai_viet/public/2026-11/DSC_0456.JPG?itok=x"]:
        status, _, _ = fetch(server, target)
        assert status == 200, target
