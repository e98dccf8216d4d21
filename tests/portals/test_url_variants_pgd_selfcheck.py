"""Self-checks of the url_variants_pgd fixture (WordPress, one article under many addresses)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import url_variants_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
REDIRECTING = re.compile(r"^/\?p=\d+$|^/tin-tuc/[a-z0-9-]+$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    """Same-host href targets, fragments dropped (``#comments`` is the page itself)."""
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """BFS over href links from START_PATH: every target seen, and the status of each fetched."""
    seen, queue, status_of = {portal.START_PATH}, deque([portal.START_PATH]), {}
    while queue and len(seen) < 600:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        status_of[target] = status
        if status in (301, 302):
            loc = headers["Location"]
            loc = loc[len(server.base_url) :] if loc.startswith(server.base_url) else loc
            if loc not in seen:
                seen.add(loc)
                queue.append(loc)
            continue
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen, status_of


def shown_text(body: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(no_tags)))


def article_part(body: str) -> str:
    for start, end in (
        ('<div class="nk-post-content nk-content">', '<footer class="nk-post-footer">'),
        ('<div class="amp-wp-article-content">', '<footer class="amp-wp-article-footer">'),
        ('<div id="BlogContent">', "Bài viết được in từ"),
    ):
        if start in body:
            return body.split(start, 1)[1].split(end, 1)[0]
    raise AssertionError("no article content")


def assert_prints_article(server, body: str, gold: dict) -> None:
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert _html.escape(gold["title"]) in body
    content = shown_text(article_part(body))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in content, (gold["path"], cell)
    for img in gold["images"]:
        assert f"{server.base_url}{img['path']}" in body


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"] == g["canonical_path"]
        assert re.fullmatch(r"/tin-tuc/[a-z0-9-]+/", g["path"])
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        assert 3 <= len(g["body"].split("\n\n")) <= 14
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet")
            assert "(" not in name and " - " not in name and not name.startswith(("ThS.", "TS."))
        assert len(g["alt_paths"]) >= 4 and g["path"] not in g["alt_paths"]
        assert len(set(g["alt_paths"])) == len(g["alt_paths"])
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for g in portal.GOLD if g["summary"]) >= 2
    assert sum(1 for g in portal.GOLD if not g["images"]) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="nk-title">{_html.escape(gold["title"])}</h1>' in body
    y, m, d = gold["published_at"].split("-")
    assert re.search(rf'<time class="nk-date" datetime="{gold["published_at"]}T[^"]+">{d}/{m}/{y}</time>', body)
    assert f'class="nk-cat-label" href="{server.base_url}/chuyen-muc/' in body
    assert f">{_html.escape(gold['category'])}</a></li></ul>" in body
    assert portal.TODAY in body and "Đang online" in body and "Tổng truy cập" in body
    assert "Bài viết liên quan" in body
    assert_prints_article(server, body, gold)
    article = article_part(body)
    for img in gold["images"]:
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
    if gold["summary"]:
        assert f'<p class="nk-sapo"><strong>{_html.escape(gold["summary"])}</strong></p>' in article


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_every_alt_path_serves_or_redirects_to_the_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, alt)
        if REDIRECTING.match(alt):
            assert status == 301, alt
            assert headers["Location"] == server.base_url + gold["path"], alt
            continue
        assert status == 200, alt
        assert_prints_article(server, body, gold)
        if alt.endswith("/amp/"):
            assert "<html amp" in body and 'class="amp-wp-title"' in body
        if "print=1" in alt:
            assert 'id="BlogTitle"' in body and 'class="nk-sidebar"' not in body
        if "replytocom=" in alt:
            assert 'content="noindex, follow"' in body and "Trả lời " in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="nk-title"' not in body and 'class="nk-date"' not in body, path


def test_walk_reaches_every_article_and_every_variant(crawl):
    seen, status_of = crawl
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g["alt_paths"]:
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert status_of[portal.DEAD_UPPER] == 404
    # every linked address of an article is its path, an alt path, or the dead upper-case link
    known = {t for g in portal.GOLD for t in [g["path"], *g["alt_paths"]]}
    for target in seen:
        low = target.lower()
        if "/tin-tuc/" in low and not low.endswith("/feed/"):
            assert target in known or target == portal.DEAD_UPPER, target
        if target.startswith("/?p="):
            assert target in known, target


def test_only_on_later_pages(server):
    home = {t: fetch(server, t)[1] for t in ("/", "/page/2/", "/page/3/")}
    oldest = portal.clean(portal.BY_SLUG[portal.S12])
    assert oldest not in home["/"] + home["/page/2/"]
    assert oldest in home["/page/3/"]
    assert fetch(server, "/page/4/")[0] == 404
    _, cat2, _ = fetch(server, "/chuyen-muc/tin-giao-duc/page/2/")
    assert oldest in cat2
    assert oldest not in fetch(server, "/chuyen-muc/tin-giao-duc/")[1]


def test_slider_and_share_append_tracking(server):
    _, body, _ = fetch(server, "/")
    assert "Tin nổi bật" in body
    for slug, query in portal.SLIDER:
        assert f'href="{server.base_url}/tin-tuc/{slug}/?{_html.escape(query)}"' in body
    assert "fbclid=IwAR" in body and "zarsrc=30&amp;utm_source=zalo" in body
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    url = server.base_url + portal.GOLD[0]["path"]
    assert f'href="{url}?utm_source=zalo&amp;utm_medium=share"' in body
    assert f'<link rel="amphtml" href="{url}amp/">' in body
    assert f'<link rel="shortlink" href="{server.base_url}/?p=2481">' in body
    assert f'href="{url}#comments"' in body and f'href="{url}#respond"' in body
    assert f'href="{url}?replytocom=318#respond"' in body


def test_old_and_dead_links(server):
    status, body, _ = fetch(server, "/gioi-thieu/")
    assert f'href="{server.base_url}{portal.DEAD_UPPER}"' in body
    assert fetch(server, portal.DEAD_UPPER)[0] == 404
    # the related lists of the older posts still carry /index.php/ links
    old = portal.BY_SLUG[portal.S9]
    _, body, _ = fetch(server, portal.clean(old))
    assert f'href="{server.base_url}/index.php/tin-tuc/{portal.S3}/"' in body
    # the hand-written notice widget forgets the trailing slash
    assert f'href="{server.base_url}/tin-tuc/{portal.S2}"' in body
    status, _, headers = fetch(server, f"/tin-tuc/{portal.S2}")
    assert status == 301 and headers["Location"] == f"{server.base_url}/tin-tuc/{portal.S2}/"
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/thong-bao/")


def test_unknown_targets_are_404(server):
    assert fetch(server, "/?p=99999")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-bai-nay/")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/chuyen-muc/tin-giao-duc/page/3/")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404


def test_variants_outnumber_pages(crawl):
    """The trap's size: the linked article addresses are several times the articles."""
    seen, _ = crawl
    article_targets = [t for t in seen if "/tin-tuc/" in t.lower() or t.startswith("/?p=")]
    assert len(article_targets) >= 6 * len(portal.GOLD)
