"""Self-checks of the smf_forum_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import smf_forum_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _get(server, target: str, cookie: str | None) -> tuple[int, str, dict[str, str]]:
    req = urllib.request.Request(server.url(target), headers={"Cookie": cookie} if cookie else {})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def _text(page: str) -> str:
    """The page's visible text, NFC, one line per block or <br>."""
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?i)</td>\s*<td[^>]*>", " | ", page)
    page = re.sub(r"(?i)<br\s*/?>|</(div|p|li|tr|h\d|blockquote|dd|dt|cite)>", "\n", page)
    page = html.unescape(re.sub(r"<[^>]+>", " ", page))
    lines = (collapse(line) for line in page.split("\n"))
    return "\n".join(line for line in lines if line)


def _links(page: str, base: str, *, skip_nofollow: bool = False) -> list[str]:
    out = []
    for tag in re.findall(r"<(?:a|link)\b[^>]*>", page):
        if 'rel="canonical"' in tag or 'rel="alternate"' in tag or 'rel="help"' in tag or 'rel="search"' in tag:
            continue
        if skip_nofollow and "nofollow" in tag:
            continue
        m = re.search(r'href="([^"]+)"', tag)
        if not m:
            continue
        url = urljoin(base, html.unescape(m.group(1)))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc or parts.scheme != "http":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if re.search(r"\.(jpg|png|gif|css|js|pdf|docx)$", parts.path) or "action=dlattach" in target:
            continue
        out.append(target)
    return out


def _crawl(server, *, cookies: bool, strip_sid: bool = False, skip_nofollow: bool = False) -> dict[str, str]:
    """Breadth-first over links from START_PATH; a cookie is sent once the site has set one (as Scrapy does)."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    cookie = None
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, headers = _get(server, target, cookie)
        seen[target] = body if status == 200 else ""
        if cookies and "Set-Cookie" in headers:
            cookie = headers["Set-Cookie"].split(";")[0]
        if status != 200:
            continue
        for link in _links(body, server.url(target), skip_nofollow=skip_nofollow):
            if strip_sid:
                link = re.sub(r"PHPSESSID=[0-9a-f]+&?", "", link).rstrip("?&")
            if link not in seen:
                queue.append(link)
        assert len(seen) < 400, "crawl does not end"
    return seen


def _first_post_marker(page: str) -> int | None:
    """The id of the topic whose opening post (no 'Reply #') this page prints."""
    m = re.search(r'<form action="[^"]*topic=(\d+)\.0"', page)
    if m and "« <strong>on:</strong>" in page:
        return int(m.group(1))
    m = re.search(r'<link rel="canonical" href="[^"]*\?topic=(\d+)\.0">\s*<title>Print Page', page)
    return int(m.group(1)) if m else None


GOLD_BY_TOPIC = {int(re.search(r"topic=(\d+)", g["path"]).group(1)): g for g in portal.GOLD}


def test_thirteen_gold_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = [p for g in portal.GOLD for p in (g["path"], *g.get("alt_paths", []))]
    assert len(every) == len(set(every)), "an address serves two articles"
    assert not set(every) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    title = unicodedata.normalize("NFC", html.unescape(re.search(r"<title>(.*?)</title>", body).group(1)))
    assert collapse(title) == gold["title"]
    assert gold["title"] in _text(body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_post(server, gold):
    _, canonical, _ = fetch(server, gold["path"])
    tid = _first_post_marker(canonical)
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _first_post_marker(body) == tid, alt


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    _, body, _ = _get(server, gold["path"], "PHPSESSID=x")
    text = _text(body)
    post = re.search(r'<div class="inner" data-msgid="\d+" id="msg_\d+">(.*?)</div>\s*</div>\s*(?:<div id="msg_\d+_footer"|'
                     r"</div>)", body, re.S)
    assert post
    post_lines = _text(post.group(1)).split("\n")
    for para in gold["body"].split("\n\n"):
        assert para in post_lines, para
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert html.escape(img["path"], quote=True) in body or img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the date: the print view prints every post time absolutely; a letterhead's day is in the text
    _, printed, _ = fetch(server, f"/index.php?action=printpage;topic={gold['path'].split('=')[1]}")
    if "T" in gold["published_at"]:
        when = datetime.fromisoformat(gold["published_at"]).strftime("%B %d, %Y, %I:%M:%S %p")
        assert f"on <strong>{when}</strong>" in printed
    else:
        day = datetime.fromisoformat(gold["published_at"])
        assert f"ngày {day.day} tháng {day.month} năm {day.year}" in text


def test_relative_dates_and_midnight_trap(server):
    _, body, _ = fetch(server, "/index.php?topic=43.0")
    assert "« <strong>on:</strong> <strong>Yesterday</strong> at 04:05:33 PM »" in body
    _, body, _ = fetch(server, "/index.php?topic=45.0")
    assert "« <strong>on:</strong> <strong>Today</strong> at 07:55:02 AM »" in body
    _, body, _ = fetch(server, "/index.php?topic=28.0")
    assert "November 06, 2026, 12:40:12 AM" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "« <strong>Reply" not in body or "topic=" in path


@pytest.mark.parametrize("target", [
    "/nope", "/index.php?topic=999.0", "/index.php?board=99.0", "/index.php?foo=bar", "/index.php?topic=34.45",
    "/index.php?action=nothing", "/index.php?page=khong-co", "/index.php?board=1.8", "/forum/index.php",
])
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_every_gold_reachable_with_cookies(server):
    seen = _crawl(server, cookies=True)
    for gold in portal.GOLD:
        addresses = {gold["path"], *gold["alt_paths"]}
        assert addresses & set(seen), gold["path"]
    # every fetched page that prints a gold post's opening is one of the gold's addresses
    for target, body in seen.items():
        tid = _first_post_marker(body)
        if tid in GOLD_BY_TOPIC:
            g = GOLD_BY_TOPIC[tid]
            assert target in {g["path"], *g["alt_paths"]}, target


def test_every_gold_reachable_without_cookies(server):
    seen = _crawl(server, cookies=False)
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & set(seen), gold["path"]
    for target, body in seen.items():
        tid = _first_post_marker(body)
        if tid in GOLD_BY_TOPIC:
            g = GOLD_BY_TOPIC[tid]
            assert target in {g["path"], *g["alt_paths"]}, target


def test_sensible_crawl_budget(server):
    seen = _crawl(server, cookies=True, strip_sid=True, skip_nofollow=True)
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    seen_all = _crawl(server, cookies=True, strip_sid=True)
    assert len(seen_all) <= 3 * (13 + len(portal.NON_ARTICLES)) + 25, len(seen_all)


def test_older_posts_only_behind_page_two(server):
    """Topics 23, 24 (board 1) and 26 (board 2) are linked from the boards' second pages, not their first."""
    hidden = {23, 24, 26}
    for target in ("/index.php", "/index.php?action=forum", "/index.php?board=1.0", "/index.php?board=2.0",
                   "/index.php?topic=28.0", "/index.php?topic=43.0", "/index.php?topic=41.0"):
        _, body, _ = _get(server, target, "PHPSESSID=x")
        linked = {int(t) for t in re.findall(r"\?topic=(\d+)\.", body)}
        assert not hidden & linked, target
    _, p2, _ = _get(server, "/index.php?board=1.4", "PHPSESSID=x")
    assert "topic=23.0" in p2 and "topic=24.0" in p2
    _, p2, _ = _get(server, "/index.php?board=2;start=4", "PHPSESSID=x")
    assert "topic=26.0" in p2


def test_session_id_links_without_cookie(server):
    status, body, headers = _get(server, "/index.php", None)
    assert status == 200
    assert f"PHPSESSID={portal.SID}" in headers["Set-Cookie"]
    assert f'href="{server.url("/index.php")}?PHPSESSID={portal.SID}&amp;board=1.0"' in body
    assert '<link rel="canonical" href="' + server.url("/index.php") + '">' in body
    _, body, _ = _get(server, "/index.php", "PHPSESSID=abc")
    assert "PHPSESSID=" + portal.SID + "&amp;" not in body


def test_replies_page_two_is_no_article(server):
    status, body, _ = fetch(server, "/index.php?topic=43.15")
    assert status == 200
    assert "« <strong>on:</strong>" not in body
    assert "« <strong>Reply #15 on:</strong>" in body
    status, same, _ = fetch(server, "/index.php?topic=43.msg177")
    assert status == 200 and _first_post_marker(same) is None
