"""Self-checks of the aspnet_mvc5_loadmore_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc5_loadmore_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""\b(?:href|action)\s*=\s*["']([^"']*)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """The page's text: tags to spaces, references decoded, NFC, whitespace collapsed."""
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _links(base: str, page: str) -> list[str]:
    out = []
    for raw in _HREF.findall(page):
        raw = _html.unescape(raw).strip()
        if not raw or raw.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, raw))
        if parts.scheme == "http" and parts.netloc in ("", urlsplit(base).netloc):
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer, skip=lambda target: False) -> set[str]:
    """Targets reachable by plain links (and GET form actions) from START_PATH; pages only."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(server.url(target), body):
            if link in seen or skip(link):
                continue
            if re.search(r"\.(jpg|png|gif|ico|pdf|mp3)$", urlsplit(link).path, re.I):
                continue
            if link.startswith(("/bundles/", "/Content/", "/Scripts/")):
                continue
            seen.add(link)
            queue.append(link)
    return seen


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["category"] for g in portal.GOLD}) == 3
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, page, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["X-AspNetMvc-Version"] == "5.2"
    plain = _plain(page)
    assert gold["title"] in plain
    assert '<h2 class="td-tin">' in page
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in plain, piece
    story = portal.BY_ID[int(gold["path"].rsplit("-", 1)[1].removesuffix(".html"))]
    assert f"Ngày đăng: {story.opts['dt']}" in plain
    for name in gold["authors"] + gold["photographers"]:
        assert name in plain
    if gold["source"]:
        assert gold["source"] in plain
    if gold["summary"]:
        assert gold["summary"] in plain
    for img in gold["images"]:
        assert img["path"] in page
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in plain
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, page, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in _plain(page)
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in page
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in _plain(page)


def test_every_gold_article_reachable_and_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page2_articles_only_reachable_through_page_2(server):
    def is_page2(link: str) -> bool:
        return link.startswith("/News/LoadMore") or "page=" in link

    seen = _crawl(server, skip=is_page2)
    only = {g["path"] for g in portal.GOLD if int(g["path"].rsplit("-", 1)[1][:-5]) in portal.PAGE2_ONLY}
    assert len(only) == 3
    assert not only & seen
    others = {g["path"] for g in portal.GOLD} - only
    assert others <= seen


def test_loadmore_fragment_and_json(server):
    status, frag, headers = fetch(server, "/News/LoadMore?catId=2&page=2")
    assert status == 200 and "<html" not in frag and "<title" not in frag
    assert "mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2846.html" in frag
    assert "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-hoc-mam-non-nam-hoc-2026-2027-2839.html" in frag
    status, cat2, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien-2")
    assert 'data-ajax="true"' in cat2 and "/News/LoadMore?catId=2&amp;page=2" in cat2
    status, raw, headers = fetch(server, "/News/LoadMoreJson?catId=5&page=2")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert "\\u003c" in raw
    data = json.loads(raw)
    assert data["ConTin"] is False and "2836.html" in data["Html"]
    status, cat5, _ = fetch(server, "/chuyen-muc/hoat-dong-chuyen-mon-5")
    assert 'style="display:none"' in cat5 and "LoadMoreJson" in cat5
    assert fetch(server, "/News/LoadMore?catId=2&page=9")[1] == ""


def test_encodings_of_the_text(server):
    _, page, _ = fetch(server, "/tin-tuc/soc-trang-tong-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026-2868.html")
    assert "&agrave;" in page or "&#7893;" in page
    _, page, _ = fetch(server, portal.GOLD[7]["path"])
    assert unicodedata.normalize("NFD", "phương pháp") in page


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, page, _ = fetch(server, path)
    assert status == 200 and "<h1" in page


@pytest.mark.parametrize(
    "path",
    ["/khong-co-trang-nay", "/tin-tuc/khong-ton-tai-99999.html", "/News/Detail/99999",
     "/chuyen-muc/sai-slug-2", "/News/LoadMore?catId=99&page=2", "/tin-tuc/in/1"],
)
def test_unknown_paths_404(server, path):
    assert fetch(server, path)[0] == 404
