"""Self-checks of the joomla4_category_table_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_category_table_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BLOCK_TAGS = {
    "p", "div", "li", "td", "th", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "br", "figure", "figcaption", "dd", "dt", "dl", "blockquote", "nav", "section", "header",
    "footer", "main", "form", "select", "option",
}
STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico", ".svg")
CLOAK_TEXT = "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript để xem nó."


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse(unicodedata.normalize("NFC", "".join(parser.parts)))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _links(markup: str, current: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]*)"', markup):
        href = _html.unescape(raw)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(STATIC_EXT) or parts.path.startswith(("/images/", "/media/")):
            continue
        out.append(target)
    return out


def _crawl(server, follow_pages: bool = True) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body = _get(server, target)
        fetched += 1
        assert status == 200, target
        for link in _links(body, urlsplit(target).path):
            if not follow_pages and re.search(r"[?&](start|limitstart)=\d", link):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
        assert fetched < 200, "unbounded site"
    return seen, fetched


def test_thirteen_gold_records_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & set(paths)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức – Sự kiện", "Hoạt động chuyên môn", "Đoàn thanh niên"}


def test_gold_paths_and_alternates_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body = _get(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target
            assert 'itemprop="headline"' in body


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_reachable_from_page_two_on(server):
    seen, _ = _crawl(server, follow_pages=False)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert portal.own_path(portal.S151) in hidden
    assert portal.own_path(portal.S145) in hidden


def test_news_list_is_a_four_page_table(server):
    status, body = _get(server, "/index.php/tin-tuc-su-kien")
    assert status == 200
    text = page_text(body)
    assert "Trang 1 trong 4" in text
    for head in ("Tiêu đề", "Ngày tạo", "Tác giả", "Lượt truy cập"):
        assert head in text
    assert 'href="/index.php/tin-tuc-su-kien?start=15"' in body
    # limitstart (the select's form) and limit answer the same rows
    _, p2 = _get(server, "/index.php/tin-tuc-su-kien?start=5")
    _, p2b = _get(server, "/index.php/tin-tuc-su-kien?filter-search=&limit=5&limitstart=5")
    assert portal.S142.title in page_text(p2) and portal.S142.title in page_text(p2b)
    _, everything = _get(server, "/index.php/tin-tuc-su-kien?limit=0")
    for g in portal.GOLD:
        assert g["title"] in page_text(everything)
    status, _ = _get(server, "/index.php/tin-tuc-su-kien?start=20")
    assert status == 404


def _article_view(g: dict) -> str:
    if any("showall=1" in a for a in g.get("alt_paths", [])):
        return g["path"] + "?showall=1"
    return g["path"]


def test_gold_fields_appear_on_the_page(server):
    for g in portal.GOLD:
        status, body = _get(server, _article_view(g))
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in text, (g["path"], cell)
            elif portal.EMAIL_161 in para:
                assert para.replace(portal.EMAIL_161, CLOAK_TEXT) in text
                user, domain = portal.EMAIL_161.split("@")
                assert base64.b64encode(user.encode()).decode() in body
                assert base64.b64encode(domain.encode()).decode() in body
            else:
                assert para in text, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}' in body, img
            if img["caption"]:
                assert img["caption"] in text
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert g["source"] in text
        assert g["category"] in text


def test_printed_dates_match_gold(server):
    by_id = {s.id: s for s in portal.STORIES}
    for g in portal.GOLD:
        story = by_id[int(g["path"].rsplit("/", 1)[1].split("-", 1)[0])]
        status, body = _get(server, g["path"])
        assert status == 200
        text = page_text(body)
        pub = story.opts["pub"]
        line = f"Được đăng: {portal._lc2(pub)}"
        assert line in text
        # the machine-readable attribute is the raw UTC value, never the gold
        assert f'datetime="{portal._db(pub)}" itemprop="datePublished"' in body
        if story.id == 163:
            assert g["published_at"] == "2026-12-03"
            assert "Thái Bình, ngày 03 tháng 12 năm 2026" in text
        elif pub.endswith("00:00"):
            assert g["published_at"] == pub[:10]
        else:
            assert g["published_at"] == pub.replace(" ", "T") + ":00+07:00"


def test_trap_markup_is_present(server):
    _, b142 = _get(server, portal.own_path(portal.S142))
    assert "#joomlaImage://local-images/2026/11/le-ky-niem-20-11-toan-canh.jpg" in b142
    assert b142.index('class="float-start item-image') < b142.index('itemprop="articleBody"')
    assert "<h1> Tin tức – Sự kiện </h1>" in b142 and '<h2 itemprop="headline">' in b142
    assert "Đánh giá của người dùng" in b142
    _, b149 = _get(server, portal.own_path(portal.S149) + "?showall=&limitstart=1")
    assert "Trang 2 trong 3" in page_text(b149) and "Mục lục bài viết" in b149
    _, b156 = _get(server, portal.own_path(portal.S156))
    assert unicodedata.normalize("NFD", "sinh hoạt chuyên môn theo hướng nghiên cứu") in b156
    _, b153 = _get(server, portal.own_path(portal.S153))
    assert "mso-list: Ignore" in b153
    _, b151 = _get(server, portal.own_path(portal.S151))
    assert b151.index("Tin cùng chuyên mục") < b151.index("Thầy giáo Hoàng Văn Nam")
    assert '<span class="field-label ">Ảnh: </span>' in b151
    nested = portal.nested_path(portal.S147)
    status, bn = _get(server, nested)
    assert status == 200 and "Bài trước" not in bn
    _, bd = _get(server, portal.own_path(portal.S147))
    assert "Bài trước" in bd


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body = _get(server, path)
        assert status == 200, path
        assert "<html" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/index.php/khong-co",
        "/index.php/tin-tuc-su-kien/999-khong-co-bai",
        "/index.php/hoat-dong-chuyen-mon/142-truong-thpt-nguyen-trai-long-trong",
        "/index.php/hoat-dong-chuyen-mon/149-kinh-nghiem-on-thi-tot-nghiep-thpt-mon-tieng-anh?showall=&limitstart=7",
        "/index.php?option=com_content&view=article&id=999:x&catid=8&Itemid=102",
        "/index.php/component/tags/tag/99-khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _ = _get(server, target)
    assert status == 404


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as handle:
        source = handle.read()
    assert not re.search(r"/(home|tmp|work)/", source)
