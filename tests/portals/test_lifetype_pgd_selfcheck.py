"""Self-checks of the lifetype_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import lifetype_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
FORM = re.compile(r"<form[^>]*action=[\"']([^\"']+)[\"'][^>]*method=[\"']get[\"'][^>]*>", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str, here: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        url = urljoin("http://h" + here, html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "h" or parts.scheme != "http":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> dict[str, str]:
    """Every HTML page reachable by links from START_PATH (images and files not fetched)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if re.search(r"\.(jpe?g|png|gif|css|js|pdf)$", target, re.I) or target.startswith(
            ("/resserver.php", "/rss.php")
        ):
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, target
        seen[target] = body
        for link in links(body, target):
            if link not in seen:
                queue.append(link)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        txt = page_text(body)
        assert gold["title"] in txt, target
        for para in gold["body"].split("\n\n"):
            # a table row is its cells joined by " | ": each cell is printed in its own <td>
            assert all(cell in txt for cell in para.split(" | ")), (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in txt
        if gold["source"]:
            assert gold["source"] in txt
        if gold["category"]:
            assert gold["category"] in txt
        srcs = {html.unescape(s) for s in HREF.findall(body)}
        for img in gold["images"]:
            assert img["path"] in srcs
            if img["caption"]:
                assert img["caption"] in txt


def test_gold_dates_are_printed(server):
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.permalink(story))
        txt = page_text(body)
        if story.published_at and len(story.published_at) > 10:
            assert f"{story.published_at[11:16]}" in txt, story.id
        day = story.published_at[:10]
        y, m, d = day.split("-")
        forms = [f"{d} tháng {int(m)}, {y}", f"{d}.{m}.{y}", f"ngày {d} tháng {m} năm {y}"]
        assert any(f in txt for f in forms), (story.id, day)


def test_reachable_and_within_budget(server):
    pages = crawl(server)
    for gold in portal.GOLD:
        targets = {gold["path"], *gold.get("alt_paths", [])}
        assert targets & set(pages), gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_article_only_on_later_pages(server):
    _, body, _ = fetch(server, portal.START_PATH)
    first = set(links(body, "/"))
    for target in ["/index.php?blogId=1", "/index.php?op=Default&postCategoryId=1&blogId=1"]:
        first |= set(links(fetch(server, target)[1], target))
    assert "/post/1/398" not in first
    assert "/index.php?op=ViewArticle&articleId=398&blogId=1" not in first
    assert "/post/1/398" in links(fetch(server, "/index.php?blogId=1&page=3")[1], "/")


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/post/2/412",
        "/post/1/999",
        "/index.php?op=ViewArticle&articleId=999&blogId=1",
        "/index.php?blogId=1&page=9",
        "/index.php?blogId=7",
        "/index.php?op=Template&show=abc&blogId=1",
        "/index.php?op=Comment&articleId=400&blogId=3",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")


def test_traps_present(server):
    _, body, _ = fetch(server, "/post/1/412")
    assert '<h1 id="ten_blog">' in body and "Phòng GD&amp;ĐT Hải Hậu</a></h1>" in body
    assert 'class="bv_nd2"' in body and "Đăng bởi <b>quantri</b> lúc 14:30" in body
    assert "trackback.php?id=412" in body and "Ý kiến bạn đọc" in body
    _, body, _ = fetch(server, "/post/1/405")
    assert "Thi đua - Khen thưởng</a>" in body
    _, body, _ = fetch(server, "/post/3/408")
    assert "Sửa lần cuối: 20.11.2026 08:05" in body and "16.11.2026 | 14:00" in body
    _, body, _ = fetch(server, "/post/2/407")
    assert "&#" in body and "articleName=hoi-thi-gvdg-tieu-hoc-cap-huyen" in body
    _, body, _ = fetch(server, "/index.php?op=Default&postCategoryId=3&blogId=1")
    assert portal.BY_ID[405].blocks[0].text in page_text(body)
