"""Self-check of the fatfree_php_pgd fixture against itself (never the crawler).

Every gold target and its alt paths answer 200 with the headline; the gold text, dates, bylines
and images are printed on the page; the non-articles answer 200; unknown paths 404; a link walk
from START_PATH that honours ``<base href>`` (as a browser does) reaches every article within
the request budget; and the traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import fatfree_php_pgd as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"')
_BASE = re.compile(r'<base href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_H3 = re.compile(r'<h3 class="panel-title tde">(.*?)</h3>', re.S)
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(html.unescape(_TAG.sub(" ", page)))


def _links(server: PortalServer, page: str, here: str) -> list[str]:
    base_m = _BASE.search(page)
    base = base_m.group(1) if base_m else server.url(here)
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc != f"{server.host}:{server.port}":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not _STATIC.search(parts.path):
            out.append(target)
    return out


def _walk(server: PortalServer) -> tuple[set[str], dict[str, list[str]]]:
    seen = {portal.START_PATH}
    linked_from: dict[str, list[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        here = queue.popleft()
        status, page, _ = fetch(server, here)
        assert status == 200, here
        for target in _links(server, page, here):
            linked_from.setdefault(target, []).append(here)
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen, linked_from


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"])
        assert g["body"] and g["category"] in portal.CATS.values()
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    m = _H3.search(page)
    assert m and collapse(html.unescape(m.group(1))) == gold["title"]
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, each in a <td>
            cells = para.split(" | ")
            assert "".join(f"<td>{html.escape(c)}</td>" for c in cells) in page or all(
                f"<td><strong>{html.escape(c)}</strong></td>" in page for c in cells
            ), para
        else:
            assert para in text, para
    if gold["summary"]:
        assert f'<p class="lead">{html.escape(gold["summary"], quote=True)}</p>' in page
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn tin: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"].lstrip("/")}"' in page
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    if "T" in gold["published_at"]:
        printed = f"{d} {portal._MONTHS[int(mo) - 1]} {y}, {gold['published_at'][11:16]}"
        assert f'<span title="Ngày đăng"><i class="glyphicon glyphicon-calendar"></i> {printed}</span>' in page
    else:
        assert (f"ngày {d} tháng {mo} năm {y}" in text) or (f"{d} {portal._MONTHS[int(mo) - 1]} {y}, 00:00" in text)
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page
    assert '<li><a href="danh-muc/' in page and html.escape(gold["category"]) in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert _H3.search(page).group(1) == _H3.search(main).group(1)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="panel-title tde"' not in page


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/tin/9999/bai-khong-co",
        "/tin/9999",
        "/danh-muc/khong-co",
        "/van-ban/99",
        # a relative link resolved against the page instead of <base href>
        "/tin/479/tin/466/sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-cum-truong-thcs-so-2",
        "/danh-muc/danh-muc/giao-duc-thcs",
    ],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404


def test_every_article_reachable_within_budget(server):
    seen, linked_from = _walk(server)
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)
    print(f"walk: {len(seen)} pages against a budget of {budget}")
    # 455 and 458 are only on page 2 of their categories
    for story_id, cat in ((455, "tin-tuc-su-kien"), (458, "giao-duc-thcs")):
        path = portal.article_path(portal.BY_ID[story_id])
        assert set(linked_from[path]) == {f"/danh-muc/{cat}?p=2"}, linked_from[path]


def test_traps(server):
    story = portal.BY_ID[481]
    _, page, _ = fetch(server, portal.article_path(story))
    # base href + relative links
    assert f'<base href="{server.base_url}/">' in page
    assert 'href="danh-muc/tin-tuc-su-kien"' in page
    # h1 is the office, <title> is cut
    assert "<h1>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THẾ</h1>" in page
    assert f"<title>{html.escape(story.title[:50])}... - PGD&amp;ĐT Yên Thế</title>" in page
    # responsive twin with a short date
    assert '<h4 class="tde-m">' in page and "03/12 &middot;" in page
    # update date beside the publication date; the meta is bound to the update
    assert "04 Dec 2026, 09:12" in page
    assert 'content="2026-12-04T09:12:00+07:00"' in page
    # byline before the text, thumbnail caption
    assert "<p><em>Bài và ảnh: Hoàng Minh Tuấn</em></p>" in page
    assert '<div class="caption"><p>' in page
    # carousel gallery
    _, page, _ = fetch(server, portal.article_path(portal.BY_ID[476]))
    assert page.count('class="carousel-caption"') == 3
    # BR mode and midnight date
    _, page, _ = fetch(server, portal.article_path(portal.BY_ID[470]))
    assert "<br />" in page and "12 Nov 2026, 00:00" in page
    # the old slug is linked from the home slider
    _, home, _ = fetch(server, "/")
    assert f'href="tin/481/{story.opts["old_slug"]}"' in home
    # page 1 under ?p=1 is the bare listing again
    a = fetch(server, "/danh-muc/giao-duc-thcs")[1]
    b = fetch(server, "/danh-muc/giao-duc-thcs?p=1")[1]
    assert a == b
