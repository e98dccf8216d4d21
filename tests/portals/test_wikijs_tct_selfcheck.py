"""Self-checks of the wikijs_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wikijs_tct as portal
from tests.portals._common import P, collapse, esc
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {"/vi/" + portal._apath(s): s for s in portal.STORIES}
ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx)$", re.I)
BLOCK = {"p", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br",
         "blockquote", "figcaption", "section", "ol", "ul", "table"}
ICT = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    """Text of a fragment, one line per block element (how a reader sees paragraphs).

    A bare superscript number (a Word note call) is no text; a bracketed call "[1]" is.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.sup = 0

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append("\n")
        self.sup += tag == "sup"

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.parts.append("\n")
        self.sup -= tag == "sup"

    def handle_data(self, data):
        if not (self.sup and data.strip().isdigit()):
            self.parts.append(data)

    def lines(self) -> list[str]:
        return [c for c in (collapse(x) for x in "".join(self.parts).split("\n")) if c]


def content_lines(page: str) -> list[str]:
    start = page.index('<template slot="contents">')
    end = page.index("</template>", start)
    parser = _Text()
    parser.feed(page[start:end])
    return parser.lines()


def _attr(page: str, name: str) -> str:
    m = re.search(rf'\s{re.escape(name)}="([^"]*)"', page)
    assert m, name
    return _html.unescape(m.group(1))


def test_start_redirects_to_home(server):
    status, _, headers = fetch(server, portal.START_PATH)
    assert status == 302 and headers["Location"] == "/vi/home"
    status, body, _ = fetch(server, "/vi/home")
    assert status == 200 and "<page " in body


def test_thirteen_gold_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_page_answers_with_its_title(server, path):
    gold = GOLD_BY_PATH[path]
    status, body, _ = fetch(server, path)
    assert status == 200
    assert f"<title>{esc(gold['title'])} | {portal.SITE_TITLE}</title>" in body
    assert _attr(body, "title") == gold["title"]
    assert "<h1" not in body.split('<template slot="contents">')[1].split("</template>")[0]


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_fields_appear_on_the_page(server, path):
    gold, story = GOLD_BY_PATH[path], STORY_BY_PATH[path]
    _, body, _ = fetch(server, path)
    lines = content_lines(body)
    text = "\n".join(lines)
    for par in gold["body"].split("\n\n"):
        assert "¶" not in par
        for cell in par.split(" | "):
            assert cell in text, (path, cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
            assert img["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert f"<strong>{esc(gold['summary'])}</strong>" in body or gold["summary"] in text
    assert gold["category"] in text
    # the date: a typed date line, the letterhead, or created-at in Asia/Ho_Chi_Minh
    line = story.opts.get("dateline")
    day = datetime.fromisoformat(gold["published_at"][:10])
    if line:
        assert day.strftime("%d/%m/%Y") in line and line in text
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:16] in line
    elif story is portal.T1:
        assert "ngày 30 tháng 11 năm 2026" in text
    else:
        created = datetime.fromisoformat(_attr(body, "created-at").replace("Z", "+00:00"))
        assert created.astimezone(ICT).isoformat() == gold["published_at"]
        assert _attr(body, "updated-at") == _attr(body, "created-at")


def test_dates_are_in_range_and_local():
    for gold in portal.GOLD:
        day = gold["published_at"][:10]
        assert "2026-10-01" <= day <= "2026-12-05"
        assert len(gold["published_at"]) == 10 or gold["published_at"].endswith("+07:00")
    # the day shifts when the UTC metadata is read naively
    assert GOLD_BY_PATH["/vi/" + portal._apath(portal.H3)]["published_at"].startswith("2026-11-18T06:30")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 302:
            assert headers["Location"] == gold["path"]
            continue
        assert status == 200, alt
        assert f"<title>{esc(gold['title'])} | " in body
        first = gold["body"].split("\n\n")[0]
        assert esc(first)[:80] in body or first[:80] in _html.unescape(body)


def _crawl(server) -> tuple[set[str], int]:
    seen: set[str] = set()
    pages: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        assert fetched < 200
        if status in (301, 302):
            queue.append(headers["Location"])
            continue
        if status != 200:
            continue
        pages.add(target)
        for href in re.findall(r'<a\s[^>]*?href="([^"]+)"', body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            url = urljoin("http://h" + target, href)
            parts = urlsplit(url)
            if parts.netloc != "h" or ASSET.search(parts.path):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return pages, fetched


def test_every_gold_article_and_non_article_is_reachable(server):
    pages, fetched = _crawl(server)
    for path in GOLD_BY_PATH:
        assert path in pages, path
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_on_second_pages(server):
    firsts = ["/vi/home"] + [f"/vi/{p}" for _, p in portal.CATS.values()]
    linked = set()
    for target in firsts:
        _, body, _ = fetch(server, target)
        linked |= set(re.findall(r'href="([^"]+)"', body))
    for story in (portal.H4, portal.H6, portal.D4):
        assert "/vi/" + portal._apath(story) not in linked
    _, body, _ = fetch(server, "/vi/chuyen-muc/hoat-dong-cua-truong/trang-2")
    assert 'href="/vi/' + portal._apath(portal.H6) + '"' in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200 and "<page " in body


def test_wiki_views_and_unknown_paths(server):
    h1 = portal._apath(portal.H1)
    status, body, _ = fetch(server, f"/h/vi/{h1}")
    assert status == 200 and "<history " in body and portal.HEADER_DATE not in body
    status, body, _ = fetch(server, f"/s/vi/{h1}")
    assert status == 200 and "<page-source " in body and "**Sáng 03/12/2026" in body
    status, body, _ = fetch(server, "/t/k87")
    assert status == 200 and "<tags></tags>" in body
    for missing in ("/vi/khong-co-trang-nay", "/khong-co-trang-nay", "/s/vi/khong-co",
                    "/vi/tin-tuc/2026/hoi-thao-khoa-hoc-cap-truong-2026",
                    "/vi/tin-tuc/2025/hoi-nghi-tong-ket-nam-hoc-2024-2025"):
        status, _, _ = fetch(server, missing)
        assert status == 404, missing


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_chrome_is_not_in_the_gold():
    for gold in portal.GOLD:
        for bad in ("Trang chủ »", "Tin liên quan", "Từ khóa", "Bản in", "↩︎", "Xem thêm",
                    "Tải về", "Nơi nhận", "Đã ký", "Lượt xem", portal.HEADER_DATE):
            assert bad not in gold["body"], (gold["path"], bad)
    n2 = GOLD_BY_PATH["/vi/" + portal._apath(portal.N2)]["body"]
    assert "Ban Bí thư về trường" in n2
    h6 = [b for b in portal.H6.blocks if isinstance(b, P)]
    assert not any(b.text.startswith("-") for b in h6)
