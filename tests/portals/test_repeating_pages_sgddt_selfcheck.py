"""Self-checks of the repeating-pages Sở GD&ĐT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import parse_qs, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import repeating_pages_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
OLDEST = "/tin-tuc/hon-170-000-hoc-sinh-tinh-dien-bien-khai-giang-nam-hoc-moi-2026-2027-1402.aspx"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def section(body: str, cls: str) -> list[str]:
    """The article links of the first ``<ul class=cls>`` of a page."""
    m = re.search(rf'<ul class="{cls}">(.*?)</ul>', body, re.S)
    assert m, cls
    return re.findall(r'<a class="title" href="([^"]+)"', m.group(1))


def visible(body: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def careful_walk(server: PortalServer, start: str) -> tuple[set[str], list[str]]:
    """BFS over href links that stops expanding a list page whose entries it has seen already."""
    seen, queue = {start}, deque([start])
    fingerprints: set[tuple[str, tuple[str, ...]]] = set()
    fetched: list[str] = []
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched.append(target)
        assert len(fetched) < 200, "the walk does not end"
        if status != 200:
            continue
        if "/chuyen-muc/" in target:
            key = (urlsplit(target).path, tuple(section(body, "list-news")))
            if key in fingerprints:
                continue
            fingerprints.add(key)
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen, fetched


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or ""):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.normalize("NFC", name) == name
            assert name not in ("admin", "BBT") and "ThS." not in name and " - " not in name
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 12
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(g["category"] == "Thông báo" for g in portal.GOLD) == 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="news-title">{_html.escape(gold["title"])}</h1>' in body
    y, mo, d = gold["published_at"][:10].split("-")
    assert f"Ngày đăng: {d}/{mo}/{y} {gold['published_at'][11:16]}" in body
    assert portal.TODAY in body
    crumbs = body.split('<div class="breadcrumb">', 1)[1].split("</div>", 1)[0]
    assert crumbs.endswith(f">{_html.escape(gold['category'])}</a>")
    detail = body.split('<div class="news-detail">', 1)[1].split('<div class="other-news">', 1)[0]
    shown = visible(detail)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in shown, cell
    if gold["summary"]:
        assert gold["summary"] in shown
    content = detail.split('<div class="news-content">', 1)[1]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in content
        if img["caption"]:
            assert _html.escape(img["caption"]) in content
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert _html.escape(name) in detail
    if gold["source"]:
        assert _html.escape(gold["source"]) in detail


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="news-title"' not in body and "Ngày đăng:" not in body, path


def test_careful_walk_reaches_every_article_and_ends(server):
    seen, fetched = careful_walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    lists = [t for t in fetched if "/chuyen-muc/" in t]
    assert len(lists) < 60


def test_oldest_article_only_on_second_pages(server):
    for target in ["/", *(g["path"] for g in portal.GOLD if g["path"] != OLDEST)]:
        assert OLDEST not in fetch(server, target)[1], target
    for key in portal.CATEGORIES:
        assert OLDEST not in fetch(server, f"/chuyen-muc/{key}.aspx")[1]
    assert OLDEST in section(fetch(server, "/chuyen-muc/tin-giao-duc.aspx?page=2")[1], "list-news")
    assert OLDEST in section(fetch(server, "/chuyen-muc/tin-tuc.aspx?page=3")[1], "list-news")


def test_pages_past_the_end_repeat_the_last_page(server):
    """Trap 1: no 404 past the end, the last page's entries again, a pager that always goes on."""
    last = section(fetch(server, "/chuyen-muc/tin-tuc.aspx?page=3")[1], "list-news")
    assert last == [OLDEST]
    for n in (4, 5, 6, 17):
        status, body, _ = fetch(server, f"/chuyen-muc/tin-tuc.aspx?page={n}")
        assert status == 200 and section(body, "list-news") == last
        assert re.search(rf'class="next" href="[^"]*page={n + 1}\b', body)
    first = section(fetch(server, "/chuyen-muc/thong-bao.aspx")[1], "list-news")
    assert len(first) == 3
    # following "Sau »" alone never ends: ten steps, ten "new" URLs, the same entries
    target = "/chuyen-muc/giao-duc-dan-toc.aspx"
    entries = section(fetch(server, target)[1], "list-news")
    for step in range(1, 11):
        status, body, _ = fetch(server, target)
        assert status == 200 and section(body, "list-news") == entries
        assert f'<span class="current">{step}</span>' in body
        nxt = _html.unescape(re.search(r'class="next" href="([^"]+)"', body).group(1))
        assert nxt != target
        target = nxt


def test_pager_window_shows_five_numbers(server):
    _, body, _ = fetch(server, "/chuyen-muc/hoat-dong-chuyen-mon.aspx")
    pager = body.split('<div class="pager">', 1)[1].split("</div>", 1)[0]
    assert visible(pager) == "1 2 3 4 5 … Sau »"


def test_pinned_notices_on_every_list_page(server):
    """Trap 2: the same three pinned notices, in the same order, on every page of every list."""
    pinned = [portal.href(s) for s in portal.PINNED]
    assert len(pinned) == 3
    for key in [*portal.CATEGORIES, portal.PARENT_KEY]:
        for query in ("", "?page=2", "?page=3", "?page=9"):
            body = fetch(server, f"/chuyen-muc/{key}.aspx{query}")[1]
            assert section(body, "list-pinned") == pinned
            assert body.count('<span class="pin">[Ghim]</span> <a class="title"') == 3
    for s in portal.PINNED:
        body = fetch(server, portal.href(s))[1]
        assert "[Ghim]" not in body.split('<h1 class="news-title">', 1)[1].split("</h1>", 1)[0]


def test_page_one_is_the_bare_list(server):
    """Trap 3: ``?page=1`` and no page parameter are the same page; page 2 links ``?page=1``."""
    for key in ("tin-giao-duc", "thong-bao"):
        bare = fetch(server, f"/chuyen-muc/{key}.aspx")[1]
        one = fetch(server, f"/chuyen-muc/{key}.aspx?page=1")[1]
        assert section(bare, "list-news") == section(one, "list-news")
        assert visible(bare.split('<div class="pager">')[1]) == visible(
            one.split('<div class="pager">')[1]
        )
    _, body, _ = fetch(server, "/chuyen-muc/tin-giao-duc.aspx?page=2")
    assert 'href="/chuyen-muc/tin-giao-duc.aspx?page=1"' in body
    _, home, _ = fetch(server, "/")
    assert 'href="/chuyen-muc/tin-giao-duc.aspx"' in home


def test_slider_repeats_five_newest_everywhere(server):
    """Trap 4: the "Tin nổi bật" slider prints the same five newest articles on every page."""
    newest = [g["path"] for g in sorted(portal.GOLD, key=lambda g: g["published_at"])[::-1][:5]]
    targets = ["/", "/chuyen-muc/tin-tuc.aspx?page=2", "/gioi-thieu.aspx", portal.GOLD[-1]["path"]]
    for target in targets:
        body = fetch(server, target)[1]
        box = body.split('<div class="slider-hot">', 1)[1].split("</div>\n</div>", 1)[0]
        assert re.findall(r'<div class="item"><a href="([^"]+)"', box) == newest, target


def test_sort_parameter_in_both_orders(server):
    """Trap 5: the tin-tuc pager spells page links two ways; both are the plain list."""
    _, p1, _ = fetch(server, "/chuyen-muc/tin-tuc.aspx")
    assert 'href="/chuyen-muc/tin-tuc.aspx?page=2&amp;sort=new"' in p1
    _, p2, _ = fetch(server, "/chuyen-muc/tin-tuc.aspx?page=2&sort=new")
    assert 'href="/chuyen-muc/tin-tuc.aspx?sort=new&amp;page=3"' in p2
    assert 'href="/chuyen-muc/tin-tuc.aspx?sort=new&amp;page=1"' in p2
    assert section(p2, "list-news") == section(
        fetch(server, "/chuyen-muc/tin-tuc.aspx?sort=new&page=2")[1], "list-news"
    )
    assert section(p2, "list-news") == section(
        fetch(server, "/chuyen-muc/tin-tuc.aspx?page=2")[1], "list-news"
    )
    hrefs = [_html.unescape(h) for h in re.findall(r'href="(/chuyen-muc/tin-tuc[^"]+)"', p1 + p2)]
    orders = {tuple(k for k in parse_qs(urlsplit(h).query)) for h in hrefs if "?" in h}
    assert ("page", "sort") in orders and ("sort", "page") in orders
    # the other lists print plain ?page=N
    _, body, _ = fetch(server, "/chuyen-muc/tin-giao-duc.aspx")
    assert "sort=" not in body


def test_lists_split_five_per_page(server):
    all_news = []
    for n in (1, 2, 3):
        entries = section(fetch(server, f"/chuyen-muc/tin-tuc.aspx?page={n}")[1], "list-news")
        assert len(entries) == (5 if n < 3 else 1)
        all_news += entries
    want = [g["path"] for g in portal.GOLD if g["category"] != "Thông báo"]
    assert all_news == want


def test_unknown_pages_are_404(server):
    assert fetch(server, "/khong-co.aspx")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co.aspx")[0] == 404
    assert fetch(server, "/tin-tuc/sai-slug-1482.aspx")[0] == 404
    assert fetch(server, "/tin-tuc/khai-mac-1499.aspx")[0] == 404
