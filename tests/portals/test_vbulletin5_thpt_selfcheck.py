"""Self-checks of the vbulletin5_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vbulletin5_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<(?:a|link)\b[^>]*?\bhref="([^"]*)"', re.I)
_FORM = re.compile(r'<form\b[^>]*?action="([^"]*)"[^>]*?method="get"[^>]*>(.*?)</form>', re.I | re.S)
_BASE = re.compile(r'<base href="([^"]+)"')
_ASSETS = (".css", ".js", ".ico", ".png", ".jpg", ".gif")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, page_url: str) -> list[str]:
    base = _BASE.search(page).group(1)
    out = []
    for raw in _HREF.findall(page):
        raw = _html.unescape(raw)
        if raw.startswith(("javascript:", "#", "mailto:")):
            continue
        out.append(urljoin(base, raw))
    for action, inner in _FORM.findall(page):
        value = re.search(r'name="page"[^>]*value="(\d+)"', inner)
        if value:
            out.append(urljoin(base, _html.unescape(action)) + f"?page={value.group(1)}")
    return out


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen, queue, pages = {portal.START_PATH}, deque([portal.START_PATH]), 0
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for url in _links(body, server.url(target)):
            parts = urlsplit(url)
            if parts.netloc != host:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.lower().endswith(_ASSETS) or parts.path in ("/css.php", "/filedata/fetch", "/core/image.php"):
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen, pages


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = _plain(page)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (target, piece)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert _html.escape(img["path"].lstrip("/")) in page
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text
        story = portal.BY_ID[int(gold["path"].rsplit("/", 1)[1].split("-")[0])]
        assert portal._printed(story) in text


def test_printed_dates_match_gold():
    assert portal.vbdate("2026-11-20T10:15:00+07:00") == "20-11-2026, 10:15 SA"
    assert portal.vbdate("2026-12-02T20:00:00+07:00") == "02-12-2026, 08:00 CH"
    assert portal.vbdate("2026-11-13T12:20:00+07:00") == "13-11-2026, 12:20 CH"
    assert portal.utc_naive("2026-11-20T10:15:00+07:00") == "2026-11-20T03:15:00"


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_articles(server):
    _, page1, _ = fetch(server, "/articles/tin-tuc-nha-truong")
    _, page2, _ = fetch(server, "/articles/tin-tuc-nha-truong/page2")
    _, jump, _ = fetch(server, "/articles/tin-tuc-nha-truong?page=2")
    for sid in (1311, 1304, 1297):
        assert f"/{sid}-" not in page1
        assert f"/{sid}-" in page2 and f"/{sid}-" in jump


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    assert fetch(server, path)[0] == 200


def test_comment_page_canonical_names_itself(server):
    path = "/articles/tin-tuc-nha-truong/1348-le-ky-niem-44-nam-ngay-nha-giao-viet-nam/page2"
    _, page, _ = fetch(server, path)
    assert re.search(r'rel="canonical" href="http://[^"]+' + re.escape(path) + '"', page)
    _, old, _ = fetch(server, "/articles/tin-tuc-nha-truong/1325-hoc-sinh-tham-gia-ngay-hoi-stem")
    assert "1325-hoc-sinh-nha-truong-gianh-7-giai" in re.search(r'rel="canonical" href="([^"]+)"', old).group(1)


def test_page_jump_form_targets_answer(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            assert alt.startswith(gold["path"]) or "1325-" in alt
    assert fetch(server, "/articles/tin-tuc-nha-truong?page=1")[0] == 200
    assert fetch(server, "/articles/tin-tuc-nha-truong/1348-le-ky-niem-44-nam-ngay-nha-giao-viet-nam?page=3")[0] == 404


def test_ncr_article_is_encoded(server):
    _, page, _ = fetch(server, "/articles/tin-tuc-nha-truong/1304-doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-chuan-bi-nam-hoc-moi")
    assert "&#7885;" in page or "&#7899;" in page


@pytest.mark.parametrize("path", [
    "/khong-co-trang-nay",
    "/articles/tin-tuc-nha-truong/articles/tin-tuc-nha-truong/1348-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "/articles/tin-tuc-nha-truong/page3",
    "/articles/tin-tuc-nha-truong/page1",
    "/articles/tin-tuc-nha-truong/1348-sai-slug",
    "/articles/doan-truong/1348-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "/articles/tin-tuc-nha-truong/1360-hoi-nghi-cha-me-hoc-sinh-khoi-12-nam-hoc-2026-2027/page2",
    "/articles/tin-tuc-nha-truong/1348-le-ky-niem-44-nam-ngay-nha-giao-viet-nam?p=9999",
    "/member/5-khac",
    "/forum/hoi-dap-hoc-tap/page2",
])
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404
