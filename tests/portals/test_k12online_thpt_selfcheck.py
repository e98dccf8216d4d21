"""Self-checks of the k12online_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import serving
from tests.portals import k12online_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

ROOT = portal.R + "/"
STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with serving(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """``<a href>`` targets and GET forms whose every field is enumerable (hidden inputs, selects)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form":
            self._form = {"method": (a.get("method") or "get").lower(), "action": a.get("action") or "",
                          "hidden": {}, "selects": {}, "free": False}
        elif self._form is not None and tag == "input":
            kind = (a.get("type") or "text").lower()
            if kind == "hidden":
                self._form["hidden"][a.get("name", "")] = a.get("value", "")
            elif kind in ("text", "password", "search", "email"):
                self._form["free"] = True
        elif self._form is not None and tag == "textarea":
            self._form["free"] = True
        elif self._form is not None and tag == "select":
            self._select = a.get("name", "")
            self._form["selects"][self._select] = []
        elif self._form is not None and tag == "option" and self._select is not None:
            self._form["selects"][self._select].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "form" and self._form is not None:
            self.forms.append(self._form)
            self._form = None


def _targets(page_target: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    found = list(parser.hrefs)
    for form in parser.forms:
        if form["method"] != "get" or form["free"]:
            continue
        for name, values in form["selects"].items():
            for value in values:
                query = urlencode({**form["hidden"], name: value})
                found.append(f"{form['action'] or page_target.split('?')[0]}?{query}")
    out = []
    for href in found:
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def _crawl(server, prefix: str = ROOT):
    """Breadth-first walk of links and enumerable GET forms under ``prefix``: {target: parent}."""
    seen = {portal.START_PATH: None}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for nxt in _targets(target, body):
            if not nxt.startswith(prefix) or nxt.split("?")[0].lower().endswith(STATIC_EXT):
                continue
            if nxt not in seen:
                seen[nxt] = target
                queue.append(nxt)
    return seen, fetched


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def page_text(body: str) -> str:
    """What a reader sees, cells joined by " | ", bare superscript calls and Word list markers gone."""
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    s = re.sub(r'(?is)<span style="mso-list:Ignore">.*?</span></span>', "", s)
    s = re.sub(r"(?is)<sup><a[^>]*>\d+</a></sup>", "", s)
    s = re.sub(r"(?is)(?:</p>\s*)?</t[dh]>\s*<t[dh][^>]*>(?:\s*<p[^>]*>)?", " | ", s)
    s = re.sub(r"(?is)<(?:/?(?:p|div|br|li|ul|ol|tr|table|tbody|h\d|blockquote|hr)\b)[^>]*>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", "", s)
    return collapse(unicodedata.normalize("NFC", _html.unescape(s)))


def _printed_date(gold: dict) -> list[str]:
    value = gold["published_at"]
    y, m, d = value[:10].split("-")
    if "T" in value:
        return [f"{d}/{m}/{y} - {value[11:16]}"]
    return [f"{d}/{m}/{y} - 00:00", f"ngày {int(d)} tháng {int(m)} năm {y}"]


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])] + portal.NON_ARTICLES
    assert len(set(every)) == len(every)
    assert portal.START_PATH == "/truong/thpttranquoctuan/"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:30])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:30])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    seen = page_text(body)
    for para in gold["body"].split("\n\n"):
        assert para in seen, para
    if gold["summary"]:
        assert gold["summary"] in seen
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in seen
    assert any(d in seen for d in _printed_date(gold)), gold["published_at"]
    for img in gold["images"]:
        assert "path" in img and img["path"].startswith("/upload/51012/")
        raw = img["path"]
        assert raw in body or raw.replace("/upload/", "../../../upload/") in body, raw
        if img["caption"]:
            assert img["caption"] in seen
    assert gold["category"] in seen
    # the breadcrumb's last item is the category
    crumb = re.search(r'<ol class="k12-dd breadcrumb">(.*?)</ol>', body, re.S).group(1)
    assert page_text(crumb).endswith(gold["category"])


def test_gold_reachable_from_start(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]


def test_page_two_only_articles(crawl):
    """2840 and 2815 are linked only from the news listing's page 2, 2820 only from the notices' form page 2."""
    seen, _ = crawl
    only_p2 = {portal.apath(2840), portal.apath(2815), portal.apath(2820)}
    for target in only_p2:
        assert seen[target].endswith("?trang=2"), (target, seen[target])


def test_crawl_budget(crawl):
    _seen, fetched = crawl
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles(server, crawl):
    seen, _ = crawl
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target
        assert target in seen, target


@pytest.mark.parametrize(
    "target",
    [
        "/truong/thpttranquoctuan/khong-co-trang-nay",
        "/truong/thpttranquoctuan/tin-tuc/9999-bai-khong-ton-tai",
        "/truong/thpttranquoctuan/thong-bao/2904",
        "/truong/truongkhongco/",
        "/khong-ton-tai",
        "/truong/thpttranquoctuan/van-ban/999-abc",
        "/truong/thpttranquoctuan/tag/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target


def test_traps(server):
    # the vendor canonical / og:url point at the school home on article pages
    _, body, _ = fetch(server, portal.apath(2904))
    assert re.search(r'<link rel="canonical" href="http://[^"]+/truong/thpttranquoctuan/">', body)
    assert '<h1 class="ten-truong">TRƯỜNG THPT TRẦN QUỐC TUẤN</h1>' in body
    assert "<title>Hội thao Giáo dục quốc phòng và an ninh chào mừng 82 năm Ngày... | THPT Trần Quốc Tuấn</title>" in body
    assert "K12Online – Giáo viên, học sinh đăng ký" in body  # in-read banner inside the text box
    # a wrong slug redirects; slugless serves the same page
    status, _, headers = fetch(server, "/truong/thpttranquoctuan/tin-tuc/2904-sai-slug")
    assert status == 301 and headers["Location"].endswith(portal.apath(2904))
    # other schools on the same host answer with articles
    for code in portal.OTHER_SCHOOLS:
        status, body, _ = fetch(server, portal.other_path(code))
        assert status == 200 and "ctbv-noidung" in body
    # the notices' page 1 names page 2 only in a form, never in an href
    _, body, _ = fetch(server, portal.CATS["tb"]["path"])
    assert "?trang=2" not in body and '<select name="trang"' in body
    # lazy images keep the photo in data-original
    _, body, _ = fetch(server, portal.apath(2815))
    assert 'src="/Content/k12/images/loading.gif" data-original="/upload/51012/2026/10/hkpd-01.jpg"' in body
    # NFD and entity-encoded stories
    _, body, _ = fetch(server, portal.apath(2840))
    assert unicodedata.normalize("NFD", "Tuyên truyền phòng, chống") in body
    _, body, _ = fetch(server, portal.apath(2862))
    assert "&#128079;" in body
    # the letterhead's day differs from the posting day
    _, body, _ = fetch(server, portal.apath(2902))
    assert "Quảng Ngãi, ngày 30 tháng 11 năm 2026" in body and "01/12/2026 - 07:45" in body
    # the print view is only in a script
    assert "?in=1" in body and 'href="?in=1"' not in body


def test_print_view_and_static(server):
    status, body, _ = fetch(server, portal.apath(2871) + "?in=1")
    assert status == 200 and "window.print()" in body
    status, _, headers = fetch(server, "/upload/51012/2026/11/le-20-11-01.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/upload/51012/files/2026/12/215-TB-THPTTQT.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, _ = fetch(server, "/truong/thpttranquoctuan")
    assert status == 301
    status, body, _ = fetch(server, "/truong/thpttranquoctuan/tim-kiem?tukhoa=hoi+thao")
    assert status == 200 and portal.apath(2904) in body
