"""Self-checks of the dnn9_easydnnnews_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnn9_easydnnnews_thpt as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""(?:href|action)\s*=\s*["']([^"']+)["']""", re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".pdf", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """Visible text of a page, tags to spaces, entities resolved, whitespace collapsed, NFC."""
    no_script = re.sub(r"<script.*?</script>", " ", page, flags=re.S | re.I)
    stripped = re.sub(r"<[^>]+>", " ", no_script)
    text = html.unescape(stripped).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text)).strip()


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def _crawl(server) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        assert status == 200, target
        for link in _links(body, target):
            if urlsplit(link).path.lower().endswith(_SKIP_EXT) or link.startswith(("/Portals/", "/Resources/")):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen


def test_module_contract():
    assert portal.NAME == "dnn9_easydnnnews_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers["Content-Type"]
            h1 = re.search(r'<h1 class="edn_articleTitle"[^>]*>(.*?)</h1>', body, re.S)
            assert h1 and _plain(h1.group(1)) == g["title"], target
            assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
        status, body, _ = fetch(server, g["path"])
        plain = _plain(body)
        for para in g["body"].split("\n\n"):
            printed = " ".join(para.split(" | "))  # a table row: its cells, one after another
            assert printed in plain, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in plain
            assert g["body"].startswith(g["summary"])
        for img in g["images"]:
            assert img["path"] in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in plain
            assert fetch(server, img["path"])[0] == 200
        for name in g["authors"] + g["photographers"]:
            assert name in plain, (g["path"], name)
        if g["source"]:
            assert f"Theo {g['source']}" in plain
        assert g["category"] in plain
        # the page prints its date in the .NET vi-VN long form (or the letterhead's day)
        if "T" in (g["published_at"] or ""):
            day = g["published_at"][:10]
            y, m, d = day.split("-")
            month = portal._MONTHS[int(m) - 1]
            assert f"{d} {month} {y}" in plain, g["path"]


def test_dates_printed_as_dotnet_vi_vn():
    assert portal.long_date(portal.W(2026, 12, 4, 16, 45)) == "Thứ Sáu, 04 Tháng Mười Hai 2026 4:45 CH"
    assert portal.long_date(portal.W(2026, 11, 25, 12, 20)).endswith("25 Tháng Mười Một 2026 12:20 CH")
    assert portal.long_date(portal.W(2026, 10, 26, 0, 0)).endswith("26 Tháng Mười 2026 12:00 SA")


def test_every_gold_article_is_reachable_within_budget(server):
    seen = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_some_articles_only_on_page_two_or_later(server):
    first_pages = ["/", "/tin-tuc"] + [portal.cat_path(k) for k in portal.CATS]
    on_first = set()
    for target in first_pages:
        _, body, _ = fetch(server, target)
        on_first.update(_links(body, target))
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in on_first]
    assert len(hidden) >= 2, hidden


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "edn_articleDetails" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/tin-tuc/bai-viet-khong-ton-tai",
        "/tin-tuc/ArtMID/420/ArticleID/9999/khong-co",
        "/tin-tuc/category/tin-tuc-su-kien/page/9",
        "/tin-tuc/PgrID/420/PageID/7",
        "/tin-tuc/tag/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as fh:
        source = fh.read()
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
