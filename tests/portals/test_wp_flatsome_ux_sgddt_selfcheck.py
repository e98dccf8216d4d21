"""Self-checks of the wp_flatsome_ux_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_flatsome_ux_sgddt as portal
from tests.portals._selfcheck import fetch

_TAG = re.compile(r"<[^>]+>")
_DROP = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
_HREF = re.compile(r"""<a\b[^>]*?\bhref=(["'])(.*?)\1""", re.S | re.I)


def page_text(markup: str) -> str:
    s = _DROP.sub(" ", markup)
    s = _TAG.sub(" ", s)
    s = html.unescape(s).replace("\xa0", " ")
    return " ".join(unicodedata.normalize("NFC", s).split())


def norm(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def target(path: str) -> str:
    return quote(path, safe="/?=&%")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_shape_of_the_module():
    assert portal.NAME == "wp_flatsome_ux_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)
    for g in portal.GOLD:
        n = len(g["body"].split("\n\n"))
        assert 3 <= n <= 12, (g["path"], n)
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__
    assert not re.search(r"/(home|tmp|work)/", Path(portal.__file__).read_text(encoding="utf-8"))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_article_page(server, gold):
    status, body, _ = fetch(server, target(gold["path"]))
    assert status == 200
    text = page_text(body)
    h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S).group(1)
    assert norm(html.unescape(h1)) == gold["title"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    rows = {
        " | ".join(page_text(c) for c in re.findall(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", tr, re.S))
        for tr in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    }
    for para in gold["body"].split("\n\n"):
        assert para in text or para in rows, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'data-src="{server.base_url}{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<p id="breadcrumbs">(.*?)</p>', body, re.S).group(1)
    crumb_names = [norm(html.unescape(c)) for c in re.findall(r"<a [^>]*>(.*?)</a>", crumbs)]
    assert crumb_names[-1] == gold["category"]
    published = gold["published_at"]
    if "T" in published:
        assert f'<time class="entry-date published" datetime="{published}">' in body
    else:
        y, m, d = published.split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, target(alt))
        assert status == 200, alt
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
        h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S).group(1)
        assert norm(html.unescape(h1)) == gold["title"]


def _crawl(server) -> tuple[set[str], int, dict[str, set[str]]]:
    """Breadth-first over <a href> on the host; redirects counted as requests and followed."""
    seen = {"/"}
    queue = deque(["/"])
    requests = 0
    linked_from: dict[str, set[str]] = {}
    while queue:
        tgt = queue.popleft()
        requests += 1
        status, body, headers = fetch(server, target(tgt))
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, tgt
        for _, href in _HREF.findall(body):
            url = urljoin(server.url(tgt), html.unescape(href))
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if parts.path.startswith(("/wp-content/", "/wp-includes/")):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            linked_from.setdefault(nxt, set()).add(tgt)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, requests, linked_from


def test_reachable_from_start_within_budget(server):
    seen, requests, linked_from = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests
    # the oldest posts are linked only from page 2+ of listings (or an author archive)
    for story in (portal.S4102, portal.S4117, portal.S4151):
        sources = linked_from[f"/{story.slug}/"] - {f"/{story.slug}/"}
        assert sources, story.slug
        assert all("/page/" in s or s.startswith("/author/") for s in sources), (story.slug, sources)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target(path))
        assert status == 200, path
        assert "entry-date published" not in body
        assert 'class="page-template-default page page-id-' in body


@pytest.mark.parametrize(
    "path",
    ["/khong-co-trang-nay/", "/category/khong-ton-tai/", "/tin-tuc/page/9/", "/category/thong-bao/page/2/",
     "/tag/khong-co/", "/?p=99999", "/2026/11/10/khong-co/", "/wp-json/wp/v2/posts/4166"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, target(path))
    assert status == 404


def test_redirects(server):
    story = portal.S4166
    for path in (f"/?p={story.id}", f"/2026/11/10/{story.slug}/", f"/{story.slug}"):
        status, _, headers = fetch(server, target(path))
        assert status == 301
        assert headers["Location"] == f"{server.base_url}/{story.slug}/"
    status, _, headers = fetch(server, "/tin-tuc/page/1/")
    assert status == 301 and headers["Location"] == f"{server.base_url}/tin-tuc/"


def test_traps_are_in_place(server):
    # lazy load: no content image has its file in src
    _, body, _ = fetch(server, target(f"/{portal.S4151.slug}/"))
    assert 'src="data:image/svg+xml' in body
    assert not re.search(r'<img[^>]+\ssrc="[^"]*hoc-bong-tiep-buoc', body)
    # Yoast in UTC: the day before for a post written at 06:30
    assert '<meta property="article:published_time" content="2026-11-02T23:30:00+00:00" />' in body
    # SEO title differs from the headline
    _, body, _ = fetch(server, target(f"/{portal.S4166.slug}/"))
    assert "<title>GVDG cấp tỉnh THCS 2026 – 2027: 215 giáo viên dự thi | Sở GD&amp;ĐT Vĩnh Long</title>" in body
    # primary category is not the first one printed
    h6 = re.search(r'<h6 class="entry-category is-xsmall">(.*?)</h6>', body).group(1)
    assert page_text(h6).startswith("Hoạt động chuyên môn")
    # sticky post twice on the posts page
    _, p1, _ = fetch(server, "/tin-tuc/")
    _, p2, _ = fetch(server, "/tin-tuc/page/2/")
    assert f"/{portal.S4166.slug}/" in p1 and f"/{portal.S4166.slug}/" in p2
    # UX Builder CSS and ToC inside the content
    _, body, _ = fetch(server, target(f"/{portal.S4139.slug}/"))
    assert 'id="ez-toc-container"' in body
    # feed dates in UTC
    status, rss, _ = fetch(server, "/feed/")
    assert status == 200 and "<pubDate>Mon, 23 Nov 2026 22:50:00 +0000</pubDate>" in rss
