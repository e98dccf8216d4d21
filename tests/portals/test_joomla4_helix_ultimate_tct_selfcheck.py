"""Self-checks of the joomla4_helix_ultimate_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_helix_ultimate_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)
_TAGS = re.compile(r"<[^>]+>")
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAGS.sub(" ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> dict[str, set[str]]:
    """Breadth-first over GET links from START_PATH: target -> the pages linking to it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        for link in _links(body, target):
            if link not in seen:
                seen[link] = set()
                queue.append(link)
            seen[link].add(target)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h1 itemprop="headline">{_html.escape(gold["title"])}</h1>' in body, target
    full = gold["path"]
    if any("showall=1" in a for a in gold.get("alt_paths", [])):
        full = next(a for a in gold["alt_paths"] if "showall=1" in a)
    _, body, _ = fetch(server, full)
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row: its cells are printed in separate <td>
            assert cell in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d} Tháng {int(m)} {y}" in text or f"ngày {d} tháng {int(m)} năm {y}" in text
    if "T" in gold["published_at"]:
        assert f"Được đăng: {d} Tháng {int(m)} {y} {gold['published_at'][11:16]}" in text


def test_everything_reachable_within_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    # 1249 only through page 2 of its blog
    oldest = portal.sef(portal.BY_ID[1249])
    assert seen[oldest] == {"/tin-tuc.html?start=3"}


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for bad in [
        "/khong-co.html",
        "/tin-tuc/9999-khong-co.html",
        "/tin-tuc/1263-sai-alias.html",
        "/dao-tao-boi-duong/1263-khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k45.html",
        "/tin-tuc.html?start=30",
        "/tin-tuc/tag/khong-co.html",
        "/index.php?option=com_content&view=article&id=1263&catid=10&Itemid=101",
        "/tin-tuc/1263-khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k45.html?start=1",
    ]:
        assert fetch(server, bad)[0] == 404, bad


def test_traps_are_printed(server):
    # 1: the datetime attribute is the local wall time labelled +00:00
    _, body, _ = fetch(server, portal.sef(portal.BY_ID[1256]))
    assert 'datetime="2026-11-27T22:40:00+00:00"' in body
    assert "Được đăng: 27 Tháng 11 2026 22:40" in body
    # 2: created printed before published, and the update line
    _, body, _ = fetch(server, portal.sef(portal.BY_ID[1260]))
    assert body.index("Ngày tạo: 28 Tháng 11 2026") < body.index("Được đăng: 01 Tháng 12 2026 00:00")
    assert "Cập nhật lần cuối: 02 Tháng 12 2026 09:05" in body
    # 5: the loaded module sits inside the article body
    start = body.index('<div itemprop="articleBody">')
    assert start < body.index("Văn bản mới ban hành") < body.index("Hội nghị đã thống nhất")
    # 3: page 1 of the split article lacks the second half
    story = portal.BY_ID[1259]
    _, page1, _ = fetch(server, portal.sef(story))
    assert "Mục lục bài viết" in page1 and "Kết thúc hội giảng" not in page1
    _, page2, _ = fetch(server, portal.sef(story) + "?start=1")
    assert "Kết thúc hội giảng" in page2 and "Hội giảng là dịp" not in page2
    # 8: the non-SEF duplicate's breadcrumb has no category
    _, dup, _ = fetch(server, portal.nonsef(portal.BY_ID[1263]))
    crumbs = dup[dup.index('class="breadcrumb"'):dup.index("</ol>")]
    assert "Tin tức - Sự kiện" not in crumbs
    assert 'rel="canonical"' not in dup
