"""Self-checks of the liferay73_clay_cards_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay73_clay_cards_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.I)
PAGE_TWO_ONLY = {5, 6, 10, 13}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def wire(target: str) -> str:
    """A target as a client sends it: non-ASCII percent-encoded, existing escapes kept."""
    return quote(target, safe="/?&=%:;,+@!$'()*~#-._")


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(html.unescape(body))


def links(base: str, body: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        href = html.unescape(raw).strip()
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(wire(target))
    return out


def crawl(server, skip=lambda target: False) -> dict[str, int]:
    """Breadth-first over <a>/<link> hrefs from START_PATH, following redirects; target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 400:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = headers.get("Location", "")
            queue.append(wire(urlsplit(urljoin(server.url(target), loc))._replace(scheme="", netloc="").geturl()))
            continue
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        body = re.sub(r"<link\b[^>]*>", " ", body)  # follow links a reader clicks, not <link> tags
        queue.extend(t for t in links(server.url(target), body) if t not in seen)
    return seen


@pytest.fixture(scope="module")
def reached(server):
    return crawl(server)


def test_shape():
    assert portal.NAME == "liferay73_clay_cards_tct"
    assert len(portal.GOLD) == 13
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["path"] == g["canonical_path"]
        assert g["path"] not in g["alt_paths"]
        assert 3 <= len(g["body"].split("\n\n")) <= 14
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target
    status, body, _ = fetch(server, gold["path"])
    flat = page_text(body)
    nfc_body = unicodedata.normalize("NFC", body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in order, in one row
            assert " ".join(para.split(" | ")) in flat, para
        else:
            assert para in flat, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in flat
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in flat
    for img in gold["images"]:
        assert html.escape(img["path"]) in nfc_body or img["path"] in nfc_body
        if img["caption"]:
            assert img["caption"] in flat
    story = next(s for s in portal.STORIES if portal.cat_path(s) == gold["path"])
    assert portal.printed_date(story) in flat
    assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}" rel="canonical"' in body
    assert f'<span class="breadcrumb-text-truncate">{gold["category"]}</span>' in body


def test_print_view_is_bare(server):
    gold = portal.GOLD[0]
    printed = next(p for p in gold["alt_paths"] if "viewMode=print" in p)
    status, body, _ = fetch(server, printed)
    assert status == 200 and 'class="portal-popup"' in body and "Tin xem nhiều" not in body


def test_every_gold_article_is_reachable(reached):
    ok = {t for t, s in reached.items() if s == 200}
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & ok, gold["path"]


def test_page_two_only_articles(server):
    without_page_two = crawl(server, skip=lambda t: "_cur=2" in t)
    for story in portal.STORIES:
        gold = next(g for g in portal.GOLD if g["path"] == portal.cat_path(story))
        hit = {gold["path"], *gold["alt_paths"]} & set(without_page_two)
        assert bool(hit) == (story.id not in PAGE_TWO_ONLY), story.slug


def test_non_articles(server, reached):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
        assert wire(path) in reached, path


def test_no_broken_links(reached):
    assert [t for t, s in reached.items() if s not in (200, 302)] == []


def test_budget(reached):
    """A crawler that drops Liferay's ``_redirect`` return URL stays within the budget."""
    pages = {re.sub(r"[?&]_[A-Za-z_0-9]+_redirect=[^&]*", "", t) for t in reached}
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_unknown_paths_404(server):
    for target in (
        "/web/guest/khong-co",
        "/-/khong-co-bai-nay",
        "/web/guest/tin-tuc/-/asset_publisher/t4Rq8ZkLmW2x/content/khong-co",
        "/web/guest/tin-tuc/-/asset_publisher/XXXXXXXXXXXX/content/soi-noi-hoi-thao-chao-mung-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "/documents/20121/1/x.jpg",
        "/en/web/guest/tin-tuc",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirects(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"].endswith("/web/guest/trang-chu")
    status, _, headers = fetch(
        server, "/c/portal/update_language?p_l_id=20127&redirect=%2Fweb%2Fguest%2Ftrang-chu&languageId=en_US"
    )
    assert status == 302 and headers["Location"].endswith("/en/web/guest/trang-chu")


def test_documents_and_images(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_every_reached_article_url_is_in_the_gold(reached):
    known = {p for g in portal.GOLD for p in (g["path"], *g["alt_paths"])}
    others = {wire(p) for p in portal.NON_ARTICLES}
    for target in reached:
        path = target.split("?")[0]
        if ("/content/" in path or path.startswith("/-/")) and target not in others:
            assert target in known, target
