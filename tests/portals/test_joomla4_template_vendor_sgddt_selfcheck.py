"""Self-checks of the joomla4_template_vendor_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import base64
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_template_vendor_sgddt as portal
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


class _Page(HTMLParser):
    """Text (with joomla-hidden-mail decoded as the browser shows it), links, images, base, h1."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.links: list[str] = []
        self.forms: list[tuple[str, str]] = []
        self.imgs: list[str] = []
        self.chunks: list[str] = []
        self.h1: list[str] = []
        self._in_h1 = False
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href") and self.base is None:
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.forms.append(((a.get("method") or "get").lower(), a.get("action") or ""))
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])
        elif tag in ("script", "style"):
            self._skip += 1
        elif tag == "joomla-hidden-mail":
            self.chunks.append(base64.b64decode(a["text"]).decode())
            self._skip += 1
        elif tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag):
        if tag in ("script", "style", "joomla-hidden-mail"):
            self._skip -= 1
        elif tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._skip:
            return
        self.chunks.append(data)
        if self._in_h1:
            self.h1.append(data)

    @property
    def text(self) -> str:
        return _norm(" ".join(self.chunks))

    @property
    def title(self) -> str:
        return _norm(" ".join(self.h1))


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def _parse(body: str) -> _Page:
    page = _Page()
    page.feed(body)
    return page


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server, target: str) -> tuple[int, _Page, str]:
    status, body, _ = fetch(server, target)
    return status, _parse(body), body


def _local(server, page: _Page, page_target: str, href: str) -> str | None:
    """The same-host target a browser opens for ``href`` (the page's <base href> honoured)."""
    base = urljoin(server.url(page_target), page.base) if page.base else server.url(page_target)
    absolute = urljoin(base, href.strip())
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server) -> tuple[set[str], int]:
    seen: set[str] = set()
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        if re.search(r"\.(jpg|png|gif|ico|pdf|css|js)$", urlsplit(target).path, re.I):
            continue
        status, page, _ = _get(server, target)
        pages += 1
        if status != 200:
            continue
        hrefs = list(page.links) + [action for method, action in page.forms if method == "get"]
        for href in hrefs:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            nxt = _local(server, page, target, href)
            if nxt and nxt.split("#")[0] not in seen:
                queue.append(nxt.split("#")[0])
    return seen, pages


# --- the contract ------------------------------------------------------------------------------


def test_module_contract():
    assert portal.NAME == "joomla4_template_vendor_sgddt"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == len(set(alts)) and not set(alts) & set(GOLD_BY_PATH)
    for g in portal.GOLD:
        assert g["body"] and 3 <= len(g["body"].split("\n\n")) <= 14
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source


def test_gold_pages_and_variants_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, page, _ = _get(server, target)
            assert status == 200, target
            assert page.title == g["title"], target


def test_everything_reachable_from_start_within_budget(server):
    seen, pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    linked_alts = [a for g in portal.GOLD for a in g.get("alt_paths", []) if "hitcount" not in a]
    for alt in linked_alts:
        assert alt in seen, alt
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_gold_fields_are_on_the_page(server):
    for g in portal.GOLD:
        target = g["path"]
        if any("showall=1" in a for a in g.get("alt_paths", [])):
            target = next(a for a in g["alt_paths"] if "showall=1" in a)
        status, page, _ = _get(server, target)
        assert status == 200
        txt = page.text
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in txt, (g["path"], piece)
        assert "bảo vệ từ spambots" not in " ".join(g["body"].split("\n\n"))
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in txt
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in txt or f"ngày {d} tháng {m} năm {y}" in txt, g["path"]
        if "T" in g["published_at"]:
            assert f"{d}/{m}/{y} {g['published_at'][11:16]}" in txt
        resolved = {_local(server, page, target, src) for src in page.imgs}
        resolved = {r.split("#")[0] for r in resolved if r}
        for img in g["images"]:
            assert img["path"] in resolved, (g["path"], img["path"])
            assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in txt
        assert "Đăng bởi: Ban biên tập" in txt


def test_pagebreak_pages_split_the_text(server):
    g = next(g for g in portal.GOLD if any("showall" in a for a in g.get("alt_paths", [])))
    paras = g["body"].split("\n\n")
    _, first, _ = _get(server, g["path"])
    _, second, _ = _get(server, next(a for a in g["alt_paths"] if "start=1" in a))
    assert paras[1] in first.text and paras[-1] not in first.text
    assert paras[-1] in second.text and paras[1] not in second.text
    assert "Mục lục bài viết" in first.text and "Trang 1 / 2" in first.text


def test_some_articles_only_on_page_two(server):
    hidden = ["/tin-tuc-su-kien/hoat-dong-nganh/1266-", "/tin-tuc-su-kien/hoat-dong-nganh/1258-", "/thong-bao/1260-"]
    page_one = ["/", "/tin-tuc-su-kien.html", "/tin-tuc-su-kien/hoat-dong-nganh.html", "/thong-bao.html"]
    page_two = ["/tin-tuc-su-kien.html?start=6", "/tin-tuc-su-kien/hoat-dong-nganh.html?start=4", "/thong-bao.html?start=3"]
    for target in page_one + [g["path"] for g in portal.GOLD]:
        _, body, _ = fetch(server, target)
        for prefix in hidden:
            if not target.startswith(prefix):
                assert prefix[1:] not in body, (target, prefix)
    found = "".join(fetch(server, t)[1] for t in page_two)
    for prefix in hidden:
        assert prefix in found


def test_intro_hidden_on_article_page(server):
    story = portal.BY_ID[1258]
    _, blog, _ = _get(server, "/tin-tuc-su-kien/hoat-dong-nganh.html?start=4")
    _, art, _ = _get(server, portal.apath(story))
    intro = _norm(story.opts["intro"])
    assert intro in blog.text
    assert intro not in art.text
    assert GOLD_BY_PATH[portal.apath(story)]["summary"] is None


def test_relative_links_need_the_base(server):
    # a related-list link resolved against the article's own URL (ignoring <base>) is a 404
    g = GOLD_BY_PATH[portal.apath(portal.BY_ID[1287])]
    _, page, body = _get(server, g["path"])
    assert page.base and 'href="tin-tuc-su-kien/hoat-dong-nganh/' in body
    rel = next(h for h in page.links if h.startswith("tin-tuc-su-kien/hoat-dong-nganh/1"))
    wrong = urlsplit(urljoin(server.url(g["path"]), rel)).path
    assert fetch(server, wrong)[0] == 404
    wrong_img = urlsplit(urljoin(server.url(g["path"]), "images/tin-tuc/2026/12/hoi-thi-gvdg-thpt-2.jpg")).path
    assert fetch(server, wrong_img)[0] == 404


def test_machine_dates_are_utc_without_zone(server):
    _, body, _ = fetch(server, portal.apath(portal.BY_ID[1266]))
    assert 'itemprop="datePublished" content="2026-11-02 23:40:00"' in body
    assert "03/11/2026 06:40" in body


def test_non_articles_and_unknown_paths(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    assert fetch(server, "/tin-tuc-su-kien.html?format=feed&type=rss")[0] == 200
    for path in [
        "/khong-co-trang-nay.html",
        "/tin-tuc-su-kien/hoat-dong-nganh/9999-khong-co.html",
        "/tin-tuc-su-kien/hoat-dong-nganh.html?start=40",
        "/thong-bao/1290-sai-alias.html",
        "/van-ban/1-khong-co.html",
        "/lich-cong-tac.html?tuan=51",
    ]:
        assert fetch(server, path)[0] == 404, path
    status, body, _ = fetch(server, "/" + portal.DEAD_FOCUS)
    assert status == 404 and "Không tìm thấy bài viết" in body and "Tin xem nhiều" not in body
