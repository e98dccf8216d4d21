"""Self-checks of the ecoit_egov_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ecoit_egov_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<(?:a|form)\b[^>]*?\b(?:href|action)="([^"]*)"', re.I)
_ASSET = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|pdf|docx)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _crawl(server) -> dict[str, str]:
    """Breadth-first over same-host links and form actions from START_PATH: target -> page."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        for raw in _HREF.findall(body):
            href = html.unescape(raw)
            if href.startswith(("javascript:", "mailto:", "#")) or not href:
                continue
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _ASSET.search(parts.path) or nxt in seen:
                continue
            queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert html.unescape(re.search(r'class="ttct-tieude">(.*?)</div>', body).group(1)) == gold["title"]
            canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
            assert urlsplit(canonical).path == gold["canonical_path"]


def test_everything_reachable_within_budget(server):
    pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), sorted(pages))


def test_some_articles_only_on_later_pages(server):
    status, first, _ = fetch(server, "/")
    assert status == 200
    status, listing, _ = fetch(server, "/tin-tuc-su-kien.html")
    later = [g["path"] for g in portal.GOLD if g["path"] not in first and g["path"] not in listing]
    assert len(later) >= 3, later


def test_gold_fields_on_page(server):
    for gold in portal.GOLD:
        status, body, _ = fetch(server, gold["path"])
        assert status == 200
        text = _text(body)
        content = body.split('class="ttct-thongtin"', 1)[1].split('class="ttct-tinlienquan"', 1)[0]
        content_text = _text(content)
        for para in gold["body"].split("\n\n"):
            # a table row's cells are joined by " | " in the gold
            assert para.replace(" | ", " ") in content_text, (gold["path"], para)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in text
        for image in gold["images"]:
            assert f'data-original="{image["path"]}"' in body
            if image["caption"]:
                assert image["caption"] in text
            assert fetch(server, image["path"])[0] == 200
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"Ngày xuất bản: {d}/{m}/{y}" in text, gold["path"]
        assert gold["category"] in text


def test_twelve_hour_clock_read_back():
    for gold in portal.GOLD:
        story = portal.BY_ID[int(gold["path"].rsplit("-", 1)[1].split(".")[0])]
        day, clock, ampm = story.opts["date"].split()
        hh, mm, _ = (int(x) for x in clock.split(":"))
        hour = hh % 12 + (12 if ampm == "CH" else 0)
        d, m, y = day.split("/")
        if hour == 0 and mm == 0:
            assert gold["published_at"] == f"{y}-{m}-{d}"
        else:
            assert gold["published_at"] == f"{y}-{m}-{d}T{hour:02d}:{mm:02d}:00+07:00"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/tin-tuc-su-kien/bai-viet-khong-co-99999.html",
        "/tin-tuc-su-kien/sai-slug-10251.html",
        "/thong-bao/" + portal.BY_ID[10251].slug + "-10251.html",
        "/tin-tuc-su-kien.html?page=9",
        "/lich-cong-tac.html?tuan=50",
        "/van-ban-chi-dao-dieu-hanh/x-2874.html",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
