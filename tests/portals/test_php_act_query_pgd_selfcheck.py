"""Self-checks of the php_act_query_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_act_query_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """hrefs plus GET forms (hidden inputs, text inputs empty, every option of a select)."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(),
                          "fixed": {}, "select": {}}
            self.forms.append(self._form)
        elif self._form is not None and tag == "input" and a.get("name"):
            if a.get("type") in ("hidden", "text", None):
                self._form["fixed"][a["name"]] = a.get("value", "")
        elif self._form is not None and tag == "select" and a.get("name"):
            self._select = a["name"]
            self._form["select"][self._select] = []
        elif self._form is not None and tag == "option" and self._select:
            self._form["select"][self._select].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def _targets(page_url: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.links:
        out.append(urljoin(page_url, href))
    for form in parser.forms:
        if form["method"] != "get":
            continue
        action = urljoin(page_url, form["action"])
        variants = [dict(form["fixed"])]
        for name, values in form["select"].items():
            variants = [{**v, name: val} for v in variants for val in values]
        out.extend(action.split("?")[0] + "?" + urlencode(v) for v in variants)
    return out


def _crawl(server) -> dict[str, str]:
    """BFS over same-host pages from START_PATH; returns target -> body of the pages seen."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = body if status == 200 and "text/html" in headers.get("Content-Type", "") else ""
        if not seen[target]:
            continue
        for url in _targets(server.url(target), body):
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|gif|pdf|css|js|ico)$", parts.path) or parts.path == "/thumb.php":
                continue
            if nxt not in seen:
                queue.append(nxt)
    return seen


def _visible(body: str) -> str:
    body = re.sub(r"(?is)<(script|style|title)\b.*?</\1>", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in _visible(body), target
            assert f'og:url" content="{server.base_url}{g["canonical_path"]}' in body.replace("&amp;", "&")


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = _visible(body)
        assert "\ufeff" not in g["title"] and "Mới" not in g["title"].split()[-1]
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for img in g["images"]:
            assert img["path"].lstrip("/") in body.replace("&amp;", "&")
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
            if img["caption"]:
                assert img["caption"] in text
        if g["published_at"]:
            day = g["published_at"][:10]
            y, m, d = day.split("-")
            assert f"ngày {d}/{m}/{y}" in text
        else:
            assert "01/01/1970" in text


def test_twelve_hour_clock_read_right():
    for s in portal.STORIES:
        if not s.published_at:
            continue
        hh, mm = s.opts["clock"][:5].split(":")
        h = int(hh) % 12 + (12 if s.opts["clock"].endswith("CH") else 0)
        assert s.published_at[11:16] == f"{h:02d}:{mm}", s.id


def test_reachable_and_budget(server):
    seen = _crawl(server)
    pages = {t for t, b in seen.items() if b}
    for g in portal.GOLD:
        assert g["path"] in pages or any(a in pages for a in g.get("alt_paths", [])), g["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_page_two_only(server):
    _, home, _ = fetch(server, "/")
    _, p1, _ = fetch(server, "/index.php?act=list&cat=1")
    _, p2, _ = fetch(server, "/index.php?act=list&cat=1&p=2")
    _, other, _ = fetch(server, "/index.php?act=news&id=1241")
    for sid in (1207, 1190):
        pattern = re.compile(rf"id={sid}(?![0-9])")
        assert not pattern.search(home) and not pattern.search(p1) and not pattern.search(other)
        assert pattern.search(p2)


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target


def test_unknown_paths_404(server):
    for target in ["/nope", "/index.php?act=news&id=9999", "/index.php?act=zzz",
                   "/index.php?act=list&cat=99", "/index.php?act=vanban&id=7",
                   "/index.php?act=page&name=khong-co", "/tin.php?id=1241"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target
