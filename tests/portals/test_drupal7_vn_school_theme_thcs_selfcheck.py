"""Self-checks of the drupal7_vn_school_theme_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal7_vn_school_theme_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK_TAGS = {"p", "div", "li", "td", "tr", "br", "h1", "h2", "h3", "figcaption", "table", "ul"}
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse(unicodedata.normalize("NFC", "".join(parser.parts)))


def links(markup: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\s[^>]*?href="([^"]+)"', markup):
        absolute = urljoin(base, html.unescape(href))
        out.append(absolute.split("#", 1)[0])
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_module_constants():
    assert portal.NAME == "drupal7_vn_school_theme_thcs"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source


def test_gold_paths_answer_with_their_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert gold["title"] in html.unescape(body), target


def test_canonical_link_points_to_the_alias(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            _, body, _ = fetch(server, target)
            assert 'rel="canonical" href="' in body
            canon = re.search(r'rel="canonical" href="([^"]+)"', body).group(1)
            assert urlsplit(canon).path == gold["canonical_path"], target


def test_every_gold_article_is_reachable_within_budget(server):
    base = server.url("/")
    host = urlsplit(base).netloc
    seen: set[str] = set()
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for url in links(body, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != host or parts.path.lower().endswith(_STATIC):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_gold_fields_are_printed(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200
        txt = page_text(body)
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in txt, (gold["path"], piece)
        for name in gold["authors"] + gold["photographers"]:
            assert name in txt, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in txt
        if gold["summary"]:
            assert gold["body"].startswith(gold["summary"])
        raw = html.unescape(body)
        for img in gold["images"]:
            assert img["path"] in raw, (gold["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in txt
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        if "T" in gold["published_at"]:
            assert f"{d}/{m}/{y} - {gold['published_at'][11:16]}" in txt
        else:
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in txt
        assert gold["category"] in txt


def test_comments_and_widgets_are_not_in_gold(server):
    bodies = " ".join(g["body"] for g in portal.GOLD)
    for chrome in ("Gửi trang này cho bạn bè", "Mình vừa đọc được", "Hoạt động rất bổ ích", "Liên kết cố định"):
        assert chrome not in bodies, chrome
    assert "Con tôi về kể" not in bodies
    assert "Chương II. Tổ chức bộ máy" not in bodies


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="page-title"' in body


def test_two_pagers_on_tin_tuc(server):
    status, body, _ = fetch(server, "/tin-tuc")
    assert status == 200
    assert 'href="/tin-tuc?page=1"' in body
    assert 'href="/tin-tuc?page=0%2C1"' in body
    status, body, _ = fetch(server, "/tin-tuc?page=0%2C1")
    assert status == 200
    assert "thong-bao-lich-tiep-phu-huynh" in body
    assert 'href="/tin-tuc?page=0%2C0"' in body
    status, body, _ = fetch(server, "/tin-tuc?page=2")
    assert "hoc-sinh-khoi-6-tham-quan" in body
    status, body, _ = fetch(server, "/tin-tuc?page=99%2C99")
    assert status == 200 and "hoc-sinh-khoi-6-tham-quan" in body


def test_oldest_article_only_on_later_pages(server):
    target = "/tin-tuc/hoc-sinh-khoi-6-tham-quan-trai-nghiem-tai-bao-tang-hai-phong"
    for first_page in ("/", "/tin-tuc", "/chuyen-muc/tin-hoat-dong"):
        _, body, _ = fetch(server, first_page)
        assert target not in body, first_page
    _, body, _ = fetch(server, "/chuyen-muc/tin-hoat-dong?page=1")
    assert target in body


def test_unknown_paths_404(server):
    for target in ("/khong-co", "/tin-tuc/khong-co-bai-nay", "/node/9999", "/print/11", "/chuyen-muc/abc",
                   "/comment/1", "/taxonomy/term/3", "/tin-tuc/"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
