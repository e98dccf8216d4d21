"""Self-checks of the nuxt_content_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nuxt_content_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Page(HTMLParser):
    """Links (``<a href>``, ``<link rel=next/prev>``) and the visible text (no scripts)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.preloads: list[str] = []
        self.canonical: str | None = None
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link":
            rel = a.get("rel", "")
            if rel in ("next", "prev"):
                self.links.append(a["href"])
            elif rel == "canonical":
                self.canonical = a["href"]
            elif rel == "preload":
                self.preloads.append(a["href"])
        if tag in ("br", "p", "li", "div", "h1", "h2", "h3", "tr", "td", "th"):
            self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def visible(body: str) -> str:
    return collapse("".join(parse(body).text))


def _local(base: str, current: str, href: str) -> str | None:
    absolute = urljoin(base + current, _html.unescape(href))
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer) -> dict[str, int]:
    """A breadth-first walk over HTML pages from START_PATH: path -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in parse(body).links:
            local = _local(server.base_url, target, href.split("#")[0] or target)
            if local is None or re.search(r"\.(jpg|png|pdf|ico|css|js)$", urlsplit(local).path):
                continue
            if local not in seen:
                queue.append(local)
    return seen


def test_thirteen_gold_articles_and_non_articles():
    assert portal.NAME == "nuxt_content_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = visible(body)
    assert gold["title"] in text
    assert f">{_html.escape(gold['title'], quote=True)}</h1>" in body
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in order, in one <tr>
            cells = "".join(f"<t[hd]>{re.escape(_html.escape(c))}</t[hd]>" for c in para.split(" | "))
            assert re.search(f"<tr>{cells}</tr>", body), para
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert "›" not in gold["category"]
    assert gold["category"] in text
    page = parse(body)
    assert page.canonical and page.canonical.endswith(gold["canonical_path"])


def test_printed_dates_and_utc_attributes(server):
    for gold in portal.GOLD:
        story = portal.BY_PATH[gold["path"]]
        _, body, _ = fetch(server, gold["path"])
        attr = portal.utc_attr(story)
        assert f'datetime="{attr}"' in body
        assert portal.printed_date(story) in visible(body)
        if "T" in gold["published_at"]:
            day, clock = gold["published_at"][:10], gold["published_at"][11:16]
            assert f"{clock} · {day[8:10]}/{day[5:7]}/{day[:4]}" in visible(body)
        else:
            assert "T00:00:00.000Z" in attr
    # the early-morning post: its UTC attribute names the previous day
    kiem_tra = next(s for s in portal.NEWS if s.slug.startswith("kiem-tra-cong-tac-ban-tru"))
    assert portal.utc_attr(kiem_tra).startswith("2026-11-01T23:45")
    assert kiem_tra.published_at == "2026-11-02T06:45:00+07:00"
    # the official letter is dated by its letterhead, not by the day it went online
    letter = portal.NOTICES[0]
    _, body, _ = fetch(server, portal.story_path(letter))
    assert "Sơn Tây, ngày 30 tháng 11 năm 2026" in body and letter.published_at == "2026-11-30"


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert parse(body).canonical.endswith(gold["canonical_path"])
            assert gold["title"] in visible(body)


def test_every_gold_article_is_reachable_within_budget(server):
    seen = crawl(server)
    ok = {p for p, s in seen.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_older_news_only_behind_the_pager_fallback(server):
    """Pages 2 and 3 are linked only by <link rel=next> and <noscript>; the pager is buttons."""
    _, body, _ = fetch(server, "/tin-tuc")
    assert '<link rel="next" href="/tin-tuc?page=2">' in body
    pager = body.split('aria-label="Trang trước"', 1)[1].split("<noscript>", 1)[0]
    assert "href" not in pager
    _, home, _ = fetch(server, "/")
    for story in portal.NEWS[portal.PER_PAGE:]:
        assert portal.story_path(story) not in home
    _, p2, _ = fetch(server, "/tin-tuc?page=2")
    for story in portal.NEWS[4:8]:
        assert f'href="{portal.story_path(story)}"' in p2
    _, p3, _ = fetch(server, "/tin-tuc?page=3")
    for story in portal.NEWS[8:]:
        assert f'href="{portal.story_path(story)}"' in p3
    assert fetch(server, "/tin-tuc?page=4")[0] == 404


def test_payload_files_and_nuxt_data(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    page = parse(body)
    payload = [p for p in page.preloads if "_payload.json" in p]
    assert payload == [f"{gold['path']}/_payload.json?{portal.BUILD_ID}"]
    status, data, headers = fetch(server, payload[0])
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert gold["title"] in json.loads(data)
    assert 'id="__NUXT_DATA__"' in body
    _, listing, _ = fetch(server, "/tin-tuc")
    assert portal.DRAFT_PATH in listing
    assert fetch(server, portal.DRAFT_PATH)[0] == 404
    assert fetch(server, "/_payload.json?" + portal.BUILD_ID)[0] == 200


def test_chrome_is_not_in_the_gold(server):
    for gold in portal.GOLD:
        for chrome in ("Nội dung bài viết", "Đang tải", "Footnotes", "↩", "Cập nhật lần cuối", "quantri",
                       "Tệp đính kèm", "Tin, ảnh", "Ảnh:", "Nơi nhận", "THÔNG BÁO", "2026 ›"):
            assert chrome not in gold["body"]
        assert gold["category"] in ("Tin tức", "Thông báo")
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert 'href="/tin-tuc/2026"' in body
    assert fetch(server, "/tin-tuc/2026")[0] == 404


def test_soft_line_breaks_are_one_paragraph(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert re.search(r"<p>Sau ba tuần[^<]*\n[^<]*</p>", body)
    assert "tham gia với 172" in portal.GOLD[0]["body"]


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1" in body


@pytest.mark.parametrize("path", ["/khong-co-trang-nay", "/tin-tuc/2026/khong-co", "/thong-bao/x/y", "/tin-tuc/2026"])
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
