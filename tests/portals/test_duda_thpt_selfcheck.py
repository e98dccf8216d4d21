"""Self-checks of the duda_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import duda_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
STORY_BY_PATH = {f"/blog/{s.slug}": s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    """Anchors, rel=next/prev links and GET forms: what a crawler may follow."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        followed = tag == "a" or (tag == "link" and a.get("rel") in ("next", "prev"))
        if followed and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.links.append(a["action"] + "?q=")


def _links(markup: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    return parser.links


def _local_target(base: str, page: str, href: str) -> str | None:
    href = _html.unescape(href).strip()
    if href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    absolute = urljoin(base + page, href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(re.sub(r"<[^>]+>", "", markup))))


def _h1(markup: str) -> str:
    m = re.search(r"(?is)<h1\b[^>]*>(.*?)</h1>", markup)
    assert m, "no <h1>"
    return _text(m.group(1))


def _crawl(server: PortalServer):
    """Breadth-first walk from START_PATH: pages fetched and who links to whom."""
    base = server.base_url
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, tuple[int, str]] = {}
    inbound: dict[str, set[str]] = {}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages[target] = (status, body)
        found = []
        if status in (301, 302) and headers.get("Location"):
            found.append(headers["Location"])
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            found.extend(_links(body))
        for href in found:
            nxt = _local_target(base, target, href)
            if not nxt:
                continue
            inbound.setdefault(nxt, set()).add(target)
            if nxt in seen or urlsplit(nxt).path.lower().endswith(STATIC_EXT):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return pages, inbound


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


# --- the gold itself -----------------------------------------------------------------------


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(paths) & set(portal.NON_ARTICLES)
    cats = {name for name, _, _ in portal.CATS.values()}
    for g in portal.GOLD:
        assert g["category"] in cats
        assert g["canonical_path"] == g["path"]
        assert re.fullmatch(r"2026-1[0-2]-\d\d(T\d\d:\d\d:00\+07:00)?", g["published_at"])
        assert g["body"] and "\n\n\n" not in g["body"]
        for alt in g.get("alt_paths", []):
            assert alt.startswith(g["path"] + "?")
    assert sum(1 for g in portal.GOLD if g.get("alt_paths")) == 4


# --- pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_answers_with_title(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    assert _h1(body) == gold["title"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"/>' in body
    assert portal.TODAY_LINE in body


@pytest.mark.parametrize(
    "gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][-30:]
)
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert _h1(body) == gold["title"]
        assert f'href="{server.base_url}{gold["path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_appear_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = STORY_BY_PATH[gold["path"]]
    # the content column only: hero + left column, before the sidebar starts
    main = body.split('class="dmRespCol large-4', 1)[0]
    text = _text(main)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: each cell is printed in its own <td>
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].split("\n\n")[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img, block in zip(gold["images"], story.images, strict=True):
        assert f'src="{img["path"]}"' in main
        if block.printed:
            assert collapse(block.printed) in text
        if img["caption"]:
            assert img["caption"] in text
            assert img["caption"] not in gold["body"]
    # the breadcrumb's last crumb is the category
    crumbs = re.search(r'(?s)<ul class="ndsm-duongdan">(.*?)</ul>', body).group(1)
    assert _text(re.findall(r"(?s)<li>(.*?)</li>", crumbs)[-1]) == gold["category"]
    # the printed date the gold is read from
    day = gold["published_at"][:10]
    y, mo, d = day.split("-")
    if "T" in gold["published_at"]:
        assert f"{d}/{mo}/{y} - {gold['published_at'][11:16]}" in text
    elif story is portal.S5:
        assert f"ngày {int(d)} tháng {int(mo)} năm {y}" in text
    else:
        assert f"{d}/{mo}/{y} - 00:00" in text
    # chrome never leaks into the gold body
    for chrome in ("Tác giả: Quản trị website", "Bài viết liên quan", "Chia sẻ", "Xem thêm", "Nơi nhận"):
        assert chrome not in gold["body"]


def test_traps_are_printed(server):
    # JSON-LD in UTC: post 2 is on the previous day there
    _, body, _ = fetch(server, f"/blog/{portal.S2.slug}")
    ld = json.loads(re.search(r'(?s)<script type="application/ld\+json">(.*?)</script>', body).group(1))
    assert ld["datePublished"] == "2026-10-24T23:40:00Z"
    # the description is printed twice (desktop and mobile copies)
    _, body, _ = fetch(server, f"/blog/{portal.S1.slug}")
    assert body.count(portal.S1.summary) == 2
    assert "data-hidden-on-desktop" in body and "data-hidden-on-mobile" in body
    assert "Cập nhật: 21/11/2026" in body
    # the notice: the Duda date differs from the letterhead's day
    _, body, _ = fetch(server, f"/blog/{portal.S5.slug}")
    assert "01/12/2026 - 07:45" in body and "ngày 30 tháng 11 năm 2026" in body
    # Word debris and NFD text in post 7
    _, body, _ = fetch(server, f"/blog/{portal.S7.slug}")
    assert "mso-list:Ignore" in body
    assert unicodedata.normalize("NFD", "Đối tượng") in body
    # editor spans cut words in post 12
    _, body, _ = fetch(server, f"/blog/{portal.S12.slug}")
    column = body.split("ndsm-post-main", 1)[1].split("ndsm-tukhoa", 1)[0]
    assert portal.S12.blocks[0].text[:60] not in column
    assert portal.S12.blocks[0].text[:60] in _text(column)
    # Facebook emoji pictures in post 4
    _, body, _ = fetch(server, f"/blog/{portal.S4.slug}")
    assert 'alt="📌"' in body and "static.xx.fbcdn.net" in body


# --- discovery -----------------------------------------------------------------------------


def test_every_gold_article_and_non_article_is_reachable(crawl):
    pages, _ = crawl
    for gold in portal.GOLD:
        assert pages.get(gold["path"], (0,))[0] == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert pages.get(path, (0,))[0] == 200, path


def test_crawl_fits_the_budget(crawl):
    pages, _ = crawl
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, sorted(pages)


def test_some_articles_only_on_later_pages(crawl):
    _, inbound = crawl
    assert inbound[f"/blog/{portal.S4.slug}"] == {"/blog?page=3", "/tin-tuc-su-kien?page=2"}


def test_old_urls_redirect_to_posts(server):
    for old, new in portal.REDIRECTS.items():
        status, _, headers = fetch(server, old)
        assert status == 301
        assert headers["Location"] == server.base_url + new


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert portal.TODAY_LINE in body


def test_unknown_paths_404(server):
    for path in (
        "/khong-ton-tai",
        "/blog/khong-co-bai-nay",
        "/blog/",
        "/blog?page=4",
        "/blog?page=0",
        "/thong-bao?page=2",
        "/doi-ngu/khong-co",
        "/files/khong-co.pdf",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
