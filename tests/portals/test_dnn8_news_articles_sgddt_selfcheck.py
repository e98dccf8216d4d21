"""Self-checks of the dnn8_news_articles_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnn8_news_articles_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|link)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_ACTION = re.compile(r"""<form\b[^>]*?\baction\s*=\s*["']([^"']+)["']""", re.I)
_ASSET = re.compile(r"\.(?:jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"</t[dh]>\s*<t[dh]>", " | ", page)  # table rows read as "a | b | c"
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page) + _ACTION.findall(page):
        raw = _html.unescape(raw)
        if raw.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, raw)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue += [t for t in _links(body, target) if t not in seen and not t.startswith("/Login")]
        assert len(seen) < 200, "crawl does not end"
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["title"] and g["body"] and g["category"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2])
def test_gold_article_page(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert gold["title"] in text
        assert '<h1 class="edn_articleTitle" itemprop="headline">' in body
        for para in gold["body"].split("\n\n"):
            assert para in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2])
def test_gold_date_printed(server, gold):
    _, body, _ = fetch(server, gold["path"])
    value = gold["published_at"]
    if "T" in value:
        dt = datetime.fromisoformat(value[:19])
        assert portal.us_date(dt) in body
    elif "30 tháng 11" in body:  # the official notice: letterhead day
        assert value == "2026-11-30"
    else:
        dt = datetime.fromisoformat(value)
        assert portal.us_date(dt).endswith("12:00 AM") and portal.us_date(dt) in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "edn_articleDetails" not in body


def test_unknown_paths_404(server):
    for target in ["/khong-ton-tai", "/tin-tuc/ArticleID/999/khong-co", "/tin-tuc/category/abc",
                   "/tin-tuc/PgrID/412/PageID/9", "/Default.aspx?TabID=999",
                   "/Default.aspx?TabID=57&ArticleID=12345", "/tin-tuc/tag/khong-co"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_reachable_and_budget(server):
    seen = _crawl(server)
    pages = {t for t, b in seen.items() if b}
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in pages, alt
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_oldest_only_on_later_pages(server):
    _, first, _ = fetch(server, "/tin-tuc")
    _, home, _ = fetch(server, "/")
    _, third, _ = fetch(server, "/tin-tuc/PgrID/412/PageID/3")
    for sid in (1071, 1060):
        path = portal.art_path(portal.BY_ID[sid])
        assert path not in first and path not in home
        assert path in third


def test_postback_answers_page(server):
    import urllib.request

    from tests.portals._selfcheck import NO_REDIRECTS

    req = urllib.request.Request(server.url("/tin-tuc"), data=b"__EVENTTARGET=x", method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200
        assert "edn_articleTitle" in resp.read().decode("utf-8")


def test_images_served(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"].startswith("image/")
