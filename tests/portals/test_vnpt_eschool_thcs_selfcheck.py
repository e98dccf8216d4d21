"""Self-checks of the vnpt_eschool_thcs fixture against itself (never the crawler).

The walk below follows plain links and the pager's ``__doPostBack`` LinkButtons (a POST of the
page-wide ASP.NET form), nothing written in scripts: what a careful crawler can reach.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vnpt_eschool_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Page(HTMLParser):
    """Links, and the hidden/text inputs of the page's form, as a crawler reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.fields: dict[str, str] = {}
        self.action: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form" and self.action is None:
            self.action = a.get("action") or ""
        elif tag == "input" and a.get("name") and a.get("type", "text") in ("hidden", "text"):
            self.fields[a["name"]] = a.get("value") or ""


_POSTBACK = re.compile(r"^javascript:__doPostBack\('([^']*)','([^']*)'\)$")


def _post(server: PortalServer, target: str, data: dict[str, str]) -> tuple[int, str]:
    req = urllib.request.Request(
        server.url(target),
        data=urlencode(data).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        return resp.status, resp.read().decode("utf-8")


def _walk(server: PortalServer) -> tuple[dict[str, str], int]:
    """Breadth-first from START_PATH; returns page bodies by target (POST answers under
    ``target#EVENTTARGET``) and the number of page requests made."""
    seen: set[str] = set()
    pages: dict[str, str] = {}
    queue: deque[tuple[str, str, dict[str, str] | None]] = deque([("GET", portal.START_PATH, None)])
    requests = 0
    while queue:
        _method, target, data = queue.popleft()
        key = target if data is None else f"{target}#{data['__EVENTTARGET']}"
        if key in seen:
            continue
        seen.add(key)
        requests += 1
        if data is None:
            status, body, headers = fetch(server, target)
            if status != 200 or "text/html" not in headers.get("Content-Type", ""):
                continue
        else:
            status, body = _post(server, target, data)
        pages[key] = body
        parser = _Page()
        parser.feed(body)
        page_url = server.url(target)
        for href in parser.hrefs:
            m = _POSTBACK.match(href)
            if m:
                form = dict(parser.fields)
                form["__EVENTTARGET"], form["__EVENTARGUMENT"] = m.group(1), m.group(2)
                action = urljoin(page_url, parser.action or "")
                parts = urlsplit(action)
                queue.append(("POST", parts.path + (f"?{parts.query}" if parts.query else ""), form))
                continue
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(page_url, href)
            parts = urlsplit(absolute)
            if f"{parts.scheme}://{parts.netloc}" != server.base_url:
                continue
            if re.search(r"\.(jpg|png|gif|pdf)$", parts.path, re.I):
                continue
            queue.append(("GET", parts.path + (f"?{parts.query}" if parts.query else ""), None))
    return pages, requests


@pytest.fixture(scope="module")
def walked(server):
    return _walk(server)


def _visible(body: str) -> str:
    """The page's text, bare superscript calls dropped, NFC and whitespace-collapsed."""
    body = re.sub(r"<sup><a [^>]*>\d+</a></sup>", "", body)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"</?(?:a|span|strong|em|b|i|u|sup)\b[^>]*>", "", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", html.unescape(body)))


# --- shape --------------------------------------------------------------------------------------


def test_contract_shape():
    assert portal.NAME == "vnpt_eschool_thcs"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & set(paths + alts)
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] and "\n\n\n" not in g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        if g["published_at"]:
            assert g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))


# --- pages answer -------------------------------------------------------------------------------


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_pages_answer_with_their_title(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert record["title"] in _visible(body), target


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_fields_are_printed(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = _visible(body)
    assert f'<link rel="canonical" href="{server.base_url}{record["canonical_path"]}"' in body
    # the headline is the <h2>, not the <h1>
    h2 = re.search(r'<h2 class="tde_ct">(.*?)</h2>', body, re.S).group(1)
    assert collapse(html.unescape(re.sub(r"<[^>]+>", "", h2))) == record["title"]
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell[:60]
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert f"Theo {record['source']}" in text
    for img in record["images"]:
        path = img["path"]
        relative = "../../" + path.lstrip("/")
        assert f'"{path}"' in body or f'"{relative}"' in body, path
        if img["caption"]:
            assert img["caption"] in text
    assert record["category"] in text
    crumb = re.search(r'<div class="duongdan">(.*?)</div>', body).group(1)
    assert record["category"] in html.unescape(crumb)
    # the printed stamp behind published_at
    stamp = re.search(r'lblNgayDang">([^<]+)<', body).group(1)
    day, clock, half = stamp.split()
    d, m, y = day.split("/")
    if len(record["published_at"]) == 10:
        if record["published_at"] == f"{y}-{m}-{d}":
            assert clock == "12:00:00" and half == "SA"
        else:  # the official notice: the letterhead's day
            y2, m2, d2 = record["published_at"].split("-")
            assert f"ngày {int(d2)} tháng {int(m2)} năm {y2}" in text
    else:
        hh, mm, _ = (int(x) for x in clock.split(":"))
        hh = hh % 12 + (12 if half == "CH" else 0)
        assert record["published_at"] == f"{y}-{m}-{d}T{hh:02d}:{mm:02d}:00+07:00"


def test_images_are_served(server):
    for record in portal.GOLD:
        for img in record["images"]:
            with NO_REDIRECTS.open(server.url(img["path"]), timeout=10) as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "tde_ct" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/tin-tuc/tin-tuc-su-kien/bai-viet-khong-co-9999.html",
        "/tin-tuc/in-bai/9999.html",
        "/van-ban/khong-co-1.html",
        "/trang/lich-su-phat-trien-99.html",
        "/tin-tuc/chuyen-muc-khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


# --- reachability -------------------------------------------------------------------------------


def test_every_gold_and_non_article_is_reachable(walked):
    pages, _ = walked
    for record in portal.GOLD:
        assert record["path"] in pages, record["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target


def test_crawl_stays_within_budget(walked):
    _, requests = walked
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_only_by_postback(server, walked):
    """1488, 1472 and 1495 are linked from nowhere but the listings' postback page 2."""
    pages, _ = walked
    hidden = {1488, 1472, 1495}
    for key, body in pages.items():
        for sid in hidden:
            if key.split("#")[0].endswith(f"-{sid}.html"):
                continue  # the article's own page (canonical, form action)
            linked = re.search(rf'href="[^"]*-{sid}\.html"', body)
            if linked:
                assert "#" in key and "rptTrang$ctl01" in key, (key, sid)
    status, body, _ = fetch(server, "/tin-tuc/tin-tuc-su-kien")
    assert status == 200 and "-1488.html" not in body and "__doPostBack(&#39;" in body


def test_session_and_slider_variants_are_linked(walked):
    pages, _ = walked
    for record in portal.GOLD:
        for alt in record.get("alt_paths", []):
            if "/in-bai/" in alt:
                continue  # named only in an onclick
            assert alt in pages, alt
