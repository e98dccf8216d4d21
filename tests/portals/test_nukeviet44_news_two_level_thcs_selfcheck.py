"""Self-checks of the nukeviet44_news_two_level_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet44_news_two_level_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""(?<![-\w])(?:href|action)\s*=\s*["']([^"'#]*)["']""", re.I)
STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(body)))


def local_links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        raw = _html.unescape(raw).strip()
        if not raw or raw.startswith(("javascript:", "mailto:", "tel:")):
            continue
        absolute = urljoin(server.url(target), raw)
        parts = urlsplit(absolute)
        if parts.netloc != f"{server.host}:{server.port}":
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.path.lower().endswith(STATIC) or parts.path.startswith("/admin/"):
            continue  # files, and what robots.txt keeps crawlers out of
        out.append(path)
    return out


def crawl(server: PortalServer, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over links and form actions from START_PATH, redirects followed."""
    seen: set[str] = {portal.START_PATH}
    reached: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        reached.add(target)
        for nxt in local_links(server, target, body):
            if nxt not in seen and not skip(nxt):
                seen.add(nxt)
                queue.append(nxt)
    return reached, requests


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="title[^"]*" itemprop="headline">(.*?)</h1>', body, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    plain = page_text(body)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in plain, para[:60]
    if gold["summary"]:
        assert gold["summary"] in plain
    for name in gold["authors"] + gold["photographers"]:
        assert name in plain
    if gold["source"]:
        assert gold["source"] in plain
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in plain
    assert gold["category"] in plain
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in plain or f"ngày {int(d)} tháng {int(m)} năm {y}" in plain
    if "T" in gold["published_at"]:
        assert f"{d}/{m}/{y} {gold['published_at'][11:16]}" in plain


def test_alt_paths_serve_or_send_on(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert headers["Location"] == gold["path"], alt
            else:
                assert status == 200, alt
                assert gold["title"] in page_text(body)
                assert gold["body"].split("\n\n")[-1] in page_text(body)


def test_url_variants_redirect_to_canonical(server):
    gold = portal.GOLD[0]
    tail = gold["path"].rsplit("/", 1)[-1]
    for variant in (
        gold["path"] + "?fbclid=IwAR0abc",
        f"/news/tin-tuc-su-kien/{tail}",
        "/news/hoat-dong-chuyen-mon/ten-cu-61.html",
    ):
        status, _, headers = fetch(server, variant)
        assert status == 301 and headers["Location"] == gold["path"], variant


def test_everything_reachable_within_budget(server):
    reached, requests = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_behind_page_two(server):
    reached, _ = crawl(server, skip=lambda t: "/page-" in t)
    hidden = [g["path"] for g in portal.GOLD if g["path"] not in reached]
    assert len(hidden) == 3


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200 and "Trường THCS Trần Phú" in body


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay",
        "/news/khong-co-chuyen-muc/",
        "/news/hoat-dong-chuyen-mon/page-9",
        "/news/hoat-dong-chuyen-mon/bai-khong-ton-tai-999.html",
        "/news/tag/khong-co",
        "/news/topic/khong-co/",
        "/gioi-thieu/khong-co.html",
    ):
        assert fetch(server, target)[0] == 404, target


def test_pagination_pages(server):
    status, body, _ = fetch(server, "/news/hoat-dong-chuyen-mon/page-3")
    assert status == 200 and "bd-lop-9" not in body
    assert portal.C7.title in _html.unescape(body)
    assert fetch(server, "/news/hoat-dong-chuyen-mon/page-1")[0] == 301


def test_hidden_sapo_and_meta_dates(server):
    _, body, _ = fetch(server, portal.GOLD[[s.id for s in portal.STORIES].index(53)]["path"])
    assert 'class="hometext' not in body and portal.C3.opts["hometext"] in _html.unescape(body)
    assert '<meta property="article:published_time" content="2026-11-20+0709:05:00">' in body


def test_older_list_only_by_script(server):
    status, body, _ = fetch(server, "/index.php?language=vi&nv=news&op=tincu&catid=3&id=50&nocache=1")
    assert status == 200 and portal.link(portal.C5) in body
    _, page, _ = fetch(server, portal.link(portal.C4))
    assert portal.link(portal.C5) not in page and "op=tincu" not in page


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in source
