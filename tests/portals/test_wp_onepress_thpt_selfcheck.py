"""Self-checks of the wp_onepress_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_onepress_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"<br\s*/?>", "\n", body)
    body = re.sub(r"</td>\s*<td>", " | ", body)
    body = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        absolute = urljoin(server.url(target), _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
            continue
        if parts.path.startswith(("/wp-content/", "/wp-includes/")):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH, following same-host redirects."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    reached: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            if loc.netloc == f"{server.host}:{server.port}":
                nxt = loc.path + (f"?{loc.query}" if loc.query else "")
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
            continue
        if status != 200:
            continue
        reached.add(target)
        for link in _links(server, target, body):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return reached, requests


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    pages = [body]
    for alt in gold.get("alt_paths", []):
        st, alt_body, _ = fetch(server, alt)
        assert st == 200, alt
        assert f'href="{server.base_url}{urlsplit(alt).path}"' in alt_body or "canonical" in alt_body
        if alt.endswith("/2/"):
            pages.append(alt_body)
    text = " ".join(_page_text(p) for p in pages)
    assert gold["title"] in text
    assert f"<title>{_html.escape(gold['title'], quote=True)}" in body
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert any(f'src="{img["path"]}"' in p for p in pages), img
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    assert f'datetime="{day}' in body


def test_all_gold_reachable_within_budget(server):
    reached, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="entry-date published"' not in body or "attachment" in body


def test_unknown_paths_404(server):
    for target in ("/khong-co-bai-nay/", "/category/khong-co/", "/tin-tuc/page/9/", "/2026/07/",
                   "/author/nobody/", "/?p=99999", "/hoi-nghi-can-bo-vien-chuc-nam-hoc-2026-2027/3/"):
        assert fetch(server, target)[0] == 404, target


def test_traps(server):
    # shortlink and share link redirect
    status, _, headers = fetch(server, "/?p=440")
    assert status == 301 and headers["Location"].endswith("/thong-bao-lich-nghi-tet-duong-lich-nam-2027/")
    status, _, headers = fetch(server, "/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/?share=facebook&nb=1")
    assert status == 302 and "facebook.com" in headers["Location"]
    # midnight post: local day in the time element, the day before in UTC meta
    _, body, _ = fetch(server, "/hoc-sinh-ve-nguon-tai-thanh-co-quang-tri/")
    assert 'datetime="2026-10-17T00:00:00+07:00"' in body
    assert 'content="2026-10-16T17:00:00+00:00"' in body
    assert "is-pending-load=1" in body and "jetpack-lazy-image" in body
    # two h1.entry-title, the first is the posts page's
    h1s = re.findall(r'<h1 class="entry-title">(.*?)</h1>', body)
    assert h1s[0] == "Tin tức" and len(h1s) == 2
    # sticky post listed twice across the blog index
    sticky = "/pho-bien-quy-che-thi-tot-nghiep-thpt-nam-2027/"
    count = sum(fetch(server, p)[1].count(f'href="{sticky}" rel="bookmark"')
                for p in ("/tin-tuc/", "/tin-tuc/page/2/", "/tin-tuc/page/3/"))
    assert count == 2
    # the last gold article only via page 2+ of listings
    _, first, _ = fetch(server, "/tin-tuc/")
    assert "/tap-huan-phong-chay-chua-chay-cho-hoc-sinh/" not in first
    # slash-less URL redirects
    assert fetch(server, "/lien-he")[0] == 301
