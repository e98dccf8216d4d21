"""Self-check of the Symfony 6 fixture (Phòng GD&ĐT Thạch Hà): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target,
alternative and non-article answers 200; that the gold is well formed and printed on its page
(after entities and NFC), bylines in the ``dl.post-info``; that a walk of links from START_PATH
reaches every article and non-article (the endless "Sau" pages and calendar weeks are followed
only near their start); and that the traps behave as the module says: ``/bai-viet/{id}`` 301,
any slug 200 with a canonical, ``?page=0`` 500, out-of-range pages 200 and endless, sort and
filter combinations, calendar weeks without end, the text forms (one NFD post, one with
character references).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import symfony_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx|xml)$")
_FILE_NAME = re.compile(r"^z\d+_[0-9a-f]+\.jpg$")
_CAT_PATHS = {name: f"/chuyen-muc/{slug}" for slug, name in portal.CATS.items()}


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
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(_nfc(no_tags).replace("\xa0", " ").split())


def _article(page: str) -> str:
    return page.split('<article class="post"', 1)[1].split("</article>", 1)[0]


def _post_body(page: str) -> str:
    return page.split('<div class="post-body ck-content">', 1)[1].split("\n</div>\n", 1)[0]


def _local(server: PortalServer, page: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(page), html.unescape(href)))
    if link.scheme != "http" or link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        target = _local(server, page, href)
        if target:
            out.append(target)
    return out


def _param(target: str, name: str) -> str | None:
    values = parse_qs(urlsplit(target).query).get(name)
    return values[0] if values else None


def _far(target: str) -> bool:
    """Links the walk notes but does not fetch: deep out-of-range pages, far calendar weeks."""
    page = _param(target, "page")
    if page is not None and page.isdigit() and int(page) > 4:
        return True
    if urlsplit(target).path == "/lich-cong-tac":
        week, year = _param(target, "tuan"), _param(target, "nam")
        return not (year == "2026" and week is not None and 45 <= int(week) <= 51)
    return False


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host <a>/<link> hrefs from START_PATH (0 = linked, not fetched)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or _far(target):
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 3000, "the walk should stay bounded"
        if status != 200:
            continue
        queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


# --- the gold ---------------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "symfony_pgd" and portal.PLATFORM == "symfony"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths) and alts
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == set(portal.CATS.values())
    assert max(cats.count(c) for c in set(cats)) > 2 * portal.PER_PAGE  # one category of 3+ pages
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-24:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) - {"alt_paths"} == _KEYS
    assert gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        value = gold[key]
        assert value is None or (value == value.strip() and unicodedata.is_normalized("NFC", value))
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/uploads/images/")
        assert image["caption"] is None or image["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "Người viết"]:
        assert not any(p.endswith(name) for p in paragraphs)
    assert not any(
        p.startswith(("Ảnh:", "Người viết", "Nguồn:", "Trường THCS Phan")) for p in paragraphs
    )


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [
        a for g in portal.GOLD for a in g.get("alt_paths", [])
    ]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    meta = re.search(r'<div class="post-meta[^"]*">(.*?)</div>', page).group(1)
    day = re.search(r'<i class="bi bi-calendar3"></i> (\d\d)/(\d\d)/(\d{4})<', meta)
    clock = re.search(r'<i class="bi bi-clock"></i> (\d\d:\d\d)<', meta)
    stamp = f"{day.group(3)}-{day.group(2)}-{day.group(1)}"
    return stamp + (f"T{clock.group(1)}:00+07:00" if clock else "")


def _info(page: str) -> dict[str, str]:
    dl = re.search(r'<dl class="post-info[^"]*">(.*?)</dl>', _article(page))
    if not dl:
        return {}
    pairs = re.findall(r"<dt[^>]*>(.*?)</dt><dd[^>]*>(.*?)</dd>", dl.group(1))
    return {_nfc(k): _nfc(v) for k, v in pairs}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-24:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="post-title">(.*?)</h1>', page).group(1)
    assert _nfc(h1) == gold["title"]
    body = _post_body(page)
    shown = _reader(body)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", body)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        lead = re.search(r'<p class="lead[^"]*">(.*?)</p>', _article(page)).group(1)
        assert _reader(lead) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert '<p class="lead' not in page
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = re.findall(r'<img src="([^"]+)"', body)
    assert srcs == [i["path"] for i in gold["images"]]
    figures = re.findall(
        r"<figure class=\"image[^\"]*\"[^>]*><img src=\"([^\"]+)\"[^>]*>(.*?)</figure>", body
    )
    captions = {src: _reader(rest) or None for src, rest in figures}
    for image in gold["images"]:
        printed = captions.get(image["path"])
        if image["caption"] is None:
            assert printed is None or _FILE_NAME.match(printed)
        else:
            assert printed == image["caption"]
    info = _info(page)
    writers = info.get("Người viết")
    assert gold["authors"] == (writers.split(", ") if writers else [])
    assert gold["source"] == info.get("Nguồn")
    if "Ảnh" in info:
        assert gold["photographers"] == [info["Ảnh"]]
    for name in gold["photographers"]:
        assert name in shown or name == info.get("Ảnh")
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in page
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert re.findall(r'<a href="(/chuyen-muc/[^"]+)">([^<]+)</a>', crumbs) == [
        (_CAT_PATHS[gold["category"]], gold["category"])
    ]
    assert _printed_date(page) == gold["published_at"]
    text = _reader(page)
    assert portal.TODAY in text and "Bài viết khác" in text and "Tổng lượt truy cập" in text
    assert portal.ADDRESS in text and portal.HOTLINE in text and "sf-toolbar" not in page


def test_meta_line_variants(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    no_clock = [
        p for p, page in pages.items() if "bi-clock" not in page.split("post-meta", 1)[1][:400]
    ]
    assert no_clock == [portal.article_path(portal._BY_ID[479])]
    updated = [p for p, page in pages.items() if "Cập nhật: " in page]
    assert updated == [portal.article_path(portal._BY_ID[471])]
    assert "<blockquote>" in pages[portal.article_path(portal._BY_ID[491])]
    assert '<figure class="table">' in pages[portal.article_path(portal._BY_ID[484])]
    assert "Tệp đính kèm" in pages[portal.article_path(portal._BY_ID[478])]
    signature = '<p style="text-align:right;"><strong><i>Trường THCS Phan Huy Chú</i></strong></p>'
    assert signature in pages[portal.article_path(portal._BY_ID[486])]


# --- reachability -----------------------------------------------------------------------------


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= {t for t, s in walk.items() if s == 200}
    old = {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert old <= set(walk)
    assert set(portal.NON_ARTICLES) <= {t for t, s in walk.items() if s == 200}
    statuses = {s for s in walk.values()}
    assert statuses <= {0, 200, 301, 500}
    assert any(s == 500 and _param(t, "page") == "0" for t, s in walk.items())
    assert any(s == 301 and re.fullmatch(r"/bai-viet/\d+", t) for t, s in walk.items())
    assert any(s == 0 and _far(t) and _param(t, "page") for t, s in walk.items()), (
        "the pages went on"
    )
    assert any(s == 0 and t.startswith("/lich-cong-tac") for t, s in walk.items()), "weeks went on"
    assert any(_param(t, "sort") and _param(t, "cap") for t, s in walk.items() if s == 200)


def test_sitemap_lists_every_article(server: PortalServer) -> None:
    _, robots = _get(server, "/robots.txt")
    index = _local(server, "/", re.search(r"^Sitemap: (\S+)$", robots, re.M).group(1))
    _, xml = _get(server, index)
    listed: set[str] = set()
    for child in re.findall(r"<loc>([^<]+)</loc>", xml):
        _, sub = _get(server, _local(server, "/", child))
        listed |= {_local(server, "/", u) for u in re.findall(r"<loc>([^<]+)</loc>", sub)}
    assert {g["path"] for g in portal.GOLD} <= listed


# --- traps ------------------------------------------------------------------------------------


def test_article_url_variants(server: PortalServer) -> None:
    for gold in portal.GOLD:
        number = gold["path"].rsplit("-", 1)[1]
        status, _, headers = fetch(server, f"/bai-viet/{number}")
        assert status == 301 and headers["Location"] == gold["path"]
        status, page = _get(server, f"/bai-viet/mot-tieu-de-khac-{number}")
        assert status == 200
        assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
        assert _article(page) == _article(_get(server, gold["path"])[1])
        status, _, headers = fetch(server, gold["path"] + "/")
        assert status == 301 and headers["Location"] == gold["path"]
    plan = next(g for g in portal.GOLD if g.get("alt_paths"))
    (old,) = plan["alt_paths"]
    assert f'href="{old}"' in _get(server, portal.GOLD[0]["path"])[1]
    ticker = _get(server, "/")[1].split('class="notice-ticker', 1)[1].split("</marquee>", 1)[0]
    assert re.findall(r'href="(/bai-viet/\d+)"', ticker)
    assert _get(server, "/bai-viet/khong-co-bai-nay-99999")[0] == 404
    assert _get(server, "/bai-viet/99999")[0] == 404


def _listed(page: str) -> list[str]:
    return re.findall(r'<h3 class="post-item-title[^"]*"><a href="([^"]+)">', page)


def test_knp_pagination_and_endless_next(server: PortalServer) -> None:
    cat = "/chuyen-muc/tin-tuc-su-kien"
    first = _get(server, cat)[1]
    again = _get(server, cat + "?page=1")[1]
    assert (
        _listed(first) == _listed(again) and "?page=1&amp;sort=a.title&amp;direction=asc" in again
    )
    assert '<ul class="pagination justify-content-center">' in first
    assert f'<a class="page-link" href="{cat}?page=3">3</a>' in first
    assert f'<a class="page-link" rel="next" href="{cat}?page=2">Sau&nbsp;&raquo;</a>' in first
    assert (
        f'<li class="page-item disabled"><a class="page-link" href="{cat}?page=0">Trước</a></li>'
        in first
    )
    want = [portal.article_path(s) for s in portal.in_cat("tin-tuc-su-kien")]
    got = [p for n in (1, 2, 3) for p in _listed(_get(server, f"{cat}?page={n}")[1])]
    assert got == want and portal._pages(len(want)) >= 3
    for bad in ("0", "-1", "abc"):
        status, page = _get(server, f"{cat}?page={bad}")
        assert status == 500 and "Oops! An Error Occurred" in page
    target = f"{cat}?page=3"
    for n in range(4, 40):
        page = _get(server, target)[1]
        nxt = html.unescape(
            re.search(r'<a class="page-link" href="([^"]+)">Sau</a>', page).group(1)
        )
        assert nxt == f"{cat}?page={n}"
        status, page = _get(server, nxt)
        assert status == 200 and "Không có bài viết nào phù hợp." in page and not _listed(page)
        target = nxt


def test_sort_and_level_filter(server: PortalServer) -> None:
    cat = "/chuyen-muc/tin-tuc-su-kien"
    first = _get(server, cat)[1]
    for field in portal.SORTS:
        assert f"?sort={field}&amp;direction=" in first
    everything = set(_listed(first))
    for field in portal.SORTS:
        for direction in ("asc", "desc"):
            got: list[str] = []
            for n in (1, 2, 3):
                got += _listed(
                    _get(server, f"{cat}?sort={field}&direction={direction}&page={n}")[1]
                )
            assert len(got) == 9 and set(got) >= everything
    asc = _listed(_get(server, f"{cat}?sort=a.publishedAt&direction=asc&page=1")[1])
    assert asc[0] == portal.article_path(portal._BY_ID[471])
    for cap in portal.CAPS:
        page = _get(server, f"{cat}?cap={cap}")[1]
        want = [
            portal.article_path(s)
            for s in portal.in_cat("tin-tuc-su-kien")
            if s.opts.get("cap") == cap
        ]
        assert _listed(page) == want[: portal.PER_PAGE] and want
        assert f'<option value="{cap}" selected>' in page
        assert f"?cap={cap}&amp;sort=a.title&amp;direction=asc&amp;page=1" in page
        assert f"?cap={cap}&amp;page=2" in page  # the mobile "Sau" link keeps the filter
    assert f'href="{cat}?cap=tieu-hoc"' in first
    assert _get(server, f"{cat}?sort=a.slug&direction=asc")[0] == 500
    assert _get(server, f"{cat}?cap=dai-hoc")[1].count('class="post-item ') == portal.PER_PAGE


def test_calendar_weeks_never_end(server: PortalServer) -> None:
    target = portal.CALENDAR
    seen = set()
    for _ in range(60):
        status, page = _get(server, target)
        assert status == 200
        nxt = html.unescape(
            re.search(r'<a class="[^"]*" href="([^"]+)">Tuần sau &raquo;</a>', page).group(1)
        )
        assert nxt not in seen
        seen.add(nxt)
        target = nxt
    assert _param(target, "nam") == "2028"
    assert "Chưa có lịch công tác của tuần này." in _get(server, target)[1]
    assert "Giao ban lãnh đạo Phòng" in _get(server, portal.CALENDAR)[1]
    assert _get(server, "/lich-cong-tac?tuan=53&nam=2026")[0] == 200
    assert _get(server, "/lich-cong-tac?tuan=54&nam=2026")[0] == 404


def test_non_articles_are_no_posts(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        page = _get(server, target)[1]
        assert '<article class="post"' not in page and 'rel="canonical"' not in page, target
    doc = _get(server, f"/van-ban/{portal.DOCS[0].id}")[1]
    assert "Người ký" in doc and portal.DOCS[0].file in doc
    status, _, headers = fetch(server, portal.DOCS[0].file)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    album = _get(server, "/thu-vien-anh/12")[1]
    assert (
        album.count('class="glightbox"') == 5
        and "<p>" not in album.split("gallery", 1)[1].split("<aside", 1)[0]
    )


def test_text_forms_and_encoding(server: PortalServer) -> None:
    pages = {}
    for gold in portal.GOLD:
        _, body, headers = fetch(server, gold["path"])
        assert (
            headers["Content-Type"] == "text/html; charset=utf-8"
            and '<meta charset="UTF-8">' in body
        )
        pages[gold["path"]] = body
    not_nfc = [
        p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _post_body(page))
    ]
    assert not_nfc == [portal.article_path(portal._BY_ID[474])]
    refs = [p for p, page in pages.items() if re.search(r"&#\d+;", _post_body(page))]
    assert refs == [portal.article_path(portal._BY_ID[479])]
    assert re.search(r"&[a-z]+;", _post_body(pages[refs[0]]).replace("&amp;", ""))


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[3]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
    assert _get(server, "/")[1] == _get(server, "/")[1]
