"""Self-check of the WebSphere Portal fixture: the fixture against itself, never the crawler.

It checks that every gold and non-article target answers 200 through a real PortalServer, that
the gold is well-formed and its text is printed on its page, that walking the links from the
start page (resolving relative links against ``<base href>``, as a browser does) reaches every
gold article, and that the state-URL trap is bounded as the module documents: endless URLs,
a finite set of views behind them.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import websphere_sgddt as portal

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_HREF = re.compile(r'href="([^"]*)"')
_BASE = re.compile(r'<base href="([^"]+)"')
_BLOB = re.compile(r"/!ut/p/z1/([^/]+)/dz/d5/[^/]+/")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
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
    """Tags dropped, references resolved, NFC, whitespace collapsed."""
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _view(target: str) -> tuple[str, tuple] | None:
    """The view a portal URL shows: its friendly page plus the render parameters its state
    holds for that page (the rest of the state is noise); None outside the portal."""
    path = urlsplit(target).path
    if not path.startswith(portal.PORTAL + "/"):
        return None
    friendly = path.split("/!ut/p/", 1)[0].rstrip("/")
    params: tuple = ()
    m = _BLOB.search(path)
    if m:
        state = portal.decode_state(m.group(1)) or {}
        page = friendly[len(portal.PORTAL) + 1 :]
        if state.get("p") == page and not page.startswith("noi-dung-chi-tiet/"):
            params = tuple(sorted(state.get("rp", {}).items()))
    return friendly, params


def test_contract_shape() -> None:
    assert portal.NAME == "websphere_sgddt"
    assert portal.PLATFORM == "websphere"
    assert portal.START_PATH == "/"
    assert 8 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len({g["category"] for g in portal.GOLD}) >= 2
    assert all(portal.pages_of(c) >= 2 for c in portal.CATS)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    assert all(p.strip() == p and p for p in gold["body"].split("\n\n"))
    if gold["summary"] is not None:
        assert gold["body"].split("\n\n")[0] == gold["summary"]
    assert gold["category"] in {c.name for c in portal.CATS.values()}
    assert gold["canonical_path"] == gold["path"]
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})


def test_article_mix_is_varied() -> None:
    """Long reports with photos, short notices, a table, an attachment post, a photo post,
    bylines at the end, no byline, a source line, sapos, dates with and without a time."""
    golds = portal.GOLD
    assert any(len(g["images"]) >= 3 and len(g["body"].split("\n\n")) >= 5 for g in golds)
    assert any(" | " in g["body"] for g in golds)
    assert any(s.opts.get("attachment") for s in portal.STORIES)
    assert any(len(g["images"]) >= 3 and len(g["body"].split("\n\n")) == 1 for g in golds)
    assert any(not g["authors"] and not g["source"] for g in golds)
    assert any(g["source"] for g in golds)
    assert any(g["summary"] for g in golds)
    assert any("T" in g["published_at"] for g in golds)
    assert any("T" not in g["published_at"] for g in golds)
    assert any(s.opts["date_line"] is None for s in portal.STORIES)
    assert any(img["caption"] is None for g in golds for img in g["images"])
    assert any("url" in img for g in golds for img in g["images"])


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    failures = []
    for target in dict.fromkeys([g["path"] for g in portal.GOLD] + portal.NON_ARTICLES):
        status, final, _ = _get(server, target)
        if status != 200 or final != target:
            failures.append((target, status, final))
    assert not failures


def test_start_path_redirects_to_a_state_url_of_the_home_page(server: PortalServer) -> None:
    status, final, body = _get(server, portal.START_PATH)
    assert status == 200
    assert final.startswith(f"{portal.PORTAL}/trang-chu/!ut/p/z1/04_")
    assert "Tin nổi bật" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, _, raw = _get(server, gold["path"])
    assert status == 200
    markup = unicodedata.normalize("NFC", html.unescape(raw))
    page = _text(raw)
    assert f'<h1 class="tieu-de">{gold["title"]}</h1>' in markup
    for paragraph in gold["body"].split("\n\n"):
        cells = paragraph.split(" | ")  # a table row: its cells are printed one per <td>
        for cell in cells:
            assert cell in page, cell[:60]
    for name in gold["authors"] + gold["photographers"]:
        assert name in page
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in page
    for image in gold["images"]:
        src = image.get("path") or image["url"]
        assert f'src="{src}"' in markup
        if image["caption"]:
            assert image["caption"] in page
    assert gold["category"] in page
    story = next(s for s in portal.STORIES if portal.friendly(s) == gold["path"])
    canonical = f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />'
    assert (canonical in raw) == bool(story.opts["canonical"])
    assert portal.CLOCK in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_published_at_is_printed_on_page_or_listing(server: PortalServer, gold: dict) -> None:
    stamp = gold["published_at"]
    day = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[0:4]}"
    page = _text(_get(server, gold["path"])[2])
    if "T" in stamp:
        assert f"Ngày đăng: {day} - {stamp[11:16]}" in page
        return
    if f"Cập nhật: {day}" in page:
        return
    assert "Ngày đăng:" not in page and "Cập nhật:" not in page
    cat = next(k for k, c in portal.CATS.items() if c.name == gold["category"])
    found = False
    for n in range(1, portal.pages_of(cat) + 1):
        r = portal.Render(0, f"tin-tuc/{cat}", {"pg": n})
        listing = _get(server, r.self_url())[2]
        title = html.escape(gold["title"], quote=False)
        found = found or f"{title}</a> <span class=\"ngay\">({day})</span>" in listing
    assert found


def _links(target: str, body: str) -> list[str]:
    """Every href and form action, resolved against <base href> as a browser resolves them."""
    base = _BASE.search(body)
    against = base.group(1) if base else target
    raw = _HREF.findall(body) + re.findall(r'<form[^>]*action="([^"]+)"', body)
    return [urljoin(against, html.unescape(h)) for h in raw]


def test_walking_links_reaches_every_article_through_a_finite_set_of_views(server: PortalServer) -> None:
    """Follow every same-host link from the start, one fetch per *view* (state noise ignored):
    every gold article is reached and the walk ends, although no URL is ever seen twice."""
    host = urlsplit(server.base_url).netloc
    seen_views: set = set()
    seen_urls: set[str] = set()
    reached: set[str] = set()
    queue = deque([server.url(portal.START_PATH)])
    fetches = 0
    while queue:
        url = queue.popleft()
        parts = urlsplit(url)
        if parts.netloc != host:
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if parts.query or target.startswith(("/wps/wcm/", "/wps/contenthandler/")):
            continue  # print views, theme files, images, attachments
        view = _view(target) if target != portal.START_PATH else ("start", ())
        if view is None or view in seen_views:
            continue
        seen_views.add(view)
        fetches += 1
        assert fetches < 200, "the walk does not end"
        status, final, body = _get(server, target)
        assert status == 200, target
        if view[0].startswith(f"{portal.PORTAL}/noi-dung-chi-tiet/"):
            reached.add(view[0])
        for link in _links(server.base_url + final, body):
            if link not in seen_urls:
                seen_urls.add(link)
                queue.append(link)
    assert {g["path"] for g in portal.GOLD} <= reached
    listing_pages = {v for v in seen_views if v[0].startswith(f"{portal.PORTAL}/tin-tuc/") and v[1]}
    for cat in portal.CATS:
        assert (f"{portal.PORTAL}/tin-tuc/{cat}", (("pg", 2),)) in listing_pages
    featured = {v for v in seen_views if v[0] == f"{portal.PORTAL}/tin-tuc/chi-tiet"}
    assert len(featured) == sum(bool(s.opts.get("featured")) for s in portal.STORIES)
    # every link was a new URL: far more URLs than views
    assert len(seen_urls) > 5 * len(seen_views)


def test_two_renders_of_a_page_share_no_state_link(server: PortalServer) -> None:
    target = portal.NON_ARTICLES[0]
    first = {h for h in _HREF.findall(_get(server, target)[2]) if "/!ut/p/z1/" in h}
    second = {h for h in _HREF.findall(_get(server, target)[2]) if "/!ut/p/z1/" in h}
    assert first and second and not first & second


def test_state_urls_show_the_same_article_as_the_friendly_url(server: PortalServer) -> None:
    home = _get(server, portal.START_PATH)[2]
    items = [h for h in _HREF.findall(home) if "/noi-dung-chi-tiet/" in h]
    featured = [h for h in _HREF.findall(home) if "/tin-tuc/chi-tiet/!ut/" in h]
    assert items and featured
    for href in items[:3] + featured:
        body = _get(server, html.unescape(href))[2]
        title = re.search(r'<h1 class="tieu-de">([^<]+)</h1>', body).group(1)
        gold = next(g for g in portal.GOLD if html.unescape(title) == g["title"])
        if href in featured:
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
        else:
            assert html.unescape(href).startswith(gold["path"] + "/!ut/p/z1/")


def test_bad_state_and_out_of_range_pages_are_bounded(server: PortalServer) -> None:
    cat = next(iter(portal.CATS))
    status, _, body = _get(server, f"{portal.PORTAL}/tin-tuc/{cat}/!ut/p/z1/04_garbage/{portal.TAIL}")
    assert status == 200 and portal.CATS[cat].name in body
    r = portal.Render(0, f"tin-tuc/{cat}", {"pg": 9})
    status, _, body = _get(server, r.self_url())
    assert status == 200 and "Không có dữ liệu" in body
    r = portal.Render(0, "tin-tuc/chi-tiet", {})
    assert "Không có nội dung để hiển thị." in _get(server, r.self_url())[2]
    assert _get(server, f"{portal.PORTAL}/noi-dung-chi-tiet/thong-bao/khong-co-bai-nay")[0] == 404


def test_print_view_resolves_against_the_base(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    body = _get(server, gold["path"])[2]
    printed = [link for link in _links(server.url(gold["path"]), body) if "presentationtemplate=" in link]
    assert printed and "/!ut/p/z1/" in printed[0]
    status, _, view = _get(server, urlsplit(printed[0]).path + "?" + urlsplit(printed[0]).query)
    assert status == 200 and 'name="robots" content="noindex, nofollow"' in view


def test_search_is_a_post_form(server: PortalServer) -> None:
    r = portal.Render(0, "tim-kiem", {})
    status, _, body = _get(server, r.self_url(), data="query=tuyển sinh".encode())
    assert status == 200 and "kết quả" in body


def test_content_is_deterministic_once_state_is_masked(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    def masked() -> str:
        return re.sub(r"/!ut/p/z1/[^/\"]+/", "/!ut/p/z1/STATE/", _get(server, target)[2])
    assert masked() == masked()


def test_some_bodies_are_served_decomposed_or_as_references(server: PortalServer) -> None:
    bodies = {g["path"]: _get(server, g["path"])[2] for g in portal.GOLD}
    assert any(not unicodedata.is_normalized("NFC", b) for b in bodies.values())
    assert any("&#7897;" in b or "&agrave;" in b or "&#" in b for b in bodies.values())
