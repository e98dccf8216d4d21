"""Self-checks of the tapchi_coauthors_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import tapchi_coauthors_tct as portal
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
DEGREES = ("ThS.", "TS.", "PGS", "NCS.", "CN.")


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
        path = urlsplit(href).path
        if path.endswith(ASSETS) or path.startswith("/bundles/"):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 300) -> set[str]:
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


def shown_text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def part(body: str, start: str, end: str) -> str:
    return body.split(start, 1)[1].split(end, 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(
            r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"]
        ), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or ""):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
            assert not g["summary"].startswith("Tóm tắt")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.normalize("NFC", name) == name
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(DEGREES) and "*" not in name
            assert not re.search(r"\d", name)
        assert "Từ khóa" not in g["body"] and "Ngày nhận bài" not in g["body"]
        assert "Trường Chính trị tỉnh Bình Định\n" not in g["body"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    research = [g for g in portal.GOLD if g["category"] == "Thông tin Khoa học"]
    assert 8 <= len(research) <= 9
    assert sum(len(g["authors"]) > 1 for g in research) >= 3
    for g in research:
        assert g["summary"] and g["body"].split("\n\n")[-1][:2] in {"1.", "2.", "3."}
        assert "Tài liệu tham khảo" in g["body"].split("\n\n")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    assert f">{_html.escape(gold['title'], quote=False)}</h1>" in body
    assert portal.TODAY_HEADER in body
    crumb = part(body, '<ol class="breadcrumb">', "</ol>")
    assert f">{gold['category']}</a></li>" in crumb
    y, m, d = gold["published_at"][:10].split("-")
    if gold["category"] == "Thông tin Khoa học":
        assert f"Ngày đăng: {d}/{m}/{y} |" in body
        article = part(body, '<div class="tt-content">', '<div class="tt-tools">')
        abstract = shown_text(part(body, '<div class="tt-abstract">', "</div>"))
        assert abstract == "Tóm tắt: " + gold["summary"]
        authors = shown_text(part(body, '<div class="tt-authors">', "</div>"))
        for name in gold["authors"]:
            assert name in authors
    else:
        hh_mm = gold["published_at"][11:16]
        assert f"Cập nhật: {hh_mm} | {d}/{m}/{y}" in body
        article = part(body, '<div class="news-content">', '<div class="tt-tools">')
    shown = shown_text(article)
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"] and gold["category"] == "Thông tin Khoa học":
        paragraphs = paragraphs[1:]
    for para in paragraphs:
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
    for name in set(gold["authors"] + gold["photographers"]):
        assert name in shown or gold["category"] == "Thông tin Khoa học"


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            _, main, _ = fetch(server, g["path"])
            assert status == 200 and body == main, alt
            assert f'href="{server.base_url}{g["canonical_path"]}"' in body


def test_wrong_slugs_redirect(server):
    story = portal.RESEARCH[0]
    status, _, headers = fetch(server, f"/thong-tin-khoa-hoc/bai-viet/{story.id}/bai-cu")
    assert status == 301 and headers["Location"] == portal.article_path(story)
    news = portal.NEWS[0]
    status, _, headers = fetch(server, f"/tin-tuc/tin-cu-{news.id}")
    assert status == 301 and headers["Location"] == portal.news_path(news)
    assert fetch(server, "/thong-tin-khoa-hoc/bai-viet/999")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-999")[0] == 404
    assert fetch(server, "/thong-tin-khoa-hoc/so-4-2026")[0] == 404


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tt-abstract"' not in body and "Ngày đăng:" not in body, path
    _, body, _ = fetch(server, "/the-le-gui-bai")
    assert body.count("<li>") >= len(portal.RULES)


def test_issue_pages_list_articles_with_authors(server):
    for key in portal.ISSUES:
        status, body, _ = fetch(server, f"/thong-tin-khoa-hoc/{key}")
        assert status == 200 and "Mục lục" in body and "Ngày phát hành:" in body
        for s in portal.issue_articles(key):
            assert f'href="{portal.article_path(s)}"' in body
            assert portal.author_plain(s) in body
            assert fetch(server, portal.pdf_path(s))[2]["Content-Type"] == "application/pdf"


def test_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination_hides_the_oldest(server):
    _, first, _ = fetch(server, "/thong-tin-khoa-hoc")
    assert 'href="/thong-tin-khoa-hoc?page=2"' in first
    assert "/thong-tin-khoa-hoc/so-1-2026" not in first
    _, second, _ = fetch(server, "/thong-tin-khoa-hoc?page=2")
    assert 'href="/thong-tin-khoa-hoc/so-1-2026"' in second
    assert fetch(server, "/thong-tin-khoa-hoc?page=3")[0] == 404
    _, home, _ = fetch(server, "/")
    for s in portal.RESEARCH:
        if s.opts["issue"] == "so-1-2026":
            assert str(s.id) not in re.findall(r"bai-viet/(\d+)", home + first)
    oldest = portal.news_path(portal.NEWS[-1])
    for target in ("/", "/tin-tuc", "/tin-tuc?page=2"):
        assert oldest not in fetch(server, target)[1], target
    _, third, _ = fetch(server, "/tin-tuc?page=3")
    assert oldest in third
    assert fetch(server, "/tin-tuc?page=4")[0] == 404


def test_author_lines_marks_and_affiliations(server):
    _, body, _ = fetch(server, portal.article_path(portal.BY_RESEARCH[106]))
    assert "ThS. Nguyễn Văn An<sup>1</sup>, TS. Trần Thị Bích Ngọc<sup>2</sup>" in body
    assert "<p><sup>1</sup> Khoa Lý luận cơ sở, Trường Chính trị tỉnh Bình Định</p>" in body
    assert "<p><sup>2</sup> Học viện Chính trị khu vực III</p>" in body
    assert "Ngày nhận bài: 02/10/2026; Ngày duyệt đăng: 05/11/2026" in body
    assert "Ngày đăng: 20/11/2026" in body
    assert "<strong>Từ khóa:</strong>" in body and "<strong>Tóm tắt:</strong>" in body
    same = part(body, '<div class="tt-same-issue">', "</ul>")
    assert "Các bài khác trong số" in same and "ThS. Phạm Thu Hằng" in same
    _, body, _ = fetch(server, portal.article_path(portal.BY_RESEARCH[107]))
    assert '<div class="tt-authors">ThS. Phạm Thu Hằng*</div>' in body
    assert "* Tác giả liên hệ:" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_RESEARCH[108]))
    assert '<div class="tt-authors">NCS. Lê Minh Hoàng</div>' in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_RESEARCH[103]))
    assert "ThS. Võ Thị Thanh Tâm<sup>1</sup>*, ThS. Đặng Quốc Huy<sup>1</sup>" in body
    _, body, _ = fetch(server, portal.article_path(portal.BY_RESEARCH[102]))
    assert "Nguyễn Thị Lan Anh<sup>1,2</sup>*" in body


def test_news_bylines_and_br(server):
    expect = {
        219: "Tin, ảnh: Phòng Quản lý đào tạo",
        218: '<p style="text-align: right;">Hồ Thị Kim Chi</p>',
        217: "Tin: Đoàn Thanh niên - Ảnh: Nguyễn Quốc Bảo",
        216: "<strong>BBT</strong>",
        215: "Nguồn: Báo Bình Định",
    }
    for sid, marker in expect.items():
        _, body, _ = fetch(server, portal.news_path(portal.BY_NEWS[sid]))
        assert marker in body, sid
    _, body, _ = fetch(server, portal.news_path(portal.BY_NEWS[218]))
    assert "ngày 26/11/2026.<br />" in body
    _, body, _ = fetch(server, portal.news_path(portal.BY_NEWS[217]))
    assert "<figcaption>Văn nghệ chào mừng Ngày Nhà giáo Việt Nam</figcaption>" in body


def test_sidebar_most_read_uses_short_links(server):
    _, body, _ = fetch(server, "/gioi-thieu")
    most = part(body, "Bài đọc nhiều", "</ul>")
    assert f'href="{portal.short_path(portal.BY_RESEARCH[106])}"' in most
    latest = part(body, "Số mới nhất", "</ul>")
    assert f'href="{portal.article_path(portal.BY_RESEARCH[107])}"' in latest
    assert "Đang online:" in body and "Tổng truy cập:" in body
