"""Self-checks of the blogger_school_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import blogger_school_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BLOCK_TAGS = {"p", "div", "br", "td", "tr", "li", "h1", "h2", "h3", "h4", "dd", "dt", "blockquote",
              "table", "ul", "option", "span"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag in ("script", "style"):
            self._skip += 1
        if tag in BLOCK_TAGS - {"span"}:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in BLOCK_TAGS - {"span"}:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


def _read(body: str) -> _Reader:
    reader = _Reader()
    reader.feed(body)
    return reader


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server) -> tuple[dict[str, int], set[str]]:
    """Breadth-first over <a href> on the host from START_PATH (fragments dropped, no assets)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in _read(body).links:
            absolute = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpe?g|png|gif|ico|css|js)$", parts.path, re.I) or nxt in queued:
                continue
            queued.add(nxt)
            queue.append(nxt)
    return seen, queued


def test_module_shape():
    assert portal.NAME == "blogger_school_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _read(body).text
    title_h3 = re.search(r"<h3 class='post-title entry-title'[^>]*>(.*?)</h3>", body, re.S)
    assert title_h3 and collapse(_html.unescape(title_h3.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page
    for img in gold["images"]:
        assert f"src=\"{img['path']}\"" in body
        if img["caption"]:
            assert img["caption"] in page
    if gold["published_at"] and "T" in gold["published_at"]:
        assert f"title='{gold['published_at']}'" in body
    assert f">{gold['category']}</a> » <span>" in body
    for alt in gold.get("alt_paths", []):
        status_alt, body_alt, _ = fetch(server, alt)
        assert status_alt == 200 and title_h3.group(0) in body_alt


def test_nfd_story_is_decomposed_on_the_page(server):
    _, body, _ = fetch(server, "/2026/11/ngoai-khoa-chuyen-e-phong-chong-tac-hai.html")
    assert unicodedata.normalize("NFD", "thuốc lá điện tử") in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ["/2026/12/khong-co-bai-nay.html", "/p/khong-co.html", "/search/label/Kh%C3%B4ng",
                 "/2025/01/", "/wp-admin/", "/index.php"]:
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_all_reachable_within_budget(server):
    seen, _ = _crawl(server)
    bad = {t: s for t, s in seen.items() if s != 200}
    assert not bad
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), sorted(seen))


def test_lists_and_pager(server):
    _, home, _ = fetch(server, "/")
    older = re.search(r"class='blog-pager-older-link' href='http://[^/]+(/search\?[^']+)'", home)
    assert older and "updated-max=2026-11-20T09:00:00%2B07:00&max-results=5" in older.group(1)
    _, page2, _ = fetch(server, older.group(1))
    assert "Ngoại khóa chuyên đề" in page2 and "Hội thi giáo viên dạy giỏi" not in page2
    _, label, _ = fetch(server, "/search/label/Tin%20t%E1%BB%A9c?max-results=3")
    assert "Hiển thị các bài đăng có nhãn <b>Tin tức</b>" in label
    assert "start=3&by-date=false" in label
    # october posts are not on the first page of any listing
    assert "/2026/10/hoi-nghi-can-bo-vien-chuc-nam-hoc-2026.html" not in home
    assert "/2026/10/hoi-nghi-can-bo-vien-chuc-nam-hoc-2026.html" not in label


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_platform_markup_traps(server):
    _, page3, _ = fetch(server, "/search?updated-max=2026-10-28T17:10:00%2B07:00&max-results=5")
    assert page3.count("<h2 class='date-header'><span>Thứ Tư, 14 tháng 10, 2026</span></h2>") == 1
    assert "quyet-inh-thanh-lap-ban-to-chuc-hoi-thi.html" in page3
    _, mso, _ = fetch(server, "/2026/12/hoi-thi-giao-vien-day-gioi-cap-truong.html")
    assert 'mso-list: Ignore;">-' in mso and "table.MsoNormalTable" in mso
    _, rcv, _ = fetch(server, "/2026/12/oan-truong-to-chuc-hoi-thi-rung-chuong.html")
    assert "<h2 class='date-header'><span>Thứ Sáu, 4 tháng 12, 2026</span></h2>" in rcv
    assert ">4:20 CH</abbr>" in rcv and "class='tr-caption'" not in rcv
    assert 'class="tr-caption"' in rcv and "dd class='comment-body'" in rcv
    assert "Nhãn: <a" in rcv and rcv.index(">Hoạt động Đoàn</a>, <a") < rcv.index(">Nổi bật</a></span>")
    _, midnight, _ = fetch(server, "/2026/11/ke-hoach-on-tap-va-kiem-tra-giua-hoc-ky.html")
    assert ">12:00 SA</abbr>" in midnight
    titles = [g["title"] for g in portal.GOLD]
    assert titles.count("Thông báo") == 2
