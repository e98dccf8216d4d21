"""Self-checks of the NukeViet 4.3 Trường Chính trị fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet4_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_part(body: str) -> str:
    return body.split('<h1 class="title', 1)[1].split('<div class="margin-bottom-lg">', 1)[0]


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 6
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:00\+07:00", g["published_at"]), g["path"]
        values = (g["title"], g["body"], g["summary"] or "", g["source"] or "")
        for value in (*values, *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "quantri")
            assert not name.startswith(("ThS.", "TS.")) and " - Phòng" not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-12:])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title margin-bottom-lg">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY in body
    d = gold["published_at"]
    printed = f"{d[8:10]}/{d[5:7]}/{d[:4]} {d[11:16]}"
    assert printed in body
    crumb = body.split('class="tct-breadcrumb"', 1)[1].split("</ul>", 1)[0]
    assert crumb.rstrip().endswith(f'<span itemprop="name">{_html.escape(gold["category"])}</span></a></li>')
    article = shown(article_part(body))
    for para in gold["body"].split("\n\n"):
        assert para in article or all(c in article for c in para.split(" | ")), para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    if gold["summary"]:
        assert f'<div class="hometext m-bottom"><strong>{_html.escape(gold["summary"])}' in body
    else:
        assert 'class="hometext' not in body
    if gold["source"]:
        assert "<strong>Nguồn tin: </strong>" in body and gold["source"] in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'id="news-bodyhtml"' not in body, path


def test_breadth_first_walk_reaches_every_article_and_non_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
        for alt in g["alt_paths"]:
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination_hides_old_articles(server):
    by_id = portal.BY_ID
    _, home, _ = fetch(server, "/")
    for i in (425, 423, 421, 420, 419):
        assert portal.path_of(by_id[i]) not in home
    _, p1, _ = fetch(server, "/vi/news/tin-tuc-su-kien/")
    assert 'href="/vi/news/tin-tuc-su-kien/page-2"' in p1
    assert portal.path_of(by_id[430]) in p1  # filed in two categories, main category URL
    _, p2, _ = fetch(server, "/vi/news/tin-tuc-su-kien/page-2")
    for i in (421, 419):
        assert portal.path_of(by_id[i]) in p2 and portal.path_of(by_id[i]) not in p1
    _, w2, _ = fetch(server, "/vi/news/page-2")
    assert 'href="/vi/news/page-3"' in w2
    _, w3, _ = fetch(server, "/vi/news/page-3")
    for i in (421, 420, 419):
        assert portal.path_of(by_id[i]) in w3
    assert fetch(server, "/vi/news/page-4")[0] == 404
    assert fetch(server, "/vi/news/tin-tuc-su-kien/page-3")[0] == 404
    # listings cut long titles
    s429 = portal.BY_ID[429]
    listed = fetch(server, "/vi/news/")[1]
    assert f'title="{s429.title}">{portal.short_title(s429)}</a></h3>' in listed
    assert portal.short_title(s429).endswith("...")


def test_duplicates_and_redirects(server):
    s = portal.BY_ID[431]
    for alt in (portal.print_path(s), portal.index_php(s)):
        status, body, _ = fetch(server, alt)
        assert status == 200 and s.title in _html.unescape(body)
        for para in portal.GOLD[0]["body"].split("\n\n")[1:]:
            assert para in shown(body)
    status, body, _ = fetch(server, portal.index_php(s))
    assert f'<link rel="canonical" href="{server.base_url}{portal.path_of(s)}">' in body
    s430 = portal.BY_ID[430]
    status, _, headers = fetch(server, portal.path_of(s430, "tin-tuc-su-kien"))
    assert status == 301 and headers["Location"].endswith(portal.path_of(s430))
    _, sendmail, _ = fetch(server, portal.NON_ARTICLES[5])
    assert 'name="friend_email"' in sendmail


def test_traps_are_printed(server):
    by_id = portal.BY_ID
    # SEO title differs from h1
    _, body, _ = fetch(server, portal.path_of(by_id[429]))
    assert "<title>Tư tưởng Hồ Chí Minh về cán bộ" in body
    assert "Tác giả: <strong>ThS. Nguyễn Thị Thu Hà - Khoa Xây dựng Đảng</strong>" in body
    assert "Ngày đăng: 01/12/2026 08:00" in body and "[1] Hồ Chí Minh: Toàn tập" in body
    # hidden hometext: in the listing and meta, not on the page
    s428 = by_id[428]
    _, body, _ = fetch(server, portal.path_of(s428))
    assert f'content="{portal.hometext(s428)}"' in body and "Người đăng: quantri" in body
    assert "Thứ bảy - 28/11/2026 16:45" in body
    assert portal.hometext(s428) in fetch(server, "/vi/news/tin-tuc-su-kien/")[1]
    assert '<p style="text-align: right;"><strong>Khoa Lý luận cơ sở</strong></p>' in body
    assert "<figcaption>Đảng viên Chi bộ" in body
    # essay with update line
    _, body, _ = fetch(server, portal.path_of(by_id[424]))
    assert "Ngày đăng: 10/11/2026 07:45" in body and "Cập nhật: 12/11/2026 10:05" in body
    # photographer inside caption, empty figcaption
    assert "(Ảnh: Thu Trang)</figcaption>" in fetch(server, portal.path_of(by_id[430]))[1]
    _, body, _ = fetch(server, portal.path_of(by_id[427]))
    assert "<figcaption></figcaption>" in body and "<br />" in body
    # layout-table caption, plain centred caption, attachment box, related box, source
    assert "<tr><td style=\"text-align: center;\">" in fetch(server, portal.path_of(by_id[426]))[1]
    body = fetch(server, portal.path_of(by_id[421]))[1]
    assert "Tài liệu đính kèm:" in body and "Tác giả bài viết: </strong>BBT" in body
    assert "Tin liên quan:" in fetch(server, portal.path_of(by_id[419]))[1]
    assert "Nguồn tin: </strong>" in fetch(server, portal.path_of(by_id[423]))[1]
    gold = {g["path"]: g for g in portal.GOLD}
    assert "Tin liên quan" not in gold[portal.path_of(by_id[419])]["body"]
    assert "Tài liệu đính kèm" not in gold[portal.path_of(by_id[421])]["body"]


def test_unknown_pages_are_404(server):
    s = portal.BY_ID[431]
    assert fetch(server, "/vi/news/khong-co/")[0] == 404
    assert fetch(server, f"/vi/news/{s.cat}/sai-alias-{s.id}.html")[0] == 404
    assert fetch(server, "/vi/khong-co-trang-nay")[0] == 404
