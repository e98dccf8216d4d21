"""Self-checks of the wp_vn_agency_theme_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_vn_agency_theme_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

#: a sensible crawler follows anchors (head links such as amphtml and shortlink are not counted)
_HREF = re.compile(r'<a\b[^>]*?\bhref=["\']([^"\']+)["\']', re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".xml")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def _local(server: PortalServer, base: str, href: str) -> str | None:
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    url = urljoin(base, _html.unescape(href))
    parts = urlsplit(url)
    if parts.netloc and parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _crawl(server: PortalServer) -> tuple[set[str], list[str]]:
    """Every page target reachable by links from START_PATH, following redirects by hand."""
    seen: set[str] = set()
    ok: set[str] = set()
    pages: list[str] = []
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        if target.split("?")[0].lower().endswith(_STATIC) or target.startswith(("/wp-json", "/feed")):
            continue
        pages.append(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = _local(server, server.url(target), headers["Location"])
            if nxt:
                queue.append(nxt)
            continue
        if status != 200:
            continue
        ok.add(target)
        for href in _HREF.findall(body):
            nxt = _local(server, server.url(target), href)
            if nxt:
                queue.append(nxt)
    return ok, pages


def test_shape():
    assert portal.NAME == "wp_vn_agency_theme_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    m = re.search(r'<h2 class="tieu-de-bai">(.*?)</h2>', body, re.S)
    assert m and collapse(_html.unescape(m.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells in order
            assert " ".join(para.split(" | ")) in text, para
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'data-lazy-src="{img["path"]}"' in body, img
        if img["caption"]:
            assert img["caption"] in text
    assert f'<span class="last">{gold["title"]}' in collapse(_html.unescape(body)).replace("> ", ">")
    crumbs = re.search(r'rank-math-breadcrumb">(.*?)</nav>', body, re.S).group(1)
    assert gold["category"] in _text(crumbs)
    day = gold["published_at"][:10]
    y, mth, d = day.split("-")
    letterhead = f"ngày {int(d)} tháng {int(mth)} năm {y}"
    assert f"{d}/{mth}/{y}" in text or letterhead in text or f'datetime="{gold["published_at"]}"' in body
    if "T" in gold["published_at"]:
        hhmm = gold["published_at"][11:16]
        assert f"{hhmm}</li>" in body or f'datetime="{gold["published_at"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in collapse(_html.unescape(body)), alt
        assert gold["body"].split("\n\n")[-1] in _text(body), alt


def test_reachable_and_budget(server):
    ok, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert len(pages) <= budget, (len(pages), pages)


def test_some_only_on_later_list_pages(server):
    _, first, _ = fetch(server, "/")
    _, p2, _ = fetch(server, "/chuyen-muc/tin-tuc/page/2")
    only_later = [g["path"] for g in portal.GOLD if g["path"] not in first and g["path"] in p2]
    assert only_later


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "tieu-de-bai" in body


def test_redirects(server):
    story = portal.BY_ID[1412]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == portal.permalink(story)
    status, _, headers = fetch(server, "/?attachment_id=1452")
    assert status == 301 and headers["Location"].endswith("van-nghe-tri-an-thay-co-chao-mung-20-11.html")
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc/page/1")
    assert status == 301 and headers["Location"] == "/chuyen-muc/tin-tuc"


def test_unknown_paths_404(server):
    for target in ("/khong-co-bai-nay.html", "/chuyen-muc/tin-tuc/page/9", "/chuyen-muc/khong-co",
                   "/trang-khong-ton-tai", "/tag/khong-co", "/?p=999999",
                   f"{portal.permalink(portal.BY_ID[1412])}?replytocom=1"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_traps_present(server):
    # auto excerpt printed in the lead box, not a sapo
    _, body, _ = fetch(server, portal.permalink(portal.BY_ID[1436]))
    assert "[&#8230;]" in body
    # modified date printed before the publication day; relative date with datetime attribute
    _, body, _ = fetch(server, portal.permalink(portal.BY_ID[1412]))
    assert body.index("Cập nhật: 22/11/2026") < body.index("20/11/2026</li>")
    _, body, _ = fetch(server, portal.permalink(portal.BY_ID[1489]))
    assert '<time datetime="2026-12-02T11:20:00+07:00">3 ngày trước</time>' in body
    # SEO title differs from the printed headline
    assert "<title>Học sinh đạt 2 giải" in body and "- THCS Chu Văn An</title>" in body
    # primary category in the breadcrumb is the second listed
    _, body, _ = fetch(server, portal.permalink(portal.BY_ID[1495]))
    listed = re.search(r"Chuyên mục: (.*?)</li>", body).group(1)
    assert _text(listed).startswith("Hoạt động Đội")
    assert "Tin tức – Sự kiện" in _text(re.search(r"rank-math-breadcrumb\">(.*?)</nav>", body).group(1))
