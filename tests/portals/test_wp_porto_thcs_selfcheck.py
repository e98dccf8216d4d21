"""Self-checks of the wp_porto_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_porto_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.I)
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _norm(target: str) -> str:
    """A target with its percent-escapes decoded (hex case and raw UTF-8 alike)."""
    return unquote(target)


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH, following redirects by hand."""
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
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, target
        for _, href in _HREF.findall(body):
            href = _html.unescape(href)
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _STATIC.search(parts.path) or parts.path.startswith(("/wp-content/", "/wp-includes/", "/wp-login")):
                continue
            if nxt not in seen:
                queue.append(nxt)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == set(portal.CATS.values())
    for g in portal.GOLD:
        assert g["path"].isascii()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    h2 = re.search(r'<h2 class="entry-title">(.*?)</h2>', body, re.S)
    assert h2 and collapse(_html.unescape(h2.group(1))) == gold["title"]
    # the page header's h1 is the category, not the headline (trap 1)
    h1 = re.search(r'<h1 class="page-title">(.*?)</h1>', body, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["category"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: cells joined by " | "
            assert cell in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    y, m, d = (int(x) for x in gold["published_at"][:10].split("-"))
    if "THÔNG BÁO" in body and "Nơi nhận" in body:
        assert f"ngày {d:02d} tháng {m} năm {y}" in text
    else:
        assert f"{portal.MONTHS[m - 1]} {d}, {y}" in text
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body


def test_no_publication_time_printed(server):
    """The only times on an article are the hidden modified stamp and comment times."""
    for gold in portal.GOLD:
        assert "T" not in gold["published_at"]
        _, body, _ = fetch(server, gold["path"])
        assert 'class="updated" style="display:none"' in body


def test_alt_paths_serve_or_redirect_to_the_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                loc = urlsplit(headers["Location"])
                assert loc.path == gold["path"], alt
            else:
                assert status == 200, alt
                assert gold["title"] in _text(body)


def test_unicode_slug_forms(server):
    story = portal.BY_ID[414]
    lower = portal.permalink(story)
    upper = "/" + quote(story.slug, safe="-") + "/"
    assert lower != upper and lower.lower() == upper.lower()
    _, m_page, _ = fetch(server, portal.permalink(portal.BY_ID[433]))
    assert f'href="{upper}"' in m_page
    _, home, _ = fetch(server, "/")
    assert f'href="{lower}"' in home


def test_every_gold_article_is_reachable_within_budget(server):
    seen, pages = _crawl(server)
    reached = {_norm(t) for t in seen}
    for gold in portal.GOLD:
        assert _norm(gold["path"]) in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert pages <= budget, (pages, budget)


def test_oldest_news_only_on_page_two(server):
    oldest = portal.permalink(portal.BY_ID[348])
    _, first, _ = fetch(server, "/category/tin-tuc-su-kien/")
    _, second, _ = fetch(server, "/category/tin-tuc-su-kien/page/2/")
    _, home, _ = fetch(server, "/")
    assert oldest not in first and oldest not in home
    assert oldest in second


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-bai-nay/",
        "/category/khong-ton-tai/",
        "/category/tin-tuc-su-kien/page/9/",
        "/?p=999",
        "/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/?replytocom=1",
        "/2026/09/",
        "/wp-json/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
