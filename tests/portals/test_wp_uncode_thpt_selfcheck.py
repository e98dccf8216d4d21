"""Self-checks of the wp_uncode_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_uncode_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico", ".svg")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    no_scripts = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    cells = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", no_scripts)
    return collapse(_html.unescape(_TAG.sub(" ", cells)))


def links(markup: str, page: str) -> list[str]:
    out = []
    for href in _HREF.findall(markup):
        url = urljoin("http://h" + page, _html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != "h" or parts.path.lower().endswith(_SKIP_EXT):
            continue
        if parts.path.startswith(("/wp-content/", "/wp-includes/")):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> dict[str, int]:
    """Breadth-first over links from START_PATH; status of every page target seen."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
        elif status == 200:
            queue.extend(t for t in links(body, target) if t not in seen)
        assert len(seen) < 400, "crawl does not end"
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["title"] and g["body"] and g["category"] in portal.CATS.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert '<span class="breadcrumb_last"' in body
    assert f">{gold['category']}</a></span> » <span class=\"breadcrumb_last\"" in _html.unescape(body)
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = page_text(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            assert para in text


def test_dates_as_printed(server):
    expected = {
        "/tin-tuc/hoc-sinh-le-hong-phong-gianh-12-giai-hoc-sinh-gioi-tinh/": (
            "3 Tháng Mười Hai, 2026 lúc 6:15 sáng", "2026-12-02T23:15:00+00:00"),
        "/tin-tuc/hoi-nghi-cha-me-hoc-sinh-khoi-12/": ("28 Tháng Mười Một, 2026 lúc 12:00 sáng", None),
        "/tin-tuc/nguyen-minh-khoi-tam-guong-vuot-kho-hoc-gioi/": ("10 Tháng Mười Một, 2026 lúc 12:10 chiều", None),
        "/tin-tuc/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027/": (
            "ngày 03 tháng 12 năm 2026", None),
    }
    for path, (printed, meta) in expected.items():
        _, body, _ = fetch(server, path)
        assert printed in page_text(body)
        if meta:
            assert f'"article:published_time" content="{meta}"' in body.replace("property=", "")


def test_traps_are_in_the_markup(server):
    _, body, _ = fetch(server, "/tin-tuc/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/")
    assert body.count("Những bông hoa tri ân") == 2
    assert "desktop-hidden tablet-hidden" in body and "mobile-hidden" in body
    _, body, _ = fetch(server, "/tin-tuc/doi-tuyen-robotics-dat-giai-nhi-quoc-gia/")
    assert "Thành tích học sinh</a>, <a" in body  # printed first, not the primary
    _, body, _ = fetch(server, "/tin-tuc/thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027/")
    assert "2026&#8211;2027</span></h1>" in body
    assert "<title>Thông báo lịch kiểm tra cuối HK I năm học 2026-2027" in body


def test_everything_reachable_within_budget(server):
    seen = crawl(server)
    ok = {t for t, s in seen.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    en = [t for t in ok if t.startswith("/en/")]
    assert len(en) == 3
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), sorted(seen))


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


@pytest.mark.parametrize("target", [
    "/khong-co-trang-nay/",
    "/tin-tuc/khong-co-bai-nay/",
    "/chuyen-muc/tin-tuc/page/9/",
    "/en/tin-tuc/hoi-nghi-cha-me-hoc-sinh-khoi-12/",
    "/the/khong-co/",
    "/?upage=7",
    "/?p=99999",
])
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_redirects(server):
    status, _, headers = fetch(server, "/?p=4119")
    assert status == 301
    assert headers["Location"].endswith("/tin-tuc/hoc-sinh-le-hong-phong-gianh-12-giai-hoc-sinh-gioi-tinh/")
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc/page/1/")
    assert status == 301
    status, _, _ = fetch(server, "/wp-content/uploads/2026/12/doi-tuyen-hsg-uai-720x480.jpg")
    assert status == 200
