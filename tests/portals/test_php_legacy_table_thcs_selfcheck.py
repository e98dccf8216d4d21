"""Self-checks of the php_legacy_table_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_legacy_table_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_STATIC_EXT = (".jpg", ".jpeg", ".gif", ".png", ".css", ".js", ".doc", ".pdf", ".swf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def fetch_raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def decode(body: bytes, headers: dict[str, str]) -> str:
    """As a browser would: the HTTP charset, else the meta charset, else UTF-8."""
    m = re.search(r"charset=([\w-]+)", headers.get("Content-Type", ""))
    if not m:
        m = re.search(rb"charset=([\w-]+)", body[:2048])
    charset = (m.group(1).decode() if isinstance(m.group(1), bytes) else m.group(1)) if m else "utf-8"
    return body.decode(charset, "replace")


def plain(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def get_page(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, headers = fetch_raw(server, target)
    return status, decode(body, headers)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.forms: list[dict] = []
        self._form: dict | None = None

    def handle_starttag(self, tag, attrs):
        attr = dict(attrs)
        if tag == "base" and attr.get("href"):
            self.base = attr["href"]
        elif tag == "a" and attr.get("href"):
            self.hrefs.append(attr["href"])
        elif tag == "form":
            self._form = {"method": (attr.get("method") or "get").lower(), "action": attr.get("action") or "", "fields": []}
            self.forms.append(self._form)
        elif (
            tag == "input"
            and self._form is not None
            and attr.get("name")
            and (attr.get("type") or "text").lower() in ("text", "hidden")
        ):
            self._form["fields"].append((attr["name"], attr.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def links_of(page_url: str, markup: str) -> list[str]:
    """Same-host targets a page links to, resolved against its ``<base href>``."""
    parser = _Links()
    parser.feed(markup)
    base = parser.base or page_url
    host = urlsplit(page_url).netloc
    found = []
    urls = [urljoin(base, h) for h in parser.hrefs]
    for form in parser.forms:
        if form["method"] == "get":
            action = urljoin(base, form["action"]).split("?")[0]
            urls.append(action + "?" + urlencode(form["fields"]))
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != host:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        found.append(target)
    return found


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk from START_PATH over links and GET forms: target -> pages linking it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = [portal.START_PATH]
    fetched = 0
    while queue:
        target = queue.pop(0)
        if target.lower().split("?")[0].endswith(_STATIC_EXT):
            continue
        status, markup = get_page(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in links_of(server.url(target), markup):
            if link not in seen:
                seen[link] = set()
                queue.append(link)
            seen[link].add(target)
    return seen, fetched


def by_id(record: dict) -> portal.Story:
    return portal.BY_ID[int(record["path"].rsplit("=", 1)[1])]


def test_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert portal.NAME == "php_legacy_table_thcs"
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, record):
    story = by_id(record)
    status, markup = get_page(server, record["path"])
    assert status == 200
    text = plain(markup)
    assert record["title"] in text
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    if record["summary"]:
        assert record["summary"] in text
    for img in record["images"]:
        assert 'src="' + img["path"].lstrip("/") in markup
        if img["caption"]:
            assert img["caption"] in text
    line = portal.date_line(story)
    if record["published_at"] is None:
        assert "Ngày đăng" not in text
    else:
        assert line and line in text
    # the breadcrumb of the bare URL names the gold category
    crumb = re.search(r'class="dd_link".*?</td>', markup, re.S).group(0)
    assert record["category"] in plain(crumb)
    # the fixed <title> never carries the headline
    assert record["title"] not in re.search(r"<title>(.*?)</title>", markup, re.S).group(1)


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, record):
    for alt in record.get("alt_paths", []):
        status, markup = get_page(server, alt)
        assert status == 200, alt
        assert record["title"] in plain(markup)
        assert record["body"].split("\n\n")[0].split(" | ")[0] in plain(markup)


def test_cross_post_breadcrumb_echoes_the_url(server):
    _, bare = get_page(server, "/index.php?mod=tintuc&act=chitiet&id=93")
    _, via_cat1 = get_page(server, "/index.php?mod=tintuc&act=chitiet&id=93&cat=1&page=1")
    crumb = lambda m: plain(re.search(r'class="dd_link".*?</td>', m, re.S).group(0))  # noqa: E731
    assert "Đoàn - Đội" in crumb(bare)
    assert "Tin tức - Sự kiện" in crumb(via_cat1)


def test_everything_reachable_from_start(crawl):
    seen, fetched = crawl
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
        for alt in record.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_page_two(crawl):
    seen, _ = crawl
    for sid in (84, 71, 66, 68):
        linkers = seen["/" + portal.art_url(sid)]
        assert linkers, sid
        assert all(re.search(r"act=danhsach&cat=\d&page=2$", t) for t in linkers), (sid, linkers)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, markup = get_page(server, path)
        assert status == 200, path
        assert "noidungchitiet" not in markup


def test_unknown_paths_404(server):
    for target in (
        "/khongco.php",
        "/index.php?mod=abc",
        "/index.php?mod=tintuc&act=danhsach&cat=9",
        "/trang/index.php",
        "/trang/trang/lienhe.html",
        "/tin-tuc/96.html",
    ):
        assert fetch(server, target)[0] == 404, target


def test_soft_404_of_deleted_article(server):
    status, markup = get_page(server, "/index.php?mod=tintuc&act=chitiet&id=12")
    assert status == 200
    assert "không tồn tại hoặc đã bị xóa" in markup
    assert portal.DELETED_TITLE not in plain(markup.split("TIN ĐỌC NHIỀU")[0])


def test_windows_1258_pages(server):
    for path in ("/index.php?mod=tintuc&act=chitiet&id=71", "/trang/lichsu.html"):
        status, body, headers = fetch_raw(server, path)
        assert status == 200
        assert "charset" not in headers["Content-Type"]
        assert b"charset=windows-1258" in body
        text = body.decode("cp1258")
        assert text != unicodedata.normalize("NFC", text)  # tone marks stay combining
    _, markup = get_page(server, "/index.php?mod=tintuc&act=chitiet&id=71")
    assert portal.BY_ID[71].title in plain(markup)


def test_listing_titles_cut_bytewise(server):
    status, body, _ = fetch_raw(server, "/index.php?mod=tintuc&act=danhsach&cat=1")
    assert status == 200
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert portal.BY_ID[96].title.encode()[:60] in body


def test_dates_as_printed():
    assert portal.date_line(portal.BY_ID[96]) == "Thứ năm, 03/12/2026 - 2:30 PM"
    assert portal.date_line(portal.BY_ID[68]).endswith("12:00 AM")
    assert portal.date_line(portal.BY_ID[84]) is None
