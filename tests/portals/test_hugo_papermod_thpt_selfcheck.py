"""Self-checks of the hugo_papermod_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hugo_papermod_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""href=["']([^"'#]+)["']""")
_REFRESH = re.compile(r"""http-equiv="refresh" content="0; url=([^"]+)\"""")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r'<sup id="fnref:\d+">.*?</sup>', "", page)  # a bare note call is no text
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _local(base: str, current: str, link: str) -> str | None:
    absolute = urljoin(base + current, _html.unescape(link))
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server) -> tuple[set[str], int]:
    """Breadth-first over HTML pages from START_PATH: links, meta refreshes, redirects."""
    base = server.base_url
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    reached: set[str] = set()
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        links: list[str] = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            reached.add(unquote(target))
            links += _HREF.findall(body) + _REFRESH.findall(body)
        for link in links:
            nxt = _local(base, target, link)
            if nxt is None or nxt in seen:
                continue
            if re.search(r"\.(jpg|png|ico|css|js|xml|json|pdf)$", nxt):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return reached, pages


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda r: r["path"].split("/")[-2])
def test_gold_page_prints_its_fields(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = _text(body)
    assert record["title"] in text
    for para in record["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["summary"]:
        assert record["summary"] in text
    if record["source"]:
        assert f"Nguồn: {record['source']}" in text
    for img in record["images"]:
        src = img["path"].rsplit("/", 1)[-1]
        assert f'src="{src}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert record["category"] in text
    day = (record["published_at"] or "")[:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or record["published_at"][11:16] == "09:15"


def test_alt_paths_serve_the_same_article(server):
    for record in portal.GOLD:
        for alt in record["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            if alt.endswith("index.html"):
                assert record["title"] in _text(body)
            else:
                assert portal.href(record["path"]) in body  # an alias page refreshing to the post


def test_every_gold_article_reachable_within_budget(server):
    reached, pages = _crawl(server)
    for record in portal.GOLD:
        assert record["path"] in reached, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_later_list_pages(server):
    _, first, _ = fetch(server, "/posts/")
    _, third, _ = fetch(server, "/posts/page/3/")
    first, third = (page.split("<main")[1].split("</main>")[0] for page in (first, third))
    late = [g for g in portal.GOLD if portal.href(g["path"]) in third]
    assert late
    assert all(portal.href(g["path"]) not in first for g in late)
    _, home, _ = fetch(server, "/")
    assert not any(portal.href(g["path"]) in home.split('<footer class="footer">')[0] for g in portal.GOLD)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ("/khong-co-trang-nay/", "/posts/2026/khong-ton-tai/", "/posts/page/9/", "/tin-tuc/x.html"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_traps_are_printed(server):
    _, body, _ = fetch(server, "/posts/2026/clb-tin-hoc-workshop-python-cho-lop-10/")
    assert "2026-11-20 02:15:00 +0000 UTC" in body
    assert "Tin, ảnh: Lê Minh Khoa" in body
    _, body, _ = fetch(server, "/posts/2026/hoc-sinh-doat-3-giai-nhat-tin-hoc-tre/")
    assert "nhận giải Nhất bảng B.<a href=" in body
    assert 'class="anchor" aria-hidden="true"' in body and 'class="toc"' in body
    _, body, _ = fetch(server, "/posts/page/1/")
    assert 'http-equiv="refresh"' in body
    status, _, headers = fetch(server, "/posts/2026/ngay-hoi-stem-2026")
    assert status == 301 and headers["Location"].endswith("/posts/2026/ngay-hoi-stem-2026/")
    status, _, _ = fetch(server, "/categories/ho%E1%BA%A1t-%C4%91%E1%BB%99ng/")
    assert status == 200
    status, _, headers = fetch(server, "/posts/2026/clb-tin-hoc-workshop-python-cho-lop-10/anh-3.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
