"""Self-check of the React SPA portal (Sở GD&ĐT Khánh Hòa): the fixture against itself.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that does not
answer, a paragraph the page does not print, or an article that neither a link, a feed nor the
sitemap reaches would waste that crawl. Nothing here imports the crawler beyond the demo server.
It also pins down what makes this platform what it is: shells whose only article links are the
noscript fallbacks, a JSON API that answers any page, prerendered articles, five articles that no
page links (sitemap and JSON only, one of them in no feed either), the 301 short URLs, the
``utm_*`` feed links, the SPA fallback and the soft 404, and the text encodings the docstring
names.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import spa_json_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
C = portal.C


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader(markup: str) -> str:
    """What a reader sees of a piece of markup: no tags, entities resolved, NFC, spaces collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _articles() -> set[str]:
    return {g["path"] for g in portal.GOLD}


def _gold(story_id: int) -> dict:
    return next(g for g in portal.GOLD if g["path"].endswith(f"-{story_id}"))


# --------------------------------------------------------------------------- shape of the gold


def test_contract_shape() -> None:
    assert portal.NAME == "spa_json_sgddt" and portal.PLATFORM and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(alts)) == len(alts) and not set(alts) & (set(paths) | set(portal.NON_ARTICLES))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for line in paragraphs:
        assert not re.match(r"^(Tác giả|Nguồn|Ảnh|Bài):", line)
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/")
        assert img["caption"] is None or img["caption"] not in paragraphs


# --------------------------------------------------------------------------- pages answer


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures
    for t in targets:
        assert fetch(server, t)[2]["Content-Type"] == "text/html; charset=utf-8"


def _date_line(stamp: str) -> str:
    from datetime import date

    day = date.fromisoformat(stamp[:10])
    weekday = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"][day.weekday()]
    line = f"{weekday}, {day:%d/%m/%Y}"
    return line + (f" | {stamp[11:16]}" if "T" in stamp else "")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    article = body.split(f'<article class="{C["article"]}">', 1)[1].split("</article>", 1)[0]
    title = re.search(rf'<h1 class="{C["title"]}">(.*?)</h1>', article).group(1)
    assert _reader(title) == gold["title"]
    date = re.search(rf'<span class="{C["date"]}">(.*?)</span>', article).group(1)
    assert _reader(date) == _date_line(gold["published_at"])
    content = re.search(rf'<div class="{C["content"]}">(.*?)</div>\n', article, re.S).group(1)
    text = _reader(content)
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        sapo = re.search(rf'<p class="{C["sapo"]}">(.*?)</p>', article).group(1)
        assert _reader(sapo) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert C["sapo"] not in article
    position = 0
    for paragraph in paragraphs:
        found = text.find(paragraph, position)
        assert found >= 0, paragraph[:60]
        position = found + len(paragraph)
    assert re.findall(r'<img src="([^"]+)"', content) == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    page_text = _reader(article)
    for name in gold["authors"] + gold["photographers"]:
        assert name in page_text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page_text
    # bylines are printed after the text, never as a body paragraph
    assert "Tác giả:" not in text and "Nguồn:" not in text
    assert not any(re.match(r"^(Ảnh|Bài):", p) for p in gold["body"].split("\n\n"))
    crumbs = re.search(rf'<nav class="{C["crumb"]}"[^>]*>(.*?)</nav>', body).group(1)
    assert _reader(crumbs).split(" › ")[-1] == gold["category"]
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" data-rh="true" />' in body
    everything = _reader(body)
    assert portal.TODAY in everything and "Lượt xem:" in everything and "Tổng lượt truy cập" in everything
    assert "Bản quyền thuộc" in everything and portal.ADDRESS in everything
    assert "Tin cùng chuyên mục" in everything or "Thông báo khác" in everything


def test_captions_and_bylines_judgement_calls() -> None:
    zalo = _gold(2275)["images"][0]
    assert zalo["caption"] is None and zalo["path"].rsplit("/", 1)[1].startswith("z6021")
    assert _gold(2288)["images"][0]["caption"].endswith("(Ảnh: Thu Hà)") and _gold(2288)["photographers"] == ["Thu Hà"]
    assert _gold(2284)["images"] == [{"path": "/uploads/news/2026/11/be-mac-khkt-cap-tinh.jpg", "caption": None}]
    assert _gold(2279)["authors"] == ["Quốc Việt", "Mỹ Hạnh"]
    assert _gold(2269)["authors"] == ["Văn phòng Sở"]
    assert (_gold(2218)["authors"], _gold(2218)["photographers"]) == (["Minh Châu"], ["Thu Hà"])
    assert _gold(2196)["authors"] == ["Phương Thảo"] and _gold(2196)["published_at"] == "2026-09-05"
    assert _gold(2243)["source"] == "Phòng Giáo dục Trung học" and _gold(2243)["summary"] is None
    assert "TT | Nội dung | Thời gian | Đơn vị thực hiện" in _gold(2293)["body"]


# --------------------------------------------------------------------------- shells and the API


def test_shells_hold_no_article_but_the_noscript_lists(server: PortalServer) -> None:
    articles = _articles()
    for target in ("/", "/tin-tuc", "/thong-bao", "/thu-vien-anh", "/dang-nhap", "/tim-kiem?q=hoc+ba"):
        status, body, _ = fetch(server, target)
        assert status == 200
        assert '<div id="root"><div class="app-loading"><div class="app-loading__spinner"></div><p>Đang tải…</p></div></div>' in body
        assert 'window.__API__ = "/api/v1/news";' in body and "Vui lòng bật JavaScript" in body
        assert f"<title>Cổng thông tin điện tử {html.escape(portal.SHORT)}</title>" in body
        outside = re.sub(r"<noscript>.*?</noscript>", "", body, flags=re.S)
        assert not set(_links(server, target, outside)) & articles
        noscript = re.search(r"<noscript>(.*?)</noscript>", body, re.S).group(1)
        listed = [t for t in _links(server, target, noscript) if t in articles]
        cat = target.strip("/")
        if cat in portal.CATS:
            want = [portal.article_path(s) for s in portal.newest(cat)[: portal.NOSCRIPT_SIZE]]
            assert listed == want
        else:
            assert listed == []
    _, home, _ = fetch(server, "/")
    assert fetch(server, "/mot-duong-dan-bat-ky/khong-ton-tai")[1] == home
    assert fetch(server, "/tin-tuc?page=7")[1] == fetch(server, "/tin-tuc")[1]


def _api(server: PortalServer, query: str) -> dict:
    status, raw, headers = fetch(server, f"/api/v1/news?{query}")
    assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(raw)


def test_json_api_lists_every_article_and_answers_any_page(server: PortalServer) -> None:
    pages = {}
    for cat in portal.CATS:
        listed, page = [], 1
        while True:
            doc = _api(server, f"category={cat}&page={page}&size={portal.APP_PAGE_SIZE}")
            assert doc["total"] == len(portal.newest(cat)) and doc["page"] == page and doc["size"] == 5
            if not doc["items"]:
                break
            listed += [item["url"] for item in doc["items"]]
            page += 1
        pages[cat] = page - 1
        assert listed == [portal.article_path(s) for s in portal.newest(cat)]
    assert pages == {"tin-tuc": 3, "thong-bao": 1}
    assert _api(server, "category=tin-tuc&page=999&size=5")["items"] == []
    assert _api(server, "category=khong-co&page=1")["total"] == 0
    default = _api(server, "category=tin-tuc")
    assert default["size"] == 10 and len(default["items"]) == 10
    everything = _api(server, "size=50")
    assert {i["url"] for i in everything["items"]} == _articles()
    stamps = {i["id"]: i["publishedAt"] for i in everything["items"]}
    assert stamps[2275] == "2026-11-10T23:45:00.000Z"  # 06:45 local: the previous day in UTC
    assert stamps[2196] == "2026-09-04T17:00:00.000Z"
    status, raw, _ = fetch(server, "/api/v1/menus")
    assert status == 404 and json.loads(raw)["error"] == "Not Found"


# --------------------------------------------------------------------------- reachability


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    """Every target reached from START_PATH by <a href> and redirects; and the feeds announced."""
    seen: set[str] = set()
    feeds: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        assert len(seen) < 400, "the link walk should be finite"
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            queue.append(_local(server, urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in re.findall(r'<link rel="alternate" type="application/rss\+xml" [^>]*href="([^"]+)"', body):
            feeds.add(_local(server, href))
        queue.extend(link for link in _links(server, target, body) if not _NOT_PAGES.search(urlsplit(link).path))
    return seen, feeds


def _sitemap_locs(server: PortalServer) -> set[str]:
    _, robots, _ = fetch(server, "/robots.txt")
    index = _local(server, re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, index_xml, _ = fetch(server, index)
    children = [_local(server, u) for u in re.findall(r"<loc>([^<]+)</loc>", index_xml)]
    assert children == ["/sitemap-pages.xml", "/sitemap-news.xml"]
    locs: set[str] = set()
    for child in children:
        _, xml, headers = fetch(server, child)
        assert headers["Content-Type"].startswith("application/xml")
        locs |= {_local(server, html.unescape(u)) for u in re.findall(r"<loc>([^<]+)</loc>", xml)}
    return locs


def _feed_links(server: PortalServer, feed: str) -> list[str]:
    status, xml, headers = fetch(server, feed)
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    return [_local(server, html.unescape(u)) for u in re.findall(r"<item>.*?<link>([^<]+)</link>", xml, re.S)]


def test_reachability_links_feeds_and_sitemap(server: PortalServer) -> None:
    articles = _articles()
    linked, feeds = _walk(server)
    assert feeds == {"/rss/tin-tuc.xml", "/rss/thong-bao.xml"}
    in_feeds = {t.split("?", 1)[0] for f in sorted(feeds) for t in _feed_links(server, f)}
    in_sitemap = _sitemap_locs(server)
    assert articles <= in_sitemap
    assert articles <= linked | in_feeds | in_sitemap
    unlinked = articles - linked
    assert unlinked == {portal.article_path(portal._BY_ID[i]) for i in portal.UNLINKED}
    assert len(unlinked) >= 5
    only_sitemap = unlinked - in_feeds
    assert only_sitemap == {_gold(2196)["path"]}
    # the short URL in 2279's body is the only way a page reaches 2231
    assert "/tin-tuc/2231" in linked and _gold(2231)["path"] in linked
    assert set(portal.NON_ARTICLES) <= linked


def test_feeds_carry_the_ten_newest_with_utm_links(server: PortalServer) -> None:
    for cat in portal.CATS:
        links = _feed_links(server, f"/rss/{cat}.xml")
        want = portal.newest(cat)[: portal.RSS_SIZE]
        assert links == [portal.rss_path(s) for s in want]
        for story, link in zip(want, links, strict=True):
            assert link.endswith(f"?utm_source=rss&utm_medium=rss&utm_campaign={cat}")
            status, body, _ = fetch(server, link)
            assert status == 200 and body == fetch(server, portal.article_path(story))[1]
            assert link in _gold(story.id)["alt_paths"]


def test_short_urls_and_wrong_slugs_redirect(server: PortalServer) -> None:
    for story in portal.STORIES:
        status, _, headers = fetch(server, portal.short_path(story))
        assert status == 301 and headers["Location"] == portal.article_path(story)
        assert portal.short_path(story) in _gold(story.id)["alt_paths"]
    story = portal._BY_ID[2231]
    status, _, headers = fetch(server, f"/thong-bao/mot-tieu-de-cu-{story.id}")
    assert status == 301 and headers["Location"] == portal.article_path(story)


def test_soft_404_and_spa_fallback(server: PortalServer) -> None:
    for target in (portal.SOFT_404, "/tin-tuc/bai-khong-co-99999", "/tin-tuc/99999"):
        status, body, _ = fetch(server, target)
        assert status == 200 and "Không tìm thấy bài viết" in body and C["article"] not in body
    status, body, _ = fetch(server, "/wp-admin/khong-co")
    assert status == 200 and "Đang tải…" in body
    assert fetch(server, "/uploads/files/khong-co.pdf")[0] == 404
    _, about, _ = fetch(server, "/gioi-thieu")
    assert f'href="{portal.SOFT_404}"' in about


def test_document_register_pages(server: PortalServer) -> None:
    assert portal.DOC_PAGES == 3
    for n in range(1, portal.DOC_PAGES + 1):
        _, body, _ = fetch(server, f"/van-ban?page={n}")
        assert f'<span class="active">{n}</span>' in body
        rows = re.findall(r'<td><a href="/van-ban/(\d+)">', body)
        assert rows == [str(d.id) for d in portal.DOCS[(n - 1) * 4 : n * 4]]
    assert fetch(server, "/van-ban")[1] == fetch(server, "/van-ban?page=1")[1]
    status, body, _ = fetch(server, "/van-ban?page=40")
    assert status == 200 and "Không có dữ liệu" in body
    _, doc, _ = fetch(server, f"/van-ban/{portal.DOCS[0].id}")
    assert "Người ký" in doc and f"/uploads/van-ban/{portal.DOCS[0].file}" in doc
    assert fetch(server, f"/uploads/van-ban/{portal.DOCS[0].file}")[2]["Content-Type"] == "application/pdf"


def test_tag_links_are_shells(server: PortalServer) -> None:
    _, body, _ = fetch(server, _gold(2231)["path"])
    for name in ("Chuyển đổi số", "Giáo viên"):
        assert f'href="/tim-kiem?tu-khoa={quote(name)}"' in body
        assert f"/tim-kiem?tu-khoa={quote(name)}" in portal.NON_ARTICLES


# --------------------------------------------------------------------------- encodings


def _content(server: PortalServer, story_id: int) -> tuple[str, str]:
    _, body, _ = fetch(server, _gold(story_id)["path"])
    return body, re.search(rf'<div class="{C["content"]}">(.*?)</div>\n', body, re.S).group(1)


def test_text_encodings_are_as_documented(server: PortalServer) -> None:
    for story_id in (2279, 2231):
        _, content = _content(server, story_id)
        assert "&ecirc;" in content and "&aacute;" in content and not re.search(r"&#\d+;", content)
        assert unicodedata.is_normalized("NFC", content)
    body, content = _content(server, 2254)
    assert not unicodedata.is_normalized("NFC", content)
    h1 = re.search(rf'<h1 class="{C["title"]}">(.*?)</h1>', body).group(1)
    assert h1 != _gold(2254)["title"] and unicodedata.normalize("NFC", h1) == _gold(2254)["title"]
    _, content = _content(server, 2196)
    assert re.search(r"&#\d+;", content) and re.search(r"&[a-z]+;", content) and re.search(r"[^\x00-\x7f]", content)
    _, plain = _content(server, 2291)
    assert not re.search(r"&(?!amp;)[a-z]+;|&#\d+;", plain)


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], "/tin-tuc", "/api/v1/news?category=tin-tuc&page=2&size=5", "/sitemap-news.xml"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
