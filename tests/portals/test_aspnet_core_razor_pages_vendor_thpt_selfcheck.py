"""Self-checks of the aspnet_core_razor_pages_vendor_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from pathlib import Path

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_core_razor_pages_vendor_thpt as portal
from tests.portals._common import collapse, esc
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)
_BASE = re.compile(r'<base\s+href="([^"]*)"', re.I)
_ASSET = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".docx")
_BLOCK = re.compile(
    r"</?(?:p|div|li|ul|ol|tr|td|th|table|tbody|h\d|br|figure|figcaption|blockquote|section|article)\b[^>]*>",
    re.I,
)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(page_url: str, body: str) -> list[str]:
    """Same-host targets of a page's links, resolved against its <base href> as a browser does."""
    base = _BASE.search(body)
    root = urllib.parse.urljoin(page_url, _html.unescape(base.group(1))) if base else page_url
    out = []
    for href in _HREF.findall(body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urllib.parse.urldefrag(urllib.parse.urljoin(root, href))[0]
        parts = urllib.parse.urlsplit(absolute)
        if parts.netloc != urllib.parse.urlsplit(page_url).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().endswith(_ASSET):
            continue
        out.append(target)
    return out


def _crawl(server: PortalServer, skip=lambda target: False) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 300:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, _ = fetch(server, target)
        seen[target] = status
        if status == 200:
            queue.extend(t for t in _links(server.url(target), body) if t not in seen)
    return seen


def _visible_text(body: str) -> str:
    """What a reader sees: no hidden spans, no print-only block, inline tags joined without space."""
    body = re.sub(r'<span class="visually-hidden">.*?</span>', "", body, flags=re.S)
    body = re.sub(r'<div class="d-none d-print-block[^"]*">.*?</div>', "", body, flags=re.S)
    body = re.sub(r"<(script|style)\b.*?</\1>", "", body, flags=re.S | re.I)
    body = _BLOCK.sub("\n", body)
    body = re.sub(r"<[^>]+>", "", body)
    body = _html.unescape(body).replace("\u200b", "")
    return collapse(body)


def _content(body: str) -> str:
    start = body.index('<article class="hls-ctbv')
    return body[start : body.index("</article>", start)]


def test_shape():
    assert portal.NAME == "aspnet_core_razor_pages_vendor_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_no_machine_paths():
    src = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in (f"/{root}/" for root in ("home", "tmp", "work")):
        assert bad not in src


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, headers = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert headers["Content-Type"].startswith("text/html")
        assert f'<h1 class="hls-ctbv__td h4 fw-bold text-primary">{esc(g["title"])}</h1>' in body
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    alts = [(g, a) for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert any(a.islower() for _, a in alts) and any(a.count("/") == 3 for _, a in alts)
    for g, alt in alts:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert esc(g["title"]) in body
        assert f'href="{server.base_url}{g["path"]}"' in body


def test_everything_reachable_from_start(server):
    seen = _crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for g in portal.GOLD:
        assert g["path"] in ok, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in ok, alt
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    # bounded: a sensible crawl stays within 3 × (13 + non-articles) pages
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_later_pages(server):
    def later_page(target: str) -> bool:
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(target).query)
        return "p" in q and q["p"][0] != "1"

    seen = _crawl(server, skip=later_page)
    only_later = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert sorted(p.split("/")[3] for p in only_later) == ["1240", "1254", "1266"]


def test_naive_relative_resolution_404s(server):
    """Links and images resolved against the page instead of <base href="/"> go nowhere."""
    _, body, _ = fetch(server, portal.GOLD[1]["path"])
    assert '<base href="/" />' in body
    assert 'data-src="uploads/images/2026/12/hsg-tinh-2026-01.jpg"' in body
    for wrong in (
        "/TinTuc/ChiTiet/1301/uploads/images/2026/12/hsg-tinh-2026-01.jpg",
        "/TinTuc/ChiTiet/1301/TinTuc/ChiTiet/1279/hoi-nghi-cha-me-hoc-sinh-giua-hoc-ki-i-nam-hoc-2026-2027",
    ):
        assert fetch(server, wrong)[0] == 404, wrong


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        story = portal.BY_ID[int(g["path"].split("/")[3])]
        _, body, _ = fetch(server, g["path"])
        article = _content(body)
        text = _visible_text(article)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                row = re.escape(para).replace(r"\ \|\ ", " ")
                assert re.search(row, text), para
            else:
                assert para in text, (g["path"], para)
        assert "Nguồn bài viết" not in text
        assert "mở trong thẻ mới" not in text
        if g["summary"]:
            assert f'<div class="hls-ctbv__tt fw-bold mb-3">{esc(g["summary"])}</div>' in article
        for name in g["authors"] + g["photographers"]:
            assert name in text, name
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            rel = img["path"].lstrip("/")
            assert f'src="{rel}"' in article or f'data-src="{rel}"' in article, rel
            assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert esc(img["caption"]) in article
        assert f'<a href="{esc(portal.list_path(int(story.cat)))}">{esc(g["category"])}</a>' in body
        printed = story.opts.get("printed_date")
        if printed:
            assert f"Ngày đăng: {printed} |" in article
        else:
            day, clock = g["published_at"][:10], g["published_at"][11:16]
            y, m, d = day.split("-")
            assert f">{d}/{m}/{y} - {clock}</time>" in article


def test_dates_and_metadata_traps(server):
    notice = next(g for g in portal.GOLD if g["path"].startswith("/TinTuc/ChiTiet/1286/"))
    _, body, _ = fetch(server, notice["path"])
    assert "Ngày đăng: 11/9/2026 2:15:00 PM" in body
    assert notice["published_at"] == "2026-11-09T14:15:00+07:00"
    official = next(g for g in portal.GOLD if g["path"].startswith("/TinTuc/ChiTiet/1283/"))
    _, body, _ = fetch(server, official["path"])
    assert "11/4/2026 12:00:00 AM" in body and "ngày 03 tháng 11 năm 2026" in body
    assert official["published_at"] == "2026-11-03"
    assert "THÔNG BÁO" not in official["body"] and "Nơi nhận" not in official["body"]
    first = portal.GOLD[1]
    _, body, _ = fetch(server, first["path"])
    assert '"datePublished": "2026-11-29T23:30:00Z"' in body
    assert f"<title>{esc(first['title'][:60].rstrip())}…" in body


def test_sapo_printed_twice_is_once_in_gold():
    g = next(g for g in portal.GOLD if g["path"].startswith("/TinTuc/ChiTiet/1293/"))
    assert g["body"].count(g["summary"]) == 1
    assert g["body"].startswith(g["summary"])


def test_pager(server):
    status, body, _ = fetch(server, "/TinTuc?handler=DanhMuc&id=3&p=2")
    assert status == 200 and "Trang 2/3" in body
    assert 'href="/TinTuc?handler=DanhMuc&amp;id=3"' in body
    _, clamped, _ = fetch(server, "/TinTuc?handler=DanhMuc&id=3&p=9")
    assert "Trang 3/3" in clamped and "chuyen-de-day-hoc-stem" in clamped


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "hls-ctbv__td" not in body


def test_soft_404_and_unknown_paths(server):
    status, body, _ = fetch(server, f"/TinTuc/ChiTiet/{portal.GONE_ID}/{portal.GONE_SLUG}")
    assert status == 200 and "không tồn tại hoặc đã bị gỡ bỏ" in body
    assert all(not g["path"].startswith(f"/TinTuc/ChiTiet/{portal.GONE_ID}/") for g in portal.GOLD)
    for target in (
        "/khong-co-trang",
        "/TinTuc?handler=DanhMuc&id=99",
        "/TinTuc/ChiTiet/abc",
        "/TinTuc/ChiTiet/1301/a/b",
        "/uploads/files/khong-co.zip",
    ):
        assert fetch(server, target)[0] == 404, target


def test_forms_need_the_antiforgery_token(server):
    target = portal.GOLD[0]["path"] + "?handler=GuiYKien"
    req = urllib.request.Request(server.url(target), data=b"NoiDung=hay", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        NO_REDIRECTS.open(req, timeout=10)
    assert err.value.code == 400
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', body).group(1)
    assert token.startswith("CfDJ8")
    data = urllib.parse.urlencode({"NoiDung": "hay", "__RequestVerificationToken": token}).encode()
    with NO_REDIRECTS.open(urllib.request.Request(server.url(target), data=data), timeout=10) as resp:
        assert resp.status == 200
    _, again, _ = fetch(server, portal.GOLD[0]["path"])
    assert token not in again


def test_cookie_banner_inside_main(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    main = body[body.index('<main role="main"') :]
    assert main.index('id="cookieConsent"') < main.index("breadcrumb") < main.index("hls-ctbv__td")
