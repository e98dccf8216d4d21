"""Self-checks of the joomla3_helix3_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_helix3_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "img" and a.get("src"):
            self.srcs.append(a["src"])
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def parse(body: str) -> _Links:
    p = _Links()
    p.feed(body)
    return p


_INLINE = re.compile(r"</?(?:a|strong|em|b|i|u|span|sup|o:p)(?:\s[^>]*)?>", re.I)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)


def page_text(body: str) -> str:
    """The page's visible text: inline tags vanish, every other tag is a break."""
    s = _SCRIPT.sub(" ", body)
    # a bare superscript note number is no text (it would glue to the word: "XX1")
    s = re.sub(r"<sup>(?:<span[^>]*>)?\d+(?:</span>)?</sup>", "", s)
    s = _INLINE.sub("", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return collapse(_html.unescape(s))


def local_targets(page_path: str, body: str) -> list[str]:
    out = []
    for href in parse(body).hrefs:
        href = _html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_path, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over every local link from START_PATH: page -> links on it."""
    seen: dict[str, list[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, f"{target} -> {status}"
        links = local_targets(urlsplit(target).path, body)
        seen[target] = links
        for link in links:
            if link not in seen and not urlsplit(link).path.lower().endswith(STATIC_EXT):
                queue.append(link)
    return seen


def test_contract_shape():
    assert portal.NAME == "joomla3_helix3_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["body"] and g["title"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:20])
def test_gold_pages_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        assert f'<h2 itemprop="name">{_html.escape(gold["title"])}</h2>' in body, target


def test_gold_reachable_from_start(crawl):
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl, path


def test_crawl_within_budget(crawl):
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, len(crawl)


def test_some_articles_only_on_later_pages(crawl):
    for sid, listing in ((251, "/tin-tuc-su-kien?start=5"), (254, "/dao-tao-boi-duong?start=2")):
        path = portal.article_path(portal.BY_ID[sid])
        linking = {page for page, links in crawl.items() if path in links}
        own = {p for p in linking if p.startswith(path)}
        assert linking - own == {listing}, (sid, linking)


def _full_page(server, gold) -> str:
    target = gold["path"]
    if f"{target}?showall=1" in gold.get("alt_paths", []):
        target += "?showall=1"
    status, body, _ = fetch(server, target)
    assert status == 200
    return body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:20])
def test_gold_fields_on_page(server, gold):
    body = _full_page(server, gold)
    txt = page_text(body)
    for para in gold["body"].split("\n\n"):
        if "tuyensinh.tct@" in para:
            # the address is written by Joomla's cloaking script
            assert para.split("email:")[0].strip() in txt
            assert "'tuyensinh.tct' + '&#64;'" in body
            continue
        if " | " in para:  # a table row: its cells are printed one by one
            assert all(cell in txt for cell in para.split(" | ")), para
            continue
        assert para in txt, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt, name
    if gold["source"]:
        assert gold["source"] in txt
    srcs = parse(body).srcs
    for img in gold["images"]:
        assert img["path"] in srcs, img
        if img["caption"]:
            assert _html.escape(img["caption"]) in body or img["caption"] in txt
    day = gold["published_at"]
    if "T" in day:
        assert f'datetime="{day}" itemprop="datePublished"' in body
    else:
        y, m, d = day.split("-")
        assert f"{d} Tháng {int(m)} {y}" in txt or f"ngày {int(d)} tháng {int(m)} năm {y}" in txt
    assert _html.escape(gold["category"]) in body


def test_split_article_pages(server):
    story = portal.BY_ID[265]
    path = portal.article_path(story)
    _, p1, _ = fetch(server, path)
    _, p2, _ = fetch(server, path + "?start=1")
    assert "Cán bộ là cái gốc" in p1 and "Cán bộ là cái gốc" not in p2
    assert "Thứ ba, đổi mới" in p2 and "Thứ ba, đổi mới" not in p1
    assert "Trang 2 / 2" in p2
    assert fetch(server, path + "?start=2")[0] == 404


def test_print_and_duplicates_share_text(server):
    for gold in portal.GOLD:
        txt = page_text(_full_page(server, gold))
        first = gold["body"].split("\n\n")[0]
        for alt in gold.get("alt_paths", []):
            if "start=1" in alt:
                continue
            status, body, _ = fetch(server, alt)
            assert status == 200
            alt_txt = page_text(body)
            assert first in alt_txt or first in txt, alt
    _, body, _ = fetch(server, portal.print_path(portal.BY_ID[268]))
    assert 'name="robots" content="noindex, nofollow"' in body
    assert 'id="sp-right"' not in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "sp-main-body" in body


def test_static_and_pdf(server):
    status, _, headers = fetch(server, "/images/2026/12/khai-giang-k54-full.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/images/van-ban/2026/tb-245-tct.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/tin-tuc-su-kien/999-bai-viet-khong-co",
        "/thong-bao/268-khai-giang-lop-trung-cap",
        "/tin-tuc-su-kien?start=10",
        "/tin-tuc-su-kien?start=3",
        "/tin-tuc-su-kien/268-khai-giang?start=1",
        "/tin-tuc-su-kien/268-khai-giang?utm_source=fb",
        "/component/content/article/999-x?catid=8&Itemid=101",
        "/component/content/article/268-x?catid=9&Itemid=101",
        "/gioi-thieu/khong-co",
        "/?start=5",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_forms_post(server):
    import urllib.request

    from tests.portals._selfcheck import NO_REDIRECTS

    req = urllib.request.Request(
        server.url("/dao-tao-boi-duong"), data=b"limit=0&filter_order=&limitstart=", method="POST"
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        body = resp.read().decode()
    for sid in (267, 262, 254):
        assert portal.article_path(portal.BY_ID[sid]) in body
    req = urllib.request.Request(server.url("/tim-kiem"), data=b"searchword=abc", method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        assert resp.status == 200


def test_header_date_is_not_a_publication_date():
    assert not any(g["published_at"] and g["published_at"].startswith("2026-12-05") for g in portal.GOLD)
    assert re.search(r"Thứ Bảy, 05/12/2026", portal.HEADER_DATE)
