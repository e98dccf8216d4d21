"""Self-check of the CMS Made Simple district-office portal: the fixture against itself.

Why: the portal is crawled once, blind; a gold target that does not answer, a paragraph the page
does not print or an article no link reaches would waste that crawl. Nothing here imports the
crawler beyond the demo server. It also pins down what makes the platform what it is: the News
module's three URLs per article, the raw-URL pager, ``<base href>`` with relative image sources,
print views and ``?showtemplate=false`` fragments.
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

from . import cmsms_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    markup = re.sub(r"</?(a|strong|em|span)\b[^>]*>", "", markup)  # inline tags join their text
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _base(server: PortalServer, page: str, body: str) -> str:
    m = re.search(r'<base href="([^"]+)"', body)
    return m.group(1) if m else server.url(page)


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    base = _base(server, page, body)
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(base, href))
        if target:
            out.append(target)
    return out


def _content(body: str) -> str:
    return body.split('<div id="NewsPostDetailContent">', 1)[1].split('<div id="NewsPostDetailAuthor">', 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "cmsms_pgd" and portal.PLATFORM == "cmsms" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/news/\d+/15/[a-z0-9-]+", gold["path"])
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) and "\xa0" not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/images/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert name not in ("admin", "bientap")


def test_every_target_answers_200_in_utf8(server: PortalServer) -> None:
    targets = [t for g in portal.GOLD for t in (g["path"], *g["alt_paths"])] + portal.NON_ARTICLES
    for target in targets:
        status, _, headers = fetch(server, target)
        assert status == 200, target
        assert headers["Content-Type"] == "text/html; charset=utf-8", target


def _check_article_page(server: PortalServer, gold: dict, target: str) -> str:
    status, body, _ = fetch(server, target)
    assert status == 200
    page = _reader_text(body)
    assert f'<div id="NewsPostDetailTitle"><h1>{html.escape(gold["title"], quote=True)}</h1></div>' in body
    assert f"<title>{gold['title']}" not in body  # the page title is never the headline
    stamp = gold["published_at"]
    assert f'<div id="NewsPostDetailDate">Ngày {stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}</div>' in body
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in page, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page
    content = _content(body)
    base = _base(server, target, body)
    srcs = [_local(server, urljoin(base, html.unescape(s))) for s in re.findall(r'<img src="([^"]+)"', content)]
    assert srcs == [i["path"] for i in gold["images"]]
    assert all(not s.startswith(("/", "http")) for s in re.findall(r'<img src="([^"]+)"', content))
    content_text = _reader_text(content)
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in content_text
    category = re.search(r'<div id="NewsPostDetailCategory">Chuyên mục: <a [^>]+>([^<]+)</a></div>', body)
    assert category and category.group(1) == gold["category"]
    if gold["summary"]:
        assert f'<div id="NewsPostDetailSummary">\n<strong>\n{html.escape(gold["summary"], quote=False)}' in body
    else:
        assert "NewsPostDetailSummary" not in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    assert re.search(r'<div id="NewsPostDetailAuthor">Người đăng: (admin|bientap)</div>', body)
    assert portal.TODAY in page and "Đang online: 12" in page and portal.ADDRESS in page
    assert "« Quay lại" in page and "Lượt xem:" in page
    return body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_text_is_on_all_three_urls(server: PortalServer, gold: dict) -> None:
    pretty = _check_article_page(server, gold, gold["path"])
    raw15, raw1 = gold["alt_paths"]
    assert raw15.endswith("returnid=15") and raw1.endswith("returnid=1")
    same = _check_article_page(server, gold, raw15)
    assert _content(same) == _content(pretty)
    home_form = _check_article_page(server, gold, raw1)
    assert "Tin nổi bật" in home_form and "Tin nổi bật" not in pretty
    assert "Các tin khác" in pretty or gold["category"] == "Thông báo"


def test_bylines_and_fields_stay_out_of_the_body() -> None:
    for gold, story in zip(portal.GOLD, portal.STORIES, strict=True):
        for name, value in story.opts.get("fields", []):
            assert f"{name}:" not in gold["body"] and value not in gold["body"]
        assert "Bài và ảnh" not in gold["body"] and "Ảnh: " not in gold["body"]


def _walk(server: PortalServer) -> set[str]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if not re.search(r"\.(jpe?g|png|gif|pdf|xlsx|css|js)$", link):
                queue.append(link)
    return seen


def test_every_article_and_non_article_is_reached_by_links(server: PortalServer) -> None:
    seen = _walk(server)
    in_others = {
        portal.raw_detail(o, portal.NEWS_PAGE)
        for s in portal.STORIES
        for o in [x for x in portal.newest(portal._CAT_ID[s.cat]) if x.id != s.id][: portal.OTHERS]
    }
    on_home = {portal.raw_detail(s, portal.HOME_PAGE) for s in portal.newest()[:7]}
    for gold in portal.GOLD:
        raw15, raw1 = gold["alt_paths"]
        assert gold["path"] in seen
        assert (raw15 in seen) == (raw15 in in_others)  # "Các tin khác" lists five of the category
        assert (raw1 in seen) == (raw1 in on_home)  # the home page's boxes hold the seven newest
    assert set(portal.NON_ARTICLES) <= seen
    articles = {t for g in portal.GOLD for t in (g["path"], *g["alt_paths"])}
    # nothing else reached is an article: every reached page is gold, a listed non-article, or 404
    others = seen - articles - set(portal.NON_ARTICLES)
    assert all(fetch(server, t)[0] == 404 for t in others), others


def test_home_links_the_raw_returnid_1_urls(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/")
    links = set(_links(server, "/", body))
    raw1 = {g["alt_paths"][1] for g in portal.GOLD}
    assert len(links & raw1) >= 5
    assert "&amp;cntnt01articleid=" in body
    assert "/gioi-thieu.html?showtemplate=false" in links


def test_category_pager_uses_raw_urls_only(server: PortalServer) -> None:
    cid = 3
    assert portal.page_count(cid) >= 3
    listed: list[str] = []
    _, first, _ = fetch(server, portal.category_path(cid))
    assert "Trang 1 / 3" in first and "Sau ›" in first and "Trang cuối »" in first
    assert '<span class="disabled">« Trang đầu</span>' in first
    for n in range(1, portal.page_count(cid) + 1):
        target = portal.raw_page(cid, n)
        _, body, _ = fetch(server, target)
        assert f"Trang {n} / 3" in _reader_text(body)
        links = _links(server, target, body)
        pager = [lk for lk in links if "pagenumber" in lk]
        assert all(lk.startswith("/index.php?mact=News,cntnt01,default,0&cntnt01category_id=3") for lk in pager)
        listed += [lk for lk in dict.fromkeys(links) if re.fullmatch(r"/news/\d+/15/[a-z0-9-]+", lk) and "NewsSummaryLink" in body and f'<div class="NewsSummaryLink"><a href="{server.base_url}{lk}"' in body]
    want = [portal.article_path(s) for s in portal.newest(cid)]
    assert listed == want
    _, page1_raw, _ = fetch(server, portal.raw_page(cid, 1))
    assert _reader_text(page1_raw).count("Xem tiếp »") == 3


def test_print_view_and_fragments_are_bare(server: PortalServer) -> None:
    gold, story = portal.GOLD[1], portal.STORIES[1]
    _, body, _ = fetch(server, portal.print_path(story))
    assert 'onload="window.print();"' in body and "menu_vert" not in body and "NewsPostDetailAuthor" not in body
    assert gold["body"].split("\n\n")[-1] in _reader_text(body)
    _, frag, _ = fetch(server, "/gioi-thieu.html?showtemplate=false")
    assert "<html" not in frag and "<body" not in frag and frag.startswith('<h2 class="page-title">Giới thiệu</h2>')
    _, frag_article, _ = fetch(server, gold["path"] + "?showtemplate=false")
    assert "<html" not in frag_article and frag_article.startswith('<div id="NewsPostDetail">')


def test_named_entities_in_the_older_articles(server: PortalServer) -> None:
    for gold, story in zip(portal.GOLD, portal.STORIES, strict=True):
        _, body, _ = fetch(server, gold["path"])
        content = _content(body)
        if story.opts.get("named"):
            assert "&nbsp;" in content or "&agrave;" in content
            assert "ạ" in content or "ư" in content or "ơ" in content  # no name: stays raw
        else:
            assert not re.search(r"&(?!amp;|quot;)[a-z]+;", content)


def test_unknown_article_is_404(server: PortalServer) -> None:
    status, body, _ = fetch(server, "/news/9999/15/khong-co-bai-nay")
    assert status == 404 and "Không tìm thấy trang" in body
    status, _, _ = fetch(server, "/index.php?mact=News,cntnt01,detail,0&cntnt01articleid=9999&cntnt01returnid=15")
    assert status == 404


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["alt_paths"][1]
    assert fetch(server, target)[1] == fetch(server, target)[1]
