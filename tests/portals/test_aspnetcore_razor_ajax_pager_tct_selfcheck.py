"""Self-checks of the aspnetcore_razor_ajax_pager_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnetcore_razor_ajax_pager_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    """Visible text (scripts and styles dropped), block elements as breaks."""

    _BLOCKS = frozenset({"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "br",
                         "figcaption", "blockquote", "table", "ul", "ol", "figure"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse("".join(parser.parts))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.hrefs.append(a["action"])


def _links(markup: str, page_url: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urllib.parse.urljoin(page_url, href)
        parts = urllib.parse.urlsplit(absolute)
        if parts.hostname != "127.0.0.1":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, follow=lambda target: True) -> tuple[set[str], int]:
    """Breadth-first over links and redirects from START_PATH; pages only (no media, no PDFs)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urllib.parse.urlsplit(urllib.parse.urljoin(server.url(target), headers["Location"]))
            found = [nxt.path + (f"?{nxt.query}" if nxt.query else "")]
        elif status == 200 and "text/html" in headers.get("Content-Type", ""):
            found = _links(body, server.url(target))
        else:
            found = []
        for link in found:
            if link in seen or not follow(link):
                continue
            if re.search(r"\.(jpe?g|png|gif|pdf|ico)(\?|$)", link) or link.startswith("/tim-kiem"):
                continue
            seen.add(link)
            queue.append(link)
    return seen, requests


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    # the headline is printed as Razor's hex references, yet reads as the gold title
    assert "&#x" in body
    h1 = re.search(r'<h1 class="ctbv-tieude"[^>]*>(.*?)</h1>', body, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert _html.escape(img["path"], quote=True) in body
        if img["caption"]:
            assert img["caption"] in text
    assert f"Tin tức {gold['category']}" in text  # breadcrumb: parent, then the leaf


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_printed_dates_match_gold(server, gold):
    story = portal.BY_ID[int(gold["path"].rsplit("-", 1)[1])]
    _, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    line = portal.date_line(story.opts["printed"])
    assert line in text
    invariant = re.search(r'itemprop="datePublished" content="([^"]+)"', body).group(1)
    assert re.fullmatch(r"\d\d/\d\d/2026 \d\d:\d\d:\d\d", invariant)
    pub = gold["published_at"]
    day = f"{pub[8:10]}/{pub[5:7]}/{pub[:4]}"
    if story.id == 1281:  # the letterhead's day rules
        assert pub == "2026-11-20" and "ngày 20 tháng 11 năm 2026" in text
    elif "T" in pub:
        assert f"{day} - {pub[11:16]}" in line
    else:
        assert f"{day} - 00:00" in line


def test_alt_paths_serve_the_same_article(server):
    alts = [(g, a) for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == 2
    for gold, alt in alts:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body


def test_id_route_redirects_to_canonical(server):
    for gold in portal.GOLD:
        ident = gold["path"].rsplit("-", 1)[1]
        status, _, headers = fetch(server, f"/bai-viet/{ident}")
        assert status == 301 and headers["Location"] == gold["path"]


def test_every_gold_article_reachable_and_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_behind_the_pager(server):
    def no_pager(target: str) -> bool:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(target).query)
        return "/partial" not in target and int(query.get("page", ["1"])[0]) < 2

    seen, _ = crawl(server, follow=no_pager)
    hidden = {g["path"] for g in portal.GOLD if g["path"] not in seen}
    assert hidden == {portal.article_path(portal.BY_ID[i]) for i in portal.PAGE_TWO_ONLY}


def test_pager_is_unobtrusive_ajax_with_query_href(server):
    _, body, _ = fetch(server, "/chuyen-muc/hoat-dong-nha-truong")
    assert 'href="?page=2" data-ajax="true"' in body
    assert 'data-ajax-update="#list"' in body
    assert 'data-ajax-url="/chuyen-muc/hoat-dong-nha-truong/partial?page=2"' in body
    status, fragment, _ = fetch(server, "/chuyen-muc/hoat-dong-nha-truong/partial?page=2")
    assert status == 200 and "<html" not in fragment
    assert portal.article_path(portal.BY_ID[1249]) in fragment
    _, page1, _ = fetch(server, "/chuyen-muc/hoat-dong-nha-truong?page=1")
    assert portal.article_path(portal.BY_ID[1291]) in page1


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "<h1" in body, path


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay", "/bai-viet/khong-ton-tai-99999", "/bai-viet/99999",
                   "/chuyen-muc/khong-co", "/tai-lieu/1/khong-co.pdf", "/van-ban/chi-tiet/9"):
        assert fetch(server, target)[0] == 404, target


def test_static_and_attachments(server):
    assert fetch(server, "/media/2026/12/be-giang-k44.jpg?width=760&rmode=max")[0] == 200
    status, _, headers = fetch(server, "/tai-lieu/5517/ke-hoach-45-kh-tct.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_post_needs_antiforgery_token(server):
    def post(target: str, data: dict) -> int:
        req = urllib.request.Request(server.url(target), data=urllib.parse.urlencode(data).encode(),
                                     method="POST")
        try:
            with NO_REDIRECTS.open(req, timeout=10) as resp:
                return resp.status
        except urllib.error.HTTPError as err:
            return err.code

    assert post("/binh-chon", {"LuaChonId": "1"}) == 400
    _, body, _ = fetch(server, "/")
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', body).group(1)
    assert post("/binh-chon", {"LuaChonId": "1", "__RequestVerificationToken": token}) == 200


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)
