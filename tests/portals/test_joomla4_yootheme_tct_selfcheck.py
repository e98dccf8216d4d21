"""Self-checks of the joomla4_yootheme_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_yootheme_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.forms: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.forms.append(a["action"])


def _target(base: str, href: str) -> str | None:
    absolute = urljoin(base, _html.unescape(href))
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "") or parts.netloc not in ("fixture.invalid", ""):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen or target.lower().split("?")[0].endswith(SKIP_EXT):
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status != 200:
            continue
        parser = _Links()
        parser.feed(body)
        for href in parser.hrefs + parser.forms:
            t = _target("http://fixture.invalid" + target, href)
            if t and t not in seen and t not in queue:
                queue.append(t)
        assert len(seen) < 200, "runaway crawl"
    return seen


_BLOCK = "p|div|li|ul|ol|td|th|tr|table|tbody|thead|h[1-6]|br|hr|figure|figcaption|blockquote|article|nav|section|header|main|dl|dt|dd|option|select|form|label|time|meta|title|head|body|iframe|img"


def _text(page: str) -> str:
    page = re.sub(r"<sup>.*?</sup>", "", page, flags=re.S)
    page = re.sub(r"<span style=\"mso-list:Ignore\">.*?</span></span>", "", page, flags=re.S)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(rf"</?(?:{_BLOCK})\b[^>]*>", " ", page)
    page = re.sub(r"<[^>]+>", "", page)
    return collapse(unicodedata.normalize("NFC", _html.unescape(page)))


@pytest.fixture(scope="module")
def crawled(server):
    return _crawl(server)


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert not set(alts) & set(paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:60])
def test_gold_page_serves_title_and_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    full = gold["path"]
    if any("showall=1" in a for a in gold.get("alt_paths", [])):
        full = next(a for a in gold["alt_paths"] if "showall=1" in a)
        status, body, _ = fetch(server, full)
        assert status == 200
    text = _text(body)
    assert gold["title"] in text
    m = re.search(r"<title>(.*?)</title>", body)
    assert m and _html.unescape(m.group(1)).startswith(gold["title"])
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    forms = [f"{d}/{mo}/{y}", f"{d} {portal.MONTHS[int(mo)]} {y}", f"ngày {int(d)} tháng {int(mo)} năm {y}"]
    assert any(f in text for f in forms), day
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text
    assert gold["category"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:60])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _text(body)


def test_everything_reachable_within_budget(crawled):
    reached = {t for t, b in crawled.items() if b}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in reached, alt
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawled) <= budget, (len(crawled), budget)


def test_page_two_only_articles(server, crawled):
    """102 and 97 are linked only from page 2 of their listing."""
    only = {portal.story_path(portal.BY_ID[i]): src for i, src in ((102, "/tin-tuc?start=4"), (97, "/dao-tao-boi-duong?start=2"))}
    for path, listing in only.items():
        holders = [t for t, b in crawled.items() if b and f'href="{_html.escape(path)}"' in b and t != path]
        assert holders == [listing], (path, holders)


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in ("/khong-ton-tai", "/tin-tuc/bai-viet-khong-co", "/component/content/article/khong-co",
                 "/van-ban/file/99-khong-co", "/tin-tuc/"):
        assert fetch(server, path)[0] == 404, path


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_traps_present(server):
    a1 = portal.GOLD[0]
    _, body, _ = fetch(server, a1["path"])
    # the only h1 is the category banner; the sapo is printed twice
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", body) == ["Tin tức - Sự kiện"]
    assert _text(body).count(a1["summary"]) == 2
    assert "Tháng Mười Hai" in body and "Cập nhật lần cuối" in body
    # official notice: the letterhead day differs from the posting day
    d1 = portal.story_path(portal.BY_ID[120])
    _, body, _ = fetch(server, d1)
    assert "ngày 30 tháng 11 năm 2026" in body and ">01/12/2026</time>" in body
    # Word list markers and the bare superscript are in the markup
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[112]))
    assert "mso-list:Ignore" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[104]))
    assert "XIII<sup>" in body
    # the lazy lead image has no src
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[119]))
    assert 'data-src="/templates/yootheme/cache/a7/' in body
