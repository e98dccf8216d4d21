"""Self-checks of the ember_fastboot_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ember_fastboot_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_SKIP_EXT = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """The page's text without scripts (the shoebox is not text), tags, entities; NFC, collapsed."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S)
    page = re.sub(r"<br\s*/?>", "\n", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(unicodedata.normalize("NFC", _html.unescape(page)))


def _crawl(server: PortalServer) -> tuple[dict[str, str], int]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        requests += 1
        assert status == 200, f"{target}: {status}"
        seen[target] = body
        for href in _HREF.findall(body):
            url = urljoin(server.url(target), _html.unescape(href))
            parts = urlsplit(url)
            if parts.netloc != f"{server.host}:{server.port}" or parts.path.lower().endswith(_SKIP_EXT):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
    return seen, requests


def test_contract_shape():
    assert portal.NAME == "ember_fastboot_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            h1 = re.search(r'<h1 class="td-bv">(.*?)</h1>', body, re.S)
            assert h1 and collapse(_html.unescape(h1.group(1))) == g["title"], target
            assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        article = body[body.index("<article"): body.index("</article>")]
        text = _visible(article)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
                assert cell in text, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert f"Nguồn: {g['source']}" in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert f'"{img["path"]}"' in article, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        crumbs = body[body.index('<ol class="dd-bc">'): body.index("</ol>", body.index('<ol class="dd-bc">'))]
        assert f">{g['category']}<" in crumbs
        day = g["published_at"][:10] if g["published_at"] else None
        if day and g["path"] != portal._path(portal.BY_ID[111]):
            y, m, d = day.split("-")
            assert f"{d}/{m}/{y}" in text or f"{int(d)} tháng {int(m)} năm {y}" in text, g["path"]
            if "T" in g["published_at"]:
                assert g["published_at"][11:16] in text
        # the body text is never in the chrome twice, and the shoebox carries the draft
        assert '"trang-thai": "draft"' in body


def test_notice_letterhead_date(server):
    _, body, _ = fetch(server, portal._path(portal.BY_ID[111]))
    text = _visible(body)
    assert "Bắc Kạn, ngày 30 tháng 11 năm 2026" in text
    assert "Hoàng Văn Quyết" in text


def test_nfd_article_is_decomposed_on_the_wire(server):
    _, body, _ = fetch(server, portal._path(portal.BY_ID[104]))
    nd = body[body.index('class="ember-view nd-bv"'):]
    assert unicodedata.normalize("NFD", "Hưởng ứng") in nd


def test_time_attributes_are_utc(server):
    _, body, _ = fetch(server, portal._path(portal.BY_ID[105]))
    assert 'datetime="2026-11-01T23:15:00.000Z">06:15 | 02/11/2026<' in body
    _, body, _ = fetch(server, portal._path(portal.BY_ID[102]))
    assert 'datetime="2026-10-14T17:00:00.000Z">00:00 | 15/10/2026<' in body


def test_shoebox_is_json(server):
    _, body, _ = fetch(server, portal._path(portal.BY_ID[113]))
    raw = re.search(r'<script type="fastboot/shoebox" id="shoebox-tct-store">(.*?)</script>', body, re.S)
    data = json.loads(raw.group(1))
    assert data["data"]["id"] == "113"


def test_all_gold_reachable_within_budget(server):
    seen, requests = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests
    # the two oldest only from page 2+ of a listing
    for sid in (101, 102):
        p = portal._path(portal.BY_ID[sid])
        holders = [t for t, b in seen.items() if f'href="{p}"' in b and "/bai-viet/" not in t]
        assert holders and all("trang=" in t for t in holders), (p, holders)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/bai-viet/999-khong-co",
        f"/bai-viet/114-{portal.DRAFT['slug']}",
        "/bai-viet/106-slug-sai",
        "/tin-tuc?trang=9",
        "/chuyen-muc/khong-co",
        "/gioi-thieu/khong-co",
        "/thu-vien-anh/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
