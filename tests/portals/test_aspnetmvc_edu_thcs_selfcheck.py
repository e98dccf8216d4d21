"""Self-check of the ASP.NET MVC 5 school portal (Trường THCS Chu Văn An): the fixture against itself.

Why: a blind-test portal is crawled once before anyone tunes the crawler; a gold target that does
not answer, a paragraph the page does not print or an article no link reaches would waste that
crawl. Nothing here imports the crawler beyond the demo server. It also pins down what makes the
platform what it is: Razor's ``&#NNN;`` for Latin-1 letters, TinyMCE's named entities and
relative image paths in old posts, the field table at the end of a post, the PagedList pager, and
the traps the docstring describes (``?lang=`` twins, the raw route, sort links, the endless week
calendar, the soft 404).
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

from . import aspnetmvc_edu_thcs as portal
from ._common import TODAY
from ._selfcheck import fetch

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx)$")


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
    """Text as a reader sees it: table cells of a row joined by " | ", tags dropped."""
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    markup = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", markup)).replace("\xa0", " ").split())


def _between(page: str, start: str, end: str) -> str:
    return page.split(start, 1)[1].split(end, 1)[0]


def _detail(page: str) -> str:
    return _between(page, '<div class="news-detail">', '<div class="news-tags">')


def _content(page: str) -> str:
    return _between(page, '<div class="news-content">', '<table class="table table-bordered table-condensed news-info">')


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    host = urlsplit(server.base_url).netloc
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        link = urlsplit(urljoin(server.url(page), href))
        if link.netloc == host:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


def test_contract_shape() -> None:
    assert portal.NAME == "aspnetmvc_edu_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == {name for _, name in portal.CATS.values()}
    assert max(cats.count(c) for c in set(cats)) > 2 * portal.PAGE_SIZE  # one category has 3+ pages
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        value = gold[key]
        assert value is None or (unicodedata.is_normalized("NFC", value) and value.strip() == value), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
    assert _DATE.match(gold["published_at"])  # the page prints a date only
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/Uploads/images/")
        assert image["caption"] is None or image["caption"] not in paragraphs
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin, ảnh|Ảnh|Bài|Tác giả): {re.escape(name)}", gold["body"])
    assert "admin" not in gold["authors"]


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="news-title">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    y, m, d = gold["published_at"].split("-")
    assert f"Ng&#224;y đăng: {d}/{m}/{y} - Lượt xem: " in page
    detail, content = _detail(page), _content(page)
    shown = _reader(content)
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        sapo = re.search(r'<div class="news-summary"><strong>(.*?)</strong></div>', page)
        assert sapo and _nfc(sapo.group(1)) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert '<div class="news-summary">' not in page
    position = 0
    for paragraph in paragraphs:  # in page order
        found = shown.find(paragraph, position)
        assert found >= 0, paragraph[:60]
        position = found + len(paragraph)
    srcs = re.findall(r'<img src="([^"]+)"', content)
    resolved = [urlsplit(urljoin(server.url(gold["path"]), s)).path for s in srcs]
    assert resolved == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in _reader(detail)
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<>]+)</a>", crumbs)[-1]) == gold["category"]
    reader = _reader(page)
    for chrome in (TODAY, "Đang online", "Thiết kế bởi", "Các tin khác", "Người đăng", "LIÊN KẾT WEBSITE"):
        assert chrome in reader
    assert re.search(r"\(\d\d/\d\d/2026\)</span></li>", _between(page, '<div class="other-news">', "</ul>"))
    assert 'rel="canonical"' not in page
    assert f'<meta property="og:url" content="{server.base_url}{gold["path"]}" />' in page


def test_field_table_comes_last_and_names_the_account(server: PortalServer) -> None:
    for gold, story in zip(portal.GOLD, portal.LATEST, strict=True):
        _, page = _get(server, gold["path"])
        table = _between(page, '<table class="table table-bordered table-condensed news-info">', "</table>")
        assert page.index("news-content") < page.index("news-info") < page.index("other-news")
        rows = dict(re.findall(r'<td class="info-label">(.*?)</td><td>(.*?)</td>', table))
        rows = {_nfc(k): v for k, v in rows.items()}
        assert _nfc(rows["Người đăng"]) == story.opts["poster"]
        assert story.opts["poster"] not in gold["authors"]
        if "Tác giả" in rows:
            assert _nfc(rows["Tác giả"]) == story.opts["author_field"]
        if "Nguồn" in rows:
            assert _nfc(rows["Nguồn"]) == gold["source"]
        else:
            assert gold["source"] is None
        if story.opts.get("attach"):
            for href, _name in story.opts["attach"]:
                assert f'href="{href}"' in rows["Tệp đính kèm"]
                status, _, headers = fetch(server, href)
                assert status == 200 and headers["Content-Type"].startswith("application/")


def test_alternative_addresses_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, page = _get(server, gold["path"])
        for alt in gold["alt_paths"]:
            status, twin = _get(server, alt)
            assert status == 200 and _detail(twin) == _detail(page), alt
        # the slug is ignored: the id decides
        number = gold["path"].split("/")[3]
        status, twin = _get(server, f"/tin-tuc/chi-tiet/{number}/ten-cu")
        assert status == 200 and _detail(twin) == _detail(page)


def _walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH, leaving the traps' variants aside."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if (
            _NOT_PAGES.search(urlsplit(target).path)
            or "lang=" in target
            or "sortOrder=" in target
            or target.startswith("/tim-kiem")
            or (target.startswith("/lich-cong-tac") and target != portal.SCHEDULE_PATH)
        ):
            seen[target] = 0  # linked, not fetched
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status == 200:
            queue.extend(link for link in _links(server, target, body) if link not in seen)
    return seen


def test_every_article_and_non_article_is_reachable_by_links(server: PortalServer) -> None:
    seen = _walk(server)
    assert {g["path"] for g in portal.GOLD} <= set(seen)
    assert set(portal.NON_ARTICLES) <= set(seen)
    assert {portal.raw_path(s) for s in portal.FEATURED} <= set(seen)
    fetched = [t for t, s in seen.items() if s]
    assert all(seen[t] == 200 for t in fetched)
    # the traps are linked: language twins, sort orders, other weeks
    assert any("lang=en" in t for t in seen) and any("sortOrder=date_asc" in t for t in seen)
    assert any(t.startswith("/lich-cong-tac?week=49") for t in seen)


def _listed(body: str) -> list[str]:
    return re.findall(r'<h3 class="news-item-title"><a href="([^"]+)">', body)


@pytest.mark.parametrize("cat", [*portal.CATS, None])
def test_paged_list_pager(server: PortalServer, cat: int | None) -> None:
    path = portal.cat_path(cat) if cat else "/tin-tuc"
    want = [portal.article_path(s) for s in portal.in_cat(cat)]
    pages = portal.page_count(len(want))
    got: list[str] = []
    for n in range(1, pages + 1):
        status, body = _get(server, path if n == 1 else f"{path}?page={n}")
        assert status == 200 and f'<p class="page-count">Trang {n} / {pages}</p>' in body
        got += _listed(body)
        if pages == 1:
            assert "pagination-container" not in body
            continue
        pager = _between(body, '<ul class="pagination">', "</ul>")
        assert f'<li class="active"><a>{n}</a></li>' in pager
        if n == 1:
            assert '<li class="disabled PagedList-skipToFirst"><a>«</a></li>' in pager
            assert '<li class="disabled PagedList-skipToPrevious"><a>‹</a></li>' in pager
            assert f'<li><a href="{path}?page=2">2</a></li>' in pager
        else:
            assert f'<li class="PagedList-skipToFirst"><a href="{path}?page=1">«</a></li>' in pager
        if n == pages:
            assert '<li class="disabled PagedList-skipToLast"><a>»</a></li>' in pager
        else:
            assert f'<a href="{path}?page={n + 1}" rel="next">›</a>' in pager
    assert got == want
    status, body = _get(server, f"{path}?page={pages + 5}")
    assert status == 200 and f"Trang 0 / {pages}" in body and not _listed(body)


def test_category_sizes() -> None:
    counts = {c: portal.page_count(len(portal.in_cat(c))) for c in portal.CATS}
    assert counts == {5: 3, 6: 2, 8: 1}
    assert portal.page_count(len(portal.LATEST)) == 5


def test_sort_links_are_kept_by_the_pager(server: PortalServer) -> None:
    path = portal.cat_path(5)
    _, body = _get(server, path)
    for key in portal.SORTS:
        assert f'href="{path}?sortOrder={key}"' in body
    _, asc = _get(server, f"{path}?sortOrder=date_asc")
    oldest = [portal.article_path(s) for s in reversed(portal.in_cat(5))]
    assert _listed(asc) == oldest[: portal.PAGE_SIZE]
    assert f'href="{path}?page=2&amp;sortOrder=date_asc"' in asc
    _, titled = _get(server, f"{path}?page=3&sortOrder=title_asc")
    assert len(_listed(titled)) == 1 and "Trang 3 / 3" in titled


def test_language_switch_answers_the_same_vietnamese_page(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    _, plain = _get(server, gold["path"])
    _, english = _get(server, gold["path"] + "?lang=en")
    strip = re.compile(r'<span class="lang-switch">.*?</span>')
    assert strip.sub("", plain) == strip.sub("", english)
    assert '<html lang="vi">' in english and "Ng&#224;y đăng" in english
    assert f'href="{gold["path"]}?lang=en"' in english  # replaced, never appended twice
    assert "lang=en&amp;lang" not in english and "lang=vi&amp;lang" not in english
    _, listing = _get(server, f"{portal.cat_path(5)}?page=2&lang=en")
    assert f'href="{portal.cat_path(5)}?page=2&amp;lang=vi"' in listing and "Trang 2 / 3" in listing


def _week_link(body: str, label: str) -> str:
    if label == "next":
        return html.unescape(re.search(r'<a class="btn btn-default btn-sm" href="([^"]+)">Tuần sau ›</a>', body).group(1))
    return html.unescape(re.search(r'<a class="btn btn-default btn-sm" href="([^"]+)">‹ Tuần trước</a>', body).group(1))


def test_week_calendar_never_ends(server: PortalServer) -> None:
    _, body = _get(server, portal.SCHEDULE_PATH)
    assert '<table class="table table-bordered schedule">' in body and "Lịch c&#244;ng t&#225;c tuần 48 năm 2026" in body
    assert "23/11/2026" in body and "29/11/2026" in body
    for direction, steps, year in (("next", 70, "2028"), ("prev", 60, "2025")):
        target, visited = portal.SCHEDULE_PATH, set()
        for _ in range(steps):
            status, body = _get(server, target)
            assert status == 200
            visited.add(target)
            target = _week_link(body, direction)
        assert len(visited) == steps and f"year={year}" in target
    status, body = _get(server, "/lich-cong-tac?week=50&year=2026")
    assert status == 200 and "Chưa c&#243; lịch c&#244;ng t&#225;c tuần n&#224;y." in body
    status, body = _get(server, "/lich-cong-tac?week=12&year=3019")
    assert status == 200 and "week=13&amp;year=3019" in body


def test_soft_404_and_not_found(server: PortalServer) -> None:
    deleted = f"/Home/NewsDetail?id={portal.DELETED_ID}"
    linking = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/chi-tiet/1246/"))
    assert f'<a href="{deleted}">' in _content(_get(server, linking["path"])[1])
    for target in (deleted, "/tin-tuc/chi-tiet/9999/bai-viet-cu", "/Home/NewsDetail?id=abc"):
        status, body = _get(server, target)
        assert status == 200 and "B&#224;i viết kh&#244;ng tồn tại hoặc đ&#227; bị x&#243;a!" in body
        assert '<h1 class="news-title">' not in body
    status, body = _get(server, "/tin-tuc/danh-muc/99/khong-co")
    assert status == 404 and "The resource cannot be found." in body
    status, body = _get(server, "/Default.aspx")
    assert status == 404 and "Server Error in '/' Application." in body


def test_non_articles_are_no_article_pages(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body = _get(server, target)
        assert status == 200 and '<h1 class="news-title">' not in body, target
        assert TODAY in _reader(body)
    _, album = _get(server, "/thu-vien/anh/12")
    assert album.count('<p class="photo-caption">') == 4 and "Ng&#224;y tạo: 06/09/2026" in album
    _, docs = _get(server, "/van-ban")
    for doc in portal.DOCS:
        assert f'href="/van-ban/chi-tiet/{doc.id}"' in docs
        assert _get(server, f"/Uploads/files/vanban/{doc.file}")[0] == 200


def test_encodings(server: PortalServer) -> None:
    for gold, story in zip(portal.GOLD, portal.LATEST, strict=True):
        _, page, headers = fetch(server, gold["path"])
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert headers["X-AspNetMvc-Version"] == "5.2" and "ASP.NET_SessionId=" in headers["Set-Cookie"]
        headline = re.search(r'<h1 class="news-title">(.*?)</h1>', page).group(1)
        # Razor: Latin-1 letters as decimal references, the rest raw, no named entity
        assert not re.search(r"&[a-z]+;", headline)
        assert not re.search("[\u00a0-\u00ff]", headline)
        content = _content(page)
        assert unicodedata.is_normalized("NFC", content)
        if story.opts.get("named"):  # TinyMCE entity_encoding "named", relative_urls
            assert re.search(r"&(agrave|aacute|ecirc|ocirc|atilde);", content)
            assert not re.search("[\u00c0-\u00ff]", content)
            assert all(src.startswith("../../../Uploads/") for src in re.findall(r'<img src="([^"]+)"', content))
        else:
            assert not re.search(r"&[a-z]+;", content.replace("&amp;", ""))
            assert all(src.startswith("/Uploads/") for src in re.findall(r'<img src="([^"]+)"', content))
    assert any(s.opts.get("named") for s in portal.STORIES)
    assert any(not s.opts.get("named") for s in portal.STORIES)


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], "/", portal.SCHEDULE_PATH):
        assert _get(server, target) == _get(server, target)
