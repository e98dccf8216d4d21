"""Self-checks of the EasyBlog/Joomla THCS fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import easyblog_joomla_thcs as portal
from tests.portals._selfcheck import fetch

KEYS = {
    "path",
    "canonical_path",
    "alt_paths",
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
HREF = re.compile(r'href="([^"#]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(page: str, target: str) -> list[str]:
    out = []
    for raw in HREF.findall(page):
        url = urljoin("http://h" + target, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _clean(fragment: str) -> str:
    return unicodedata.normalize("NFC", _html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def test_gold_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = set()
    for g in portal.GOLD:
        assert set(g) == KEYS
        assert g["path"] not in paths
        paths.add(g["path"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", g["published_at"])  # the day the page prints
        for key in ("title", "body", "summary", "source", "category"):
            if g[key] is not None:
                assert unicodedata.is_normalized("NFC", g[key]), key
                assert g[key] == g[key].strip()
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        assert "Nguồn:" not in g["body"] and "File đính kèm" not in g["body"]
        for name in g["authors"] + g["photographers"]:
            assert name not in ("Quản trị viên", "admin", "BBT")
        assert g["category"] in portal.CATEGORIES.values()


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_every_address_serves_the_post(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        h1 = re.search(r'<h1 class="eb-entry-title[^"]*"[^>]*>(.*?)</h1>', page, re.S)
        assert h1 and _clean(h1.group(1)).strip() == gold["title"], target
        assert f'{gold["canonical_path"]}" rel="canonical"' in page, target
        assert f'datetime="{gold["published_at"]}T' in page


def test_body_text_is_printed(server):
    for gold in portal.GOLD:
        _, page, _ = fetch(server, gold["path"])
        article = page.split("data-blog-content", 1)[1].split("</div>", 1)[0]
        flat = " ".join(_clean(article).split())
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in flat, (gold["path"], cell)
        for image in gold["images"]:
            assert image["path"] in page


def test_breadth_first_walk_reaches_every_post(server):
    wanted = {g["path"] for g in portal.GOLD}
    seen, queue = {portal.START_PATH}, deque([portal.START_PATH])
    while queue and wanted - seen:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(page, target):
            if "/calendar/" in link or "archive" in link or link in seen:
                continue  # endless traps: not needed to reach the posts
            seen.add(link)
            queue.append(link)
    assert wanted <= seen


def test_listing_pages_and_limitstart_twin(server):
    _, first, _ = fetch(server, "/index.php/tin-tuc")
    _, second, _ = fetch(server, "/index.php/tin-tuc?start=8")
    _, twin, _ = fetch(server, "/index.php/tin-tuc?limitstart=8")
    assert first.count("data-blog-posts-item") == 8
    assert second.count("data-blog-posts-item") == 5
    assert second.split("<body", 1)[1] == twin.split("<body", 1)[1]
    assert "/index.php/tin-tuc?start=8" in first
    _, home, _ = fetch(server, "/")
    assert "/index.php/tin-tuc?limitstart=8" in home
    assert "option=com_easyblog&amp;view=entry&amp;id=214&amp;Itemid=105" in home
    posts1 = first.split("data-blog-posts>", 1)[1].split("eb-pagination", 1)[0]
    for story in portal.STORIES[8:]:  # only on page 2 of the latest view
        assert f'entry/{story.slug}"' not in posts1
        assert f'entry/{story.slug}"' in second
    _, empty, _ = fetch(server, "/index.php/tin-tuc?start=40")
    assert "Không có bài viết nào" in empty


def test_traps(server):
    _, page, _ = fetch(
        server, portal.GOLD[2]["path"]
    )  # signed by Nguyễn Văn Hùng, blogger Phạm Văn Đức
    assert "eb-entry-author-bio" in page and "Phạm Văn Đức" in page
    assert portal.GOLD[2]["authors"] == ["Nguyễn Văn Hùng"]
    assert "Bài viết liên quan" in page and "« Bài trước" in page and "Bài sau »" in page
    assert "Chưa có bình luận nào" in page and "Đăng ký nhận bài viết mới" in page
    assert portal.TODAY in page
    for day in range(1, 31):
        assert f"/index.php/tin-tuc/calendar/2026/11/{day:02d}" in page
    status, day_page, _ = fetch(server, "/index.php/tin-tuc/calendar/2026/11/03")
    assert status == 200 and "Không có bài viết nào trong ngày này" in day_page
    status, far, _ = fetch(server, "/index.php/tin-tuc/archive?archiveyear=1999&archivemonth=1")
    assert status == 200 and "archivemonth=12" in far and "Không có bài viết nào" in far
    status, far_cal, _ = fetch(server, "/index.php/tin-tuc/calendar/2031/05")
    assert status == 200 and "/calendar/2031/06" in far_cal
    status, rss, headers = fetch(server, "/index.php/tin-tuc?format=feed&type=rss")
    assert status == 200 and "rss" in headers["Content-Type"] and "<item>" in rss
    _, printed, _ = fetch(server, portal.GOLD[0]["alt_paths"][1])
    assert "eb-entry-related" not in printed and "window.print()" in printed
    for target in portal.NON_ARTICLES:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert "eb-entry-title" not in page, target
    assert fetch(server, "/index.php/tin-tuc/entry/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/index.php?option=com_easyblog&view=entry&id=999&Itemid=105")[0] == 404


def test_notice_has_pdf_and_two_lines(server):
    gold = portal.GOLD[0]
    assert gold["authors"] == ["Tổ Văn phòng"] and len(gold["body"].split("\n\n")) == 2
    _, page, _ = fetch(server, gold["path"])
    pdf = re.search(r'href="([^"]+\.pdf)"', page).group(1)
    status, _body, headers = fetch(server, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_text_forms(server):
    nfd = next(g for g in portal.GOLD if "khao-sat" in g["path"])
    _, page, _ = fetch(server, nfd["path"])
    assert unicodedata.normalize("NFD", "Nhà trường đã hoàn thành") in page
    ent = next(g for g in portal.GOLD if "chuyen-doi-so" in g["path"])
    _, page, _ = fetch(server, ent["path"])
    assert "&#" in page.split("data-blog-content", 1)[1]
