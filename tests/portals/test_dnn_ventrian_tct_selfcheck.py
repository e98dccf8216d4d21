"""Self-checks of the dnn_ventrian_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import dnn_ventrian_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"', re.I)
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<br\s*/?>|</p>|</li>|</td>|</th>|</div>", "\n", body, flags=re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("mailto:", "javascript:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        path = quote(parts.path, safe="/%-._~")
        if path.lower().endswith(_SKIP_EXT) or "imagehandler.ashx" in path.lower():
            continue
        out.append(path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in links(body, urlsplit(target).path):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[5])
def test_gold_pages_answer_with_title_and_fields(server, gold):
    texts = []
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
        texts.append(text)
    main = texts[0]
    union = " ".join(texts)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # table rows: cells joined by " | " in the gold
            assert cell in union, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in main
    if gold["summary"]:
        assert gold["summary"] in main
    if gold["source"]:
        assert gold["source"] in main
    assert gold["category"] in main
    _, body, _ = fetch(server, gold["path"])
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in main


def test_multi_page_article_split(server):
    gold = next(g for g in portal.GOLD if "/1203/" in g["path"])
    _, p1, _ = fetch(server, gold["path"])
    _, p2, _ = fetch(server, gold["alt_paths"][1])
    assert "Đặt vấn đề" in page_text(p1) and "Thứ ba, ứng dụng" not in page_text(p1)
    assert "Thứ ba, ứng dụng" in page_text(p2)
    _, pr, _ = fetch(server, gold["alt_paths"][2])
    for para in gold["body"].split("\n\n"):
        assert para in page_text(pr)


def test_dates_printed_us_culture(server):
    gold = next(g for g in portal.GOLD if "/1187/" in g["path"])
    _, body, _ = fetch(server, gold["path"])
    assert "Đăng ngày: 10/8/2026 8:00:00 AM" in body
    gold = next(g for g in portal.GOLD if "/1203/" in g["path"])
    _, body, _ = fetch(server, gold["path"])
    assert "11/2/2026 12:00:00 AM" in body


def test_all_gold_reachable_within_budget(server):
    seen, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_page_two_only_article(server):
    gold = next(g for g in portal.GOLD if "/1198/" in g["path"])
    for target in ["/", "/tin-tuc.aspx", portal.cat_path(2), portal.archive_path(11)]:
        _, body, _ = fetch(server, target)
        assert gold["path"] not in body, target
    _, body, _ = fetch(server, portal.cat_path(2, 2))
    assert gold["path"] in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize("path", [
    "/khong-co-trang-nay.aspx",
    "/tin-tuc/articleType/ArticleView/articleId/9999/Khong-co.aspx",
    "/tin-tuc/articleType/CategoryView/categoryId/2/currentpage/9.aspx",
    "/tin-tuc/articleType/ArchiveView/month/3/year/2026.aspx",
    "/tin-tuc/articleType/ArticleView/articleId/1187/PageID/1401/x.aspx",
])
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
