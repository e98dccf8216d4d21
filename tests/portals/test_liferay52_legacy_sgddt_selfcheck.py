"""Self-checks of the liferay52_legacy_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay52_legacy_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

COOKIE = f"JSESSIONID={portal.JSID}"
_JSID = re.compile(r";jsessionid=[0-9A-Za-z.]+")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.imgs: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style", "sup"):  # a bare superscript note call is no text
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        if tag in ("p", "br", "td", "li", "div", "tr", "h1", "h3", "span", "option"):
            self.chunks.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "sup") and self._skip:
            self._skip -= 1
        if tag in ("p", "td", "li", "div", "tr"):
            self.chunks.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return collapse("".join(self.chunks))


def parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def get(server: PortalServer, target: str, cookie: bool = True) -> tuple[int, str, dict]:
    headers = {"Cookie": COOKIE} if cookie else {}
    req = urllib.request.Request(server.url(target), headers=headers)
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _is_page(target: str) -> bool:
    path = urlsplit(target).path
    return not (
        path.startswith(("/image/", "/html/", "/sgddt-theme/", "/c/document_library/"))
        or re.search(r"\.(png|gif|jpg|css|js|ico|pdf)$", path)
    )


def crawl(server: PortalServer) -> tuple[set[str], set[str]]:
    """A browser-like walk over links from START_PATH: the first request carries no cookie,
    later ones do; ``;jsessionid=`` is taken off (a sensible crawler does). Returns the targets
    fetched (pages) and every raw href seen."""
    seen: set[str] = set()
    raw: set[str] = set()
    queue = [portal.START_PATH]
    first = True
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = get(server, target, cookie=not first)
        first = False
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        assert status == 200, target
        for href in parse(body).links:
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            local = parts.path + (f"?{parts.query}" if parts.query else "")
            raw.add(local)
            local = _JSID.sub("", local)
            if _is_page(local) and local not in seen:
                queue.append(local)
    return seen, raw


@pytest.fixture(scope="module")
def walked(server):
    return crawl(server)


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["title"][:40])
def test_gold_page(server, gold):
    status, body, _ = get(server, gold["path"])
    assert status == 200
    page = parse(body)
    text = page.text
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    srcs = [_html.unescape(s) for s in page.imgs]
    for img in gold["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in text
    # the date as printed: dd/mm/yyyy, GMT RFC 822, or the letterhead's words
    y, m, d = gold["published_at"][:10].split("-")
    forms = [f"{d}/{m}/{y}", f"ngày {d} tháng {int(m)} năm {y}", f"Dec {y}"]
    assert any(f in text for f in forms)
    assert portal.TODAY_LINE in text
    assert gold["category"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["title"][:40])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = get(server, alt)
        assert status == 200, alt
        assert gold["title"] in parse(body).text


def test_gold_reachable_from_start(walked):
    pages, _ = walked
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["title"]


def test_page2_only_articles(walked):
    """s5 and s6 are linked from page 2 of the listing only (plus friendly 'Các tin khác')."""
    _, raw = walked
    cat = portal.CATS["tin-tuc"]
    for story in (portal.S5, portal.S6):
        canonical = portal.canonical_url(story)
        assert "cur%3D2" in canonical
        assert canonical in raw
    assert portal.page_url(cat, 2) in raw


def test_non_articles_reachable(server, walked):
    pages, _ = walked
    for path in portal.NON_ARTICLES:
        status, _, _ = get(server, path)
        assert status == 200, path
        assert path in pages, path


def test_crawl_budget(walked):
    pages, _ = walked
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)


def test_session_ids_on_first_answer(server):
    status, body, headers = get(server, portal.START_PATH, cookie=False)
    assert status == 200
    assert "JSESSIONID=" in headers.get("Set-Cookie", "")
    assert ";jsessionid=" in body
    _, body2, headers2 = get(server, portal.START_PATH)
    assert ";jsessionid=" not in body2
    assert "Set-Cookie" not in headers2


def test_images_and_files(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, portal.DOCS[1][1])
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_redirects(server):
    for target in ("/", "/web/guest"):
        status, _, headers = fetch(server, target)
        assert status == 302 and headers["Location"] == "/web/guest/home"


def test_unknown_paths_404(server):
    cat = portal.CATS["tin-tuc"]
    for target in (
        "/web/guest/khong-ton-tai",
        "/index.php",
        "/web/guest/tin-tuc/-/asset_publisher/tT9x/content/khong-co-bai-nay",
        portal.view_url("tin-tuc", cat.inst, 3, "khong-co-bai-nay", "/web/guest/tin-tuc"),
        portal.page_url(cat, 9),
        "/web/guest/tin-tuc?foo=bar",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target
