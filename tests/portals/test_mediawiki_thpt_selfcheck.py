"""Self-check of the mediawiki_thpt fixture portal against itself (never the crawler).

Every gold path answers 200 with its headline; every alt path prints the same article (same
page id and revision in RLCONF, same headline); the gold text is on the page; non-articles
answer 200; unknown titles and paths 404; following links from the start page (as a sensible
crawler would, leaving MediaWiki's action/permalink/mobile/special links alone) reaches every
article and non-article within the request budget; and the traps behave as documented.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import mediawiki_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_H1 = re.compile(r'<h1 id="firstHeading"[^>]*>(.*?)</h1>', re.S)
_CONF = re.compile(r"RLCONF=(\{.*?\});")
#: what a sensible crawler leaves alone on a MediaWiki: actions, permalinks, diffs, the mobile
#: toggle, print views, special pages (localized "Đặc_biệt:"), red links, ?curid=, files
_SKIP = re.compile(
    r"action=|oldid=|diff=|printable=|mobileaction=|curid=|redlink=|returnto=|fbclid="
    r"|%C4%90%E1%BA%B7c_bi%E1%BB%87t:|^/images/|^/load\.php|^/api\.php|^/opensearch"
)
_SKIP_PAGING = re.compile(r"pagefrom=|pageuntil=")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _h1(body: str) -> str:
    m = _H1.search(body)
    assert m, "no h1"
    return collapse(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))


def _conf(body: str) -> dict:
    import json

    m = _CONF.search(body)
    assert m, "no RLCONF"
    return json.loads(m.group(1))


def _links(body: str, base: str, host: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        url = urljoin(base, html.unescape(raw))
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != host:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer, skip: re.Pattern[str], extra_skip: re.Pattern[str] | None = None):
    """Breadth-first from START_PATH; redirects followed; returns (pages seen with 200, requests)."""
    host = f"{server.host}:{server.port}"
    queue, seen, ok, requests = deque([portal.START_PATH]), {portal.START_PATH}, set(), 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            nxt = _links(f'href="{headers["Location"]}"', server.url(target), host)
            for link in nxt:
                if link not in seen:
                    seen.add(link)
                    queue.append(link)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        ok.add(target)
        for link in _links(body, server.url(target), host):
            if link in seen or skip.search(link) or (extra_skip and extra_skip.search(link)):
                continue
            seen.add(link)
            queue.append(link)
    return ok, requests


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    paths = set()
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["category"] in ("Tin tức", "Thông báo")
        assert g["path"] not in paths
        paths.add(g["path"])
        assert not set(g.get("alt_paths", [])) & paths
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
    assert sum(1 for g in portal.GOLD if g["published_at"] is None) == 1


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["title"][:40])
def test_gold_page_serves_article(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert _h1(body) == gold["title"]
    assert f"<title>{html.escape(gold['title'], quote=True)} – " in body or gold[
        "title"
    ] in html.unescape(body)
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            # (a footnote's call is printed in its own <sup> right after the sentence)
            assert cell in text or cell.replace("[1]", " [1]") in text, (gold["path"], cell)
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in body
        if image["caption"]:
            assert image["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["title"][:40])
def test_alt_paths_print_the_same_article(server, gold):
    _, canonical, _ = fetch(server, gold["path"])
    want = _conf(canonical)
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        conf = _conf(body)
        assert (conf["wgArticleId"], conf["wgRevisionId"]) == (
            want["wgArticleId"],
            want["wgRevisionId"],
        ), alt
        assert "wgDiffOldId" not in conf
        assert _h1(body) == gold["title"], alt


def test_alt_paths_cover_what_article_views_link_to(server):
    """From each article view, the links that print the same article are all in alt_paths."""
    host = f"{server.host}:{server.port}"
    for gold in portal.GOLD:
        known = {gold["path"], *gold["alt_paths"]}
        _, canonical, _ = fetch(server, gold["path"])
        want = _conf(canonical)["wgArticleId"], _conf(canonical)["wgRevisionId"]
        queue, seen = deque(known), set(known)
        while queue:
            target = queue.popleft()
            _, body, _ = fetch(server, target)
            for link in _links(body, server.url(target), host):
                if link in seen or link.startswith("/images/"):
                    continue
                seen.add(link)
                if re.search(r"action=|Đặc_biệt|%C4%90%E1%BA%B7c_bi%E1%BB%87t", link):
                    continue
                status, other, _ = fetch(server, link)
                if status != 200 or "RLCONF" not in other:
                    continue
                conf = _conf(other)
                if (
                    conf["wgArticleId"],
                    conf["wgRevisionId"],
                ) == want and "wgDiffOldId" not in conf:
                    assert link in known, (gold["path"], link)


def test_non_articles_answer_200(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "wgArticleId" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/wiki/B%C3%A0i_kh%C3%B4ng_c%C3%B3",
        "/wiki/Tin_t%E1%BB%A9c/2025",
        "/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:Kh%C3%B4ng_c%C3%B3",
        "/index.php?title=Tin_t%E1%BB%A9c&oldid=99999",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_reachable_within_budget(server):
    ok, requests = _crawl(server, _SKIP)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in ok]
    assert not missing
    assert not [p for p in portal.NON_ARTICLES if p not in ok]
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_behind_category_page_two(server):
    """Without the category's '(trang sau)' links, the oldest news is never found."""
    ok, _ = _crawl(server, _SKIP, _SKIP_PAGING)
    hidden = {g["path"] for g in portal.GOLD} - ok
    assert hidden == {portal.wiki(portal.T_VIENCHUC), portal.wiki(portal.T_HOCBONG)}


def test_platform_redirects(server):
    status, _, headers = fetch(server, "/")
    assert (status, headers["Location"]) == (301, portal.START_PATH)
    status, _, headers = fetch(server, "/index.php?title=Tin_t%E1%BB%A9c")
    assert (status, headers["Location"]) == (301, "/wiki/Tin_t%E1%BB%A9c")
    status, _, headers = fetch(server, "/wiki/tin_t%E1%BB%A9c")
    assert (status, headers["Location"]) == (301, "/wiki/Tin_t%E1%BB%A9c")


def test_traps(server):
    page = portal.PAGES[portal.T_HSG]
    # the first revision (history, feed) reads differently and is marked noindex
    status, body, _ = fetch(server, portal.idx(page.title, ("oldid", page.revs[0].id)))
    assert status == 200 and "đạt 11 giải" in body and 'content="noindex,nofollow"' in body
    # the footer prints the last edit, not the day of publication
    kn = portal.PAGES[portal.T_2011]
    _, body, _ = fetch(server, portal.wiki(kn.title))
    assert "sửa đổi lần cuối vào ngày 21 tháng 11 năm 2026" in body and "20/11/2026 00:00" in body
    # the page with no date prints only the footer's edit stamp
    _, body, _ = fetch(server, portal.wiki(portal.T_HOIGIANG))
    assert "Ngày đăng" not in body and "sửa đổi lần cuối" in body
    # the redirect title serves the article with a canonical link to it
    _, body, _ = fetch(server, portal.wiki("Kỷ niệm 20-11"))
    assert (
        f'rel="canonical" href="http://{server.host}:{server.port}{portal.wiki(kn.title)}"' in body
    )
    # listings print page names, not headlines
    _, body, _ = fetch(server, portal.START_PATH)
    assert ">Tin tức/2026/Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a>" in body
    # the feed links diffs and permalinks, never the article's own URL
    _, feed, _ = fetch(server, "/api.php?action=feedrecentchanges&feedformat=atom")
    assert "diff=" in feed and "/wiki/Tin_t" not in feed
