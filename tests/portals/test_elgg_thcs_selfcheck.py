"""Self-checks of the elgg_thcs fixture portal against itself (never the crawler).

What is checked: gold pages answer 200 with their title and the gold fields as printed; every
gold article, every alt path and every non-article is reached from START_PATH by links, forms
(GET) and redirects; the whole bounded crawl stays within the request budget; the blog's own
``<time datetime>`` (UTC) read in Asia/Ho_Chi_Minh gives the gold date; unknown paths are 404.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from datetime import datetime, timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import elgg_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD = {g["path"]: g for g in portal.GOLD}
BUDGET = 3 * (13 + len(portal.NON_ARTICLES))
STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """The page's reading text: Word list markers and bare note numbers out, tags out, NFC."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<!--.*?-->", " ", markup)
    markup = re.sub(r'(?s)<span style="mso-list:Ignore">.*?</span></span>', "", markup)
    markup = re.sub(r"<sup><a [^>]*>\d+</a></sup>", "", markup)
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)  # a table row reads as its cells joined
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def links(markup: str, page_url: str) -> list[str]:
    found = []
    for attr in re.findall(r'\bhref="([^"]*)"', markup):
        url = urljoin(page_url, _html.unescape(attr))
        if url.startswith("http://127.0.0.1"):
            found.append(url)
    for form in re.findall(r'(?s)<form method="get" action="([^"]*)"', markup):
        found.append(urljoin(page_url, _html.unescape(form)) + "?q=&search_type=all")
    return found


def target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def crawl(server):
    """A breadth-first crawl from START_PATH: the targets reached and the requests it took."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        tgt = queue.popleft()
        if tgt in seen:
            continue
        seen.add(tgt)
        if tgt.lower().endswith(STATIC) or tgt.startswith(("/serve-file/", "/cache/", "/mod/", "/_graphics/")):
            continue
        requests += 1
        status, body, headers = fetch(server, tgt)
        if status in (301, 302):
            queue.append(target(headers["Location"]))
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            for url in links(body, server.url(tgt)):
                queue.append(target(url))
    return seen, requests


def test_gold_has_thirteen_articles_and_non_articles_in_range():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("path", list(GOLD))
def test_gold_page_answers_with_title_and_fields(server, path):
    gold = GOLD[path]
    status, body, _ = fetch(server, path)
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("path", list(GOLD))
def test_alt_paths_serve_the_same_article(server, path):
    gold = GOLD[path]
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body)
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("path", list(GOLD))
def test_blog_time_in_local_zone_gives_gold_date(server, path):
    gold = GOLD[path]
    _, body, _ = fetch(server, path)
    header = body.split('class="elgg-listing-full-header"', 1)[1].split('class="elgg-listing-full-body', 1)[0]
    stamp = re.search(r'<span class="elgg-listing-time"><time datetime="([^"]+)"', header).group(1)
    assert stamp.endswith("+00:00")  # the server prints UTC
    local = datetime.fromisoformat(stamp) + timedelta(hours=7)
    if gold["published_at"] is None:
        return
    if len(gold["published_at"]) == 10:
        if local.hour == 0 and local.minute == 0:
            assert local.date().isoformat() == gold["published_at"]
        else:  # the official notice: the letterhead's day
            y, m, d = gold["published_at"].split("-")
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in page_text(body)
    else:
        assert local.strftime("%Y-%m-%dT%H:%M:%S+07:00") == gold["published_at"]


def test_every_gold_article_alt_and_non_article_is_reachable(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_crawl_stays_within_budget(crawl):
    _, requests = crawl
    assert requests <= BUDGET, requests


def test_oldest_article_only_on_later_listing_pages(server):
    oldest = portal.GOLD[-1]["path"]
    for first in ("/blog/all", "/blog/group/41/all", "/activity", "/"):
        _, body, _ = fetch(server, first)
        assert oldest not in body
    _, body, _ = fetch(server, "/blog/all?offset=10")
    assert oldest in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "elgg-listing-full" in body


def test_nfd_article_prints_decomposed_text(server):
    gold = next(g for g in portal.GOLD if g["path"].startswith("/blog/view/1176/"))
    _, body, _ = fetch(server, gold["path"])
    assert unicodedata.normalize("NFD", gold["title"]) in body
    assert gold["title"] not in body


@pytest.mark.parametrize(
    "path",
    ["/blog/view/99999/khong-co", "/blog/view/abc", "/groups/profile/999/x", "/khong-ton-tai",
     "/pages/view/1288/x", "/blog/group/1288/all", "/profile/nobody"],
)
def test_unknown_paths_are_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
