"""Self-check of the hostile test portal: every fault behaves as designed.

Why: the crawler's fault tests (issue 8) are only as good as this portal. These checks talk HTTP to
a real loopback server with ``http.client`` (no redirects followed, nothing decoded for us), so
what is checked is what a crawler will see. The off-site redirect targets are never requested.
The gold text and the link graph are checked in-process (``site.respond``), which skips delays.
"""

from __future__ import annotations

import gzip
import html
import http.client
import re
import time
import unicodedata
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer, Request, Response

try:  # importable as a package when tests/ is one, else from this folder (pytest's rootdir mode)
    from tests.portals import hostile
    from tests.portals._common import from_tcvn3
except ImportError:
    import hostile
    from _common import from_tcvn3

HOST = "127.0.0.1:8000"
SESSION = re.compile(r";jsessionid=([0-9A-Fa-f]+)")


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    complete: bool = True


@pytest.fixture(scope="module")
def server():
    """One server for the module (stopping one costs half a second). First-hit faults stay
    testable because each fault target is asked for by one test only."""
    with PortalServer(hostile.build_site()) as srv:
        yield srv


def fetch(server: PortalServer, target: str, timeout: float = 10.0) -> Answer:
    """One GET, raw: no redirect following, no content decoding."""
    conn = http.client.HTTPConnection(server.host, server.port, timeout=timeout)
    try:
        conn.request("GET", target, headers={"Accept-Encoding": "gzip"})
        resp = conn.getresponse()
        headers = {k.lower(): v for k, v in resp.getheaders()}
        try:
            return Answer(resp.status, headers, resp.read())
        except http.client.IncompleteRead as exc:
            return Answer(resp.status, headers, exc.partial, complete=False)
    finally:
        conn.close()


def links(body: bytes) -> list[str]:
    """The targets of the page's <a> elements (not stylesheets or canonical links)."""
    return [
        html.unescape(h) for h in re.findall(r'<a\s[^>]*?href="([^"]*)"', body.decode("latin-1"))
    ]


def strip_session(target: str) -> str:
    return SESSION.sub("", target)


# --- HTTP: the faults ---------------------------------------------------------------------------


def test_robots_disallows_admin_without_crawl_delay(server):
    robots = fetch(server, "/robots.txt")
    assert robots.status == 200
    text = robots.body.decode()
    assert "User-agent: *" in text and "Disallow: /admin/" in text
    assert "crawl-delay" not in text.lower()
    home = fetch(server, "/")
    assert hostile.ADMIN_PATH in {strip_session(h) for h in links(home.body)}
    assert all(p.startswith("/admin/") for p in hostile.ROBOTS_DISALLOWED)


def test_session_id_on_every_internal_link_fresh_on_every_view(server):
    first, second = fetch(server, "/"), fetch(server, "/")
    internal = [
        h for h in links(first.body) if h.startswith("/") and not h.startswith("/templates/")
    ]
    assert internal and all(SESSION.search(h) for h in internal)
    ids_first = set(SESSION.findall(first.body.decode()))
    ids_second = set(SESSION.findall(second.body.decode()))
    assert len(ids_first) == 1 and len(ids_second) == 1 and ids_first != ids_second
    # the site answers with or without a session id
    with_id = fetch(server, hostile.TRAPS["session"])
    assert with_id.status == 200 and "Tin tức - Sự kiện" in with_id.body.decode()


def test_503_with_retry_after_on_first_hit_only(server):
    target = hostile.article_path(118)
    first = fetch(server, target)
    assert first.status == 503 and first.headers.get("retry-after") == "1"
    assert fetch(server, target).status == 200


def test_500_twice_then_ok(server):
    target = hostile.article_path(116)
    assert [fetch(server, target).status for _ in range(3)] == [500, 500, 200]


def test_500_forever(server):
    assert {fetch(server, hostile.article_path(117)).status for _ in range(4)} == {500}


def test_listing_page_502_on_first_hit(server):
    target = hostile.listing_path(2)
    assert fetch(server, target).status == 502
    again = fetch(server, target)
    assert again.status == 200 and "Đoàn công tác Học viện Chính trị" in again.body.decode()


def test_slow_article_answers_after_delay(server):
    started = time.monotonic()
    answer = fetch(server, hostile.article_path(114))
    assert answer.status == 200 and time.monotonic() - started >= hostile.SLOW_SECONDS - 0.1


def test_hanging_article_times_out(server):
    with pytest.raises(TimeoutError):
        fetch(server, hostile.article_path(112), timeout=1.0)


def test_connection_cut_first_hit_only(server):
    target = hostile.article_path(111)
    first = fetch(server, target)
    assert first.status == 200 and not first.complete
    second = fetch(server, target)
    assert second.complete and hostile.BY_ID[111].title in second.body.decode()


def test_connection_cut_forever(server):
    assert [fetch(server, hostile.article_path(109)).complete for _ in range(3)] == [False] * 3


def test_redirect_loop(server):
    start = hostile.article_path(hostile.LOOP_ID)
    first = fetch(server, start)
    assert first.status in (301, 302) and first.headers["location"] == hostile.LOOP_OTHER
    second = fetch(server, first.headers["location"])
    assert second.status in (301, 302) and second.headers["location"] == start


def test_redirect_chain_of_twelve_ends_at_article(server):
    target, hops = hostile.REDIRECT_CHAIN["start"], 0
    answer = fetch(server, target)
    while answer.status in (301, 302):
        hops += 1
        target = answer.headers["location"]
        assert target.startswith("/")
        answer = fetch(server, target)
    assert hops == hostile.REDIRECT_CHAIN["hops"] == 12
    assert target == hostile.REDIRECT_CHAIN["final"]
    assert answer.status == 200 and hostile.BY_ID[hostile.CHAIN_ID].title in answer.body.decode()


def test_offsite_redirects_point_away_and_are_not_followed(server):
    # only the on-site redirectors are asked; their targets must never be requested
    for entry in hostile.OFFSITE_REDIRECTS:
        answer = fetch(server, entry["path"])
        assert answer.status in (301, 302)
        assert answer.headers["location"] == entry["location"].format(port=server.port)
    locations = {e["location"].format(port=server.port) for e in hostile.OFFSITE_REDIRECTS}
    assert {urlsplit(u).hostname for u in locations} == {"127.0.0.2", "169.254.169.254"}


def test_large_page(server):
    answer = fetch(server, hostile.LARGE[0])
    assert answer.status == 200 and answer.headers["content-type"].startswith("text/html")
    assert len(answer.body) >= 6_000_000 and answer.body.rstrip().endswith(b"</html>")


def test_pdf_and_png_served_as_html(server):
    pdf, png = (fetch(server, t) for t in hostile.NON_HTML)
    for answer in (pdf, png):
        assert answer.status == 200 and answer.headers["content-type"].startswith("text/html")
    assert pdf.body.startswith(b"%PDF-") and png.body.startswith(b"\x89PNG\r\n\x1a\n")


def test_empty_200(server):
    answer = fetch(server, hostile.EMPTY[0])
    assert answer.status == 200 and answer.body == b"" and answer.headers["content-length"] == "0"


def test_gzip_that_lies(server):
    answer = fetch(server, hostile.LYING_GZIP[0])
    assert answer.status == 200 and answer.headers["content-encoding"] == "gzip"
    assert not answer.body.startswith(b"\x1f\x8b")
    with pytest.raises(OSError):
        gzip.decompress(answer.body)


def test_decompression_bomb(server):
    answer = fetch(server, hostile.BOMBS[0])
    assert answer.headers["content-encoding"] == "gzip" and len(answer.body) < 200_000
    inflater, size, data = zlib.decompressobj(31), 0, answer.body
    while data:  # stream it: never hold the 60 MB
        size += len(inflater.decompress(data, 1 << 20))
        data = inflater.unconsumed_tail
    assert size == hostile.BOMB_SIZE


def test_windows_1258_bytes_declared_utf8(server):
    answer = fetch(server, hostile.article_path(108))
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    with pytest.raises(UnicodeDecodeError):
        answer.body.decode("utf-8")
    text = answer.body.decode("cp1258")
    assert text != unicodedata.normalize("NFC", text)  # tone marks arrive as combining characters
    assert hostile.BY_ID[108].title in unicodedata.normalize("NFC", text)


def test_no_charset_anywhere(server):
    answer = fetch(server, hostile.article_path(107))
    assert answer.headers["content-type"] == "text/html"
    assert b"charset" not in answer.body.lower()
    assert hostile.BY_ID[107].title in answer.body.decode("utf-8")


def test_decomposed_unicode(server):
    text = fetch(server, hostile.article_path(106)).body.decode("utf-8")
    title = hostile.BY_ID[106].title
    assert unicodedata.normalize("NFD", title) in text and title not in text


def test_legacy_tcvn3_page(server):
    answer = fetch(server, hostile.LEGACY[0])
    assert answer.status == 200
    with pytest.raises(UnicodeDecodeError):
        answer.body.decode("utf-8")
    text = answer.body.decode("latin-1")
    assert "Tr\xadêng ChÝnh trÞ" in text and ".VnTime" in text
    assert hostile.BY_ID[hostile.LEGACY_ID].title in from_tcvn3(answer.body)


def test_broken_html_truncated_after_bylines(server):
    text = fetch(server, hostile.article_path(110)).body.decode().rstrip()
    assert (
        "</body>" not in text
        and "</html>" not in text
        and "</table>" not in text.split("news_content")[1]
    )
    assert text.endswith("<b>Ảnh: Minh Khoa</b>")


def test_calendar_is_endless(server):
    target = hostile.TRAPS["calendar"]
    seen = set()
    for _ in range(24):
        answer = fetch(server, target)
        assert answer.status == 200
        seen.add(target)
        nxt = [h for h in links(answer.body) if "module=calendar" in h]
        target = strip_session(nxt[-1])  # "Tháng sau »" is the last calendar link
    assert len(seen) == 24 and target.endswith("year=2027")


def test_search_pages_link_endless_new_queries(server):
    target, seen = hostile.TRAPS["search"], set()
    for _ in range(8):
        answer = fetch(server, target)
        assert answer.status == 200
        seen.add(target)
        related = [strip_session(h) for h in links(answer.body) if "module=search" in h]
        fresh = [h for h in related if h not in seen]
        assert len(fresh) >= 3
        target = fresh[-1]
    assert len(seen) == 8


def test_sort_variants_show_the_same_articles(server):
    def article_links(target: str) -> set[str]:
        body = fetch(server, target).body
        return {strip_session(h) for h in links(body) if "op=detail" in h and "print" not in h}

    plain = article_links(hostile.listing_path(1))
    variants = [
        strip_session(h)
        for h in links(fetch(server, hostile.listing_path(1)).body)
        if "&sort=" in h
    ]
    assert len(set(variants)) >= 6
    for variant in set(variants):
        assert article_links(variant) == plain


def test_print_and_share_variants(server):
    art = hostile.BY_ID[119]
    home_links = {strip_session(h) for h in links(fetch(server, hostile.article_path(119)).body)}
    assert hostile.TRAPS["print"] in home_links and hostile.TRAPS["share"] in home_links
    printed = fetch(server, hostile.TRAPS["print"]).body.decode()
    shared = fetch(server, hostile.TRAPS["share"]).body.decode()
    assert art.title in printed and "window.print()" in printed
    assert art.title in shared and "Các tin khác" in shared


# --- in-process: the truth and the link graph ---------------------------------------------------


def respond(site, target: str) -> Response | None:
    path, _, query = target.partition("?")
    return site.respond(Request("GET", path, query, {"Host": HOST}))


def resolve(site, target: str) -> tuple[str, str, bytes]:
    """Follow redirects and retry 5xx/cut answers up to 3 times, as a patient crawler would."""
    visited: list[str] = []
    while True:
        for _attempt in range(3):
            answer = respond(site, target)
            if answer is None:
                return "missing", target, b""
            if answer.delay > 10:
                return "timeout", target, b""
            if answer.status < 500 and answer.cut_after is None:
                break
        else:
            return "failed", target, b""
        if answer.status in (301, 302):
            location = answer.headers["Location"]
            if location.startswith("http"):
                return "offsite", location, b""
            if location in visited or len(visited) > 20:
                return "loop", target, b""
            visited.append(target)
            target = location
            continue
        return "ok", target, answer.payload()


def crawl_in_process() -> tuple[dict[str, str], dict[str, set[str]]]:
    """Walk every non-trap link from the home page; return {page: outcome} and what was set aside."""
    site = hostile.build_site()
    pages: dict[str, str] = {}
    aside: dict[str, set[str]] = {k: set() for k in ("trap", "robots", "offsite")}
    queue, queued = ["/"], {"/"}
    while queue:
        start = queue.pop()
        outcome, final, body = resolve(site, start)
        if outcome == "offsite":
            aside["offsite"].add(final)
            continue
        pages[final if outcome == "ok" else start] = outcome
        for href in links(body) if final not in hostile.LEGACY else []:
            if href.startswith(f"http://{HOST}/"):
                href = href[len(f"http://{HOST}") :]
            if not href.startswith("/"):
                continue
            target = strip_session(href)
            if re.search(r"module=(calendar|search)|&(sort|print|share)=", target):
                aside["trap"].add(target)
            elif target.startswith("/admin/"):
                aside["robots"].add(target)
            elif target not in queued:
                queued.add(target)
                queue.append(target)
    return pages, aside


def test_link_graph_reaches_every_real_page_and_fault():
    pages, aside = crawl_in_process()
    assert set(pages) == set(hostile.REAL_PAGES) and len(pages) == hostile.REAL_PAGE_COUNT
    for gold in hostile.GOLD:
        assert pages[gold["path"]] == "ok", gold["path"]
    for failing in hostile.FAILING:
        assert pages[failing["path"]] in ("failed", "timeout", "loop"), failing
    for target in hostile.LEGACY + hostile.LARGE + hostile.BOMBS + hostile.NON_HTML + hostile.EMPTY:
        assert pages[target] == "ok"
    assert aside["robots"] == set(hostile.ROBOTS_DISALLOWED)
    assert aside["offsite"] == {e["location"].format(port=8000) for e in hostile.OFFSITE_REDIRECTS}
    kinds = {"calendar", "search", "sort", "print", "share"}
    assert all(any(k in t for t in aside["trap"]) for k in kinds)
    # the truncated page and the 2009 page have no print link
    with_tools = [g for g in hostile.GOLD_IDS if hostile.BY_ID[g].markup != "broken" and g != hostile.LEGACY_ID]
    assert all(hostile.article_path(g) + "&print=1" in aside["trap"] for g in with_tools)


def page_text(raw: bytes, encoding: str) -> str:
    text = re.sub(r"<[^>]+>", " ", raw.decode(encoding))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", html.unescape(text)))


def test_gold_text_is_on_the_pages():
    site = hostile.build_site()
    for gold in hostile.GOLD:
        outcome, _, raw = resolve(site, gold["path"])
        assert outcome == "ok"
        art = hostile.BY_ID[int(gold["path"].rsplit("=", 1)[1])]
        if art.id == hostile.LEGACY_ID:  # TCVN3 bytes, read as the .VnTime font shows them
            text = page_text(from_tcvn3(raw).encode(), "utf-8")
        else:
            text = page_text(raw, "cp1258" if art.id == 108 else "utf-8")
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph in text, (art.id, paragraph[:40])
        names = (
            gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
        )
        for needle in [gold["title"], art.date_text, *names]:
            assert needle in text, (art.id, needle)
        for image in gold["images"]:
            assert image["path"].encode() in raw
            assert image["caption"] is None or image["caption"] in text
        assert gold["summary"] is None or gold["body"].startswith(gold["summary"])


def test_contract_and_determinism():
    assert hostile.NAME == "hostile" and hostile.PLATFORM == "php" and hostile.START_PATH == "/"
    assert 10 <= len(hostile.GOLD) <= 14
    keys = {
        "path",
        "canonical_path",
        "title",
        "published_at",
        "authors",
        "photographers",
        "source",
        "summary",
        "body",
        "images",
        "category",
    }
    assert all(set(g) == keys for g in hostile.GOLD)
    gold_paths = {g["path"] for g in hostile.GOLD}
    not_emitted = {f["path"] for f in hostile.FAILING} | set(hostile.NON_ARTICLES)
    assert not gold_paths & not_emitted
    assert set(hostile.LEGACY) <= gold_paths  # converted from TCVN3, then an article like the others
    for _ in range(2):  # each fresh site starts again from the first hit
        site = hostile.build_site()
        assert respond(site, hostile.article_path(118)).status == 503
        assert respond(site, hostile.article_path(118)).status == 200
