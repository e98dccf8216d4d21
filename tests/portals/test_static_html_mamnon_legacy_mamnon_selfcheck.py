"""Self-checks of the static_html_mamnon_legacy_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import static_html_mamnon_legacy_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_PAGE_EXT = (".html", ".htm", "/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def decode(data: bytes) -> str:
    """As a browser reads it: the BOM first, else the page's <meta> charset (IIS sends none)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    m = re.search(rb'charset=([\w-]+)"', data[:1024])
    charset = m.group(1).decode() if m else "utf-8"
    return unicodedata.normalize("NFC", data.decode(charset))


_INLINE = re.compile(r"</?(?:b|i|u|font|span|a|strong|em|o:p)\b[^>]*>", re.I)


def visible(page: str) -> str:
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    page = re.sub(r"<(script|style|title)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = _INLINE.sub("", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def links(base: str, page: str) -> list[str]:
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    found = re.findall(r'href="([^"]+)"', page, flags=re.I)
    found += re.findall(r'content="\d+;\s*URL=([^"]+)"', page, flags=re.I)
    out = []
    for link in found:
        absolute = urljoin("http://fixture.invalid" + base, _html.unescape(link))
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or parts.scheme != "http":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(_PAGE_EXT):
            out.append(target)
    return out


def crawl(server: PortalServer) -> tuple[set[str], int]:
    seen: set[str] = set()
    queue = [portal.START_PATH]
    ok: set[str] = set()
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, data, headers = raw(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        ok.add(target)
        queue.extend(links(target, decode(data)))
    return ok, len(seen)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["body"] and 3 <= g["body"].count("\n\n") + 1 <= 12, g["path"]


def test_gold_pages_answer_with_their_headline(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, data, headers = raw(server, target)
            assert status == 200, target
            assert "charset" not in headers.get("Content-Type", "")
            assert g["title"] in visible(decode(data)), target


def test_title_tag_is_not_the_headline_on_copied_pages(server):
    stale = 0
    for g in portal.GOLD:
        page = decode(raw(server, g["path"])[1])
        tag = re.search(r"<title>(.*?)</title>", page, flags=re.S).group(1)
        stale += collapse(_html.unescape(tag)) != g["title"]
    assert stale >= 10


def test_gold_fields_are_on_the_page(server):
    for g in portal.GOLD:
        page = decode(raw(server, g["path"])[1])
        shown = visible(page)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in shown, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in shown, (g["path"], name)
        if g["source"]:
            assert g["source"] in shown
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        srcs = [
            urlsplit(urljoin("http://fixture.invalid" + g["path"], s)).path
            for s in re.findall(r'<img[^>]*src="([^"]+)"', page)
        ]
        for img in g["images"]:
            assert img["path"] in srcs, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in shown
        if g["published_at"]:
            y, m, d = g["published_at"][:10].split("-")
            assert any(
                form in shown
                for form in (f"{d}/{m}/{y}", f"{d}.{m}.{y}", f"{d}/{m}/{y[2:]}", f"ngày {d} tháng {m} năm {y}")
            ), g["path"]
        # the commented-out leftovers of the copied template are no text
        assert "Trung thu 2025" not in g["body"]


def test_no_date_page_prints_no_date_of_its_own(server):
    g = next(g for g in portal.GOLD if g["published_at"] is None)
    shown = visible(decode(raw(server, g["path"])[1]))
    head = shown.split("Các tin khác")[0]
    assert not re.search(r"\d{2}/\d{2}/20\d\d", head.split(g["title"])[1])


def test_encodings(server):
    _, data, _ = raw(server, "/2026/khamsuckhoe.htm")
    assert b"charset=windows-1258" in data
    text = data.decode("cp1258")
    assert unicodedata.normalize("NFC", text) != text  # tone marks stored as combining characters
    _, data, _ = raw(server, "/2026/vuonrau.html")
    assert data.startswith(b"\xef\xbb\xbf") and b"charset=windows-1252" in data
    _, data, _ = raw(server, "/2026/hoinghi-vc.html")
    assert b"&#7897;" in data or b"&#7841;" in data


def test_every_gold_article_is_reachable_and_crawl_is_bounded(server):
    ok, requested = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert requested <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_behind_page_two(server):
    front = set()
    for target in ("/", "/index.html", "/tintuc.html"):
        front.update(urlsplit(x).path.lower() for x in links(target, fetch(server, target)[1]))
    hidden = [g["path"] for g in portal.GOLD if g["path"].lower() not in front]
    assert len(hidden) >= 4


def test_duplicates_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert body == fetch(server, g["path"])[1]


def test_renamed_file_is_a_meta_refresh_stub(server):
    status, body, _ = fetch(server, "/2026/2011.html")
    assert status == 200 and 'content="0;URL=ngay-20-11.html"' in body
    assert "/2026/2011.html" in links("/index.html", fetch(server, "/index.html")[1])


def test_non_articles_and_404s(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in ("/tintuc4.html", "/2026/khong-co.html", "/2025/trungthu2025.html", "/2026/tintuc.html"):
        assert fetch(server, path)[0] == 404, path
