"""Self-check of the shared school-network portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that 404s, a
paragraph the page does not print, or an article no link reaches would waste that crawl. Nothing
here imports the crawler beyond the demo server: it checks that what the gold promises is served,
that walking links inside the school's prefix reaches every gold article, that the neighbours'
pages really are linked from the school (the trap), and that the work calendar ends where the
module says.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import timedelta
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import edu_network as portal

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$", re.I)
_KEYS = {
    "path", "canonical_path", "alt_paths", "title", "published_at", "authors", "photographers",
    "source", "summary", "body", "images", "category",
}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, decoded body and headers; redirects are not followed (they show as 3xx)."""
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _reader_text(markup: str) -> str:
    """What a reader sees: table cells of a row joined by " | ", tags dropped, references
    resolved, NFC, whitespace collapsed."""
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _links(server: PortalServer, page_target: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(server.url(page_target), href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_contract_shape() -> None:
    assert portal.NAME == "edu_network_school" and portal.PLATFORM == "edu_network"
    assert portal.START_PATH == "/thcs-chu-van-an/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    everything = paths + [a for g in portal.GOLD for a in g["alt_paths"]] + portal.NON_ARTICLES
    assert all(p.startswith(portal.START_PATH) for p in everything)
    assert len({g["category"] for g in portal.GOLD}) >= 2
    # neighbours publish too, and none of their posts is gold
    others = [s for s in portal.STORIES if s.opts["unit"] != portal.SCHOOL.code]
    assert len({s.opts["unit"] for s in others}) >= 3
    assert not {portal.ct_path(s) for s in others} & set(paths)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    assert gold["canonical_path"] == gold["path"] and len(gold["alt_paths"]) == 1
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert ("path" in img) != ("url" in img)
        caption = img["caption"]
        assert caption is None or (unicodedata.is_normalized("NFC", caption) and caption not in paragraphs)
        assert not (caption or "").lower().endswith((".jpg", ".jpeg", ".png"))


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    failures = [(t, s) for t in [*targets, *portal.NON_ARTICLES] if (s := _get(server, t)[0]) != 200]
    assert not failures
    # the documented redirects: the bare prefix and the host root
    status, _, headers = _get(server, portal.START_PATH.rstrip("/"))
    assert status == 301 and headers["Location"] == portal.START_PATH
    status, _, headers = _get(server, "/")
    assert status == 302 and headers["Location"] == "/sgd/"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_text_is_on_its_pages(server: PortalServer, gold: dict) -> None:
    for target in (gold["path"], *gold["alt_paths"]):
        status, body, _ = _get(server, target)
        assert status == 200
        page = _reader_text(body)
        assert re.search(r'<h1 class="title-detail">([^<]+)</h1>', body).group(1) == html.escape(
            gold["title"], quote=True
        )
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph in page, (target, paragraph[:60])
        for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
            assert name in page
        srcs = [urljoin(server.url(target), html.unescape(s)) for s in re.findall(r'<img alt="" src="([^"]+)"', body)]
        content = body.split('<div class="content-detail">', 1)[1].split("</div>", 1)[0]
        content_srcs = [urljoin(server.url(target), html.unescape(s)) for s in re.findall(r'src="([^"]+)"', content)]
        want = [server.url(i["path"]) if "path" in i else i["url"] for i in gold["images"]]
        assert content_srcs == want and set(want) <= set(srcs)
        for img in gold["images"]:
            if img["caption"]:
                assert img["caption"] in page
        crumbs = re.search(r'<div class="breadcrumbs">(.*?)</div>', body).group(1)
        assert _reader_text(crumbs).endswith(gold["category"])
        assert portal.TODAY in page and "Lượt xem" in page and "Bản quyền thuộc" in page
        # the date line prints the gold date (and its time, when the gold has one)
        stamp = gold["published_at"]
        line = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}" + (f" {stamp[11:16]}" if "T" in stamp else "")
        assert f'<i class="fa fa-clock-o"></i> {line}</span>' in body
        assert 'rel="canonical"' not in body


def test_walking_inside_the_prefix_reaches_every_article(server: PortalServer) -> None:
    """Breadth-first over links that stay under START_PATH, as a crawler scoped to it would."""
    prefix = portal.START_PATH
    seen: set[str] = set()
    outside: set[str] = set()
    queue = deque([prefix])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(server, target, body):
            if _STATIC.search(urlsplit(link).path):
                continue
            if link.startswith(prefix):
                queue.append(link)
            else:
                outside.add(link)
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & seen, gold["path"]
    assert all(g["path"] in seen for g in portal.GOLD)  # listings reach every ct form
    assert len(seen) < 150
    # the trap: the school's pages link its neighbours' and the department's pages and posts
    assert {"/sgd/", "/th-le-van-tam/", "/mn-hoa-phuong/", "/thcs-tran-phu/"} <= outside
    foreign_posts = {portal.ct_path(s) for s in portal.STORIES} | {portal.ctfull_path(s) for s in portal.STORIES}
    foreign_posts -= {p for g in portal.GOLD for p in (g["path"], *g["alt_paths"])}
    linked = outside & foreign_posts
    assert any(p.startswith("/sgd/") for p in linked) and any(p.startswith("/th-le-van-tam/") for p in linked)
    assert all(_get(server, p)[0] == 200 for p in sorted(linked))


def test_every_listing_is_paged(server: PortalServer) -> None:
    for cat in portal.SCHOOL.cats:
        pages = portal.pages_of(portal.SCHOOL, cat)
        assert pages >= 2
        first = _get(server, portal.listing_path(portal.SCHOOL, cat))[1]
        assert f'href="{portal.listing_path(portal.SCHOOL, cat, 2)}"' in first
        assert _get(server, portal.listing_path(portal.SCHOOL, cat, pages + 1))[0] == 404
        again = _get(server, portal.listing_path(portal.SCHOOL, cat) + "?page=1")[1]
        items = re.compile(r'class="news-title"><a href="([^"]+)"')
        assert items.findall(again) == items.findall(first) and len(items.findall(first)) == portal.PER_PAGE


def test_the_work_calendar_is_bounded(server: PortalServer) -> None:
    """"Tuần sau" is always printed; the weeks answer 200 up to 26 weeks away, then 404."""
    for step in (7, -7):
        target = f"{portal.START_PATH}lich-cong-tac"
        served = 0
        label = "Tuần sau" if step > 0 else "Tuần trước"
        while True:
            status, body, _ = _get(server, target)
            if status == 404:
                break
            served += 1
            hrefs = re.findall(r'<a href="([^"]+)">(?:« )?' + label, body)
            target = html.unescape(hrefs[0])
        assert served == portal.CALENDAR_SPAN_WEEKS + 1
    today = portal.TODAY_DATE
    far = today + timedelta(weeks=portal.CALENDAR_SPAN_WEEKS + 1)
    iso = far.isocalendar()
    assert _get(server, f"{portal.START_PATH}lich-cong-tac?tuan={iso[1]}&nam={iso[0]}")[0] == 404


def test_sitemap_and_robots(server: PortalServer) -> None:
    status, robots, _ = _get(server, "/robots.txt")
    assert status == 200 and f"Sitemap: {server.base_url}{portal.START_PATH}sitemap.xml" in robots
    assert "Disallow: /*/Timkiem" in robots
    status, sitemap, headers = _get(server, f"{portal.START_PATH}sitemap.xml")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    locs = set(re.findall(r"<loc>http://[^/]+([^<]+)</loc>", sitemap))
    full = 0
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & locs
        full += gold["alt_paths"][0] in locs
    assert full == 2
    assert all(loc.startswith(portal.START_PATH) for loc in locs)


def test_text_forms_vary(server: PortalServer) -> None:
    raws = [_get(server, g["path"])[1] for g in portal.GOLD]
    assert sum(not unicodedata.is_normalized("NFC", r) for r in raws) == 2
    assert sum(bool(re.search(r"&#\d{3,};", r)) for r in raws) == 1


def test_search_and_poll_pages(server: PortalServer) -> None:
    status, body, _ = _get(server, f"{portal.START_PATH}Timkiem?q=hoi+thi")
    assert status == 200 and "Có 1 kết quả" in body
    status, body, _ = _get(server, f"{portal.START_PATH}binh-chon?id=37")
    assert status == 200 and "Kết quả bình chọn" in body


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
