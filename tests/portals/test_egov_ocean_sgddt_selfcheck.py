"""Self-checks of the egov_ocean_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import egov_ocean_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""(?:href|action)\s*=\s*["']([^"']+)["']""", re.I)
_FORM = re.compile(r"<form\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<script\b.*?</script>", re.I | re.S)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", page))))


def _links(page: str, here: str) -> list[str]:
    """Same-host targets of <a href> and GET forms (POST forms are not followed)."""
    post_actions = set()
    for form in _FORM.findall(page):
        if re.search(r"method\s*=\s*[\"']?post", form, re.I):
            m = re.search(r"action\s*=\s*[\"']([^\"']+)", form, re.I)
            if m:
                post_actions.add(m.group(1))
    out = []
    for raw in _HREF.findall(page):
        if raw in post_actions:
            continue
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if re.search(r"\.(css|js|png|jpg|gif|ico|pdf)$", parts.path, re.I):
            continue
        out.append(target)
    return out


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
            queue.extend(t for t in _links(body, target) if t not in seen)
    return seen


def test_shape():
    assert portal.NAME == "egov_ocean_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-12:])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    story = next(s for s in portal.STORIES if portal.pretty_path(s) == gold["path"])
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = _text(page)
        assert gold["title"] in text
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in page
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in page
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        # the detail view prints the en-US culture's date
        assert portal._us(portal._posted(story)) in text


def test_dates_as_printed():
    a = next(s for s in portal.STORIES if s.id == 2901)
    assert portal._us(portal._posted(a)) == "12/3/2026 2:30:00 PM"
    c = next(s for s in portal.STORIES if s.id == 2890)
    assert portal._us(portal._posted(c)) == "11/27/2026 12:00:00 AM"


def test_reachable_within_budget(server):
    seen = _crawl(server)
    reached = {t for t, body in seen.items() if body}
    for gold in portal.GOLD:
        targets = {gold["path"], *gold.get("alt_paths", [])}
        assert targets & reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_some_articles_only_on_later_pages(server):
    _, page1, _ = fetch(server, "/Home/DanhSachTin?cm=2")
    _, home, _ = fetch(server, "/")
    last = next(s for s in portal.STORIES if s.id == 2850)
    assert str(last.id) not in " ".join(_links(page1, "/") + _links(home, "/"))
    _, page3, _ = fetch(server, "/Home/DanhSachTin?cm=2&page=3")
    assert portal.mvc_path(last) in _html.unescape(page3)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "tbl-ttin" in page or "noidung-tin" in page


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.aspx",
        "/tin-tuc/bai-khong-co-9999.aspx",
        "/Home/ChiTietTin?id=00000000-0000-0000-0000-000000000000&cm=2",
        "/Home/DanhSachTin?cm=2&page=9",
        "/Home/DanhSachTin?cm=77",
        "/van-ban/chi-tiet/khong-co-1.aspx",
        "/hoi-dap/chi-tiet-1.aspx",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
