"""Self-checks of the hippo_cms_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer, Request
from tests.portals import hippo_cms_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

SITE = portal.build_site()
GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.canonical(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(target: str, cookie: bool = False):
    path, _, query = target.partition("?")
    headers = {"Host": "127.0.0.1:8080"}
    if cookie:
        headers["Cookie"] = f"JSESSIONID={portal.SID}"
    return SITE.respond(Request("GET", path, query, headers))


def body_of(resp) -> str:
    return resp.body.decode("utf-8") if isinstance(resp.body, bytes) else resp.body


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<!--.*?-->", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(markup: str, page: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]*)"', markup):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://127.0.0.1:8080" + page, href)
        parts = urlsplit(absolute)
        if parts.netloc != "127.0.0.1:8080":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def clean(target: str) -> str:
    return portal.JSID.sub("", target)


def crawl(cookie: bool = False):
    """Breadth-first over hrefs from START_PATH, as a plain crawler would (redirects followed)."""
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    seen[portal.START_PATH] = ""
    fetched = 0
    while queue:
        target = queue.popleft()
        resp = get(target, cookie)
        fetched += 1
        hops = 0
        while resp is not None and resp.status in (301, 302) and hops < 3:
            target = clean(resp.headers["Location"])
            resp = get(target, cookie)
            hops += 1
        if resp is None or resp.status != 200:
            continue
        if "text/html" not in resp.headers.get("Content-Type", ""):
            continue
        for link in links(body_of(resp), target):
            key = clean(link)
            if key.startswith(("/site/binaries/", "/site/webfiles/")) or key == "/site/rss":
                continue
            linked_from.setdefault(key, set()).add(clean(target))
            if key not in seen:
                seen[key] = target
                queue.append(key)
    return seen, linked_from, fetched


def test_exactly_13_gold_and_non_articles_count():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_path_answers_with_title_and_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    txt = page_text(body)
    h1 = re.search(r'<h1 class="td-bv">(.*?)</h1>', body, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: each cell is printed
            for cell in para.split(" | "):
                assert cell in txt
        else:
            assert para in txt, para
    if gold["summary"]:
        assert gold["summary"] in txt
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert f"Theo {gold['source']}" in txt
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in txt
    assert gold["category"] in txt
    assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_dates_are_what_the_page_prints(gold):
    txt = page_text(body_of(get(gold["path"], cookie=True)))
    published = gold["published_at"]
    if "T" in published:
        dt = datetime.fromisoformat(published).replace(tzinfo=None)
        assert f"Ngày đăng: {portal.fmt12(dt)}" in txt
    else:
        d = datetime.fromisoformat(published)
        assert f"Ngày đăng: {d:%d/%m/%Y} 12:00 SA" in txt or (
            f"ngày {d.day} tháng {d.month} năm {d.year}" in txt
        )


def test_meta_published_time_is_not_the_printed_date():
    s2 = portal.BY_ID[2]
    body = body_of(get(portal.canonical(s2), cookie=True))
    assert 'article:published_time" content="2026-11-21T01:40:00.000Z"' in body
    assert "Cập nhật lần cuối: 21/11/2026 08:40 SA" in page_text(body)
    assert "Ngày đăng: 19/11/2026 12:15 CH" in page_text(body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"], quote=True) in body
        if "_hn:type" not in alt:
            assert f'{server.port}{gold["canonical_path"]}"' in body


def test_every_gold_article_and_non_article_is_reachable():
    seen, _, fetched = crawl(cookie=False)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert portal.SOFT404 in seen
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert fetched <= budget, fetched


def test_article_5_only_on_page_two():
    _, linked_from, _ = crawl(cookie=True)
    s5 = portal.BY_ID[5]
    own = {portal.canonical(s5), portal.channel_path(s5)}
    sources = set().union(*(linked_from.get(p, set()) for p in own)) - own  # rel=canonical
    assert sources
    assert all("page=2" in src for src in sources), sources


def test_jsessionid_rewriting():
    first = get("/site/")
    assert "JSESSIONID=" in first.headers.get("Set-Cookie", "")
    assert f";jsessionid={portal.SID}" in body_of(first)
    again = get("/site/", cookie=True)
    assert ";jsessionid=" not in body_of(again)
    assert "Set-Cookie" not in again.headers


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_soft_404_is_no_article(server):
    status, body, _ = fetch(server, portal.SOFT404)
    assert status == 200
    assert "không tồn tại" in body
    assert portal.SOFT404 not in GOLD_BY_PATH


def test_images_and_files_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200
            assert headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, f"{portal.ASSETS}/tin-tuc/2026/11/kh-tap-huan-cds-2026.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_unknown_paths_404(server):
    s1 = portal.BY_ID[1]
    for target in [
        "/site/khong-ton-tai",
        "/site/tin-tuc/2026/11/khong-co-bai-nay.html",
        f"/site/tin-tuc/trung-hoc/{portal.folder(s1)}/{s1.slug}.html",
        f"/site/tin-tuc/2026/09/{s1.slug}.html",
        f"/site/thong-bao/{portal.folder(s1)}/{s1.slug}.html",
        f"{portal.canonical(s1)}?_hn:type=component-rendering&_hn:ref=r9_r9",
        "/cms/",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_redirects_to_mount(server):
    status, _, headers = fetch(server, "/")
    assert status == 301 and headers["Location"] == "/site/"
