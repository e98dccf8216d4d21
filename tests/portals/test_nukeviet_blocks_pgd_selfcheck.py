"""Self-checks of the NukeViet PGD Krông Nô fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet_blocks_pgd as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
DOCS = "/news/savefile/"
STORY_BY_PATH = {portal.href(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The text a reader sees in a piece of markup, collapsed."""
    inline = re.sub(r"</?(?:a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", inline)))


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS) or href.startswith(DOCS):
            continue
        out.append(href.split("#")[0])
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


def article_part(body: str) -> str:
    """From the headline to the end of the credits: the article, without the blocks."""
    start = body.index('<h1 class="title')
    end = body.index(
        '<div class="news_column panel panel-default"><div class="panel-body">\n<div class="h5">'
    )
    return body[start:end]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        assert g["published_at"][:10] <= "2026-12-04"
        texts = (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"])
        for value in (*texts, *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/news/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " - " not in name and not name.startswith("ThS.")
        assert g["alt_paths"][0].startswith("/news/print/")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # variety: some without sapo, author, images; captions of several kinds
    assert any(g["summary"] is None for g in portal.GOLD)
    assert any(not g["authors"] for g in portal.GOLD)
    assert any(not g["images"] for g in portal.GOLD)
    styles = {i.style for s in portal.STORIES for i in s.images}
    assert {"figure", "em", "center", "none"} <= styles


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = STORY_BY_PATH[gold["path"]]
    assert (
        f'<h1 class="title margin-bottom-lg" itemprop="headline">{_html.escape(gold["title"])}</h1>'
        in body
    )
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    # the date line: "Thứ tư - 18/11/2026 08:30"
    y, mo, d = gold["published_at"][:10].split("-")
    hm = gold["published_at"][11:16]
    assert re.search(rf'<span class="h-date">Thứ \w+ - {d}/{mo}/{y} {hm}</span>', body)
    assert portal.HEADER_DATE in body
    # breadcrumb: its last section is the category
    crumbs = re.findall(r'<span class="txt" itemprop="title">([^<]+)</span>', body)
    assert _html.unescape(crumbs[-1]) == gold["category"]
    article = article_part(body)
    text = shown(article)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para[:60]
    if gold["summary"]:
        sapo = article.split('<div class="hometext', 1)[1].split("</div>", 1)[0]
        assert f"<strong>{_html.escape(gold['summary'], quote=False)}</strong>" in sapo
    else:
        assert 'class="hometext' not in article
    for img in gold["images"]:
        i = article.index(f'src="{img["path"]}"')
        after = article[i : i + 400]
        if img["caption"]:
            assert shown(after.split(">", 1)[1]).startswith(img["caption"]), img
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    # credits, where the page prints them, sit outside the body paragraphs
    if story.opts["author"]:
        assert f"<strong>Tác giả: </strong>{_html.escape(story.opts['author'])}</p>" in article
    if gold["source"]:
        assert f"<strong>Nguồn tin: </strong>{_html.escape(gold['source'])}</p>" in article
    for line in ("Tác giả:", "Nguồn tin:"):
        assert line not in gold["body"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = shown(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text
        if alt.startswith("/news/print/"):
            assert 'rel="canonical"' not in body and "URL của bản tin này" in body
            assert "Ý kiến bạn đọc" not in body and "Tin xem nhiều" not in body
        else:
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in body


def test_blocks_on_article_pages(server):
    story = portal.BY_ID[58]
    _, body, _ = fetch(server, portal.href(story))
    for needle in (
        "Tin liên quan",
        "Những tin cũ hơn",
        "Xem theo ngày",
        "Đánh giá bài viết",
        "Tổng số điểm của bài viết là: 23 trong 5 đánh giá",
        "Click để đánh giá bài viết",
        "Từ khóa: ",
        "<strong>Chia sẻ</strong>",
        "Ý kiến bạn đọc",
        'action="/comment/post/"',
        "Tin xem nhiều",
        "Thống kê truy cập",
        "Đang truy cập",
        "1.234.567",
        "Thăm dò ý kiến",
        'action="/voting/"',
    ):
        assert needle in body, needle
    assert body.count('<div class="media">') == 2
    assert "Những tin mới hơn" not in body  # the newest of its category
    _, middle, _ = fetch(server, portal.href(portal.BY_ID[54]))
    assert "Những tin mới hơn" in middle and "Những tin cũ hơn" in middle
    # the lists print other articles' dates; none is the article's date line
    assert re.search(r"</a> <em>\(\d{2}/\d{2}/2026\)</em></li>", body)
    assert body.count('class="h-date"') == 1
    assert "Tháng 11/2026" in body  # the calendar shows the article's month
    # comments and block text are not article text
    gold = next(g for g in portal.GOLD if g["path"] == portal.href(story))
    for name, _text in portal.COMMENTERS:
        assert name not in gold["body"]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="h-date"' not in body, path
        assert "article:published_time" not in body and 'id="news-bodyhtml"' not in body, path
    _, body, _ = fetch(server, "/about/gioi-thieu.html")
    assert '<h1 class="title margin-bottom-lg">Giới thiệu</h1>' in body
    _, body, _ = fetch(server, f"/news/topic/{portal.TOPIC_SAMPLE}/")
    assert "Năm học 2026-2027" in body and "imghome" in body
    _, body, _ = fetch(server, "/contact/")
    assert 'action="/contact/"' in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination_hides_the_oldest_news(server):
    oldest = portal.href(portal.BY_ID[41])
    _, home, _ = fetch(server, "/")
    _, page1, _ = fetch(server, "/news/tin-tuc-su-kien/")
    _, page2, _ = fetch(server, "/news/tin-tuc-su-kien/page-2/")
    assert oldest not in home and oldest not in page1 and oldest in page2
    assert 'href="/news/tin-tuc-su-kien/page-2/"' in page1
    assert page1.count('pull-left imghome"') == portal.PER_PAGE
    assert fetch(server, "/news/tin-tuc-su-kien/page-3/")[0] == 404
    # the parent category lists its sub-category's articles; the sub-category alone too
    _, parent, _ = fetch(server, "/news/van-ban-thong-bao/")
    sub = portal.href(portal.BY_ID[59])
    assert sub in parent and sub in fetch(server, "/news/thong-bao/")[1]
    # listing thumbnails are /assets/ copies, never the article photo's /uploads/ path
    assert "/assets/news/2026_11/le-ky-niem-20-11-1.jpg" in home
    assert "/uploads/news/2026_11/le-ky-niem-20-11-1.jpg" not in home


def test_wrong_category_alias_redirects(server):
    target = portal.BY_ID[portal.OLD_LINK_TO]
    wrong = f"/news/thong-bao/{target.slug}-{target.id}.html"
    _, body, _ = fetch(server, portal.href(portal.BY_ID[portal.OLD_LINK_FROM]))
    assert f'href="{wrong}"' in body
    status, _, headers = fetch(server, wrong)
    assert status == 301 and headers["Location"].endswith(portal.href(target))


def test_savefile_is_a_word_download_and_sendmail_a_form(server):
    story = portal.BY_ID[52]
    _, body, _ = fetch(server, portal.href(story))
    assert f'href="{portal.savefile_href(story)}"' in body
    status, _, headers = fetch(server, portal.savefile_href(story))
    assert status == 200 and headers["Content-Type"] == "application/msword"
    assert headers["Content-Disposition"].startswith("attachment;")
    assert portal.savefile_href(story) not in portal.NON_ARTICLES
    status, body, _ = fetch(server, portal.sendmail_href(story))
    assert status == 200 and 'name="youremail"' in body and 'id="news-bodyhtml"' not in body


def test_home_marquee_links_index_php_addresses(server):
    _, home, _ = fetch(server, "/")
    found = re.findall(r'href="(/index\.php\?language=vi&amp;nv=news&amp;op=[^"]+)"', home)
    assert len(found) == 2
    alts = {a for g in portal.GOLD for a in g["alt_paths"]}
    assert {_html.unescape(f) for f in found} <= alts
    assert fetch(server, "/index.php?language=vi&nv=news&op=khong-co/bai-1.html")[0] == 404


def test_calendar_day_links_are_search_lists(server):
    _, body, _ = fetch(server, portal.href(portal.BY_ID[56]))
    days = re.findall(r'href="(/news/search/\?from_date=[^"]+)"', body)
    assert len(days) == len(
        {portal.when(s).day for s in portal.STORIES if portal.when(s).month == 11}
    )
    status, page, _ = fetch(server, _html.unescape(days[0]))
    assert status == 200 and "Kết quả tìm kiếm" in page and 'class="h-date"' not in page


def test_header_date_is_today_not_a_publication_date(server):
    _, home, _ = fetch(server, "/")
    assert "Thứ Sáu, 04/12/2026" in home
    assert all(not g["published_at"].startswith("2026-12-04") for g in portal.GOLD)


def test_unknown_pages_are_404(server):
    assert fetch(server, "/news/khong-co/")[0] == 404
    assert fetch(server, "/news/tin-tuc-su-kien/bai-khong-co-999.html")[0] == 404
    assert fetch(server, "/news/tag/khong-co/")[0] == 404
    story = portal.BY_ID[58]
    assert fetch(server, f"/news/{story.cat}/sai-ten-{story.id}.html")[0] == 404
