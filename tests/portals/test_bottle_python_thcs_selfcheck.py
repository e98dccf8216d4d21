"""Self-checks of the bottle_python_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import bottle_python_thcs as portal
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """``<a href>`` targets plus the GET forms' URLs (every option of every select)."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.imgs: list[str] = []
        self._form: dict | None = None
        self._select: str | None = None
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(),
                          "fixed": {}, "selects": {}}
            self.forms.append(self._form)
        elif self._form is not None and tag == "input":
            kind = (a.get("type") or "text").lower()
            if a.get("name") and kind not in ("submit", "radio", "checkbox"):
                self._form["fixed"][a["name"]] = a.get("value", "")
        elif self._form is not None and tag == "select":
            self._select = a.get("name")
            self._form["selects"][self._select] = []
        elif self._form is not None and tag == "option" and self._select:
            self._form["selects"][self._select].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None

    def targets(self, page: str) -> list[str]:
        out = [urljoin(page, h) for h in self.hrefs]
        for form in self.forms:
            if form["method"] != "get":
                continue
            action = urljoin(page, form["action"] or page)
            combos = [dict(form["fixed"])]
            for name, values in form["selects"].items():
                combos = [{**c, name: v} for c in combos for v in values]
            out += [action.split("?")[0] + "?" + urlencode(c) for c in combos]
        return out


def _parse(body: str) -> _Links:
    parser = _Links()
    parser.feed(body)
    return parser


def _local(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "") or parts.netloc not in ("", "fixture.invalid"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl() -> tuple[set[str], int]:
    """Breadth-first walk of links and GET forms from START_PATH; returns targets and page count."""
    site = portal.build_site()
    from crawler.demo.server import Request

    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        path, _, query = target.partition("?")
        resp = site.respond(Request("GET", path, query, {"Host": "fixture.invalid"}))
        if resp is None or resp.status != 200 or "text/html" not in resp.headers.get("Content-Type", ""):
            continue
        pages += 1
        body = resp.body if isinstance(resp.body, str) else resp.body.decode()
        for url in _parse(body).targets("http://fixture.invalid" + target):
            local = _local(url.split("#")[0])
            if local and local not in seen and not local.startswith("/static/"):
                seen.add(local)
                queue.append(local)
    return seen, pages


def _text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    plain = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain.replace("\xa0", " ")))


def _all_paths():
    for rec in portal.GOLD:
        yield rec, rec["path"]
        for alt in rec.get("alt_paths", []):
            yield rec, alt


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({r["path"] for r in portal.GOLD}) == 13
    for rec in portal.GOLD:
        assert rec["title"] and rec["body"] and rec["category"]


@pytest.mark.parametrize(("rec", "target"), list(_all_paths()), ids=lambda v: v if isinstance(v, str) else "")
def test_gold_paths_answer_with_title(server, rec, target):
    status, body, _ = fetch(server, target)
    assert status == 200
    assert rec["title"] in _text(body)


def test_everything_reachable_within_budget():
    seen, pages = _crawl()
    for rec in portal.GOLD:
        assert rec["path"] in seen, rec["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_articles(server):
    first_pages = ""
    for cat in ("tin-tuc", "chuyen-mon"):
        first_pages += fetch(server, f"/muc/{cat}")[1]
    _, home, _ = fetch(server, "/")
    for item in (33, 29, 30):
        assert f'href="/bai/{item}"' not in first_pages + home
    _, page2, _ = fetch(server, "/muc/tin-tuc?trang=2")
    assert 'href="/bai/33"' in page2 and 'href="/bai/29"' in page2
    # no other page-1 page links them: every article page ("Các bài khác", sidebars)
    for rec in portal.GOLD:
        if rec["path"] in ("/bai/33", "/bai/29", "/bai/30"):
            continue
        _, other, _ = fetch(server, rec["path"])
        for item in (33, 29, 30):
            assert f'href="/bai/{item}"' not in other, (rec["path"], item)
    status, empty, _ = fetch(server, "/muc/tin-tuc?trang=99")
    assert status == 200 and "Không có bài viết nào." in empty


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"])
def test_gold_fields_on_page(server, rec):
    status, body, _ = fetch(server, rec["path"])
    assert status == 200
    page = _text(body)
    for para in rec["body"].split("\n\n"):
        assert para.replace(" | ", " ") in page, para
    if rec["summary"]:
        assert rec["summary"] in page
    for name in rec["authors"] + rec["photographers"]:
        assert name in page
    if rec["source"]:
        assert rec["source"] in page
    srcs = {_local(urljoin("http://fixture.invalid" + rec["path"], s)) for s in _parse(body).imgs}
    for img in rec["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in page
        assert fetch(server, img["path"])[0] == 200
    when = rec["published_at"]
    if "T" in when:
        assert when[:19].replace("T", " ") in page
    else:
        y, m, d = when.split("-")
        assert f"{when} 00:00:00" in page or f"ngày {d} tháng {m} năm {y}" in page
    assert "Thứ Bảy, 05/12/2026" in page


def test_print_view_prints_today_not_date(server):
    _, body, _ = fetch(server, "/bai/41?in=1")
    assert "Ngày in: 05/12/2026" in _text(body)
    assert "Ý kiến bạn đọc" not in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    assert fetch(server, path)[0] == 200


@pytest.mark.parametrize("path", ["/bai/999", "/bai/41/", "/muc/khong-co", "/trang/abc", "/xyz", "/bai/abc"])
def test_unknown_paths_404(server, path):
    status, body, _ = fetch(server, path)
    assert status == 404
    assert "Error: 404 Not Found" in body


def test_static_files(server):
    assert fetch(server, "/static/thumb/41.jpg")[0] == 200
    assert fetch(server, "/static/vanban/qd112.pdf")[0] == 200
