"""Self-checks of the lektor_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import lektor_thpt as portal
from tests.portals._selfcheck import fetch

_FILE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".xml")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.images: list[str] = []
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.images.append(a["src"])
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return _norm(" ".join(self.chunks))


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def _parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


def _target(url: str) -> str:
    parts = urlsplit(url)
    path = quote(unicodedata.normalize("NFC", unquote(parts.path)), safe="/%:@!$&'()*+,;=-._~")
    return path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract_shape():
    assert portal.NAME == "lektor_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, _target(gold["path"]))
    assert status == 200
    page = _parse(body)
    text = page.text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    h1 = re.search(r'<h1 class="td-bv">(.*?)</h1>', body, re.S)
    assert h1 and _norm(h1.group(1)) == gold["title"]
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    assert gold["category"] in text
    # the printed day (and time) of publication
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    forms = (f"{d}/{m}/{y}", f"{int(d)} tháng {int(m)}, {y}", f"ngày {int(d)} tháng {int(m)} năm {y}")
    assert any(f in text for f in forms)
    if len(gold["published_at"]) > 10:
        assert gold["published_at"][11:16] + " — " in text
    # images: resolved against the page, served by the site
    resolved = {urlsplit(urljoin(server.url(gold["path"]), src)).path for src in page.images}
    for img in gold["images"]:
        assert img["path"] in resolved
        assert fetch(server, _target(img["path"]))[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    # the same article under its other URLs
    for alt in gold.get("alt_paths", []):
        alt_status, alt_body, _ = fetch(server, _target(alt))
        assert alt_status == 200 and alt_body == body


def test_gold_body_leaves_out_chrome_and_bylines():
    for gold in portal.GOLD:
        for line in ("Tin, ảnh:", "Đăng bởi", "Tệp đính kèm", "Xem thêm", "Nơi nhận", "Danh ngôn", "Theo Báo"):
            assert line not in gold["body"], (gold["path"], line)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    assert fetch(server, _target(path))[0] == 200


@pytest.mark.parametrize(
    "path",
    ["/khong-co/", "/tin-tuc/khong-co-bai-nay/", "/tin-tuc/page/9/", "/tin-tuc/tag/khong-co/", "/tin-tuc/x/anh-9.jpg"],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, _target(path))[0] == 404


def test_folder_without_slash_redirects(server):
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301
    assert headers["Location"] == server.url(gold["path"])


def test_everything_reachable_from_start_within_budget(server):
    start = server.url(portal.START_PATH)
    host = urlsplit(start).netloc
    seen = {_target(start)}
    queue = [_target(start)]
    reached: set[str] = set()
    linked_from: dict[str, set[str]] = {}
    requests = 0
    while queue:
        target = queue.pop(0)
        requests += 1
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _target(urljoin(server.url(target), headers["Location"]))
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        here = unicodedata.normalize("NFC", unquote(urlsplit(target).path))
        reached.add(here)
        for href in _parse(body).links:
            url = urljoin(server.url(target), href)
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue
            if parts.path.lower().endswith(_FILE_EXT):
                continue
            nxt = _target(url.split("#")[0])
            linked_from.setdefault(unicodedata.normalize("NFC", unquote(parts.path)), set()).add(here)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests
    # trap 3: one post is linked from page 3 of the blog and nowhere else
    assert linked_from["/tin-tuc/hoi-nghi-cbvc-nam-hoc-2026-2027/"] == {"/tin-tuc/page/3/"}


def test_tag_pages_link_index_html_and_tags_are_raw(server):
    status, body, _ = fetch(server, _target("/tin-tuc/tag/học sinh giỏi/"))
    assert status == 200
    assert 'href="/tin-tuc/ba-du-an-khkt-doat-giai-nhat/index.html"' in body
    assert 'href="/tin-tuc/tag/học sinh giỏi/"' in body


def test_nfd_post_is_printed_decomposed():
    gold = next(g for g in portal.GOLD if g["source"] == "Báo Quảng Trị")
    site = portal.build_site()
    from crawler.demo.server import Request

    body = site.respond(Request("GET", gold["path"], "", {"Host": "h"})).body
    assert unicodedata.normalize("NFD", gold["title"]) in body
    assert gold["title"] not in body
