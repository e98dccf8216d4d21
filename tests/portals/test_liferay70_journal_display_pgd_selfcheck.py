"""Self-checks of the liferay70_journal_display_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from datetime import timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay70_journal_display_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

VN = timezone(timedelta(hours=7))
HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<[^>]+>", " ", page)
    return collapse(_html.unescape(page))


def _links(page: str, target: str) -> list[str]:
    out = []
    for href in HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc not in ("fixture.invalid",) and not parts.netloc.startswith("127.0.0.1"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda target: False) -> dict[str, str]:
    """Breadth-first over <a href> from START_PATH; returns the HTML pages fetched."""
    seen, pages = {portal.START_PATH}, {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt_target = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if nxt_target not in seen:
                seen.add(nxt_target)
                queue.append(nxt_target)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        pages[target] = body
        for link in _links(body, target):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return pages


def test_gold_shape():
    assert portal.NAME == "liferay70_journal_display_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(every)) == len(every)
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    for g in portal.GOLD:
        assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert 3 <= len(g["body"].split("\n\n")) <= 12


def test_gold_paths_answer_with_headline(server):
    for g, s in zip(portal.GOLD, portal.STORIES, strict=True):
        for target in [g["path"], *g["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert collapse(s.title) in _text(body), target
            canonical = re.search(r'<link[^>]*href="([^"]+)"[^>]*rel="canonical"', body).group(1)
            assert urlsplit(canonical).path == g["canonical_path"], target


def test_page_name_is_not_the_headline(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        title = collapse(_html.unescape(re.search(r"<title>(.*?)</title>", body).group(1)))
        assert not title.startswith(g["title"])
        assert title.startswith(collapse(portal.BY_SLUG[g["path"].rsplit("/", 1)[1]].opts["page_name"]))


def _article_text(server, g) -> str:
    """The text of all the article's WCD pages (the page iterator followed)."""
    pages = [g["path"]] + [a for a in g["alt_paths"] if "_page=" in a and not a.endswith("_page=1")]
    return " ".join(_text(fetch(server, p)[1]) for p in pages)


def test_gold_fields_on_page(server):
    for g, s in zip(portal.GOLD, portal.STORIES, strict=True):
        text = _article_text(server, g)
        _, display, _ = fetch(server, portal.display_path(s))
        display_text = _text(display)
        raw = " ".join(fetch(server, p)[1] for p in [g["path"], *g["alt_paths"]] if "_page=" in p or p == g["path"])
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece)
                assert piece in display_text, (g["path"], piece)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert _html.escape(img["path"]) in raw or img["path"] in raw, img
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text


def test_dates_as_printed(server):
    for g, s in zip(portal.GOLD, portal.STORIES, strict=True):
        _, body, _ = fetch(server, g["path"])
        line = s.opts["date_line"]
        assert line in _text(body)
        if s.opts["tpl"] == "cu":
            instant = parsedate_to_datetime(line).astimezone(VN)
            assert instant.isoformat() == g["published_at"]
        else:
            day = f"{g['published_at'][8:10]}/{g['published_at'][5:7]}/{g['published_at'][:4]}"
            assert day in line
            if "T" not in g["published_at"]:
                assert " - " not in line or line.endswith("00:00")


def test_everything_reachable_within_budget(server):
    pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_behind_page_two(server):
    pages = _crawl(server, skip=lambda t: "_cur=" in t)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in pages]
    assert len(missing) >= 3, missing


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert not any(g["body"].split("\n\n")[1] in _text(body) for g in portal.GOLD), target
    _, dead, _ = fetch(server, portal.DEAD_PATH)
    assert "Nội dung được chọn không còn tồn tại." in _text(dead)


def test_news_listing_mixes_the_document_entry(server):
    _, body, _ = fetch(server, "/web/pgd-tiendu/tin-tuc")
    assert portal.DOC_PATH in body
    assert "04/12/26" in body  # modified date, not the publication date


def test_unknown_paths_404(server):
    for target in ["/khong-co-trang-nay", "/web/pgd-tiendu/tin-tuc/khong-ton-tai",
                   "/web/pgd-tiendu/-/khong-co-bai-viet-nay", "/web/pgd-khac"]:
        assert fetch(server, target)[0] == 404, target


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for root in ("home", "tmp", "work", "Users"):
        assert f"/{root}/" not in source
