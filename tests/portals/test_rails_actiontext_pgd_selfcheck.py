"""Self-check of the rails_actiontext_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import rails_actiontext_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_SKIP = ("/rails/active_storage/", "/assets/", "/packs/", "/users/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(body: str) -> str:
    return collapse(html.unescape(_TAG.sub(" ", body)))


def _crawl(server: PortalServer) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt.startswith(_SKIP) or nxt in seen:
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] and re.match(r"^2026-1[0-2]-\d{2}(T\d{2}:\d{2}:00\+07:00)?$", g["published_at"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("-")[0])
def test_gold_article_serves_its_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h1 class="bv-chitiet__tieude">{html.escape(gold["title"])}</h1>' in body
        assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    status, body, _ = fetch(server, gold["path"])
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for img in gold["images"]:
        assert f'<img src="{img["path"]}">' in body
        if img["caption"]:
            assert img["caption"] in text
        s, _b, headers = fetch(server, img["path"])
        assert s == 302 and headers["Location"].startswith("/rails/active_storage/disk/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert gold["summary"] in text
    assert '<li class="breadcrumb-item"><a href="/categories/' in body
    assert f">{html.escape(gold['category'])}</a></li>" in body
    stamp = gold["published_at"]
    if "T" in stamp:
        local = datetime.fromisoformat(stamp)
        utc = local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert f'<time datetime="{utc}">{local:%H:%M} | {local:%d/%m/%Y}</time>' in body
    else:
        day = datetime.fromisoformat(stamp)
        assert f'<time datetime="{stamp}">{day:%d/%m/%Y}</time>' in body


def test_every_gold_article_reachable_within_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_behind_page_two(server):
    _, home, _ = fetch(server, "/")
    for story_id in (1305, 1290):
        assert f"/articles/{story_id}-" not in home
    assert f'href="{portal.art_path(portal.BY_ID[1297])}"' not in home
    _, p2, _ = fetch(server, "/categories/thong-bao/articles?page=2")
    assert "/articles/1305-" in p2
    _, p1, _ = fetch(server, "/categories/tin-tuc/articles")
    assert '<span class="page gap">&hellip;</span>' in p1
    assert "Cuối »" in p1


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, _, _ = fetch(server, path)
    assert status == 200


@pytest.mark.parametrize(
    "path",
    [
        "/articles/9999-khong-co",
        "/articles/1342-sai-slug",
        "/articles/1342-song-cong-to-chuc-hoi-nghi-tong-ket-hoi-khoe-phu-dong-cap-thanh-pho-nam-2026?taxon_id=4",
        "/categories/tin-tuc/articles?page=9",
        "/categories/khong-co/articles",
        "/pages/khong-co",
        "/documents/999",
        "/khong-ton-tai",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_trap_taxon_breadcrumb_and_old_slugs(server):
    story = portal.BY_ID[1301]
    _, body, _ = fetch(server, portal.art_path(story, 2))
    assert '<a href="/categories/tin-tuc/articles">Tin tức - Sự kiện</a>' in body
    _, body, _ = fetch(server, portal.art_path(story))
    assert '<a href="/categories/cong-doan/articles">Công đoàn - Đoàn thể</a>' in body
    _, home, _ = fetch(server, "/")
    for sid in (1297, 1324, 1335):
        s = portal.BY_ID[sid]
        assert portal.art_path(s, slug=s.opts["old_slug"]) in home


def test_trap_trix_markup(server):
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1324]))
    assert "<br><br>" in body and "<!--block-->" in body and "<p>" not in body.split('class="trix-content"')[1].split("</div>\n<form")[0]
    assert body.count("<h1") == 2
    assert 'datetime="2026-11-19T23:30:00Z"' in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1335]))
    assert '<span class="attachment__name">IMG_20261127_081544.jpg</span>' in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1301]))
    assert 'attachment-gallery--2' in body and '<span class="attachment__name">IMG_7731.JPG</span>' in body
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1342]))
    assert body.count('class="trix-content"') >= 3
    _, body, _ = fetch(server, portal.art_path(portal.BY_ID[1328]))
    assert "attachment--file" in body and "Thong-bao-tuyen-dung-dot-2.pdf" in body
