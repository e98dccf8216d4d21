"""Self-check of the Kendo UI / ASP.NET MVC fixture (Sở GD&ĐT Lai Châu): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and non-article answers 200; that every gold field is printed on its page (after entities
and NFC); that a browser-like visit from START_PATH (links, the announced feeds, and the JSON the
Kendo pager reads) reaches every article, and that three old articles are reachable only through
that JSON; and that the traps behave as the module docstring says: Kendo's sort state in listing
URLs, the grid-sort variants of every article, the print view, the soft 404, the nesting
ReturnUrl of the login link and its IIS 404.15 end, the JSON past its total.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import kendo_mvc_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_LOCAL = timezone(timedelta(hours=7))
_JSON_ONLY = {2327, 2322, 2318}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _headers = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _content(page: str) -> str:
    return page.split('<div class="news-content">', 1)[1].split("\n  </div>", 1)[0].strip()


def _detail(page: str) -> str:
    return page.split('<div class="news-detail">', 1)[1].split('<div class="news-tags">', 1)[0]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _json_pages(server: PortalServer, page: str) -> list[str]:
    """What the page's Kendo widgets read as a visitor pages through them: the entries' Urls."""
    found: list[str] = []
    if 'data-role="listview"' in page:
        url = re.search(r'read: \{ url: "([^"]+)"', page).group(1)
        data = re.search(r"data: \{ ([^}]*) \}", page).group(1)
        size = int(re.search(r"pageSize: (\d+)", page).group(1))
        pages = max(int(n) for n in re.findall(r'data-page="(\d+)"', page))
        query = "&".join(
            f"{k}={v.strip().strip(chr(34))}"
            for k, v in (kv.split(":", 1) for kv in data.split(","))
        ).replace(" ", "")
        for n in range(2, pages + 1):
            target = f"{url}?{query}&take={size}&skip={(n - 1) * size}&page={n}&pageSize={size}"
            status, raw = _get(server, target)
            assert status == 200, target
            found += [row["Url"] for row in json.loads(raw)["Data"]]
    if 'id="grdVanBan"' in page:
        size = int(re.search(r'"pageSize":(\d+)', page).group(1))
        total = int(re.search(r'"total":(\d+)', page).group(1))
        url = re.search(r'"read":\{"url":"([^"]+)"', page).group(1)
        for n in range(2, -(-total // size) + 1):
            status, raw = _get(server, f"{url}?sort=&page={n}&pageSize={size}&group=&filter=")
            assert status == 200
            found += [row["Url"] for row in json.loads(raw)["Data"]]
    return found


def _visit(server: PortalServer, use_json: bool) -> dict[str, object]:
    """Breadth-first over same-host <a href> from START_PATH, plus feeds (and the pagers' JSON).

    Login pages are recorded, not followed (their ReturnUrl nests; see the test below)."""
    status_of: dict[str, int] = {}
    linked: set[str] = set()
    via_json: set[str] = set()
    feeds: set[str] = set()
    queue = deque([portal.START_PATH])
    linked.add(portal.START_PATH)
    while queue:
        target = queue.popleft()
        if target in status_of:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or target.startswith("/Account/"):
            status_of[target] = 0
            continue
        status, body = _get(server, target)
        status_of[target] = status
        assert len(status_of) < 700, "the visit should stay small"
        if status != 200:
            continue
        for href in re.findall(r'<link rel="alternate" type="application/rss\+xml"[^>]*href="([^"]+)"', body):
            feeds.add(href)
        nexts = []
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("#", "javascript:", "mailto:")):
                continue
            local = _local(server, urljoin(server.url(target), href))
            if local:
                linked.add(local)
                nexts.append(local)
        for url in _json_pages(server, body) if use_json else []:
            via_json.add(url)
            nexts.append(url)
        queue.extend(n for n in nexts if n not in status_of)
    in_feeds: set[str] = set()
    for feed in feeds:
        status, xml = _get(server, feed)
        assert status == 200
        in_feeds |= {_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", xml)}
    return {"status": status_of, "linked": linked, "json": via_json, "feeds": feeds, "in_feeds": in_feeds}


@pytest.fixture(scope="module")
def visit(server: PortalServer) -> dict[str, object]:
    return _visit(server, use_json=True)


@pytest.fixture(scope="module")
def visit_without_json(server: PortalServer) -> dict[str, object]:
    return _visit(server, use_json=False)


def test_contract_shape() -> None:
    assert portal.NAME == "kendo_mvc_sgddt" and portal.START_PATH == "/"
    assert portal.PLATFORM
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not set(paths) & set(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == set(portal.CATS.values())
    assert max(cats.count(c) for c in set(cats)) > 2 * portal.PAGE_SIZE  # 3+ listing pages


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name)
        assert not re.match(r"(ThS|TS|GV|Cô|Thầy)\b", name) and " - " not in name
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) in ({"path", "caption"}, {"url", "caption"})
        assert image["caption"] is None or (
            image["caption"] not in gold["body"] and not image["caption"].startswith(("(", "Ảnh:"))
        )
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(rf"(Tin|Ảnh|ảnh|Bài|Tác giả|Người viết): [^\n]*{re.escape(name)}", gold["body"])


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(page: str) -> str:
    m = re.search(r'<span class="news-date">.*? Ngày đăng: (\d\d/\d\d/\d{4} \d\d:\d\d)</span>', page)
    when = datetime.strptime(m.group(1), "%d/%m/%Y %H:%M")
    if (when.hour, when.minute) == (0, 0):
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    title = re.search(r'<h2 class="news-title">(.*?)</h2>', page).group(1)
    assert _nfc(title) == gold["title"]
    assert _printed_date(page) == gold["published_at"]
    content = _content(page)
    shown = _reader(content)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", content)]
    summary_div = re.search(r'<div class="news-summary">(.*?)</div>', page).group(1)
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"] is None:
        assert summary_div == ""
        assert not re.match(r'<p style="text-align:justify"><strong>', content)
    elif summary_div:
        assert _reader(summary_div) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:  # the editor's bold first paragraph
        first = re.match(r'<p style="text-align:justify"><strong>(.*?)</strong></p>', content)
        assert first and _reader(first.group(1)) == gold["summary"]
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = [html.unescape(s) for s in re.findall(r'<img [^>]*src="([^"]+)"', content)]
    assert srcs == [im.get("path") or im["url"] for im in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    detail = _reader(_detail(page))
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in detail, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in detail
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    assert f'<meta property="og:url" content="{server.base_url}{gold["path"]}" />' in page
    assert 'rel="canonical"' not in page
    assert portal.TODAY in page and "Các tin khác" in page and 'id="wndGopY" style="display:none"' in page


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        want = _detail(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            status, page = _get(server, alt)
            assert status == 200 and _detail(page) == want, alt
            assert f'content="{server.base_url}{gold["path"]}"' in page


def test_grid_sort_links_make_the_variants(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    seen = {gold["path"]}
    queue = deque([gold["path"]])
    while queue:
        page = _get(server, queue.popleft())[1]
        for href in re.findall(r'<a class="k-link" href="([^"]+grdTinKhac-sort=[^"]*)">', page):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    assert seen == {gold["path"], *gold["alt_paths"]}
    page = _get(server, gold["path"] + "?grdTinKhac-sort=TieuDe-asc")[1]
    assert 'class="k-header k-sorted"' in page and "k-i-sort-asc-sm" in page


def test_visit_reaches_everything_and_old_articles_only_by_json(
    visit: dict, visit_without_json: dict
) -> None:
    status, linked, via_json = visit["status"], visit["linked"], visit["json"]
    in_feeds = visit["in_feeds"]
    assert visit["feeds"] == {f"/rss/{c}" for c in portal.CATS}
    assert [(t, s) for t, s in status.items() if s not in (0, 200)] == []
    articles = {g["path"] for g in portal.GOLD}
    assert articles <= linked | in_feeds | via_json
    json_only = articles - visit_without_json["linked"] - visit_without_json["in_feeds"]
    assert json_only == {portal.article_path(portal.BY_ID[i]) for i in _JSON_ONLY}
    assert set(portal.NON_ARTICLES) <= set(status) | linked
    assert {d.path for d in portal.DOCS[portal.DOC_PAGE_SIZE :]} <= via_json - linked
    assert not any(t.startswith("/TinTuc/DanhMuc/") and "sort=NgayDang-asc" in t for t in linked)
    assert {a for g in portal.GOLD for a in g["alt_paths"]} <= set(status)


def test_listing_pager_template_and_json(server: PortalServer) -> None:
    status, page = _get(server, "/TinTuc/DanhMuc/5")
    assert status == 200
    assert '<div id="lvTinTuc" data-role="listview"' in page
    assert '<div id="pgTinTuc" data-role="pager" class="k-pager-wrap k-widget' in page
    assert '<a tabindex="-1" href="#" class="k-link" data-page="2">2</a>' in page
    assert '<a tabindex="-1" href="#" class="k-link" data-page="3">3</a>' in page
    assert re.search(r'title="Đi tới trang sau" class="k-link k-pager-nav" data-page="2"[^>]*><span class="k-icon k-i-arrow-e">', page)
    assert "Trang 1 / 3" in page
    assert '<script type="text/x-kendo-template" id="tplTin">' in page and '<a href="#= Url #">#= TieuDe #</a>' in page
    assert 'read: { url: "/TinTuc/DocDanhSach", type: "GET", dataType: "json", data: { danhMucId: 5 } }' in page
    listview = page.split('id="lvTinTuc"', 1)[1].split('id="pgTinTuc"', 1)[0]
    cat5 = portal.in_cat(5)
    shown = list(dict.fromkeys(re.findall(r'href="(/TinTuc/ChiTiet/[^"]+)"', listview)))
    assert shown == [portal.article_path(s) for s in cat5[: portal.PAGE_SIZE]]
    urls: list[str] = []
    for n in (1, 2, 3):
        skip = (n - 1) * portal.PAGE_SIZE
        target = f"/TinTuc/DocDanhSach?danhMucId=5&take=4&skip={skip}&page={n}&pageSize=4"
        status, raw, headers = fetch(server, target)
        assert status == 200 and headers["Content-Type"].startswith("application/json")
        assert raw == _get(server, f"/TinTuc/DocDanhSach?danhMucId=5&page={n}&pageSize=4")[1]
        doc = json.loads(raw)
        assert doc["Total"] == len(cat5)
        for row in doc["Data"]:
            s = portal.BY_ID[row["Id"]]
            ms = int(re.fullmatch(r"/Date\((\d+)\)/", row["NgayDang"]).group(1))
            assert datetime.fromtimestamp(ms / 1000, UTC).astimezone(_LOCAL).replace(tzinfo=None) == s.opts["when"]
            urls.append(row["Url"])
        assert '"\\/Date(' in raw
    assert urls == [portal.article_path(s) for s in cat5]
    assert "\\u0026" in _get(server, "/TinTuc/DocDanhSach?danhMucId=5&take=4&skip=0&page=1&pageSize=4")[1]
    beyond = _get(server, "/TinTuc/DocDanhSach?danhMucId=5&take=4&skip=12&page=4&pageSize=4")[1]
    assert beyond == '{"Data":[],"Total":9}'
    for cid in (6, 7):
        assert "Trang 1 / 1" in _get(server, f"/TinTuc/DanhMuc/{cid}")[1]


def test_sort_state_in_listing_urls(server: PortalServer) -> None:
    def entries(target: str) -> list[str]:
        page = _get(server, target)[1]
        listview = page.split('id="lvTinTuc"', 1)[1].split('id="pgTinTuc"', 1)[0]
        return list(dict.fromkeys(re.findall(r'href="(/TinTuc/ChiTiet/[^"]+)"', listview)))

    plain = entries("/TinTuc/DanhMuc/5")
    assert entries("/TinTuc/DanhMuc/5?sort=NgayDang-desc") == plain
    oldest = entries("/TinTuc/DanhMuc/5?sort=NgayDang-asc")
    assert oldest[0] == portal.article_path(portal.in_cat(5)[-1])
    home = _get(server, "/")[1]
    assert 'href="/TinTuc/DanhMuc/5?sort=NgayDang-desc"' in home
    page = _get(server, "/TinTuc/DanhMuc/5")[1]
    assert 'window.location.href = "/TinTuc/DanhMuc/5?sort=" + this.value()' in page
    assert 'href="/TinTuc/DanhMuc/5?sort=' not in page


def test_rss_carries_the_newest_five(server: PortalServer) -> None:
    status, xml, headers = fetch(server, "/rss/5")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [_local(server, u) for u in re.findall(r"<link>(http[^<]+)</link>", xml)][1:]
    assert links == [portal.article_path(s) for s in portal.in_cat(5)[: portal.RSS_SIZE]]
    assert _get(server, "/sitemap.xml")[0] == 404 and _get(server, "/robots.txt")[0] == 404


def test_print_view_and_soft_404(server: PortalServer) -> None:
    gold = portal.GOLD[0]
    sid = gold["path"].split("/")[3]
    page = _get(server, f"/TinTuc/InBai/{sid}")[1]
    assert 'onload="window.print();"' in page and f'href="{gold["path"]}"' in page
    assert gold["body"].split("\n\n")[1] in _reader(page)
    assert _get(server, "/TinTuc/InBai/9999")[0] == 404
    for target in (portal.SOFT_404, "/TinTuc/ChiTiet/9999", "/TinTuc/DanhMuc/99"):
        status, body = _get(server, target)
        assert status == 200 and "Bài viết không tồn tại hoặc đã bị gỡ bỏ." in body
    article = _get(server, portal.article_path(portal.BY_ID[2318]))[1]
    assert f'href="{portal.SOFT_404}"' in article


def test_login_return_url_nests_until_iis_refuses(server: PortalServer) -> None:
    page = _get(server, "/")[1]
    target = html.unescape(re.search(r'<a href="([^"]+)" id="loginLink">', page).group(1))
    assert target == "/Account/DangNhap?ReturnUrl=%2F"
    article = portal.GOLD[0]["path"]
    assert f'href="/Account/DangNhap?ReturnUrl={quote(article, safe="")}"' in _get(server, article)[1]
    steps = 0
    while True:
        status, body = _get(server, target)
        if status != 200:
            break
        steps += 1
        nxt = html.unescape(re.search(r'<a href="([^"]+)" id="loginLink">', body).group(1))
        assert len(nxt) > len(target)
        target = nxt
    assert status == 404 and "404.15" in body and steps >= 3
    assert len(urlsplit(target).query) > portal.QUERY_LIMIT


def test_documents_grid_and_pages(server: PortalServer) -> None:
    page = _get(server, "/VanBan")[1]
    rows = re.findall(r'<td role="gridcell"><a href="(/VanBan/ChiTiet/\d+)">', page)
    assert rows == [d.path for d in portal.DOCS[: portal.DOC_PAGE_SIZE]]
    assert "aspnetmvc-ajax" in page and '"autoBind":false' in page
    raw = _get(server, "/VanBan/DocDanhSach?sort=&page=2&pageSize=5&group=&filter=")[1]
    assert [r["Url"] for r in json.loads(raw)["Data"]] == [d.path for d in portal.DOCS[5:]]
    assert json.loads(raw)["Total"] == len(portal.DOCS)
    for d in portal.DOCS:
        body = _get(server, d.path)[1]
        assert "news-content" not in body and portal.doc_file(d) in body
        assert _get(server, portal.doc_file(d))[0] == 200
    album = _get(server, "/Album/3")[1]
    assert "news-content" not in album and "album-caption" in album


def test_encodings(server: PortalServer) -> None:
    nfd = []
    for gold in portal.GOLD:
        status, body, headers = fetch(server, gold["path"])
        assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
        content = _content(body)
        if not unicodedata.is_normalized("NFC", body):
            nfd.append(gold["path"])
        assert unicodedata.is_normalized("NFC", body.split('<div class="news-content">', 1)[0])
        if gold["path"] != portal.article_path(portal.BY_ID[2322]):  # NFD text has no Latin-1 letter
            assert re.search(r"&(agrave|aacute|ecirc|ocirc|atilde|igrave|uacute);", content)
    assert nfd == [portal.article_path(portal.BY_ID[2322])]
    assert "đạo" in _content(_get(server, portal.GOLD[0]["path"])[1])


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in ("/", portal.GOLD[3]["path"], "/VanBan"):
        assert _get(server, target)[1] == _get(server, target)[1]
