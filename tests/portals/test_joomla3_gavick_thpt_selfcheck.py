"""Self-check of the joomla3_gavick_thpt fixture portal against itself (never the crawler).

Every gold path and alt path answers 200 with the title; the gold text, names, images and
dates are printed on the page; every article is reachable by links from "/", three only via
page 2 of a listing; non-articles answer 200; unknown paths 404; the crawl stays bounded.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla3_gavick_thpt as portal
from ._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*?href="([^"#][^"]*)"([^>]*)>', re.I)
_FORM = re.compile(r'<form\b[^>]*action="([^"]*)"[^>]*method="get"', re.I)
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S | re.I)
_SUP = re.compile(r"<sup\b.*?</sup>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_STATIC = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip())


def _text(page: str) -> str:
    page = _SCRIPT.sub(" ", page)
    page = _SUP.sub("", page)
    page = re.sub(r"<br\s*/?>", "\n", page, flags=re.I)
    return _norm(html.unescape(_TAG.sub(" ", page)))


def _local(target: str, href: str) -> str | None:
    url = urljoin("http://fixture.invalid" + target, html.unescape(href))
    parts = urlsplit(url)
    if parts.netloc != "fixture.invalid" or parts.scheme != "http":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer, *, follow_nofollow: bool) -> tuple[dict[str, str], int]:
    """Breadth-first walk over <a href> links from START_PATH; returns pages and request count."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        requests += 1
        if status != 200:
            continue
        pages[target] = body
        for href, attrs in _HREF.findall(body):
            if not follow_nofollow and "nofollow" in attrs:
                continue
            nxt = _local(target, href)
            if not nxt or _STATIC.search(urlsplit(nxt).path) or "download=" in nxt:
                continue
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
        assert len(seen) < 400, "the walk does not end"
    return pages, requests


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^2026-(10|11|12)-\d{2}(T\d{2}:\d{2}:00\+07:00)?$")
    paths = set()
    for rec in portal.GOLD:
        assert stamp.match(rec["published_at"]), rec["path"]
        assert rec["body"] and rec["title"] and rec["category"]
        assert rec["path"] not in paths
        paths.add(rec["path"])
        for alt in rec.get("alt_paths", []):
            assert alt not in paths
            paths.add(alt)
        if rec["summary"]:
            assert rec["body"].startswith(rec["summary"])
    assert not paths & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"].rsplit("/", 1)[-1][:30])
def test_gold_page_prints_its_gold(server, rec):
    status, body, _ = fetch(server, rec["path"])
    assert status == 200
    text = _text(body)
    assert rec["title"] in text
    assert f'<h1 itemprop="headline">{html.escape(rec["title"], quote=True)}</h1>' in body
    for para in rec["body"].split("\n\n"):
        emails = re.findall(r"[\w.]+@[\w.]+\w", para)
        if emails:
            before, after = para.split(emails[0])
            assert before.strip() in text and after.strip() in text
            user, domain = emails[0].split("@")
            assert f"'{user}' + '&#64;'" in body and domain.split(".")[0] in body
            assert "được bảo vệ khỏi chương trình thư rác" in text
        elif " | " in para:  # a table row: its cells, in order
            cells = para.split(" | ")
            assert " ".join(cells) in text, para[:60]
        else:
            assert para in text, para[:60]
    for name in rec["authors"] + rec["photographers"]:
        assert name in text
    if rec["source"]:
        assert f"Theo {rec['source']}" in text
    day = rec["published_at"][:10]
    y, m, d = day.split("-")
    assert f'datetime="{day}' in body or f"ngày {d} tháng {m} năm {y}" in text
    if "T" in rec["published_at"]:
        assert f'datetime="{rec["published_at"]}" itemprop="datePublished"' in body
    for img in rec["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert html.escape(img["caption"], quote=True) in body or img["caption"] in text
    assert rec["category"] in text


@pytest.mark.parametrize("rec", portal.GOLD, ids=lambda r: r["path"].rsplit("/", 1)[-1][:30])
def test_alt_paths_serve_the_same_article(server, rec):
    for alt in rec.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<h1 itemprop="headline">{html.escape(rec["title"], quote=True)}</h1>' in body
        first = rec["body"].split("\n\n")[0]
        assert first[:80] in _text(body)


def test_every_article_and_non_article_is_reachable(server):
    pages, _ = _crawl(server, follow_nofollow=False)
    for rec in portal.GOLD:
        assert rec["path"] in pages, rec["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    # every linked alt path except print views is met by a walk that skips nofollow links
    for rec in portal.GOLD:
        for alt in rec.get("alt_paths", []):
            if "print=1" not in alt:
                assert alt in pages, alt


def test_some_articles_only_on_page_two(server):
    linked: set[str] = set()
    first_pages = ["/", *(c["route"] for c in portal.CATS.values())]
    for target in first_pages:
        _, body, _ = fetch(server, target)
        linked |= {_local(target, h) for h, _ in _HREF.findall(body)}
    for sid in portal.HIDDEN:
        story = portal.BY_ID[sid]
        assert portal.sef(story) not in linked
    _, page2, _ = fetch(server, "/index.php/tin-tuc/tin-tuc-su-kien?start=4")
    assert portal.sef(portal.A391) in page2 and portal.sef(portal.A384) in page2
    _, page2, _ = fetch(server, "/index.php/chuyen-mon/hoat-dong-chuyen-mon?start=2")
    assert portal.sef(portal.A388) in page2


def test_crawl_budget(server):
    _, requests = _crawl(server, follow_nofollow=True)
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)) + 15, requests
    _, requests = _crawl(server, follow_nofollow=False)
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Thứ Bảy, 05/12/2026" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-ton-tai.html",
        "/index.php/tin-tuc/tin-tuc-su-kien/9999-khong-co",
        "/index.php/thong-bao/416-le-ky-niem",
        "/index.php?option=com_content&view=article&id=9999",
        "/index.php/component/content/article/9-doan-thanh-nien/416-x",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_traps_behave_as_documented(server):
    # dateModified printed before datePublished on article pages
    _, body, _ = fetch(server, portal.sef(portal.A416))
    assert body.index('itemprop="dateModified"') < body.index('itemprop="datePublished"')
    assert "Viết bởi <span itemprop=\"name\">Quản trị</span>" in body
    assert 'class="caption"' in body and "new JCaption('img.caption')" in body
    # midnight publication
    _, body, _ = fetch(server, portal.sef(portal.A398))
    assert 'datetime="2026-10-16T00:00:00+07:00" itemprop="datePublished"' in body
    # the notice's letterhead date differs from Joomla's
    _, body, _ = fetch(server, portal.sef(portal.A421))
    assert "ngày 30 tháng 11 năm 2026" in body and 'datetime="2026-12-01T07:30:00+07:00"' in body
    # loadposition module inside the body
    _, body, _ = fetch(server, portal.sef(portal.A409))
    inner = body.split('itemprop="articleBody"')[1].split("</article>")[0]
    assert "Bài viết cùng chuyên mục" in inner
    # intro pages look like articles
    _, body, _ = fetch(server, "/index.php/gioi-thieu/lich-su-nha-truong")
    assert 'itemprop="articleBody"' in body
    # the search results page (mod_search POSTs to /index.php, which redirects here)
    status, body, _ = fetch(server, "/index.php/component/search/?searchword=gi%C3%A1o+vi%C3%AAn")
    assert status == 200 and portal.sef(portal.A407) in body
