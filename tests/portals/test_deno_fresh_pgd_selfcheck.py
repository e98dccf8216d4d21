"""Self-checks of the deno_fresh_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import deno_fresh_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Page(HTMLParser):
    """Links, forms, images and visible text of a page (scripts and styles left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[tuple[str, list[str]]] = []
        self.imgs: list[str] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._skip = 0
        self._in_form = False
        self._script: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.forms.append((a.get("action") or "", []))
            self._in_form = True
        elif tag == "input" and self._in_form and a.get("name"):
            self.forms[-1][1].append(a["name"])
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        elif tag in ("script", "style"):
            self._skip += 1
            self._script = []

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_form = False
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
            if self._script is not None:
                self.scripts.append("".join(self._script))
            self._script = None

    def handle_data(self, data):
        if self._skip:
            if self._script is not None:
                self._script.append(data)
        else:
            self.text.append(data)


def parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


def visible(body: str) -> str:
    """The page's text; a table row's cells joined by " | " as the gold reads them."""
    body = re.sub(r"</t([dh])>\s*<t[dh][^>]*>", " | ", body)
    return collapse(" ".join(parse(body).text))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _local(base: str, href: str) -> str | None:
    absolute = urljoin(base, href)
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over links and GET forms from START_PATH; pages only (no images/files)."""
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    requests = 0
    while queue:
        target = queue.pop(0)
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _local(server.url(target), headers["Location"])
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        page = parse(body)
        hrefs = [h.split("#")[0] for h in page.links]
        hrefs += [f"{action}?{'&'.join(f'{n}=' for n in names)}" for action, names in page.forms]
        for href in hrefs:
            if not href:
                continue
            nxt = _local(server.url(target), href)
            if not nxt or re.search(r"\.(pdf|jpg|png|ico|css|js)$", urlsplit(nxt).path):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, requests


def test_contract():
    assert portal.NAME == "deno_fresh_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = visible(body)
    page = parse(body)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    h1 = re.sub(r'<span class="sr-only">.*?</span>', "", h1)
    h1 = collapse(_html.unescape(re.sub(r"<[^>]+>", " ", h1)))
    assert h1.startswith(gold["title"])
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert img["path"] in page.imgs
        if img["caption"]:
            assert img["caption"] in text
    assert f">{gold['category']}</a>" in body.replace("&amp;", "&")
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    # the printed date agrees with the gold
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert (f"{int(d)} th" in text and y in text) or f"{d}/{m}/{y}" in text
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert f'href="{server.base_url}{gold["path"]}"' in body
        assert gold["title"] in visible(body)


def test_traps_in_markup(server):
    s1 = next(g for g in portal.GOLD if g["path"].endswith(portal.S1.slug))
    _status, body, _ = fetch(server, s1["path"])
    page = parse(body)
    state = next(s for s in page.scripts if '"v"' in s)
    assert json.loads(state)["v"][0][0]["noiDung"]  # island props carry the text
    assert 'datetime="2026-12-04T08:40:00.000Z"' in body
    assert "15:40 Thứ Sáu, 4 tháng 12, 2026" in visible(body)
    assert 'class="whitespace-pre-line">- 08 giáo viên' in body
    assert "Nội dung bài viết" in visible(body)
    _, body2, _ = fetch(server, portal.article_path(portal.S2))
    assert 'datetime="2026-12-01T17:00:00.000Z">2 thg 12, 2026<' in body2
    _, body4, _ = fetch(server, portal.article_path(portal.S4))
    assert "data-footnotes" in body4 and "↩" in body4
    assert fetch(server, portal.article_path(portal.S1) + "/")[0] == 301


def test_all_gold_reachable_within_budget(server):
    seen, requests = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_oldest_only_on_listing_page_3(server):
    oldest = portal.article_path(portal.S13)
    _, page3, _ = fetch(server, "/tin-tuc?page=3")
    assert f'href="{oldest}"' in page3
    for target in ["/", "/tin-tuc", "/tin-tuc?page=2", "/chuyen-muc/hoat-dong-chuyen-mon"]:
        assert f'href="{oldest}"' not in fetch(server, target)[1], target


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles(server, path):
    assert fetch(server, path)[0] == 200


@pytest.mark.parametrize(
    "path",
    ["/khong-co", "/tin-tuc/khong-co-bai-nay", "/tin-tuc?page=4", "/tin-tuc?page=0",
     "/chuyen-muc/khong-co", "/van-ban/khong-co", "/tin-tuc/9999", "/partials/tin-tuc?page=9"],
)
def test_unknown_404(server, path):
    assert fetch(server, path)[0] == 404


def test_partials_are_fragments(server):
    status, body, _ = fetch(server, "/partials/chuyen-muc/hoat-dong-chuyen-mon?page=2")
    assert status == 200
    assert portal.S13.slug in body and "<h1" not in body
