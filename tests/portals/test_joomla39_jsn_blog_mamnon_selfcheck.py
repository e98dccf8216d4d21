"""Self-checks of the joomla39_jsn_blog_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla39_jsn_blog_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|form)\b[^>]*?\b(?:href|action)\s*=\s*["']([^"']*)["']""", re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible_text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return unicodedata.normalize("NFC", collapse(_html.unescape(page)))


def links(page: str, current: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = _html.unescape(raw)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_STATIC):
            continue
        out.append(target)
    return out


def on_page(para: str, page_text: str) -> bool:
    """A paragraph is on the page; a table row's cells are printed in order, in their own cells."""
    if " | " not in para:
        return para in page_text
    return " ".join(para.split(" | ")) in page_text


def crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        queue.extend(t for t in links(body, target) if t not in seen)
    return seen


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers.get("Content-Type", "")
            assert g["title"] in visible_text(body), target


def test_everything_reachable_within_budget(server):
    pages = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_behind_page_two(server):
    first_pages = ["/", portal.TIN_URL, portal.CHUYENMON_URL, portal.THONGBAO_URL]
    linked = set()
    for target in first_pages:
        _, body, _ = fetch(server, target)
        linked |= set(links(body, target))
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in linked]
    assert len(hidden) >= 3, hidden
    _, body, _ = fetch(server, portal.TIN_URL + "?start=3")
    assert portal.art_path(portal.BY_ID[224]) in links(body, portal.TIN_URL)


def test_gold_fields_on_the_page(server):
    for g in portal.GOLD:
        texts = []
        pages = []
        for target in [g["path"], *g.get("alt_paths", [])]:
            _, body, _ = fetch(server, target)
            pages.append(body)
            texts.append(visible_text(body))
        whole = " ".join(texts)
        for para in g["body"].split("\n\n"):
            if portal.EMAIL in para:
                before = para.split(portal.EMAIL)[0].strip()
                assert before in whole, (g["path"], before)
                assert "mnhoasen.tq' + '&#64;' + 'gmail' + '&#46;' + 'com'" in pages[0]
                continue
            assert on_page(para, whole), (g["path"], para)
        # the whole body is on the showall / print view
        _, printed, _ = fetch(server, g["path"] + "?tmpl=component&print=1")
        ptext = visible_text(printed)
        for para in g["body"].split("\n\n"):
            if portal.EMAIL not in para:
                assert on_page(para, ptext), (g["path"], para)
        main = printed
        for img in g["images"]:
            assert f'src="{img["path"]}"' in main, img
            if img["caption"]:
                assert _html.escape(img["caption"], quote=True) in main or img["caption"] in visible_text(main)
        for name in g["authors"] + g["photographers"]:
            assert name in texts[0], name
        if g["source"]:
            assert g["source"] in texts[0]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_page_break_article_splits(server):
    story = portal.BY_ID[241]
    gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(story))
    paras = gold["body"].split("\n\n")
    _, page1, _ = fetch(server, gold["path"])
    _, page2, _ = fetch(server, gold["path"] + "?showall=&start=1")
    _, every, _ = fetch(server, gold["path"] + "?showall=1")
    t1, t2, ta = visible_text(page1), visible_text(page2), visible_text(every)
    assert paras[0] in t1 and paras[-1] not in t1
    assert paras[-1] in t2 and paras[0] not in t2
    assert all(p in ta for p in paras)


def test_dates_printed(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        if "T" in g["published_at"]:
            assert f'datetime="{g["published_at"]}"' in body, g["path"]
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[230]))
    assert "30 Tháng 10 2026 00:00" in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[240]))
    assert "ngày 18 tháng 11 năm 2026" in body


def test_nfd_article_is_decomposed(server):
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[236]))
    assert unicodedata.normalize("NFD", "trải nghiệm thực tế") in body


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "jsn-master" in body


def test_unknown_paths_404(server):
    for target in [
        "/index.php/tin-tuc-su-kien/999-khong-co.html",
        "/khong-ton-tai.html",
        "/index.php/tin-tuc-su-kien.html?start=60",
        "/index.php?option=com_content&view=article&id=9999&catid=8&Itemid=105",
        "/index.php?option=com_content&view=article&id=247&catid=9&Itemid=106",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_static_images(server):
    status, _, headers = fetch(server, "/images/tin-tuc/2026/12/hoi-thi-be-khoe-01.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
