"""Self-checks of the xoops_news_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import xoops_news_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(markup: str) -> str:
    """The page's text: tags dropped (inline ones glue), entities decoded, whitespace collapsed."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", markup)))


class _Links(HTMLParser):
    """hrefs and GET forms (submitted with their default values, as a browser would)."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.forms: list[tuple[str, list[tuple[str, str]]]] = []
        self._form: tuple[str, list[tuple[str, str]]] | None = None
        self._select: str | None = None
        self._options: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form":
            if (a.get("method") or "get").lower() == "get":
                self._form = (a.get("action") or "", [])
        elif self._form is not None and tag == "input":
            kind = (a.get("type") or "text").lower()
            if a.get("name") and kind in ("text", "hidden", "submit"):
                self._form[1].append((a["name"], a.get("value") or ""))
        elif self._form is not None and tag == "select":
            self._select, self._options = a.get("name"), []
        elif self._select and tag == "option":
            self._options.append((a.get("value") or "", "selected" in a))

    def handle_endtag(self, tag):
        if tag == "select" and self._form is not None and self._select:
            chosen = next((v for v, sel in self._options if sel), self._options[0][0] if self._options else "")
            self._form[1].append((self._select, chosen))
            self._select = None
        elif tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None


def _targets(base: str, page_url: str, markup: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    urls = [urljoin(page_url, _html.unescape(h)) for h in parser.hrefs]
    for action, fields in parser.forms:
        urls.append(urljoin(page_url, action or page_url).split("?")[0] + "?" + urlencode(fields))
    out = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme != "http" or f"{parts.scheme}://{parts.netloc}" != base:
            continue
        if re.search(r"\.(jpe?g|png|gif|ico|css|js)$", parts.path, re.I):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk of every link and GET form from START_PATH: target -> (status, body)."""
    seen: dict[str, tuple[int, str]] = {}
    queue = [portal.START_PATH]
    while queue and len(seen) < 300:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue += [t for t in _targets(server.base_url, server.url(target), body) if t not in seen]
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(paths) == len(set(paths))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in plain(body), target


def test_every_gold_article_and_non_article_is_reachable(crawl):
    reached = {t for t, (status, _) in crawl.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    # every reached variant of an article is a gold path or an alt path
    known = {g["path"] for g in portal.GOLD} | {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    for target in reached:
        if target.startswith(("/modules/news/article.php", "/modules/news/print.php")):
            assert target in known, target


def test_crawl_is_bounded(crawl):
    pages = [t for t, (status, _) in crawl.items() if status == 200]
    assert len(pages) <= 80, len(pages)
    # without print views and file downloads, what a sensible crawler fetches
    sensible = [t for t in pages if not t.startswith(("/modules/news/print.php", "/modules/news/visit.php",
                                                        "/modules/wfdownloads/visit.php"))]
    assert len(sensible) <= 3 * (13 + len(portal.NON_ARTICLES)), len(sensible)


def test_oldest_story_only_on_later_listing_pages(crawl):
    gold = next(g for g in portal.GOLD if g["path"].endswith("=712"))
    own = {gold["path"], *gold.get("alt_paths", [])}
    linking = {t for t, (status, body) in crawl.items() if status == 200 and 'storyid=712"' in body} - own
    assert linking, "712 must be linked from somewhere"
    for target in linking:
        assert re.search(r"start=(5|10)|archive\.php\?year", target), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    story = portal.BY_ID[int(gold["path"].rsplit("=", 1)[1])]
    _, pages = portal._split(story)
    bodies = [fetch(server, f"{gold['path']}&page={i}")[1] for i in range(len(pages))]
    text = " ".join(plain(b) for b in bodies)
    raw = " ".join(bodies)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    assert story.opts["posted"] in text
    if gold["published_at"] and "T" not in gold["published_at"] and story.id == 740:
        assert "ngày 30 tháng 11 năm 2026" in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in raw, img
        if img["caption"]:
            assert img["caption"] in text, img["caption"]
    assert f">{_html.escape(gold['category'], quote=True)}</a>: " in raw or f">{gold['category']}</a>: " in raw


def test_dates_as_printed(server):
    body = fetch(server, "/modules/news/article.php?storyid=715")[1]
    assert "vào ngày <span class=\"itemPostDate\">2026/10/17 0:00:00</span>" in body
    notice = fetch(server, "/modules/news/article.php?storyid=740")[1]
    assert "2026/12/2 7:30:00" in notice and "Krông Pắc, ngày 30 tháng 11 năm 2026" in notice


def test_entities_and_plain_textarea(server):
    body = fetch(server, "/modules/news/article.php?storyid=715")[1]
    assert "&#7921;" in body or "&#7879;" in body
    assert "Thứ hai, giáo viên" not in body  # only as references
    assert "Thứ hai, giáo viên" in plain(body)
    dobr = fetch(server, "/modules/news/article.php?storyid=712")[1]
    item = dobr.split('<div class="itemText">', 1)[1].split("</div>", 1)[0]
    assert "<p" not in item and item.count("<br />") >= 8


def test_pagebreak_story(server):
    first = fetch(server, "/modules/news/article.php?storyid=736")[1]
    second = fetch(server, "/modules/news/article.php?storyid=736&page=1")[1]
    assert "Tiết dạy minh họa bài" not in first and "Tiết dạy minh họa bài" in second
    assert "page=1" in first
    whole = fetch(server, "/modules/news/print.php?storyid=736")[1]
    assert "Tiết dạy minh họa bài" in whole and "Chiều ngày 27/11/2026" in whole


def test_highlight_variant_is_same_text(server):
    gold = next(g for g in portal.GOLD if g["path"].endswith("=742"))
    alt = next(a for a in gold["alt_paths"] if "keywords=" in a)
    body = fetch(server, alt)[1]
    assert '<span class="highlight">' in body
    for para in gold["body"].split("\n\n"):
        assert para in plain(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "itemPostDate" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/nope",
        "/modules/news/article.php?storyid=9999",
        "/modules/news/article.php",
        "/modules/news/article.php?storyid=742&page=1",
        "/modules/news/index.php?start=15",
        "/modules/news/index.php?storytopic=9",
        "/modules/news/archive.php?year=2025&month=1",
        "/modules/tinycontent/index.php?id=9",
        "/userinfo.php?uid=99",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
