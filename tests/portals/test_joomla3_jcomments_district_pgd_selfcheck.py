"""Self-checks of the joomla3_jcomments_district_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_jcomments_district_pgd as portal
from tests.portals._selfcheck import fetch

_BLOCK_TAGS = {"p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "dd", "dt", "table", "ul", "ol"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    joined = "".join(parser.parts).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", joined)).strip()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append((a["href"], "nofollow" in (a.get("rel") or "")))
        if tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.links.append((a["action"], False))


def links_of(markup: str) -> list[tuple[str, bool]]:
    parser = _Links()
    parser.feed(markup)
    return parser.links


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str, base: str) -> str | None:
    absolute, _frag = urldefrag(urljoin(base, url))
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server, *, polite: bool) -> tuple[set[str], int]:
    """Breadth-first over <a href> from START_PATH; ``polite`` skips rel=nofollow and raw feeds."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for href, nofollow in links_of(body):
            nxt = _target(href, server.url(target))
            if not nxt or nxt in seen:
                continue
            if nxt.startswith(("/images/", "/media/", "/templates/", "/components/", "/cache/", "/modules/")):
                continue
            if polite and (nofollow or "format=raw" in nxt):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, pages


def test_shape():
    assert portal.NAME == "joomla3_jcomments_district_pgd"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 12, g["path"]
        assert g["published_at"].startswith("2026-1"), g["path"]


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        target = portal.ALL_142 if g["path"] == portal.art_path(portal.S142) else g["path"]
        status, body, _ = fetch(server, target)
        assert status == 200
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            # a table row's cells are printed in cells of their own
            assert para.replace(" | ", " ") in txt, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in txt
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
            assert f"<strong>{g['summary']}</strong>" in body
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in body, img
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if "T" in g["published_at"]:
            assert f"{d} Tháng {int(m)} {y} {g['published_at'][11:16]}" in txt, g["path"]
        elif g["authors"] == ["Trần Đức Thịnh"]:
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in txt
        else:
            assert f"{d} Tháng {int(m)} {y} 00:00" in txt
        assert g["category"] in txt


def test_pagebreak_article_pages(server):
    s = portal.S142
    _, first, _ = fetch(server, portal.art_path(s))
    _, second, _ = fetch(server, portal.PAGE2_142)
    both = page_text(first) + " " + page_text(second)
    gold = next(g for g in portal.GOLD if g["path"] == portal.art_path(s))
    paras = gold["body"].split("\n\n")
    assert all(p in both for p in paras)
    assert paras[-1] not in page_text(first)
    assert "Trang 1 / 2" in page_text(first)


def test_every_gold_article_reachable_from_start(server):
    seen, _pages = _crawl(server, polite=True)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target


def test_some_articles_only_on_later_listing_pages(server):
    _, first, _ = fetch(server, "/index.php/tin-tuc-su-kien")
    _, home, _ = fetch(server, "/")
    deep = [portal.art_path(portal.S134), portal.art_path(portal.S129)]
    for path in deep:
        assert path not in first and path not in home
    _, third, _ = fetch(server, "/index.php/tin-tuc-su-kien?start=4")
    assert all(p in third for p in deep)
    assert "Trang 3 / 4" in page_text(third)


def test_crawl_budget(server):
    _seen, pages = _crawl(server, polite=True)
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "<html" in body


def test_comment_feeds(server):
    for s in portal.STORIES:
        status, body, headers = fetch(server, portal.rss_path(s.id))
        if s.opts.get("comments"):
            assert status == 200
            assert "rss" in headers["Content-Type"]
            assert body.count("<item>") == len(s.opts["comments"])
        else:
            assert status == 404


def test_comments_are_not_in_gold(server):
    for g in portal.GOLD:
        s = next(x for x in portal.STORIES if portal.art_path(x) == g["path"])
        for _cid, name, _when, text in s.opts.get("comments", []):
            assert text not in g["body"]
            assert name not in g["authors"]


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/index.php/tin-tuc-su-kien/999-khong-co",
        "/index.php/tin-tuc-su-kien?start=40",
        "/index.php/thong-bao/140-ke-hoach-kiem-tra-noi-bo-truong-hoc-hoc-ky-i",
        "/index.php/hoat-dong-chuyen-mon/148-hoi-nghi-so-ket-mot-nam-thuc-hien-chuyen-doi-so-trong-nganh-giao-duc",
        "/index.php?option=com_jcomments&task=rss&object_id=999&object_group=com_content&format=raw",
    ],
)
def test_unknown_paths_404(server, target):
    status, _body, _ = fetch(server, target)
    assert status == 404
