"""Self-checks of the wp_eduma_pvd_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_eduma_pvd_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a\b|link\s+rel="(?:next|prev)")[^>]*?\bhref\s*=\s*["']([^"'#]*)""", re.I)
_FORM = re.compile(r"""<form\b[^>]*?\baction\s*=\s*["']([^"']*)["'][^>]*>""", re.I)
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|svg|xml)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", markup)  # a table row reads cell | cell
    markup = re.sub(r"</?(?:a|span|strong|em|b|i|u|o:p|sup)\b[^>]*>", "", markup)  # inline: no break
    markup = re.sub(r"<[^>]+>", " ", markup)
    return unicodedata.normalize("NFC", collapse(_html.unescape(markup)))


def _local(server: PortalServer, page_url: str, href: str) -> str | None:
    absolute = urljoin(page_url, _html.unescape(href))
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != f"{server.host}:{server.port}":
        return None
    if _ASSET.search(parts.path):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> dict[str, int]:
    """Breadth-first over every same-host <a>, rel=prev/next and GET search form: an upper bound."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            nxt = _local(server, server.url(target), headers.get("Location", ""))
            if nxt:
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            nxt = _local(server, server.url(target), href)
            if nxt and nxt not in seen:
                queue.append(nxt)
        for m in _FORM.finditer(body):
            tail = body[m.end(): body.find("</form>", m.end())]
            if re.search(r'method="post"', m.group(0), re.I):
                continue
            if 'name="s"' in tail:
                nxt = _local(server, server.url(target), m.group(1) + "?s=h%E1%BB%99i")
                if nxt:
                    queue.append(nxt)
    return seen


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _text(body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    targets = [gold["path"]] + [a for a in gold.get("alt_paths", []) if "?" not in a]
    pages = [fetch(server, t)[1] for t in targets]
    raw = "\n".join(pages)
    text = " ".join(_text(p) for p in pages)
    for para in gold["body"].split("\n\n"):
        assert para in text, para[:80]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert f"<strong>{_html.escape(gold['summary'], quote=True)}</strong>" in raw
    for img in gold["images"]:
        assert f'{server.base_url}{img["path"]}"' in raw
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    crumbs = re.search(r'id="breadcrumbs".*?</ul>', raw, re.S).group(0)
    assert f'<span itemprop="name">{_html.escape(gold["category"], quote=True)}</span>' in crumbs


def test_every_gold_article_reachable_and_crawl_bounded(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    # every request of a breadth-first crawler that follows all links stays within the budget
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_beyond_first_listing_pages(server):
    _, home, _ = fetch(server, "/")
    _, blog, _ = fetch(server, "/tin-tuc/")
    front = home + blog
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in front]
    assert len(hidden) >= 4
    _, page3, _ = fetch(server, "/tin-tuc/page/3/")
    assert any(p in page3 for p in hidden)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize("path", ["/khong-ton-tai/", "/tin-tuc/page/9/", "/events/khong-co/",
                                  "/category/khong-co/", "/2026/07/", "/courses/abc/",
                                  "/hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027/3/"])
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_redirects(server):
    status, _, headers = fetch(server, "/?p=2811")
    assert status == 301 and headers["Location"].endswith("/hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027/")
    status, _, headers = fetch(server, "/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == "/tin-tuc/"
    status, _, _ = fetch(server, "/gioi-thieu")
    assert status == 301


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
