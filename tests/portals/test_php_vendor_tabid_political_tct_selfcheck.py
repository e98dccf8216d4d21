"""Self-checks of the php_vendor_tabid_political_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_vendor_tabid_political_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """hrefs of <a>, GET forms' actions with their fields, and the <base href>."""

    def __init__(self) -> None:
        super().__init__()
        self.base: str | None = None
        self.hrefs: list[str] = []
        self._form: list[tuple[str, str]] | None = None
        self._action = ""
        self.forms: list[tuple[str, list[tuple[str, str]]]] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "base" and d.get("href") and self.base is None:
            self.base = d["href"]
        elif tag == "a" and d.get("href"):
            self.hrefs.append(d["href"])
        elif tag == "form" and (d.get("method") or "get").lower() == "get" and d.get("action") not in (None, "#"):
            self._form, self._action = [], d["action"]
        elif tag == "input" and self._form is not None and d.get("name"):
            self._form.append((d["name"], d.get("value") or ""))

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            self.forms.append((self._action, self._form))
            self._form = None


def _targets(page_url: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    base = urljoin(page_url, parser.base) if parser.base else page_url
    out = []
    raw = list(parser.hrefs)
    for action, fields in parser.forms:
        raw.append(action + "?" + "&".join(f"{k}={v}" for k, v in fields))
    for href in raw:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc != urlsplit(page_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda target: False) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for nxt in _targets(server.url(target), body):
            if nxt not in seen and not skip(nxt) and len(seen) < 400:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def _page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_shape():
    assert portal.NAME == "php_vendor_tabid_political_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [p for g in portal.GOLD for p in [g["path"], *g.get("alt_paths", [])]]
    assert len(paths) == len(set(paths))
    for g in portal.GOLD:
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert 3 <= len(g["body"].split("\n\n")) <= 14


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-10:])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _page_text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for img in gold["images"]:
            assert img["path"].lstrip("/") in body, (target, img)
            assert fetch(server, img["path"])[0] == 200
        if img_caps := [i["caption"] for i in gold["images"] if i["caption"]]:
            for cap in img_caps:
                assert cap in text
    status, body, _ = fetch(server, gold["path"])
    text = _page_text(body)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].startswith(gold["summary"])
    day = gold["published_at"][:10]
    assert f"{day[8:10]}/{day[5:7]}/{day[:4]}" in text
    assert 'rel="canonical" href="http://' in body and gold["canonical_path"] in body
    assert gold["category"] in text


def test_traps_are_in_place(server):
    # base href: the relative links only resolve right with it
    g = portal.GOLD[0]
    _, body, _ = fetch(server, g["path"])
    assert "<base href=" in body
    assert fetch(server, "/tin-tuc/index.php?module=3&cat=12&news=318")[0] == 404
    assert fetch(server, "/tin-tuc/upload/news/2026_12/khaigiang-huongkhe-1.jpg")[0] == 404
    # lazyload placeholder
    assert 'src="images/grey.gif" data-original="upload/news/' in body
    # h1 is the banner
    assert re.findall(r"<h1>(.*?)</h1>", body, re.S) == ['<a href="./">TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</a>']
    # the double-escaped title in <title>, right in the headline
    _, body315, _ = fetch(server, "/index.php?module=3&cat=12&news=315")
    assert "<title>Hội thảo khoa học &amp;quot;Nâng cao" in body315
    assert '<div class="tde_ct">Hội thảo khoa học &quot;Nâng cao' in body315
    # soft 404 for the deleted item
    status, soft, _ = fetch(server, "/index.php?module=3&cat=12&news=287")
    assert status == 200 and "không tồn tại" in soft
    # the cross-cat URL prints another breadcrumb
    _, cross, _ = fetch(server, "/index.php?module=3&cat=13&news=318")
    assert '<li class="active"><a href="index.php?module=3&amp;cat=13">Đào tạo - Bồi dưỡng' in cross
    # pager: page 4 is an empty list
    status, p4, _ = fetch(server, "/index.php?module=3&cat=12&page=4")
    assert status == 200 and "Chưa có tin bài" in p4 and "news=" not in p4.split("cot_giua")[1].split("cot_phai")[0]
    # the sapo printed twice in 311
    _, b311, _ = fetch(server, "/index.php?module=3&cat=12&news=311")
    assert _page_text(b311).count("Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV") == 2


def test_all_gold_and_non_articles_reachable(server):
    seen = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen or any(p in seen for p in g["alt_paths"]), g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)) + 20


def test_some_articles_only_via_page_two_or_later(server):
    seen = _crawl(server, skip=lambda t: bool(re.search(r"[?&]page=[2-9]", t)))
    missing = [g["path"] for g in portal.GOLD
               if g["path"] not in seen and not any(p in seen for p in g["alt_paths"])]
    assert len(missing) >= 3


@pytest.mark.parametrize("target", portal.NON_ARTICLES)
def test_non_articles_answer(server, target):
    status, body, _ = fetch(server, target)
    assert status == 200
    assert 'class="tomtat_ct"' not in body


@pytest.mark.parametrize("target", [
    "/khong-ton-tai.html",
    "/tin-tuc/bai-khong-co-n999.html",
    "/index.php?module=3&cat=99",
    "/index.php?module=8",
    "/index.php?module=3&news=abc",
    "/print.php?news=999",
    "/index.php?module=4&cat=12&news=318",
])
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
