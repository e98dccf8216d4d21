"""Self-checks of the wp_wpml_bilingual_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_wpml_bilingual_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<(?:a|area)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
FORM = re.compile(r"""<form\b[^>]*?\baction\s*=\s*["']([^"']+)["'][^>]*?\bmethod\s*=\s*["']get["']""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible text of a page: scripts and styles dropped, inline tags removed, block tags to
    spaces, NFC, collapsed."""
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</?(a|strong|em|b|i|span|time)\b[^>]*>", "", markup, flags=re.I)
    return collapse(unicodedata.normalize("NFC", _html.unescape(re.sub(r"<[^>]+>", " ", markup))))


def links(base: str, current: str, markup: str) -> list[str]:
    out = []
    for href in HREF.findall(markup) + FORM.findall(markup):
        absolute = urljoin(base + current, _html.unescape(href))
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base or parts.scheme not in ("http", "https"):
            continue
        if re.search(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", parts.path, re.I):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, skip=lambda target: False) -> dict[str, int]:
    """Breadth-first over every same-host link from START_PATH (redirects followed once)."""
    seen: dict[str, int] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            queue.extend(links(server.base_url, target, body))
    return seen


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức", "Hoạt động học sinh", "Hợp tác quốc tế"}
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    h1 = re.search(r'<h1 class="entry-title"[^>]*>(.*?)</h1>', body, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'data-lazy-src="{server.base_url}{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    # the publication instant is printed (in UTC) by Yoast's meta; the visible day matches it
    meta = re.search(r'article:published_time" content="([^"]+)"', body).group(1)
    assert datetime.fromisoformat(meta) == datetime.fromisoformat(gold["published_at"])
    day = datetime.fromisoformat(gold["published_at"])
    assert f"{portal.VI_MONTHS[day.month - 1]} {day.day}, {day.year}" in text
    crumbs = re.search(r'class="ast-breadcrumbs-yoast-wrap">(.*?)</nav>', body, re.S).group(1)
    assert f">{gold['category']}</a>" in crumbs
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_alt_paths_serve_the_story(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        if alt.startswith("/en/"):
            assert f'hreflang="vi" href="{server.base_url}{gold["path"]}"' in body
        else:
            assert gold["body"].split("\n\n")[-1].split(" | ")[0] in page_text(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "article:published_time" not in body


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    html_pages = [t for t, s in seen.items() if s == 200]
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(seen)
    assert len(html_pages) >= 13 + len(portal.NON_ARTICLES)


def test_old_posts_only_behind_page_two(server):
    seen = crawl(server, skip=lambda t: "/page/" in t)
    hidden = {portal.permalink(s) for s in (portal.T4, portal.T5, portal.H4, portal.H5)}
    assert hidden.isdisjoint(seen)
    for gold in portal.GOLD:
        if gold["path"] not in hidden:
            assert gold["path"] in seen


def test_home_load_more_is_not_a_link(server):
    status, body, _ = fetch(server, "/")
    assert status == 200
    assert 'data-next-page="' in body
    assert 'href="/page/2/"' not in body
    assert fetch(server, "/page/2/")[0] == 200


def test_redirects_and_404(server):
    status, _, headers = fetch(server, f"/?p={portal.T1.id}")
    assert status == 301 and headers["Location"] == portal.permalink(portal.T1)
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/tin-tuc/"
    for target in ("/khong-ton-tai/", "/chuyen-muc/tin-tuc/page/9/", "/en/khong-co/", "/tag/khong/"):
        assert fetch(server, target)[0] == 404, target


def test_lazy_images_have_no_real_src(server):
    status, body, _ = fetch(server, portal.permalink(portal.H2))
    assert status == 200
    figure = re.search(r'<figure class="wp-block-image size-large">(.*?)<noscript>', body, re.S).group(1)
    assert 'src="data:image/svg+xml' in figure


def test_images_and_pdf_served(server):
    gold = portal.GOLD[0]
    assert fetch(server, gold["images"][0]["path"])[0] == 200
    assert fetch(server, portal.ATTACH_PDF)[0] == 200

