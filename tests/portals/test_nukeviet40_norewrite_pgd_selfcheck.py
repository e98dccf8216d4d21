"""Self-checks of the nukeviet40_norewrite_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet40_norewrite_pgd as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.I)
_A_TAG = re.compile(r"<a\b[^>]*>", re.I)
_ONCLICK = re.compile(r"""nv_open_browse\('([^']+)'""")
_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def _plain(markup: str) -> str:
    """Page text as a reader sees it: tags dropped, entities decoded, NFC, whitespace collapsed."""
    no_tags = _TAG.sub(" ", markup)
    text = html.unescape(no_tags).replace("\xa0", " ")
    return unicodedata.normalize("NFC", _WS.sub(" ", text))


def _target(base: str, link: str) -> str | None:
    absolute = urljoin(base + "/", html.unescape(link))
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _walk(server, *, nofollow: bool) -> dict[str, int]:
    """Breadth-first walk of same-host ``href`` links from START_PATH (pages only, not images);
    ``nofollow=False`` skips the links marked ``rel="nofollow"``, as a polite crawler does."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, int] = {}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages[target] = status
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        tags = [t for t in _A_TAG.findall(body) if nofollow or "nofollow" not in t]
        links = [m for t in tags for m in _HREF.findall(t)] + re.findall(
            r"""<link[^>]+href=["']([^"']+)["']""", body
        )
        for link in links:
            nxt = _target(server.base_url, link)
            if nxt is None or nxt in seen:
                continue
            if re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", urlsplit(nxt).path, re.I):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return pages


@pytest.fixture(scope="module")
def crawl(server):
    return _walk(server, nofollow=True)


@pytest.fixture(scope="module")
def polite_crawl(server):
    return _walk(server, nofollow=False)


def test_counts_and_names():
    assert portal.NAME == "nukeviet40_norewrite_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_prints_its_fields(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    text = _plain(body)
    assert record["title"] in text
    for para in record["body"].split("\n\n"):
        for piece in para.split(" | "):  # a table row's cells are printed in their own cells
            assert piece in text, piece[:60]
    if record["summary"]:
        assert record["summary"] in text
    for name in record["authors"] + record["photographers"]:
        assert name in text
    if record["source"]:
        assert f"Nguồn tin: {record['source']}" in text
    for img in record["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
        status_img, _, headers = fetch(server, img["path"])
        assert status_img == 200 and headers["Content-Type"].startswith("image/")
    day = record["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    if "T" in record["published_at"]:
        assert re.search(rf"Thứ \w+ - {d}/{m}/{y} {record['published_at'][11:16]}", text)
    assert '<span itemprop="title">' in body  # the hidden breadcrumb trail
    assert f">{html.escape(record['category'])}</span></a></li></ul></div>" in body


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, record):
    for alt in record.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = _plain(body)
        assert record["title"] in text
        assert record["body"].split("\n\n")[-1] in text


def test_every_gold_article_and_non_article_is_reachable(polite_crawl):
    for record in portal.GOLD:
        assert polite_crawl.get(record["path"]) == 200, record["path"]
    for path in portal.NON_ARTICLES:
        assert polite_crawl.get(path) == 200, path


def test_print_links_only_in_onclick(server):
    record = portal.GOLD[0]
    _, body, _ = fetch(server, record["path"])
    prints = [html.unescape(p) for p in _ONCLICK.findall(body) if "op=print/" in p]
    assert prints and prints[0] in record["alt_paths"]
    assert "op=print/" not in " ".join(_HREF.findall(body))


def test_deep_articles_not_on_start_or_first_listing_pages(server):
    first_pages = [portal.START_PATH] + [portal.cat_path(c) for c in portal.CATS]
    linked = set()
    for target in first_pages:
        _, body, _ = fetch(server, target)
        linked |= {html.unescape(h) for h in _HREF.findall(body)}
    for sid in (396, 390, 393, 386):
        story = portal.BY_ID[sid]
        assert not any(f"-{sid}" in h and story.slug in h for h in linked)


def test_crawl_budget(crawl, polite_crawl):
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(polite_crawl) <= budget
    assert all(status in (200, 302) for status in polite_crawl.values())
    # following the nofollow "Lưu bài viết này" links too costs one savefile page per article
    assert len(crawl) <= budget + 13


def test_pager_and_variants(server):
    _, body, _ = fetch(server, portal.cat_path("tin-tuc-su-kien"))
    pager = _plain(body[body.index('class="pagination"') :])
    assert pager.startswith("1 2 3 4 Sau »") or " 1 2 3 4 Sau »" in pager[:40]
    s2, b2, _ = fetch(server, "/index.php?language=vi&nv=news&op=tin-tuc-su-kien&page=2")
    s3, b3, _ = fetch(server, "/index.php?language=vi&nv=news&op=tin-tuc-su-kien/page-2")
    assert s2 == s3 == 200 and _plain(b2) == _plain(b3)
    status, _, headers = fetch(server, "/index.php?language=vi&nv=news&op=tin-tuc-su-kien&page=9")
    assert status == 302 and headers["Location"].endswith("op=tin-tuc-su-kien")


def test_savefile_is_an_attachment(server):
    alt = next(a for a in portal.GOLD[0]["alt_paths"] if "op=savefile/" in a)
    status, _, headers = fetch(server, alt)
    assert status == 200 and headers["Content-Disposition"].startswith("attachment")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.php",
        "/index.php?language=en",
        "/index.php?language=vi&nv=news&op=tin-tuc-su-kien/bai-khong-ton-tai-999",
        "/index.php?language=vi&nv=news&op=thong-bao/hoi-khoe-phu-dong-huyen-mang-thit-lan-thu-xi-nam-2026-thanh-cong-tot-dep-396",
        "/index.php?language=vi&nv=news&op=tag/khong-co",
        "/index.php?language=vi&nv=about&op=khong-co.html",
        "/index.php?language=vi&nv=news&op=tin-tuc-su-kien&page=abc",
        "/index.php?language=vi&nv=news&foo=1",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
