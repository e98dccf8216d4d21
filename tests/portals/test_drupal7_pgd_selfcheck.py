"""Self-checks of the Drupal 7 PGD Cao Lãnh fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import drupal7_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source", "summary", "body", "images", "category"}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".xlsx")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown_text(body: str) -> str:
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"] < "2026-12-05"
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "bientap01", "BBT", "Internet")
            assert "(" not in name and " - " not in name and "ThS." not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title" id="page-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{gold["path"]}" />' in body
    assert portal.TODAY_VN in body
    text = shown_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            assert all(cell in text for cell in para.split(" | ")), para
        else:
            assert para in text, para
    y, m, d = gold["published_at"][:10].split("-")
    if "T" in gold["published_at"]:
        assert "vào T" in text and f"{d}/{m}/{y} - {gold['published_at'][11:16]}" in text
    else:
        assert f"Ngày đăng: {d}/{m}/{y}" in text and "Cập nhật lần cuối:" in text
    crumbs = body.split('<div class="breadcrumb">', 1)[1].split("</div>", 1)[0]
    assert crumbs.rstrip().endswith(_html.escape(gold["category"])) or crumbs.endswith(_html.escape(gold["category"]) + "</a>")
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in body
        if img["caption"]:
            assert img["caption"] in text
        assert fetch(server, img["path"])[0] == 200


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        first = g["body"].split("\n\n")[0]
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _html.escape(g["title"]) in body and first in shown_text(body), alt
    _, body, _ = fetch(server, "/print/229")
    assert "Nguồn bài viết:" in body and "/tin-tuc/huong-dan-kiem-tra" in body
    assert 'rel="canonical"' not in body
    assert len([g for g in portal.GOLD if any(a.startswith("/comment/") for a in g["alt_paths"])]) == 1


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="node node-article node-promoted node-full' not in body, path
    _, body, _ = fetch(server, "/gioi-thieu")
    assert "Gửi bởi admin vào" in body
    for path in ("/printmail/247", "/comment/reply/247/15", "/user/login", "/poll"):
        assert fetch(server, path)[0] == 200, path


def test_walk_reaches_every_article_and_non_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert "/print/248" in seen and "/node/238" in seen and "/comment/15" in seen


def test_oldest_news_only_on_second_page(server):
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc")
    status, second, _ = fetch(server, "/chuyen-muc/tin-tuc?page=1")
    assert status == 200
    assert 'href="/chuyen-muc/tin-tuc?page=1">2</a>' in first and "sau ›" in first
    assert 'href="/chuyen-muc/tin-tuc">« đầu</a>' in second
    only_second = {"/tin-tuc/" + portal.BY_NID[n].slug for n in (221, 217, 212)}
    for path in only_second:
        assert f'href="{path}"' in second
        assert path not in first and path not in home
    assert first.count('class="node node-article node-teaser') == 8
    assert second.count('class="node node-article node-teaser') == 3
    # the pages that list them (and every other page) do not link the child terms
    for path in only_second:
        _, body, _ = fetch(server, path)
        assert 'href="/chuyen-muc/tin-giao-duc' not in body and 'href="/chuyen-muc/hoat-dong' not in body


def test_pager_clamps_and_ignores_junk(server):
    _, second, _ = fetch(server, "/chuyen-muc/tin-tuc?page=1")
    _, first, _ = fetch(server, "/chuyen-muc/tin-tuc")
    status, clamped, _ = fetch(server, "/chuyen-muc/tin-tuc?page=7")
    assert status == 200 and clamped == second
    assert fetch(server, "/chuyen-muc/tin-tuc?page=abc")[1] == first


def test_multi_term_article_and_breadcrumbs(server):
    _, notices, _ = fetch(server, "/chuyen-muc/thong-bao")
    story = portal.BY_NID[238]
    assert f'href="/tin-tuc/{story.slug}"' in notices
    _, body, _ = fetch(server, f"/tin-tuc/{story.slug}")
    assert "Chuyên môn - Nghiệp vụ, Thông báo" in body
    assert '<a href="/chuyen-muc/tin-tuc">Tin tức</a> » Chuyên môn - Nghiệp vụ</div>' in body
    assert "Tác giả:" in body and "ThS. Nguyễn Văn Bình" in body
    assert fetch(server, "/chuyen-muc/tin-giao-duc")[0] == 200


def test_traps_in_article_pages(server):
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[247].slug)
    assert "Gửi bởi Phụ huynh Lê Văn Tám vào T5, 03/12/2026 - 21:14" in body
    assert '<div class="field field-name-field-tom-tat' in body
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[229].slug)
    assert "Tin liên quan:" in body and 'href="/node/238"' in body and "Tệp đính kèm" in body
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[221].slug)
    assert "Ảnh: Internet" in body and "Theo Báo Đồng Tháp" in body
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[238].slug)
    assert "Sáng 24/11/2026: giáo viên các trường THCS Kim Hồng, Lê Quý Đôn, Phan Bội Châu.<br />" in body
    _, body, _ = fetch(server, "/tin-tuc/" + portal.BY_NID[240].slug)
    assert '<tr><td style="text-align: center;"><span style="font-size:12px;">' in body
    assert 'id="site-name"><strong>' in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/tin-tuc/khong-co")[0] == 404
    assert fetch(server, "/node/999")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
