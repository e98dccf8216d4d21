"""Self-checks of the jekyll_mm_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import jekyll_mm_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible text: scripts and footnote calls out, tags to spaces, entities decoded."""
    markup = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S)
    markup = re.sub(r'<sup id="fnref:\d+"[^>]*>.*?</sup>', "", markup, flags=re.S)
    markup = re.sub(r"<!\[[^\]]*\]>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def local_target(base: str, href: str, server: PortalServer) -> str | None:
    url = urljoin(base, _html.unescape(href))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Breadth-first walk over <a href> and <form action> links from START_PATH, following 30x."""
    seen: dict[str, str] = {}
    parents: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = str(status)
        if status in (301, 302):
            nxt = local_target(server.url(target), headers["Location"], server)
            if nxt:
                parents.setdefault(nxt, set()).add(target)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in re.findall(r'<(?:a|form)\b[^>]*?(?:href|action)="([^"]*)"', body):
            nxt = local_target(server.url(target), href, server)
            if nxt is None or nxt == target or re.search(r"\.(jpg|png|pdf|xml|js|css)$", urlsplit(nxt).path):
                continue
            parents.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                queue.append(nxt)
        if len(seen) > 300:
            raise AssertionError("crawl does not end")
    return seen, parents


def test_shape():
    assert portal.NAME == "jekyll_mm_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["category"]


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_gold_page_answers_with_its_fields(server, path):
    gold = GOLD_BY_PATH[path]
    status, body, _ = fetch(server, path)
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        src = img.get("path") or img["url"]
        assert f'src="{src}"' in body, src
        if img["caption"]:
            assert img["caption"] in text, img["caption"]
    when = gold["published_at"]
    if "T" in when:
        assert f'content="{when}"' in body
    else:
        y, m, d = when.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    assert f'<link rel="canonical" href="{portal.PROD}{gold["canonical_path"]}">' in body


@pytest.mark.parametrize("path", list(GOLD_BY_PATH))
def test_alt_paths_stand_for_the_article(server, path):
    gold = GOLD_BY_PATH[path]
    for alt in gold.get("alt_paths", []):
        status, body, headers = fetch(server, alt)
        if status == 301:
            assert urlsplit(headers["Location"]).path == path
        elif "Redirecting" in body:
            assert f'url={portal.PROD}{path}"' in body
        else:
            assert status == 200 and gold["title"] in page_text(body), alt


def test_every_gold_article_is_reachable_within_budget(server):
    seen, parents = crawl(server)
    html_pages = [t for t, s in seen.items() if s == "200"]
    for path, gold in GOLD_BY_PATH.items():
        assert path in seen or any(a in seen for a in gold.get("alt_paths", [])), path
    for p in portal.NON_ARTICLES:
        assert p in seen, p
    assert len(seen) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), (len(seen), len(html_pages))
    # the two imported posts are listed on page 3 of the home listing only
    for s in (portal.S12, portal.S13):
        assert parents[portal._post_path(s)] == {"/page3/"}


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert "h-entry" not in body and "datePublished" not in body


@pytest.mark.parametrize(
    "target", ["/khong-co/", "/tin-tuc/2026/11/20/khong-co-bai-nay/", "/page9/", "/assets/nope.txt", "/index.php?nv=news"]
)
def test_unknown_paths_are_404(server, target):
    status, body, _ = fetch(server, target)
    assert status == 404
    assert "Không tìm thấy trang" in body


def test_traps_are_printed(server):
    _, body, _ = fetch(server, portal._post_path(portal.S6))
    assert "Chủ đề:" in body and ">Hoạt</a>" in body and ">động</a>" in body
    assert '<span itemprop="name">Tin tuc</span>' in body
    _, body, _ = fetch(server, portal._post_path(portal.S10))
    assert 'class="page__meta-date"' not in body.split('id="main"')[1].split('class="page__related"')[0]
    assert "03/11/2026 - 09:20" in body and 'content="2026-10-28T10:00:00+07:00"' in body
    _, body, _ = fetch(server, portal._post_path(portal.S3))
    assert "28/11/2026 - 00:00" in body
    _, body, _ = fetch(server, portal._post_path(portal.S7))
    assert 'class="toc__menu"' in body and "&#8617;" in body
    assert 'itemprop="url">ThS. Trần Thị Minh Nguyệt</a>' in body and 'property="article:author"' in body
    _, body, _ = fetch(server, portal._post_path(portal.S1))
    assert 'itemprop="url">THPT Nguyễn Chí Thanh</a>' in body and 'property="article:author"' not in body
    assert portal.BUILD_DAY in body
    status, body, _ = fetch(server, "/feed.xml")
    assert status == 200 and body.count("<entry>") == 10
    status, body, _ = fetch(server, "/sitemap.xml")
    assert status == 200 and portal.PROD in body
