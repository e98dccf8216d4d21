"""Self-checks of the fixture portal wp_twentysixteen_classic_widgets_sgddt against itself."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_twentysixteen_classic_widgets_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_A_HREF = re.compile(r"""<a\s[^>]*?href=(?:"([^"]*)"|'([^']*)')""", re.S)
_OPTION = re.compile(r"""<option\s[^>]*?value=(?:"([^"]*)"|'([^']*)')""", re.S)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(html.unescape(markup))


def _targets(base: str, page_url: str, markup: str, options: bool) -> list[str]:
    found = [m.group(1) or m.group(2) or "" for m in _A_HREF.finditer(markup)]
    if options:
        found += [m.group(1) or m.group(2) or "" for m in _OPTION.finditer(markup)]
    out = []
    for raw in found:
        if not raw:
            continue
        url = urljoin(page_url, html.unescape(raw))
        parts = urlsplit(url)
        if parts.scheme != "http" or f"{parts.scheme}://{parts.netloc}" != base:
            continue
        if parts.path.lower().endswith(_STATIC):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer, options: bool) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH; returns pages answering 200, requests."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        nexts: list[str] = []
        if status in (301, 302) and headers.get("Location"):
            nexts = _targets(server.base_url, server.url(target), f'<a href="{headers["Location"]}">', False)
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            ok.add(target)
            nexts = _targets(server.base_url, server.url(target), body, options)
        for nxt in nexts:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return ok, requests


def _page_of(path: str) -> str:
    return unquote(path)


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)


def test_gold_paths_answer_with_title(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S)
        assert h1 and collapse(html.unescape(h1.group(1))) == gold["title"], gold["path"]


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        bodies = [fetch(server, gold["path"])[1]]
        bodies += [fetch(server, alt)[1] for alt in gold.get("alt_paths", []) if re.search(r"/\d/$", alt)]
        text = " ".join(_text(b) for b in bodies)
        raw = " ".join(bodies)
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (gold["path"], cell)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in raw, (gold["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in text
        published = gold["published_at"]
        if "T" in published:
            assert f'class="entry-date published" datetime="{published}"' in raw, gold["path"]
        else:
            y, m, d = published.split("-")
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text, gold["path"]
        assert '<span property="name" class="current-item">' in raw
        assert f'<span property="name">{html.escape(gold["category"], quote=False)}</span>' in raw, gold["path"]


def test_alt_paths_serve_or_redirect_to_the_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert urlsplit(headers["Location"]).path == gold["path"], alt
            else:
                assert status == 200, alt
                assert gold["title"] in _text(body), alt


def test_every_gold_article_and_non_article_is_reachable_by_links(server):
    ok, _ = _crawl(server, options=False)
    reached = {_page_of(p) for p in ok}
    for gold in portal.GOLD:
        assert _page_of(gold["path"]) in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert _page_of(path) in reached, path


def test_crawl_stays_within_budget(server):
    _, requests = _crawl(server, options=True)
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1 class=\"entry-title\">" in body


def test_unknown_paths_404(server):
    for target in ["/2026/12/04/khong-co-bai-viet-nay/", "/category/khong-co/", "/page/9/",
                   "/category/thong-bao/page/2/", "/?p=1876", "/2026/09/", "/wp-content/uploads/x.txt"]:
        assert fetch(server, target)[0] == 404, target


def test_platform_details(server):
    # sticky post first on the home page, above newer posts
    _, home, _ = fetch(server, "/")
    assert home.index('id="post-2207"') < home.index('id="post-2291"')
    assert "Thứ Bảy, 05/12/2026" in home and 'id="wp-calendar"' in home
    # lazy images: placeholders in src, clean files in noscript
    _, post, _ = fetch(server, portal.GOLD[0]["path"])
    assert "1x1.trans.gif" in post and "?is-pending-load=1" in post
    # trailing slash and /page/1/ redirects, a shortlink redirect
    assert fetch(server, portal.GOLD[0]["path"].rstrip("/"))[0] == 301
    assert fetch(server, "/category/thong-bao/page/1/")[0] == 301
    status, _, headers = fetch(server, "/?p=2219")
    assert status == 301 and headers["Location"].endswith(portal.GOLD[9]["path"])
    # the edit link leads to the login page
    status, _, headers = fetch(server, "/wp-admin/post.php?post=2240&action=edit")
    assert status == 302 and "/wp-login.php" in headers["Location"]
    assert fetch(server, "/wp-login.php")[0] == 200
    assert fetch(server, "/wp-json/wp/v2/posts")[0] == 401
    assert fetch(server, "/feed/")[0] == 200
    assert fetch(server, portal.GOLD[0]["images"][0]["path"])[0] == 200
    assert "Không tìm thấy" in fetch(server, "/?s=xyz")[1]
