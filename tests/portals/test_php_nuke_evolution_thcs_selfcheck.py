"""Self-check of the php_nuke_evolution_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import php_nuke_evolution_thcs as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"([^>]*)>')
_TAG = re.compile(r"<[^>]+>")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _links(page: str, current: str, host: str = "h") -> list[str]:
    out = []
    for href, rest in _HREF.findall(page):
        if "nofollow" in rest:
            continue
        url = urljoin("http://h" + current, _html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc not in ("h", host):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        assert status == 200, target
        if "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, target, f"{server.host}:{server.port}"):
            if re.search(r"\.(gif|jpg|png|css|js)$", urlsplit(link).path) or link.startswith("/backend"):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["path"]
        assert g["published_at"] is None or g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert g["body"] and g["title"] and g["category"] in {n for n, _ in portal.TOPICS.values()}
        assert all("images/topics/" not in i.get("path", "") for i in g["images"])


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            if "&page=2" not in target:
                assert g["title"] in _text(body), target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        page = _text(body)
        for alt in g.get("alt_paths", []):
            if "&page=" in alt:
                page += " " + _text(fetch(server, alt)[1])
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in page, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in page, (g["path"], name)
        if g["source"]:
            assert g["source"] in page
        for img in g["images"]:
            assert img["path"].lstrip("/") in body
            if img["caption"]:
                assert img["caption"] in page
        # the print page carries the whole text
        _, printed, _ = fetch(server, f"/modules.php?name=News&file=print&sid={g['path'].split('=')[-1]}")
        assert g["body"].split("\n\n")[-1].split(" | ")[0] in _text(printed)


def test_printed_dates(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, f"/article{story.id}.html")
        assert f"Gửi lúc {portal.nuke_date(story.opts['posted'])}" in _text(body)
    assert portal.nuke_date("2026-12-03 14:30:00") == "Thứ năm, 03 Tháng mười hai 2026 @ 14:30:00 ICT"


def test_traps_as_documented(server):
    _, body, _ = fetch(server, "/modules.php?name=News&file=article&sid=121")
    assert "Tin nổi bật: Lễ kỷ niệm 44 năm" in _text(body)
    assert "<title>Trường THCS Chu Văn An - Tin tức - Lễ kỷ niệm" in body
    _, body, _ = fetch(server, "/article131.html")
    assert 'Đỗ Minh Tuấn</a> viết <i>"Tại cuộc thi' in body
    _, body, _ = fetch(server, "/article110.html")
    assert 'Khách viết <i>"Ban đại diện' in body
    _, body, _ = fetch(server, "/article126.html")
    assert "<b>Ghi chú:</b> <i>Theo Báo Thái Nguyên điện tử</i>" in body
    _, body, _ = fetch(server, "/article124.html")
    assert "&#" in body and "@ 00:00:00 ICT" in body
    _, body, _ = fetch(server, "/article118.html")
    assert "Trang: 1/2" in body and "Tổ chuyên môn thống nhất" not in body
    _, home, _ = fetch(server, "/")
    assert "Thứ hai, 16 Tháng mười một</b>" in home
    assert 'href="article118.html"' in home
    assert "modules.php?name=News&amp;file=article&amp;sid=131" in home
    # no Read-More for a hometext-only story
    _, t4, _ = fetch(server, "/modules.php?name=News&new_topic=4")
    assert "file=article&amp;sid=104\"" not in t4 and "Kính mời quý cha mẹ" in t4


def test_reachable_and_budget(server):
    seen, fetched = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    # page 2 only: not on the home page
    _, home, _ = fetch(server, "/")
    for sid in (101, 98):
        assert f"sid={sid}" not in home and f"article{sid}.html" not in home
    print("fetched", fetched)
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Gửi lúc" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/nope.html",
        "/article999.html",
        "/modules.php?name=News&file=article&sid=5",
        "/modules.php?name=News&new_topic=1&pagenum=9",
        "/modules.php?name=News&new_topic=8",
        "/modules.php?name=Content&pa=showpage&pid=44",
        "/modules.php?name=Forums",
        "/modules.php?name=News&file=article&sid=118&page=3",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
