"""Self-checks of the wondercms_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wondercms_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'href="([^"]+)"')
PAGE_EXT = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text of a page, entities decoded, NFC, whitespace collapsed."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(body: str, base: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc != urlsplit(base).netloc:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not PAGE_EXT.search(parts.path):
            out.append(target)
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over HTML links from START_PATH: target -> body."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        seen[target] = body if status == 200 else ""
        if status == 200:
            queue.extend(t for t in links(body, server.url(target)) if t not in seen)
    return seen


def test_contract_shape():
    assert portal.NAME == "wondercms_mamnon"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


def test_gold_pages_answer_with_title_and_fields(server):
    for gold in portal.GOLD:
        status, body, headers = fetch(server, gold["path"])
        assert status == 200, gold["path"]
        assert "text/html" in headers["Content-Type"]
        txt = page_text(body)
        assert gold["title"] in txt, gold["path"]
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in txt, (gold["path"], cell)
        if gold["summary"]:
            assert gold["summary"] in txt
        for name in gold["authors"] + gold["photographers"]:
            assert name in txt, (gold["path"], name)
        if gold["source"]:
            assert gold["source"] in txt
        assert gold["category"] in txt
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in txt
            assert fetch(server, img["path"])[0] == 200


def test_dates_as_printed(server):
    months = {m: i + 1 for i, m in enumerate(portal._MONTHS)}
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        txt = page_text(body)
        y, m, d = gold["published_at"].split("-")
        if gold["path"].startswith("/blog/"):
            found = re.search(r"(\d{2}) (" + "|".join(months) + r") (\d{4})", txt)
            assert found and (found[1], months[found[2]], found[3]) == (d, int(m), y)
        else:
            assert f"ngày {d} tháng {m} năm {y}" in txt


def test_alt_paths_serve_same_article(server):
    alts = [g for g in portal.GOLD if g.get("alt_paths")]
    assert alts
    for gold in alts:
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200
            assert gold["title"] in page_text(body)


def test_reachable_within_budget(server):
    seen = crawl(server)
    gold_targets = {g["path"] for g in portal.GOLD}
    for gold in portal.GOLD:
        reached = {gold["path"], *gold.get("alt_paths", [])} & set(seen)
        assert reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)
    # the pagination trap: some posts are linked from the blog's page 2+ only
    only_deep = [p for p in gold_targets
                 if not any(p in links(body, server.url(t)) for t, body in seen.items()
                            if t not in ("/blog?page=2", "/blog?page=3"))]
    assert len(only_deep) >= 4


def test_nfc_and_entity_texts(server):
    nfd_post = portal.POSTS[3]
    _, body, _ = fetch(server, portal.post_path(nfd_post))
    assert unicodedata.normalize("NFD", "Dung dăng dung dẻ") in body
    ent_post = portal.POSTS[11]
    _, body, _ = fetch(server, portal.post_path(ent_post))
    assert "&#" in body and "&agrave;" in body


def test_non_articles_and_login(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    assert fetch(server, "/loginURL")[0] == 200


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay", "/blog/khong-co", "/blog?page=9", "/blog?page=abc",
     "/gioi-thieu/", "/?page=khong-co", "/blog/" + portal.POSTS[0].slug + "?x=1"],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
