"""Self-check of the ASP.NET Core vendor portal (Sở GD&ĐT Hà Tĩnh): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, every
alternative address and every listed non-article answers 200; that the gold is well formed and
printed on its page (title, date line, sapo, paragraphs, photos with the caption in the next
paragraph, bylines, category in the breadcrumb); that a walk of ``<a href>`` links from START_PATH
reaches every article and non-article (the calendar only near the current week); and that the
platform behaves as the module docstring says: X.PagedList pagers, the "Xem thêm" JSON, the
sitemap of five, the legacy ``/Home/Detail`` alias with its canonical link, the soft 404, the
endless week links and the text forms (one NFD body, two bodies with Latin-1 named entities).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import aspnetcore_vendor_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""", re.S)
_FILES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx|xml)$", re.I)
_LATIN = re.compile(r"&(?:[a-zA-Z]grave|[a-zA-Z]acute|[a-zA-Z]circ|[a-zA-Z]tilde);")
_REGION_START = '<div class="news-detail"'
_REGION_END = '<div class="detail-tools'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, target)


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(
        unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split()
    )


def _region(page: str) -> str:
    return page.split(_REGION_START, 1)[1].split(_REGION_END, 1)[0]


def _content(page: str) -> str:
    return page.split('<div class="detail-content" id="divContent">\n', 1)[1].split(
        "\n</div>\n", 1
    )[0]


def _week(target: str) -> int | None:
    parts = urlsplit(target)
    if parts.path != "/lich-cong-tac":
        return None
    values = parse_qs(parts.query).get("week")
    return int(values[0]) if values else portal.CURRENT_WEEK


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    """Same-host targets of the page's anchors; inline scripts are not read."""
    body = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)
    host = urlsplit(server.base_url).netloc
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        link = urlsplit(urljoin(server.url(target), href))
        if link.netloc == host:
            out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over <a href> from START_PATH; robots-disallowed /Account/ and files are noted,
    not fetched; calendar weeks only within three of the current one."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        week = _week(target)
        if (
            _FILES.search(urlsplit(target).path)
            or target.startswith("/Account/")
            or (week is not None and abs(week - portal.CURRENT_WEEK) > 3)
        ):
            seen[target] = 0
            continue
        status, body, _ = _get(server, target)
        seen[target] = status
        assert len(seen) < 500, "the walk should stay small"
        if status == 200:
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "aspnetcore_vendor_sgddt" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {portal.CATS[c].name for c in portal.LEAF_CATS} and 2 <= len(cats) <= 4
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11-")
    parent = portal.CATS["tin-tuc-su-kien"]
    assert len(portal.in_cat(parent)) > 3 * portal.PER_PAGE  # 3+ pages
    assert len(portal.in_cat(portal.CATS["hoat-dong-nganh"])) > 2 * portal.PER_PAGE


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-16:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs)), "a paragraph read twice"
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/Uploads/images/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\x00"]:
        assert not gold["body"].endswith(name)
        assert not re.search(rf"(Tin|Ảnh|Bài|Nguồn)[^:]{{0,6}}: {re.escape(name)}", gold["body"])
    assert gold["alt_paths"][0] == f"/Home/Detail?id={gold['path'].rsplit('-n', 1)[1][:-5]}"


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str:
    m = re.search(
        r'<span class="detail-time"><i class="fa fa-clock-o"></i> Cập nhật lúc (\d\d:\d\d) - '
        r"(\d\d/\d\d/\d{4})</span>",
        region,
    )
    assert m, "no date line"
    when = datetime.strptime(f"{m.group(2)} {m.group(1)}", "%d/%m/%Y %H:%M")
    if when.hour == 0 and when.minute == 0:
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-16:])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page, headers = _get(server, gold["path"])
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    region = _region(page)
    title = re.search(r'<h1 class="detail-title">(.*?)</h1>', region).group(1)
    assert _reader(title) == gold["title"]
    assert _printed_date(region) == gold["published_at"]
    summary = re.search(r'<div class="detail-summary"><strong>(.*?)</strong></div>', region)
    assert (_reader(summary.group(1)) if summary else None) == gold["summary"]
    content = _content(page)
    shown = _reader((summary.group(1) if summary else "") + " " + content)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", content)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    # photos in order; the caption is the italic centred paragraph right after the photo
    lines = content.split("\n")
    img_lines = [i for i, line in enumerate(lines) if "<img " in line]
    srcs = [re.search(r'src="([^"]+)"', lines[i]).group(1) for i in img_lines]
    assert srcs == [im["path"] for im in gold["images"]]
    for i, image in zip(img_lines, gold["images"], strict=True):
        nxt = lines[i + 1]
        if image["caption"]:
            assert re.search(r"<(em|i)>", nxt) and _reader(nxt) == image["caption"]
        else:
            assert not re.search(r"<(em|i)>", nxt)
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    canon = re.findall(r'<link rel="canonical" href="([^"]+)" />', page)
    assert canon == [server.base_url + gold["path"]]
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _reader(re.findall(r"<li[^>]*>(.*?)</li>", crumbs)[-1]) == gold["category"]
    assert portal.TODAY in page and "Lượt xem: " in region and "Đường dây nóng" in page


def test_alternative_addresses_serve_the_same_article_with_one_canonical(
    server: PortalServer,
) -> None:
    for gold in portal.GOLD:
        want = _region(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page, _ = _get(server, alt)
            assert status == 200 and _region(page) == want, alt
            canon = re.findall(r'<link rel="canonical" href="([^"]+)" />', page)
            assert canon == [server.base_url + gold["path"]], alt
    # the route reads only the id: any slug answers, with the canonical link
    page = _get(server, "/tin-tuc/bat-ky-n2486.html")[1]
    assert f'<link rel="canonical" href="{server.base_url}{portal.GOLD[1]["path"]}" />' in page
    assert _get(server, "/HOME/DETAIL?id=2486")[0] == 200  # routing ignores case


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    hot = [s for s in portal.STORIES if s.opts.get("hot")]
    assert {portal.legacy_path(s) for s in hot} <= set(walk)  # the old carousel's links
    assert portal.old_slug_path(portal._BY_ID[2483]) in walk
    assert any(s == 0 and _week(t) for t, s in walk.items()), "the week links went on"
    assert any(t.startswith("/Account/Login?ReturnUrl=") for t in walk)


def test_home_carousel_links_only_the_legacy_route(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    carousel = home.split('id="slider-home"', 1)[1].split('<div class="col-md-4">', 1)[0]
    hrefs = set(re.findall(r'href="(/[^"]+)"', carousel))
    assert hrefs == {portal.legacy_path(s) for s in portal.STORIES if s.opts.get("hot")}


def test_sitemap_lists_only_the_first_five(server: PortalServer) -> None:
    status, robots, _ = _get(server, "/robots.txt")
    assert status == 200 and f"Sitemap: {server.base_url}/sitemap.xml" in robots
    assert "Disallow: /Account/" in robots
    status, xml, headers = _get(server, "/sitemap.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/xml")
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    want = [server.base_url + portal.article_path(portal._BY_ID[i]) for i in portal.SITEMAP_IDS]
    assert locs == want and len(locs) == 5
    assert sorted(portal._BY_ID)[:5] == portal.SITEMAP_IDS


def test_listings_paginate_with_x_pagedlist(server: PortalServer) -> None:
    for cat in portal.CATS.values():
        stories = portal.in_cat(cat)
        pages = -(-len(stories) // portal.PER_PAGE)
        listed: list[str] = []
        for n in range(1, pages + 1):
            target = cat.path + (f"?page={n}" if n > 1 else "")
            status, body, _ = _get(server, target)
            assert status == 200
            news = re.sub(r"<script\b.*?</script>", "", body, flags=re.S)
            items = re.findall(r'<h4 class="media-heading"><a href="([^"]+)">', news)
            listed += items
            if pages > 1:
                assert '<div class="pagination-container"><ul class="pagination">' in body
                assert f'<li class="active"><span>{n}</span></li>' in body
            if n < pages:
                assert f'href="{cat.path}?page={n + 1}" rel="next"' in body
                assert f'data-catid="{cat.id}" data-skip="{n * portal.PER_PAGE}"' in body
            if n > 1:
                assert f'href="{cat.path}?page={n - 1}" rel="prev"' in body
        assert listed == [portal.article_path(s) for s in stories]
        past = _get(server, f"{cat.path}?page={pages + 3}")
        assert past[0] == 200 and "Chưa có tin bài trong chuyên mục này." in past[1]
    assert -(-len(portal.in_cat(portal.CATS["tin-tuc-su-kien"])) // portal.PER_PAGE) >= 4
    assert _get(server, "/tin-tuc/khong-ton-tai-c99")[0] == 404


def test_load_more_json(server: PortalServer) -> None:
    cat = portal.CATS["hoat-dong-nganh"]
    got: list[str] = []
    raws: list[str] = []
    skip = 0
    while True:
        status, raw, headers = _get(server, f"/api/news?catId={cat.id}&skip={skip}&take=3")
        assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
        assert not re.search(r"[^\x00-\x7e]", raw) and not re.search(r"\\u[0-9A-F]{0,3}[a-f]", raw)
        raws.append(raw)
        data = json.loads(raw)
        if not data:
            break
        got += [item["url"] for item in data]
        skip += len(data)
    assert got == [portal.article_path(s) for s in portal.in_cat(cat)]
    assert "GD\\u0026\\u0110T" in "".join(raws)  # "GD&ĐT" as System.Text.Json writes it
    assert _get(server, "/api/news?catId=abc")[0] == 400
    listing = _get(server, cat.path)[1]
    assert "href=\"' + item.url + '\"" in listing  # the script's string, not a link


def test_soft_404_and_real_404(server: PortalServer) -> None:
    status, page, _ = _get(server, f"/Home/Detail?id={portal.DELETED_ID}")
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị gỡ bỏ." in page
    assert 'class="news-detail"' not in page and 'rel="canonical"' not in page
    linking = _get(server, portal.article_path(portal._BY_ID[2458]))[1]
    assert f'href="/Home/Detail?id={portal.DELETED_ID}"' in _content(linking)
    assert _get(server, "/tin-tuc/bai-cu-n9999.html")[0] == 404
    assert _get(server, "/khong-co-trang-nay")[0] == 404


def test_calendar_week_links_never_end(server: PortalServer) -> None:
    for direction in ("Tuần sau", "Tuần trước"):
        target, seen = "/lich-cong-tac", set()
        for _ in range(60):
            status, page, _ = _get(server, target)
            assert status == 200
            hrefs = re.findall(r'<a href="(/lich-cong-tac\?week=-?\d+)"[^>]*>(.*?)</a>', page)
            (nxt,) = [h for h, label in hrefs if _reader(label) == direction]
            assert nxt not in seen
            seen.add(nxt)
            target = nxt
        assert abs(_week(target) - portal.CURRENT_WEEK) == 60
    page = _get(server, "/lich-cong-tac")[1]
    assert "Tuần 48 (Từ ngày 23/11/2026 đến ngày 29/11/2026)" in page
    same = _get(server, "/lich-cong-tac?week=48")[1].replace("%3Fweek%3D48", "")
    assert page == same
    far = _get(server, "/lich-cong-tac?week=200000")
    assert far[0] == 200 and 'href="/lich-cong-tac?week=200001"' in far[1]
    assert "Chưa có lịch công tác tuần này." in far[1]
    assert _get(server, "/lich-cong-tac?week=99999999")[0] == 500


def test_records_albums_and_static_pages_are_not_articles(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        page = _get(server, target)[1]
        assert 'class="detail-content"' not in page and "Cập nhật lúc" not in page, target
    doc = portal.DOCS[0]
    page = _get(server, doc.path)[1]
    assert doc.number in page and f'href="{doc.file}"' in page
    assert _get(server, doc.file)[2]["Content-Type"] == "application/pdf"
    proc = portal.PROCEDURES[0]
    page = _get(server, f"/thu-tuc-hanh-chinh/{proc.slug}-t{proc.id}.html")[1]
    assert "Trình tự thực hiện" in page and _reader(proc.steps[1]) in _reader(page)
    listing = _get(server, "/van-ban-chi-dao")[1]
    assert 'href="/van-ban-chi-dao?tukhoa=&amp;loaiVb=0&amp;page=2"' in listing
    for story in portal.STORIES:
        for _, href, _ in story.opts.get("files", []):
            assert _get(server, href)[0] == 200


def test_text_forms_and_chrome(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    not_nfc = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", page)]
    assert not_nfc == [portal.article_path(portal._BY_ID[2466])]
    latin = sorted(p for p, page in pages.items() if _LATIN.search(_content(page)))
    assert latin == sorted(portal.article_path(portal._BY_ID[i]) for i in (2462, 2441))
    for path, page in pages.items():
        assert _LATIN.search(page.replace(_content(page), "")) is None, path
        assert f'href="/Account/Login?ReturnUrl={path.replace("/", "%2F")}"' in page
        assert "Thống kê truy cập" in page and "Ý kiến bạn đọc" in page
    # the sapo pasted again as the first paragraph of 2433's content is read once
    dup = portal._BY_ID[2433]
    first = _content(pages[portal.article_path(dup)]).split("\n", 1)[0]
    assert _reader(first) == dup.summary
    gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(dup))
    assert gold["body"].count(dup.summary) == 1
    # comments print names and dates next to the article, outside it
    page = pages[portal.article_path(portal._BY_ID[2475])]
    assert "Trần Văn Bình" in page and "Trần Văn Bình" not in _region(page)
