"""Self-check of the Orchard Core (Sở GD&ĐT Lạng Sơn) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every gold target, alternative and non-article
answers 200; that the gold is well formed and printed on its page (title, date, paragraphs,
captions, bylines, category); that a walk of links from START_PATH reaches every article; and
that the traps behave as the module says: the display route duplicates with a canonical link,
the numbered pager's page 0 and out-of-range pages, the slim cursor pager's duplicate page 1,
and the one decomposed (NFD) post.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import orchardcore_sgddt as portal
from ._common import TODAY
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i|time)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _article(page: str) -> str:
    return page.split('<article class="content-item blogpost"', 1)[1].split("</article>", 1)[0]


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (the sitemap and feed not needed)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.scheme != "http" or link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "orchardcore_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    newest = max(g["published_at"][:10] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:50])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["category"] in portal.TERMS.values()
    assert gold["canonical_path"] == gold["path"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert not image["caption"] or image["caption"] not in gold["body"]
    owners = set(portal.OWNERS.values())
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\0"]:
        assert name in owners or name not in gold["body"]  # (an office may be named in the text)
    signed = [a for a in gold["authors"] if a not in owners]
    # the owner office is an author only where nothing signs the text (harmonised gold)
    assert not (signed and set(gold["authors"]) & owners)


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []
    assert _get(server, "/tin-tuc/khong-co-bai-nay")[0] == 404
    assert _get(server, "/Contents/ContentItems/" + "0" * 26)[0] == 404


def _printed_date(region: str) -> str:
    meta = re.search(r'<div class="post-meta[^"]*">(.*?)</div>', region).group(1)
    shown = _reader(meta)
    if m := re.search(r"Đăng ngày (\d\d)/(\d\d)/(\d{4}) lúc (\d\d:\d\d)", shown):
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}T{m.group(4)}:00+07:00"
    if m := re.search(r"Đăng ngày (\d\d)/(\d\d)/(\d{4})", shown):
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    m = re.match(r"(\d\d)/(\d\d)/(\d{4})(?: (\d\d:\d\d))? \|", shown)
    day = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    return f"{day}T{m.group(4)}:00+07:00" if m.group(4) else day


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:50])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _article(page)
    assert _nfc(re.search(r'<h1 class="post-title">(.*?)</h1>', region).group(1)) == gold["title"]
    body = region.split('<div class="post-content', 1)[1]
    body = body.split('<div class="field-byline">', 1)[0].split('<div class="tags">', 1)[0]
    shown_body = _reader(body)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", body)]
    for paragraph in gold["body"].split("\n\n"):
        if paragraph == gold["summary"]:
            sub = re.search(r'<h2 class="subheading">(.*?)</h2>', region).group(1)
            assert _nfc(sub) == paragraph
        elif " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown_body, paragraph[:60]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in body
        if image["caption"]:
            assert image["caption"] in shown_body
    shown = _reader(region)
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    assert _printed_date(region) == gold["published_at"]
    assert f"Danh mục: {gold['category']}" in shown
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
    assert TODAY in page


def test_captions_and_bylines_in_the_platform_way(server: PortalServer) -> None:
    captioned = [i for g in portal.GOLD for i in g["images"] if i["caption"]]
    uncaptioned = [i for g in portal.GOLD for i in g["images"] if not i["caption"]]
    assert len(captioned) >= 8 and len(uncaptioned) == 2
    assert any("?width=" in i["path"] for i in captioned)
    assert sum(bool(g["summary"]) for g in portal.GOLD) == 3
    assert {g["source"] for g in portal.GOLD} >= {"Báo Lạng Sơn", "Trường PTDTNT tỉnh Lạng Sơn"}
    # posts whose text signs nowhere: their owner office is the author (harmonised gold)
    assert sum(not g["authors"] or set(g["authors"]) <= set(portal.OWNERS.values()) for g in portal.GOLD) >= 5
    assert sum(len(g["published_at"]) == 10 for g in portal.GOLD) == 3


def test_display_route_duplicates_point_to_autoroute(server: PortalServer) -> None:
    front = _get(server, "/")[1]
    for gold in portal.GOLD:
        (alt,) = gold["alt_paths"]
        assert re.fullmatch(r"/Contents/ContentItems/[0-9a-z]{26}", alt)
        page = _get(server, alt)[1]
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert _article(page) == _article(_get(server, gold["path"])[1])
    assert sum(f'href="{g["alt_paths"][0]}"' in front for g in portal.GOLD) == 3


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []


def test_numbered_pager(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc")[1]
    assert first == _get(server, "/tin-tuc?pagenum=0")[1] == _get(server, "/tin-tuc?pagenum=x")[1]
    assert 'href="/tin-tuc?pagenum=2"' in first and 'href="/tin-tuc?pagenum=3"' in first
    third = _get(server, "/tin-tuc?pagenum=3")[1]
    assert 'href="/tin-tuc"' in third and "Sau ›" not in third
    status, beyond = _get(server, "/tin-tuc?pagenum=9")
    assert status == 200 and "Không có bài viết nào." in beyond
    assert (
        'href="/danh-muc/hoat-dong-nganh?pagenum=2"' in _get(server, "/danh-muc/hoat-dong-nganh")[1]
    )


def _items(page: str) -> list[str]:
    return re.findall(r'<div class="post-preview">.*?<a href="([^"]+)"><h2', page)


def test_cursor_pager_duplicates_and_any_timestamp(server: PortalServer) -> None:
    first = _get(server, "/thong-bao")[1]
    older = html.unescape(re.search(r'href="([^"]+)">Bài cũ hơn ›', first).group(1))
    assert re.fullmatch(r"/thong-bao\?before=2026-\d\d-\d\dT\d\d%3A\d\d%3A\d\d\.0000000Z", older)
    assert "Bài mới hơn" not in first
    second = _get(server, older)[1]
    newer = html.unescape(re.search(r'href="([^"]+)">‹ Bài mới hơn', second).group(1))
    assert "?after=" in newer
    again = _get(server, newer)[1]
    assert _items(again) == _items(first) and newer != "/thong-bao"
    notices = {g["path"] for g in portal.GOLD if g["path"].startswith("/thong-bao/")}
    assert set(_items(first)) | set(_items(second)) == notices
    status, empty = _get(server, "/thong-bao?before=1999-01-01T00%3A00%3A00.0000000Z")
    assert status == 200 and "Chưa có thông báo nào." in empty
    status, odd = _get(server, "/thong-bao?before=2026-11-20T00%3A00%3A00Z")
    assert status == 200 and _items(odd)
    assert _items(_get(server, "/thong-bao?before=khong-hop-le")[1]) == _items(first)


def test_non_articles_are_not_posts(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        page = _get(server, target)[1]
        assert '<article class="content-item blogpost"' not in page, target
    doc = _get(server, portal.DOCS[0].path)[1]
    assert "Số ký hiệu" in doc and portal.DOCS[0].file in doc
    assert _get(server, portal.DOCS[0].file)[0] == 200
    assert "Thống kê truy cập" in doc and "0205 3812 345" in doc


def test_feed_and_sitemap_list_every_article(server: PortalServer) -> None:
    sitemap = _get(server, "/sitemap.xml")[1]
    assert all(f"{server.base_url}{g['path']}</loc>" in sitemap for g in portal.GOLD)
    front = _get(server, "/")[1]
    feed = html.unescape(re.search(r'type="application/rss\+xml"[^>]*href="([^"]+)"', front)[1])
    rss = _get(server, feed)[1]
    assert all(
        f"{server.base_url}{g['path']}</link>" in rss
        for g in portal.GOLD
        if g["path"].startswith("/tin-tuc/")
    )


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    nfd = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert nfd == ["/tin-tuc/huong-dan-to-chuc-kiem-tra-cuoi-hoc-ky-i-cap-thcs-thpt"]
    assert all("charset=utf-8" in fetch(server, p)[2]["Content-Type"] for p in list(pages)[:2])
