"""Self-checks of the web2py_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import web2py_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


def article_text(markup: str) -> str:
    """The text of the article column only (no toolbar, no sidebar)."""
    start = markup.index('class="bv-khung"')
    end = min(markup.find(mark, start) % len(markup) for mark in ('class="bv-tepdk"', 'class="bv-cn', 'class="bv-cc'))
    return page_text(markup[start:end])


def links(markup: str, page_path: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "#", "mailto:")) or not href:
            continue
        absolute = urljoin("http://fixture.invalid" + page_path, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.lower().endswith(_SKIP_EXT):
            continue
        out.append(target)
    return out


def crawl(server) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302, 303) and headers.get("Location"):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200:
            queue.extend(links(body, urlsplit(target).path + (f"?{urlsplit(target).query}" if "?" in target else "")))
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.NAME == "web2py_pgd"


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer_with_title(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert record["title"] in page_text(body), target


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = article_text(body)
    for para in record["body"].split("\n\n"):
        if para in text:
            continue
        cells = para.split(" | ")
        assert len(cells) > 1 and all(c in text for c in cells), para
    for name in record["authors"] + record["photographers"]:
        assert name in text, name
    if record["source"]:
        assert f"Nguồn: {record['source']}" in text
    if record["summary"]:
        assert text.find(record["summary"]) >= 0
    for img in record["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f">{_html.escape(record['category'])}</a></li></ol>" in body
    day = record["published_at"][:10] if record["published_at"] else None
    if day and "T" in (record["published_at"] or ""):
        y, m, d = day.split("-")
        hhmm = record["published_at"][11:16]
        assert f"Đăng lúc: {hhmm} ngày {d}/{m}/{y}" in text
    elif day:
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    # chrome that must not be in the text column
    assert "Các tin khác" not in text
    assert "Cập nhật lần cuối" not in text


def test_body_excludes_chrome(server):
    for record in portal.GOLD:
        for bad in ("Tệp đính kèm", "Xem thêm", "Nơi nhận", "Người đăng", "TRƯỞNG PHÒNG", "Ảnh:"):
            assert bad not in record["body"], (record["path"], bad)


def test_images_served(server):
    for record in portal.GOLD:
        for img in record["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "bv-nd" not in body


def test_everything_reachable_and_budget(server):
    seen = crawl(server)
    reached = {t for t, s in seen.items() if s == 200}
    for record in portal.GOLD:
        assert record["path"] in reached, record["path"]
    for target in portal.NON_ARTICLES:
        assert target in reached, target
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget, sorted(seen))


def test_page_two_only_articles(server):
    """176, 171, 168 and 170 are linked only from page 2 of their category."""
    status, body, _ = fetch(server, "/pgdtamnong/default/index")
    assert status == 200
    for sid in (176, 171, 168, 170):
        assert f"/tintuc/xem/{sid}\"" not in body
    status, body, _ = fetch(server, "/pgdtamnong/tintuc/danhmuc/1?page=2")
    assert status == 200 and 'href="?page=1"' in body
    for sid in (176, 171, 168):
        assert f'href="/pgdtamnong/tintuc/xem/{sid}"' in body


def test_component_and_redirects(server):
    status, _, headers = fetch(server, "/")
    assert status == 301 and headers["Location"].endswith("/pgdtamnong/default/index")
    status, body, _ = fetch(server, "/pgdtamnong/default/xemnhieu.load")
    assert status == 200 and "<html" not in body
    status, _, _ = fetch(server, "/pgdtamnong/default/user/login")
    assert status == 200


@pytest.mark.parametrize(
    "target",
    [
        "/pgdtamnong/tintuc/xem/999",
        "/pgdtamnong/tintuc/danhmuc/9",
        "/pgdtamnong/default/khongco",
        "/pgdtamnong/vanban/chitiet/1",
        "/khac/default/index",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
