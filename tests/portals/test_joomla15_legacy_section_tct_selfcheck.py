"""Self-checks of the joomla15_legacy_section_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla15_legacy_section_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_BLOCK = {"p", "br", "td", "th", "tr", "div", "li", "ul", "table", "h1", "h2", "h3", "blockquote", "span"}
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag in ("script", "style"):
            self._skip += 1
        if tag in _BLOCK and tag != "span":
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in _BLOCK and tag != "span":
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


def _parse(body: str) -> _Page:
    p = _Page()
    p.feed(body)
    return p


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over <a href> links from START_PATH: target -> body."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    base = server.url("/")
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        for href in _parse(body).links:
            url = urljoin(server.url(target), href)
            if not url.startswith(base.rstrip("/")) or href.startswith(("javascript:", "mailto:", "#")):
                continue
            t = _target(url)
            if urlsplit(t).path.lower().endswith(_SKIP_EXT) or "/doc_download/" in t:
                continue
            if t not in seen:
                queue.append(t)
    return seen


def test_shape():
    assert portal.NAME == "joomla15_legacy_section_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _parse(body)
    text = page.text
    raw = unicodedata.normalize("NFC", _html.unescape(body))
    assert gold["title"] in text
    assert f'class="contentheading" width="100%">\n<a href="{gold["path"]}"' in body
    # the body: all pages of a pagebreak article are in its print view
    _, printed, _ = fetch(server, gold["path"] + "?tmpl=component&print=1&layout=default&page=")
    ptext = _parse(printed).text
    for para in gold["body"].split("\n\n"):
        probe = para.split("daotao.tct@")[0].rsplit(" ", 1)[0] if "@" in para else para
        for cell in probe.split(" | "):
            assert cell in ptext, para
    for img in gold["images"]:
        assert img["path"] in raw
        if img["caption"]:
            assert img["caption"] in raw
    for name in gold["authors"] + gold["photographers"]:
        assert name in ptext
    if gold["source"]:
        assert gold["source"] in ptext
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for alt in gold.get("alt_paths", []):
        st, alt_body, _ = fetch(server, alt)
        assert st == 200, alt
        assert gold["title"] in _parse(alt_body).text, alt


def test_dates_printed(server):
    for s in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(s))
        text = _parse(body).text
        shown = portal.lc2(s.opts["created"])
        assert (shown in text) == s.opts.get("show_date", True), s.id
    assert portal.lc2("2026-12-03 14:30") == "Thứ năm, 03 Tháng Mười Hai 2026 14:30"


def test_email_cloak_and_caption_js(server):
    s = portal.BY_ID[411]
    _, body, _ = fetch(server, portal.article_path(s))
    assert "daotao.tct@langson.gov.vn" not in body
    assert "'daotao.tct' + '&#64;'" in body
    assert "spam bots" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_ID[412]))
    assert 'class="caption"' in body and "Hoàng Văn Nghiệm, Phó Bí thư" in body


def test_pagebreak_pages(server):
    s = portal.BY_ID[405]
    base = portal.article_path(s)
    _, p1, _ = fetch(server, base)
    _, p3, _ = fetch(server, base + "?showall=&limitstart=2")
    assert "Trang 1 của 3" in p1 and "Mục lục bài viết" in p1
    assert "Một là, cấp ủy" not in p1 and "Một là, cấp ủy" in p3
    assert fetch(server, base + "?showall=&limitstart=3")[0] == 404


def test_reachability(crawl):
    reached = set(crawl)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in reached, alt
    for path in portal.NON_ARTICLES:
        assert path in reached, path


def test_page_two_only(crawl):
    """398 and 389 are linked only from listing pages 2+."""
    for sid in (398, 389):
        path = portal.article_path(portal.BY_ID[sid])
        sources = {t for t, body in crawl.items() if path in _parse(body).links}
        pages = {t for t in sources if "limitstart=" in t and not t.endswith("limitstart=0")}
        articles = {t for t in sources if t.startswith("/tin-tuc/") and t.count("/") == 3}
        assert pages, sid
        assert sources - pages <= articles | {t for t in sources if "/tin-tuc/" in t and ".html?" not in t and t.count("/") == 3}
        assert not any(t in ("/", "/tin-tuc.html", "/tin-tuc/hoat-dong-cua-truong.html") for t in sources), sid


def test_budget(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)), len(crawl)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/tin-tuc/khong-co.html",
        "/tin-tuc/hoat-dong-cua-truong/999-khong-co.html",
        "/tin-tuc/thong-bao/412-khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-tai-huyen-cao-loc.html",
        "/tin-tuc/hoat-dong-cua-truong/412-sai-alias.html",
        "/content/view/999/28/",
        "/index.php?option=com_content&view=article&id=999&Itemid=28",
        "/tin-tuc.html?limitstart=40",
    ],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404


def test_vote_post_redirects(server):
    import urllib.request

    from tests.portals._selfcheck import NO_REDIRECTS

    s = portal.BY_ID[408]
    req = urllib.request.Request(
        server.url(portal.article_path(s)),
        data=b"user_rating=5&submit_vote=1&task=vote&option=com_content&cid=408",
        method="POST",
    )
    try:
        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("no redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 303
        assert err.headers["Location"] == portal.article_path(s)
