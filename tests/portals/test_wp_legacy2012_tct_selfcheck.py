"""Self-check of the wp_legacy2012_tct fixture portal against itself (never the crawler).

Every gold target answers 200 with its title and its gold text; every gold article is reachable
by following links from the start page; the traps the module's docstring lists behave as
documented; the whole site stays within the request budget of a sensible crawl.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import wp_legacy2012_tct as portal
from ._selfcheck import fetch

_HREF = re.compile(r"""href=["']([^"']*)["']""")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_FILES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|doc)$", re.I)


def reader_text(markup: str) -> str:
    """Tags and comments dropped, references resolved, NFC, whitespace collapsed."""
    no_comments = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", no_comments)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(server: PortalServer, body: str, page_target: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(server.url(page_target), href))
        if (parts.hostname, parts.port) != (server.host, server.port):
            continue
        if _FILES.search(parts.path) or parts.path.endswith("timthumb.php"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _walk(server: PortalServer, skip: re.Pattern[str] | None = None) -> tuple[set[str], int]:
    """Breadth-first over same-host links (redirects followed by hand); pages fetched."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        if target in seen or (skip and skip.search(target)):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue.extend(_links(server, body, target))
    return seen, fetched


def test_contract() -> None:
    assert portal.NAME == "wp_legacy2012_tct" and portal.START_PATH == "/"
    assert portal.PLATFORM == "wordpress"
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert _STAMP.match(g["published_at"]), g["path"]
        paragraphs = g["body"].split("\n\n")
        assert all(p == " ".join(p.split()) and p for p in paragraphs)
        assert unicodedata.is_normalized("NFC", g["body"])
        if g["summary"]:
            assert paragraphs[0] == g["summary"]
        for img in g["images"]:
            assert img["caption"] is None or not img["caption"].startswith("(")


def test_gold_pages_serve_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = reader_text(body)
        extra = ""
        for alt in g.get("alt_paths", []):
            if "page=" in alt:  # the second page of a split post holds the rest of its text
                extra = reader_text(fetch(server, alt)[1])
        assert g["title"] in page, g["path"]
        for paragraph in g["body"].split("\n\n"):
            # a table row is its cells joined by " | " in the gold, separate cells on the page
            row = " ".join(paragraph.split(" | "))
            assert row in page or row in extra, (g["path"], paragraph[:60])
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        for img in g["images"]:
            where = img.get("path") or img["url"]
            assert f'"{where}"' in body, (g["path"], where)
            if img["caption"]:
                assert img["caption"] in page
        assert g["category"] in page
        assert portal.TODAY_LINE in page and "Lượt xem" in page
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if "T" in g["published_at"]:
            hh, mm = int(g["published_at"][11:13]), g["published_at"][14:16]
            clock = f"{hh % 12 or 12}:{mm} {'sáng' if hh < 12 else 'chiều'}"
            assert f"{d}/{m}/{y} lúc {clock}" in page, g["path"]
        else:
            assert f"ngày {int(d)} tháng {int(m)} năm {y}" in page, g["path"]


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        last = g["body"].split("\n\n")[-1]
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            page = reader_text(body)
            assert g["title"] in page and last in page, alt


def test_every_article_is_reachable_and_the_crawl_is_bounded(server: PortalServer) -> None:
    seen, fetched = _walk(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_two_articles_only_behind_page_two(server: PortalServer) -> None:
    seen, _ = _walk(server, skip=re.compile(r"/page/\d+/"))
    hidden = {portal.permalink(portal.A5), portal.permalink(portal.A6)}
    assert not hidden & seen
    status, body, _ = fetch(server, "/category/tin-tuc-su-kien/hoat-dong-nha-truong/page/2/")
    assert status == 200 and "Trang 2 / 2" in body
    for target in hidden:
        assert f'href="{target}"' in body


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert portal.TODAY_LINE in body


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in [
        "/khong-co-trang-nay/",
        "/?p=99999",
        "/2026/10/khai-giang-lop-cao-cap-ly-luan-chinh-tri-2026-2028/",  # old posts stay on ?p=
        "/category/thong-bao/page/2/",
        "/tag/khong-co/",
        "/2026/09/",
        "/?p=4317&replytocom=9999",
        "/wp-content/uploads/2026/12/khong-co.txt",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_traps_behave_as_documented(server: PortalServer) -> None:
    # 1. a guid of a new post redirects; an old post is canonical on its query link
    status, _, headers = fetch(server, f"/?p={portal.A1.id}")
    assert status == 301 and headers["Location"] == portal.permalink(portal.A1)
    _, body, _ = fetch(server, "/")
    assert f'href="/?p={portal.A1.id}"' in body
    _, body, _ = fetch(server, portal.permalink(portal.A4))
    assert f'rel="canonical" href="{server.base_url}/?p={portal.A4.id}"' in body
    # 4. the split post: page 2 has its own canonical, page 1 stops before part 2
    _, p1, _ = fetch(server, "/?p=4340")
    _, p2, _ = fetch(server, "/?p=4340&page=2")
    assert "2. Một số giải pháp" not in reader_text(p1) and "2. Một số giải pháp" in p2
    assert "/?p=4340&amp;page=2" in p2 and "&#038;page=2" in p1
    # 5. the SEO plugin's wrong offset, the update line
    _, body, _ = fetch(server, portal.permalink(portal.A2))
    assert 'content="2026-12-02T12:20:00+00:00"' in body and "12:20 chiều" in body
    assert "Cập nhật lần cuối" in body
    # 6. Word leftovers on the page, not in the gold; an NFD paragraph; an entity-encoded post
    gold = {g["path"]: g for g in portal.GOLD}
    _, body, _ = fetch(server, portal.permalink(portal.A3))
    assert "MicrosoftInternetExplorer4" in body
    assert "MicrosoftInternetExplorer4" not in gold[portal.permalink(portal.A3)]["body"]
    assert unicodedata.normalize("NFD", "tham luận tập trung") in body
    _, body, _ = fetch(server, portal.permalink(portal.A6))
    entry = body.split('class="entry noidung_bv"')[1].split("yarpp-related")[0]
    assert "&#7899;" in entry and "Học viện" not in entry and "Học viện" in reader_text(entry)
    # 7. chrome inside the content div is not gold body
    _, body, _ = fetch(server, portal.permalink(portal.A8))
    entry = body.split('class="entry noidung_bv"')[1].split('<div class="tukhoa_bv"')[0]
    for chrome in ("Bài viết liên quan", "Chia sẻ bài viết", "Xem thêm", "Tài liệu hội nghị"):
        assert chrome in entry
        assert chrome not in gold[portal.permalink(portal.A8)]["body"]
    # 10. lazy load: the real file only in data-lazy-src / noscript
    _, body, _ = fetch(server, portal.permalink(portal.A9))
    assert 'data-lazy-src="/wp-content/uploads/2026/11/gap-mat-20-11-1024x683.jpg"' in body
    # 11. the notice: posted 01/12, dated 30/11 by its letterhead
    _, body, _ = fetch(server, portal.permalink(portal.A10))
    assert "01/12/2026 lúc 8:15 sáng" in body and "Số: 152-TB/TCT" in body
    assert gold[portal.permalink(portal.A10)]["published_at"] == "2026-11-30"
    # 12. document entries use the article template
    _, body, _ = fetch(server, portal.permalink(portal.DOC2))
    assert 'class="tieude_bv"' in body and "Trích yếu" in body and "In bài viết" in body
    # images and thumbnails are served
    for target in (
        "/wp-content/uploads/2026/12/be-giang-k92-1-1024x683.jpg",
        "/wp-content/themes/tmag-premium/timthumb.php?src=/x.jpg&w=110&h=80&zc=1",
    ):
        status, _, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"].startswith("image/")
