"""Self-checks of the geeklog_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import geeklog_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"']+)["']""", re.I)
_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _links(base: str, markup: str) -> list[str]:
    out = []
    for href in _HREF.findall(markup):
        url = urljoin(base, html.unescape(href))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc or parts.scheme != "http":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over every same-host link from START_PATH: {target: body}."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or _ASSET.search(urlsplit(target).path):
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        queue.extend(_links(server.url(target), body))
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer_with_title(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert record["title"] in _text(body), target


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, record):
    pages = [record["path"], *[a for a in record.get("alt_paths", []) if "&page=" in a]]
    text = " ".join(_text(fetch(server, t)[1]) for t in pages)
    raw = "".join(html.unescape(fetch(server, t)[1]) for t in pages)
    for para in record["body"].split("\n\n"):
        # a table row is a paragraph whose cells the gold joins with " | "
        for cell in para.split(" | "):
            assert cell in text, para
    for img in record["images"]:
        assert img["path"] in raw
        if img["caption"]:
            assert img["caption"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert record["source"] in text
    if record["summary"]:
        assert record["body"].startswith(record["summary"])
    # the date line prints the time in English strftime form
    story = portal.BY_SID[record["path"].split("=", 1)[1]]
    assert portal.gl_date(story.opts["shown"]) in text
    assert record["category"] in text


def test_print_view_has_whole_split_story(server):
    record = next(g for g in portal.GOLD if g["path"].endswith("hkpd-2026"))
    text = _text(fetch(server, "/article.php?story=hkpd-2026&mode=print")[1])
    for para in record["body"].split("\n\n"):
        assert para in text
    page1 = _text(fetch(server, "/article.php?story=hkpd-2026")[1])
    assert "Kết quả toàn đoàn" not in page1


def test_topic_icon_and_comments_are_chrome(server):
    _, body, _ = fetch(server, "/article.php?story=20261029124022904")
    assert "/images/topics/topic_chuyenmon.png" in body
    assert "Re: Hội thi giáo viên dạy giỏi" in body
    assert "Gửi bởi phuhuynh7a1 vào Friday, October 30 2026 @ 08:12 PM ICT" in _text(body)
    assert "Thursday, October 29 2026 @ 12:40 PM ICT" in _text(body)


def test_plaintext_story_has_no_paragraph_tags(server):
    _, body, _ = fetch(server, "/article.php?story=20261102000000517")
    div = body.split('class="nd-bv">', 1)[1].split("</div>", 1)[0]
    assert "<p" not in div and "<br />\n<br />" in div
    assert "12:00 AM ICT" in body


def test_all_gold_reachable(crawl):
    for record in portal.GOLD:
        assert record["path"] in crawl, record["path"]


def test_only_topic_stories_not_on_front(crawl):
    front = [t for t in crawl if t == "/" or t.startswith("/index.php?page=")]
    assert len(front) == 3
    for sid in ("cn-xanh-2026", "20261015090012066"):
        assert not any(f"story={sid}" in crawl[t] for t in front)


def test_crawl_budget(crawl):
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, (len(crawl), budget)


def test_non_articles(server, crawl):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target
        assert target in crawl, target


@pytest.mark.parametrize(
    "target",
    [
        "/article.php?story=nope",
        "/article.php?story=cn-xanh-2026&page=2",
        "/article.php?story=cn-xanh-2026&foo=1",
        "/index.php?page=9",
        "/index.php?topic=khong-co",
        "/staticpages/index.php/khong-co",
        "/calendar/event.php?eid=1",
        "/khong-ton-tai.html",
        "/article.php/nope",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_table_rows_are_rows(server):
    _, body, _ = fetch(server, "/article.php?story=olympic-ta-2026")
    assert "<tr><td>3</td><td>H’Ly Niê Kdăm</td><td>8A1</td><td>Ba</td></tr>" in body
