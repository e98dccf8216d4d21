"""Self-check of the contentful_next_mamnon fixture against itself (never the crawler).

Every gold target answers 200 with its title, its alt paths serve the same article, the gold
text, images, bylines and dates are printed on the page (in the DOM, not only in the RSC
payload), every article is reachable by links or forms from the start page within the request
budget, non-articles answer 200 and unknown paths 404. The documented traps are checked too.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import contentful_next_mamnon as portal
from ._common import collapse, esc
from ._selfcheck import fetch

_BLOCK = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "tr", "td", "th", "table", "tbody",
    "figure", "figcaption", "section", "article", "aside", "nav", "header", "footer", "main",
    "br", "blockquote", "form", "label", "span", "time", "button",
}
_SKIP = {"script", "style", "template", "iframe"}


class _Text(HTMLParser):
    """Page text outside scripts: inline tags glue, block tags separate."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_lines(body: str) -> list[str]:
    parser = _Text()
    parser.feed(body)
    return [collapse(line) for line in "".join(parser.parts).split("\n") if collapse(line)]


def page_text(body: str) -> str:
    return "\n".join(page_lines(body))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.links.append(a["action"])


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server, target):
    status, body, headers = fetch(server, target)
    return status, unicodedata.normalize("NFC", body), headers


def test_module_shape():
    assert portal.NAME == "contentful_next_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        if g["published_at"]:
            assert "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["title"] == unicodedata.normalize("NFC", g["title"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = _get(server, gold["path"])
    assert status == 200
    lines = page_lines(body)
    text = "\n".join(lines)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body).group(1)
    assert collapse(html.unescape(h1)) == gold["title"]
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row: each cell is printed in its own cell
            assert piece in lines, piece
    if gold["summary"]:
        assert gold["summary"] in lines
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert f'src="{esc(img["path"])}"' in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in lines
    stamp = gold["published_at"]
    if stamp is None:
        assert "<time" not in body.split('<div class="BaiViet_meta__9vR1c')[1].split("</div>")[0]
    elif len(stamp) == 10 and "Số:" in text:
        y, m, d = stamp.split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    else:
        y, m, d = stamp[:10].split("-")
        clock = stamp[11:16] if len(stamp) > 10 else "00:00"
        assert f"{clock}, {d}/{m}/{y}" in text
    assert gold["category"] in text
    # the text must never be only in the RSC payload
    scripts = "".join(re.findall(r"<script>self.__next_f.push\(\[1,(.*?)\]\)</script>", body))
    assert scripts


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, _ = _get(server, alt)
            assert status == 200, alt
            assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body
            assert gold["body"].split("\n\n")[0] in page_lines(body)


def test_trailing_slash_redirects(server):
    gold = portal.GOLD[5]
    status, _, headers = _get(server, gold["path"] + "/")
    assert status == 308 and headers["Location"] == gold["path"]


def test_streamed_bodies_live_in_hidden_div(server):
    for story in (portal.A4, portal.B2, portal.D2):
        _, body, _ = _get(server, f"/bai-viet/{story.slug}")
        head, _, tail = body.partition('<div hidden id="S:0">')
        assert tail and "Đang tải nội dung…" in head
        last = collapse(story.paragraphs[-1])
        assert last not in page_text(head) and last in page_text(tail)


def test_reachability_and_budget(server):
    start = portal.START_PATH
    seen = {start}
    queue = deque([start])
    pages = 0
    found: set[str] = set()
    while queue:
        target = queue.popleft()
        status, body, headers = _get(server, target)
        pages += 1
        if status in (301, 302, 307, 308):
            nxt = headers["Location"]
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        found.add(target)
        parser = _Links()
        parser.feed(body)
        for href in parser.links:
            url = urljoin(f"http://127.0.0.1:{server.port}{target}", href)
            parts = urlsplit(url)
            if parts.netloc != f"127.0.0.1:{server.port}" or parts.path.endswith(".pdf"):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    for gold in portal.GOLD:
        assert gold["path"] in found, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in found, alt
    for path in portal.NON_ARTICLES:
        assert path in found, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    # the oldest article is listed only on page 2 of the load-more lists
    first_pages = ["/", "/tin-tuc", "/danh-muc/hoat-dong-cua-be"]
    for p in first_pages:
        _, body, _ = _get(server, p)
        assert f'href="/bai-viet/{portal.A1.slug}"' not in body
    _, body, _ = _get(server, "/danh-muc/hoat-dong-cua-be?page=2")
    assert f'href="/bai-viet/{portal.A1.slug}"' in body


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = _get(server, path)
        assert status == 200, path
    for path in ("/bai-viet/khong-co-bai-nay", "/danh-muc/khong-co", "/abc", "/tin-tuc/2026"):
        status, _, _ = _get(server, path)
        assert status == 404, path


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
