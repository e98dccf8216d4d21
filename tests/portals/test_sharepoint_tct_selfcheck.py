"""Self-check of the SharePoint 2010 fixture: the fixture against itself, never the crawler.

It checks that every gold, alternative and non-article target answers 200 through a real
PortalServer, that the gold is well-formed and printed on its page, that walking from the start
page reaches every article when the platform's own mechanisms are used (links, redirects,
DataPager postbacks as form POSTs, ``RefreshPageTo`` URLs read out of ``onclick``), and that
those pagers and URL variants behave as the module documents.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import sharepoint_tct as portal

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_HREF = re.compile(r'href="([^"]*)"')
_POSTBACK = re.compile(r"javascript:__doPostBack\('([^']+)','([^']*)'\)")
_REFRESH = re.compile(r"RefreshPageTo\(event, &quot;([^&]+(?:&(?!quot;)[^&]*)*)&quot;\)")
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />')
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_SKIP = re.compile(r"^/_layouts/(?!listfeed)|^/_login/", re.I)
KEYS = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
        "summary", "body", "images", "category"}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str, data: bytes | None = None) -> tuple[int, str, str]:
    """Status, final target (after redirects) and body."""
    try:
        with _OPENER.open(server.url(target), data=data, timeout=10) as resp:
            parts = urlsplit(resp.geturl())
            final = parts.path + (f"?{parts.query}" if parts.query else "")
            return resp.status, final, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, target, ""


def _text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _postback(server: PortalServer, target: str, body: str, event: str, argument: str = "") -> str:
    """Submit the page's form as __doPostBack would: its hidden fields plus the event."""
    fields = {name: html.unescape(value) for name, value in _HIDDEN.findall(body)}
    fields["__EVENTTARGET"] = event
    fields["__EVENTARGUMENT"] = argument
    return _get(server, target, urlencode(fields).encode())[2]


def _refresh_urls(body: str) -> list[str]:
    return [m.replace("\\u0026", "&") for m in _REFRESH.findall(body)]


def _golds_by_target() -> dict[str, dict]:
    out = {}
    for gold in portal.GOLD:
        for target in [gold["path"], *gold.get("alt_paths", [])]:
            out[target] = gold
    return out


def test_contract_shape() -> None:
    assert portal.NAME == "sharepoint_tct"
    assert portal.PLATFORM == "sharepoint"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2
    assert all(portal.pages_of(c) >= 2 for c in portal.CATS)
    assert len(portal.notices()) > portal.NOTICE_ROWS


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    assert all(p.strip() == p and p for p in gold["body"].split("\n\n"))
    if gold["summary"] is not None:
        assert gold["body"].split("\n\n")[0] == gold["summary"]
    assert gold["category"] in {c.name for c in portal.CATS.values()} | {portal.NOTICE_CAT}
    assert gold["canonical_path"] == gold["path"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}


def test_article_mix_is_varied() -> None:
    golds = portal.GOLD
    assert any(len(g["images"]) >= 2 and len(g["body"].split("\n\n")) >= 4 for g in golds)
    assert any(" | " in g["body"] for g in golds)
    assert any(n.opts.get("attachment") for n in portal.NOTICE_ITEMS)
    assert any(len(g["images"]) >= 3 and len(g["body"].split("\n\n")) == 1 for g in golds)
    assert any(not g["authors"] and not g["source"] for g in golds)
    assert any(g["source"] for g in golds)
    assert any(g["summary"] for g in golds)
    assert any("T" in g["published_at"] for g in golds)
    assert any("T" not in g["published_at"] for g in golds)
    assert any(g["photographers"] and g["photographers"] != g["authors"] for g in golds)
    assert any(img["caption"] is None for g in golds for img in g["images"])
    assert any(s.opts.get("nfd") for s in portal.STORIES)


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    failures = []
    for target in dict.fromkeys(targets + portal.NON_ARTICLES):
        status, final, _ = _get(server, target)
        if status != 200 or final != target:
            failures.append((target, status, final))
    assert not failures


def test_start_and_sign_in_redirect(server: PortalServer) -> None:
    assert _get(server, "/")[1] == "/Pages/default.aspx"
    status, final, body = _get(server, "/_layouts/Authenticate.aspx?Source=%2FPages%2Fdefault%2Easpx")
    assert status == 200 and final.startswith("/_login/default.aspx?ReturnUrl=") and "Mật khẩu" in body
    assert _get(server, "/_layouts/viewlsts.aspx")[1].startswith("/_login/default.aspx")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, _, raw = _get(server, gold["path"])
    assert status == 200
    markup = unicodedata.normalize("NFC", html.unescape(raw))
    page = _text(raw)
    if "DispForm.aspx" in gold["path"]:
        assert f'Tiêu đề</h3></td>\n<td valign="top" class="ms-formbody" width="400px">{gold["title"]}</td>' in markup
    else:
        assert f'<h1 class="tieu-de-tin">{gold["title"]}</h1>' in markup
    for paragraph in gold["body"].split("\n\n"):
        for cell in paragraph.split(" | "):  # a table row: its cells, one per cell element
            assert cell in page, cell[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert gold["source"] in page
    for image in gold["images"]:
        assert f'src="{image["path"]}"' in markup
        if image["caption"]:
            assert f"({image['caption']})" in page
    assert gold["category"] in page
    assert 'rel="canonical"' not in raw
    assert portal.CLOCK in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_published_at_is_printed(server: PortalServer, gold: dict) -> None:
    stamp = gold["published_at"]
    y, m, d = stamp[:10].split("-")
    page = _text(_get(server, gold["path"])[2])
    if "DispForm.aspx" in gold["path"]:
        assert f"Ngày đăng {d}/{m}/{y}" in page
        created = re.search(r"Đã tạo lúc (\d\d/\d\d/\d{4})", page).group(1)
        assert created != f"{d}/{m}/{y}"  # the record time is another day: not the publication
        return
    if "T" in stamp:
        hour, minute = int(stamp[11:13]), stamp[14:16]
        mark = "SA" if hour < 12 else "CH"
        assert f"{d}/{m}/{y} {hour % 12 or 12}:{minute} {mark}" in page
    else:
        assert f"Ngày {d}-{m}-{y}" in page


def test_walk_reaches_every_article_with_the_platforms_mechanisms(server: PortalServer) -> None:
    """Links, redirects, postbacks (form POST) and RefreshPageTo URLs, from the start page."""
    host = urlsplit(server.base_url).netloc
    golds = _golds_by_target()
    reached: set[str] = set()
    seen: set[str] = set()
    posted: set[tuple[str, str]] = set()
    pages: deque[tuple[str, str]] = deque()
    status, final, body = _get(server, portal.START_PATH)
    pages.append((final, body))
    fetches = 0
    while pages:
        target, body = pages.popleft()
        if target in golds:
            reached.add(golds[target]["path"])
        hrefs = [html.unescape(h) for h in _HREF.findall(body)] + _refresh_urls(body)
        for href in hrefs:
            link = urlsplit(urljoin(server.url(target), href))
            if link.scheme != "http" or link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt in seen or _SKIP.match(link.path) or link.path.lower().endswith((".pdf", ".jpg", ".png", ".gif", ".css", ".js", ".ico")):
                continue
            seen.add(nxt)
            fetches += 1
            status, final, page = _get(server, nxt)
            assert status == 200, nxt
            if final not in seen or final == nxt:
                seen.add(final)
                pages.append((final, page))
        for event, argument in _POSTBACK.findall(body):
            if (target, event) in posted:
                continue
            posted.add((target, event))
            fetches += 1
            pages.append((target, _postback(server, target, body, event, argument)))
        assert fetches < 400
    assert {g["path"] for g in portal.GOLD} <= reached
    # every category's pager was driven by POST
    for cat in portal.CATS.values():
        assert any(t == cat.page and e.startswith(f"ctl00$m${cat.wp}$") for t, e in posted)


def test_category_pages_are_paged_only_by_postback(server: PortalServer) -> None:
    for cat in portal.CATS.values():
        items = portal.in_cat(cat.key)
        first = _get(server, cat.page)[2]
        second_ids = {s.id for s in items[cat.per_page : 2 * cat.per_page]}
        assert not any(f"ItemID={i}\"" in first for i in second_ids)
        for query in ("?Page=2", "?p=2", "?PageIndex=2"):
            assert not any(f"ItemID={i}\"" in _get(server, cat.page + query)[2] for i in second_ids)
        numbered = _postback(server, cat.page, first, portal._pager_target(cat, "ctl01$ctl01"))
        following = _postback(server, cat.page, first, portal._pager_target(cat, "ctl02$ctl00"))
        for page in (numbered, following):
            assert all(f"ItemID={i}\"" in page for i in second_ids)
        # "Trang sau" counts from the page kept in the view state: from page 1 without it
        fields = {"__EVENTTARGET": portal._pager_target(cat, "ctl02$ctl00"), "__EVENTARGUMENT": ""}
        stateless = _get(server, cat.page, urlencode(fields).encode())[2]
        assert all(f"ItemID={i}\"" in stateless for i in second_ids)


def test_list_view_pager_reads_from_onclick(server: PortalServer) -> None:
    first = _get(server, f"{portal.NOTICES}/AllItems.aspx")[2]
    assert 'href="javascript:"' in first
    urls = _refresh_urls(first)
    assert len(urls) == 1 and "Paged=TRUE&p_NgayDang=" in urls[0] and "PageFirstRow=3" in urls[0]
    second = _get(server, urls[0])[2]
    rest = portal.notices()[portal.NOTICE_ROWS :]
    assert all(portal.dispform(n) in second for n in rest)
    back = _refresh_urls(second)
    assert back and "PagedPrev=TRUE" in back[0]
    assert portal.dispform(portal.notices()[0]) in _get(server, back[0])[2]


def _main(body: str) -> str:
    return body.split('<a name="mainContent"></a>', 1)[1].split('<div class="tct-footer', 1)[0]


def test_url_variants_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        main = _main(_get(server, gold["path"])[2])
        for alt in gold.get("alt_paths", []):
            assert _main(_get(server, alt)[2]) == main
    home = _get(server, "/Pages/default.aspx")[2]
    copyutil = [html.unescape(h) for h in _HREF.findall(home) if "CopyUtil.aspx" in h]
    assert len(copyutil) == len(portal.NOTICE_ITEMS)
    finals = {_get(server, h)[1] for h in copyutil}
    assert finals == {a for g in portal.GOLD for a in g.get("alt_paths", []) if "DispForm" in a}


def test_chrome_is_there(server: PortalServer) -> None:
    body = _get(server, portal.GOLD[0]["path"])[2]
    assert '<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">' in body
    assert ">Skip to main content</a>" in body
    assert "<title>\r\n\tChi tiết tin\r\n</title>" in body
    assert 'name="__VIEWSTATE"' in body and 'name="__REQUESTDIGEST"' in body


def test_feed_lists_the_notices(server: PortalServer) -> None:
    feed = _get(server, "/_layouts/listfeed.aspx?List=%7B8E2C4A6B-1D3F-4B5A-8C7E-9F0A2B4C6D8E%7D")[2]
    for notice in portal.NOTICE_ITEMS:
        assert f"{server.base_url}{portal.dispform(notice)}</link>" in feed


def test_some_pages_are_served_decomposed(server: PortalServer) -> None:
    decomposed = [g for g in portal.GOLD if not unicodedata.is_normalized("NFC", _get(server, g["path"])[2])]
    assert 1 <= len(decomposed) < len(portal.GOLD)


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[1]["path"]
    assert _get(server, target)[2] == _get(server, target)[2]
