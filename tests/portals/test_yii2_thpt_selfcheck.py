"""Self-check of the Yii2 school portal (Trường THPT Trần Kỳ Phong): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every GOLD target, alt
path and NON_ARTICLE answers 200; that the gold is well formed and printed on its page (after
entities and NFC); that a walk of ``<a href>`` links from START_PATH reaches every article (sort,
calendar and debug links are not followed there); and that the platform's traps behave as the
module says: LinkPager with forced ``page`` and printed ``per-page``, sort links that keep the
page, clamped out-of-range pages, the endless calendar, the debug module, the captcha, the raw
route and the old slug with their own self-canonicals, TinyMCE's entities and the NFD post.
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

from . import yii2_thpt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$")
_HREF = re.compile(r'<a\s[^>]*?href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _reader_text(markup: str) -> str:
    inline = re.sub(r"</?(a|i|em|b|strong|span|small)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href.split("#", 1)[0]))
        if target:
            out.append(target)
    return out


def _content(body: str) -> str:
    return body.split('<div class="news-content">\n', 1)[1].split("\n</div>\n", 1)[0]


def _main(body: str) -> str:
    return body.split('<div class="col-md-8">', 1)[1].split('<div class="col-md-4 sidebar">', 1)[0]


def test_contract_shape() -> None:
    assert portal.NAME == "yii2_thpt" and portal.PLATFORM == "yii2" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert re.fullmatch(r"/tin-tuc/\d+-[a-z0-9-]+\.html", gold["path"])
    assert gold["alt_paths"][0] == f"/tin-tuc/view?id={gold['path'].split('/')[2].split('-')[0]}"
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/news/2026/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    # no byline line, caption or file name is a body paragraph
    assert not any(re.match(r"(Bài|Tin|Ảnh|Nguồn)\b.*:", p) or p == "Đoàn trường" for p in paragraphs)
    assert not any(p.upper().endswith(".JPG") for p in paragraphs)


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    failures = [(t, s) for t in targets if (s := fetch(server, t)[0]) != 200]
    assert not failures
    for target in portal.NON_ARTICLES:
        _, body, headers = fetch(server, target)
        assert "news-content" not in body, target
        if not target.startswith("/debug/"):
            assert headers["Content-Type"] == "text/html; charset=UTF-8"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:40])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=UTF-8"
    main = _main(body)
    page = _reader_text(main)
    assert f"<h1>{html.escape(gold['title'], quote=True)}</h1>" in main
    content = _content(main)
    content_text = _reader_text(content)
    body_paragraphs = gold["body"].split("\n\n")
    start = 1 if gold["summary"] else 0
    for paragraph in body_paragraphs[start:]:
        assert paragraph in content_text, paragraph[:60]
    if gold["summary"]:
        sapo = re.search(r'<div class="news-summary">(.*?)</div>', main).group(1)
        assert _reader_text(sapo) == gold["summary"]
    else:
        assert "news-summary" not in main
    # paragraphs in page order
    positions = [content_text.find(p) for p in body_paragraphs[start:]]
    assert positions == sorted(positions)
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in page, name
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', content)
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in content_text
    stamp = gold["published_at"]
    line = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]} {stamp[11:16]}"
    assert f'<span class="glyphicon glyphicon-calendar"></span> {line} &nbsp; <span class="glyphicon glyphicon-user">' in main
    crumbs = re.search(r'<ul class="breadcrumb">(.*?)</ul>', main, re.S).group(1)
    assert re.findall(r'<a href="/danh-muc/[^"]+">([^<]+)</a>', crumbs) == [gold["category"]]
    whole = _reader_text(body)
    assert portal.TODAY in whole and "Tổng lượt truy cập" in whole and portal.ADDRESS in whole
    assert "Tin liên quan" in page and f'name="{portal.CSRF_PARAM}"' in main
    assert f'<link href="{server.base_url}{gold["path"]}" rel="canonical">' in body


def test_bylines_are_printed_as_the_docstring_says(server: PortalServer) -> None:
    lines = {
        12: "Bài: Trần Thị Mỹ Linh - Ảnh: Nguyễn Quốc Việt",
        25: "Bài: Lê Thị Thanh Hương - Ảnh: Nguyễn Quốc Việt",
        43: "Bài: Nguyễn Thị Thu Trang - Ảnh: Lê Minh Đức",
        34: "Tin, ảnh: Võ Văn Hiếu",
        41: "Đoàn trường",
        39: "Nguồn: Sở GD&ĐT tỉnh Quảng Ngãi",
    }
    for story_id, line in lines.items():
        _, body, _ = fetch(server, f"/tin-tuc/view?id={story_id}")
        assert _reader_text(_content(body)).endswith(line), story_id
    # the meta line names the posting account; the admin account is nobody's byline
    for story in portal.STORIES:
        gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(story))
        if story.opts["poster"] == "Quản trị viên":
            assert "Quản trị viên" not in gold["authors"]
        else:
            assert gold["authors"] == [story.opts["poster"]]
    # comments under one article: names that are not bylines
    _, body, _ = fetch(server, "/tin-tuc/view?id=25")
    assert "Bình luận (2)" in body and "Nguyễn Văn Bình" in body and "DSC_0457.JPG" in _content(body)


def _walk(server: PortalServer) -> set[str]:
    """Targets reached by following <a href> from START_PATH, traps aside."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, target, body):
            if _NOT_PAGES.search(urlsplit(link).path) or "sort=" in link or "thang=" in link:
                continue
            if link.startswith(("/debug/", "/site/captcha")):
                continue
            queue.append(link)
    return seen


def test_every_article_is_reachable_by_links(server: PortalServer) -> None:
    seen = _walk(server)
    assert {g["path"] for g in portal.GOLD} <= seen
    assert set(portal.NON_ARTICLES) - {"/debug/default/index", "/lich-hoat-dong"} <= seen | {"/tim-kiem"}
    # the raw route of each notice is linked from the sidebar, the old slug of id 12 from id 43
    assert {f"/tin-tuc/view?id={s.id}" for s in portal.newest("thong-bao")} <= seen
    assert "/tin-tuc/12-le-khai-giang-nam-hoc-moi-2026-2027-du-kien.html" in seen
    # nothing else under /tin-tuc/ than gold paths and their alternatives
    known = {g["path"] for g in portal.GOLD} | {a for g in portal.GOLD for a in g["alt_paths"]}
    assert {t for t in seen if t.startswith("/tin-tuc/")} <= known


def test_alternative_urls_serve_the_same_article_with_a_self_canonical(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, pretty, _ = fetch(server, gold["path"])
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200 and _content(body) == _content(pretty)
            assert f'<link href="{server.base_url}{html.escape(alt)}" rel="canonical">' in body
    status, body, _ = fetch(server, "/tin-tuc/view?id=999")
    assert status == 404 and "Not Found (#404)" in body
    assert fetch(server, "/tin-tuc/999-khong-co.html")[0] == 404


def _listed(body: str) -> list[str]:
    view = body.split('class="list-view">', 1)[1]
    return re.findall(r'<h4 class="media-heading"><a href="([^"]+)"', view)


def test_linkpager_pages_and_per_page(server: PortalServer) -> None:
    for slug in portal.CATS:
        items = [portal.article_path(s) for s in portal.newest(slug)]
        size = portal.CAT_PAGE_SIZE
        last = portal.pages(len(items), size)
        got: list[str] = []
        for n in range(1, last + 1):
            status, body, _ = fetch(server, f"/danh-muc/{slug}?page={n}&per-page={size}")
            assert status == 200
            got += _listed(body)
            if last > 1:
                pager = re.search(r'<ul class="pagination">(.*?)</ul>', body, re.S).group(1)
                hrefs = [html.unescape(h) for h in re.findall(r'href="([^"]+)"', pager)]
                assert all(h.startswith(f"/danh-muc/{slug}?page=") and h.endswith(f"&per-page={size}") for h in hrefs)
                assert f'<li class="active"><a href="/danh-muc/{slug}?page={n}&amp;per-page={size}" data-page="{n - 1}">{n}</a></li>' in pager
                assert ('<li class="prev disabled"><span>&laquo;</span></li>' in pager) == (n == 1)
                assert ('<li class="next disabled"><span>&raquo;</span></li>' in pager) == (n == last)
        assert got == items
    assert portal.pages(len(portal.newest("tin-tuc-su-kien")), portal.CAT_PAGE_SIZE) >= 3
    # page=1 and no page are the same listing; out-of-range pages are clamped
    same = [f"/danh-muc/tin-tuc-su-kien?page={n}&per-page=4" for n in (1, 0, -3)] + ["/danh-muc/tin-tuc-su-kien"]
    assert len({tuple(_listed(fetch(server, t)[1])) for t in same}) == 1
    last = _listed(fetch(server, "/danh-muc/tin-tuc-su-kien?page=3&per-page=4")[1])
    assert _listed(fetch(server, "/danh-muc/tin-tuc-su-kien?page=999&per-page=4")[1]) == last
    # the all-news listing prints per-page=6 in its pager
    _, body, _ = fetch(server, "/tin-tuc")
    assert 'href="/tin-tuc?page=2&amp;per-page=6"' in body and len(_listed(body)) == 6


def test_sort_and_per_page_combinations_answer_200_with_the_same_articles(server: PortalServer) -> None:
    want = {portal.article_path(s) for s in portal.newest("tin-tuc-su-kien")}
    _, body, _ = fetch(server, "/danh-muc/tin-tuc-su-kien?page=2&per-page=4")
    sort_bar = re.search(r'<div class="sort-bar[^>]*>(.*?)</div>', body).group(1)
    assert 'href="/danh-muc/tin-tuc-su-kien?page=2&amp;per-page=4&amp;sort=published_at"' in sort_bar
    assert 'href="/danh-muc/tin-tuc-su-kien?page=2&amp;per-page=4&amp;sort=title"' in sort_bar
    for sort in ("-published_at", "published_at", "title", "-title", "bogus"):
        for size in (1, 3, 4, 9, 50, 500):
            seen: set[str] = set()
            for n in range(1, 12):
                status, body, _ = fetch(server, f"/danh-muc/tin-tuc-su-kien?sort={sort}&page={n}&per-page={size}")
                assert status == 200
                seen |= set(_listed(body))
            assert seen == want, (sort, size)
    _, body, _ = fetch(server, "/danh-muc/tin-tuc-su-kien?sort=title")
    assert 'href="/danh-muc/tin-tuc-su-kien?sort=title&amp;page=2&amp;per-page=4"' in body
    assert 'class="asc" href="/danh-muc/tin-tuc-su-kien?sort=-title"' in body


def test_calendar_months_never_end(server: PortalServer) -> None:
    target = "/lich-hoat-dong?thang=11&nam=2026"
    for _ in range(30):
        status, body, _ = fetch(server, target)
        assert status == 200 and "Lịch hoạt động tháng" in body
        nxt = re.search(r'<a class="pull-right" href="([^"]+)">Tháng sau &raquo;</a>', body).group(1)
        target = html.unescape(nxt)
    assert target == "/lich-hoat-dong?thang=5&nam=2029"
    assert fetch(server, "/lich-hoat-dong?thang=1&nam=1900")[0] == 200
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert 'href="/lich-hoat-dong?thang=10&amp;nam=2026">&laquo; Tháng trước</a>' in body


def test_debug_module_captcha_and_errors(server: PortalServer) -> None:
    _, body, _ = fetch(server, "/")
    tag = re.search(r'data-url="/debug/default/toolbar\?tag=([0-9a-f]{13})"', body).group(1)
    status, toolbar, _ = fetch(server, f"/debug/default/toolbar?tag={tag}")
    assert status == 200 and 'href="/debug/default/index"' in toolbar
    status, index, _ = fetch(server, "/debug/default/index")
    assert status == 200 and "Yii Debugger" in index and index.count("/debug/default/view?tag=") == 6
    for panel in portal.DEBUG_PANELS:
        assert fetch(server, f"/debug/default/view?tag={tag}&panel={panel}")[0] == 200
    assert fetch(server, "/debug/default/view?tag=abcdef0123456&panel=db")[0] == 200
    assert fetch(server, "/debug/default/view?tag=nope&panel=db")[0] == 404
    _, contact, _ = fetch(server, "/lien-he")
    assert f'src="/site/captcha?v={portal.CAPTCHA_V}"' in contact
    status, _, headers = fetch(server, f"/site/captcha?v={portal.CAPTCHA_V}")
    assert status == 200 and headers["Content-Type"] == "image/png"
    status, raw, headers = fetch(server, "/site/captcha?refresh=1")
    assert status == 200 and headers["Content-Type"].startswith("application/json") and '"url"' in raw
    status, body, _ = fetch(server, "/khong-co-trang-nay")
    assert status == 404 and "Trang không tồn tại." in body
    status, _, headers = fetch(server, portal.EXAM_PDF)
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_text_encodings(server: PortalServer) -> None:
    for story in portal.STORIES:
        _, body, _ = fetch(server, portal.article_path(story))
        content = _content(body)
        has_nfd = any(unicodedata.combining(ch) for ch in content)
        assert has_nfd == bool(story.opts.get("nfd")), story.id
        if story.opts["editor"] == "tinymce" and not story.opts.get("nfd"):
            assert "&agrave;" in content or "&ecirc;" in content
            assert re.search(r"[ạ-ỹ]", content)  # raw UTF-8 beside the entities
        if story.opts["editor"] == "redactor":
            assert not re.search(r"&[a-z]+;", content.replace("&amp;", ""))
    assert "nfd" in next(s for s in portal.STORIES if s.id == 28).opts


def test_non_articles_look_like_pages_not_articles(server: PortalServer) -> None:
    _, album, _ = fetch(server, "/thu-vien/anh/3")
    assert "Hội khỏe Phù Đổng" in album and album.count('data-lightbox="album-3"') == 4
    _, intro, _ = fetch(server, "/gioi-thieu")
    assert "<figcaption>Toàn cảnh Trường THPT Trần Kỳ Phong</figcaption>" in intro
    _, tkb, _ = fetch(server, "/thoi-khoa-bieu")
    assert tkb.count('<table class="table table-striped table-bordered">') == 3
    _, login, _ = fetch(server, "/site/login")
    assert 'name="LoginForm[username]"' in login and 'href="/site/request-password-reset"' in login


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[1]["path"], "/danh-muc/tin-tuc-su-kien?page=2&per-page=4", "/debug/default/index"):
        assert fetch(server, target)[1] == fetch(server, target)[1]
