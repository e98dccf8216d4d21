"""Self-checks of the hcm_edu_portal_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hcm_edu_portal_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BUDGET = 3 * (13 + len(portal.NON_ARTICLES))
STATIC_PREFIXES = ("/documents/", "/image/", portal.THEME + "/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """The page's visible text, one block per line, the way a reader sees it."""
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", markup)
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    s = re.sub(r'(?s)<span style="mso-list:Ignore">.*?</span></span>', "", s)
    s = re.sub(r"(?is)<sup>.*?</sup>", "", s)
    s = re.sub(r"(?i)</?(p|div|br|td|th|tr|li|ul|table|tbody|h\d|blockquote|section|header|nav|footer)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s)
    return "\n".join(line for line in (collapse(x) for x in s.split("\n")) if line)


def links(markup: str, base: str) -> list[str]:
    """Same-host targets of the page's ``<a href>`` (not ``<link>``: alternates are not walked)."""
    out = []
    for raw in re.findall(r'<a\b[^>]*?\shref="([^"]*)"', markup):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc and not parts.netloc.startswith("127.0.0.1"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer, cookie: bool) -> tuple[set[str], int]:
    """Breadth-first walk over ``<a href>`` from START_PATH; returns targets seen and pages fetched.

    With ``cookie`` the walk sends back the session cookie after the first answer and drops
    ``;jsessionid=`` from links, as a careful crawler does.
    """
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    jar = ""
    while queue:
        target = queue.popleft()
        req = urllib.request.Request(server.url(target))
        if jar:
            req.add_header("Cookie", jar)
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(req, timeout=10) as resp:
            body = resp.read().decode("utf-8")
            if cookie and resp.headers.get("Set-Cookie"):
                jar = resp.headers["Set-Cookie"].split(";")[0]
        fetched += 1
        for link in links(body, server.url(target)):
            if cookie:
                link = re.sub(r";jsessionid=[^/?;]*", "", link)
            if link.startswith(STATIC_PREFIXES) or link in seen:
                continue
            seen.add(link)
            queue.append(link)
        assert fetched < 400, "walk does not end"
    return seen, fetched


def test_counts_and_unique_paths():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(every) == len(set(every)), "an alternative path belongs to two articles"
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(every) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_article_pages(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
    status, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    if gold["summary"]:
        assert gold["summary"] == gold["body"].split("\n\n")[0]
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert _html.escape(img["path"]) in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'class="breadcrumb[^"]*">(.*?)</ul>', body, re.S).group(1)
    assert f">{_html.escape(gold['category'])}</a>" in crumbs
    assert 'rel="canonical"' in body and gold["canonical_path"] + '" rel="canonical"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_dates_match_the_printed_date(server, gold):
    _, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    letter = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    if letter:
        d, m, y = letter.groups()
        assert gold["published_at"] == f"{y}-{int(m):02d}-{int(d):02d}"
        return
    d, m, y, hh, mm, ap = re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d) (SA|CH)", text).groups()
    hour = int(hh) % 12 + (12 if ap == "CH" else 0)
    if hour == 0 and mm == "00":
        assert gold["published_at"] == f"{y}-{m}-{d}"
    else:
        assert gold["published_at"] == f"{y}-{m}-{d}T{hour:02d}:{mm}:00+07:00"


def test_every_gold_article_and_non_article_is_reachable(server):
    seen, _ = crawl(server, cookie=False)
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & seen, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen or portal.with_jsession(target) in seen, target


def test_cookie_crawl_stays_within_budget(server):
    seen, fetched = crawl(server, cookie=True)
    assert fetched <= BUDGET, fetched
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & seen, gold["path"]


def test_page_two_articles_only_on_page_two(server):
    _, home, _ = fetch(server, portal.START_PATH)
    for slug in ("khai-mac-hoi-khoe-phu-dong", "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc"):
        assert slug not in home
        cat = "tin-tuc" if slug.startswith("khai") else "chuyen-mon"
        _, first, _ = fetch(server, f"{portal.S}/{cat}")
        assert slug not in first
        _, second, _ = fetch(server, portal.listing_url(portal.CATS[cat], 2))
        assert slug in second


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "<h1 class=\"portlet-title\">" in body


def test_unknown_paths_404(server):
    for target in (
        "/",
        "/web/thcs-khanh-hoi/trang-chu",
        f"{portal.S}/khong-ton-tai",
        f"{portal.S}/tin-tuc/-/asset_publisher/Fq7XwLm2RkTs/content/bai-khong-co",
        f"{portal.S}/tin-tuc/-/asset_publisher/ZZZZZZZZZZZZ/content/{portal.STORIES[0].slug}",
        f"{portal.S}/van-ban/-/document_library_display/{portal.DOC_INST}/view_file/999999",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_session_rewriting(server):
    _, body, headers = fetch(server, portal.START_PATH)
    assert f";jsessionid={portal.JSESSION}" in body
    assert headers.get("Set-Cookie", "").startswith("JSESSIONID=")
    req = urllib.request.Request(server.url(portal.START_PATH), headers={"Cookie": f"JSESSIONID={portal.JSESSION}"})
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(req, timeout=10) as resp:
        assert ";jsessionid=" not in resp.read().decode("utf-8")


def test_chrome_text_is_not_in_any_body():
    for gold in portal.GOLD:
        for chrome in ("bình đẳng giới", "Cơ sở dữ liệu ngành", "Người đăng", "Bình luận", "Xem thêm", "đính kèm"):
            assert chrome not in gold["body"]
