"""Self-checks of the wp_generateblocks_query_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_generateblocks_query_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""<(?:a|iframe)\b[^>]*?\b(?:href|src)\s*=\s*(["'])(.*?)\1""", re.I | re.S)
SKIP_PREFIXES = ("/wp-content/", "/wp-includes/", "/wp-json/", "/wp-login.php", "/index.php")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    """Visible-ish text of a page: footnote calls and tags dropped, entities decoded, NFC."""
    markup = re.sub(r"<sup\b[^>]*class=\"fn\"[^>]*>.*?</sup>", "", markup, flags=re.S)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def _crawl(server: PortalServer) -> dict[str, int]:
    """Breadth-first over links and iframes from START_PATH: target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        base = server.url(target)
        for _, href in HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("mailto:", "tel:", "javascript:", "#")):
                continue
            url = urlsplit(urljoin(base, href))
            if f"{url.hostname}:{url.port}" != f"{server.host}:{server.port}":
                continue
            if url.path.startswith(SKIP_PREFIXES):
                continue
            nxt = url.path + (f"?{url.query}" if url.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["category"] for g in portal.GOLD}) == 3


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert gold["title"] in _text(body), target


def test_gold_fields_on_page(server):
    for story in portal.STORIES:
        gold = next(g for g in portal.GOLD if g["path"] == portal._path(story))
        status, body, _ = fetch(server, gold["path"])
        assert status == 200
        if story.opts.get("page2_from"):
            body += fetch(server, gold["path"] + "2/")[1]
        page = _text(body)
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):  # a table row: its cells are printed apart
                assert piece in page, (gold["path"], piece[:60])
        for img in gold["images"]:
            assert f'data-src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in page
        for name in gold["authors"] + gold["photographers"]:
            assert name in page
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in page
        if gold["summary"]:
            assert f"<strong>{portal._tx(gold['summary'])}</strong>" in body
        date = gold["published_at"]
        if "T" in date:
            assert f'class="entry-date published" datetime="{date}"' in body
        elif story.id == 1566:
            assert "Sa Đéc, ngày 01 tháng 12 năm 2026" in page
        else:
            assert f'class="entry-date published" datetime="{date}T00:00:00+07:00"' in body
        # what must stay out of the gold is on the page all the same
        assert "Quản trị viên" in page or "Lê Thị Ngọc Hân" in page
        assert "Bài viết liên quan:" in page and "Lượt xem:" in page
        assert portal.PLACEHOLDER in body or not gold["images"]


def test_every_gold_article_and_non_article_reachable(server):
    seen = _crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    # A12 and A13 are on no first page of a listing: page 3 of the Query Loop carries them
    assert "/tin-tuc/?query-2-page=3" in ok
    # the crawl stays bounded: at most 3 × (13 + NON_ARTICLES) pages
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "entry-title" in body


def test_query_loop_pagination_and_canonical(server):
    status, body, _ = fetch(server, "/tin-tuc/?query-2-page=2")
    assert status == 200
    assert 'href="?query-2-page=3"' in body
    assert re.search(r'<link rel="canonical" href="http://[^"]+/tin-tuc/" />', body)
    third = fetch(server, "/tin-tuc/?query-2-page=3")[1]
    for sid in (1504, 1496, 1489):
        assert portal._path(portal.BY_ID[sid]) in third
    first = fetch(server, "/tin-tuc/")[1]
    assert portal._path(portal.BY_ID[1489]) not in first


def test_traps_present(server):
    a1 = portal.BY_ID[1571]
    body = fetch(server, portal._path(a1))[1]
    # modified time printed before the published one
    assert body.index('class="updated"') < body.index('class="entry-date published"')
    assert "?replytocom=38#respond" in body
    assert fetch(server, f"/?p={a1.id}")[0] == 301
    # the /embed/ card of A11 is linked from A8 by an iframe
    a8 = fetch(server, portal._path(portal.BY_ID[1527]))[1]
    assert "/embed/#?secret=" in a8 and "wp-embedded-content" in a8
    # the protected post has no text
    prot = fetch(server, portal._path(portal.PROTECTED))[1]
    assert "post-password-form" in prot
    # A13's path is percent-encoded lower-case, and answers raw or upper-case too
    a13 = portal._path(portal.BY_ID[1489])
    assert "%e1%ba%ad" in a13
    assert fetch(server, a13.replace("%e1", "%E1"))[0] == 200
    # A10 is served decomposed
    a10 = fetch(server, portal._path(portal.BY_ID[1512]))[1]
    assert unicodedata.normalize("NFD", "Thông báo lịch tiếp công dân") in a10


def test_unknown_paths_404(server):
    for target in ["/khong-co-trang-nay/", "/2026/12/khong-co-bai-nay/", "/chuyen-muc/hoat-dong-nganh/page/9/",
                   "/tag/khong-co/", "/tin-tuc/?query-2-page=abc"]:
        assert fetch(server, target)[0] == 404, target


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
