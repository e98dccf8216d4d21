"""Self-checks of the laminas_vendor_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import laminas_vendor_sgddt as portal
from tests.portals._common import P, collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_STATIC = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    no_script = re.sub(r"<script.*?</script>", "", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", no_script)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("#", "mailto:", "javascript:")):
            continue
        parts = urlsplit(urljoin("http://fixture.invalid" + here, href))
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().endswith(_STATIC) or target.startswith("/public/"):
            continue
        out.append(target)
    return out


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        queue.extend(t for t in _links(body, target) if t not in seen)
    return seen


def test_counts():
    assert portal.NAME == "laminas_vendor_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("story", portal.STORIES, ids=lambda s: str(s.id))
def test_gold_fields_on_page(server, story):
    gold = next(g for g in portal.GOLD if g["path"] == portal.slug_path(story))
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(page)
    assert f'<h2 class="tde-bv">{portal.esc(story.title)}</h2>' in page
    assert gold["title"] in text
    for block in story.blocks:
        if isinstance(block, P):
            parts = block.text.split(" | ") if block.style == "tr" else [block.text]
            for part in parts:
                assert collapse(part) in text, part
    if story.summary:
        assert collapse(story.summary) in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"<dd>{portal.esc(gold['source'])}</dd>" in page
    assert f">{portal.esc(gold['category'])}</a></li></ol>" in page
    # the printed date is local time; the attribute is UTC
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    printed = f"{int(d)} thg {int(m)}, {y}"
    if "T" in gold["published_at"]:
        printed += " " + gold["published_at"][11:16]
    elif story.opts.get("midnight"):
        printed += " 00:00"
    assert f">{printed}</time>" in page
    # the same article under every alternative path, with the canonical pointing home
    for alt in gold.get("alt_paths", []):
        status, twin, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in twin
        assert f'<h2 class="tde-bv">{portal.esc(story.title)}</h2>' in twin


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tde-bv"' not in page


def test_unknown_paths_404(server):
    for path in [
        "/khong-co",
        "/tin-tuc/xem/id/9999",
        "/tin-tuc/xem/id/4571/",
        "/tin-tuc/xem/id/abc",
        "/tin-tuc/danh-muc/id/9",
        "/van-ban/chi-tiet/id/1",
        "/lich-cong-tac/tuan/47",
        "/lich-cong-tac/tuan/51",
    ]:
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_static_and_attachments(server):
    status, _, headers = fetch(server, "/uploads/tin-tuc/2026/12/hkpd-tong-ket-1.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/uploads/files/2026/TB-2151-SGDDT.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_reachable_within_budget(server):
    pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), sorted(pages))


def test_some_articles_only_on_later_pages(server):
    pages = _crawl(server)
    for story_id, listing in [(4520, "/tin-tuc/danh-muc/id/1/trang/3"), (4515, "/tin-tuc/danh-muc/id/2/trang/2")]:
        story = portal.BY_ID[story_id]
        linking = [t for t, body in pages.items() if f"/tin-tuc/xem/id/{story_id}" in body and t != portal.slug_path(story)]
        linking = [t for t in linking if not t.startswith(f"/tin-tuc/xem/id/{story_id}")]
        assert linking == [listing], linking


def test_traps_present(server):
    _, page, _ = fetch(server, portal.slug_path(portal.BY_ID[4566]))
    brand = page.split("<h1", 1)[1].split("</h1>", 1)[0]
    assert "SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC GIANG" in brand and "Triển khai" not in brand
    assert page.count("<h1") == 1
    assert 'og:title" content="' + portal.BY_ID[4566].title[:60].rstrip() + '..."' in page
    _, page, _ = fetch(server, portal.slug_path(portal.BY_ID[4570]))
    assert 'datetime="2026-12-03T17:00:00+00:00">4 thg 12, 2026</time>' in page
    _, page, _ = fetch(server, portal.slug_path(portal.BY_ID[4559]))
    assert "gồm:<br />\n- Dạy" in page and "2018;<br />\n- Xây" in page
    _, page, _ = fetch(server, portal.slug_path(portal.BY_ID[4537]))
    assert 'src="/public/img/loading.gif" data-original="/uploads/tin-tuc/2026/11/lucngan1-chuan-1.jpg"' in page
    _, page, _ = fetch(server, "/tin-tuc/danh-muc/id/1/trang/2")
    assert page.count(portal.slug_path(portal.BY_ID[4566])) >= 2  # the pinned post on every page
