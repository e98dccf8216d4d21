"""Self-checks of the aspnet_mvc_ajax_pager_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc_ajax_pager_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"<a\b[^>]*?\shref=\"([^\"]*)\"", re.I)
_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.I | re.S)
_ATTR = re.compile(r"(\w[\w-]*)=\"([^\"]*)\"")
_INPUT = re.compile(r"<(input|textarea|select)\b([^>]*)>", re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".pdf", ".css", ".js", ".ico")
PAGE_TWO_ONLY = {1190, 1176, 1179, 1172}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", page, flags=re.I)  # a table row's cells
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def local_target(base: str, href: str) -> str | None:
    href = html.unescape(href).strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    url = urljoin("http://fixture.invalid" + base, href)
    parts = urlsplit(url)
    if parts.netloc != "fixture.invalid":
        return None
    if parts.path.lower().endswith(_STATIC) or parts.path.lower().startswith("/qrcode/"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def outlinks(base: str, page: str, *, forms: bool = True) -> list[str]:
    out = [t for t in (local_target(base, h) for h in _HREF.findall(page)) if t]
    if forms:
        for attrs, inner in _FORM.findall(page):
            a = dict(_ATTR.findall(attrs))
            fields = [dict(_ATTR.findall(f[1])) for f in _INPUT.findall(inner)]
            if not fields or any(f.get("type", "text") != "hidden" for f in fields):
                continue  # a form a user must fill in (search, contact, comments, poll)
            action = html.unescape(a.get("action", base))
            query = urlencode([(f["name"], f.get("value", "")) for f in fields])
            sep = "&" if "?" in action else "?"
            target = local_target(base, action + sep + query)
            if target:
                out.append(target)
    return out


def crawl(server, *, forms: bool = True, skip=lambda t: False) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        seen[target] = body
        for nxt in outlinks(target, body, forms=forms):
            if nxt not in queued and not skip(nxt):
                queued.add(nxt)
                queue.append(nxt)
    return seen


def paths_of(record: dict) -> list[str]:
    return [record["path"], *record.get("alt_paths", [])]


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_gold_pages_answer_with_title_and_canonical(server):
    for g in portal.GOLD:
        for target in paths_of(g):
            status, body, _ = fetch(server, target)
            assert status == 200, target
            m = re.search(r'<h2 class="ct-tieude">(.*?)</h2>', body, re.S)
            assert m and collapse(html.unescape(m.group(1))) == g["title"], target
            canon = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
            assert urlsplit(canon).path == g["canonical_path"], target
            # the generic <title> trap
            assert "<title>Chi tiết tin tức - " in body


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        page = visible_text(body)
        for para in g["body"].split("\n\n"):
            assert para in page, (g["path"], para[:60])
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
            assert g["summary"] in page
        for name in g["authors"] + g["photographers"]:
            assert name in page, (g["path"], name)
        if g["source"]:
            assert "Nguồn: " + g["source"] in page
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in page, img
        crumb = re.search(r'<ol class="breadcrumb[^"]*">(.*?)</ol>', body, re.S).group(1)
        assert g["category"] in visible_text(crumb)
        assert _printed_date(body) == g["published_at"], g["path"]


def _printed_date(body: str) -> str:
    """Read the meta line's vi-VN DateTime.ToString() ("03/12/2026 2:30:00 CH") on its own."""
    m = re.search(r'class="ct-ngay"[^>]*>.*?(\d\d)/(\d\d)/(\d{4}) (\d{1,2}):(\d\d):(\d\d) (SA|CH)', body, re.S)
    assert m
    d, mo, y, h, mi, _, half = m.groups()
    hour = int(h) % 12 + (12 if half == "CH" else 0)
    day = f"{y}-{mo}-{d}"
    if hour == 0 and mi == "00":
        return day
    return f"{day}T{hour:02d}:{mi}:00+07:00"


def test_everything_reachable_within_budget(server):
    before = len(server.requests)
    seen = crawl(server)
    used = len(server.requests) - before
    assert used <= 3 * (13 + len(portal.NON_ARTICLES)), used
    for g in portal.GOLD:
        assert any(p in seen for p in paths_of(g)), g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_behind_page_two(server):
    # no fragment, no page=N link, no form: the older articles stay out of reach
    seen = crawl(server, forms=False, skip=lambda t: "page=" in t or "_danhsach" in t.lower())
    found = set()
    for g in portal.GOLD:
        if any(p in seen for p in paths_of(g)):
            found.add(int(g["path"].split("/")[3]))
    assert not (found & PAGE_TWO_ONLY), found & PAGE_TWO_ONLY
    assert len(found) == 13 - len(PAGE_TWO_ONLY)


def test_partial_is_a_bare_fragment_and_the_form_posts(server):
    status, body, _ = fetch(server, "/TinTuc/_DanhSach?catId=2&page=2")
    assert status == 200 and "<html" not in body and "/1190/" in body and "/1176/" in body
    req = urllib.request.Request(server.url("/TinTuc/_DanhSach?catId=9"), data=b"page=2", method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        posted = resp.read().decode("utf-8")
    assert "/1172/" in posted
    status, body, _ = fetch(server, "/danh-muc/thong-bao")
    assert "/1172/" not in body and 'action="/TinTuc/_DanhSach?catId=9"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="ct-tin"' not in body


def test_unknown_paths_404(server):
    for target in ["/khong-co-trang-nay", "/tin-tuc/tin-tuc-su-kien/99999/abc", "/t/99999",
                   "/TinTuc/ChiTiet/99999", "/danh-muc/khong-co", "/danh-muc/tin-tuc-su-kien?page=9",
                   "/TinTuc/_DanhSach?catId=77&page=1"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_static_and_no_machine_paths(server):
    status, _, headers = fetch(server, "/Uploads/images/2026/12/ky-niem-35-nam-01.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
