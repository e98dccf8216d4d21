"""Self-checks of the cfml_mura_legacy_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import cfml_mura_legacy_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.links: list[str] = []
        self.forms: list[tuple[str, str, dict[str, str]]] = []
        self._form: tuple[str, str, dict[str, str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = (a.get("method", "get").lower(), a.get("action", ""), {})
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None and a.get("name"):
            self._form[2][a["name"]] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def _visible(markup: str) -> str:
    """Tag-stripped, entity-decoded, collapsed text of a page."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _crawl(server: PortalServer, cookie: bool) -> set[str]:
    """Breadth-first over links and GET forms from START_PATH; returns the targets fetched."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    headers = {"Cookie": f"CFID={portal.CFID}; CFTOKEN={portal.CFTOKEN}"} if cookie else {}
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        req = urllib.request.Request(server.url(target), headers=headers)
        try:
            with NO_REDIRECTS.open(req, timeout=10) as resp:
                ctype = resp.headers.get("Content-Type", "")
                body = resp.read().decode("utf-8", "replace")
        except Exception:
            continue
        if "html" not in ctype:
            continue
        parser = _Links()
        parser.feed(body)
        base = urljoin(server.url(target), parser.base or "")
        found = list(parser.links)
        for method, action, fields in parser.forms:
            if method == "get":
                found.append(action + "?" + urlencode({**fields, "tukhoa": "hội"}))
        for href in found:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(base, href.split("#")[0])
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(server.base_url).netloc:
                continue
            new = parts.path + (f"?{parts.query}" if parts.query else "")
            if not re.search(r"\.(jpg|gif|png|css|js|pdf|swf)$", parts.path, re.I):
                queue.append(new)
        assert len(seen) < 200, "crawl does not end"
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["title"] and g["body"] and g["category"] in portal.CATS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _visible(body.split("</html>")[0])
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells are printed apart
            assert cell in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
        st, _, headers = fetch(server, img["path"])
        assert st == 200 and headers["Content-Type"].startswith("image/")
    assert gold["category"] in text
    # the <title> is double-escaped: the tab never shows a real quote
    head_title = re.search(r"<title>(.*?)</title>", body, re.S).group(1)
    assert '"' not in _html.unescape(head_title)
    # the debugging block follows </html>
    assert "Debugging Information" in body.split("</html>", 1)[1]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = _visible(body.split("</html>")[0])
        assert gold["title"] in text
        assert gold["body"].split("\n\n")[-1] in text


def test_dates_as_printed(server):
    _, body, _ = fetch(server, "/index.cfm?fuseaction=news.detail&id=1207")
    assert "{ts '2026-11-20 10:45:00'}" in body
    _, body, _ = fetch(server, "/index.cfm?fuseaction=news.detail&id=1195")
    assert "Tuesday, November 03, 2026 2:15 PM" in body
    _, body, _ = fetch(server, "/index.cfm?fuseaction=news.detail&id=1188")
    assert "{ts '2026-10-22 00:00:00'}" in body
    _, body, _ = fetch(server, "/index.cfm?fuseaction=news.detail&id=1201")
    assert "\r\n<P>\r\n" in body


def test_session_links(server):
    _, body, headers = fetch(server, "/index.cfm?fuseaction=home.main")
    assert f"&{portal.SESSION}" in body
    assert "Set-Cookie" in headers
    req = urllib.request.Request(
        server.url("/index.cfm?fuseaction=home.main"), headers={"Cookie": f"CFID={portal.CFID}"}
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        clean = resp.read().decode("utf-8")
    assert "CFTOKEN=" not in clean.split("</html>")[0]


@pytest.mark.parametrize("cookie", [False, True])
def test_everything_reachable(server, cookie):
    seen = _crawl(server, cookie)
    for gold in portal.GOLD:
        forms = {gold["path"], *gold["alt_paths"]}
        assert forms & seen, gold["path"]
    for path in portal.NON_ARTICLES:
        variants = {path, f"{path}&{portal.SESSION}"}
        assert variants & seen, path
    # page requests stay within the budget
    pages = [t for t in seen if not re.search(r"\.(jpg|gif|png|css|js|pdf|swf)$", t, re.I)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page_two_only(server):
    """1179 and 1182 are linked only from page 2 of their lists."""
    only_p2 = {1179, 1182}
    pages = ["/", "/index.cfm", "/index.cfm?fuseaction=home.main",
             "/index.cfm?fuseaction=news.list&cat=1", "/index.cfm?fuseaction=news.list&cat=2"]
    pages += [g["path"] for g in portal.GOLD]
    for page in pages:
        _, body, _ = fetch(server, page)
        for sid in only_p2:
            if page.endswith(f"id={sid}"):
                continue
            assert f"id={sid}&" not in body and f"id={sid}\"" not in body, (page, sid)
    _, body, _ = fetch(server, "/index.cfm?fuseaction=news.list&cat=1&startrow=5")
    assert "id=1179" in body


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/nope.html",
        "/index.cfm?fuseaction=news.detail&id=9999",
        "/index.cfm?fuseaction=news.list&cat=9",
        "/index.cfm?fuseaction=news.list&cat=1&startrow=41",
        "/index.cfm?fuseaction=page.view&p=khongco",
        "/index.cfm?fuseaction=foo.bar",
        "/default.cfm",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
