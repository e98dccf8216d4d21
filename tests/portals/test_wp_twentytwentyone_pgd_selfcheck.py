"""Self-check of the WordPress 5.8 / Twenty Twenty-One district-office portal against itself.

Never the crawler: every gold path answers 200 with its headline, every gold article and
non-article is reachable by links (anchors, option values, GET forms) from START_PATH, the gold
fields are printed on the pages, the alt paths serve the same article (or 301 to it), unknown
paths 404, and a full link walk stays inside the request budget.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_twentytwentyone_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "option" and a.get("value"):
            self.links.append(a["value"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.links.append(a["action"])


def _links(page: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.links:
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(("/wp-content/", "/wp-includes/")):
            continue
        out.append(target)
    return out


def _norm(target: str) -> str:
    return unquote(target)


def _walk(server) -> tuple[set[str], int]:
    """Breadth-first walk over same-host HTML links; returns the normalised targets seen."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        key = _norm(target.split("#")[0])
        if key in seen:
            continue
        seen.add(key)
        requests += 1
        status, body, headers = fetch(server, target.split("#")[0])
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, server.url(target)):
            if _norm(link.split("#")[0]) not in seen:
                queue.append(link)
    return seen, requests


def _text(page: str) -> str:
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    page = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def _h1(page: str) -> str:
    m = re.search(r'<h1 class="entry-title">(.*?)</h1>', page, re.S)
    assert m, "no entry-title"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_answers_with_title_and_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    assert _h1(page) == gold["title"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page
    # the text of all the post's pages (a <!--nextpage--> post spans two)
    texts = [_text(page)]
    for alt in gold.get("alt_paths", []):
        if re.search(r"/\d+/$", alt):
            texts.append(_text(fetch(server, alt)[1]))
    squashed = _squash(" ".join(texts))
    for para in gold["body"].split("\n\n"):
        # a table row is printed cell by cell; the gold joins the cells with " | "
        assert _squash(para.replace(" | ", " ")) in squashed, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert re.search(r"<strong>[^<]*</strong></p>", page)
    for name in gold["authors"] + gold["photographers"]:
        assert _squash(name) in squashed
    if gold["source"]:
        assert _squash(gold["source"]) in squashed
    for img in gold["images"]:
        assert f'data-lazy-src="{img["path"]}"' in page
        if img["caption"]:
            assert _squash(img["caption"]) in squashed
    day = gold["published_at"][:10]
    if "T" in gold["published_at"]:
        assert f'datetime="{gold["published_at"]}"' in page
    else:
        y, m, d = day.split("-")
        assert f'datetime="{day}T' in page or f"ngày {int(d)} tháng {int(m)} năm {y}" in page
    assert gold["category"] in _text(page.split('id="breadcrumbs"')[1].split("</p>")[0])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, page, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"], alt
            continue
        assert status == 200, alt
        if alt.endswith("/print/"):
            assert '<p class="Print_Title">' in page
            assert gold["title"] in _text(page)
        else:
            assert _h1(page) == gold["title"], alt


def test_every_gold_and_non_article_is_reachable_within_budget(server):
    seen, requests = _walk(server)
    for gold in portal.GOLD:
        assert _norm(gold["path"]) in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert _norm(path) in seen, path
    # a sensible crawler skips print views and reply links; even the naive walk stays bounded
    sensible = {t for t in seen if "replytocom" not in t and not t.endswith("/print/")}
    assert len(sensible) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(sensible)
    assert requests < 100


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="entry-title"' in page


def test_some_articles_only_on_later_listing_pages(server):
    _, first, _ = fetch(server, "/")
    oldest = portal.GOLD[-1]["path"]
    assert oldest not in first
    _, third, _ = fetch(server, "/page/3/")
    assert oldest in third
    # mid_size 0: "1 … 3 Older posts", page 2 only behind the "Older posts" link
    nav = first.split('class="navigation pagination"')[1]
    assert re.findall(r'<a class="([^"]+)" href="/page/2/"', nav) == ["next page-numbers"]


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay/", "/2026/11/27/khong-co-bai/", "/page/9/", "/category/khong-co/", "/?p=99999",
     "/van-ban/khong-co/", "/2025/01/"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_static_and_feeds(server):
    assert fetch(server, "/feed/")[0] == 200
    assert fetch(server, "/wp-sitemap-posts-post-1.xml")[0] == 200
    status, _, headers = fetch(server, "/wp-content/uploads/2026/11/hoi-thi-gvdg-th-1-1024x683.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
