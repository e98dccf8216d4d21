"""Self-checks of the liferay73_display_pages_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay73_display_pages_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r'(?:href|action)="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(markup: str) -> str:
    """Page text, tags dropped, entities decoded, NFC, whitespace collapsed."""
    inline = re.sub(r"</?(?:a|sup|sub|span|strong|em|b|i|u|o:p)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return collapse(unicodedata.normalize("NFC", _html.unescape(no_tags)))


def _links(server: PortalServer, page_target: str, body: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.url(page_target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        if re.search(r"\.(css|js|ico|svg|png|jpg|gif)$", parts.path) or parts.path.startswith(("/documents/", "/o/", "/image/")):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over links (redirects followed by hand) from START_PATH; path -> final target."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        hops = 0
        final = target
        while status in (301, 302) and hops < 5:
            loc = urlsplit(urljoin(server.url(final), headers["Location"]))
            final = loc.path + (f"?{loc.query}" if loc.query else "")
            status, body, headers = fetch(server, final)
            hops += 1
        seen[target] = final
        if status == 200 and "text/html" in headers.get("Content-Type", ""):
            for link in _links(server, final, body):
                if link not in seen:
                    queue.append(link)
        assert len(seen) < 200, "crawl does not end"
    return seen


def test_module_contract():
    assert portal.NAME == "liferay73_display_pages_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        paras = g["body"].split("\n\n")
        assert len(paras) >= 3, g["path"]
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")


def test_gold_pages_answer_with_their_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = _plain(body)
        assert g["title"] in page, g["path"]
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):  # a table row: its cells joined by " | "
                assert piece in page, (g["path"], para)
        for author in g["authors"]:
            assert author in page, (g["path"], author)
        for name in g["photographers"]:
            assert name in page, (g["path"], name)
        if g["source"]:
            assert g["source"] in page
        for img in g["images"]:
            assert 'src="' + img["path"] + '"' in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in page
        assert g["category"] in page
        assert g["canonical_path"] + '" rel="canonical"' in body
        for alt in g.get("alt_paths", []):
            status, alt_body, _ = fetch(server, alt)
            assert status == 200, alt
            assert g["canonical_path"] + '" rel="canonical"' in alt_body


def test_images_and_files_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_every_gold_article_reachable_from_start(server):
    seen = _crawl(server)
    finals = set(seen.values())
    for g in portal.GOLD:
        assert g["path"] in finals, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in finals, path
    # a sensible crawl stays within the README's bound
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_later_listing_pages(server):
    """Page 1 of every listing, the home page and the article pages never link these."""
    late = {portal.S5.slug, portal.S6.slug, portal.S10.slug, portal.S13.slug}
    targets = [portal.START_PATH] + [f"{portal.SITE}/{s}" for s in portal.SECTIONS]
    targets += [g["path"] for g in portal.GOLD]
    for target in targets:
        _, body, _ = fetch(server, target)
        for link in _links(server, target, body):
            for slug in late:
                if slug in link:
                    assert target.endswith(slug), (target, link)
    found = set()
    for section, (_, _, item_id, _) in portal.SECTIONS.items():
        _, body, _ = fetch(server, f"{portal.SITE}/{section}?page_number_{item_id}=2")
        found |= {slug for slug in late if f"/w/{slug}" in body}
    assert found == late


def test_redirect_forms(server):
    status, _, headers = fetch(server, f"{portal.SITE}/w/khai-giang-lop-trung-cap-k45")
    assert status == 301 and headers["Location"].endswith(portal.article_path(portal.S7))
    status, _, headers = fetch(server, portal.featured_path(portal.S1))
    assert status == 302 and headers["Location"].endswith(portal.article_path(portal.S1))
    status, _, headers = fetch(server, "/")
    assert status == 302


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for target in ["/khong-co", f"{portal.SITE}/w/khong-ton-tai", "/w/khong-ton-tai",
                   f"{portal.SITE}/tin-tuc-cu", f"{portal.SITE}/-/asset_publisher/{portal.AP_INSTANCE}/content/khong-co"]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for root in ("home", "tmp", "work"):
        assert f"/{root}/" not in source
