"""Self-checks of the nukeviet46_news_grid_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_news_grid_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
_PAGE_N = re.compile(r"/page-\d+$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def h1_text(body: str) -> str:
    m = re.search(r"(?is)<h1[^>]*>(.*?)</h1>", body)
    assert m, "no h1"
    return page_text(m.group(1))


def links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    base = server.url(target)
    host = urlsplit(server.base_url).netloc
    for raw in _HREF.findall(body):
        href = _html.unescape(raw).strip()
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc != host:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, skip=lambda target: False) -> dict[str, int]:
    """Breadth-first over <a href>/<link href> from START_PATH; returns target -> status."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            new = [nxt.path + (f"?{nxt.query}" if nxt.query else "")]
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            new = links(server, target, body)
        else:
            new = []
        for link in new:
            if link in queued or skip(link) or urlsplit(link).path.lower().endswith(_STATIC):
                continue
            queued.add(link)
            queue.append(link)
    return seen


def test_gold_shape():
    assert portal.NAME == "nukeviet46_news_grid_sgddt"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert re.fullmatch(r"2026-(10|11|12)-\d\d(T\d\d:\d\d:00\+07:00)?", g["published_at"]), g["path"]
        paragraphs = g["body"].split("\n\n")
        assert 3 <= len(paragraphs) <= 12, g["path"]
        if g["summary"]:
            assert paragraphs[0] == g["summary"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert h1_text(body) == gold["title"]
    text = page_text(body)
    for paragraph in gold["body"].split("\n\n"):
        # a table row is printed as cells: " | " joins them in the gold
        assert paragraph.replace(" | ", " ") in text, paragraph[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert urlsplit(canonical).path == gold["canonical_path"]
    # the category is printed in the (hidden) breadcrumb
    assert f'<span class="txt" itemprop="name">{_html.escape(gold["category"])}</span>' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert h1_text(body) == gold["title"]
        assert gold["body"].split("\n\n")[-1] in page_text(body)


def test_everything_reachable_and_bounded(server):
    seen = crawl(server)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    assert seen.get(next(g for g in portal.GOLD if g["path"].endswith("-1161.html"))["alt_paths"][0]) == 200
    pages = [t for t, s in seen.items() if s == 200]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_some_articles_only_via_page_two(server):
    seen = crawl(server, skip=lambda t: bool(_PAGE_N.search(urlsplit(t).path)))
    missing = {g["path"].rsplit("-", 1)[-1] for g in portal.GOLD if g["path"] not in seen}
    assert missing == {"1154.html", "1149.html", "1142.html"}


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay",
        "/tin-tuc/khong-co/",
        "/tin-tuc/tin-hoat-dong/page-3",
        "/tin-tuc/chi-dao-dieu-hanh/page-9",
        "/tin-tuc/tin-hoat-dong/bai-khong-co-9999.html",
        "/hoi-dap/tuyen-sinh/khong-co-99.html",
        "/van-ban/khong-co.html",
        "/tin-tuc/tag/khong-co",
        "/lich-cong-tac/?week=99",
    ):
        assert fetch(server, target)[0] == 404, target


def test_pagination_and_redirects(server):
    status, _, headers = fetch(server, "/tin-tuc/tin-hoat-dong/page-1")
    assert status == 301 and headers["Location"] == "/tin-tuc/tin-hoat-dong/"
    status, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong/page-2")
    assert status == 200 and '<ul class="pagination">' in body
    assert "/tin-tuc/tin-hoat-dong/nu-sinh-dan-toc-nung" in body  # 1161 under its second category
    s = portal.BY_ID[1180]
    status, _, headers = fetch(server, f"/tin-tuc/chi-dao-dieu-hanh/{s.slug}-{s.id}.html")
    assert status == 301 and headers["Location"] == portal.art_path(s)


def test_traps_are_in_place(server):
    g = {int(x["path"].rsplit("-", 1)[-1][:-5]): x for x in portal.GOLD}
    # 1: SEO title differs from the headline
    _, body, _ = fetch(server, g[1187]["path"])
    title = collapse(_html.unescape(re.search(r"<title>(.*?)</title>", body).group(1)))
    assert not title.startswith(g[1187]["title"])
    # 2: malformed published_time from addtime
    _, body, _ = fetch(server, g[1176]["path"])
    assert 'content="2026-11-24+0717:32:00"' in body
    assert "&agrave;" in body  # CKEditor's Latin-1 entities
    # 3: sapo printed twice on 1183
    _, body, _ = fetch(server, g[1183]["path"])
    assert page_text(body).count(g[1183]["summary"]) == 2
    assert len(g[1183]["images"]) == 2 and "og:image" in body
    # 5: FAQ pages look like posts
    _, body, _ = fetch(server, portal.NON_ARTICLES[-1])
    assert 'class="title margin-bottom-lg"' in body and '<span class="h5">' in body
    # savefile is an attachment; the files panel link is a PDF on the article URL
    _, _, headers = fetch(server, g[1185]["alt_paths"][-1])
    assert headers["Content-Disposition"].startswith("attachment")
    status, _, headers = fetch(server, g[1185]["path"] + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    # 11: decomposed text on 1154
    _, body, _ = fetch(server, g[1154]["path"])
    assert "\u0301" in body or "\u0300" in body
    # 7: midnight time line -> day alone
    assert g[1149]["published_at"] == "2026-10-22"


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert prefix not in source
