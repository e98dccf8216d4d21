"""Self-checks of the zblog_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import zblog_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"#]*)(?:#[^"]*)?"')
_STATIC = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|xlsx)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text, one space between blocks (a <br/> splits, as the gold does)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<br\s*/?>", "\n", page, flags=re.I)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _links(page: str, current: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = _html.unescape(raw)
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin("http://h" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "h":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if _STATIC.search(parts.path) or (parts.path.endswith(".php") and parts.path != "/search.php" \
                and parts.path != "/feed.php"):
            continue
        out.append(target)
    return out


def _crawl(server) -> list[str]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    order = []
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        order.append(target)
        if status != 200:
            continue
        for link in _links(body, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return order


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "zblog_thcs"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers["Content-Type"]
        text = _text(body)
        assert f'<h1 class="biaoti">{_html.escape(gold["title"])}</h1>' in body
        for para in gold["body"].split("\n\n"):
            if " | " in para:  # a table row: its cells in order
                assert " ".join(para.split(" | ")) in text, (target, para)
            else:
                assert para in text, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert f"Tóm tắt: {gold['summary']}" in text
        for img in gold["images"]:
            assert f'data-original="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        assert 'Chuyên mục: <a href="/?cate=' in body
        assert f">{_html.escape(gold['category'])}</a> &gt; Bài viết" in body


def test_dates_as_printed(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        printed = re.search(r'<span class="shijian">.*?(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2})', body)
        y, m, d, hh, mm = printed.groups()
        if len(gold["published_at"]) > 10:
            assert gold["published_at"] == f"{y}-{m}-{d}T{hh}:{mm}:00+07:00"
        elif gold["path"] == "/?id=5":  # the document's letterhead day
            assert "Lào Cai, ngày 10 tháng 10 năm 2026" in body
            assert gold["published_at"] == "2026-10-10"
        else:
            assert (hh, mm) == ("00", "00") and gold["published_at"] == f"{y}-{m}-{d}"


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="shijian"' not in body.split('id="zhuyao"')[1]


def test_unknown_paths_404(server):
    for target in ("/?id=999", "/?id=1", "/khong-co.html", "/post/99.html", "/?cate=9",
                   "/?page=4", "/?cate=3&page=3", "/?date=2025-3", "/?tags=8", "/?id=21&page=2"):
        assert fetch(server, target)[0] == 404, target


def test_every_gold_article_reachable_within_budget(server):
    order = _crawl(server)
    seen = set(order)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(order) <= budget, (len(order), budget, order)


def test_search_form_redirects(server):
    status, _, headers = fetch(server, "/zb_system/cmd.php?act=search&q=H%E1%BB%99i")
    assert status == 302 and headers["Location"].startswith("/search.php?q=")
    status, body, _ = fetch(server, headers["Location"])
    assert status == 200 and "/?id=21" in body


def test_comment_pager_fragment(server):
    status, body, _ = fetch(server, "/zb_system/cmd.php?act=getcmt&postid=14&page=2")
    assert status == 200 and "msgarticle" in body and "<h1" not in body
