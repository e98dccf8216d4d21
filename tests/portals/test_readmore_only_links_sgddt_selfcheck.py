"""Self-checks of the readmore_only_links_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import readmore_only_links_sgddt as portal
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
ANCHOR = re.compile(r"<a\s[^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", re.S)
OLD = [s for s in portal.NEWEST[7:] if s.cat != "thong-bao"]


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    shown = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(shown)))


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 200) -> dict[str, str]:
    """BFS over href links; returns every 200 page's body by target."""
    seen, queue, bodies = {start}, deque([start]), {}
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        bodies[target] = body
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return bodies


@pytest.fixture(scope="module")
def site_pages(server):
    return walk(server, portal.START_PATH)


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"])
        values = [g["title"], g["body"], g["summary"] or "", g["source"] or ""]
        for value in values + g["authors"] + g["photographers"]:
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 8, g["path"]
        if g["summary"]:
            assert paras[0] == g["summary"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/uploads/news/2026_")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("BBT", "admin") and "ThS" not in name and " - " not in name
    counts = {name: 0 for name in portal.CATEGORIES.values()}
    for g in portal.GOLD:
        counts[g["category"]] += 1
    assert all(n >= 2 for n in counts.values()), counts


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title-detail">{_html.escape(gold["title"])}</h1>' in body
    y, m, d = gold["published_at"][:10].split("-")
    hm = gold["published_at"][11:16]
    assert f"Cập nhật ngày: {d}/{m}/{y} - {hm}" in body
    assert portal.TODAY in body
    crumb = body.split('<div class="duong-dan">', 1)[1].split("</div>", 1)[0]
    assert crumb.rstrip().endswith(f">{_html.escape(gold['category'])}</a>")
    content = body.split('<h1 class="title-detail">', 1)[1].split('<div class="cac-tin-khac">', 1)[0]
    shown = page_text(content)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, cell
    if gold["summary"]:
        assert f"<b>{_html.escape(gold['summary'])}</b>" in body or (
            f"<strong>{_html.escape(gold['summary'])}</strong>" in body
        )
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            after = content.split(f'src="{img["path"]}"', 1)[1]
            assert _html.escape(img["caption"]) in after[:400]
    for name in gold["authors"]:
        assert _html.escape(name) in content
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in content
    # list thumbnails never show on an article page
    assert "/uploads/news/thumb/" not in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="title-detail"' not in body and "Cập nhật ngày:" not in body, path


def test_breadth_first_walk_reaches_every_article(site_pages):
    for g in portal.GOLD:
        assert g["path"] in site_pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in site_pages, path


def test_titles_are_links_only_for_the_newest_posts(site_pages):
    """Anchor text equal to a title exists only for the 7 newest posts and the Thông báo ones."""
    titled: set[str] = set()
    for body in site_pages.values():
        for href, inner in ANCHOR.findall(body):
            if collapse(_html.unescape(re.sub(r"<[^>]+>", "", inner))) in {
                g["title"] for g in portal.GOLD
            }:
                titled.add(href)
    want = {portal.article_path(s) for s in portal.NEWEST[:7]}
    want |= {portal.article_path(s) for s in portal.STORIES if s.cat == "thong-bao"}
    assert titled == want
    assert len(OLD) == 5
    for story in OLD:
        assert portal.article_path(story) not in titled


def test_only_title_less_links_lead_to_old_posts(site_pages):
    for story in OLD:
        path = portal.article_path(story)
        texts = set()
        for body in site_pages.values():
            for href, inner in ANCHOR.findall(body):
                if href == path:
                    texts.add(collapse(_html.unescape(re.sub(r"<[^>]+>", "", inner))))
        assert texts, path
        assert texts <= {"Xem tiếp »", "", "Chi tiết", "[...]"}, (path, texts)


def test_list_templates(server):
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/tin-hoat-dong")
    s = portal.in_category("tin-hoat-dong")[3]
    assert f'<h3 class="tieu-de">{_html.escape(s.title)}</h3>' in body
    assert f'<a class="btn-xemtiep" href="{portal.article_path(s)}">Xem tiếp »</a>' in body
    assert 'class="mota"' in body and 'class="khoi-tin"' in body
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/chi-dao-dieu-hanh")
    s = portal.in_category("chi-dao-dieu-hanh")[2]
    assert f'<div class="tieude">{_html.escape(s.title)}</div>' in body
    assert f'<a href="{portal.article_path(s)}"><img src="/uploads/news/thumb/{s.id}.jpg" alt="{_html.escape(s.title)}"' in body
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/chuyen-mon-nghiep-vu")
    a, b = portal.in_category("chuyen-mon-nghiep-vu")
    assert f'<span class="cm-ten">{_html.escape(a.title)}</span>' in body
    assert f'href="{portal.article_path(a)}">Chi tiết</a>' in body
    assert f'href="{portal.article_path(b)}">[...]</a>' in body
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/thong-bao")
    for s in portal.in_category("thong-bao"):
        assert f'<a href="{portal.article_path(s)}">{_html.escape(s.title)}</a>' in body


def test_teasers_are_thirty_words(server):
    _, body, _ = fetch(server, "/tin-tuc/danh-muc/tin-hoat-dong")
    teasers = re.findall(r'<p class="mota">(.*?)</p>', body)
    assert len(teasers) == 5
    for t in teasers:
        t = _html.unescape(t)
        assert t.endswith("...") and len(t[:-3].split()) == 30


def test_pagination_and_oldest_post(server):
    oldest = portal.in_category("tin-hoat-dong")[-1]
    _, page1, _ = fetch(server, "/tin-tuc/danh-muc/tin-hoat-dong")
    assert "Trang:" in page1 and 'href="/tin-tuc/danh-muc/tin-hoat-dong/2">Tiếp »</a>' in page1
    assert portal.article_path(oldest) not in page1
    _, page1b, _ = fetch(server, "/tin-tuc/danh-muc/tin-hoat-dong/1")
    assert portal.article_path(oldest) not in page1b
    status, page2, _ = fetch(server, "/tin-tuc/danh-muc/tin-hoat-dong/2")
    assert status == 200 and portal.article_path(oldest) in page2
    assert fetch(server, "/tin-tuc/danh-muc/tin-hoat-dong/3")[0] == 404
    _, home, _ = fetch(server, "/")
    assert portal.article_path(oldest) not in home


def test_sidebar_and_other_news(server):
    _, home, _ = fetch(server, "/")
    box = home.split('<ul class="tin-moi">', 1)[1].split("</ul>", 1)[0]
    assert box.count("<li>") == 5
    newest = portal.NEWEST[0]
    _, body, _ = fetch(server, portal.article_path(newest))
    others = body.split('<div class="cac-tin-khac">', 1)[1].split("</ul>", 1)[0]
    assert others.count("<li>") == 6 and portal.article_path(newest) not in others
    assert "Đang online:" in home and "Hôm nay:" in home and "Tổng truy cập:" in home


def test_document_entry_and_static_pages(server):
    _, body, _ = fetch(server, "/van-ban/chi-tiet/88")
    assert "Số ký hiệu" in body and "Trích yếu" in body and "2236/SGDĐT-GDTrH" in body
    status, _, headers = fetch(server, "/uploads/vanban/2236-sgddt-gdtrh.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    _, body, _ = fetch(server, "/lien-he")
    assert 'action="/lien-he/gui"' in body


def test_unknown_pages_are_404(server):
    story = portal.NEWEST[0]
    assert fetch(server, f"/tin-tuc/chi-tiet/{story.id}/sai-duong-dan")[0] == 404
    assert fetch(server, "/tin-tuc/chi-tiet/9999/khong-co")[0] == 404
    assert fetch(server, "/tin-tuc/danh-muc/khong-co")[0] == 404
    assert fetch(server, "/van-ban/chi-tiet/1")[0] == 404
