"""Self-checks of the nukeviet44_main_right_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet44_main_right_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """The visible-ish text of a page: tags dropped, entities decoded, NFC, whitespace collapsed."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(markup: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc and parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> tuple[set[str], dict[str, set[str]]]:
    """Breadth-first over every same-host href from START_PATH (static files are not fetched)."""
    seen: set[str] = set()
    linked_from: dict[str, set[str]] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        assert status == 200, target
        for link in links(body, server.url(target)):
            linked_from.setdefault(link, set()).add(target)
            if not link.lower().endswith(_STATIC) and link not in seen:
                queue.append(link)
    return seen, linked_from


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_every_gold_article_reachable_within_budget(server):
    seen, _ = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in seen, alt
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_via_page_two_or_later(server):
    _, linked_from = crawl(server)
    only_deep = []
    for g in portal.GOLD:
        own = re.search(r"-\d+\.html$", g["path"]).group()
        # its own print view and its other URLs link back to it: not a way in
        sources = {s for s in linked_from.get(g["path"], set()) if not s.endswith(own)}
        if sources and all(re.search(r"/page-[2-9]/$", s) for s in sources):
            only_deep.append(g["path"])
    assert len(only_deep) >= 2, only_deep
    # the last page of "Tin tức - Sự kiện" is not linked from page 1
    last = "/news/tin-tuc-su-kien/page-4/"
    assert linked_from[last] - {last} <= {"/news/tin-tuc-su-kien/page-2/", "/news/tin-tuc-su-kien/page-3/"}


def test_gold_fields_on_the_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell[:60])
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert "Nguồn tin: " + g["source"] in text
        day, _, clock = g["published_at"].partition("T")
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y} {clock[:5]}" in text
        for img in g["images"]:
            src = img.get("path") or img.get("url")
            assert f'src="{src}"' in body, src
            if img["caption"]:
                assert img["caption"] in text
        assert f"<span itemprop=\"name\">{_html.escape(g['category'])}</span>" in body


def test_nfd_article_and_duplicates(server):
    story = portal.BY_ID[142]
    _, body, _ = fetch(server, portal.art_path(story))
    first = story.blocks[1].text
    assert unicodedata.normalize("NFD", first) in body
    assert first not in body  # the editor's text is decomposed on the page
    # 147 under the other category: same article, canonical to the main one
    other = portal.art_path(portal.BY_ID[147], "tin-tuc-su-kien")
    _, body, _ = fetch(server, other)
    assert 'rel="canonical" href="http://' in body and portal.art_path(portal.BY_ID[147]) in body
    # SEO title differs from the headline
    assert "<title>Tư Nghĩa: 86 giáo viên THCS" in body


def test_chrome_and_widgets_not_in_gold():
    for g in portal.GOLD:
        for phrase in ("Tổng số điểm", "Xem thêm", "Tập tin đính kèm", "Ý kiến bạn đọc", "Tin, ảnh",
                       "Ảnh: Quốc Bảo", "Người đăng", "Lịch công tác"):
            assert phrase not in g["body"], (g["path"], phrase)
    dup = next(g for g in portal.GOLD if g["path"].endswith("-145.html"))
    assert dup["body"].count(dup["summary"]) == 1


def test_non_articles_and_unknown(server):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target
    for target in ("/news/tin-tuc-su-kien/khong-co-bai-999.html", "/news/khong-co/", "/about/khong-co.html",
                   "/news/tin-tuc-su-kien/page-9/", "/van-ban/khong-co.html", "/index.php?nv=users",
                   "/news/cong-doan-doan-the/" + portal.BY_ID[150].slug + "-150.html"):
        status, _, _ = fetch(server, target)
        assert status == 404, target
    status, _, headers = fetch(server, "/news/tin-tuc-su-kien/page-1/")
    assert status == 301 and headers["Location"] == "/news/tin-tuc-su-kien/"
    status, _, headers = fetch(server, "/news/tin-tuc-su-kien/sai-duong-dan-150.html")
    assert status == 301 and headers["Location"] == portal.art_path(portal.BY_ID[150])
    status, _, _ = fetch(server, "/uploads/news/2026_12/tong-ket-pcgd-xmc-2026.jpg")
    assert status == 200
    status, body, _ = fetch(server, portal.mail_path(portal.BY_ID[150]))
    assert status == 200 and "Gửi bài viết qua email" in body
