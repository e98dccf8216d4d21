"""Self-checks of the docusaurus_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import docusaurus_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SKIP_EXT = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".xml", ".txt", ".docx")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible-ish text of a page: tags dropped, entities decoded, zero-width spaces removed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    text = re.sub(r"<[^>]+>", "", markup)
    return collapse(_html.unescape(text).replace("\u200b", ""))


def links(markup: str, base: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\b[^>]*\bhref="([^"]*)"', markup):
        out.append(_html.unescape(href))
    refresh = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', markup)
    if refresh:
        out.append(refresh.group(1))
    targets = []
    for href in out:
        if not href or href.startswith(("#", "mailto:", "javascript:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(base).netloc:
            continue
        if parts.path.lower().endswith(SKIP_EXT):
            continue
        targets.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return targets


def crawl(server) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            for nxt in links(body, server.url(target)):
                if nxt not in seen:
                    queue.append(nxt)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_path_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert gold["title"] in page_text(body)
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        if 'http-equiv="refresh"' in alt_body:
            assert f"url={gold['path']}" in alt_body
        else:
            assert gold["title"] in page_text(alt_body)


def test_every_gold_article_reachable_within_budget(server):
    seen = crawl(server)
    reached = {t for t, body in seen.items() if body}
    for gold in portal.GOLD:
        assert gold["path"] in reached or set(gold.get("alt_paths", [])) & reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), sorted(seen))


def _utc_evidence(published_at: str) -> str:
    if "T" not in published_at:
        return f'datetime="{published_at}T00:00:00.000Z"'
    moment = datetime.fromisoformat(published_at).astimezone(UTC)
    return f'datetime="{moment.strftime("%Y-%m-%dT%H:%M:%S")}.000Z"'


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    story = portal.BY_PATH[gold["path"]]
    evidence = story.opts.get("evidence")
    if evidence:
        assert evidence in text
    elif "T" not in gold["published_at"] and not story.opts["iso"].endswith("T00:00:00.000Z"):
        # a day-only gold of a stamp with a time (printed in UTC, the day shifted): the stamp's
        # day in Asia/Ho_Chi_Minh is the gold's
        assert f'datetime="{story.opts["iso"]}"' in body
        local = datetime.fromisoformat(story.opts["iso"].replace("Z", "+00:00")).astimezone(timezone(timedelta(hours=7)))
        assert local.date().isoformat() == gold["published_at"]
    else:
        assert _utc_evidence(gold["published_at"]) in body
    key = next(k for k, v in portal.TAGS.items() if v == gold["category"])
    assert key in portal.MENU_TAGS
    assert f'href="/blog/tags/{key}">{gold["category"]}</a>' in body
    # the header's today is on every page and is never the date
    assert portal.TODAY_STRIP in text
    assert not gold["published_at"].startswith("2026-12-05")


def test_traps_are_in_place(server):
    # unlisted post: not in listings, archive, sitemap; noindex; banner
    unlisted = portal.GOLD[0]["path"]
    for listing in (
        "/blog",
        "/blog/page/2",
        "/blog/page/3",
        "/blog/archive",
        "/blog/tags/thong-bao",
    ):
        _, body, _ = fetch(server, listing)
        assert f'href="{unlisted}"' not in body
    _, sitemap, _ = fetch(server, "/sitemap.xml")
    assert unlisted not in sitemap
    _, body, _ = fetch(server, unlisted)
    assert 'content="noindex, nofollow"' in body and "Unlisted page" in body
    # listing page 2 prints H's whole text, without a read-on link
    h = portal.BY_PATH["/blog/nghi-hoc-phong-tranh-bao-so-12"]
    _, listing, _ = fetch(server, "/blog/page/2")
    assert all(p in page_text(listing) for p in h.paragraphs)
    assert f'aria-label="Đọc thêm về {h.title}"' not in _html.unescape(listing)
    # C's printed date is the UTC day
    _, c_body, _ = fetch(server, "/blog/ngay-hoi-stem-robotics-lan-3")
    assert ">30 tháng 11, 2026</time>" in c_body
    # headings carry a zero-width space in their hash link
    _, e_body, _ = fetch(server, "/blog/huong-dan-on-tap-kiem-tra-cuoi-hk1")
    assert "\u200b</a></h2>" in e_body
    assert "Cập nhật lần cuối" in e_body
    # the old date URL is a client-redirect stub
    status, stub, _ = fetch(server, "/blog/2026/10/24/doi-tuyen-khkt-dat-giai")
    assert status == 200 and 'http-equiv="refresh"' in stub and "<article" not in stub


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "theme-doc-markdown" in body


@pytest.mark.parametrize(
    "path",
    [
        "/blog/khong-co-bai-nay",
        "/docs/khong-co",
        "/blog/page/9",
        "/blog/tags/khong-co",
        "/tin-tuc/1.html",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404
