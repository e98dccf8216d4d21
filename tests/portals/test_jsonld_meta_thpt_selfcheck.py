"""Self-checks of the Strapi + Next.js THPT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import jsonld_meta_thpt as portal
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
BY_PATH = {g["path"]: g for g in portal.GOLD}


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


def visible_text(markup: str) -> str:
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_part(body: str) -> str:
    return body.split('<article class="styles_article__L0kJh">', 1)[1].split("</article>", 1)[0]


def content_part(body: str) -> str:
    return body.split(f'<div class="{portal.C["content"]}">', 1)[1].split(f'<div class="{portal.C["share"]}"', 1)[0]


def json_lds(body: str) -> list[dict]:
    return [json.loads(x) for x in re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)]


def next_data(body: str) -> dict:
    raw = re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', body, re.S).group(1)
    assert "<" not in raw
    return json.loads(raw)


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and "\n\n\n" not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        for img in g["images"]:
            assert set(img) in ({"path", "caption"}, {"url", "caption"})
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", portal.SCHOOL)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum("T" in g["published_at"] for g in portal.GOLD) == 0  # (the three undated posts: the listing's day)
    assert sum(1 for s in portal.STORIES if s.opts.get("no_crumb")) == 2
    assert sum(1 for s in portal.STORIES if s.opts.get("ld_day")) == 1


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = portal.BY_SLUG[gold["path"].rsplit("/", 1)[1]]
    assert f'<h1 class="{portal.C["title"]}">{_html.escape(gold["title"])}</h1>' in body
    assert f'<meta property="og:title" content="{_html.escape(gold["title"])} | THPT Nguyễn Huệ"/>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}"/>' in body
    assert portal.HEADER_DATE in body
    shown = visible_text(article_part(body))
    for para in gold["body"].split("\n\n"):
        assert collapse(para) in shown or all(c in shown for c in para.split(" | ")), para
    content = visible_text(content_part(body))
    for para in gold["body"].split("\n\n")[1 if gold["summary"] else 0 :]:
        assert para.split(" | ")[0] in content
    if gold["summary"]:
        assert f'<p class="{portal.C["sapo"]}"><strong>{_html.escape(gold["summary"])}</strong></p>' in body
    else:
        assert portal.C["sapo"] not in body
    # every post has an og:description excerpt, sapo or not
    assert '<meta property="og:description" content="' in body
    for img in gold["images"]:
        src = img.get("path") or img["url"]
        assert f'src="{_html.escape(src)}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in content_part(body)
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in body
    for name in gold["photographers"]:
        assert f"Ảnh: {name}" in body or f"ảnh: {name}" in body
    assert story.title == gold["title"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_metadata_against_the_visible_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    story = portal.BY_SLUG[gold["path"].rsplit("/", 1)[1]]
    article, crumb = json_lds(body)
    assert article["@type"] == "NewsArticle" and crumb["@type"] == "BreadcrumbList"
    assert article["headline"] == gold["title"]
    assert article["articleSection"] == gold["category"]
    assert crumb["itemListElement"][-1]["name"] == gold["category"]
    assert article["publisher"]["name"] == portal.SCHOOL
    published = article["datePublished"]
    assert re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", published)
    assert article["dateModified"] > published
    assert f'<meta property="article:published_time" content="{published}"/>' in body
    head = article_part(body).split(f'<div class="{portal.C["content"]}">', 1)[0]
    y, m, d = (int(x) for x in gold["published_at"][:10].split("-"))
    if story.opts.get("no_date"):
        # no visible date: the day the listings print (harmonised, round 61), the JSON-LD's day
        assert portal.C["date"] not in body and "tháng" not in visible_text(head)
        assert published.startswith(gold["published_at"] + "T")
    else:
        assert f">{d} tháng {m}, {y}</time>" in head
        if story.opts.get("ld_day"):
            assert not published.startswith(gold["published_at"])
            assert published[:10] < gold["published_at"]
        else:
            assert published.startswith(gold["published_at"] + "T")
    # authors: visible "Tác giả", JSON-LD Person alone, or the school (Organization)
    author = article["author"]
    if story.opts.get("visible_author"):
        assert f"Tác giả: {gold['authors'][0]}</span>" in head
        assert author == {"@type": "Person", "name": gold["authors"][0]}
    elif author["@type"] == "Person":
        assert "Tác giả" not in head
        assert gold["authors"] == [author["name"]]
    else:
        assert author["name"] == portal.SCHOOL
        for name in gold["authors"]:
            assert name in content_part(body)  # only a signature in the text credits someone
    # category: the visible breadcrumb, or only the metadata
    if story.opts.get("no_crumb"):
        assert portal.C["crumb"] not in body
        assert f">{_html.escape(gold['category'])}</a></li>" not in body.split("<main", 1)[1].split("<aside", 1)[0]
    else:
        nav = body.split(f'<nav class="{portal.C["crumb"]}"', 1)[1].split("</nav>", 1)[0]
        assert f">{_html.escape(gold['category'])}</a></li><li aria-current" in nav


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_next_data_repeats_the_article(server, gold):
    _, body, _ = fetch(server, gold["path"])
    data = next_data(body)
    props = data["props"]["pageProps"]
    attrs = props["article"]["attributes"]
    assert attrs["title"] == gold["title"]
    repeated = visible_text(attrs["content"])
    paras = gold["body"].split("\n\n")[1 if gold["summary"] else 0 :]
    for para in paras:
        assert para.split(" | ")[0] in repeated
    assert 1 <= len(props["related"]) <= 3 and all(r["excerpt"] for r in props["related"])
    # the raw script holds the first paragraph a second time
    first = paras[0].split(" | ")[0][:60]
    assert body.count(first) >= 2 or _html.escape(first) in body


def test_the_three_date_and_author_traps_are_spread(server):
    no_date = [s.slug for s in portal.STORIES if s.opts.get("no_date")]
    assert len(no_date) == 3
    orgs = [s for s in portal.STORIES if not s.opts.get("ld_author")]
    assert any(not s.authors for s in orgs) and any(s.authors for s in orgs)
    assert any(s.opts.get("ld_author") and not s.opts.get("visible_author") for s in portal.STORIES)
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_NHAGIAO}")
    assert 'dateTime="2026-11-19T23:30:00.000Z"' in body and ">20 tháng 11, 2026</time>" in body
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_HKPD}")
    assert "Ảnh: Internet" in body and BY_PATH[f"/bai-viet/{portal.S_HKPD}"]["photographers"] == []
    assert "share-default.jpg" in body and "share-default.jpg" not in article_part(body)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "NewsArticle" not in body and "article:published_time" not in body, path
        assert portal.C["content"] not in body, path
    _, body, _ = fetch(server, "/thoi-khoa-bieu")
    assert "<table>" in body and "Áp dụng từ ngày 02/11/2026" in body


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_pagination_and_page_two_only_article(server):
    status, first, _ = fetch(server, "/danh-muc/tin-tuc")
    assert status == 200 and 'href="/danh-muc/tin-tuc?trang=2" rel="next">Trang sau »</a>' in first
    assert "Trang trước" in first and first.count('class="Card_card__u8RmK"') == 9
    status, second, _ = fetch(server, "/danh-muc/tin-tuc?trang=2")
    assert status == 200 and 'href="/danh-muc/tin-tuc?trang=1" rel="prev">« Trang trước</a>' in second
    for slug in (portal.S_NGUVAN, portal.S_ATGT):
        assert f"/bai-viet/{slug}" in second and f"/bai-viet/{slug}" not in first
    assert fetch(server, "/danh-muc/tin-tuc?trang=3")[0] == 404
    # the oldest post is linked from page 2 only
    others = ["/", "/danh-muc/tin-tuc", *[g["path"] for g in portal.GOLD], *portal.NON_ARTICLES[1:]]
    for target in others:
        if target.endswith(portal.S_ATGT):
            continue
        assert f"/bai-viet/{portal.S_ATGT}" not in fetch(server, target)[1], target
    for key in portal.TAGS:
        assert f"/bai-viet/{portal.S_ATGT}" not in fetch(server, f"/the/{key}")[1]


def test_unknown_pages_are_404(server):
    assert fetch(server, "/bai-viet/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/danh-muc/khong-co")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    assert fetch(server, "/sitemap.xml")[0] == 404
    assert fetch(server, f"/bai-viet/{portal.S_HSG}?utm_source=zalo")[0] == 404
