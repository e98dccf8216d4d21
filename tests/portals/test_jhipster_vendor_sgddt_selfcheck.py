"""Self-checks of the jhipster_vendor_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import jhipster_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<(?:a|link)\b[^>]*?\bhref="([^"]*)"', re.I)
_LINK_HEADER = re.compile(r"<([^>]+)>\s*;\s*rel=\"(\w+)\"")
_STATIC = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|pdf|webapp)$", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    """Page text without scripts, comments and tags, unescaped and collapsed."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)
    page = re.sub(r"<br\s*/?>", "\n", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(html.unescape(page))


def _links(server: PortalServer, target: str, page: str, headers: dict[str, str]) -> list[str]:
    base = server.url(target)
    found = [html.unescape(h) for h in _HREF.findall(page)]
    found += [u for u, rel in _LINK_HEADER.findall(headers.get("Link", "")) if rel in ("next", "prev")]
    out = []
    for href in found:
        if not href or href.startswith(("javascript:", "mailto:", "data:")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if _STATIC.search(parts.path) or parts.path.startswith("/api/"):
            continue
        out.append(path)
    return out


def _crawl(server: PortalServer) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, page, headers = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = page
        queue.extend(t for t in _links(server, target, page, headers) if t not in seen)
    return seen


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        text = _visible(page)
        assert gold["title"] in text
        # the title is only in the field, not in <title> or the heading (trap 1)
        assert gold["title"] not in re.search(r"<title>(.*?)</title>", page).group(1)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    _, page, _ = fetch(server, gold["path"])
    text = _visible(page)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
            assert cell in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"translation-not-found[sgdApp.tinTuc.nguon] {gold['source']}" in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in page
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = (int(x) for x in day.split("-"))
    stamp = gold["published_at"][11:19] or "00:00:00"
    assert f"Ngày đăng {d} thg {m}, {y} {stamp}" in text
    assert gold["category"] in text
    # canonical names the hash route (trap 6)
    assert f'/#{gold["path"]}"' in re.search(r'<link rel="canonical" href="([^"]*")', page).group(1)


def test_transfer_state_is_valid_json(server):
    _, page, _ = fetch(server, portal.GOLD[0]["path"])
    raw = re.search(r'<script id="serverApp-state" type="application/json">(.*?)</script>', page, re.S).group(1)
    for a, b in (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&")):
        raw = raw.replace(a, b)
    data = json.loads(raw)
    assert data["tin-tuc-1288"]["body"]["tieuDe"] == portal.GOLD[0]["title"]


def test_every_gold_article_reachable_within_budget(server):
    seen = _crawl(server)
    for gold in portal.GOLD:
        assert {gold["path"], *gold.get("alt_paths", [])} & set(seen), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_oldest_only_on_second_page(server):
    page0 = portal.list_path("tin-hoat-dong", 0)
    page1 = portal.list_path("tin-hoat-dong", 1)
    status, first, headers = fetch(server, page0)
    assert status == 200
    assert "/tin-tuc/chi-tiet/1226" not in first
    assert 'rel="next"' in headers["Link"]
    assert f'<link rel="next" href="{html.escape(page1)}">' in first
    assert 'class="page-link" href="">2</a>' in first
    status, second, _ = fetch(server, page1)
    assert status == 200 and "/tin-tuc/chi-tiet/1226?danhMuc=tin-hoat-dong" in second
    others = [fetch(server, p)[1] for p in ["/", *(g["path"] for g in portal.GOLD if "1226" not in g["path"])]]
    assert not any("/tin-tuc/chi-tiet/1226" in page for page in others)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/tin-tuc/chi-tiet/9999",
        "/tin-tuc/chi-tiet/1288?danhMuc=thong-bao",
        "/tin-tuc/chi-tiet/1288?utm=x",
        "/tin-tuc?danhMuc=khong-co&page=0&size=10&sort=ngayDang,desc",
        "/tin-tuc?danhMuc=tin-hoat-dong&page=7&size=10&sort=ngayDang,desc",
        "/van-ban/999",
        "/?_escaped_fragment_=",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
