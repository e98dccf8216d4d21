"""Self-check of the chyrp_lite_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import chyrp_lite_mamnon as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_FORM = re.compile(r'<form action="([^"]*)" method="get"')
_BUDGET = 3 * (13 + len(portal.NON_ARTICLES))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<sup[^>]*>.*?</sup>", "", page)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page) + _FORM.findall(page):
        url = urljoin("http://h" + here, html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != "h":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if re.search(r"\.(jpg|png|gif|css|js|ico)$|thumbnail\.php|/uploads/|/feed/", target):
            continue
        out.append(target)
    return out


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"])
        assert g["published_at"] >= "2026-10-01"


def test_gold_pages_and_fields(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, page, _ = fetch(server, target)
            assert status == 200, target
            assert f"<title>{html.escape(g['title'])} |" in page, target
            text = _text(page)
            assert g["title"] in text
            for para in g["body"].split("\n\n"):
                if " | " in para:
                    for cell in para.split(" | "):
                        assert cell in text, (target, cell)
                else:
                    assert para in text, (target, para)
            for name in g["authors"] + g["photographers"]:
                assert name in text, (target, name)
            if g["source"]:
                assert g["source"] in text
            raw = html.unescape(page)
            for img in g["images"]:
                assert f'src="{img["path"]}"' in raw, (target, img)
                if img["caption"]:
                    assert img["caption"] in text
            assert g["category"] in text


def test_dates_printed_local(server):
    months = {10: "Mười", 11: "Mười Một", 12: "Mười Hai"}
    for g in portal.GOLD:
        _, page, _ = fetch(server, g["path"])
        text = _text(page)
        y, m, d = (int(x) for x in g["published_at"][:10].split("-"))
        if "T" in g["published_at"]:
            hm = g["published_at"][11:16]
            assert f"{d} tháng {months[m]}, {y} lúc {hm}" in text, g["path"]
        elif "lúc 00:00" not in text:
            assert f"ngày {d} tháng {m} năm {y}" in text, g["path"]


def test_traps(server):
    # URL day is the UTC day; the page prints the local one
    status, page, _ = fetch(server, "/2026/12/02/be-mau-giao-lon-a1-trai-nghiem-lam-banh-troi/")
    assert status == 200 and 'datetime="2026-12-02T23:20:00Z"' in page
    assert "3 tháng Mười Hai, 2026 lúc 06:20" in page
    # photo feather: text inside div.caption, image through the thumbnailer
    _, page, _ = fetch(server, "/2026/11/28/be-vui-trai-nghiem-tai-vuon-rau-cua-be/")
    assert '<div class="caption">' in page and "thumbnail.php?file=IMG_2041.jpg&amp;max_width" in page
    assert "đã sửa 02/12/2026 10:03" in page and 'class="comments"' in page
    status, _, headers = fetch(server, "/includes/thumbnail.php?file=IMG_2041.jpg&max_width=960")
    assert status == 200 and headers["Content-Type"].startswith("image/")
    # link feather: headline goes off-site
    _, page, _ = fetch(server, "/")
    _, page, _ = fetch(server, "/page/2/")
    assert 'href="https://baotuyenquang.com.vn/' in page and 'rel="external"' in page
    # footnotes markup
    _, page, _ = fetch(server, "/2026/11/26/phong-chong-benh-tay-chan-mieng-cho-tre-mua-dong/")
    assert 'class="footnote-ref">1</a></sup>' in page and "&#8617;" in page
    # no slash: redirect
    status, _, headers = fetch(server, "/2026/11/26/phong-chong-benh-tay-chan-mieng-cho-tre-mua-dong")
    assert status == 301 and headers["Location"].endswith("/")


def test_non_articles_and_404(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in ["/khong-co/", "/2026/11/28/khong-co/", "/page/9/", "/category/xyz/",
                   "/?action=view&url=khong-co", "/archive/2026/09/", "/?p=1"]:
        assert fetch(server, target)[0] == 404, target


def test_reachable_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, page, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for link in _links(page, urlsplit(target).path):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= _BUDGET, fetched
