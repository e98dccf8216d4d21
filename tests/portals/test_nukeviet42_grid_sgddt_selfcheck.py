"""Self-checks of the nukeviet42_grid_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet42_grid_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _visible(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _links(page: str, here: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server) -> tuple[set[str], int]:
    seen, queue, pages = {portal.START_PATH}, deque([portal.START_PATH]), 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        pages += 1
        for link in _links(body, target):
            if link not in seen and not re.search(r"\.(jpg|png|gif|pdf|css|js|ico)$", link):
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_shape():
    assert portal.NAME == "nukeviet42_grid_sgddt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _visible(body)
    assert f'itemprop="headline">{_html.escape(gold["title"])}</h1>' in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):  # a table row's cells are printed in their own <td>
            assert cell in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn tin: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = body.split('class="breadcrumbs', 1)[1].split("</ul>", 1)[0]
    assert _html.escape(gold["category"]) in crumbs
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    if gold["path"].endswith("-2343.html"):
        assert f"ngày {d} tháng {m} năm {y}" in text
    else:
        assert f"{d}/{m}/{y}" in text
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_post(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"]) in body
        assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


def test_everything_reachable_within_budget(server):
    seen, pages = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages


def test_page_two_only_articles(server):
    _, home, _ = fetch(server, "/")
    for sid in (2317, 2306, 2303):
        assert f"-{sid}.html" not in home
    _, p2, _ = fetch(server, "/news/tin-tuc-su-kien/page-2")
    assert "-2317.html" in p2 and "-2306.html" in p2
    _, p2, _ = fetch(server, "/news/chuyen-mon-nghiep-vu/page-2")
    assert "-2303.html" in p2


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "<h1" in body


@pytest.mark.parametrize(
    "path",
    [
        "/news/khong-co/",
        "/news/tin-tuc-su-kien/page-9",
        "/news/tin-tuc-su-kien/page-1",
        "/news/thong-bao/ha-giang-tong-ket-cong-tac-giao-duc-dan-toc-nam-hoc-2025-2026-2341.html",
        "/news/tin-tuc-su-kien/bai-khong-ton-tai-9999.html",
        "/page/khong-co.html",
        "/index.php?language=vi&nv=news&op=thong-bao/sai-2343",
        "/news/tag/khong-co",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
