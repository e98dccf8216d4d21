"""Self-checks of the frappe_blog_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import frappe_blog_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SKIP_PREFIXES = ("/files/", "/assets/", "/api/", "/website_script.js")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def norm_target(target: str) -> str:
    """One spelling per URL: NFC, percent-encoded path, query kept."""
    parts = urlsplit(target)
    path = quote(unicodedata.normalize("NFC", unquote(parts.path)), safe="/")
    query = quote(unquote(parts.query), safe="=&%+/") if parts.query else ""
    return path + (f"?{query}" if query else "")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[tuple[str, str, list[tuple[str, str]]]] = []
        self._form: tuple[str, str, list[tuple[str, str]]] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = ((a.get("method") or "get").lower(), a.get("action") or "", [])
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None and a.get("name"):
            self._form[2].append((a["name"], a.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def outlinks(page_url: str, body: str, *, forms: bool = True) -> list[str]:
    parser = _Links()
    parser.feed(body)
    base = "http://fixture.invalid" + page_url
    found = list(parser.links)
    if forms:
        for method, action, fields in parser.forms:
            if method == "get":  # a GET form replaces the action's query with its fields
                found.append(urljoin(base, action).split("?", 1)[0] + "?" + urlencode(fields))
    out = []
    for link in found:
        absolute = urljoin(base, link)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(SKIP_PREFIXES):
            continue
        out.append(norm_target(target))
    return out


def crawl(server, *, forms: bool = True, limit: int = 200) -> dict[str, tuple[int, str]]:
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(norm_target(loc.path + (f"?{loc.query}" if loc.query else "")))
            continue
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(t for t in outlinks(target, body, forms=forms) if t not in seen)
    return seen


def page_text(markup: str) -> str:
    """The text a reader sees, one collapsed string (Word markers and bare note calls dropped)."""
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    s = re.sub(r"(?is)<sup><a [^>]*>\d+</a></sup>", "", s)
    s = re.sub(r"(?s)<span style='mso-list:Ignore'>.*?</span></span>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</?(p|div|li|h\d|tr|td|th|table|ul|ol|blockquote|section|article|header|footer|nav)\b[^>]*>", " ", s)
    s = re.sub(r"<[^>]*>", "", s)
    return collapse(_html.unescape(s))


def article_region(markup: str) -> str:
    start = markup.index('<article class="blog-content"')
    end = markup.index("<!-- end blog content -->")
    return markup[start:end]


GOLD_IDS = [g["path"] for g in portal.GOLD]


def test_contract_shape():
    assert portal.NAME == "frappe_blog_thpt"
    assert len(portal.GOLD) == 13
    assert len(set(GOLD_IDS)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"].startswith(g["summary"] or "")
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")


@pytest.mark.parametrize("gold", portal.GOLD, ids=GOLD_IDS)
def test_gold_page_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert gold["title"] in page_text(body)
    for alt in gold.get("alt_paths", []):
        alt_status, alt_body, _ = fetch(server, alt)
        assert alt_status == 200, alt
        assert gold["title"] in page_text(alt_body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=GOLD_IDS)
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    region = article_region(body)
    text = page_text(region)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text or name in page_text(body)
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in region
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in page_text(body)
    day = gold["published_at"][:10]
    y, m, d = (int(x) for x in day.split("-"))
    assert f"{d} thg {m}, {y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    canon = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert norm_target(urlsplit(_html.unescape(canon)).path) == gold["canonical_path"]


def test_chrome_is_not_gold_body():
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for chrome in (
        "Tệp đính kèm", "Nơi nhận", "KT. HIỆU TRƯỞNG", "Xem thêm", "#DoanTruongNVC", "Tin, ảnh:",
        "Theo Báo Huế", "Đội tuyển nhà trường nhận giải Nhất toàn đoàn", "Chúc mừng các em",
        "Tổ trưởng Tổ Ngữ văn", "CỘNG HÒA", "Về việc tổ chức", "·",
    ):
        assert chrome not in bodies, chrome


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    reached = {t for t, (status, _) in seen.items() if status == 200}
    for gold in portal.GOLD:
        assert {gold["path"], *gold.get("alt_paths", [])} & reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(seen)


def test_page_two_only_behind_the_load_more_form(server):
    seen = crawl(server, forms=False)
    last = next(g for g in portal.GOLD if g["title"].startswith("Trang bị kỹ năng"))
    assert last["path"] not in seen
    assert "/blog?start=5" not in seen


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="blog-content"' not in body


@pytest.mark.parametrize(
    "path",
    ["/khong-co-trang-nay", "/blog/tin-tuc-su-kien/khong-ton-tai", "/blog/khong-co-chuyen-muc", "/van-ban/xyz"],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_old_route_redirects_and_app_asks_login(server):
    status, _, headers = fetch(server, "/blog/tin-tuc/hoi-thi-net-dep-phu-nu-nguyen-van-cu")
    assert status == 301
    assert headers["Location"] == portal.wire_path(portal.S11)
    status, _, headers = fetch(server, "/app")
    assert status == 302 and headers["Location"].startswith("/login?")


def test_listing_pages_and_api(server):
    first = page_text(fetch(server, "/blog")[1])
    second = page_text(fetch(server, "/blog?start=5")[1])
    third = page_text(fetch(server, "/blog?start=10")[1])
    assert portal.S1.title in first and portal.S6.title in second and portal.S13.title in third
    status, body, headers = fetch(
        server, "/api/method/frappe.www.list.get?doctype=Blog+Post&limit_start=10&pathname=%2Fblog"
    )
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    data = json.loads(body)["message"]
    assert len(data["result"]) == 3 and data["show_more"] is False


def test_nfd_article_and_unicode_route(server):
    _, body, _ = fetch(server, portal.GOLD[6]["path"])
    assert unicodedata.normalize("NFD", "Áo ấm mùa đông") in body
    assert "Áo ấm mùa đông" not in body
    _, listing, _ = fetch(server, "/blog/thong-bao")
    assert 'href="/blog/thong-bao/thông-báo-lịch-kiểm-tra' in listing


def test_gold_images_and_attachment_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img["path"]
    status, _, headers = fetch(server, "/files/TB-215-lich-kiem-tra-HKI-2026-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
