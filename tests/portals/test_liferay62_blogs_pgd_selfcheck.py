"""Self-checks of the liferay62_blogs_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_blogs_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<(?:a|link)\b[^>]*?\bhref="([^"]*)"|<link>([^<]+)</link>""", re.I)
_SKIP_EXT = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _local_target(base: str, page_url: str, href: str) -> str | None:
    href = _html.unescape(href).strip()
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urljoin(page_url, href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    """Breadth-first from START_PATH over links and redirects; returns the targets that answered 200."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    requests = 0
    while queue:
        target = queue.popleft()
        if "/documents/" in target or "/image/" in target or target.lower().endswith(_SKIP_EXT):
            continue
        requests += 1
        status, body, headers = fetch(server, target)
        links: list[str] = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200:
            ok.add(target)
            if "html" not in headers.get("Content-Type", "") and "xml" not in headers.get("Content-Type", ""):
                continue
            for m in _HREF.finditer(body):
                links.append(m.group(1) or m.group(2))
        for href in links:
            nxt = _local_target(server.base_url, server.url(target), href)
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return ok, requests


def test_thirteen_gold_articles_and_non_articles_count():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_serves_its_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert gold["title"] in text
        canon = re.search(r'<link href="([^"]+)" rel="canonical"', body).group(1)
        assert urlsplit(canon).path == gold["canonical_path"]
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
                assert cell in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert re.search(r"<strong>" + re.escape(gold["summary"]), _html.unescape(body))
        raw = _html.unescape(body)
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in raw, img
            if img["caption"]:
                assert img["caption"] in text
        date = gold["published_at"]
        if "T" in date:
            d, t = date[:10], date[11:16]
            assert f"{t} {d[8:10]}/{d[5:7]}/{d[:4]}" in text
        else:
            d = date
            assert f"00:00 {d[8:10]}/{d[5:7]}/{d[:4]}" in text or (
                f"ngày {d[8:10]} tháng {int(d[5:7])} năm {d[:4]}" in text
            )
        assert gold["category"] in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in [
        "/web/pgd-cumgar/khong-co",
        "/web/pgd-cumgar/tin-tuc/-/blogs/khong-co-bai-nay",
        "/web/pgd-cumgar/tin-tuc?p_p_id=33&_33_cur=9",
        "/web/pgd-cumgar/tin-tuc/-/blogs/ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11?x=1",
        "/khong-ton-tai",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_find_entry_redirects_to_friendly_url(server):
    story = portal.STORIES[-1]
    status, _, headers = fetch(server, f"/c/blogs/find_entry?p_l_id=10187&entryId={portal.entry_id(story)}")
    assert status == 302
    assert headers["Location"] == portal.entry_path(story)


def test_every_gold_article_reachable_within_budget(server):
    ok, requests = _crawl(server)
    for gold in portal.GOLD:
        targets = {gold["path"], *gold.get("alt_paths", [])}
        assert targets & ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_older_entries_only_on_later_list_pages(server):
    _, home, _ = fetch(server, "/web/pgd-cumgar/trang-chu")
    _, first, _ = fetch(server, "/web/pgd-cumgar/tin-tuc")
    for story in portal.STORIES[:8]:
        assert story.slug not in home
        assert story.slug not in first
