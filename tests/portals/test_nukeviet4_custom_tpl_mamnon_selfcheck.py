"""Self-checks of the nukeviet4_custom_tpl_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet4_custom_tpl_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|link)\b[^>]*\bhref\s*=\s*["']([^"']+)["']""", re.I)
_ONCLICK = re.compile(r"nv_open_browse\('([^']+)'")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<br\s*/?>", "\n", page, flags=re.I)
    page = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", page, flags=re.I)  # table rows read as "a | b"
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(html.unescape(page))


def _links(base: str, page: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, follow_js: bool = False) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        links = _links(server.url(target), body)
        if follow_js:
            links += _ONCLICK.findall(body)
        for link in links:
            if re.search(r"\.(jpe?g|png|gif|ico|css|js)$", link.split("?")[0], re.I):
                continue
            if link.startswith(("/news/rss/",)):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_pages(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    assert gold["title"] in text
    assert gold["category"] in text
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].split("\n\n")[0] == gold["summary"]
        # the sapo is printed in the hometext, never counted twice in the gold body
        assert gold["body"].count(gold["summary"]) == 1
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
        status_img, _, headers = fetch(server, img["path"])
        assert status_img == 200 and headers["Content-Type"].startswith("image/")
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    # the calendar badge prints "03" and "Tháng 12/2026" apart; a notice its letterhead day
    assert f"{d} Tháng {m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    if "T" in gold["published_at"]:
        assert f'content="{gold["published_at"]}"' in page
    for alt in gold.get("alt_paths", []):
        status_alt, alt_page, _ = fetch(server, alt)
        assert status_alt == 200
        alt_text = _text(alt_page)
        assert gold["title"] in alt_text
        for para in gold["body"].split("\n\n"):
            assert para in alt_text


def test_reachable_and_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))
    _seen_js, pages_js = _crawl(server, follow_js=True)
    assert pages_js <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page2_only_articles(server):
    """112, 106 and 104 are linked from page 2 of their listings and from no page-1 listing."""
    late = {portal.path_of(portal.BY_ID[i]) for i in (112, 106, 104)}
    for target in ("/", "/news/", "/news/tin-tuc-su-kien/", "/news/hoat-dong-cua-be/"):
        _, page, _ = fetch(server, target)
        assert not late & set(_links(server.url(target), page))
    _, p2, _ = fetch(server, "/news/tin-tuc-su-kien/page-2")
    assert portal.path_of(portal.BY_ID[112]) in p2 and portal.path_of(portal.BY_ID[106]) in p2


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_variants(server):
    story = portal.BY_ID[112]
    main = portal.path_of(story)
    status, _, headers = fetch(server, main + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, headers = fetch(server, main + "?pdf=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    # a wrong category alias redirects; the secondary category of 117 serves the post
    status, _, headers = fetch(server, portal.path_of(story, "thong-bao"))
    assert status == 301 and headers["Location"] == main
    status, page, _ = fetch(server, portal.path_of(portal.BY_ID[117], "tin-tuc-su-kien"))
    assert status == 200 and 'rel="canonical"' in page
    old = f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"
    status, _, headers = fetch(server, old)
    assert status == 301 and headers["Location"] == main


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/news/khong-co/",
        "/news/tin-tuc-su-kien/page-9",
        "/news/tin-tuc-su-kien/bai-khong-co-999.html",
        "/page/khong-co.html",
        "/photos/album-khong-co-99/",
        "/news/tag/khong-co",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
