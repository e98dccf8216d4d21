"""Self-checks of the sharepoint2013_egov_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sharepoint2013_egov_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

HREF = re.compile(r"""<a\b[^>]*?\bhref="([^"]+)\"""", re.I)
POSTBACK = re.compile(r"__doPostBack\('([^']+)','([^']*)'\)")
ACTION = re.compile(r'<form\b[^>]*\baction="([^"]*)"', re.I)
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, data: dict[str, str]) -> tuple[int, str]:
    req = urllib.request.Request(server.url(target), data=urllib.parse.urlencode(data).encode(), method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def page_text(body: str) -> str:
    text = re.sub(r"<script\b.*?</script>", " ", body, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", " ", text)
    return collapse(_html.unescape(text).replace("\u200b", ""))


def _local(base: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")):
        return None
    absolute = urllib.parse.urljoin("http://fixture.invalid" + base, href)
    parts = urllib.parse.urlsplit(absolute)
    if parts.netloc != "fixture.invalid":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer) -> tuple[set[str], int, set[str]]:
    """A small breadth-first walk: GET links, follow redirects, submit numbered postback pager links.

    Returns the pages that answered 200 (by target), the number of page requests, and the
    targets only seen through a POST."""
    seen: set[str] = set()
    ok: set[str] = set()
    via_post: set[str] = set()
    requests = 0
    queue: deque[tuple[str, str, dict | None]] = deque([("GET", portal.START_PATH, None)])
    keys: set[tuple] = set()
    while queue:
        method, target, data = queue.popleft()
        # a pager link is known by its control: page 1 is the GET, "next"/"previous" repeat numbers
        key = (method, target, data["__EVENTTARGET"] if data else None)
        if key in keys:
            continue
        keys.add(key)
        if method == "GET" and target in seen:
            continue
        if method == "GET" and re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx)$", target.split("?")[0], re.I):
            continue
        requests += 1
        if method == "GET":
            seen.add(target)
            status, body, headers = fetch(server, target)
        else:
            status, body = post(server, target, data)
            headers = {}
        if status in (301, 302):
            loc = _local(target, headers.get("Location", ""))
            if loc:
                queue.append(("GET", loc, None))
            continue
        if status != 200:
            continue
        if method == "GET":
            ok.add(target)
        for href in HREF.findall(body):
            loc = _local(target, href)
            if loc and loc not in seen:
                if method == "POST":
                    via_post.add(loc)
                queue.append(("GET", loc, None))
        m = ACTION.search(body)
        if m:
            action = _local(target, m.group(1))
            hidden = {n: _html.unescape(v) for n, v in HIDDEN.findall(body)}
            hidden.update(re.findall(r'name="(__EVENTVALIDATION)" id="[^"]*" value="([^"]*)"', body))
            for evt, arg in POSTBACK.findall(body):
                if evt.endswith(("lbtSau", "lbtTruoc", "$ctl00$lbtTrang")):
                    continue
                form = dict(hidden, __EVENTTARGET=evt, __EVENTARGUMENT=arg)
                queue.append(("POST", action, form))
    get_reached = ok
    return get_reached, requests, via_post


@pytest.fixture(scope="module")
def walk(server):
    return crawl(server)


def test_constants():
    assert portal.NAME == "sharepoint2013_egov_pgd"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_fields(server, gold):
    story = next(s for s in portal.STORIES if portal.article_path(s) == gold["path"])
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = page_text(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert _html.escape(img["path"]) in body or img["path"] in body
            if img["caption"]:
                assert img["caption"] in text
        assert story.opts["date"] in text
        assert gold["category"] in text


def test_gold_reachable_from_start(walk):
    reached, _, _ = walk
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]


def test_some_articles_only_behind_postback(walk):
    _, _, via_post = walk
    only_post = {
        portal.article_path(s)
        for s in portal.STORIES
        if s.slug in ("kiem-tra-ban-tru-mam-non", "khai-giang-lop-boi-duong-can-bo-quan-ly")
    }
    assert only_post <= via_post
    # and no GET-reachable page links them
    with PortalServer(portal.build_site()) as srv:
        get_only: set[str] = set()
        queue = deque([portal.START_PATH])
        seen: set[str] = set()
        while queue:
            target = queue.popleft()
            if target in seen or re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx)$", target.split("?")[0], re.I):
                continue
            seen.add(target)
            status, body, headers = fetch(srv, target)
            if status in (301, 302):
                loc = _local(target, headers.get("Location", ""))
                if loc:
                    queue.append(loc)
                continue
            for href in HREF.findall(body):
                loc = _local(target, href)
                if loc:
                    get_only.add(loc)
                    queue.append(loc)
    assert not (only_post & get_only)


def test_request_budget(walk):
    _, requests, _ = walk
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_non_articles(server, walk):
    reached, _, _ = walk
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
        assert path in reached, path


def test_unknown_paths_404(server):
    for target in [
        "/phonggiaoduc/Pages/khong-co-trang-nay.aspx",
        "/phonggiaoduc/Pages/tin-tuc.aspx?ItemID=999",
        "/phonggiaoduc/Pages/tin-tuc.aspx?CatID=9",
        "/phonggiaoduc/Pages/van-ban.aspx?ItemID=7",
        "/khong-ton-tai",
    ]:
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_platform_traps_are_in_place(server):
    item = next(s for s in portal.STORIES if s.opts["kind"] == "item")
    status, body, _ = fetch(server, portal.article_path(item))
    assert status == 200
    # the canonical of an item view is the listing (query dropped), its <title> the host page
    assert re.search(r'<link rel="canonical" href="http://[^"]+/phonggiaoduc/Pages/tin-tuc\.aspx" />', body)
    assert "<title>\r\n\tTin tức\r\n</title>" in body
    assert 'class="ms-WPBody noindex"' in body
    assert "\u200b" in body
    # CopyUtil redirects
    status, _, headers = fetch(server, portal.copyutil_path(item))
    assert status == 302 and headers["Location"] == portal.article_path(item)
    # a postback with a view state the page never issued is ASP.NET's error
    status, _ = post(
        server, "/phonggiaoduc/Pages/tin-tuc.aspx", {"__EVENTTARGET": f"{portal.WP}$ctl00$lbtSau", "__VIEWSTATE": "x"}
    )
    assert status == 500
    # case variant serves the same page
    page_story = next(s for s in portal.STORIES if s.opts["kind"] == "page")
    assert fetch(server, portal.cased_path(page_story))[0] == 200
    assert fetch(server, "/")[0] == 302
