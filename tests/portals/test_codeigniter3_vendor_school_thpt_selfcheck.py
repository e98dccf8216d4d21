"""Self-checks of the codeigniter3_vendor_school_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import codeigniter3_vendor_school_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.art_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(markup: str) -> str:
    """Visible-ish text of a piece of markup: cells joined by " | ", tags dropped, NFC."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?i)</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(html.unescape(markup))


def region(body: str) -> str:
    """The article's own part: after the hidden TTS copy, before the comments."""
    start = body.index('id="vnn-tts-src"')
    start = body.index("</div>", start) + len("</div>")
    return body[start : body.index('class="binh-luan"')]


def links(body: str, page: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', body):
        href = html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + page, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(STATIC):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server, skip: frozenset[str] = frozenset()) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        for link in links(body, target):
            if link not in seen and link not in skip:
                seen.add(link)
                queue.append(link)
    return seen


def test_counts_and_shape():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["canonical_path"] == g["path"]


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for root in ("home", "tmp", "work", "Users"):
        assert f"/{root}/" not in source


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_article_page(server, gold):
    story = STORY_BY_PATH[gold["path"]]
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    h1 = re.search(r'<h1 class="tieu-de-bai-viet">(.*?)</h1>', body, re.S).group(1)
    assert plain(h1) == gold["title"]
    # the category heading above the headline is not the title (trap 5)
    assert f"<h2><a href=\"{portal.cat_path(portal.CAT_ID[gold['category']])}\">" in body
    # breadcrumb leaf = gold category
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body, re.S).group(1)
    assert plain(re.findall(r"<li>(.*?)</li>", crumbs)[-1]) == gold["category"]

    part = region(body)
    text = plain(part)
    pos = 0
    for para in gold["body"].split("\n\n"):
        found = text.find(para, pos)
        assert found >= 0, para[:60]
        pos = found + len(para)
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text

    # the images in order: data-src before src, the site's own icons left out
    imgs = []
    for tag in re.findall(r"<img\b[^>]*>", part):
        src = re.search(r'data-src="([^"]*)"', tag) or re.search(r'src="([^"]*)"', tag)
        resolved = urlsplit(urljoin("http://fixture.invalid" + gold["path"], html.unescape(src.group(1))))
        if not resolved.path.startswith("/public/"):
            imgs.append(resolved.path)
    assert imgs == [img["path"] for img in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
        assert fetch(server, img["path"])[0] == 200

    # the printed date agrees with the gold (the letterhead's day for the official notice)
    printed = re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d) (SA|CH)", body).groups()
    d, m, y, hh, mm, half = printed
    hour = int(hh) % 12 + (12 if half == "CH" else 0)
    expected = f"{y}-{m}-{d}" if (hour, mm) == (0, "00") else f"{y}-{m}-{d}T{hour:02d}:{mm}:00+07:00"
    if story.id == 1087:
        assert "ngày 30 tháng 11 năm 2026" in text
        assert gold["published_at"] == "2026-11-30" != expected[:10]
    else:
        assert gold["published_at"] == expected


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            h1 = re.search(r'<h1 class="tieu-de-bai-viet">(.*?)</h1>', body, re.S).group(1)
            assert plain(h1) == gold["title"]
            assert gold["canonical_path"] in re.search(r'og:url" content="([^"]*)"', body).group(1)


def test_everything_reachable_and_bounded(server):
    reached = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    # a sensible crawl stays within the budget
    assert len(reached) <= 3 * (13 + len(portal.NON_ARTICLES))
    # the carousel's /index.php/ links and the old slug are reached too, and are alt_paths
    variants = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert {r for r in reached if "chi-tiet" in r} - {g["path"] for g in portal.GOLD} <= variants


def test_page_two_only(server):
    reached = crawl(server, skip=frozenset({portal.cat_path(2, 12)}))
    for sid in portal.PAGE_TWO_ONLY:
        story = portal.BY_ID[sid]
        assert not any(r.startswith(f"/tin-tuc/chi-tiet/{sid}/") for r in reached)
        assert portal.art_path(story) in links(fetch(server, portal.cat_path(2, 12))[1], "/")


def test_listing_join_duplicate(server):
    _, body, _ = fetch(server, portal.cat_path(2))
    target = portal.art_path(portal.BY_ID[1083])
    assert body.count(f'<h3><a href="{target}">') == 2
    assert 'data-ci-pagination-page="2"' in body
    assert portal.cat_path(2, 12) in body


def test_lazy_images_and_hidden_copy(server):
    gold = BY_PATH[portal.art_path(portal.BY_ID[1068])]
    _, body, _ = fetch(server, gold["path"])
    first = gold["images"][0]["path"]
    assert f'data-src="{first}"' in body and f'src="{first}"' not in body.replace("data-src", "")
    assert 'id="vnn-tts-src" class="hidden"' in body
    assert 'class="vnn-inread"' in region(body)


def test_encodings_as_saved(server):
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1044]))
    assert "&agrave;" in body or "&ecirc;" in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1077]))
    h1 = re.search(r'<h1 class="tieu-de-bai-viet">(.*?)</h1>', body, re.S).group(1)
    assert h1 != unicodedata.normalize("NFC", h1)


def test_non_articles(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "tieu-de-bai-viet" not in body or target == "/gioi-thieu"


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc/chi-tiet/9999/khong-co.html",
        "/tin-tuc/chuyen-muc/77",
        "/tin-tuc/chuyen-muc/abc",
        "/album/99",
        "/van-ban/abc",
        "/tag/khong-co",
        "/index.php/khong-ton-tai",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
