"""Self-check of the Razor Pages (Sở GD&ĐT Lâm Đồng) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
alternative addresses and every NON_ARTICLE answer as documented; that each gold record is well
formed and printed on its page (after Razor's hex references, entities and NFC); that a walk of
``<a href>`` links and the feed from START_PATH misses the older entries of "Hoạt động ngành"
while a walk that also clicks "Xem thêm tin" (the handler URL of ``/js/site.min.js``) reaches
every article; and that the traps behave as described: empty partials past the last "page",
print views, culture variants, endless week links, encodings.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.request
from collections import deque
from collections.abc import Iterator
from datetime import date, datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import razor_handler_sgddt as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_BUTTON = re.compile(r'<button[^>]*id="btnXemThem"[^>]*data-trang="(\d+)"[^>]*data-danhmuc="(\d+)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")


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
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _article(page: str) -> str:
    return page.split('<article class="post-detail">', 1)[1].split("</article>", 1)[0]


def _content(page: str) -> str:
    return page.split('<div class="post-content ck-content">\n', 1)[1].split("\n</div>", 1)[0]


def _local(server: PortalServer, base: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(base), html.unescape(href)))
    if link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _walk(server: PortalServer, click: bool) -> dict[str, int]:
    """Breadth-first over links (and the feed's items) from START_PATH; ``click`` also presses
    "Xem thêm tin" (the handler URL the site script builds). Culture switches are not followed
    and week links only around today (both are checked on their own)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    this_week = portal.TODAY_DATE.isocalendar()
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        if _NOT_PAGES.search(parts.path) or "culture" in query:
            seen[target] = 0  # linked, not fetched
            continue
        if "tuan" in query:
            week = date.fromisocalendar(int(query["nam"][0]), int(query["tuan"][0]), 1)
            if abs((week - date.fromisocalendar(this_week[0], this_week[1], 1)).days) > 14:
                seen[target] = 0
                continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 700, "the walk should stay small"
        if status in (301, 302):
            queue.append(_local(server, target, headers["Location"]))
            continue
        if status != 200:
            continue
        hrefs = [h for _, h in _HREF.findall(body)]
        if parts.path == "/rss":
            hrefs = re.findall(r"<link>(.*?)</link>", body)
        if click:
            hrefs += [portal.xem_them(int(c), int(t)) for t, c in _BUTTON.findall(body)]
        for href in hrefs:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            nxt = _local(server, target, href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def walks(server: PortalServer) -> tuple[dict[str, int], dict[str, int]]:
    return _walk(server, click=False), _walk(server, click=True)


def test_contract_shape() -> None:
    assert portal.NAME == "razor_handler_sgddt" and portal.START_PATH == "/"
    assert portal.PLATFORM
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {c.name for c in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
        assert not re.match(r"(ThS|TS|Cô|Thầy|GV)\.? ", name) and " - " not in name
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert image["path"].startswith("/uploads/images/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"]:  # no byline line in the body
        assert not re.search(rf"(Tin|Ảnh|ảnh|Nguồn): {re.escape(name)}", gold["body"])
        assert not gold["body"].endswith(name)
    assert "Nguồn:" not in gold["body"]


def test_every_target_answers(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    targets += [a for g in portal.GOLD for a in g["alt_paths"] if "culture=" in a]
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []
    for gold in portal.GOLD:  # a migrated post's old URL: 301 to the new address
        for old in (a for a in gold["alt_paths"] if a.startswith("/tin-tuc/")):
            status, _, headers = fetch(server, old)
            assert status == 301 and headers["Location"] == gold["path"]


def _printed_date(article: str) -> str:
    """The date a reader takes from the date line (documented in the module)."""
    line = _nfc(re.search(r'<span class="post-date">(.*?)</span>', article).group(1))
    if m := re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4})", line):
        return f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    m = re.search(r"Cập nhật lúc (\d\d:\d\d) ngày (\d\d/\d\d/\d{4})", line)
    when = datetime.strptime(f"{m.group(2)} {m.group(1)}", "%d/%m/%Y %H:%M")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    article = _article(page)
    headline = re.search(r'<h1 class="post-title">(.*?)</h1>', article).group(1)
    assert _nfc(headline) == gold["title"]
    assert not re.search(r"[^\x00-\x7f]", headline), "Razor writes the title as references"
    content = _content(page)
    shown = _reader(content)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", content)]
    paragraphs = gold["body"].split("\n\n")
    sapo = re.search(r'<div class="post-sapo"><strong>(.*?)</strong></div>', article)
    if sapo:
        assert _nfc(sapo.group(1)) == gold["summary"] == paragraphs[0]
        paragraphs = paragraphs[1:]
    elif gold["summary"]:  # a wholly bold first paragraph typed in the text
        first = re.search(r"<p>(.*?)</p>", content).group(1)
        assert _nfc(first) == f"<strong>{gold['summary']}</strong>"
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    for image in gold["images"]:
        assert re.search(rf'(data-)?src="{re.escape(html.escape(image["path"]))}"', content)
        if image["caption"]:
            assert image["caption"] in shown
    whole = _reader(article)
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in whole
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert _printed_date(article) == gold["published_at"]
    base = server.base_url
    assert f'<link rel="canonical" href="{base}{gold["path"]}" />' in page
    published = re.search(r'article:published_time" content="([^"]+)"', page).group(1)
    assert published.startswith(gold["published_at"][:10])


def test_culture_variants_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        plain = _get(server, gold["path"])[1]
        for alt in (a for a in gold["alt_paths"] if "culture=" in a):
            page = _get(server, alt)[1]
            assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
            assert _content(page) == _content(plain)
            assert (
                _nfc(re.search(r'<h1 class="post-title">(.*?)</h1>', page).group(1))
                == gold["title"]
            )
        en = _get(server, gold["path"] + "?culture=en-US")[1]
        assert '<html lang="en">' in en and "Other news" in en and "Tin khác" not in _nfc(en)
        assert _get(server, gold["path"] + "?culture=vi-VN")[1] == plain


def test_print_views_point_back(server: PortalServer) -> None:
    for gold in portal.GOLD:
        page = _get(server, gold["path"] + "?handler=In")[1]
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in page
        assert 'content="noindex, nofollow"' in page and "window.print()" in page


def test_walks(walks: tuple[dict[str, int], dict[str, int]]) -> None:
    plain, clicking = walks
    gold = {g["path"] for g in portal.GOLD}
    missed = gold - set(plain)
    assert missed and missed <= {portal.article_path(s) for s in portal.STORIES if s.cat == "12"}
    assert gold <= set(clicking)
    assert set(portal.NON_ARTICLES) <= set(clicking)
    assert [t for t, s in clicking.items() if s not in (0, 200, 301)] == []
    assert any(s == 0 and "tuan=" in t for t, s in clicking.items()), "the week links went on"
    assert any(s == 0 and "culture=en-US" in t for t, s in clicking.items())


def test_xem_them_handler(server: PortalServer) -> None:
    script = _get(server, "/js/site.min.js")[1]
    assert '$.get("/TinTuc/DanhMuc?handler=XemThem",{danhMucId:n,trang:t}' in script
    assert '$(this).data("trang"),n=$(this).data("danhmuc")' in script
    page = _get(server, "/TinTuc/DanhMuc/12/hoat-dong-nganh")[1]
    assert page.count('class="tin-item') == portal.FIRST
    assert _BUTTON.findall(page) == [("2", "12")]
    assert '<div id="dsTin" class="ds-tin">' in page
    counts = []
    for trang in (2, 3):
        status, part = _get(server, portal.xem_them(12, trang))
        assert status == 200 and "<html" not in part
        counts.append(part.count('class="tin-item'))
        assert _BUTTON.findall(part) == ([(str(trang + 1), "12")] if trang == 2 else [])
    assert counts == [4, 1]
    same = "/TinTuc/DanhMuc/12/hoat-dong-nganh?handler=XemThem&danhMucId=12&trang=2"
    assert _get(server, same)[1] == _get(server, portal.xem_them(12, 2))[1]
    for beyond in (portal.xem_them(12, 4), portal.xem_them(12, 99), portal.xem_them(77, 2)):
        assert _get(server, beyond) == (200, "")
    for cat in (13, 14):
        assert not _BUTTON.findall(_get(server, portal.CATS[cat].path)[1])
    assert _get(server, "/TinTuc/DanhMuc")[0] == 404
    feed = _get(server, "/rss")[1]
    assert feed.count("<item>") == portal.FEED_SIZE


def test_week_links_never_end(server: PortalServer) -> None:
    target, seen = "/LichCongTac", set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(re.findall(r'<a href="(/LichCongTac\?tuan=[^"]+)"', page)[-1])
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert "nam=2028" in target
    assert "/LichCongTac?tuan=53&nam=2026" in seen
    page = _get(server, "/LichCongTac?tuan=1&nam=1990")[1]
    assert "tuan=52&amp;nam=1989" in page


def test_document_register_pages(server: PortalServer) -> None:
    page = _get(server, "/VanBan")[1]
    assert 'data-ajax="true"' in page and 'href="/VanBan?handler=Trang&amp;p=2"' in page
    for n in range(1, portal.DOC_PAGES + 1):
        part = _get(server, f"/VanBan?handler=Trang&p={n}")[1]
        docs = portal.DOCS[(n - 1) * portal.DOCS_PER_PAGE : n * portal.DOCS_PER_PAGE]
        assert all(f'href="{d.path}"' in part for d in docs) and "<html" not in part
    assert _get(server, "/VanBan?handler=Trang&p=9") == (200, "")
    for doc in portal.DOCS:
        body = _get(server, doc.path)[1]
        assert doc.file in body and 'class="post-content' not in body
        assert fetch(server, doc.file)[0] == 200


def test_link_entries_lead_elsewhere(server: PortalServer) -> None:
    listing = _get(server, "/TinTuc/DanhMuc/12/hoat-dong-nganh")[1]
    listing += "".join(_get(server, portal.xem_them(12, t))[1] for t in (2, 3))
    for link in (e for e in portal.LINKS if e.cat == 12):
        assert f'href="{html.escape(link.href)}"' in listing
        if not link.href.startswith("http"):
            assert link.href in portal.NON_ARTICLES


def test_encodings_and_chrome(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    not_nfc = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert sorted(not_nfc) == sorted(
        portal.article_path(s) for s in portal.STORIES if s.opts.get("old")
    )
    for page in pages.values():
        assert f"{portal.TODAY}" in _nfc(page)
        assert re.search(r"[^\x00-\x7f]", _content(page)), "the body is raw UTF-8"
        assert "&#x" in page.split('<main class="col-lg-8"', 1)[1][:2000]
        assert portal.ADDRESS in _nfc(page) and portal.HOTLINE in page
        assert "Tin khác" in _nfc(page) and "__RequestVerificationToken" in page
    cover = pages[portal.article_path(portal.STORIES[0])]
    assert "background-image:url(" in cover
    assert _get(server, "/TinTuc/ChiTiet/9999/khong-co")[0] == 404
    assert _get(server, "/tin-tuc/bai-cu-1234.html")[0] == 404
    assert _get(server, "/robots.txt")[0] == 200


def test_posts_answer(server: PortalServer) -> None:
    assert fetch(server, "/")[0] == 200
    for target in ("/?handler=BinhChon", "/LienHe"):
        req = urllib.request.Request(server.url(target), data=b"LuaChon=1", method="POST")
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            assert resp.status == 200
