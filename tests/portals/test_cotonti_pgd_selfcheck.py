"""Self-checks of the cotonti_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import cotonti_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin("http://x" + here, href))
        if parts.netloc != "x":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        for path in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, path)
            assert status == 200, path
            assert g["title"] in _text(body), path


def test_gold_fields_on_page(server):
    for g, s in zip(portal.GOLD, portal.STORIES, strict=True):
        _, body, _ = fetch(server, g["path"])
        text = _text(body)
        if s.opts.get("split"):
            _, second, _ = fetch(server, g["path"] + "?pg=2")
            text += " " + _text(second)
        for para in g["body"].split("\n\n"):
            for piece in para.split(" | "):
                assert piece in text, (g["path"], piece)
        assert s.opts["date"] in text
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body.replace(
            "&amp;", "&")
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        if g["summary"]:
            assert g["summary"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
        assert g["category"] in text


def test_reachable_from_start(server):
    seen = {portal.START_PATH}
    queue = [portal.START_PATH]
    while queue:
        path = queue.pop()
        status, body, headers = fetch(server, path)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, path):
            if link not in seen and not re.search(r"\.(jpg|png|gif|css|js|pdf)$", link):
                seen.add(link)
                queue.append(link)
    for g in portal.GOLD:
        assert g["path"] in seen or set(g.get("alt_paths", [])) & seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    html_pages = [p for p in seen if not re.search(r"\.(jpg|png|gif|css|js|pdf)$", p)]
    assert len(html_pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_only_page_two_reaches_old_news(server):
    _, first, _ = fetch(server, "/page.php?c=tin-tuc")
    _, second, _ = fetch(server, "/page.php?c=tin-tuc&d=5")
    for s in (portal.BY_ID[31], portal.BY_ID[30]):
        assert portal.page_url(s) not in first
        assert portal.page_url(s) in second


def test_old_news_not_linked_from_articles(server):
    """31 is only on the listing's second page: no article, sidebar or home page links it."""
    target = portal.page_url(portal.BY_ID[31])
    for path in ["/", *(g["path"] for g in portal.GOLD)]:
        _, body, _ = fetch(server, path)
        if path != target:
            assert target not in body, path


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "path",
    ["/nope", "/tin-tuc/khong-co", "/page.php?c=tin-tuc&d=10", "/page.php?id=999",
     "/page.php?c=thcs&id=41", "/tin-tuc/khai-mac-hoi-thi-gvdg-tieu-hoc-2026?pg=2",
     "/tin-tuc/khai-mac-hoi-thi-gvdg-tieu-hoc-2026?dcm=6", "/forums.php?m=posts&q=9"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
