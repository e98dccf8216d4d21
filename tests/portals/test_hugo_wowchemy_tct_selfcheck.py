"""Self-check of the hugo_wowchemy_tct fixture against itself (never the crawler).

Every gold path answers 200 with its title and the gold's text, names, images and dates are on
the page; every gold article and non-article is reachable by links from the start page within
the crawl budget; unknown paths 404; the traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from datetime import datetime, timedelta, timezone
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import hugo_wowchemy_tct as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_ASSET = re.compile(r"\.(jpe?g|png|webp|gif|ico|css|js|pdf|bib|docx|xml|txt|webmanifest)$", re.I)
_META_PUB = re.compile(r'<meta property="article:published_time" content="([^"]+)"')
ICT = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """The page's visible text: footnote calls, scripts and tags out, entities decoded, NFC."""
    page = re.sub(r"<sup id=\"fnref:\d+\">.*?</sup>", "", page, flags=re.S)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</t([dh])>\s*<t\1\b[^>]*>", " | ", page)
    page = re.sub(r"</?(a|em|strong|span|u|b|i)\b[^>]*>", "", page)
    page = re.sub(r"<[^>]+>", " ", page)
    page = html.unescape(page).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page))


def _links(base_target: str, page: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("mailto:", "tel:", "javascript:", "whatsapp:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + base_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[dict[str, str], dict[str, set[str]]]:
    """BFS over links from START_PATH: pages by (decoded) path, and who links to each path."""
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        body = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)  # the search-hit template
        if status in (301, 302):
            nxt = urlsplit(urljoin("http://fixture.invalid" + target, headers["Location"])).path
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            seen[unquote(target)] = ""
            continue
        assert status == 200, (target, status)
        seen[unquote(target)] = body
        for link in _links(target, body):
            linked_from.setdefault(unquote(link), set()).add(unquote(target))
            if link not in queued:
                queued.add(link)
                queue.append(link)
    return seen, linked_from


def test_contract() -> None:
    assert portal.NAME == "hugo_wowchemy_tct"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert not set(portal.NON_ARTICLES) & set(paths)
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["published_at"]
        assert g["title"] and g["body"] and g["category"]
        for para in g["body"].split("\n\n"):
            assert para == unicodedata.normalize("NFC", para.strip())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2][:40])
def test_gold_page_prints_its_gold(server: PortalServer, gold: dict) -> None:
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    visible = _text(page)
    assert f"<h1>{html.escape(gold['title'], quote=True)}</h1>" in page
    for para in gold["body"].split("\n\n"):
        assert para in visible, para
    if gold["summary"]:
        assert gold["summary"] in visible
    for name in gold["authors"] + gold["photographers"]:
        assert name in visible, name
    if gold["source"]:
        assert f"Theo {gold['source']}" in visible
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page, img
        if img["caption"]:
            assert img["caption"] in visible
        assert fetch(server, img["path"])[0] == 200
    assert f">{html.escape(gold['category'])}</a></span>" in page
    published = _META_PUB.search(page).group(1)
    local = datetime.fromisoformat(published).astimezone(ICT)
    if gold["path"].endswith("cap-truong-nam-2027/"):  # the official notice: its letterhead day
        assert gold["published_at"] == "2026-11-30" and "ngày 30 tháng 11 năm 2026" in visible
    elif local.hour == local.minute == 0:
        assert gold["published_at"] == local.date().isoformat()
    else:
        assert gold["published_at"] == local.isoformat(timespec="seconds")
    assert "Cập nhật lần cuối" in visible  # the visible date is the git Lastmod (trap 1)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2][:40])
def test_alt_paths_serve_the_same_article(server: PortalServer, gold: dict) -> None:
    for alt in gold["alt_paths"]:
        status, page, headers = fetch(server, alt)
        if status == 301:
            assert headers["Location"] == gold["path"]
        else:
            assert status == 200
            if "http-equiv=\"refresh\"" in page:  # a Hugo alias stub
                assert page.rstrip().endswith("</html>") and gold["path"] in page
            else:
                assert f"<h1>{html.escape(gold['title'], quote=True)}</h1>" in page


def test_non_articles_answer_200(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1>" in page or "<h2>" in page


@pytest.mark.parametrize("target", [
    "/khong-co-trang/", "/post/khong-co-bai/", "/post/page/9/", "/category/abc/",
    "/authors/nguoi-la/", "/publication/khong-co/", "/event/khong-co/", "/post/x/anh.jpg",
    "/category/ho%E1%BA%A1t-%C4%91%E1%BB%99ng-khoa-h%E1%BB%8Dc/page/3/",
])
def test_unknown_paths_404(server: PortalServer, target: str) -> None:
    assert fetch(server, target)[0] == 404


def test_everything_is_reachable_within_budget(server: PortalServer) -> None:
    seen, linked_from = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)
    # P12 is linked only from page 3 of the news list and page 2 of its category (trap 12)
    p12 = next(g["path"] for g in portal.GOLD if "dai-hoi-xiv" in g["path"])
    assert linked_from[p12] == {"/post/page/3/", "/category/hoạt-động-khoa-học/page/2/"}
    # the old slugs and index.html twins are linked somewhere (trap 5)
    for alt in ("/post/giang-vien-tham-gia-hoi-thi-gvdg/", "/post/toa-dam-tu-tuong-hcm-ve-can-bo/"):
        assert alt in seen


def test_traps(server: PortalServer) -> None:
    cms = next(g for g in portal.GOLD if "nghiem-thu" in g["path"])
    page = fetch(server, cms["path"])[1]
    assert 'content="2026-11-19T23:40:00+00:00"' in page and '"2026-11-19T23:40:00Z"' in page
    assert cms["published_at"] == "2026-11-20T06:40:00+07:00"
    listing = fetch(server, "/post/")[1]
    assert "thg 11 19, 2026" in listing  # the UTC day in the listing (trap 3)
    # gallery captions live in attributes only, the footnote arrow is no text
    gallery = next(g for g in portal.GOLD if "chuyen-doi-so" in g["path"])
    assert [i["caption"] for i in gallery["images"]] == [None, None, None]
    notes = next(g for g in portal.GOLD if "toa-dam" in g["path"])
    assert "↩" not in notes["body"] and "công việc”, muôn" in notes["body"]
    # entries that look like posts print the same h1 + article-metadata layout
    for path in portal.NON_ARTICLES[2:6]:
        assert 'class="article-metadata"' in fetch(server, path)[1]
    # NFD text on the page, NFC in the gold (trap 11)
    nfd = next(g for g in portal.GOLD if "khao-sat" in g["path"])
    raw = fetch(server, nfd["path"])[1]
    assert unicodedata.normalize("NFD", "Có 2.146 phiếu hợp lệ") in raw
    assert "Có 2.146 phiếu hợp lệ" in nfd["body"]
    # the alias for /post/page/1/ and the host's 301 for a missing slash
    assert 'http-equiv="refresh"' in fetch(server, "/post/page/1/")[1]
    status, _, headers = fetch(server, "/gioi-thieu")
    assert status == 301 and headers["Location"] == "/gioi-thieu/"
