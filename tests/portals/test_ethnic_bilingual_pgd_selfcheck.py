"""Self-checks of the Joomla 3 bilingual (Việt - Ê Đê) PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import ethnic_bilingual_pgd as portal
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
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
EDE_LETTERS = set("ƀčñŏŭĭĕ")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS) or "download=" in href:
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> dict[str, set[str]]:
    """BFS over href links; for each target reached, the pages that link to it."""
    linked_from: dict[str, set[str]] = {s: set() for s in starts}
    queue = deque(starts)
    while queue and len(linked_from) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(body):
            if href not in linked_from:
                linked_from[href] = set()
                queue.append(href)
            linked_from[href].add(target)
    return linked_from


def shown_text(markup: str) -> str:
    markup = re.sub(r"<br\s*/?>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_body(body: str) -> str:
    return body.split('<div itemprop="articleBody">', 1)[1].split("\n</div>\n</div>", 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        assert g["canonical_path"] == g["path"]
        assert g["alt_paths"] == [g["path"] + "?tmpl=component&print=1"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 40
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/images/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "Quản trị", "BBT", "Ban biên tập")
            assert " - " not in name and not name.startswith(("ThS.", "TS."))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 itemprop="headline">{_html.escape(gold["title"])}</h2>' in body
    story = portal.BY_ID[int(gold["path"].split("/")[3].split("-")[0])]
    assert f'<time datetime="{gold["published_at"]}" itemprop="datePublished">Được đăng ngày ' in body
    assert f"Được đăng ngày {portal.joomla_date(gold['published_at'])}</time>" in body
    assert f'itemprop="genre">{_html.escape(gold["category"])}</a>' in body
    assert f'<li class="active"><span>{_html.escape(gold["title"])}</span></li>' in body
    assert f"Viết bởi <span itemprop=\"name\">{_html.escape(story.opts['user'])}</span>" in body
    assert portal.HEADER_DATE in body and "Lượt xem:" in body
    assert "Đang có 12 khách và không thành viên đang online" in body
    shown = shown_text(article_body(body))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            cap = _html.escape(img["caption"])
            assert (
                f'title="{cap}"' in body
                or f"<figcaption>{cap}</figcaption>" in body
                or f'<p style="text-align: center;"><em>{cap}</em></p>' in body
                or f'<p style="text-align: center;">{cap}</p>' in body
            ), img
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert body.count('src="/images/') == len(gold["images"]) + 1  # + the logo


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_print_view_is_the_same_article(server, gold):
    _, page, _ = fetch(server, gold["path"])
    assert f'href="{_html.escape(gold["alt_paths"][0])}"' in page
    status, body, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200
    assert "jsn-header" not in body and "window.print()" in body
    assert f'<h2 itemprop="headline">{_html.escape(gold["title"])}</h2>' in body
    assert shown_text(article_body(body)) == shown_text(article_body(page))
    assert f'<time datetime="{gold["published_at"]}"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'itemprop="datePublished"' not in body, path
        assert 'itemprop="articleBody"' not in body or path == "/index.php/gioi-thieu", path


def test_intro_page_is_an_article_template_without_info(server):
    status, body, _ = fetch(server, "/index.php/gioi-thieu")
    assert status == 200 and 'class="item-page"' in body and 'itemprop="headline"' in body
    assert "article-info" not in body and "Được đăng ngày" not in body and "Lượt xem" not in body


def test_breadth_first_walk_reaches_every_article(server):
    linked_from = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in linked_from, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in linked_from, path
    # the oldest post of "Giáo dục dân tộc" is listed only on the second page of its blog
    oldest = portal.article_path(portal.BY_ID[318])
    assert linked_from[oldest] - {oldest + "?tmpl=component&print=1"} == {"/index.php/giao-duc-dan-toc?start=6"}


def test_category_blog_pager(server):
    status, body, _ = fetch(server, "/index.php/giao-duc-dan-toc")
    assert status == 200 and "Trang 1 / 2" in body
    for label in ("Đầu", "Trước", "Sau", "Cuối"):
        assert f">{label}</" in body
    assert 'href="/index.php/giao-duc-dan-toc?start=6" class="pagenav">2</a>' in body
    assert body.count('itemprop="blogPost"') == 6 and "Đọc thêm:" in body
    status, page2, _ = fetch(server, "/index.php/giao-duc-dan-toc?start=6")
    assert status == 200 and "Trang 2 / 2" in page2 and page2.count('itemprop="blogPost"') == 1
    assert 'href="/index.php/giao-duc-dan-toc" class="pagenav">1</a>' in page2
    assert fetch(server, "/index.php/giao-duc-dan-toc?start=0")[1] == body
    assert fetch(server, "/index.php/giao-duc-dan-toc?start=12")[0] == 404
    assert fetch(server, "/index.php/giao-duc-dan-toc?start=5")[0] == 404


def test_home_lists_only_featured_posts(server):
    _, p1, _ = fetch(server, "/")
    status, p2, _ = fetch(server, "/index.php?start=6")
    assert status == 200 and "Trang 2 / 2" in p2
    assert fetch(server, "/index.php")[1] == p1
    both = p1 + p2
    for s in portal.STORIES:
        listed = f'<h2 itemprop="name"><a href="{portal.article_path(s)}"' in both
        assert listed == s.opts["featured"], s.slug


def test_bilingual_posts(server):
    bilingual = [g for g in portal.GOLD if "\n\nBản tiếng Ê Đê\n\n" in g["body"]]
    assert len(bilingual) >= 3
    for g in bilingual:
        assert g["category"] == "Giáo dục dân tộc"
        after = g["body"].split("\n\nBản tiếng Ê Đê\n\n", 1)[1]
        assert EDE_LETTERS & set(after), g["path"]
        _, body, _ = fetch(server, g["path"])
        assert "<h3>Bản tiếng Ê Đê</h3>" in body
    story = portal.BY_ID[335]
    _, body, _ = fetch(server, portal.article_path(story))
    rad = [b.text for b in story.blocks if getattr(b, "style", "") == "rad"]
    assert len(rad) == 3
    for t in rad:
        assert f'<p lang="rad"><em>{_html.escape(t, quote=False)}</em></p>' in body
        assert t in GOLD_BY_PATH[portal.article_path(story)]["body"]


def test_poem_post_is_mostly_ede_with_vietnamese_intro(server):
    story = portal.BY_ID[338]
    gold = GOLD_BY_PATH[portal.article_path(story)]
    assert "“Hđeh mnei hriăm ƀuôn sang”" in gold["title"]
    paras = gold["body"].split("\n\n")
    assert paras[0].count(". ") == 1 and paras[0].endswith(".")
    assert "Bản dịch tiếng Việt" in paras
    assert "Hđeh mnei hriăm ƀuôn sang," in paras and "Em bé học ở buôn làng," in paras
    _, body, _ = fetch(server, gold["path"])
    assert "Hđeh mnei hriăm ƀuôn sang,<br />\nAguah hruê mguah nao sang hră,<br />" in body
    assert '<p style="text-align: right;">Y Bhim Mlô</p>' in body and gold["authors"] == ["Y Bhim Mlô"]


def test_abstract_and_bylines(server):
    g = GOLD_BY_PATH[portal.article_path(portal.BY_ID[339])]
    assert any(p.startswith("Abstract: This report") for p in g["body"].split("\n\n"))
    assert g["authors"] == ["Trần Văn Hùng"]
    _, body, _ = fetch(server, g["path"])
    assert "ThS. Trần Văn Hùng - Tổ Tiểu học" in body
    g = GOLD_BY_PATH[portal.article_path(portal.BY_ID[341])]
    _, body, _ = fetch(server, g["path"])
    assert "H&#x27;Nguyên Niê - Trường TH Ea Kly" in body and g["authors"] == ["H'Nguyên Niê"]
    assert "Ê Đê" in GOLD_BY_PATH[portal.article_path(portal.BY_ID[331])]["title"]


def test_caption_class_images(server):
    with_class = []
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        if 'class="caption"' in body:
            with_class.append(g["path"])
            tags = re.findall(r'<img class="caption"[^>]*>', body)
            titles = [_html.unescape(re.search(r'title="([^"]*)"', t).group(1)) for t in tags]
            assert titles and all(t in [img["caption"] for img in g["images"]] for t in titles)
    assert len(with_class) == 2
    g = GOLD_BY_PATH[portal.article_path(portal.BY_ID[335])]
    _, body, _ = fetch(server, g["path"])
    assert body.index('class="pull-left item-image"') < body.index('itemprop="articleBody"')


def test_modified_date_is_not_the_publication_date(server):
    for sid in (331, 330):
        g = GOLD_BY_PATH[portal.article_path(portal.BY_ID[sid])]
        _, body, _ = fetch(server, g["path"])
        assert "Cập nhật mới nhất" in body and 'itemprop="dateModified"' in body


def test_other_pages(server):
    status, body, _ = fetch(server, portal.SEARCH_PATH)
    assert status == 200 and 'class="search-results"' in body and 'class="result-title"' in body
    status, body, _ = fetch(server, "/index.php/van-ban")
    assert status == 200 and "phoca-dl" in body
    href = _html.unescape(re.search(r'href="(/index\.php/van-ban\?download=[^"]+)"', body).group(1))
    status, _, headers = fetch(server, href)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, body, _ = fetch(server, "/index.php/lien-he")
    assert status == 200 and 'value="com_contact"' in body
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    mail = _html.unescape(re.search(r'href="(/index\.php/component/mailto/[^"]+)"', page).group(1))
    status, body, _ = fetch(server, mail)
    assert status == 200 and "mailtoForm" in body


def test_unknown_pages_are_404(server):
    g = portal.GOLD[0]
    assert fetch(server, g["path"].replace("-", "_", 1))[0] == 404
    assert fetch(server, "/index.php/tin-tuc/999-khong-co")[0] == 404
    assert fetch(server, g["path"] + "?utm_source=x")[0] == 404
    wrong_menu = g["path"].replace("/index.php/thong-bao/", "/index.php/tin-tuc/")
    assert wrong_menu == g["path"] or fetch(server, wrong_menu)[0] == 404
