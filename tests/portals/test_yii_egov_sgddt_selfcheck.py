"""Self-checks of the Yii2 e-government (Sở GD&ĐT Hà Giang) fixture against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import yii_egov_sgddt as portal
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
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


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


def walk(server: PortalServer, start: str, prefix: str = "", limit: int = 400) -> set[str]:
    """BFS over href links; with ``prefix`` only links under it are followed (a scoped crawl)."""
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = headers["Location"]
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        for href in links(server, body):
            if href not in seen and href.startswith(prefix):
                seen.add(href)
                queue.append(href)
    return seen


def shown(body: str) -> str:
    """The page's text as a reader sees it: tags out, entities decoded, whitespace collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def article_part(body: str) -> str:
    return body.split('<article class="news-detail">', 1)[1].split("</article>", 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].startswith("/sogddt/tin-tuc/") and g["path"].endswith(".html")
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "PV", "Internet", "Ban biên tập")
            assert " - " not in name and "ThS." not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 3
    assert not set(paths) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="news-title">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link href="{server.base_url}{gold["canonical_path"]}" rel="canonical">' in body
    iso = gold["published_at"]
    assert f"{iso[8:10]}/{iso[5:7]}/{iso[:4]} | {iso[11:16]}" in body
    assert portal.TODAY_VN in body and "Số lượt xem:" in body
    assert "In bài" in body and "Gửi email" in body and "Chia sẻ" in body
    crumb = body.split('<ul class="breadcrumb">', 1)[1].split("</ul>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a></li></ul>" in crumb + "</ul>"
    article = article_part(body)
    text = shown(article)
    assert collapse(gold["title"]) in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    sapo = body.split('<div class="news-sapo">', 1)[1].split("</div>", 1)[0]
    assert (shown(sapo) or None) == gold["summary"]
    content = article.split('<div class="news-content">', 1)[1]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
        if img["caption"]:
            after = content.split(f'src="{img["path"]}"', 1)[1][:600]
            assert _html.escape(img["caption"]) in after
    # the related list, byline and tools are outside the body text of gold
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        if path.startswith("/sogddt/"):
            assert 'class="news-date"' not in body, path
    # the other agency's article is a full article page of the same template, not the Sở's
    status, body, _ = fetch(server, portal.NON_ARTICLES[0])
    assert status == 200 and 'class="news-title"' in body and "Sở Y tế" in body
    assert "Trang chủ</a></li>" in body and 'href="/soyte/danh-muc/tin-y-te.html"' in body


def test_breadth_first_walk_reaches_every_article(server):
    # scoped to the Sở's prefix, as a crawler given /sogddt/ should stay
    seen = walk(server, portal.START_PATH, prefix="/sogddt/")
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    # the unscoped walk wanders into the other agencies
    everything = walk(server, portal.START_PATH)
    for path in portal.NON_ARTICLES:
        assert path in everything, path
    assert any(p.startswith("/soyte/tin-tuc/") for p in everything)


def test_deep_articles_only_on_later_listing_pages(server):
    deep = {
        portal.story_path(portal.BY_ID[47960]): ("chi-dao-dieu-hanh", 2),
        portal.story_path(portal.BY_ID[47745]): ("thong-bao", 3),
    }
    pages = ["/sogddt/", *[g["path"] for g in portal.GOLD]]
    for key in portal.CATEGORIES:
        pages.append(f"/sogddt/danh-muc/{key}.html")
    for path, (key, page) in deep.items():
        for other in pages:
            if other != path:
                assert f'href="{path}"' not in fetch(server, other)[1], (path, other)
        _, body, _ = fetch(server, f"/sogddt/danh-muc/{key}.html?page={page}")
        assert f'href="{path}"' in body
        assert f'<li class="active"><a href="/sogddt/danh-muc/{key}.html?page={page}" data-page="{page - 1}">' in body


def test_yii_link_pager_and_clamped_pages(server):
    _, body, _ = fetch(server, "/sogddt/danh-muc/thong-bao.html")
    assert '<ul class="pagination"><li class="prev disabled"><span>&laquo;</span></li>' in body
    for n in (1, 2, 3):
        assert f'href="/sogddt/danh-muc/thong-bao.html?page={n}" data-page="{n - 1}">{n}</a>' in body
    assert len(re.findall(r'<div class="news-item (?:row|news-item-doc)', body)) == portal.PER_PAGE
    _, last, _ = fetch(server, "/sogddt/danh-muc/thong-bao.html?page=3")
    status, clamped, _ = fetch(server, "/sogddt/danh-muc/thong-bao.html?page=9")
    assert status == 200
    assert article_free(clamped) == article_free(last)
    assert '<li class="next disabled"><span>&raquo;</span></li>' in last


def article_free(body: str) -> str:
    return body.split('<div class="news-list">', 1)[1].split("</ul>", 1)[0]


def test_listings_mix_document_entries(server):
    _, body, _ = fetch(server, "/sogddt/danh-muc/chi-dao-dieu-hanh.html")
    docs = re.findall(r'href="(/sogddt/van-ban/[^"]+)"', body.split('<div class="news-list">', 1)[1])
    assert len(docs) >= 5
    status, page, _ = fetch(server, docs[0])
    assert status == 200 and "Số ký hiệu" in page and 'class="news-title"' not in page


def test_duplicate_urls_of_one_article(server):
    for g in portal.GOLD:
        story = portal.BY_ID[int(re.search(r"-(\d+)\.html$", g["path"]).group(1))]
        printed, raw = g["alt_paths"]
        status, body, _ = fetch(server, printed)
        assert status == 200 and _html.escape(g["title"]) in body
        assert "window.print()" in body and 'class="breadcrumb"' not in body
        text = shown(body)
        assert all(p.split(" | ")[0] in text for p in g["body"].split("\n\n"))
        status, body, _ = fetch(server, raw)
        assert status == 200 and f'<h1 class="news-title">{_html.escape(g["title"])}</h1>' in body
        assert f'<link href="{server.base_url}{g["path"]}" rel="canonical">' in body
        assert portal.print_path(story) == printed
    _, home, _ = fetch(server, "/sogddt/")
    assert "/sogddt/index.php?r=tin-tuc%2Fview&amp;id=" in home
    # the retitled post: the old slug left in a related list answers 301 to the new one
    old = portal.BY_ID[48175]
    old_path = f"/sogddt/tin-tuc/{old.opts['old_slug']}-{old.id}.html"
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[48231]))
    assert f'href="{old_path}"' in body
    status, _, headers = fetch(server, old_path)
    assert status == 301 and headers["Location"] == portal.story_path(old)


def test_other_agencies_share_the_template(server):
    _, home, _ = fetch(server, "/sogddt/")
    assert "Tin nổi bật của tỉnh" in home
    carousel = home.split('class="province-highlight"', 1)[1].split('<div class="row">', 1)[0]
    hrefs = re.findall(r'href="(/[a-z]+/tin-tuc/[^"]+)"', carousel)
    assert hrefs and all(not h.startswith("/sogddt/") for h in hrefs)
    for href in set(hrefs):
        status, body, _ = fetch(server, href)
        assert status == 200 and '<h1 class="news-title">' in body and 'class="news-date"' in body
    assert 'href="/sotuphap/"' in home and 'href="/soyte/"' in home
    # an agency's article id under the Sở's prefix does not exist
    _ag, s, _ = portal.OTHER_BY_ID[48249]
    assert fetch(server, portal.story_path(s))[0] == 404


def test_chrome_and_traps_in_text(server):
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[48170]))
    assert "Cập nhật: 20/11/2026 | 15:42" in body
    assert "Đang online" in body and "Hôm nay" in body and "Tổng truy cập" in body
    assert "Tin liên quan" in body and "Tin đọc nhiều" in body
    assert "Số 268, đường Nguyễn Trãi" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[48246]))
    assert "dưới 4 độ C, học sinh THCS, THPT được nghỉ học.<br>" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[48240]))
    assert "<strong>PV</strong>" in body
    assert '<div class="news-sapo"><b><i>' in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[48220]))
    assert '<div class="news-sapo"></div>' in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[48175]))
    assert "Hoàng Thị Hoa - Phòng GDMN" in body
    _, body, _ = fetch(server, portal.story_path(portal.BY_ID[48128]))
    assert "Tin: ThS. Nguyễn Văn Lâm; Ảnh: Lò Thị Mai" in body and "<figcaption>" in body


def test_static_pages_and_unknowns(server):
    for path in ("/sogddt/gioi-thieu.html", "/sogddt/lien-he.html"):
        status, body, _ = fetch(server, path)
        assert status == 200 and 'class="news-title"' in body and "Số lượt xem" not in body
    assert fetch(server, "/sogddt")[0] == 301
    assert fetch(server, "/sogddt/khong-co.html")[0] == 404
    assert fetch(server, "/sogddt/tin-tuc/khong-co-99999.html")[0] == 404
    assert fetch(server, "/sogddt/danh-muc/khong-co.html")[0] == 404
    assert fetch(server, "/site/login")[0] == 200
