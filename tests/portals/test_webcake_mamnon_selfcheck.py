"""Self-checks of the webcake_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import webcake_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""(?:href|action)\s*=\s*["']([^"']*)["']""", re.I)
TAG = re.compile(r"<[^>]+>")
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """Visible text of a page: tags out (images' alt too), references decoded, NFC, collapsed."""
    stripped = TAG.sub(" ", SCRIPT.sub(" ", body))
    return collapse(_html.unescape(stripped))


def links(body: str, current: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
            continue
        absolute = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if target.startswith(("/web-media/", "/static/", "/api/")) or target == "/favicon.ico":
            continue
        out.append(target)
    return out


def crawl(server) -> dict[str, str]:
    """Breadth-first over every same-host link from START_PATH; redirects followed; pages kept."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            loc = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if loc not in queued:
                queued.add(loc)
                queue.append(loc)
            continue
        assert status == 200, (target, status)
        seen[target] = body
        for link in links(body, target):
            if link not in queued:
                queued.add(link)
                queue.append(link)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for story in portal.STORIES:
        assert story.cat == portal.CATS[story.opts["cat"]][0]
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert unicodedata.is_normalized("NFC", g["body"])
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_paths_answer_with_title_and_canonical(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target
            assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_every_gold_article_reachable_within_budget(server):
    pages = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), sorted(pages))


def test_some_articles_only_on_page_two_or_later(server):
    pages = crawl(server)
    late = {f"/blogs/{portal.H4.slug}", f"/blogs/{portal.T4.slug}"}
    for target, body in pages.items():
        found = late & set(links(body, target))
        if found:
            assert "page=" in target, (target, found)


def test_gold_fields_appear_on_page(server):
    for g, story in zip(portal.GOLD, portal.STORIES, strict=True):
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in txt, (g["path"], cell)
        if g["summary"]:
            assert g["summary"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in txt
        assert g["category"] in txt
        posted = story.opts["posted"]
        assert posted.strftime("%H:%M - %d/%m/%Y") in txt
        utc = posted.astimezone(portal.dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert f'property="article:published_time" content="{utc}"' in body


def test_dates_as_printed(server):
    by_path = {g["path"]: g for g in portal.GOLD}
    h2 = by_path[f"/blogs/{portal.H2.slug}"]
    assert h2["published_at"] == "2026-11-26"
    _, body, _ = fetch(server, h2["path"])
    assert "00:00 - 26/11/2026" in body and "2026-11-25T17:00:00.000Z" in body
    n1 = by_path[f"/blogs/{portal.N1.slug}"]
    assert n1["published_at"] == "2026-11-30"
    _, body, _ = fetch(server, n1["path"])
    assert "Vinh, ngày 30 tháng 11 năm 2026" in body and "16:05 - 02/12/2026" in body
    for story in (portal.T2, portal.G1):
        _, body, _ = fetch(server, f"/blogs/{story.slug}")
        assert body.index("Cập nhật lần cuối") < body.index('title="Ngày đăng"')


def test_traps_in_markup(server):
    _, body, _ = fetch(server, f"/blogs/{portal.H1.slug}")
    assert body.count("<h1") == 1 and "HOẠT ĐỘNG CỦA BÉ</h1>" in body
    assert 'alt="👉"' in body and "fr-img-caption" in body
    _, body, _ = fetch(server, f"/blogs/{portal.H2.slug}")
    assert "data-src=" in body and 'src="data:image/svg+xml' in body
    _, body, _ = fetch(server, f"/blogs/{portal.G1.slug}")
    assert "mso-list:Ignore" in body
    _, body, _ = fetch(server, f"/blogs/{portal.H4.slug}")
    nfd = unicodedata.normalize("NFD", "dân gian là món ăn tinh thần")
    assert nfd in body and "dân gian là món ăn tinh thần" not in body
    _, body, _ = fetch(server, "/tin-tuc")
    assert 'href="?page=2"' in body and 'data-next-page="2"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "com-blog-detail" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/blogs/bai-viet-khong-co",
        "/tin-tuc/khong-co-bai-nay",
        "/tin-tuc?page=9",
        "/tin-tuc?category_id=000000000000000000000000",
        "/gioi-thieu/abc",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_blogs_root_redirects(server):
    status, _, headers = fetch(server, "/blogs")
    assert status == 301 and headers["Location"] == "/tin-tuc"


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
