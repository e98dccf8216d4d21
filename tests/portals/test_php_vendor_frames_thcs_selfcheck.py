"""Self-checks of the php_vendor_frames_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_vendor_frames_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _raw(server: PortalServer, target: str) -> tuple[int, bytes]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _visible(page: str) -> str:
    """The page's text: tags dropped (a tag is a space), entities resolved, whitespace collapsed."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    found = [_html.unescape(h) for h in re.findall(r'href="([^"#]+)"', page)]
    for form in re.finditer(r'(?is)<form[^>]*action="([^"]+)"[^>]*method="get"[^>]*>(.*?)</form>', page):
        names = re.findall(r'name="([^"]+)"', form.group(2))
        found.append(form.group(1) + "?" + "&".join(f"{n}=" for n in names))
    out = []
    for href in found:
        if href.startswith(("javascript:", "mailto:")):
            continue
        url = urlsplit(urljoin("http://fixture.invalid" + here, href))
        if url.netloc != "fixture.invalid":
            continue
        out.append(url.path + (f"?{url.query}" if url.query else ""))
    return out


def _crawl(server: PortalServer) -> set[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body = _raw(server, target)
        if status != 200 or not body.lstrip().startswith((b"<!DOCTYPE", b"<html")):
            continue
        for link in _links(body.decode("utf-8", "replace"), target):
            if link not in seen and not link.startswith(("/UserFiles/", "/images/", "/upload/")):
                seen.add(link)
                queue.append(link)
        assert len(seen) < 200, "crawl does not end"
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_article(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = _visible(page)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells, in order
                assert re.search(r"\s*".join(re.escape(c) for c in para.split(" | ")), text), (target, para)
            else:
                assert para in text, (target, para)
        if gold["summary"]:
            assert gold["summary"] in text
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text
        for img in gold["images"]:
            assert img["path"] in page
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text


def test_titles_are_not_the_page_title(server):
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert title == portal.PAGE_TITLE
    assert all(g["title"] not in title for g in portal.GOLD)


def test_dates_printed_as_php_english():
    assert portal.en_date("2026-11-03 14:30") == "Tue, 03/11/2026 - 2:30 pm"
    assert portal.en_date("2026-10-21 00:00") == "Wed, 21/10/2026 - 12:00 am"
    for gold in portal.GOLD:
        if "T" in (gold["published_at"] or ""):
            assert gold["published_at"].endswith("+07:00")


def test_date_lines_on_pages(server):
    for s in portal.STORIES:
        _, page, _ = fetch(server, f"/tintuc.php?id={s.id}")
        assert f"({portal.en_date(s.opts['posted'])})" in page
    _, page, _ = fetch(server, "/thongbao.php?id=33")
    assert "Cam Lâm, ngày 01 tháng 12 năm 2026" in _visible(page)


def test_listings_carry_broken_utf8(server):
    status, body = _raw(server, "/tintuc.php?loai=1")
    assert status == 200
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


def test_hidden_continuation_is_in_page(server):
    _, page, _ = fetch(server, "/tintuc.php?id=103")
    assert 'id="xemtiep" style="display:none"' in page
    assert "Tiêu chuẩn 2: Cán bộ quản lý" in _visible(page.split('id="xemtiep"')[1])


def test_all_gold_reachable(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # the oldest post of loai=1 and the oldest notice are only on page 2 of their listing
    assert "/tintuc.php?loai=1&trang=2" in seen and "/thongbao.php?trang=2" in seen
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)) + 40


def test_page_two_only(server):
    for target in ["/", "/tintuc.php?loai=1", "/thongbao.php", *[f"/tintuc.php?id={s.id}" for s in portal.STORIES],
                   *[f"/thongbao.php?id={n.id}" for n in portal.NOTICES]]:
        _, body = _raw(server, target)
        page = body.decode("utf-8", "replace")
        if target != "/tintuc.php?id=91":
            assert 'href="tintuc.php?id=91"' not in page, target
        if target != "/thongbao.php?id=30":
            assert 'href="thongbao.php?id=30"' not in page, target
    _, body = _raw(server, "/tintuc.php?loai=1&trang=2")
    assert b'href="tintuc.php?id=91"' in body
    _, body = _raw(server, "/thongbao.php?trang=2")
    assert b'href="thongbao.php?id=30"' in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize("path", ["/nope.php", "/tintuc.php?id=999", "/tintuc.php?loai=9", "/thongbao.php?id=1",
                                  "/tintuc.php?loai=1&trang=7", "/intin.php?id=5"])
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _ = _raw(server, img["path"])
            assert status == 200, img["path"]
