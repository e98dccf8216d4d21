"""Self-checks of the postnuke_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import postnuke_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """Hrefs, plus each GET form's default submission."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self._form: tuple[str, list[tuple[str, str]]] | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get":
            self._form = (a.get("action") or "", [])
        elif self._form is not None and tag == "input" and a.get("type") == "hidden":
            self._form[1].append((a["name"], a.get("value") or ""))
        elif self._form is not None and tag == "select":
            self._select = a.get("name")
        elif self._form is not None and tag == "option" and self._select and "selected" in a:
            self._form[1].append((self._select, a.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            action, fields = self._form
            self.links.append(action + "?" + "&".join(f"{k}={v}" for k, v in fields))
            self._form = None


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _target(base: str, href: str) -> str | None:
    absolute = urljoin("http://fixture.invalid" + base, href)
    parts = urlsplit(absolute)
    if parts.netloc != "fixture.invalid" or parts.scheme != "http":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


_ASSET = re.compile(r"\.(jpg|jpeg|gif|png|css|js|pdf|ico)$", re.I)


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of the site from START_PATH over links and GET forms."""
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    pages: dict[str, str] = {}
    while queue:
        target = queue.pop(0)
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        pages[target] = body
        parser = _Links()
        parser.feed(body)
        for href in parser.links:
            nxt = _target(target, _html.unescape(href))
            if nxt and nxt not in seen and not _ASSET.search(urlsplit(nxt).path) and "showimages" not in nxt:
                seen.add(nxt)
                queue.append(nxt)
    return pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_paths_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert gold["title"] in _text(body), target


def test_gold_reachable_from_start(crawl):
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl, path


def test_request_budget(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)), len(crawl)


def test_oldest_only_via_later_pages(server):
    _, home, _ = fetch(server, "/")
    assert "sid=544" not in home and "sid=540" not in home


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        texts = []
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            texts.append(_text(fetch(server, target)[1]))
        page = " ".join(texts)
        for para in gold["body"].split("\n\n"):
            # a table row is its cells joined by " | " in the gold
            assert all(cell in page for cell in para.split(" | ")), (gold["path"], para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in page, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in page
        if gold["summary"]:
            assert gold["body"].startswith(gold["summary"])
        raw = fetch(server, gold["path"])[1] + fetch(server, f"/print.php?sid={gold['path'].rsplit('=', 1)[1]}")[1]
        for img in gold["images"]:
            assert img["path"].lstrip("/") in raw
            status = fetch(server, img["path"])[0]
            assert status == 200
            if img["caption"]:
                assert img["caption"] in page
        day = gold["published_at"]
        assert f"{day[8:10]} Tháng" in page and f"{day[11:19]} ICT" in page and day[:4] in page
        assert gold["category"] in page


def test_print_view_holds_whole_split_story(server):
    gold = next(g for g in portal.GOLD if any("page=2" in a for a in g.get("alt_paths", [])))
    printed = _text(fetch(server, gold["alt_paths"][2])[1])
    for para in gold["body"].split("\n\n"):
        assert para in printed


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/nope.html",
        "/index.php",
        "/modules.php?op=modload&name=News&file=article&sid=9999",
        "/modules.php?op=modload&name=News&file=article&sid=587&page=2",
        "/modules.php?op=modload&name=News&file=index&catid=&topic=1&startrow=40",
        "/modules.php?op=modload&name=News&file=index&catid=&topic=99",
        "/index.php?module=Pages&func=display&pageid=77",
        "/print.php?sid=1",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
