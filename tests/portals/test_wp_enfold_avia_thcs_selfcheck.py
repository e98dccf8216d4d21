"""Self-checks of the wp_enfold_avia_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_enfold_avia_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\shref\s*=\s*(["'])(.*?)\1""", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")
_DROP = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)


def page_text(body: str) -> str:
    text = _TAGS.sub(" ", _DROP.sub(" ", body))
    return collapse(unicodedata.normalize("NFC", html.unescape(text)))


def links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    base = server.url(target)
    for _, raw in _HREF.findall(body):
        url = urljoin(base, html.unescape(raw))
        parts = urlsplit(url)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over every HTML page linked from START_PATH: target -> (body, linked from)."""
    seen: dict[str, str] = {}
    parents: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    parents[portal.START_PATH] = set()
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            parents.setdefault(nxt, set()).add(target)
            queue.append(nxt)
            seen[target] = ""
            continue
        assert status == 200, (target, status)
        if "text/html" not in headers.get("Content-Type", ""):
            seen[target] = ""
            continue
        seen[target] = body
        assert len(seen) < 400, "the site must stay bounded"
        for link in links(server, target, body):
            link = link.split("#")[0]
            if re.search(r"\.(jpe?g|png|gif|css|js|pdf|ico)$", urlsplit(link).path, re.I):
                continue
            parents.setdefault(link, set()).add(target)
            if link not in seen:
                queue.append(link)
    return seen, parents


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "wp_enfold_avia_thcs"
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:40])
def test_gold_page_serves_its_article(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, (gold["path"], piece)
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert img["path"] in body
        status_img, _, headers = fetch(server, img["path"])
        assert status_img == 200 and headers["Content-Type"].startswith("image/")
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    stamp = gold["published_at"]
    if "T" in stamp:
        assert f'datetime="{stamp}"' in body
    else:
        assert f'datetime="{stamp}T00:00:00+07:00"' in body
    # the title bar's h1 is the posts page, never the headline (trap 1)
    assert "<h1 class='main-title entry-title '><a href='/tin-tuc/'" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][12:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body)
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


def test_every_gold_article_and_page_is_reachable(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_behind_page_two(crawl):
    _, parents = crawl
    deep = []
    for gold in portal.GOLD:
        refs = {p.split("?")[0] for p in parents[gold["path"]]} - {gold["path"]}
        if refs and all("/page/" in p for p in refs):
            deep.append(gold["path"])
    assert len(deep) >= 2, deep


def test_crawl_stays_within_budget(crawl):
    seen, _ = crawl
    pages = [t for t in seen if not t.endswith("?s=") and "replytocom" not in t]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "av-special-heading" in body or "post-entry-type-page" in body


def test_unknown_paths_404(server):
    for target in ["/khong-co-trang-nay/", "/2026/11/19/khong-co-bai/", "/category/khong-co/",
                   "/tin-tuc/page/9/", "/tag/khong-co/", "/2026/11/16/dai-hoi-lien-doi-tran-hung-dao-nhiem-ky-2026-2027/dsc_9999/"]:
        assert fetch(server, target)[0] == 404, target


def test_shortlink_and_slash_redirects(server):
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, f"/?p={portal.D1.id}")
    assert status == 301 and headers["Location"].endswith(gold["path"])
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301 and headers["Location"].endswith(gold["path"])


def test_traps_are_in_place(server):
    # leaked ALB shortcodes (T3), lazy placeholder (T1), accordion (H3), hidden modified date
    _, body, _ = fetch(server, portal.post_path(portal.T3))
    assert "[av_textblock size=''" in body and "[/av_textblock]" in body
    _, body, _ = fetch(server, portal.post_path(portal.T1))
    assert portal.LAZY_GIF in body and "<noscript>" in body
    _, body, _ = fetch(server, portal.post_path(portal.H3))
    assert "toggle_wrap" in body and "itemprop=\"dateModified\"" in body
    # the popular-posts widget links H1 with upper-case percent escapes
    assert portal.post_path(portal.H1, upper=True) in body
    # D2 (h2 special heading): the only h1 of the page is the title bar's
    _, body, _ = fetch(server, portal.post_path(portal.D2))
    assert body.count("<h1") == 1
    # T5 is stored decomposed
    _, body, _ = fetch(server, portal.post_path(portal.T5))
    assert unicodedata.normalize("NFD", "Hội nghị cha mẹ") in body
