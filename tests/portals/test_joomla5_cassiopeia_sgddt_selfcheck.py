"""Self-checks of the joomla5_cassiopeia_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import Request, serving
from tests.portals import joomla5_cassiopeia_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = {"p", "div", "td", "th", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br",
          "figcaption", "figure", "table", "dd", "dt", "ul", "ol", "blockquote", "hr"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse(" ".join("".join(parser.parts).split("\n")))


def _get(site, target: str, method: str = "GET"):
    parts = urlsplit(target)
    return site.respond(Request(method, parts.path or "/", parts.query, {"Host": "127.0.0.1:8080"}))


def _body(resp) -> str:
    return resp.body if isinstance(resp.body, str) else resp.body.decode("utf-8")


_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|svg|ico|css|js|pdf)$", re.I)


def _crawl(site):
    """Breadth-first over href links and GET forms from START_PATH: target -> (status, linked from)."""
    seen: dict[str, int] = {}
    parents: dict[str, set[str]] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        resp = _get(site, target)
        seen[target] = resp.status if resp else 404
        if resp is None or not resp.headers.get("Content-Type", "").startswith("text/html"):
            continue
        markup = _body(resp)
        hrefs = re.findall(r'href="([^"]*)"', markup)
        for raw in hrefs:
            href = _html.unescape(raw).split("#", 1)[0]
            if not href or href.startswith(("tel:", "mailto:", "javascript:")):
                continue
            absolute = urljoin("http://fixture.invalid" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "fixture.invalid" or _ASSET.search(parts.path):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            parents.setdefault(nxt, set()).add(target)
            if nxt not in seen and nxt not in queue:
                queue.append(nxt)
    return seen, parents


@pytest.fixture(scope="module")
def site():
    return portal.build_site()


@pytest.fixture(scope="module")
def crawl(site):
    return _crawl(site)


def test_shape():
    assert portal.NAME == "joomla5_cassiopeia_sgddt"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    every = set(paths) | {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert not every & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["canonical_path"] == g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_and_alts_answer_with_title_over_http():
    with serving(portal.build_site()) as server:
        for g in portal.GOLD:
            for target in [g["path"], *g.get("alt_paths", [])]:
                status, body, headers = fetch(server, target)
                assert status == 200, target
                assert "text/html" in headers.get("Content-Type", "")
                h1 = re.search(r'<h1 itemprop="headline">(.*?)</h1>', body, re.S)
                assert h1 and collapse(_html.unescape(h1.group(1))) == g["title"], target
        for target in portal.NON_ARTICLES:
            status, _, _ = fetch(server, target)
            assert status == 200, target
        for target in ["/tin-tuc", "/khong-ton-tai", "/tin-tuc/hoat-dong-nganh/9999-khong-co",
                       "/tin-tuc/hoat-dong-nganh?start=99", "/tin-tuc/chuyen-doi-so/1362-x",
                       "/van-ban/1344-sai-alias", "/component/tags/tag/khong-co"]:
            status, _, _ = fetch(server, target)
            assert status == 404, target


def test_everything_reachable_within_budget(crawl):
    seen, _parents = crawl
    for g in portal.GOLD:
        assert seen.get(g["path"]) == 200, g["path"]
    for target in portal.NON_ARTICLES:
        assert seen.get(target) == 200, target
    pages = [t for t, status in seen.items() if status == 200]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_page_two(crawl):
    _seen, parents = crawl
    url_1318 = portal.url_of(portal.BY_ID[1318])
    assert parents[url_1318] - {url_1318 + "?tmpl=component&print=1"} == {
        "/tin-tuc/hoat-dong-nganh?start=3"
    }
    assert "/tin-tuc/giao-duc-trung-hoc?start=3" in parents[portal.url_of(portal.BY_ID[1320])]


def test_gold_fields_printed_on_page(site):
    for g in portal.GOLD:
        markup = _body(_get(site, g["path"]))
        text = page_text(markup)
        assert g["title"] in text
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (g["path"], cell)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        for img in g["images"]:
            assert f'src="{img["path"]}' in markup, img
            if img["caption"]:
                assert img["caption"] in text
        crumbs = re.search(r'<ol itemscope itemtype="https://schema.org/BreadcrumbList".*?</ol>',
                           markup, re.S).group(0)
        assert f'<span itemprop="name">{_html.escape(g["category"])}</span>' in crumbs
        assert "Thứ Bảy, 05/12/2026" in text


def test_dates_as_printed(site):
    for g in portal.GOLD:
        story = portal.BY_ID[int(g["path"].split("/")[3].split("-")[0])]
        text = page_text(_body(_get(site, g["path"])))
        shown = portal._lc3(story.opts["pub"])
        assert f"Ngày đăng: {shown}" in text
        if story.id == 1356:
            assert g["published_at"] == "2026-11-30"
            assert "Quảng Trị, ngày 30 tháng 11 năm 2026" in text
        elif shown.endswith("00:00"):
            assert g["published_at"] == story.opts["pub"][:10]
        else:
            assert g["published_at"] == story.opts["pub"].replace(" ", "T") + ":00+07:00"


def test_traps_present(site):
    s1351 = _body(_get(site, portal.url_of(portal.BY_ID[1351])))
    assert 'datetime="2026-11-26T23:15:00+00:00"' in s1351
    assert 'alt="👉"' in s1351
    s1340 = _body(_get(site, portal.url_of(portal.BY_ID[1340])))
    assert 'datetime="2026-11-19T17:00:00+00:00"' in s1340
    assert "20 Tháng 11 2026 00:00" in s1340
    # show_intro = 0: the listing's intro is not on the article page
    hidden = portal.BY_ID[1322].opts["intro_hidden"]
    assert hidden in page_text(_body(_get(site, "/tin-tuc/mam-non-tieu-hoc")))
    assert hidden not in page_text(_body(_get(site, portal.url_of(portal.BY_ID[1322]))))
    # the canonical link echoes the request, query included
    alt = portal.url_of(portal.BY_ID[1351]) + "?fbclid=abc"
    assert f'href="http://127.0.0.1:8080{alt}" rel="canonical"' in _body(_get(site, alt))
    # the restricted article answers 403, the login page 200
    assert _get(site, portal._restricted_url()).status == 403
    # chrome and non-body lines stay out of the gold
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for needle in ("Xem thêm", "Tin liên quan", "File đính kèm", "Tải về", "Nơi nhận",
                   "CỘNG HÒA", "Đọc nhiều", "Lượt xem", "Viết bởi", "Minh Châu", "Nguồn:"):
        assert needle not in bodies, needle
    # FB alt text is no caption; credit-only line is no caption
    captions = {i["path"]: i["caption"] for g in portal.GOLD for i in g["images"]}
    assert captions["/images/2026/11/26/hoc-bong-tiep-suc-1.jpg"] is None
    assert captions["/images/2026/11/19/le-ky-niem-20-11-1.jpg"] is None
    assert captions["/images/2026/10/22/tap-huan-quan-tri-truong-hoc.jpg"] == (
        "Các đại biểu tham dự lớp tập huấn")


def test_images_and_files_served(site):
    for g in portal.GOLD:
        for img in g["images"]:
            resp = _get(site, img["path"])
            assert resp is not None and resp.status == 200
            assert resp.headers["Content-Type"].startswith("image/")
    assert _get(site, "/images/van-ban/2026/2154-TB-SGDDT.pdf").status == 200


def test_forms_answer(site):
    assert _get(site, "/tin-tuc/thong-bao", "POST").status == 200
    assert _get(site, "/tim-kiem?q=hoc+ba").status == 200
    assert _get(site, "/index.php?option=com_mijopolls&view=poll&id=3", "POST").status == 200
