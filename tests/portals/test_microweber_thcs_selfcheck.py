"""Self-check of the microweber_thcs fixture portal against itself (never the crawler).

Why: a gold record that promises text its page does not print, or an article no link reaches,
would make the end-to-end test fail on the fixture's side. These checks fetch through a real
loopback server and look only at what the pages print.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import microweber_thcs as portal
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_SUP = re.compile(r"<sup>.*?</sup>", re.S)
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """The page's text as a reader sees it: tags and superscripts gone, NFC, spaces collapsed."""
    no_sup = _SUP.sub("", page)
    flat = html.unescape(_TAG.sub(" ", no_sup)).replace("\xa0", " ")
    return " ".join(unicodedata.normalize("NFC", flat).split())


def _links(target: str, page: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or _STATIC.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server) -> dict[str, str]:
    """Every page reachable by links from the start path: target -> body."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 300:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, f"link to {target} answers {status}"
        seen[target] = body
        queue.extend(t for t in _links(target, body) if t not in seen)
    return seen


def test_shape():
    assert portal.NAME == "microweber_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["category"] in portal.CATS.values()
        assert g["body"] and "\n\n" in g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        assert unicodedata.is_normalized("NFC", g["title"] + g["body"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    plain = _plain(page)
    assert gold["title"] in plain
    for para in gold["body"].split("\n\n"):
        # a table row is printed cell by cell: its cells follow each other in the text
        assert para.replace(" | ", " ") in plain, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in plain, name
    if gold["source"]:
        assert gold["source"] in plain
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in plain
        status_img, _, headers = fetch(server, img["path"])
        assert status_img == 200 and headers["Content-Type"].startswith("image/")
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in plain or f"ngày {int(d)} tháng {int(m)} năm {y}" in plain
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in plain
    assert gold["category"] in plain
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _plain(page)
        assert f'href="{server.base_url}{gold["canonical_path"]}"' in page


def test_every_article_and_non_article_is_reachable(crawl):
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in crawl, target


def test_crawl_stays_within_budget(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(crawl)


def test_deep_articles_only_on_later_pages(crawl):
    """s10 and s13 are linked only from page 2+ of a listing."""
    for story in (portal.S10, portal.S13):
        href = f'href="/blog/{story.slug}"'
        pages = [t for t, body in crawl.items() if href in body and not t.startswith(f"/blog/{story.slug}")]
        assert pages, story.slug
        assert all("page:" in t or "curent_page=2" in t for t in pages), pages


def test_root_slug_twins_linked_from_home(crawl):
    home = crawl["/"]
    for story in portal.SLIDER:
        assert f'href="/{story.slug}"' in home


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert portal.TODAY_VN in page


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay", "/blog/khong-ton-tai", "/blog/page:9", "/blog/category:khong-co",
     "/blog/category:doan-doi?curent_page=5", "/van-ban/khong-co", "/blog/tags:khong-co"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_traps_as_documented(server):
    # listing dates in m/d/Y
    _, listing, _ = fetch(server, "/blog/page:2")
    assert "11/05/2026" in listing  # s8, 5 November
    # the notice prints its posting day and the letterhead day
    _, notice, _ = fetch(server, "/blog/" + portal.S2.slug)
    assert "Ngày đăng: 01/12/2026 09:40" in notice and "ngày 30 tháng 11 năm 2026" in notice
    # midnight, update stamp, CMS account
    _, s5, _ = fetch(server, "/blog/" + portal.S5.slug)
    assert "Ngày đăng: 20/11/2026 00:00" in s5 and "Người đăng: qtv.chuvanan" in s5
    _, s1, _ = fetch(server, "/blog/" + portal.S1.slug)
    assert s1.index("Cập nhật: 05/12/2026 08:12") < s1.index("Ngày đăng: 04/12/2026 15:20")
    # NFD text in s7
    _, s7, _ = fetch(server, "/blog/" + portal.S7.slug)
    assert unicodedata.normalize("NFD", "Chi đội 8A dẫn đầu") in s7
    # bare superscript footnote call, Word list markers
    _, s4, _ = fetch(server, "/blog/" + portal.S4.slug)
    assert "giáo khoa<sup>" in s4
    _, s10, _ = fetch(server, "/blog/" + portal.S10.slug)
    assert "mso-list: Ignore" in s10 and "(thứ Ba).<br>" in s10
    # module dropped inside the text box of s13
    _, s13, _ = fetch(server, "/blog/" + portal.S13.slug)
    box = s13[s13.index('field="content_body"'):]
    assert box.index("Có thể bạn quan tâm") < box.index("Mô hình “Cổng trường")
