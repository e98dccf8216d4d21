"""Self-check of the Webnode school portal (webnode_thcs): the fixture against itself, never the crawler.

A blind portal is crawled once before anyone tunes for it: a gold target that does not answer,
a paragraph the page does not print or an article no link reaches would waste that crawl. Besides
the gold, the checks pin down the traps the module's docstring promises (pager-only posts, share
parameter duplicates, Prague-midnight metadata, decomposed text, chrome outside the body).
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import webnode_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.post_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees: no scripts, no tags (inline tags glue), entities decoded, NFC."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<!--.*?-->", "", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    return collapse(_html.unescape(markup))


def links(markup: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> tuple[set[str], int, dict[str, set[str]]]:
    """Breadth-first over links from START_PATH, following redirects; files are not pages."""
    seen: set[str] = set()
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if target.startswith("/_files/"):
            continue
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, (target, status)
        for link in links(body, server.url(target)):
            linked_from.setdefault(link, set()).add(target)
            if link not in seen:
                queue.append(link)
    return seen, fetched, linked_from


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_paths_answer_with_title(server, path):
    gold = GOLD_BY_PATH[path]
    for target in [path, *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
        assert urlsplit(canonical).path == gold["canonical_path"]


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_fields_on_page(server, path):
    gold = GOLD_BY_PATH[path]
    story = STORY_BY_PATH[path]
    status, body, _ = fetch(server, path)
    assert status == 200
    seen = page_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells are printed one by one
            for cell in para.split(" | "):
                assert cell in seen, (path, cell)
        else:
            assert para in seen, (path, para)
    if gold["summary"]:
        assert gold["summary"] == gold["body"].split("\n\n")[0]
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen, (path, name)
    if gold["source"]:
        assert gold["source"] in seen
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in body, (path, img)
        if img["caption"]:
            assert img["caption"] in seen
            assert img["caption"] not in gold["body"]
    day = portal.blog_day(story)
    assert portal.vn_day(day) in seen
    if gold["published_at"] != day:
        y, m, d = gold["published_at"].split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in seen
    assert f'<span class="b-bd-cat">{gold["category"]}</span>' in body


def test_every_gold_article_reachable_within_budget(server):
    seen, fetched, linked_from = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched
    # posts 5, 6, 7 and 11 are linked only from page 2+ of their blog (and from nothing else)
    for sid in (5, 6, 7, 11):
        story = portal.STORIES[sid - 1]
        sources = linked_from[portal.post_path(story)] - {portal.post_path(story)}
        assert sources and all("?page=" in src for src in sources), (sid, sources)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "b-bd-t" not in body  # no post headline on a builder page


@pytest.mark.parametrize(
    "target",
    ["/l/khong-co-bai-nay/", "/trang-khong-ton-tai/", "/tin-tuc/?page=9", "/tin-tuc/?page=abc",
     "/l/a/b/", "/news/"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_redirects(server):
    s3 = portal.STORIES[2]
    status, _, headers = fetch(server, "/l/hoi-thi-giao-vien-day-gioi-cap-truong/")
    assert status == 301 and headers["Location"] == portal.post_path(s3)
    status, _, headers = fetch(server, portal.post_path(s3).rstrip("/"))
    assert status == 301 and headers["Location"] == portal.post_path(s3)
    status, _, headers = fetch(server, "/tin-tuc")
    assert status == 301 and headers["Location"] == "/tin-tuc/"


def test_traps_hold(server):
    # Prague midnight in the metadata, a day on the page
    s1 = portal.STORIES[0]
    _, body, _ = fetch(server, portal.post_path(s1))
    assert 'content="2026-12-04T00:00:00+01:00"' in body
    assert "04.12.2026" in body and "Thứ Bảy, 05/12/2026" in body
    assert '"name": "nbk.quantri"' in body
    # the official notice: blog day 02.12.2026, letterhead 30/11
    g12 = portal.GOLD[11]
    assert g12["published_at"] == "2026-11-30" and g12["authors"] == ["Lê Văn Thành"]
    assert "CỘNG HÒA" not in g12["body"] and "Nơi nhận" not in g12["body"]
    # decomposed text on the page, NFC in the gold
    s5 = portal.STORIES[4]
    _, body5, _ = fetch(server, portal.post_path(s5))
    assert unicodedata.normalize("NFD", "Hội khỏe Phù Đổng") in body5
    assert "Hội khỏe Phù Đổng" not in body5
    assert unicodedata.is_normalized("NFC", portal.GOLD[4]["body"])
    # Facebook emoji bullets are pictures, not text, and not images of the post
    g2 = portal.GOLD[1]
    assert "👉" not in g2["body"] and "#THCS" not in g2["body"] and "💐" in g2["body"]
    assert all("fbcdn" not in i.get("path", "") for i in g2["images"])
    # Word's list numbers are not text; the editor's "- " is
    g8 = portal.GOLD[7]
    assert "\n\n1." not in g8["body"] and "- Tăng thời lượng" in g8["body"]
    _, body8, _ = fetch(server, portal.post_path(portal.STORIES[7]))
    assert 'mso-list:Ignore">1.' in body8
    # footnote calls stay, notes are body
    g10 = portal.GOLD[9]
    assert "đầu cấp.[1]" in g10["body"] and g10["body"].endswith("TP. Hồ Chí Minh.")
    assert "Võ Thị Kim Oanh" not in g10["body"]
    # bylines, captions, "Xem thêm", the update line and the chrome are not body
    every_body = "\n".join(g["body"] for g in portal.GOLD)
    for chrome in ("Tin, ảnh", "Ảnh:", "Xem thêm", "Cập nhật lúc", "Đọc nhiều", "BBT",
                   "Tổng truy cập", "cookie", "Webnode", "Ban Giám hiệu\n", "Theo Báo"):
        assert chrome not in every_body, chrome
    # the perex is printed in its own element only for post 3
    _, body3, _ = fetch(server, portal.post_path(portal.STORIES[2]))
    assert 'class="b-bd-perex"' in body3 and portal.GOLD[2]["summary"]
    assert portal.GOLD[0]["summary"] is None


def test_static_files(server):
    img = portal.GOLD[0]["images"][0]["path"]
    status, _, headers = fetch(server, img)
    assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, portal.FILE_TB87)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
