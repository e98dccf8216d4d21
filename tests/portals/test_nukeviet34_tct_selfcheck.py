"""Self-checks of the nukeviet34_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet34_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')
_ONCLICK = re.compile(r"NewWindow\('([^']+)'")
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(page: str, base: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin("http://h" + base, href))
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _text(page: str) -> str:
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _crawl(server: PortalServer) -> dict[str, tuple[int, str]]:
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if re.search(r"\.(jpg|png|gif|css|js|ico)$", urlsplit(target).path):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        if status in (301, 302):
            queue.append(urlsplit(headers["Location"]).path)
            continue
        if status == 200:
            queue.extend(t for t in _links(body, target) if t not in seen)
    return seen


def test_constants():
    assert portal.NAME == "nukeviet34_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-12:])
def test_gold_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert f"<h1>{_html.escape(gold['title'])}</h1>" in page, target
    status, page, _ = fetch(server, gold["path"])
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells are printed in <td>/<th>
            for cell in para.split(" | "):
                assert re.search(rf"<t[dh]>{re.escape(_html.escape(cell))}</t[dh]>", page), cell
            continue
        assert para in text, para
    if gold["summary"]:
        assert f"<h2>{_html.escape(gold['summary'])}</h2>" in page
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    hm = gold["published_at"][11:16]
    assert re.search(rf'<span class="time">[^<]*{d}/{m}/{y} {hm} GMT\+7</span>', page)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn tin: </strong>{_html.escape(gold['source'])}" in page
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        if img["caption"]:
            assert _html.escape(img["caption"]) in page
    assert f'title="{_html.escape(gold["category"])}">{_html.escape(gold["category"])}</a></div>' in page


def test_reachable_and_budget(server):
    seen = _crawl(server)
    ok = {t for t, (s, _) in seen.items() if s == 200}
    for gold in portal.GOLD:
        assert gold["path"] in ok or set(gold.get("alt_paths", [])) & ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    # print views are only in onclick: fetch them as well for the budget
    prints = {p for _, body in seen.values() for p in _ONCLICK.findall(body)}
    assert len(seen) + len(prints) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page2_only(server):
    _, home, _ = fetch(server, "/")
    for sid in (503, 509, 498):
        assert f"-{sid}/" not in home
        assert f"-{sid}" not in home
    _, page3, _ = fetch(server, "/vi/news/dao-tao-boi-duong/page-3/")
    assert "-498/" in page3


def test_second_category_redirects(server):
    story = portal.BY_ID[519]
    status, _, headers = fetch(server, f"/vi/news/tin-tuc-su-kien/{story.slug}-519/")
    assert status == 301
    assert headers["Location"] == portal.link(story)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200
        assert "<h1>" in page


@pytest.mark.parametrize(
    "target",
    [
        "/nope/",
        "/vi/news/tin-tuc-su-kien/page-2/",
        "/vi/news/tin-tuc-su-kien/page-30/",
        "/vi/news/tin-tuc-su-kien/khong-co-bai-999/",
        "/vi/about/khong-co/",
        "/index.php?language=vi&nv=news&op=abc",
        "/vi/news/doan-the/chi-doan-truong-chinh-tri-tinh-ra-quan-tinh-nguyen-mua-dong-nam-2026-518/",
    ],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert fetch(server, img["path"])[0] == 200
