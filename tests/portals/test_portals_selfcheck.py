"""Self-check of the four fixture portals: each fixture against itself, never the crawler.

Why: an end-to-end test that fails because a fixture 404s, or because its gold promises text
the page does not print, wastes a debugging session on the wrong side. Nothing here imports the
extractor or the spider: it checks that every gold target is served (200, through a real
PortalServer), that the gold is well-formed and its text is on its page, that non-articles
answer 200, that following links (and ASP.NET postbacks) from the start page reaches every
article, and that each platform's trap behaves as documented.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from crawler.portals import load

from . import aspnet, joomla, portlet, wordpress

PORTALS: list[ModuleType] = [portlet, aspnet, wordpress, joomla]
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_POSTBACK = re.compile(r"javascript:__doPostBack\('([^']+)','(Page\$\d+)'\)")
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" id="[^"]*" value="([^"]*)" />')
_CHARSET = re.compile(r"charset=([\w-]+)")
#: links the reachability walk never follows: calendars, print/mail views, comment replies, feeds
_SKIP = re.compile(r"com_jevents|tmpl=component|com_mailto|replytocom|/feed/|format=feed|/c/portal/login|ctl=Login")
TODAY = "Thứ Tư, ngày 25/11/2026"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        """Refuse every redirect: a 3xx then surfaces as an HTTPError with its status."""
        return None


_FOLLOW = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_STRICT = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def _fetch(server: PortalServer, target: str, data: bytes | None = None, follow: bool = True) -> tuple[int, str, str]:
    """Status, final target and decoded body (charset from the Content-Type header)."""
    opener = _FOLLOW if follow else _STRICT
    try:
        with opener.open(server.url(target), data=data, timeout=10) as resp:
            raw = resp.read()
            charset = _CHARSET.search(resp.headers.get("Content-Type", "")) or None
            parts = urlsplit(resp.geturl())
            final = parts.path + (f"?{parts.query}" if parts.query else "")
            return resp.status, final, raw.decode(charset.group(1) if charset else "utf-8")
    except urllib.error.HTTPError as err:
        return err.code, target, ""


def _reader_text(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed: for substring checks."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, PortalServer]]:
    """One running server per portal for the whole module."""
    started = [PortalServer(m.build_site(), host="127.0.0.1").start() for m in PORTALS]
    yield {m.NAME: srv for m, srv in zip(PORTALS, started, strict=True)}
    for srv in started:
        srv.stop()


_by_portal = pytest.mark.parametrize("module", PORTALS, ids=lambda m: m.NAME)


def test_contract_and_configs() -> None:
    total = 0
    for module in PORTALS:
        assert module.START_PATH == "/"
        assert module.PLATFORM in {"portlet", "aspnet", "wordpress", "joomla"}
        config = load(module.NAME)
        assert config.name == module.NAME and config.start_urls
        paths = [g["path"] for g in module.GOLD]
        assert 8 <= len(paths) <= 10 and len(set(paths)) == len(paths)
        assert not set(paths) & set(module.NON_ARTICLES)
        assert len(set(module.NON_ARTICLES)) == len(module.NON_ARTICLES)
        total += len(paths)
    assert total >= 34
    assert Path(load("portlet").source).parent == Path(load("joomla").source).parent


@_by_portal
def test_gold_is_well_formed(module: ModuleType) -> None:
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers",
            "source", "summary", "body", "images", "category"}
    for g in module.GOLD:
        assert keys <= set(g), g["path"]
        assert g["path"].startswith("/") and g["canonical_path"].startswith("/")
        for key in ("title", "body", "category"):
            assert isinstance(g[key], str) and g[key].strip() == g[key] and g[key]
            assert unicodedata.is_normalized("NFC", g[key])
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs), g["path"]
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for key in ("authors", "photographers"):
            assert all(isinstance(n, str) and n and n == n.strip() for n in g[key])
        assert g["source"] is None or (isinstance(g["source"], str) and g["source"])
        for img in g["images"]:
            assert ("path" in img and img["path"].startswith("/")) or img["url"].startswith("http")
            assert img["caption"] is None or (img["caption"] and unicodedata.is_normalized("NFC", img["caption"]))
            assert not (img["caption"] or "").lower().endswith((".jpg", ".jpeg", ".png"))
            for paragraph in paragraphs:
                assert img["caption"] is None or img["caption"] != paragraph


@_by_portal
def test_gold_targets_serve_their_text(module: ModuleType, servers: dict[str, PortalServer]) -> None:
    server = servers[module.NAME]
    for g in module.GOLD:
        status, final, body = _fetch(server, g["path"], follow=False)
        assert (status, final) == (200, g["path"])
        page = _reader_text(body)
        assert g["title"] in page
        for paragraph in g["body"].split("\n\n"):
            assert paragraph in page, (g["path"], paragraph[:60])
        for img in g["images"]:
            if img["caption"]:
                assert img["caption"] in page
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        assert TODAY in page and "Bản quyền thuộc" in page and "Lượt xem" in page
        srcs = {urljoin(server.url(g["path"]), html.unescape(s)) for s in re.findall(r'src="([^"]+)"', body)}
        for img in g["images"]:
            assert (server.url(img["path"]) if "path" in img else img["url"]) in srcs
        for alt in g.get("alt_paths", []):
            status, _, alt_body = _fetch(server, alt, follow=False)
            assert status == 200 and g["body"].split("\n\n")[-1] in _reader_text(alt_body)


@_by_portal
def test_non_articles_answer_200(module: ModuleType, servers: dict[str, PortalServer]) -> None:
    server = servers[module.NAME]
    for target in module.NON_ARTICLES:
        status, _, _ = _fetch(server, target, follow=False)
        assert status == 200, target


def _links(body: str, page_url: str, server: PortalServer) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not _SKIP.search(target) and not re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", parts.path, re.I):
            out.append(target)
    return out


@_by_portal
def test_every_article_is_reachable_from_the_start_page(module: ModuleType, servers: dict[str, PortalServer]) -> None:
    """A breadth-first walk over links and pager postbacks, as any crawler could do it."""
    server = servers[module.NAME]
    seen: set[str] = set()
    queue: deque[tuple[str, bytes | None, str]] = deque([(module.START_PATH, None, "")])
    while queue and len(seen) < 400:
        target, data, postback = queue.popleft()
        key = target + (f"#POST:{postback}" if data else "")
        if key in seen:
            continue
        seen.add(key)
        status, final, body = _fetch(server, target, data=data)
        seen.add(final)
        if status != 200:
            continue
        queue.extend((t, None, "") for t in _links(body, server.url(final), server))
        hidden = dict(_HIDDEN.findall(body))
        for event_target, argument in set(_POSTBACK.findall(body)):
            form = {**hidden, "__EVENTTARGET": event_target, "__EVENTARGUMENT": argument}
            queue.append((final, urlencode(form).encode(), f"{event_target}:{argument}"))
    for g in module.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & seen, g["path"]


def test_portlet_traps(servers: dict[str, PortalServer]) -> None:
    server = servers[portlet.NAME]
    with_canonical = 0
    for story, g in zip(portlet.STORIES, portlet.GOLD, strict=True):
        _, _, body = _fetch(server, g["path"])
        _, _, maxi = _fetch(server, portlet.maximized(g["path"]))
        assert "<title>Xem chi tiết - Sở Giáo dục" in body and 'class="portlet-msg-error"' in maxi
        assert _reader_text(maxi).count(g["body"].split("\n\n")[-1]) == 1
        with_canonical += 'rel="canonical"' in body
        assert ('rel="canonical"' in body) == story.opts["canonical"]
    assert 0 < with_canonical < len(portlet.GOLD)
    _, _, page2 = _fetch(server, portlet.page_target(portlet.CATS["tin-tuc"], 2))
    assert "p_p_state=maximized&amp;p_p_mode=view" in page2 and re.search(r"\d\d:\d\d (AM|PM)", page2)
    _, _, exams = _fetch(server, portlet.CATS["thi-tuyen-sinh"].path)
    assert "12:15 CH" in exams


def test_aspnet_postback_paging(servers: dict[str, PortalServer]) -> None:
    server = servers[aspnet.NAME]
    listing = aspnet.tab_path(55)
    _, _, first = _fetch(server, listing)
    for noise in ("&Page=2", "&__EVENTTARGET=dnn$ctr512$ListNews$pager&__EVENTARGUMENT=Page$2"):
        assert _fetch(server, listing + noise)[2].count("news-title") == first.count("news-title")
        assert re.findall(r'class="news-title" href="([^"]+)"', _fetch(server, listing + noise)[2]) == re.findall(
            r'class="news-title" href="([^"]+)"', first
        )
    hidden = dict(_HIDDEN.findall(first))
    pages, states = [], {hidden["__VIEWSTATE"]}
    for n in (2, 3):
        form = {**hidden, "__EVENTTARGET": aspnet.PAGER_TARGET, "__EVENTARGUMENT": f"Page${n}"}
        _, _, body = _fetch(server, listing, data=urlencode(form).encode())
        pages.append(re.findall(r'class="news-title" href="([^"]+)"', body))
        states.add(dict(_HIDDEN.findall(body))["__VIEWSTATE"])
        del form["__VIEWSTATE"]
        _, _, no_state = _fetch(server, listing, data=urlencode(form).encode())
        assert "Page$2" in no_state and no_state.count("news-title") == first.count("news-title")
    assert len(states) == 3 and all(len(s) > 1000 for s in states)
    assert pages[0] and pages[1] and not set(pages[0]) & set(pages[1])
    assert 'id="Form"' in first and first.count("<form") == 1 and "__EVENTVALIDATION" in first
    status, _, legacy = _fetch(server, "/tin-tuc/ArticleDetail.aspx?_Article_ID=118")
    assert status == 200 and '<meta charset="windows-1258"' in legacy
    assert not unicodedata.is_normalized("NFC", legacy)


def test_aspnet_older_pages_need_the_postback(servers: dict[str, PortalServer]) -> None:
    """No GET-reachable page links the articles of list pages 2 and 3."""
    server = servers[aspnet.NAME]
    older = {aspnet.article_path(s) for s in aspnet.in_tab(55)[aspnet.PER_PAGE :]}
    first = [aspnet.article_path(s) for s in aspnet.in_tab(55)[: aspnet.PER_PAGE]]
    for target in ["/", aspnet.tab_path(55), aspnet.tab_path(56), *first]:
        _, final, body = _fetch(server, target)
        assert not older & set(_links(body, server.url(final), server)), target


def test_wordpress_traps(servers: dict[str, PortalServer]) -> None:
    server = servers[wordpress.NAME]
    assert _fetch(server, "/chuyen-muc/tin-tuc/page/4/", follow=False)[0] == 404
    assert _fetch(server, "/feed/")[2].startswith("<?xml")
    g = wordpress.GOLD[6]
    _, _, reply = _fetch(server, g["alt_paths"][0])
    assert f'rel="canonical" href="{server.url(g["canonical_path"])}"' in reply
    with_jsonld = sum('"NewsArticle"' in _fetch(server, x["path"])[2] for x in wordpress.GOLD)
    assert len(wordpress.GOLD) / 2 < with_jsonld < len(wordpress.GOLD)


def test_joomla_traps(servers: dict[str, PortalServer]) -> None:
    server = servers[joomla.NAME]
    target = joomla.cal_path(*joomla.CAL_START)
    for _ in range(24):
        _, _, body = _fetch(server, target)
        target = html.unescape(re.search(r'class="jev_next" href="([^"]+)"', body).group(1))
    assert "year=2028&month=11" in target
    raw_nfd = sum(
        not unicodedata.is_normalized("NFC", _fetch(server, g["path"])[2]) for g in joomla.GOLD
    )
    assert raw_nfd >= 3
    bodies = "".join(_fetch(server, g["path"])[2] for g in joomla.GOLD)
    assert re.search(r"&[a-z]+;", bodies) and re.search(r"&#\d{3,};", bodies)
    _, _, printed = _fetch(server, joomla.print_path(joomla.STORIES[0]))
    assert joomla.GOLD[0]["body"].split("\n\n")[0] in _reader_text(printed)
