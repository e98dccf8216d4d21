"""Self-check of the fastapi_jinja_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import fastapi_jinja_pgd as portal
from ._common import collapse
from ._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S)
_ATTR = re.compile(r'(\w[\w-]*)="([^"]*)"')
_INPUT = re.compile(r"<input\b([^>]*)>")
_TAG = re.compile(r"<[^>]+>")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
#: not pages: the JSON API, the Swagger page, files
_NOT_PAGES = ("/api/", "/docs", "/openapi.json", "/media/", "/static/", "/tep/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    return collapse(html.unescape(_TAG.sub(" ", markup)))


def _article_part(body: str) -> str:
    return body[body.index("<article") : body.index("</article>")]


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page_target: str, body: str) -> list[str]:
    out = []
    base = server.url(page_target)
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin(base, href)
        if not absolute.startswith(server.base_url):
            continue
        out.append(_target(absolute.split("#")[0]))
    for attrs, inner in _FORM.findall(body):
        a = dict(_ATTR.findall(attrs))
        if a.get("method", "get").lower() != "get":
            continue
        fields = []
        for inp in _INPUT.findall(inner):
            ia = dict(_ATTR.findall(inp))
            if "name" in ia:
                fields.append(f"{ia['name']}={ia.get('value', '')}")
        action = urljoin(base, html.unescape(a.get("action", page_target)))
        out.append(_target(action) + ("?" + "&".join(fields) if fields else ""))
    return out


def _crawl(server: PortalServer) -> tuple[dict[str, str], int]:
    """Breadth-first walk by links and GET forms; redirects followed by hand."""
    seen: set[str] = set()
    pages: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen or target.startswith(_NOT_PAGES):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302, 303, 307, 308):
            queue.append(_target(urljoin(server.url(target), headers["Location"])))
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages[target] = body
        queue.extend(_links(server, target, body))
    return pages, requests


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["body"] and g["title"]
        assert g["category"] in portal.CATS.values()
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:30])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body).group(1)
        assert collapse(html.unescape(h1)) == gold["title"]
        assert f'/bai-viet/{gold["path"].split("/")[2]}"' in body  # canonical to the current slug


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:30])
def test_gold_fields_on_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    part = _article_part(body)
    text = _text(part)
    cells = _text(re.sub(r"</td>\s*<td[^>]*>", " | ", part))  # a table row reads as its cells
    for para in gold["body"].split("\n\n"):
        assert para in (cells if " | " in para else text), para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert f'<p class="lead fs-6 fw-semibold">{html.escape(gold["summary"])}</p>' in part
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in part
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in _text(body)


def test_published_dates_are_printed(server):
    for story, gold in zip(portal.STORIES, portal.GOLD, strict=True):
        _, body, _ = fetch(server, gold["path"])
        printed = re.search(r"<time [^>]*>([^<]+)</time>", body).group(1)
        assert printed == portal._medium(portal._posted(story))
        day = gold["published_at"][:10] if gold["published_at"] else None
        y, m, d = day.split("-")
        assert f"{int(d)} thg {int(m)}, {y}" in printed


def test_all_articles_reachable_within_budget(server):
    pages, requests = _crawl(server)
    for gold in portal.GOLD:
        reached = {gold["path"], *gold.get("alt_paths", [])} & set(pages)
        assert reached, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_hidden_category_article_only_on_page_two(server):
    oldest = portal._url(portal.BY_ID[198])
    _, first, _ = fetch(server, "/chuyen-muc/tat-ca")
    _, second, _ = fetch(server, "/chuyen-muc/tat-ca?offset=12&limit=12")
    _, home, _ = fetch(server, "/")
    assert oldest not in first and oldest not in home
    assert oldest in second
    assert 'href="?offset=12&amp;limit=12"' in first


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "<article" not in body


@pytest.mark.parametrize(
    "target",
    ["/khong-ton-tai", "/bai-viet/999-khong-co", "/bai-viet/abc", "/chuyen-muc/khong-co", "/lich-cong-tac/2026-W51",
     "/thu-vien-anh/99-x", "/khong-ton-tai/"],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_traps(server):
    # double-escaped <title>, right h1
    _, body, _ = fetch(server, portal._url(portal.BY_ID[203]))
    assert "<title>Phòng GD&amp;amp;ĐT triển khai" in body
    assert ">Phòng GD&amp;ĐT triển khai" in body
    _, body, _ = fetch(server, portal._url(portal.BY_ID[228]))
    assert "&amp;quot;Dạy học" in body.split("</title>")[0]
    # UTC attribute on the previous day, local time printed
    _, body, _ = fetch(server, portal._url(portal.BY_ID[212]))
    assert 'datetime="2026-10-31T23:15:00.' in body and ">06:15:00 1 thg 11, 2026</time>" in body
    # auto-excerpt in the lead slot when no tóm tắt
    _, body, _ = fetch(server, portal._url(portal.BY_ID[221]))
    lead = re.search(r'<p class="lead fs-6 fw-semibold">(.*?)</p>', body).group(1)
    assert lead.endswith("...") and portal.GOLD[5]["summary"] is None
    # Quill lists
    assert '<li data-list="ordered"><span class="ql-ui" contenteditable="false"></span>' in body
    # midnight import
    _, body, _ = fetch(server, portal._url(portal.BY_ID[205]))
    assert ">00:00:00 21 thg 10, 2026</time>" in body
    # trailing slash -> 307, bad offset -> 422 JSON
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao/")
    assert status == 307 and headers["Location"] == "/chuyen-muc/thong-bao"
    status, body, _ = fetch(server, "/chuyen-muc/tat-ca?offset=abc")
    assert status == 422 and json.loads(body)["detail"][0]["loc"] == ["query", "offset"]
    # JSON API beside the pages
    status, body, headers = fetch(server, "/api/bai-viet?offset=10")
    data = json.loads(body)
    assert headers["Content-Type"] == "application/json" and data["next"] is None and len(data["items"]) == 3
    status, body, _ = fetch(server, "/api/bai-viet/231")
    assert "noi_dung_html" in json.loads(body)
    assert fetch(server, "/docs")[0] == 200
    # the picture's webp is served, the gold keeps the jpg
    assert fetch(server, "/media/2026/11/le-20-11-1.webp")[0] == 200
    assert portal.GOLD[4]["images"][0]["path"].endswith(".jpg")
