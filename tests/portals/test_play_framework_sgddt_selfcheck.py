"""Self-checks of the play_framework_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import play_framework_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


class _Text(HTMLParser):
    """Visible text with a space at every tag boundary; links and forms collected."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.parts))


def parse(body: str) -> _Text:
    p = _Text()
    p.feed(body)
    return p


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _crawl(server, strip_junk: bool) -> tuple[set[str], int]:
    """BFS over same-host links from START_PATH; returns the targets seen and pages fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        assert fetched < 400, "crawl does not end"
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in parse(body).links:
            absolute = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            if re.search(r"\.(png|jpe?g|gif|css|js|pdf)$", parts.path) or parts.path.startswith("/tep/"):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if strip_junk:
                nxt = re.sub(r"[?&]csrfToken=[^&]*", "", nxt)
                nxt = re.sub(r"\?lang=vi$", "", nxt)
                nxt = re.sub(r"/0+(\d)", r"/\1", nxt)
                if "?" not in nxt and "&" in nxt:
                    nxt = nxt.replace("&", "?", 1)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, fetched


def test_contract_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    paths = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(paths) == len(set(paths))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = parse(body)
    text = page.text
    assert gold["title"] in text
    # the headline is not the <title> nor the <h1>
    assert f"<title>{_html.escape(gold['title'])}</title>" not in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # table rows: cells joined by " | " in the gold
            assert cell in text, para
    story = portal.BY_ID[int(gold["path"].rsplit("/", 1)[1])]
    assert story.opts["date_text"] in text
    for name in gold["authors"]:
        assert name in text
    for name in gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert f'<li><a href="/tintuc/danhmuc/{story.cat}">{gold["category"]}</a></li>' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_same_article(server, gold):
    _, canonical_body, _ = fetch(server, gold["path"])
    assert gold.get("alt_paths")
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert body == canonical_body, alt


def test_every_gold_reachable_and_alts_linked(server):
    seen, _ = _crawl(server, strip_junk=False)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold["alt_paths"]:
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_request_budget(server):
    seen, fetched = _crawl(server, strip_junk=True)
    for gold in portal.GOLD:
        assert gold["path"] in seen
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_naive_crawl_is_finite(server):
    _, fetched = _crawl(server, strip_junk=False)
    assert fetched < 120


def test_some_articles_only_on_second_listing_page(server):
    _, home, _ = fetch(server, "/")
    only_p1 = [1190, 1185, 1179, 1182]
    for i in only_p1:
        assert f"/tintuc/chitiet/{i}\"" not in home
    _, p1, _ = fetch(server, "/tintuc/danhmuc/tin-giao-duc?p=1")
    for i in (1190, 1185, 1179):
        assert f'href="/tintuc/chitiet/{i}"' in p1
    _, p0, _ = fetch(server, "/tintuc/danhmuc/tin-giao-duc")
    assert "Hiển thị 1 - 4 / 7" in p0 and "?p=1&amp;csrfToken=" in p0
    _, cm1, _ = fetch(server, "/tintuc/danhmuc/chuyen-mon?p=1")
    assert 'href="/tintuc/chitiet/1182"' in cm1


def test_traps_are_printed(server):
    _, body, _ = fetch(server, "/tintuc/chitiet/1190")
    assert "&lt;p&gt;&lt;strong&gt;Sáng 20/11" in body
    assert "Some(Báo Tuyên Quang)" in body
    _, body, _ = fetch(server, "/tintuc/chitiet/1203")
    assert "Some(Hoàng Văn Dũng)" in body
    assert 'content="Hội nghị triển khai nhiệm vụ chuyển đổi số trong ngành Giáo dục ...' not in body
    assert re.search(r'og:title" content="[^"]{60}\.\.\."', body)
    _, body, _ = fetch(server, "/tintuc/chitiet/1202")
    assert "Thu Dec 03 14:30:00 ICT 2026" in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "tde-ct" in body


def test_lookup_form_posts(server):
    import urllib.request

    req = urllib.request.Request(server.url("/tuyensinh/tracuu"), data=b"sbd=123&ngaysinh=01/01/2011&csrfToken=x")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(req, timeout=10) as resp:
        assert "Không tìm thấy thí sinh" in resp.read().decode("utf-8")


@pytest.mark.parametrize(
    "path",
    ["/khongco", "/tintuc/chitiet/99999", "/tintuc/danhmuc/khong-co", "/vanban/9", "/gioithieu/", "/ngonngu"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_static(server):
    status, _, headers = fetch(server, "/vanban/taive/101/QD-2905-SGDDT.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
