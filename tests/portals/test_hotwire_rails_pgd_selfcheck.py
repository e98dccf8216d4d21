"""Self-checks of the hotwire_rails_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from datetime import UTC, datetime
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import serving
from tests.portals import hotwire_rails_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"#][^"]*)"', re.I)
_FRAME = re.compile(r'<turbo-frame\b[^>]*\bsrc="([^"]+)"', re.I)
_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.I | re.S)
_SKIP = ("/rails/active_storage/", "/assets/")


@pytest.fixture(scope="module")
def server():
    with serving(portal.build_site()) as srv:
        yield srv


def _links(page: str) -> list[str]:
    out = [_html.unescape(u) for u in _HREF.findall(page) + _FRAME.findall(page)]
    for attrs, inner in _FORM.findall(page):
        if 'method="get"' not in attrs:
            continue
        visible = re.findall(r'<input\b(?![^>]*type="hidden")[^>]*>', inner)
        if visible:
            continue  # a search box: a crawler has nothing to type
        action = re.search(r'action="([^"]+)"', attrs).group(1)
        hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', inner))
        out.append(action + ("?" + urlencode(hidden) if hidden else ""))
    return out


def _crawl(server, skip: tuple[str, ...] = ()) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or target.startswith(_SKIP) or target in skip:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        for link in _links(body):
            absolute = urljoin("http://x" + target, link)
            parts = urlsplit(absolute)
            if parts.netloc != "x":
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<br\s*/?>|</?(div|p|h\d|li|figcaption|blockquote)\b[^>]*>", "\n", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[-1][:40])
def test_gold_page(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S).group(1)
    assert collapse(_html.unescape(h1)) == gold["title"]
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
        st, _, headers = fetch(server, img["path"])
        assert st == 302
        st, _, headers = fetch(server, headers["Location"])
        assert st == 200 and headers["Content-Type"].startswith("image/")
    published = gold["published_at"]
    if "T" in published:
        stamp = datetime.fromisoformat(published).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert f'<time datetime="{stamp}" data-local="time"' in page
    else:
        assert f"Ngày ban hành: {portal.vi_long_date(published)}" in text
    assert f'rel="canonical" href="http://{server.url("/").split("/")[2]}{gold["canonical_path"]}"' in page
    for alt in gold.get("alt_paths", []):
        st, alt_page, _ = fetch(server, alt)
        assert st == 200
        assert re.search(r"<h1[^>]*>(.*?)</h1>", alt_page, re.S).group(1) == h1
        assert gold["canonical_path"] in re.search(r'rel="canonical" href="([^"]+)"', alt_page).group(1)


def test_reachable_within_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen or any(a in seen for a in gold.get("alt_paths", [])), gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path), path
    pages = [t for t in seen if not t.startswith(_SKIP)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_page_two_only(server):
    """1276, 1268 and 1299 are reachable only through a listing's page 2."""
    skip = ("/chuyen-muc/tin-tuc-su-kien/trang/2", "/chuyen-muc/hoat-dong-chuyen-mon/trang/2",
            "/thong-bao?page=2")
    seen = _crawl(server, skip)
    for pid in (1276, 1268, 1299):
        assert not any(t.startswith(f"/bai-viet/{pid}") for t in seen), pid


def test_listing_shell_is_empty(server):
    status, page, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien")
    assert status == 200 and "/bai-viet/" not in page.split('id="ds_bai_viet"')[1].split("</turbo-frame>")[0]


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize("path", ["/bai-viet/9999-khong-co", "/chuyen-muc/khong-co",
                                  "/chuyen-muc/tin-tuc-su-kien/trang/9", "/van-ban/1",
                                  "/thong-bao?page=7", "/khong-ton-tai", "/bai-viet/abc"])
def test_unknown_404(server, path):
    assert fetch(server, path)[0] == 404
