"""Self-checks of the site123_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import site123_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """The page's visible text, NFC, whitespace collapsed (scripts and styles dropped)."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def h1_text(markup: str) -> str:
    m = re.search(r"(?s)<h1[^>]*>(.*?)</h1>", markup)
    assert m, "no <h1>"
    return page_text(m.group(1))


def links(markup: str, page: str, host: str) -> set[str]:
    out = set()
    for href in re.findall(r'href="([^"]*)"', markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        parts = urlsplit(urljoin(f"http://{host}{page}", href))
        if parts.netloc != host:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.add(target)
    return out


def is_asset(target: str) -> bool:
    return target.startswith(("/uploads/", "/files/"))


def test_shape():
    assert len(portal.GOLD) == 13
    assert len(GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "site123_mamnon"
    assert portal.START_PATH == "/"
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] == unicodedata.normalize("NFC", g["body"])
        assert g["published_at"].startswith("2026-1")
        assert g["category"] in portal.CATS.values()
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("path", sorted(GOLD))
def test_gold_page_answers_with_title(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert h1_text(body) == GOLD[path]["title"]
    assert f'rel="canonical" href="{server.base_url}{GOLD[path]["canonical_path"]}"' in body


@pytest.mark.parametrize("path", sorted(GOLD))
def test_alt_paths_serve_the_same_article(server, path):
    for alt in GOLD[path]["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert h1_text(body) == GOLD[path]["title"]
        assert f'rel="canonical" href="{server.base_url}{path}"' in body


@pytest.mark.parametrize("path", sorted(GOLD))
def test_gold_fields_on_page(server, path):
    g = GOLD[path]
    status, body, _ = fetch(server, path)
    assert status == 200
    content = body.split('id="blogContent_', 1)[1].split('<div class="bpi-share', 1)[0]
    text = page_text(body)
    content_text = page_text('<div id="blogContent_' + content)
    for para in g["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in content_text or (g["summary"] and para == g["summary"] and para in text), cell
    for name in g["authors"] + g["photographers"]:
        assert name in content_text, name
    if g["source"]:
        assert g["source"] in content_text
    if g["summary"]:
        assert g["summary"] in text
    for img in g["images"]:
        assert img["path"] in content
        if img["caption"]:
            assert img["caption"] in content_text
    day = g["published_at"][:10]
    y, m, d = day.split("-")
    if path.endswith("-2728"):
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in content_text
    else:
        stamp = f"{d}/{m}/{y}"
        if "T" in g["published_at"]:
            stamp += " " + g["published_at"][11:16]
        else:
            stamp += " 00:00"
        assert f'<i class="fa fa-calendar"></i> {stamp}' in body
    assert portal.HEADER_TODAY in text
    crumb = re.search(r'<li class="active"><a href="/blog\?category=\d">(.*?)</a></li></ol>', body)
    assert crumb and _html.unescape(crumb.group(1)) == g["category"]


def test_reachable_from_start_within_budget(server):
    host = urlsplit(server.base_url).netloc
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    titles: dict[str, str] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        assert status == 200, target
        if 'class="blog-post-title' in body:
            titles[target] = h1_text(body)
        for link in links(body, urlsplit(target).path, host):
            if link not in seen and not is_asset(link):
                seen.add(link)
                queue.append(link)
    for path, g in GOLD.items():
        assert path in seen, f"gold article not reachable: {path}"
        assert titles[path] == g["title"]
    for path in portal.NON_ARTICLES:
        assert path in seen, f"non-article not reachable: {path}"
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_page_three_only_from_page_two(server):
    status, body, _ = fetch(server, "/blog")
    assert status == 200
    assert 'href="/blog?page=3"' not in body
    assert 'data-page="3"' in body
    status, body, _ = fetch(server, "/blog?page=2")
    assert status == 200
    assert 'href="/blog?page=3"' in body
    status, body, _ = fetch(server, "/blog?page=3")
    assert status == 200
    for sid in (2677, 2671, 2665):
        assert portal.canon(portal.BY_ID[sid]) in body


def test_json_ld_dates_are_utc(server):
    status, body, _ = fetch(server, "/blog/be-trai-nghiem-tham-quan-nong-trai-xanh-2683")
    assert status == 200
    assert '"datePublished": "2026-10-23T17:00:00+00:00"' in body
    assert GOLD["/blog/be-trai-nghiem-tham-quan-nong-trai-xanh-2683"]["published_at"] == "2026-10-24"


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="blog-post-title' not in body
    assert path not in GOLD


def test_images_and_files_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/uploads/5849213/files/TB-07-cong-khai-quy-HKI-2026-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay", "/blog/khong-ton-tai-9999", "/blog/9999/abc", "/blog?page=9", "/blog?category=7", "/tin-tuc"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_wrong_slug_redirects_to_canonical(server):
    status, _, headers = fetch(server, "/blog/sai-duong-dan-2725")
    assert status == 301
    assert headers["Location"] == "/blog/be-vui-hoi-thi-be-khoe-be-ngoan-cap-truong-2725"
