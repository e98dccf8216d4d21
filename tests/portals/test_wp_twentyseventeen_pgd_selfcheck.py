"""Self-checks of the wp_twentyseventeen_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_twentyseventeen_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(markup: str, page_url: str) -> list[str]:
    out = []
    for href in re.findall(r"""<a\b[^>]*?\bhref=["']([^"']+)["']""", markup, flags=re.I):
        url = urljoin(page_url, html.unescape(href))
        out.append(url.split("#")[0])
    return out


def target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S)
    assert h1 and collapse(html.unescape(h1.group(1))) == gold["title"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    story = next(s for s in portal.STORIES if portal.permalink(s) == gold["path"])
    bodies = [fetch(server, gold["path"])[1]]
    for n in range(2, len(portal.pages_of(story)) + 1):
        status, extra, _ = fetch(server, f"{gold['path']}{n}/")
        assert status == 200
        bodies.append(extra)
    raw = "".join(bodies)
    text = " ".join(page_text(b) for b in bodies)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert server.base_url + img["path"] in raw
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    published = gold["published_at"]
    if "T" in published:
        assert 'class="entry-date published' in raw and f'datetime="{published}"' in raw
    else:
        day = published.split("-")
        assert (
            f'datetime="{published}T00:00:00+07:00"' in raw
            or f"ngày {int(day[2])} tháng {int(day[1])} năm {day[0]}" in text
        )
    if gold["summary"]:
        assert f"<p><strong>{portal.tx(gold['summary'])}" in raw


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_post(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "entry-title" in body


@pytest.mark.parametrize(
    "path",
    ["/khong-co-trang-nay/", "/tin-tuc/khong-co-bai-nay/", "/category/tin-tuc/page/9/", "/?p=99999", "/2026/05/"],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_redirects(server):
    status, _, headers = fetch(server, "/?p=2131")
    assert status == 301 and headers["Location"].endswith(portal.permalink(portal.BY_ID[2131]))
    status, _, headers = fetch(server, "/tin-tuc/ra-mat-clb-tieng-anh/")
    assert status == 301 and headers["Location"].endswith(portal.permalink(portal.BY_ID[2139]))


def crawl(server) -> tuple[set[str], int]:
    """Follow every same-host link (redirects too) from START_PATH; static files are not fetched."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    reached: set[str] = set()
    while queue:
        t = queue.popleft()
        if t in seen:
            continue
        seen.add(t)
        fetched += 1
        status, body, headers = fetch(server, t)
        if status in (301, 302):
            queue.append(target(headers["Location"]))
            continue
        if status != 200:
            continue
        reached.add(t)
        for url in links(body, server.url(t)):
            if urlsplit(url).netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = target(url)
            if not STATIC.search(urlsplit(url).path) and nxt not in seen:
                queue.append(nxt)
        assert fetched < 400
    return reached, fetched


def test_reachable_and_bounded(server):
    reached, fetched = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached
    for path in portal.NON_ARTICLES:
        assert path in reached
    # even this crawler, which follows every link, stays within the budget
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched
