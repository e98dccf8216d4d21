"""Self-checks of the nodebb_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nodebb_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SAFE = "/%:@!$&'()*+,;=-._~"
BUDGET = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        wanted = tag == "a" or (tag == "link" and a.get("rel") in ("next", "prev"))
        if wanted and a.get("href"):
            self.links.append(a["href"])


def _links(body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    return parser.links


def _target(server: PortalServer, page: str, href: str) -> str | None:
    absolute = urljoin(server.url(page), _html.unescape(href))
    parts = urlsplit(absolute)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}" or href.startswith("#"):
        return None
    if parts.path.startswith("/assets/"):
        return None
    path = quote(parts.path, safe=_SAFE)
    return path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[dict[str, str], dict[str, list[str]], int]:
    """Breadth-first over every same-host link; returns final pages, who links to whom, requests."""
    pages: dict[str, str] = {}
    linked_from: dict[str, list[str]] = {}
    queue = deque([portal.START_PATH])
    seen = {portal.START_PATH}
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            nxt = _target(server, target, headers["Location"])
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        pages[target] = body
        for href in _links(body):
            nxt = _target(server, target, href)
            if nxt is None:
                continue
            linked_from.setdefault(nxt, []).append(target)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return pages, linked_from, requests


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def _content(body: str) -> str:
    """The first post's content block, as text."""
    start = body.index('component="post/content"')
    end = body.index('component="post/footer"', start)
    return body[start:end]


def _text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:24])
def test_gold_page_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'component="topic/title">(.*?)</span>', body).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:24])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    content = _content(body)
    text = _text(content)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for img in gold["images"]:
        assert f'<img src="{img["path"]}"' in content
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text or name in _text(body), name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert f"<strong>{_html.escape(gold['summary'], quote=True)}</strong>" in content
        assert gold["body"].startswith(gold["summary"])
    crumbs = re.search(r'<ol class="breadcrumb.*?</ol>', body, re.S).group(0)
    assert f'<span class="fw-semibold" itemprop="name">{_html.escape(gold["category"], quote=True)}</span></a></li>' \
        '<li component="breadcrumb/current"' in crumbs
    if "T" in gold["published_at"]:
        import datetime as dt

        utc = dt.datetime.fromisoformat(gold["published_at"]).astimezone(dt.UTC)
        stamp = utc.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert f'<meta property="article:published_time" content="{stamp}" />' in body
        assert f'<span class="timeago text-muted" title="{stamp}"></span>' in body
    else:
        day = gold["published_at"]
        y, m, d = day.split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text


def test_replies_and_chrome_stay_out_of_bodies():
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for chrome in ("Cập nhật 14h00", "cựu học sinh khóa 2005", "Chúc mừng em Bảo Trâm", "Ban Biên tập Website",
                   "Xem thêm", "Nguồn:", "Tin, ảnh", "Nơi nhận", "CỘNG HÒA", "Số: 312", ".pdf", ".docx",
                   "Thứ Bảy, 05/12/2026", "đã chuyển chủ đề"):
        assert chrome not in bodies, chrome


def test_every_gold_article_is_reachable(crawl):
    pages, _, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in pages or any(p in pages for p in gold["alt_paths"]), gold["path"]


def test_non_articles_answer_and_are_reachable(server, crawl):
    pages, _, _ = crawl
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
        assert path in pages, path


def test_page_two_articles_only_on_page_two(crawl):
    _, linked_from, _ = crawl
    for tid, listing in ((6, portal.cat_href(2, 2)), (8, portal.cat_href(4, 2))):
        topic = portal.BY_TID[tid]
        sources = set(linked_from.get(topic.path, []))
        others = {s for s in sources if not s.startswith(topic.path)}
        assert others == {quote(listing, safe="/?=")}, others


def test_crawl_fits_the_budget(crawl):
    _, _, requests = crawl
    assert requests <= BUDGET, requests


def test_alt_paths_serve_or_redirect_to_the_article(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            target = quote(alt, safe=_SAFE)
            for _ in range(3):
                status, body, headers = fetch(server, target)
                if status in (301, 302):
                    target = headers["Location"]
                    continue
                break
            assert status == 200, alt
            assert f'rel="canonical" href="{server.base_url}' in body
            h1 = re.search(r'component="topic/title">(.*?)</span>', body).group(1)
            assert collapse(_html.unescape(h1)) == gold["title"], alt


def test_unknown_paths_404(server):
    t = portal.BY_TID[11]
    for path in ("/khong-ton-tai", "/topic/999/abc", "/category/99", f"{t.path}/9", "/post/9999",
                 portal.cat_href(2, 7).replace("thông-báo", "th%C3%B4ng-b%C3%A1o"), "/tags/kh%C3%B4ng-c%C3%B3",
                 "/user/nguoi-la"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
