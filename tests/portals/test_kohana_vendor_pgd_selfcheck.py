"""Self-checks of the kohana_vendor_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import kohana_vendor_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""(?:href|action)\s*=\s*["']([^"'#]*)""", re.I)
_ASSET = re.compile(r"\.(?:jpe?g|png|gif|css|js|pdf|ico)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _links(body: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        raw = _html.unescape(raw.strip())
        if not raw or raw.startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, raw)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, target):
            if link not in seen and not _ASSET.search(urlsplit(link).path):
                seen.add(link)
                queue.append(link)
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert pages <= budget, f"{pages} page requests for a full crawl, budget {budget}"
    return seen


def test_shape():
    assert portal.NAME == "kohana_vendor_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h2 class="tde">{_html.escape(gold["title"])}</h2>' in body
        assert f'/tintuc/xem/{gold["path"].split("/")[3]}/' in body
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body
    status, body, _ = fetch(server, gold["path"])
    text = _page_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text
        else:
            assert para in text, para
    if gold["summary"]:
        assert f"<b>{_html.escape(gold['summary'])}</b>" in body
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    assert gold["category"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    story = portal.BY_ID[int(gold["path"].split("/")[3])]
    assert f"Ngày đăng: {portal.printed_date(story)}" in text
    assert "Kohana Requests" in text  # the profiler leftover is on the page, not in the gold
    assert "Người đăng: pgd_krongana" in text


def test_dates_are_us_order():
    s = portal.BY_ID[241]
    assert portal.printed_date(s) == "12/04/2026 02:30 PM"
    assert portal.printed_date(portal.BY_ID[226]) == "11/20/2026 12:00 AM"
    assert portal.printed_date(portal.BY_ID[219]) == "10/08/2026 08:00 AM"


def test_auto_excerpt_not_in_gold(server):
    for sid in (226, 219, 231, 236, 222, 216):
        gold = next(g for g in portal.GOLD if g["path"].startswith(f"/tintuc/xem/{sid}/"))
        assert gold["summary"] is None
        _, body, _ = fetch(server, gold["path"])
        assert portal.excerpt(portal.BY_ID[sid]) in _page_text(body)
        assert "…" not in gold["body"]


def test_reachability_and_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # page-2-only articles
    for sid in (233, 219, 216):
        path = portal.art_path(portal.BY_ID[sid])
        _, home, _ = fetch(server, "/")
        assert path not in home


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tde"' not in body or path == "/gioithieu"


def test_soft_404(server):
    status, body, _ = fetch(server, "/index.php/tintuc/xem/88")
    assert status == 200
    assert "Tin bài không tồn tại" in body


@pytest.mark.parametrize(
    "target",
    ["/khongco", "/tintuc/xem/9999", "/tintuc/danhmuc/1/trang/9", "/tintuc/danhmuc/2", "/vanban/xem/1", "/lichcongtac/tuan/50"],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
