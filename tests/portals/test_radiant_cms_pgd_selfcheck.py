"""Self-checks of the radiant_cms_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import radiant_cms_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)
_FORM = re.compile(r'<form\b[^>]*\baction="([^"]+)"[^>]*>', re.I)
_TAG = re.compile(r"<[^>]+>")
_ASSET = re.compile(r"\.(jpg|jpeg|png|gif|pdf|css|js|ico)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        if not re.match(r"post", raw):
            out.append(raw)
    for tag in _FORM.finditer(page):
        if 'method="post"' not in tag.group(0).lower():
            out.append(tag.group(1))
    targets = []
    for raw in out:
        url = urljoin("http://fixture.invalid" + here, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid" or parts.scheme != "http":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _ASSET.search(parts.path):
            continue
        targets.append(target)
    return targets


def _crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue.extend(t for t in _links(body, urlsplit(target).path) if t not in seen)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert portal.NAME == "radiant_cms_pgd"


def test_gold_pages_answer_with_title_and_fields(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            plain = _plain(page)
            assert gold["title"] in plain, target
            for para in gold["body"].split("\n\n"):
                for cell in para.split(" | "):
                    assert cell in plain, (target, para)
            for name in gold["authors"] + gold["photographers"]:
                assert name in plain, (target, name)
            if gold["source"]:
                assert f"Nguồn: {gold['source']}" in plain
            for img in gold["images"]:
                assert f'src="{img["path"]}"' in page, (target, img)
                if img["caption"]:
                    assert img["caption"] in plain
            assert gold["category"] in plain


def test_dates_printed(server):
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        day = gold["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in page or f"{d} tháng {m}, {y}" in page or f"{d}.{m}.{y}" in page
        if "T" in gold["published_at"]:
            hh, mm = gold["published_at"][11:16].split(":")
            h12 = int(hh) % 12 or 12
            assert f"{hh}:{mm}" in page or f"{h12:02d}:{mm} {'SA' if int(hh) < 12 else 'CH'}" in page


def test_utc_url_day_differs_for_early_posts():
    early = [g for g in portal.GOLD if g.get("alt_paths")]
    assert len(early) == 3
    for gold in early:
        assert gold["path"] != gold["alt_paths"][0]
        assert gold["published_at"][8:10] not in gold["path"].split("/")[4]


def test_reachable_within_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]), gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert seen.get(path), path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_some_gold_only_on_later_pages(server):
    _, first, _ = fetch(server, "/tin-tuc/")
    _, home, _ = fetch(server, "/")
    _, p2, _ = fetch(server, "/tin-tuc/?p=2")
    later = [g for g in portal.GOLD if g["path"] not in first and g["path"] not in home]
    assert len(later) >= 5
    assert any(g["path"] in p2 for g in later)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "Phòng GDĐT Châu Thành" in page


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay/",
        "/tin-tuc/2026/11/03/tong-ket-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-moi/",
        "/tin-tuc/2026/12/04/khong-co-bai/",
        "/tin-tuc/2025/",
        "/tin-tuc/2026/09/",
        "/tin-tuc/?p=abc",
        "/pages/141/comments",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
