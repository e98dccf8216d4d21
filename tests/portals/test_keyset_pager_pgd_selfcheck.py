"""Self-checks of the keyset-pager (Rails) PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import parse_qs, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import keyset_pager_pgd as portal
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
DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00")


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


def shown_text(markup: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def article_part(body: str) -> str:
    return body.split('<article class="post-show', 1)[1].split('<div class="post-tools', 1)[0]


def older_href(body: str) -> str:
    return _html.unescape(re.search(r'rel="next" href="([^"]+)">Xem cũ hơn →', body).group(1))


def newer_href(body: str) -> str:
    return _html.unescape(re.search(r'rel="prev" href="([^"]+)">← Mới hơn', body).group(1))


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATETIME.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        assert g["canonical_path"] == g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", portal.ADMIN)
            assert "ThS." not in name and " - " not in name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="post-title h3 fw-bold">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert f'<time datetime="{gold["published_at"]}">' in body
    y, m, d = gold["published_at"][:10].split("-")
    assert f">{d}/{m}/{y} {gold['published_at'][11:16]}</time>" in body
    assert portal.TODAY in body
    assert '<li class="breadcrumb-item"><a href="/categories/' in body
    assert f">{_html.escape(gold['category'])}</a></li>" in body
    article = article_part(body)
    text = shown_text(article)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert f'<p class="lead fw-semibold">{_html.escape(gold["summary"])}</p>' in article
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in alt_body
        assert article_part(alt_body) == article


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="post-show' not in body and "Người đăng:" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for alt in ("/posts/241", "/posts/233-khen-thuong-45-nha-giao-tieu-bieu"):
        assert alt in seen
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_home_keyset_pages(server):
    _, page1, _ = fetch(server, "/")
    assert "← Mới hơn" not in page1 and "?page=" not in page1.replace('href="/posts?page=2"', "")
    href2 = older_href(page1)
    assert href2 == "/?before=2026-11-20T07%3A50%3A00%2B07%3A00"
    status, page2, _ = fetch(server, href2)
    assert status == 200
    assert newer_href(page2) == "/?after=2026-11-18T08%3A30%3A00%2B07%3A00"
    href3 = older_href(page2)
    status, page3, _ = fetch(server, href3)
    assert status == 200 and "Xem cũ hơn" not in page3
    deep = portal.post_path(portal.BY_ID[198])
    assert deep in page3 and deep not in page1 + page2
    # the ?after page shows the same posts as the first page
    _, back, _ = fetch(server, newer_href(page2))
    cards = re.compile(r'<h5 class="card-title mt-1"><a href="([^"]+)"')
    assert cards.findall(back) == cards.findall(page1)
    # a literal "+" (read as a space) is accepted, as Rails' Time.iso8601 after a form GET
    status, same, _ = fetch(server, "/?before=2026-11-20T07:50:00+07:00")
    assert status == 200 and cards.findall(same) == cards.findall(page2)
    # infinite scroll endpoint named on the container, not a link
    url = _html.unescape(re.search(r'data-next-url="([^"]+)"', page1).group(1))
    assert url.startswith("/posts.json?before=") and f'href="{url}' not in page1
    status, data, headers = fetch(server, url)
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert [p["url"] for p in json.loads(data)["posts"]] == cards.findall(page2)


def test_cursor_category(server):
    base = f"/categories/{portal.CURSOR_CATEGORY}"
    status, page1, _ = fetch(server, base)
    assert status == 200 and "before=" not in older_href(page1)
    href = older_href(page1)
    token = parse_qs(urlsplit(href).query)["cursor"][0]
    assert token == "eyJpZCI6MjAzfQ"
    assert json.loads(base64.urlsafe_b64decode(token + "==")) == {"id": 203}
    status, page2, _ = fetch(server, href)
    assert status == 200 and "Xem cũ hơn" not in page2
    deep = portal.post_path(portal.BY_ID[198])
    assert deep in page2 and deep not in page1
    assert newer_href(page2).startswith(base + "?cursor=")
    assert fetch(server, base + "?cursor=%%%bad")[0] == 400
    assert fetch(server, base + "?cursor=eyJmb28iOjF9")[0] == 400  # {"foo":1}


def test_deep_article_only_on_deep_pages(server):
    deep = portal.post_path(portal.BY_ID[198])
    shallow = ["/", "/posts.atom", f"/categories/{portal.CURSOR_CATEGORY}"]
    shallow += [g["path"] for g in portal.GOLD if g["path"] != deep]
    for target in shallow:
        assert deep not in fetch(server, target)[1], target


def test_before_category_list_and_invalid_cursor(server):
    status, body, _ = fetch(server, "/categories/thong-bao")
    assert status == 200 and "Xem cũ hơn" not in body
    assert fetch(server, "/categories/tin-tuc?before=hom-qua")[0] == 400
    status, body, _ = fetch(server, "/posts?page=2")
    assert status == 400 and body == "Invalid cursor"
    _, home, _ = fetch(server, "/")
    assert home.count('href="/posts?page=2"') == 1
    assert home.index('href="/posts?page=2"') > home.index("<footer")


def test_atom_feed(server):
    _, home, _ = fetch(server, "/")
    assert 'type="application/atom+xml"' in home
    status, body, headers = fetch(server, "/posts.atom")
    assert status == 200 and "atom" in headers["Content-Type"]
    assert body.count("<entry>") == 10
    assert portal.post_path(portal.POSTS[0]) in body


def test_trix_quirks(server):
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[241]))
    article = article_part(body)
    assert '<span class="attachment__name">IMG_20261202_1512.jpg</span>' in article
    assert "<h1>Kết quả nổi bật</h1>" in article and "<br><br>" in article
    assert "Bài, ảnh: Trần Quốc Việt" in article
    _, body, _ = fetch(server, portal.post_path(portal.BY_ID[238]))
    assert "<th>Môn kiểm tra</th>" in body and "<td>Ngữ văn</td>" in body


def test_static_pages_and_unknown(server):
    status, body, _ = fetch(server, "/van-ban")
    assert status == 200 and "1587/PGDĐT-CM" in body
    status, _, headers = fetch(server, "/uploads/documents/cv-1587-kiem-tra-hk1.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert fetch(server, "/posts/9999")[0] == 404
    assert fetch(server, "/categories/khong-co")[0] == 404
