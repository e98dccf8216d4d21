"""Self-checks of the invision_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import invision_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".webmanifest/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees, tags dropped without spaces (inline markup must not split words)."""
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"<br\s*/?>|</(p|li|td|tr|h\d|div)>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return collapse(unicodedata.normalize("NFC", html.unescape(s)))


def main_area(markup: str) -> str:
    start = markup.index('id="ipsLayout_mainArea"')
    end = markup.index('id="ipsLayout_sidebar"') if 'id="ipsLayout_sidebar"' in markup else None
    return markup[start:end]


def links(markup: str, base: str) -> list[str]:
    """Same-host targets of <a href> and <link rel=next/prev/alternate>, fragments dropped."""
    found = re.findall(r"<a\s[^>]*?href=[\"']([^\"']+)[\"']", markup)
    found += re.findall(
        r"<link\s[^>]*rel=\"(?:next|prev|alternate)\"[^>]*href=\"([^\"]+)\"", markup
    )
    out = []
    for href in found:
        href = html.unescape(href)
        if href.startswith(("#", "mailto:", "javascript:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base.rstrip("/"):
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def crawl(server: PortalServer) -> tuple[dict[str, str], dict[str, set[str]], int]:
    """BFS from START_PATH over links, following redirects; pages, who links to whom, requests."""
    base = server.base_url + "/"
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    requests = 0
    while queue:
        target = queue.popleft()
        requests += 1
        status, body, headers = fetch(server, target)
        nexts: list[str] = []
        if status in (301, 302):
            loc = urlsplit(urljoin(base, headers["Location"]))
            nexts = [loc.path + (f"?{loc.query}" if loc.query else "")]
        elif status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            pages[target] = body
            nexts = links(body, base)
        for n in nexts:
            linked_from.setdefault(n, set()).add(target)
            if n in seen or urlsplit(n).path.lower().endswith(STATIC):
                continue
            seen.add(n)
            queue.append(n)
    return pages, linked_from, requests


@pytest.fixture(scope="module")
def walk(server):
    return crawl(server)


def by_id(rid: int) -> dict:
    return next(g for g in portal.GOLD if f"/{rid}-" in g["path"])


# --- shape of the gold -----------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert portal.NAME == "invision_thpt"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {name for _i, name, _d in portal.CATEGORIES.values()}
    for g in portal.GOLD:
        assert g["category"] in cats
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] and "\n\n\n" not in g["body"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        pub = g["published_at"]
        assert pub is None or re.fullmatch(r"2026-1[012]-\d\d(T\d\d:\d\d:00\+07:00)?", pub)
        for img in g["images"]:
            assert img["path"].startswith("/uploads/")
    assert not set(paths) & set(portal.NON_ARTICLES)


def test_gold_decisions_by_hand():
    assert by_id(131)["published_at"] == "2026-11-20T06:40:00+07:00"
    assert by_id(109)["published_at"] == "2026-10-09"
    assert by_id(137)["published_at"] == "2026-11-30"
    assert by_id(137)["authors"] == ["Lê Thị Ngọc Hân"]
    assert by_id(131)["authors"] == ["Trần Thị Lan"]
    assert by_id(131)["photographers"] == ["Đặng Minh Khôi"]
    assert by_id(140)["authors"] == ["Lê Bảo Ngọc"]
    assert by_id(133)["authors"] == by_id(133)["photographers"] == ["Nguyễn Hoàng Phúc"]
    assert by_id(109)["authors"] == []
    assert by_id(128)["authors"] == ["Phạm Thị Thu Hà"]
    assert by_id(121)["source"] == "Báo Khánh Hòa"
    assert "Theo đồng chí Bí thư Đoàn trường" in by_id(121)["body"]
    assert by_id(117)["source"] == "Báo Khánh Hòa điện tử"
    assert [i["caption"] for i in by_id(124)["images"]] == [None, None, None]
    assert by_id(133)["images"][0]["caption"].startswith("Đoàn viên chi đoàn 12A4")
    assert "Cộng | 34 | 2 | 6 | 9 | 10" in by_id(135)["body"].split("\n\n")
    assert by_id(135)["summary"] and by_id(135)["body"].startswith(by_id(135)["summary"])
    assert "nội dung tác phẩm.[1] Đây là" in by_id(128)["body"]
    assert "Kéo co: Nhất 10A4, Nhì 12A3, Ba 11A1." in by_id(124)["body"]
    body127 = by_id(127)["body"].split("\n\n")
    assert "Phát triển năng lực tự học, làm việc nhóm và tư duy sáng tạo của học sinh." in body127
    assert any(p.startswith("- Thời gian:") for p in body127)
    assert by_id(131)["alt_paths"] == [by_id(131)["path"] + "?page=2"]
    for g in portal.GOLD:
        for word in (
            "Tin:",
            "Ảnh:",
            "Xem thêm",
            "Trích dẫn",
            "Nội dung ẩn",
            "Sửa lần cuối",
            "Nơi nhận",
            "CỘNG HÒA",
            "bientap_hht",
            "Người viết",
        ):
            assert word not in g["body"], (g["path"], word)


# --- pages answer -------------------------------------------------------------------------------------


def test_every_gold_address_answers_with_the_article(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            h1 = re.search(r'<h1 class="ipsType_pageTitle[^"]*"><span[^>]*>(.*?)</span></h1>', body)
            assert h1 and collapse(html.unescape(h1.group(1))) == g["title"], target


def test_gold_text_is_what_the_page_prints(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        area = main_area(body)
        article = area[: area.index('id="comments"')]
        seen = page_text(article)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in seen, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in seen, (g["path"], name)
        if g["source"]:
            assert g["source"] in seen
        for img in g["images"]:
            assert img["path"] in article, (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in seen
        pub = g["published_at"]
        if g["path"].startswith("/tin-tuc/thong-bao/137-"):
            assert "Khánh Hòa, ngày 30 tháng 11 năm 2026" in seen
        else:
            day = f"{pub[8:10]}/{pub[5:7]}/{pub[:4]}"
            stamp = f"{day} {pub[11:16]}" if "T" in pub else f"{day} 00:00"
            assert f"title='{stamp}'" in article, (g["path"], stamp)
        # the comment feed is not in the gold body
        for c in portal.COMMENTS.get(int(g["path"].split("/")[3].split("-")[0]), []):
            assert page_text(c[4])[:30] not in g["body"]


def test_utc_time_elements_and_midnight(server):
    _, body, _ = fetch(server, by_id(131)["path"])
    assert "<time datetime='2026-11-19T23:40:00Z' title='20/11/2026 06:40'" in body
    _, body, _ = fetch(server, by_id(109)["path"])
    assert "<time datetime='2026-10-08T17:00:00Z' title='09/10/2026 00:00'" in body
    _, body, _ = fetch(server, by_id(138)["path"])
    assert ">Thứ Năm lúc 19:30</time>" in body
    _, body, _ = fetch(server, by_id(140)["path"])
    assert ">2 giờ trước</time>" in body


def test_json_ld_names_the_account_in_utc(server):
    _, body, _ = fetch(server, by_id(131)["path"])
    blobs = re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, flags=re.S)
    article = next(json.loads(b) for b in blobs if '"Article"' in b)
    assert article["author"]["name"] == "bientap_hht"
    assert article["datePublished"] == "2026-11-19T23:40:00+0000"
    assert "Tin: ThS. Trần Thị Lan" in article["text"]


def test_lazy_images_keep_the_photo_in_data_src(server):
    _, body, _ = fetch(server, by_id(140)["path"])
    img = re.search(r'<img alt="IMG_4521.jpg"[^>]*>', body).group(0)
    assert 'src="' + server.base_url + portal.SPACER + '"' in img
    assert 'data-src="' + server.base_url + by_id(140)["images"][0]["path"] + '"' in img
    status, _, headers = fetch(server, by_id(140)["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_decomposed_text_in_133(server):
    _, body, _ = fetch(server, by_id(133)["path"])
    first = by_id(133)["body"].split("\n\n")[0]
    assert first not in body
    assert unicodedata.normalize("NFD", first) in body
    assert html.escape(by_id(133)["title"], quote=True) in body  # the title field is NFC


def test_comment_page_two_repeats_the_article(server):
    g = by_id(131)
    _, one, _ = fetch(server, g["path"])
    _, two, _ = fetch(server, g["path"] + "?page=2")
    assert f'<link rel="canonical" href="{server.base_url}{g["path"]}?page=2">' in two
    assert "Trang 2" in re.search(r"<title>(.*?)</title>", two).group(1)
    assert 'id="elComment_1230"' in two and 'id="elComment_1230"' not in one
    assert page_text(main_area(one)).count(g["body"].split("\n\n")[1]) == 1
    assert page_text(main_area(two)).count(g["body"].split("\n\n")[1]) == 1


def test_forum_topic_mirrors_but_is_no_article(server):
    status, body, _ = fetch(server, portal.topic_path(58))
    assert status == 200
    seen = page_text(body)
    assert by_id(131)["title"] in seen
    assert by_id(131)["body"].split("\n\n")[0] in seen
    assert "Xem toàn bộ bài viết" in seen
    assert portal.topic_path(58) in portal.NON_ARTICLES


def test_redirects_of_the_platform(server):
    g = by_id(135)
    status, _, headers = fetch(
        server, "/index.php?/tin-tuc/chuyen-mon/135-ket-qua-thi-hsg-cap-tinh-lop-12/"
    )
    assert status == 301 and headers["Location"].endswith(g["path"])
    status, _, headers = fetch(server, "/tin-tuc/thong-bao/135-sai-duong-dan/")
    assert status == 301 and headers["Location"].endswith(g["path"])
    status, _, headers = fetch(server, g["path"].rstrip("/"))
    assert status == 301 and headers["Location"].endswith(g["path"])
    status, _, headers = fetch(server, by_id(131)["path"] + "?do=getLastComment")
    assert status == 302 and headers["Location"].endswith("?page=2#comments")
    status, _, headers = fetch(server, by_id(140)["path"] + "?page=5")
    assert status == 301


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "ipsLayout_header" in body


def test_unknown_paths_are_404(server):
    for target in (
        "/khong-ton-tai/",
        "/tin-tuc/hoat-dong-nha-truong/999-khong-co/",
        "/tin-tuc/khong-co-muc/",
        "/tin-tuc/?page=9",
        "/tin-tuc/hoat-dong-nha-truong/?page=3",
        "/forums/topic/999-khong-co/",
        "/tags/khong-co/",
        "/profile/9999-ai-do/",
        "/files/file/99-khong-co/",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


# --- discovery -----------------------------------------------------------------------------------------


def test_walk_from_start_reaches_every_gold_article(walk):
    pages, _linked_from, _ = walk
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
        for alt in g.get("alt_paths", []):
            assert alt in pages, alt
    for path in portal.NON_ARTICLES:
        assert path in pages, path


def test_oldest_articles_only_behind_page_two(walk):
    _, linked_from, _ = walk
    for rid in (117, 109):
        sources = linked_from[by_id(rid)["path"]]
        assert sources, rid
        assert all("?page=" in s for s in sources), (rid, sources)


def test_crawl_budget(walk):
    _pages, _, requests = walk
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests


def test_tag_with_vietnamese_letters_is_percent_encoded(server, walk):
    pages, _, _ = walk
    assert "/tags/nh%C3%A0%20gi%C3%A1o/" in pages
    assert unquote("/tags/nh%C3%A0%20gi%C3%A1o/") == "/tags/nhà giáo/"
