"""Self-check of the Livewire 3 (Phòng GD&ĐT Hoài Ân) fixture: the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that the gold is well formed
and exactly what the article pages print (every paragraph, and nothing else in the text but the
captions, bylines and attachment figures the docstring sets aside), that every article is
reachable from START_PATH when Livewire's pager buttons are read as the ``?page=N`` addresses
the component accepts (and that some are reachable in no other way: no link carries a page
number), and that the traps behave as documented: pages past the last, ``?page=abc``, the week
calendar's endless ``$set('tuan', …)`` buttons, ``/livewire/update``, the old numeric route,
storage files, the lazy "Tin liên quan" placeholder and the text forms of the two editors.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import livewire_laravel_pgd as portal
from ._common import Img, P, Raw
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|svg)$", re.I)
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_PAGER = re.compile(r"""wire:click="(gotoPage\((\d+), 'page'\)|nextPage\('page'\)|previousPage\('page'\))\"""")


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
    """Text as a reader sees it: tags gone, entities decoded, NFC, spaces collapsed."""
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _between(page: str, start: str, end: str) -> str:
    return page.split(start, 1)[1].split(end, 1)[0]


def _prose(page: str) -> str:
    region = _between(page, '<div class="prose mt-5 max-w-none', "\n    </div>\n")
    return region.split(">", 1)[1]


def _article_region(page: str) -> str:
    return _between(page, '<article class="rounded-xl', "</article>")


def _snapshot(page: str) -> dict:
    raw = re.search(r'wire:snapshot="([^"]+)"', page).group(1)
    return json.loads(html.unescape(raw))


# --------------------------------------------------------------------------- the gold itself


def test_contract_shape() -> None:
    assert portal.NAME == "livewire_laravel_pgd" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(r"^(ThS|TS|GV|Cô|Thầy)\.? ", name) and " - " not in name
        assert not gold["body"].endswith(name)
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/storage/")
        assert image["caption"] is None or (
            image["caption"] not in gold["body"] and not image["caption"].startswith(("(", "Ảnh:"))
        )


def test_every_gold_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


# --------------------------------------------------------------------------- gold on its page


def _printed_date(region: str) -> str:
    m = re.search(r"Đăng ngày <time datetime=\"[^\"]+\">(\d\d)/(\d\d)/(\d{4}) lúc (\d\d):(\d\d)</time>", region)
    d, mo, y, h, mi = m.groups()
    if (h, mi) == ("00", "00"):
        return f"{y}-{mo}-{d}"
    return f"{y}-{mo}-{d}T{h}:{mi}:00+07:00"


@pytest.mark.parametrize("story", portal.STORIES, ids=lambda s: str(s.id))
def test_gold_text_is_on_its_page(server: PortalServer, story) -> None:
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(story))
    status, page = _get(server, gold["path"])
    assert status == 200
    region = _article_region(page)
    headline = re.search(r'<h1 class="mt-3 text-2xl font-bold[^"]*">(.*?)</h1>', region).group(1)
    assert _nfc(headline) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    shown = _reader(region)
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    if gold["summary"] and story.sapo_outside:
        sapo = re.search(r'<p class="mt-5 text-lg italic[^"]*">(.*?)</p>', region).group(1)
        assert _nfc(sapo) == gold["summary"]
    elif gold["summary"]:
        assert 'text-lg italic' not in region
        first = re.search(r"<p[^>]*>(.*?)</p>", _prose(page)).group(1)
        assert first.startswith("<strong>") and first.endswith("</strong>")
        assert _reader(first) == gold["summary"]
    else:
        assert 'text-lg italic' not in region
    # images: the body's <img> in order, relative addresses resolved; the cover is CSS only
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', _prose(page))
    resolved = [urlsplit(urljoin("http://x" + gold["path"], html.unescape(s))).path for s in srcs]
    assert resolved == [i["path"] for i in gold["images"]]
    assert [i["caption"] for i in gold["images"]] == [i.caption for i in story.images]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    if story.opts.get("cover"):
        assert f"background-image: url('{portal._cover(story.slug)}')" in region
        assert portal._cover(story.slug) not in srcs
    crumbs = re.search(r'<nav aria-label="Breadcrumb"[^>]*>(.*?)</nav>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert portal.TODAY in page and "lượt xem" in region and "Người đăng:" in region
    assert "Tổng lượt truy cập" in page and portal.ADDRESS in page


@pytest.mark.parametrize("story", portal.STORIES, ids=lambda s: str(s.id))
def test_body_holds_nothing_but_the_gold_and_the_set_aside_lines(server: PortalServer, story) -> None:
    """Take the gold paragraphs, printed captions, byline lines and attachment figures out of
    the prose: nothing may remain (no text the gold forgot)."""
    page = _get(server, portal.article_path(story))[1]
    rest = _reader(_prose(page))
    pieces = [b.text for b in story.blocks if isinstance(b, P)]
    pieces += [b.printed for b in story.blocks if isinstance(b, Img) and b.printed]
    pieces += [_reader(b.html) for b in story.blocks if isinstance(b, Raw)]
    for piece in sorted(pieces, key=len, reverse=True):
        assert piece in rest, piece[:60]
        rest = rest.replace(piece, " ", 1)
    assert rest.replace("|", "").split() == []


# --------------------------------------------------------------------------- reachability


def _same_host(server: PortalServer, base: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(base), html.unescape(href)))
    if link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _with_page(target: str, page: int) -> str:
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "page"]
    query.append(("page", str(page)))
    return parts.path + "?" + urlencode(query)


def _pager_targets(target: str, page: str) -> list[str]:
    """What a browser's address bar shows after each pager button: Livewire pushes ?page=N."""
    if "wire:snapshot" not in page:
        return []
    current = _snapshot(page)["data"].get("paginators")
    out = []
    for call, number in _PAGER.findall(page):
        now = current[0]["page"] if current else 1
        n = int(number) if number else (now + 1 if call.startswith("next") else now - 1)
        out.append(_with_page(target, n))
    return out


def _walk(server: PortalServer, buttons: bool) -> dict[str, int]:
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or target.startswith("/storage/"):
            seen[target] = 0
            continue
        status, page, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 500, "the walk should stay small"
        if status == 301:
            queue.append(headers["Location"])
        if status != 200:
            continue
        links = [_same_host(server, target, h) for _, h in _HREF.findall(page)]
        if buttons:
            links += _pager_targets(target, page)
        queue.extend(t for t in links if t and t not in seen)
    return seen


def test_no_link_carries_a_page_number(server: PortalServer) -> None:
    for target in ["/", "/tin-tuc", "/danh-muc/hoat-dong-chuyen-mon", "/van-ban", "/tin-tuc?page=2"]:
        page = _get(server, target)[1]
        assert not [h for _, h in _HREF.findall(page) if "page=" in h]


def test_walk_with_pager_buttons_reaches_every_article(server: PortalServer) -> None:
    walked = _walk(server, buttons=True)
    articles = {g["path"] for g in portal.GOLD}
    assert articles <= set(walked)
    assert set(portal.NON_ARTICLES) <= set(walked)
    assert [t for t, s in walked.items() if s not in (0, 200, 301)] == []
    links_only = _walk(server, buttons=False)
    hidden = articles - set(links_only)
    # the older posts are listed only on pages 2 and 3, which only the buttons reach
    assert len(hidden) >= 3
    assert {portal.article_path(portal._BY_ID[i]) for i in (259, 288, 296)} == hidden


def test_livewire_pagination_by_get(server: PortalServer) -> None:
    cat = "hoat-dong-chuyen-mon"
    want = [portal.article_path(s) for s in portal.listed(cat)]
    assert len(want) > 2 * portal.CAT_PER_PAGE
    got: list[str] = []
    for n in (1, 2, 3):
        target = f"/danh-muc/{cat}" + (f"?page={n}" if n > 1 else "")
        status, page = _get(server, target)
        assert status == 200
        snap = _snapshot(page)
        assert snap["memo"]["name"] == "danh-sach-tin" and snap["memo"]["path"] == f"danh-muc/{cat}"
        assert snap["data"]["paginators"] == [{"page": n}, {"s": "arr"}]
        assert re.search(r'wire:effects="[^"]*paginators\.page', page)
        got += re.findall(r'<h3 class="font-semibold[^"]*"><a href="([^"]+)"', page)
        assert '<span aria-current="page"><span class="' in page
        assert ("wire:click=\"nextPage('page')\"" in page) == (n < 3)
        assert ("wire:click=\"previousPage('page')\"" in page) == (n > 1)
    assert got == want
    assert f'src="{portal.LW_JS}"' in page and 'data-update-uri="/livewire/update"' in page
    # all news: 6 a page, 3 pages
    first = _get(server, "/tin-tuc")[1]
    assert "gotoPage(3, 'page')" in first and "gotoPage(4, 'page')" not in first


def test_page_edge_cases(server: PortalServer) -> None:
    def posts(target: str) -> list[str]:
        return re.findall(r'<h3 class="font-semibold[^"]*"><a href="([^"]+)"', _get(server, target)[1])

    assert posts("/tin-tuc?page=abc") == posts("/tin-tuc") == posts("/tin-tuc?page=0")
    status, beyond = _get(server, "/tin-tuc?page=9")
    assert status == 200 and "Không có bài viết nào." in beyond and "gotoPage(1, 'page')" in beyond
    assert "Không có bài viết nào." in _get(server, "/danh-muc/thong-bao?page=2")[1]
    by_views = posts("/tin-tuc?sort=xem-nhieu")
    assert by_views != posts("/tin-tuc") and sorted(by_views) != by_views
    assert by_views[0] == portal.article_path(portal._BY_ID[274])
    assert posts("/tin-tuc?tag=thcs") and posts("/tin-tuc?tag=khong-co") == []
    assert posts("/tin-tuc?search=kh%C3%A1i+gi%E1%BA%A3ng") == [portal.article_path(portal._BY_ID[274])]


def test_calendar_weeks_never_end(server: PortalServer) -> None:
    target = f"/lich-cong-tac?tuan={portal.THIS_WEEK}"
    status, page = _get(server, target)
    assert status == 200 and "Lịch công tác tuần 48/2026" in page and "Giao ban lãnh đạo" in page
    assert page == _get(server, "/lich-cong-tac")[1]
    assert 'href="/lich-cong-tac?tuan=48"' in _get(server, "/")[1]
    tuan = portal.THIS_WEEK
    for _ in range(30):
        n = int(re.search(r"wire:click=\"\$set\('tuan', (-?\d+)\)\"[^>]*>Tuần sau", page).group(1))
        assert n == tuan + 1
        tuan = n
        status, page = _get(server, f"/lich-cong-tac?tuan={tuan}")
        assert status == 200
    assert "/2027" in page and "Chưa có lịch công tác" in page
    assert _get(server, "/lich-cong-tac?tuan=-300")[0] == 200
    assert "tuần 48/2026" in _get(server, "/lich-cong-tac?tuan=abc")[1]


def _post(server: PortalServer, target: str, data: bytes, headers: dict[str, str]) -> tuple[int, str]:
    req = urllib.request.Request(server.url(target), data=data, headers=headers, method="POST")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def test_livewire_endpoints(server: PortalServer) -> None:
    status, body = _post(server, "/livewire/update", b"components=[]", {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 419 and "Page Expired" in body
    status, body = _post(server, "/livewire/update", b'{"_token":"x","components":[]}', {"Content-Type": "application/json", "X-Livewire": "1"})
    assert status == 419 and json.loads(body) == {"message": "CSRF token mismatch."}
    assert _get(server, "/livewire/update")[0] == 405
    assert _post(server, "/lien-he", b"hoTen=a", {})[0] == 405
    status, _, headers = fetch(server, portal.LW_JS)
    assert status == 200 and headers["Content-Type"].startswith("application/javascript")


def test_routes_redirects_and_not_found(server: PortalServer) -> None:
    story = portal._BY_ID[281]
    status, _, headers = fetch(server, "/tin/281")
    assert status == 301 and headers["Location"] == portal.article_path(story)
    linker = _get(server, portal.article_path(portal._BY_ID[312]))[1]
    assert 'href="/tin/281"' in _prose(linker)
    status, _, headers = fetch(server, portal.article_path(story) + "/")
    assert status == 301 and headers["Location"] == portal.article_path(story)
    assert _get(server, "/tin/9999")[0] == 404
    assert _get(server, "/tin-tuc/khong-co-bai-nay")[0] == 404
    assert _get(server, "/danh-muc/khong-co")[0] == 404
    status, robots = _get(server, "/robots.txt")
    assert status == 200 and "Sitemap" not in robots
    assert _get(server, "/sitemap.xml")[0] == 404 and _get(server, "/feed")[0] == 404


def test_storage_files(server: PortalServer) -> None:
    for gold in portal.GOLD:
        for image in gold["images"]:
            status, _, headers = fetch(server, image["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"
    for doc in portal.DOCS:
        status, _, headers = fetch(server, doc.file)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
        page = _get(server, doc.path)[1]
        assert f'href="{doc.file}"' in page and "Trích yếu" in page and "prose" not in page
    assert _get(server, "/storage/uploads/2026/11/khong-co.jpg")[0] == 404
    for story in portal.STORIES:
        if story.opts.get("cover"):
            assert fetch(server, portal._cover(story.slug))[0] == 200


def test_related_news_is_an_empty_lazy_placeholder(server: PortalServer) -> None:
    page = _get(server, portal.GOLD[0]["path"])[1]
    section = _between(page, "Tin liên quan</h2>", "</section>")
    assert "x-intersect=\"$wire.__lazyLoad(" in section and "<a " not in section
    assert _reader(section) == ""
    assert _snapshot(section)["memo"]["name"] == "tin-lien-quan"


def test_text_forms(server: PortalServer) -> None:
    pages = {s.id: _get(server, portal.article_path(s)) for s in portal.STORIES}
    assert all(status == 200 for status, _ in pages.values())
    not_nfc = [i for i, (_, page) in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert not_nfc == [288]
    for story in portal.STORIES:
        prose = _prose(pages[story.id][1])
        if story.opts["editor"] == "tinymce":
            assert re.search(r"&[a-z]+grave;|&[a-z]+acute;|&[a-z]+circ;", prose), story.id
            assert "<p" in prose and "<div>" not in prose
        else:
            assert "<p" not in prose and "<div>" in prose and "&agrave;" not in prose
    assert any("<br><br>" in _prose(p) for _, p in pages.values())
    _, _, headers = fetch(server, portal.GOLD[0]["path"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[3]["path"], "/tin-tuc?page=2", "/lich-cong-tac?tuan=52"):
        assert _get(server, target)[1] == _get(server, target)[1]
