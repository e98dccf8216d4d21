"""Self-checks of the wp_astra_elementor_pro_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_astra_elementor_pro_tct as portal
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(markup: str) -> str:
    """Page text: tags dropped, entities decoded, NFC, whitespace collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    text = html.unescape(re.sub(r"<[^>]+>", "", markup))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text.replace("\xa0", " ")))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        followed = tag == "a" or (tag == "link" and a.get("rel") in ("next", "prev"))
        if followed and a.get("href"):
            self.links.append(a["href"])


def _links(page: str, base: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    out = []
    for href in parser.links:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, html.unescape(href)))
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        out.append((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over HTML pages from START_PATH; returns the targets seen and pages fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target.startswith(("/wp-content/", "/wp-includes/")):
            continue
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            nxt = _links(f'<a href="{headers["Location"]}">', server.url(target))
        elif status == 200 and "text/html" in headers.get("Content-Type", ""):
            nxt = _links(body, server.url(target))
        else:
            continue
        for link in nxt:
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return seen, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "wp_astra_elementor_pro_tct"
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert not set(paths) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/", "/root/", "/Users/"):
        assert prefix not in source


def test_gold_pages_answer_with_their_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1s = [_plain(h) for h in re.findall(r"<h1[^>]*>(.*?)</h1>", body, re.S)]
        assert g["title"] in h1s, g["path"]


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert g["title"] in _plain(body), alt


def test_gold_fields_are_printed(server):
    for g in portal.GOLD:
        story = portal.BY_SLUG[g["path"].strip("/")]
        pages = [g["path"]] + ([g["path"] + "2/"] if story.opts.get("split") else [])
        raw = "".join(fetch(server, p)[1] for p in pages)
        text = _plain(raw)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert img["path"] in raw, (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in text, (g["path"], img["caption"])
        day = (g["published_at"] or "")[:10]
        assert f'"datePublished":"{day}' in raw, g["path"]
        assert g["category"] in text


def test_printed_dates_match_gold(server):
    """The Post Info line prints the gold's day and time in the template's own format."""
    for g in portal.GOLD:
        story = portal.BY_SLUG[g["path"].strip("/")]
        text = _plain(fetch(server, g["path"])[1])
        when = portal._when(story)
        tpl = portal._tpl(story)
        if tpl == "news":
            assert portal._date_words(when) in text and portal._clock(when) in text
        elif tpl == "daotao":
            assert f"{when:%d/%m/%Y}" in text and f"{when:%H:%M}" in text
        else:
            assert f"Đăng ngày: {portal._date_long(when)}" in text
    midnight = next(g for g in portal.GOLD if g["published_at"] == "2026-10-21")
    assert "12:00 sáng" in _plain(fetch(server, midnight["path"])[1])


def test_auto_excerpt_is_a_truncated_copy(server):
    for g in portal.GOLD:
        story = portal.BY_SLUG[g["path"].strip("/")]
        if story.opts.get("excerpt") != "auto":
            continue
        body = fetch(server, g["path"])[1]
        m = re.search(r"elementor-widget-theme-post-excerpt.*?<p>(.*?)</p>", body, re.S)
        assert m, g["path"]
        shown = _plain(m.group(1))
        assert shown.endswith("…") and shown[:-1].strip() in g["body"]
        assert g["summary"] != shown


def test_every_gold_article_is_reachable(server):
    seen, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_behind_page_two(server):
    seen, _ = _crawl(server, skip=lambda target: "/page/" in target)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(hidden) >= 2, hidden


def test_load_more_has_no_anchor_to_page_two(server):
    body = fetch(server, "/danh-muc/nghien-cuu-khoa-hoc/")[1]
    assert 'href="/danh-muc/nghien-cuu-khoa-hoc/page/2/"' not in body
    assert "data-next-page=" in body and 'rel="next"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay/", "/danh-muc/tin-tuc-su-kien/page/9/", "/danh-muc/van-ban/", "/tac-gia/admin/",
     "/?elementor_library=header-chinh", "/chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026/3/"],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_wordpress_redirects(server):
    status, _, headers = fetch(server, "/gioi-thieu")
    assert status == 301 and headers["Location"].endswith("/gioi-thieu/")
    status, _, headers = fetch(server, "/?p=3105")
    assert status == 301 and headers["Location"].endswith("/chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026/")
    status, _, headers = fetch(server, "/danh-muc/tin-tuc-su-kien/page/1/")
    assert status == 301 and headers["Location"].endswith("/danh-muc/tin-tuc-su-kien/")
