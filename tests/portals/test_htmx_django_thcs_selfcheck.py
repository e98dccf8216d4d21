"""Self-check of the Django + HTMX school fixture (Trường THCS Lê Lợi): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that the gold is well formed
and printed on its page, that every gold target and non-article answers 200, and that what makes
this platform what it is holds: the pager exists only as ``hx-get`` buttons (never an ``<a
href>`` to ``?trang=``), every ``?trang=N`` URL answers a partial with ``HX-Request`` and the whole
page without it, four posts are reachable only through HTMX, the sidebar's notice box is empty
until HTMX loads it, and the traps (week schedule, pages past the last, sort and filter
parameters, search) behave as the module docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import htmx_django_thcs as portal
from ._selfcheck import NO_REDIRECTS

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category",
}  # fmt: skip
_HREF = re.compile(r"""<a\s[^>]*?href="([^"]*)\"""")
_HX_GET = re.compile(r'hx-get="([^"]*)"')
_FORM_GET = re.compile(r'<form action="([^"]+)" method="get"')
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str, hx: bool = False) -> tuple[int, str, dict[str, str]]:
    """Status, body and headers; redirects not followed; ``hx`` sends ``HX-Request: true``."""
    headers = {"HX-Request": "true", "HX-Current-URL": server.url("/")} if hx else {}
    req = urllib.request.Request(server.url(target), headers=headers)
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|i|b|span|time)\b[^>]*>", "", markup)
    flat = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(unicodedata.normalize("NFC", html.unescape(flat)).replace("\xa0", " ").split())


def _region(page: str) -> str:
    return page.split('<article class="bai-viet">', 1)[1].split("</article>", 1)[0]


def _content(page: str) -> str:
    return page.split('<div class="noi-dung ck-content">', 1)[1].split("\n</div>\n", 1)[0]


def _local(server: PortalServer, base: str, ref: str) -> str | None:
    link = urlsplit(urljoin(server.url(base), html.unescape(ref)))
    if link.netloc != urlsplit(server.base_url).netloc:
        return None
    return link.path + (f"?{link.query}" if link.query else "")


def _week_ok(target: str) -> bool:
    """The walk follows the week schedule only two weeks either side of week 48/2026."""
    q = parse_qs(urlsplit(target).query)
    if "tuan" not in q:
        return True
    return q["nam"] == ["2026"] and 46 <= int(q["tuan"][0]) <= 50


def _walk(server: PortalServer, with_htmx: bool) -> dict[str, int]:
    """Breadth-first from START_PATH over <a href> and GET forms, plus hx-get as HTMX would fetch."""
    seen: dict[str, int] = {}
    queue: deque[tuple[str, bool]] = deque([(portal.START_PATH, False)])
    while queue:
        target, hx = queue.popleft()
        if target in seen:
            continue
        if (
            _NOT_PAGES.search(urlsplit(target).path)
            or target.startswith("/admin/")
            or not _week_ok(target)
        ):
            seen[target] = 0
            continue
        status, body, headers = _get(server, target, hx)
        seen[target] = status
        assert len(seen) < 500, "the bounded walk should stay small"
        if status in (301, 302):
            queue.append((_local(server, target, headers["Location"]), False))
            continue
        if status != 200:
            continue
        refs = [(r, False) for r in _HREF.findall(body) + _FORM_GET.findall(body)]
        if with_htmx:
            refs += [(r, True) for r in _HX_GET.findall(body)]
        for ref, by_hx in refs:
            if ref.startswith(("mailto:", "javascript:", "#")):
                continue
            nxt = _local(server, target, ref)
            if nxt and nxt not in seen:
                queue.append((nxt, by_hx))
    return seen


@pytest.fixture(scope="module")
def walk_htmx(server: PortalServer) -> dict[str, int]:
    return _walk(server, True)


@pytest.fixture(scope="module")
def walk_links(server: PortalServer) -> dict[str, int]:
    return _walk(server, False)


def _feed_paths(server: PortalServer) -> list[str]:
    _, feed, headers = _get(server, "/tin-tuc/rss/")
    assert headers["Content-Type"].startswith("application/rss+xml")
    return [_local(server, "/", u) for u in re.findall(r"<link>(http[^<]+)</link>", feed)][1:]


def test_contract_shape() -> None:
    assert portal.NAME == "htmx_django_thcs" and portal.START_PATH == "/"
    assert portal.PLATFORM
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _DAY.match(gold["published_at"]), "the page prints a day, never a time"
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith(
            "/media/django_ckeditor_5/"
        )
        assert image["caption"] is None or image["caption"] not in gold["body"]
        assert image["caption"] is None or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert not gold["body"].endswith(name) and f": {name}" not in gold["body"]
        assert not name.startswith(("Thầy ", "Cô ", "ThS.")) and " - " not in name
    assert not {"admin", "bientap", "Ban biên tập"} & set(gold["authors"])


def test_every_gold_and_non_article_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + portal.NON_ARTICLES
    bad = []
    for t in targets:
        status, body, headers = _get(server, t)
        if (
            status != 200
            or not headers["Content-Type"].startswith("text/html")
            or "<!DOCTYPE html>" not in body
        ):
            bad.append((t, status))
    assert bad == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][9:45])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    region = _region(page)
    shown = _reader(region)
    head = re.search(r'<h1 class="tieu-de-bai fw-bold">(.*?)</h1>', region).group(1)
    assert _reader(head) == gold["title"]
    content = _content(page)
    cells = [_reader(c) for c in re.findall(r"<t[dh]>(.*?)</t[dh]>", content)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    lead = re.search(r'<p class="lead">(.*?)</p>', region)
    if lead:
        assert _reader(lead.group(1)) == gold["summary"]
    elif gold["summary"]:
        assert re.search(r"<p><strong>[^<]+</strong></p>", content), "a bold first paragraph"
        assert _reader(content.split("</p>", 1)[0]) == gold["summary"]
    assert re.findall(r'<img src="([^"]+)"', content) == [i["path"] for i in gold["images"]]
    assert "<img" not in region.split('<div class="noi-dung ck-content">', 1)[0], (
        "the cover is a CSS background"
    )
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in _reader(content)
    meta = re.search(r'<div class="thong-tin-bai[^"]*">(.*?)</div>', region).group(1)
    day = re.search(r'<time datetime="[^"]+">(\d\d)/(\d\d)/(\d{4})</time>', meta).groups()
    assert f"{day[2]}-{day[1]}-{day[0]}" == gold["published_at"]
    person = _reader(re.search(r'<i class="bi bi-person"></i> ([^<]*)</span>', meta).group(1))
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in _reader(content) or name in person
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}">' in page
    crumbs = re.search(r'<ol class="breadcrumb small">(.*?)</ol>', page).group(1)
    assert re.findall(r'<a href="/tin-tuc/chuyen-muc/[^"]+/">([^<]+)</a>', crumbs) == [
        gold["category"]
    ]
    assert portal.TODAY in page and "lượt xem" in page and "Bài viết liên quan" in page
    assert portal.HOTLINE in page and portal.ADDRESS in page and "google.com/maps/embed" in page


def test_nfd_post_and_entities(server: PortalServer) -> None:
    nfd = next(s for s in portal.STORIES if s.opts.get("nfd"))
    content = _content(_get(server, portal.article_path(nfd))[1])
    assert not unicodedata.is_normalized("NFC", content)
    assert unicodedata.normalize("NFD", "Đại hội đã đánh giá") in content
    assert "Đại hội đã đánh giá" not in content
    nbsp = next(
        s for s in portal.STORIES if any(getattr(b, "style", "") == "nbsp" for b in s.blocks)
    )
    assert ",&nbsp; " in _content(_get(server, portal.article_path(nbsp))[1])


def test_pager_is_htmx_only(server: PortalServer, walk_htmx: dict[str, int]) -> None:
    pages = [t for t, s in walk_htmx.items() if s == 200]
    for target in pages:
        _, body, _ = _get(server, target, "?trang=" in target or "&trang=" in target)
        assert not re.search(r'<a\s[^>]*href="[^"]*[?&](amp;)?trang=', body), target
    cat = "/tin-tuc/chuyen-muc/hoat-dong/"
    first = _get(server, cat)[1]
    assert (
        f'hx-get="{cat}?trang=2" hx-target="#ds-bai-viet" hx-swap="beforeend" hx-select=".the-bai-viet"'
        in first
    )
    assert '<button class="btn btn-outline-primary"' in first and "Xem thêm bài viết" in first
    # HTMX answers: cards plus the out-of-band button holder; the last page has no button
    listed: list[str] = re.findall(
        r'class="text-decoration-none stretched-link" href="([^"]+)"', first
    )
    page = 2
    while True:
        status, part, headers = _get(server, f"{cat}?trang={page}", hx=True)
        assert status == 200 and "<html" not in part and 'hx-swap-oob="true"' in part
        assert headers["Vary"].startswith("HX-Request")
        listed += re.findall(r'class="text-decoration-none stretched-link" href="([^"]+)"', part)
        if f"?trang={page + 1}" not in part:
            break
        page += 1
    assert page == 3 and len(listed) == len(portal.items("hoat-dong")) == 13
    assert "btn-outline-primary" not in part
    full = _get(server, f"{cat}?trang=2")[1]
    assert full.startswith("<!DOCTYPE html>") and "tieu-de-muc" in full
    assert re.findall(r'stretched-link" href="([^"]+)"', full) == listed[6:12]
    assert (
        f'hx-get="{cat}?trang=3"' in full
        and f'hx-get="{cat}?trang=3"' not in _get(server, f"{cat}?trang=3")[1]
    )
    assert (
        len(re.findall(r'class="col-md-6 the-bai-viet"', _get(server, "/tin-tuc/?trang=3")[1])) == 6
    )
    externals = [u for u in listed if u.startswith("https://")]
    assert len(externals) == 4


def test_pages_past_the_last(server: PortalServer) -> None:
    for target in (
        "/tin-tuc/chuyen-muc/hoat-dong/?trang=4",
        "/tin-tuc/?trang=250",
        "/tin-tuc/?trang=0",
    ):
        status, body, _ = _get(server, target)
        assert status == 200 and "Không còn bài viết." in body and "the-bai-viet" not in body
        status, part, _ = _get(server, target, hx=True)
        assert (
            status == 200
            and part.strip().startswith('<div id="khung-xem-them"')
            and "Không còn bài viết." in part
        )
    assert _get(server, "/tin-tuc/?trang=abc")[1] == _get(server, "/tin-tuc/")[1]


def test_chips_filters_and_sort(server: PortalServer) -> None:
    page = _get(server, "/tin-tuc/")[1]
    assert (
        '<a class="btn btn-sm rounded-pill btn-outline-secondary" hx-get="/tin-tuc/?chuyen_muc=thong-bao"'
        ' hx-target="#khu-tin-tuc" hx-swap="outerHTML" hx-push-url="true" href="/tin-tuc/chuyen-muc/thong-bao/">'
    ) in page
    chip = _get(server, "/tin-tuc/?chuyen_muc=thong-bao", hx=True)[1]
    assert chip.startswith('<section id="khu-tin-tuc">')
    links = re.findall(r'stretched-link" href="([^"]+)"', chip)
    assert links == re.findall(
        r'stretched-link" href="([^"]+)"', _get(server, "/tin-tuc/chuyen-muc/thong-bao/")[1]
    )
    oldest = _get(server, "/tin-tuc/chuyen-muc/hoat-dong/?sap_xep=cu-nhat")[1]
    assert re.findall(r'stretched-link" href="([^"]+)"', oldest)[0] == portal.article_path(
        portal._BY_ID[176]
    )
    assert 'hx-get="/tin-tuc/chuyen-muc/hoat-dong/?sap_xep=cu-nhat&amp;trang=2"' in oldest
    req = urllib.request.Request(
        server.url("/tin-tuc/?the=lien-doi"),
        headers={"HX-Request": "true", "HX-Target": "noi-dung-chinh"},
    )
    with NO_REDIRECTS.open(req, timeout=10) as resp:  # the tag button's hx-select finds its target
        assert 'id="noi-dung-chinh"' in resp.read().decode("utf-8")
    tag = _get(server, "/tin-tuc/?the=lien-doi")[1]
    assert "Bài viết gắn thẻ: liên đội" in tag and portal.article_path(portal._BY_ID[189]) in tag
    article = _get(server, portal.GOLD[1]["path"])[1]
    assert (
        'hx-get="/tin-tuc/?the=ngay-nha-giao"' in article and 'href="/tin-tuc/?the=' not in article
    )


def test_walks_reach_gold_and_htmx_only_posts(server: PortalServer, walk_htmx, walk_links) -> None:
    gold = {g["path"] for g in portal.GOLD}
    assert gold <= set(walk_htmx)
    assert set(portal.NON_ARTICLES) <= set(walk_htmx)
    assert [t for t, s in walk_htmx.items() if s not in (0, 200, 301, 302)] == []
    assert {t for t, s in walk_htmx.items() if s == 301} == {
        f"/bai-viet/{n}/" for n in (214, 212, 207, 176)
    }
    feed = set(_feed_paths(server))
    assert len(feed) == portal.FEED_SIZE and feed <= gold
    _, home, _ = _get(server, "/")
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Tin tức - Trường THCS Lê Lợi" href="/tin-tuc/rss/">'
        in home
    )
    without_htmx = (gold & set(walk_links)) | feed
    assert gold - without_htmx == set(portal.HX_ONLY)
    assert not any("trang=" in t for t in walk_links)
    _, robots, _ = _get(server, "/robots.txt")
    assert "Sitemap" not in robots and "Disallow: /admin/" in robots
    assert _get(server, "/sitemap.xml")[0] == 404


def test_sidebar_notices_are_loaded_by_htmx(server: PortalServer) -> None:
    _, page, _ = _get(server, "/gioi-thieu/")
    box = re.search(
        r'<div class="card-body p-2" id="thong-bao-moi" hx-get="/tin-tuc/_thong-bao-moi/" hx-trigger="load" hx-swap="innerHTML">(.*?)</div>\n</div>',
        page,
        re.S,
    )
    assert box and "<a " not in box.group(1)
    assert page.count("/tin-tuc/_thong-bao-moi/") == 1
    status, part, _ = _get(server, "/tin-tuc/_thong-bao-moi/")
    assert status == 200 and "<html" not in part
    assert re.findall(r'<a href="([^"]+)">', part)[:3] == [
        portal.article_path(s) for s in portal.newest("thong-bao")
    ]


def test_week_schedule_never_ends(server: PortalServer) -> None:
    _, side, _ = _get(server, "/")
    assert (
        'hx-get="/lich-cong-tac/?tuan=47&amp;nam=2026"' in side
        and 'hx-get="/lich-cong-tac/?tuan=49&amp;nam=2026"' in side
    )
    target = "/lich-cong-tac/?tuan=48&nam=2026"
    seen = set()
    for _ in range(60):
        status, body, _ = _get(server, target)
        assert status == 200 and target not in seen
        seen.add(target)
        nxt = re.search(
            r'<a class="btn btn-sm btn-outline-secondary" href="([^"]+)"[^>]*>Tuần sau', body
        ).group(1)
        target = html.unescape(nxt)
    assert target.endswith("nam=2028")
    assert "Chưa có lịch công tác" in _get(server, "/lich-cong-tac/?tuan=1&nam=2100")[1]
    part = _get(server, "/lich-cong-tac/?tuan=47&nam=2026", hx=True)[1]
    assert part.startswith('<div id="lich-tuan"') and "bão số 14" in part


def test_redirects_search_and_not_found(server: PortalServer) -> None:
    story = portal._BY_ID[176]
    status, _, headers = _get(server, "/bai-viet/176/")
    assert status == 301 and headers["Location"] == portal.article_path(story)
    assert 'href="/bai-viet/176/"' in _get(server, portal.article_path(portal._BY_ID[214]))[1]
    assert _get(server, "/")[1].count('<a href="/bai-viet/') == 3
    status, _, headers = _get(server, f"/tin-tuc/ten-cu-{story.id}/")
    assert status == 301 and headers["Location"] == portal.article_path(story)
    status, _, headers = _get(server, "/gioi-thieu")
    assert status == 301 and headers["Location"] == "/gioi-thieu/"
    assert _get(server, "/tin-tuc/khong-co-bai-nay-9999/")[0] == 404
    assert _get(server, "/tin-tuc/chuyen-muc/khong-co/")[0] == 404
    status, found, _ = _get(server, "/tim-kiem/?q=b%C3%A3o")
    assert status == 200 and "/tin-tuc/thong-bao-cho-hoc-sinh-nghi-hoc" in found
    status, hint, _ = _get(server, "/tim-kiem/_goi-y/?q=li%C3%AAn+%C4%91%E1%BB%99i")
    assert status == 200 and "<html" not in hint and portal.article_path(portal._BY_ID[189]) in hint
    status, admin, _ = _get(server, "/admin/login/?next=/admin/")
    assert status == 200 and "Trang quản trị Django" in admin
    assert 'href="/admin/login/?next=/admin/"' in _get(server, "/dang-nhap/")[1]


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], "/", "/tin-tuc/?trang=2"):
        assert _get(server, target)[1] == _get(server, target)[1]
