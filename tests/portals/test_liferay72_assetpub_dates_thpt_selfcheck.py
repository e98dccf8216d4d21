"""Self-checks of the liferay72_assetpub_dates_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay72_assetpub_dates_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_PREFIXES = ("/documents/", "/o/", "/image/", "/combo")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    s = re.sub(r"<[^>]+>", " ", s)
    return collapse(html.unescape(s))


def links(body: str, here: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*?\bhref="([^"]*)"', body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:", "tel:")):
            continue
        absolute = urljoin(base + here, href)
        if not absolute.startswith(base + "/"):
            continue
        parts = urlsplit(absolute)
        if parts.path.startswith(_SKIP_PREFIXES):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> dict[str, str]:
    """Every HTML page reachable by links from START_PATH (redirects followed)."""
    base = server.base_url
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status in (301, 302):
            queue.append(headers["Location"].replace(base, ""))
            continue
        assert status == 200, (target, status)
        queue.extend(t for t in links(body, target, base) if t not in seen)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        txt = page_text(body)
        raw = html.unescape(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in txt, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in txt
        if g["summary"]:
            assert g["summary"] in txt
        for img in g["images"]:
            assert (img.get("path") or img["url"]) in raw, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in txt
        assert g["category"] in txt


def test_printed_dates_match_gold(server):
    """The template's RFC-822 UTC date and the notice's SA/CH time give the gold's local time."""
    vn = timezone(timedelta(hours=7))
    for st, g in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, g["path"])
        txt = page_text(body)
        if st.opts["tpl"] == "tin":
            m = re.search(r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d \+0000", txt)
            assert m, g["path"]
            local = datetime.strptime(m.group(), "%a, %d %b %Y %H:%M:%S %z").astimezone(vn)
            assert local.isoformat() == g["published_at"]
        elif st.opts["tpl"] == "tb":
            m = re.search(r"Đăng lúc (\d\d):(\d\d) (SA|CH), ngày (\d\d)/(\d\d)/(\d{4})", txt)
            assert m, g["path"]
            hh = int(m.group(1)) % 12 + (12 if m.group(3) == "CH" else 0)
            printed = f"{m.group(6)}-{m.group(5)}-{m.group(4)}T{hh:02d}:{m.group(2)}:00+07:00"
            if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in txt:
                assert "Vinh, ngày 30 tháng 11 năm 2026" in txt and g["published_at"] == "2026-11-30"
            else:
                assert printed == g["published_at"]
        else:
            day = g["published_at"]
            assert f"Ngày xuất bản {day[8:10]}/{day[5:7]}/{day[:4]}" in txt
            assert len(day) == 10


def test_canonical_is_the_layout(server):
    g = portal.GOLD[0]
    _, body, _ = fetch(server, g["path"])
    assert re.search(r'href="http://[^"]+/web/thpt-pbc/tin-tuc" rel="canonical"', body)


def test_nfd_and_entities_really_printed(server):
    nfd_story = next(s for s in portal.STORIES if s.opts.get("text") == "nfd")
    _, body, _ = fetch(server, portal.clean_url(nfd_story))
    assert unicodedata.normalize("NFD", nfd_story.paragraphs[1]) in body
    ent_story = next(s for s in portal.STORIES if s.opts.get("text") == "ent")
    _, body, _ = fetch(server, portal.clean_url(ent_story))
    article = body.split('class="journal-content-article"', 1)[1]
    assert "&#" in article and ent_story.paragraphs[0] not in article


def test_reachability_and_budget(server):
    pages = crawl(server)
    for g in portal.GOLD:
        targets = [g["path"], *g.get("alt_paths", [])]
        assert any(t in pages for t in targets), g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), budget)
    # some articles only through page 2 of a listing
    page2 = [t for t in pages if "_cur=2" in t and "?" in t and "/content/" not in t]
    assert page2
    only_p2 = [g for g in portal.GOLD if not any(t in pages for t in [g["path"]])]
    assert len(only_p2) >= 2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "<html" in body, path


def test_unknown_paths_404(server):
    for target in [
        "/khong-co",
        "/web/thpt-pbc/khong-ton-tai",
        "/web/thpt-pbc/tin-tuc/-/asset_publisher/Hk7vQ2mZpR8a/content/khong-co-bai-nay",
        "/web/thpt-pbc/tin-tuc/-/asset_publisher/t9WcLx3NbE5d/content/" + portal.A1.slug,
        "/web/thpt-pbc/tin-tuc/-/categories/99999",
        "/web/thpt-pbc/van-ban/-/document_library/Vb3kT8pQ2wXz/view_file/1",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_root_redirects_and_images(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"].endswith(portal.START_PATH)
    for g in portal.GOLD:
        for img in g["images"]:
            if "path" in img:
                status, _, headers = fetch(server, img["path"])
                assert status == 200 and headers["Content-Type"].startswith("image/")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert bad not in source
