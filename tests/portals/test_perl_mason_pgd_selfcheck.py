"""Self-checks of the perl_mason_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import perl_mason_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<script.*?</script>", " ", body, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


class _Links(HTMLParser):
    """<a href> targets and GET forms made only of hidden fields, selects and buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.forms: list[tuple[str, list[tuple[str, list[str]]], bool]] = []
        self._form: dict | None = None
        self._select: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = {"action": a.get("action", ""), "get": a.get("method", "get").lower() == "get",
                          "fields": [], "free": False}
        elif self._form is not None and tag == "input":
            kind = a.get("type", "text").lower()
            if kind == "hidden":
                self._form["fields"].append((a.get("name", ""), [a.get("value", "")]))
            elif kind not in ("submit", "button", "image"):
                self._form["free"] = True
        elif self._form is not None and tag == "textarea":
            self._form["free"] = True
        elif self._form is not None and tag == "select":
            self._select = (a.get("name", ""), [])
        elif self._select is not None and tag == "option":
            self._select[1].append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "select" and self._select is not None and self._form is not None:
            self._form["fields"].append(self._select)
            self._select = None
        elif tag == "form" and self._form is not None:
            f = self._form
            if f["get"] and not f["free"]:
                self.forms.append((f["action"], f["fields"], True))
            self._form = None


def _targets(base: str, body: str, use_forms: bool) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.links:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        out.append(urljoin(base, href))
    if use_forms:
        for action, fields, _ in parser.forms:
            combos: list[list[tuple[str, str]]] = [[]]
            for name, values in fields:
                combos = [[*c, (name, v)] for c in combos for v in values]
            for combo in combos:
                out.append(urljoin(base, action) + "?" + urlencode(combo))
    return out


def crawl(server: PortalServer, use_forms: bool = True) -> dict[str, str]:
    """Pages reached from START_PATH on the portal's host (images and files not fetched)."""
    start = server.url(portal.START_PATH)
    host = urlsplit(start).netloc
    seen: dict[str, str] = {}
    queue = deque([start])
    queued = {start}
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        seen[target] = body
        for nxt in _targets(url, body, use_forms):
            p = urlsplit(nxt)
            if p.netloc != host or re.search(r"\.(jpg|gif|png|pdf|doc|css|js)$", p.path, re.I):
                continue
            nxt = nxt.split("#")[0]
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
    return seen


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_title_and_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=ISO-8859-1"  # trap 1
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' in body
    txt = page_text(body)
    assert gold["title"] in txt
    assert f"<title>{html.escape(portal.SITE_NAME)}" in body  # trap 6: same <title> everywhere
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in txt, cell
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert gold["summary"] in txt
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert gold["source"] in txt
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in txt
    assert gold["category"] in txt
    day = gold["published_at"][:10]
    if "T" in gold["published_at"]:
        assert f"Ngày đăng: {day} {gold['published_at'][11:19]}" in txt
    elif "Số: 1187/TB-PGDĐT" in txt:
        y, m, d = day.split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in txt
    else:
        assert f"Ngày đăng: {day} 00:00:00" in txt
    assert "Cập nhật lần cuối:" in txt and "Thứ Bảy, 05/12/2026" in txt


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, headers = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body)
        if alt.endswith("&in=1"):
            assert "<meta" not in body and "<head" not in body  # trap 2
            assert headers["Content-Type"].endswith("ISO-8859-1")


def test_every_gold_article_reachable(server):
    seen = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # the double-escaped and reversed forms are really linked (traps 3, 4)
    assert "/tin/doc.html?id=465&amp;cm=tintuc" in seen
    assert "/tin/doc.html?cm=tintuc&id=468" in seen
    limit = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= limit, len(seen)


def test_page_two_only_through_the_pager_form(server):
    seen = crawl(server, use_forms=False)
    for sid, cat in ((447, "tintuc"), (431, "tintuc"), (425, "chuyenmon")):
        assert f"/tin/doc.html?id={sid}&cm={cat}" not in seen
    assert "/tin/index.html?cm=tintuc&trang=2" not in seen


def test_soft_404_for_deleted_post(server):
    status, body, _ = fetch(server, "/tin/doc.html?id=403&amp;cm=tintuc")
    assert status == 200
    assert "Tin này không tồn tại hoặc đã bị xóa!" in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TIÊN DU" in body


@pytest.mark.parametrize(
    "path",
    ["/khongco.html", "/tin/doc.html", "/tin/doc.html?id=abc", "/tin/index.html?cm=xyz&trang=1",
     "/tin/index.html?cm=tintuc&trang=9", "/vanban/chitiet.html?id=1", "/wp-admin/"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_and_files_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            with NO_REDIRECTS.open(server.url(img["path"]), timeout=10) as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/upload/vanban/kh245.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_bytes_are_utf8_despite_header(server):
    with NO_REDIRECTS.open(server.url("/tin/doc.html?id=468&cm=tintuc"), timeout=10) as resp:
        raw = resp.read()
    raw.decode("utf-8")  # valid UTF-8
    assert "Hội thi".encode() in raw
