"""Self-checks of the nukeviet45_groups_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet45_groups_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".mp3")
_HREF = re.compile(r"""<(?:a|link)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_ACTION = re.compile(r"""<form\b[^>]*?\baction\s*=\s*["']([^"']+)["']""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</?(?:a|em|strong|span|b|i)\b[^>]*>", "", markup, flags=re.I)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def links(server: PortalServer, target: str, markup: str) -> list[str]:
    out = []
    for raw in _HREF.findall(markup) + _ACTION.findall(markup):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over links and form actions; returns what answered 200 and the page count."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt_target = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_target not in seen:
                seen.add(nxt_target)
                queue.append(nxt_target)
            continue
        if status != 200:
            continue
        ok.add(target)
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages += 1
        for nxt_target in links(server, target, body):
            if nxt_target in seen or urlsplit(nxt_target).path.lower().endswith(_STATIC):
                continue
            if skip(nxt_target):
                continue
            seen.add(nxt_target)
            queue.append(nxt_target)
    return ok, pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'itemprop="headline">{_html.escape(gold["title"])}</h1>' in body
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    shown = page_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in shown, piece
    if gold["summary"]:
        assert 'itemprop="description">' in body and gold["summary"] in shown
    for name in gold["authors"] + gold["photographers"]:
        assert name in shown
    if gold["source"]:
        assert f"Nguồn tin: {gold['source']}" in shown
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in shown
    date = gold["published_at"][:10]
    y, m, d = date.split("-")
    if gold["path"].endswith("-357.html"):
        assert f"Hậu Giang, ngày {d} tháng {m} năm {y}" in shown
    else:
        assert f"{d}/{m}/{y}" in shown
        if "T" in gold["published_at"]:
            assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in shown
        else:
            assert f"{d}/{m}/{y} 00:00" in shown
    assert f'<span itemprop="name">{_html.escape(gold["category"])}</span>' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"]) in body, alt
        first = gold["body"].split("\n\n")[1].split(" | ")[0]
        assert first in page_text(body), alt
        if "/savefile/" in alt:
            assert headers["Content-Disposition"].startswith("attachment")


def test_every_gold_article_and_non_article_is_reachable(server):
    ok, pages = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert pages <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_behind_page_two(server):
    ok, _ = crawl(server, skip=lambda target: "/page-" in target)
    missing = {g["path"].rsplit("-", 1)[-1] for g in portal.GOLD if g["path"] not in ok}
    assert missing == {"344.html", "339.html", "341.html"}


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "<h1" in body, path


def test_unknown_paths_404(server):
    for target in [
        "/vi/news/khong-co/",
        "/vi/news/tin-tuc-su-kien/khong-co-bai-999.html",
        "/vi/news/tag/khong-co",
        "/vi/news/groups/khong-co/",
        "/vi/about/khong-co.html",
        "/vi/news/thong-bao/page-1",
        "/index.php?language=vi&nv=news&op=thong-bao/khong-co-1",
        "/wp-admin/",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_platform_quirks(server):
    c3 = portal.BY_ID[343]
    status, _, headers = fetch(server, portal.art_path(c3, slug=c3.opts["old_slug"]))
    assert status == 301 and headers["Location"] == portal.art_path(c3)
    status, _, headers = fetch(server, "/vi/news/tin-tuc-su-kien/page-9")
    assert status == 301 and headers["Location"] == "/vi/news/tin-tuc-su-kien/"
    b2 = portal.BY_ID[351]
    status, body, headers = fetch(server, portal.art_path(b2) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    # the second category's URL: same article, that category's breadcrumb, canonical to the main URL
    a3 = portal.BY_ID[353]
    status, body, _ = fetch(server, portal.art_path(a3, "hoat-dong-chuyen-mon"))
    assert status == 200
    assert f'rel="canonical" href="{server.base_url}{portal.art_path(a3)}"' in body
    assert '<ul class="breadcrumbs list-none"></ul>' in body
    # the SEO title is not the headline
    a4 = portal.BY_ID[349]
    _, body, _ = fetch(server, portal.art_path(a4))
    assert "<title>Làm việc về trường chuẩn quốc gia tại Châu Thành A" in body
    # decomposed text on 339, named references on 356
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[339]))
    assert unicodedata.normalize("NFD", "phổ cập giáo dục") in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[356]))
    assert "&agrave;" in body and "&ldquo;" in body
    status, body, headers = fetch(server, "/vi/news/rss/")
    assert status == 200 and "<rss" in body
