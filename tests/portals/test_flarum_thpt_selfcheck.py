"""Self-checks of the flarum_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import flarum_thpt as portal
from tests.portals._selfcheck import fetch

VN = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip())


class _Links(HTMLParser):
    """``<a href>`` targets and GET forms (submitted with their default values)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[tuple[str, dict[str, str]]] = []
        self._form: tuple[str, dict[str, str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get":
            self._form = (a.get("action") or "", {})
            self.forms.append(self._form)
        elif (
            tag == "input" and self._form is not None and a.get("name")
            and a.get("type") not in ("radio", "checkbox")
        ):
            self._form[1][a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


class _Noscript(HTMLParser):
    """The text of ``noscript#flarum-content``, split per ``<article>``, plus its h1."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.h1 = ""
        self._in_h1 = False
        self.articles: list[str] = []
        self._in_article = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "noscript" and a.get("id") == "flarum-content":
            self.inside = True
        elif self.inside and tag == "h1":
            self._in_h1 = True
        elif self.inside and tag == "article":
            self._in_article = True
            self.articles.append("")
        elif self.inside and self._in_article and tag in ("p", "br", "li", "tr", "td", "th", "div", "h3", "h4"):
            self.articles[-1] += " "

    def handle_endtag(self, tag):
        if tag == "noscript":
            self.inside = False
        elif tag == "h1":
            self._in_h1 = False
        elif tag == "article":
            self._in_article = False

    def handle_data(self, data):
        if self._in_h1:
            self.h1 += data
        elif self._in_article:
            self.articles[-1] += data


def noscript(body: str) -> _Noscript:
    parser = _Noscript()
    parser.feed(body)
    return parser


def canonical_of(body: str) -> str:
    m = re.search(r'<link rel="canonical" href="([^"]+)">', body)
    assert m
    return _html.unescape(m.group(1))


def payload_of(body: str) -> dict:
    m = re.search(r'<script id="flarum-json-payload" type="application/json">(.*?)</script>', body, re.S)
    assert m
    return json.loads(m.group(1))


def local_path(server: PortalServer, url: str, page: str) -> str | None:
    absolute = urljoin(server.url(page), url)
    parts = urlsplit(absolute)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}" or parts.scheme != "http":
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer) -> tuple[set[str], dict[str, set[str]]]:
    """Breadth-first over links and GET forms from START_PATH; HTML pages only."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    links_on: dict[str, set[str]] = {}
    while queue:
        page = queue.popleft()
        status, body, headers = fetch(server, page)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        parser = _Links()
        parser.feed(body)
        found = set()
        targets = list(parser.links)
        for action, values in parser.forms:
            targets.append(urljoin(action or page, "?" + urlencode(values)))
        for href in targets:
            target = local_path(server, href.split("#")[0], page)
            if target is None or target.startswith("/assets/"):
                continue
            found.add(target)
            if target not in seen:
                seen.add(target)
                queue.append(target)
        links_on[page] = found
    return seen, links_on


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        assert nfc(noscript(body).h1) == gold["title"]
        assert canonical_of(body).endswith(gold["canonical_path"])


def test_everything_reachable_within_budget(server):
    seen, _ = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_discovery_traps(server):
    _, links_on = crawl(server)
    home = links_on["/"]
    page2 = links_on["/all?page=2"]
    for did in (14, 16):
        path = portal.BY_ID[did].path
        assert path not in home and path in page2
        others = [p for p, found in links_on.items() if path in found and p != "/all?page=2"]
        assert others == [], others
    for did in (26, 29):
        path = portal.BY_ID[did].path
        assert path not in home and path not in page2
        assert path in links_on["/t/doan-hoi"]


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        ns = noscript(body)
        first = nfc(ns.articles[0])
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row: its cells, in their own <td>
                assert cell in first, (gold["path"], para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in first, (gold["path"], name)
        if gold["source"]:
            assert "Nguồn: " + gold["source"] in first
        if gold["summary"]:
            assert f"<p><strong>{_html.escape(gold['summary'], quote=False)}</strong></p>" in unicodedata.normalize(
                "NFC", body
            )
        for img in gold["images"]:
            assert img["path"] in body
            if img["caption"]:
                assert img["caption"] in first
        # replies never carry the first post's paragraphs (except the quoted sapo of #31)
        disc = portal.BY_ID[int(gold["path"].split("/")[2].split("-")[0])]
        posted = datetime.fromisoformat(portal._utc(disc.created)).astimezone(VN)
        meta = re.search(r'<meta property="article:published_time" content="([^"]+)">', body).group(1)
        assert datetime.fromisoformat(meta) == posted
        data = payload_of(body)
        first_post = next(r for r in data["apiDocument"]["included"] if r["type"] == "posts")
        assert first_post["attributes"]["createdAt"] == meta
        if disc.id == 41:
            assert gold["published_at"] == "2026-11-30"
            assert "ngày 30 tháng 11 năm 2026" in body
        else:
            assert gold["published_at"] == posted.isoformat()
        assert gold["category"] == portal.TAGS[disc.tag].name
        lds = [json.loads(x) for x in re.findall(r'<script type="application/ld\+json">(.*?)</script>', body)]
        crumbs = next(x for x in lds if x["@type"] == "BreadcrumbList")
        assert crumbs["itemListElement"][1]["item"]["name"] == gold["category"]


def test_alt_paths_serve_same_article(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        reference = noscript(body).articles[0]
        for alt in gold.get("alt_paths", []):
            status, alt_body, _ = fetch(server, alt)
            assert status == 200, alt
            assert noscript(alt_body).articles[0] == reference, alt
            if "?" not in alt:
                assert canonical_of(alt_body).endswith(gold["canonical_path"])


def test_reply_pages_are_not_the_article(server):
    gold = portal.GOLD[0]
    for path in portal.REPLY_PAGES:
        status, body, _ = fetch(server, path)
        assert status == 200
        ns = noscript(body)
        assert nfc(ns.h1) == gold["title"]
        assert len(ns.articles) == 4
        assert gold["body"].split("\n\n")[0] not in nfc(" ".join(ns.articles))


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert noscript(body).h1.strip()


@pytest.mark.parametrize(
    "path",
    ["/d/15", "/d/999-khong-co", "/t/khong-co", "/p/9-abc", "/khong-ton-tai.html", "/all?page=9",
     "/d/37-thong-bao/99", "/d/19-x?page=3", "/api/discussions/15"],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_assets_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_nfd_article_is_decomposed_on_page(server):
    _, body, _ = fetch(server, portal.BY_ID[29].path)
    title = portal.BY_ID[29].title
    assert unicodedata.normalize("NFD", title) in body
    assert title not in body
