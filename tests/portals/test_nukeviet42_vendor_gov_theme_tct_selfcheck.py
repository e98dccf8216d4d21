"""Self-checks of the nukeviet42_vendor_gov_theme_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet42_vendor_gov_theme_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, quote(target, safe="/?&=%:;,+-._~"))


def nfc(value: str) -> str:
    return collapse(unicodedata.normalize("NFC", value))


class _Text(HTMLParser):
    """Visible text of a fragment (script/style skipped), blocks separated by newlines."""

    BLOCKS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "br", "figcaption", "blockquote", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "td":
            self.parts.append(" | ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_lines(fragment: str) -> list[str]:
    parser = _Text()
    parser.feed(fragment)
    lines = "".join(parser.parts).split("\n")
    out = []
    for line in lines:
        line = nfc(line).strip(" |")
        if line:
            out.append(line)
    return out


def body_container(page: str) -> str:
    start = page.index('<div id="news-bodyhtml"')
    end = page.index('<div class="tg-ng"', start) if '<div class="tg-ng"' in page[start:] else None
    if end is None:
        end = page.index("</div>\n</div>", start)
    return page[start:end]


def h1_of(page: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    assert m, "no h1"
    return nfc(_html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def links(page: str, base: str) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]+)"', page):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        target = unquote(parts.path) + (f"?{parts.query}" if parts.query else "")
        if target.lower().split("?")[0].endswith(STATIC_EXT):
            continue
        out.append(target)
    return out


def crawl(server: PortalServer) -> tuple[set[str], int, dict[str, list[str]]]:
    """Breadth-first over <a href> from START_PATH, redirects followed; page requests counted."""
    seen: set[str] = set()
    queue = [portal.START_PATH]
    requests = 0
    outlinks: dict[str, list[str]] = {}
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = get(server, target)
        requests += 1
        if status in (301, 302):
            loc = unquote(urlsplit(urljoin(server.url("/"), headers["Location"])).path)
            queue.append(loc)
            continue
        if status != 200:
            continue
        found = links(body, server.url(target))
        outlinks[target] = found
        queue.extend(t for t in found if t not in seen)
    return seen, requests, outlinks


GOLD_IDS = {g["path"]: int(re.search(r"-(\d+)\.html$", g["path"]).group(1)) for g in portal.GOLD}


def test_shape():
    assert portal.NAME == "nukeviet42_vendor_gov_theme_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for story in portal.STORIES:
        paras = [p for p in story.paragraphs if p]
        assert 3 <= len(paras) <= 13, story.id


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: str(GOLD_IDS[g["path"]]))
def test_gold_page(server, gold):
    status, page, _ = get(server, gold["path"])
    assert status == 200
    assert h1_of(page) == gold["title"]
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page
    story = portal.BY_ID[GOLD_IDS[gold["path"]]]
    body_lines = visible_lines(body_container(page))
    flat = "\n".join(body_lines)
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        assert paragraphs[0] == gold["summary"]
        m = re.search(r'<div class="hometext">(.*?)</div>', page, re.S)
        assert m and nfc(_html.unescape(m.group(1))) == gold["summary"]
        paragraphs = paragraphs[1:]
    for para in paragraphs:
        if " | " in para:
            assert para in body_lines, para
        else:
            assert para in body_lines or para in flat, para
    # the printed date line or the letterhead
    if story.id == 1181:
        assert "Quảng Ngãi, ngày 26 tháng 11 năm 2026" in page
        assert gold["published_at"] == "2026-11-26"
    else:
        day, time = gold["published_at"][:10], gold["published_at"][11:16]
        y, mo, d = day.split("-")
        assert f"{d}/{mo}/{y} {time}</span>" in page
    # the lying meta tag (trap 3)
    assert re.search(r'article:published_time" content="\d{4}-\d\d-\d\d\+07\d\d:\d\d:00"', page)
    for img in gold["images"]:
        assert f'"{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in nfc(_html.unescape(page))
    text = nfc(_html.unescape(page))
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f">{gold['source']}</a>" in text
    assert gold["category"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: str(GOLD_IDS[g["path"]]))
def test_alt_paths(server, gold):
    for alt in gold.get("alt_paths", []):
        status, page, headers = get(server, alt)
        if status == 301:
            assert headers["Location"] == gold["canonical_path"]
        else:
            assert status == 200, alt
            assert h1_of(page) == gold["title"]


def test_reachable_and_bounded(server):
    seen, requests, outlinks = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests
    # some articles only from page 2+ of a listing (not on the home page or any first page)
    first_pages = ["/", "/vi/", "/vi/news/", *(f"/vi/news/{c}/" for c in portal.CATS)]
    shallow = {t for p in first_pages for t in outlinks.get(p, [])}
    for ident in (1171, 1166, 1158, 1149, 1140):
        assert not any(t.endswith((f"-{ident}.html", f"-{ident}")) for t in shallow), ident
    # 1149 sits on page 3 under its new alias
    assert portal.article_path(portal.BY_ID[1149]) in outlinks["/vi/news/tin-hoat-dong/page-3/"]


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = get(server, path)
        assert status == 200, path
        assert 'id="news-bodyhtml"' not in page


@pytest.mark.parametrize(
    "target",
    [
        "/nope.html",
        "/vi/news/khong-ton-tai/",
        "/vi/news/tin-hoat-dong/page-4/",
        "/vi/news/tin-hoat-dong/page-1/",
        "/vi/news/tin-hoat-dong/bai-khong-co-9999.html",
        "/vi/news/thong-bao/khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-87-he-khong-tap-trung-tai-dang-uy-phuong-truong-quang-trong-1187.html",
        "/vi/news/tag/khong-co-tag",
        "/index.php?language=vi&nv=news&op=thong-bao/abc-1",
    ],
)
def test_unknown_404(server, target):
    assert get(server, target)[0] == 404


def test_traps_present(server):
    # lazy images: placeholder src, photo in data-original
    _, page, _ = get(server, portal.article_path(portal.BY_ID[1187]))
    assert 'data-original="/uploads/news/2026_12/khai-giang-k87-1.jpg"' in page
    assert 'src="/assets/news/2026_12/khai-giang-k87-1.jpg"' in page
    # Word debris inside the text container
    _, page, _ = get(server, portal.article_path(portal.BY_ID[1179]))
    assert "table.MsoNormalTable" in body_container(page)
    # the repeated lead
    _, page, _ = get(server, portal.article_path(portal.BY_ID[1183]))
    assert nfc(_html.unescape(body_container(page))).count("Chiều 30/11") == 1
    # the byline box and "Xem thêm" sit inside #news-bodyhtml
    start = page.index('<div id="news-bodyhtml"')
    assert start < page.index("Tác giả:") < page.index("Xem thêm", start) < page.index("Những tin cũ hơn")
    # NFD title and entity-encoded text
    _, page, _ = get(server, portal.article_path(portal.BY_ID[1166]))
    assert unicodedata.normalize("NFD", "Khoa Xây dựng Đảng") in page
    _, page, _ = get(server, portal.article_path(portal.BY_ID[1140]))
    assert re.search(r"&#\d{4};", body_container(page))
    # the cut titles of the home page
    _, page, _ = get(server, "/")
    assert "năm 2026 và...</a>" in page
    # the cached related list: old title, old alias (301)
    _, page, _ = get(server, portal.article_path(portal.BY_ID[1158]))
    assert "toa-dam-khoa-hoc-vai-tro-cua-can-bo-co-so-1149.html" in page
    assert "Tọa đàm khoa học về vai trò của cán bộ cơ sở" in page
