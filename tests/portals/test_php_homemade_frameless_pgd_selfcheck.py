"""Self-checks of the php_homemade_frameless_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_frameless_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|swf|pdf|doc|xls)$", re.I)
_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"', re.I)
_FORM = re.compile(r'<form\b[^>]*\bmethod="get"[^>]*\baction="([^"]*)"', re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _page_text(body: str) -> str:
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"<(style|script)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(body).replace("\ufeff", " "))


def _links(body: str, base: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body) + _FORM.findall(body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin(base, href).split("#", 1)[0]
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], dict[str, int]]:
    """Breadth-first over links (and GET forms' actions) from START_PATH; redirects followed.

    POST forms (comments, poll, contact) are not submitted, as a crawler does not."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    statuses: dict[str, int] = {}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        statuses[target] = status
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            targets = [nxt.path + (f"?{nxt.query}" if nxt.query else "")]
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            targets = _links(body, server.url(target))
        else:
            targets = []
        for t in targets:
            if t not in seen and not _STATIC.search(urlsplit(t).path):
                seen.add(t)
                queue.append(t)
        assert len(seen) < 200, "crawl does not end"
    return seen, statuses


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 12, g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = _page_text(body.replace("<br />", " "))
        assert g["title"] in text, g["path"]


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        text = _page_text(body)
        for para in g["body"].split("\n\n"):
            # a table row is printed as cells: each cell is on the page
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert "path" in img
            assert img["path"].lstrip("/").split("/", 1)[1] in body, img["path"]
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text
        assert "\ufeff" not in g["body"] and "Font Definitions" not in g["body"]


def test_body_has_no_chrome():
    for g in portal.GOLD:
        for bad in ("Quay lại", "Đánh giá bài viết", "Cập nhật:", "File đính kèm", "Xem thêm", "MsoNormal"):
            assert bad not in g["body"], (g["path"], bad)


def test_alt_paths_serve_the_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if alt.startswith("/tintuc.php"):
                assert status == 301 and headers["Location"] == g["path"]
                continue
            assert status == 200, alt
            assert g["title"] in _page_text(body.replace("<br />", " ")), alt


def test_images_answer(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_every_gold_article_reachable_and_budget(server):
    seen, statuses = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)
    assert all(s in (200, 301, 302) for s in statuses.values()), statuses


def test_page2_only_articles(server):
    """1203 and 1196 are linked from page 2 of the cat=1 listing and from no other page."""
    seen, _ = _crawl(server)
    wanted = {f"/index.php?mod=tintuc&act=chitiet&id={sid}" for sid in (1203, 1196)}
    linking: dict[str, set[str]] = {w: set() for w in wanted}
    for target in seen:
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for link in _links(body, server.url(target)):
            if link in wanted:
                linking[link].add(target)
    for w in wanted:
        assert linking[w] == {"/index.php?mod=tintuc&act=danhsach&cat=1&p=2"}, (w, linking[w])


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THẾ" in body


def test_soft_404_and_empty_pages(server):
    status, body, _ = fetch(server, "/index.php?mod=tintuc&amp;act=chitiet&amp;id=1229")
    assert status == 200 and "không tồn tại" in body
    assert portal.BY_ID[1229].title not in _page_text(body.split("TIN ĐỌC NHIỀU")[0])
    status, body, _ = fetch(server, "/index.php?mod=tintuc&act=danhsach&cat=5&p=2")
    assert status == 200 and "Chưa có tin" in body and "Sau &raquo;" not in body


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay.php", "/index.php?mod=diendan", "/admin/"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_twelve_hour_clock_printed():
    assert portal.BY_ID[1229].opts["posted"].endswith("12:35 AM")
    assert portal.BY_ID[1236].opts["posted"].endswith("12:20 PM")


def test_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
