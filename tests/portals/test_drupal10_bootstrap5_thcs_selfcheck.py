"""Self-checks of the drupal10_bootstrap5_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal10_bootstrap5_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_FILE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".svg")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible-ish text of a page: tags dropped, entities decoded, whitespace collapsed, NFC."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<sup><a href=\"#_ftn\d\"[^>]*>\d</a></sup>", "", body)
    body = re.sub(r"<[^>]+>", "", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(body)))


def links(base: str, body: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")) or not href:
            continue
        out.append(urljoin(base, href).split("#", 1)[0])
    return out


def crawl(server) -> dict[str, str]:
    """Breadth-first over <a href> on the one host: target -> body (HTML pages only)."""
    start = server.url(portal.START_PATH)
    host = urlsplit(start).netloc
    seen = {start}
    queue = deque([start])
    pages: dict[str, str] = {}
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_FILE_EXT):
            continue
        status, body, headers = fetch(server, target)
        pages[target] = body if "html" in headers.get("Content-Type", "") else ""
        if status != 200 or not pages[target]:
            continue
        for link in links(url, body):
            if urlsplit(link).netloc == host and link not in seen:
                seen.add(link)
                queue.append(link)
    return pages


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_thirteen_gold_articles_with_distinct_paths():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_page_answers_with_title_and_canonical(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert gold["title"] in page_text(body)
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(alt_body)
        assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in alt_body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_fields_are_printed(server, gold):
    _, body, _ = fetch(server, gold["path"])
    txt = page_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in txt, piece
    if gold["summary"]:
        assert gold["summary"] in txt
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in txt
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in txt
    assert gold["category"] in txt
    story = portal.BY_SLUG[gold["path"].rsplit("/", 1)[1]]
    assert portal.medium(story.opts["created"]) in txt
    pub = gold["published_at"]
    if "T" in pub:
        # the printed time of the node is the gold's, written the stock Drupal way (m/d/Y)
        y, mo, d = pub[:10].split("-")
        assert f"{mo}/{d}/{y} - {pub[11:16]}" in txt
    elif story.opts.get("official"):
        y, mo, d = pub.split("-")
        assert f"ngày {int(d)} tháng {int(mo)} năm {y}" in txt
    else:
        y, mo, d = pub.split("-")
        assert f"{mo}/{d}/{y} - 00:00" in txt


def test_everything_reachable_from_start_within_budget(crawled):
    for gold in portal.GOLD:
        assert gold["path"] in crawled, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawled, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawled) <= budget, sorted(crawled)


def test_oldest_school_news_only_on_second_pages(crawled, server):
    target = portal.alias(portal.S_HNVC)
    linking = [
        t for t, body in crawled.items() if body and any(
            urlsplit(u).path == target for u in links(server.url(t), body)
        )
    ]
    assert linking and all("page=1" in t for t in linking), linking


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "TRƯỜNG THCS KIM ĐỒNG" in body


@pytest.mark.parametrize(
    "path",
    [
        "/tin-tuc/khong-co-bai-viet-nay",
        "/node/9999",
        "/comment/9999",
        "/taxonomy/term/999",
        "/van-ban/khong-ton-tai",
        "/tin-tuc/" + portal.S_RCV.slug + "/",
        "/trang-khong-co",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_pager_clamps_and_images_serve(server):
    status, body, _ = fetch(server, "/tin-tuc?page=9")
    assert status == 200
    assert portal.S_HNVC.title in page_text(body)
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_traps_are_in_the_markup(server):
    # the imported node is stored decomposed; the others are NFC
    _, body, _ = fetch(server, portal.alias(portal.S_HNVC))
    assert not unicodedata.is_normalized("NFC", body)
    assert 'datetime="2026-10-14T17:00:00Z"' in body
    # the Blazy carousel: placeholders in src, photos in data-src, thumbnails beside them
    _, body, _ = fetch(server, portal.alias(portal.S_HKPD))
    assert body.count('src="data:image/svg+xml') == 3
    assert body.count("/styles/thumbnail/public/2026-12/hkpd-") == 3
    assert "T5, 12/03/2026 - 14:30" in body and "Cập nhật: <time" in body
    # listings print d/m/Y and query-only pager links
    _, body, _ = fetch(server, "/tin-tuc")
    assert "03/12/2026" in body and 'href="?page=1"' in body
    # the official notice's node date is not its letterhead day
    _, body, _ = fetch(server, portal.alias(portal.S_TBKT))
    assert "T3, 12/01/2026 - 07:45" in body
    assert "Hội An Tây, ngày 30 tháng 11 năm 2026" in body
