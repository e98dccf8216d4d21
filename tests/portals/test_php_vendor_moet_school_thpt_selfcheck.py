"""Self-checks of the php_vendor_moet_school_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_vendor_moet_school_thpt as portal
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """<base href>, link targets and GET forms of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.get_forms: list[tuple[str, list[tuple[str, str]]]] = []
        self._form: tuple[str, list[tuple[str, str]]] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get":
            self._form = (a.get("action") or "", [])
            self.get_forms.append(self._form)
        elif tag == "input" and self._form is not None and a.get("name"):
            self._form[1].append((a["name"], a.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def _links(page_url: str, body: str, honour_base: bool = True) -> list[str]:
    parser = _Links()
    parser.feed(body)
    base = urljoin(page_url, parser.base) if parser.base and honour_base else page_url
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "#", "mailto:", "tel:")):
            continue
        out.append(urljoin(base, href))
    for action, fields in parser.get_forms:
        query = "&".join(f"{k}={v}" for k, v in fields)
        out.append(urljoin(base, action) + ("?" + query if query else ""))
    return out


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _is_page(target: str) -> bool:
    return not target.startswith(("/upload/", "/templates/"))


def _crawl(server: PortalServer) -> tuple[dict[str, set[str]], int]:
    """BFS over same-host links from START_PATH: target -> pages linking to it; pages fetched."""
    host = urlsplit(server.base_url).netloc
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        assert fetched < 200, "crawl does not end"
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for url in _links(server.url(target), body):
            if urlsplit(url).netloc != host:
                continue
            t = _target(url)
            if not _is_page(t):
                continue
            if t not in seen:
                seen[t] = set()
                queue.append(t)
            seen[t].add(target)
    return seen, fetched


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def _visible(body: str) -> str:
    """The page's text: no tags, entities decoded, NFC, whitespace collapsed."""
    no_script = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", no_script))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain.replace("\xa0", " "))).strip()


def test_module_contract():
    assert portal.NAME == "php_vendor_moet_school_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        paras = g["body"].split("\n\n")
        assert len(paras) >= 3, g["path"]
        if g["summary"]:
            assert paras[0] == g["summary"]
    with open(portal.__file__, encoding="utf-8") as fh:
        source = fh.read()
    for root in ("home", "tmp", "work", "root"):
        assert f"/{root}/" not in source, root


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in _visible(body), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    page = _visible(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells are printed in order
            assert re.search(r"\s".join(re.escape(c) for c in para.split(" | ")), page), para
        else:
            assert para in page, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in page, name
    if gold["source"]:
        assert gold["source"] in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in page or f"ngày {d} tháng {m} năm {y}" in page
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in page
    for img in gold["images"]:
        assert f'"{img["path"].lstrip("/")}"' in body, img
        if img["caption"]:
            assert img["caption"] in page
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', body, re.S).group(1)
    assert gold["category"] in _visible(crumbs)
    # the canonical link names the gold path on every variant
    for target in [gold["path"], *gold.get("alt_paths", [])[:1]]:
        _, variant, _ = fetch(server, target)
        if "act=print" not in target:
            assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in variant


def test_every_gold_article_and_non_article_is_reachable(crawl):
    seen, fetched = crawl
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a sensible crawl stays within the README's budget
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_on_page_two(crawl):
    seen, _ = crawl
    for sid in (396, 388):
        path = portal.art_path(portal.BY_ID[sid])
        assert seen[path], path
        for referrer in seen[path]:
            assert "page=2" in referrer, (path, referrer)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "nd-chitiet" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/tin-tuc/tin-tuc/hoc-sinh-nha-truong-dat-52-giai-tai-ky-thi-chon-hoc-sinh-gioi-thanh-pho-lop-12-n431.html",
        "/tin-tuc/bai-viet-khong-co-n431.html",
        "/tin-tuc/abc-n999.html",
        "/index.php?mod=news&act=detail&id=999",
        "/index.php?mod=news&cat=77",
        "/tin-tuc/sai-slug-c2.html",
        "/lich-cong-tac-tuan.html?tuan=51",
        "/upload/files/khong-co.pdf",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target


def test_base_href_trap(server):
    """Links resolved against the page's own path (ignoring <base>) lead to 404s."""
    page = portal.cat_path(2)
    status, body, _ = fetch(server, page)
    assert status == 200
    naive = [
        _target(u)
        for u in _links(server.url(page), body, honour_base=False)
        if re.search(r"-n\d+\.html$", u)
    ]
    assert naive and all(t.startswith("/tin-tuc/tin-tuc/") for t in naive)
    status, _, _ = fetch(server, naive[0])
    assert status == 404


def test_lazy_images_and_counters(server):
    gold = GOLD_BY_PATH[portal.art_path(portal.BY_ID[415])]
    _, first, _ = fetch(server, gold["path"])
    _, second, _ = fetch(server, gold["path"])
    assert first != second  # "Lượt xem" and the visitor counter grow
    assert f'src="{portal.PLACEHOLDER}" data-original="{gold["images"][0]["path"].lstrip("/")}"' in first
    views = [int(re.search(r"Lượt xem: ([\d.]+)", b).group(1).replace(".", "")) for b in (first, second)]
    assert views[1] == views[0] + 1


def test_non_article_list_items(server):
    status, _, headers = fetch(server, "/upload/files/ke-hoach-kiem-tra-giua-hk1-2026-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, page2, _ = fetch(server, portal.cat_path(2, 2))
    assert "https://moet.gov.vn/tintuc/" in page2


def test_sapo_printed_twice_and_nfd(server):
    gold = GOLD_BY_PATH[portal.art_path(portal.BY_ID[396])]
    _, body, _ = fetch(server, gold["path"])
    assert _visible(body).count(gold["summary"]) == 2
    assert gold["body"].count(gold["summary"]) == 1
    gold = GOLD_BY_PATH[portal.art_path(portal.BY_ID[420])]
    _, body, _ = fetch(server, gold["path"])
    assert unicodedata.normalize("NFD", gold["title"]) in _html.unescape(body)
    heading = re.search(r'<h2 class="tde-chitiet">(.*?)</h2>', body).group(1)
    assert heading == unicodedata.normalize("NFD", gold["title"]) != gold["title"]
