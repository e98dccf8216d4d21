"""Self-checks of the enetviet_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer, Request
from tests.portals import enetviet_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
INLINE = r"</?(?:sup|strong|em|b|i|u|span|a)\b[^>]*>"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible text of a page: comments, scripts and tags out, inline tags glued, NFC, collapsed."""
    s = re.sub(r"<!--.*?-->", "", markup, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", s, flags=re.S)
    s = re.sub(INLINE, "", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return collapse(_html.unescape(s))


def post_id(markup: str) -> str | None:
    m = re.search(r'data-post-id="(\d+)"', markup)
    return m.group(1) if m else None


def links(base: str, markup: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*?\shref="([^"]*)"', markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#", "enetviet:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(quote(target, safe="/%?=&-_.~:+,;"))  # as a browser sends it
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over <a href> from START_PATH: target -> (status, body)."""
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or unquote(target).lower().endswith(STATIC):
            continue
        status, body, _ = fetch(server, target)
        seen[target] = (status, body)
        if status == 200:
            for link in links(server.url(target), body):
                if link not in seen:
                    queue.append(link)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "enetviet_thcs"
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_has_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    h1 = re.search(r'<h1 class="tt-bv">(.*?)</h1>', body, re.S).group(1)
    assert collapse(_html.unescape(re.sub(r"<[^>]+>", "", h1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        srcs = [urlsplit(urljoin(server.url(gold["path"]), _html.unescape(s))).path
                for s in re.findall(r'<img src="([^"]+)"', body)]
        assert img["path"] in srcs
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in text
    crumbs = re.search(r'<ol class="breadcrumb[^"]*">(.*?)</ol>', body, re.S).group(1)
    assert gold["category"] in _html.unescape(crumbs)
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', body).group(1)
    assert urlsplit(canonical).path == gold["canonical_path"]


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        want = post_id(fetch(server, gold["path"])[1])
        for alt in gold.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200 and post_id(body) == want, alt


def test_every_gold_article_reachable(crawl):
    reached = {t for t, (status, _) in crawl.items() if status == 200}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]


def test_page_two_only_articles(crawl):
    """A3, B4, B5 are linked (by any URL) only from page 2 of a listing."""
    for st in (portal.A3, portal.B4, portal.B5):
        linking = [t for t, (status, body) in crawl.items()
                   if status == 200 and post_id(body) != str(st.id)
                   and re.search(rf'href="[^"]*-{st.id}[?"]', body)]
        assert linking and all("page=2" in t for t in linking), (st.id, linking)


def test_every_article_url_reached_is_gold_or_alt(crawl):
    known = {}
    for gold in portal.GOLD:
        for p in [gold["path"], *gold.get("alt_paths", [])]:
            known[p] = gold["path"]
    for target, (status, body) in crawl.items():
        if status == 200 and post_id(body):
            assert target in known, target
    # and every alt path is printed somewhere on the site
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            assert alt in crawl, alt


def test_non_articles(crawl, server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and post_id(body) is None, path
        assert path in crawl, path


def test_crawl_budget(crawl):
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)), len(crawl)


def test_header_clock_and_chrome(server):
    _, body, _ = fetch(server, portal.START_PATH)
    text = page_text(body)
    for bit in ("Thứ Bảy, 05/12/2026", "Đang online", "Tổng truy cập", "Tải ứng dụng eNetViet", "Xem thêm"):
        assert bit in text


@pytest.mark.parametrize(
    "target",
    [
        "/truong/1027345/khong-ton-tai",
        "/truong/999/",
        "/truong/1027345/tin-tuc/bai-viet-khong-co",
        "/truong/1027345/tin-tuc/bai-viet-999999",
        "/truong/1027345/danh-muc/thong-bao",
        "/truong/1027345/van-ban/42",
        "/truong/1027345/tin-tuc/%7B%7B%20item.slug%20%7D%7D-%7B%7B%20item.id%20%7D%7D",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_post_forms_expire(server):
    req = urllib.request.Request(server.url("/truong/1027345/lien-he"), data=b"ho_ten=x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        NO_REDIRECTS.open(req, timeout=10)
    assert err.value.code == 419


def test_text_encodings_are_the_trap_they_claim():
    """A4's h1 is NFD on the page; B3's text is entity-encoded; gold is NFC."""
    site = portal.build_site()

    def get(path):
        return site.respond(Request("GET", path, "", {"Host": "127.0.0.1"})).payload().decode()

    a4 = get(portal.clean_path(portal.A4))
    h1 = re.search(r'<h1 class="tt-bv">(.*?)</h1>', a4, re.S).group(1)
    assert h1 != unicodedata.normalize("NFC", h1)
    b3 = get(portal.clean_path(portal.B3))
    assert "&#7871;" in b3 or "&agrave;" in b3
    assert "mso-list:Ignore" in b3
