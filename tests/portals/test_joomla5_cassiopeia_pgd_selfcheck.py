"""Self-checks of the joomla5_cassiopeia_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla5_cassiopeia_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
_HREF = re.compile(r"""href\s*=\s*["']([^"'#]*)""", re.I)
_SRC = re.compile(r"""<img[^>]+src\s*=\s*["']([^"']+)""", re.I)
_CLOAK = re.compile(r'<joomla-hidden-mail[^>]*text="([^"]*)"[^>]*>.*?</joomla-hidden-mail>', re.S)
_STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".svg", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees: cloaked addresses drawn, tags dropped, entities decoded, NFC."""
    markup = _CLOAK.sub(lambda m: base64.b64decode(m.group(1)).decode(), markup)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"<br\s*/?>", "\n", markup)
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)  # table cells as the gold joins them
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def links_of(markup: str, page_path: str) -> list[str]:
    out = []
    for raw in _HREF.findall(markup):
        raw = _html.unescape(raw.strip())
        if not raw or raw.startswith(("mailto:", "javascript:", "tel:")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_path, raw)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_page_has_its_fields(server, path):
    gold = GOLD_BY_PATH[path]
    status, body, _ = fetch(server, path)
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    # the multi-page article prints its whole text only in the "all pages" view
    full_path = next((a for a in gold.get("alt_paths", []) if a.endswith("showall=1")), path)
    full_body = fetch(server, full_path)[1] if full_path != path else body
    full = page_text(full_body)
    for para in gold["body"].split("\n\n"):
        assert para in full, (path, para)
    for name in gold["authors"] + gold["photographers"]:
        assert name in full, (path, name)
    if gold["source"]:
        assert gold["source"] in full
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert img["path"] in [
            urlsplit(urljoin("http://x" + path, _html.unescape(s))).path for s in _SRC.findall(full_body)
        ]
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in full
    assert gold["category"] in text
    date = gold["published_at"]
    if date and "T" in date:
        assert f'datetime="{date}"' in body
    elif date:
        y, m, d = date.split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text or f"{d}/{m}/{y}" in text


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in page_text(body), alt


def test_everything_reachable_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for link in links_of(body, urlsplit(target).path):
            if link in seen or urlsplit(link).path.lower().endswith(_STATIC_EXT):
                continue
            seen.add(link)
            queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_some_articles_only_on_later_listing_pages(server):
    first = set(links_of(fetch(server, "/tin-tuc/hoat-dong-chuyen-mon")[1], "/"))
    home = set(links_of(fetch(server, "/")[1], "/"))
    later = set(links_of(fetch(server, "/tin-tuc/hoat-dong-chuyen-mon?start=8")[1], "/"))
    h9 = portal.article_path(portal.H9)
    assert h9 in later and h9 not in first and h9 not in home


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


def test_feeds_and_listings(server):
    status, body, headers = fetch(server, "/tin-tuc/hoat-dong-chuyen-mon?format=feed&type=rss")
    assert status == 200 and "rss" in headers["Content-Type"]
    assert body.count("<item>") == portal.FEED_LIMIT
    assert fetch(server, "/tin-tuc/guong-sang?format=feed&type=atom")[0] == 200
    for target in ("/tin-tuc/thong-bao", "/van-ban", "/thu-vien-anh", "/component/finder/search?q=abc"):
        assert fetch(server, target)[0] == 200, target


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/tin-tuc",
        "/tin-tuc/hoat-dong-chuyen-mon/999-khong-co",
        "/tin-tuc/thong-bao/318-" + portal.H1.slug,
        "/van-ban/1-khong-co",
        "/component/content/article/1-abc",
        "/index.php?option=com_content&view=article&id=1",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
