"""Self-check of the AJAX-paged vendor portal (Trường Chính trị tỉnh Lai Châu): the fixture against
itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that does not
answer, a paragraph the page does not print, or an article nothing reaches would waste that
crawl. Beyond that, these checks pin down what makes this platform what it is: the category
pager is JavaScript only (``onclick="LoadDanhSachTin(cid, page)"``, no plain link to page 2),
the handler named in ``/Scripts/portal.news.js`` answers fragments, and four articles are
reached only through it. The traps (date filter, week schedule, print view, soft 404, the old
``chi-tiet-tin.aspx`` address) behave as the module's docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import ajaxpager_vendor_tct as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_ONCLICK = re.compile(r'onclick="LoadDanhSachTin\((\d+), (\d+)\)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_ONLY_BY_HANDLER = {1229, 1224, 1219, 1212}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    """Status, body (UTF-8, strict) and headers; redirects are not followed."""
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _reader_text(markup: str) -> str:
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    markup = re.sub(r"</?(a|strong|em|b|i|span)\b[^>]*>", "", markup)  # inline: no gap
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _region(body: str) -> str:
    """The article's own part: from the title to the tags line."""
    start = body.index('<h1 class="news-detail-title"')
    return body[start : body.index('<div class="news-detail-tags">', start)]


def _content(body: str) -> str:
    start = body.index('<div class="news-detail-content"')
    return body[start : body.index('<div class="news-detail-tags">', start)]


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _id_of(target: str) -> int | None:
    if m := re.match(r"^/tin-tuc/d/(\d+)/[a-z0-9-]+\.html$", target):
        return int(m.group(1))
    if m := re.match(r"^/chi-tiet-tin\.aspx\?id=(\d+)$", target):
        return int(m.group(1))
    return None


def _gold_ids() -> set[int]:
    return {_id_of(g["path"]) for g in portal.GOLD}


# --- the gold ----------------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "ajaxpager_vendor_tct" and portal.PLATFORM and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths) and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    counts = {cid: len(portal.in_cat(cid)) for cid in portal.CATS}
    assert portal.n_pages(counts[12]) >= 3 and portal.n_pages(counts[15]) == 1
    assert max(g["published_at"][:7] for g in portal.GOLD) == "2026-11"
    assert unicodedata.is_normalized("NFC", Path(portal.__file__).read_text(encoding="utf-8"))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["alt_paths"] == [f"/chi-tiet-tin.aspx?id={_id_of(gold['path'])}"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) in ({"path", "caption"}, {"url", "caption"})
        cap = img["caption"]
        assert cap is None or (cap not in paragraphs and not cap.startswith(("(", "Ảnh:")))
    for name in gold["authors"] + gold["photographers"]:
        assert not name.startswith(("ThS.", "TS.", "Tin", "Ảnh", "Bài")) and " - " not in name


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    failures = [(t, s) for t in targets + portal.NON_ARTICLES if (s := _get(server, t)[0]) != 200]
    assert not failures


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    for target in (gold["path"], *gold["alt_paths"]):
        status, body, headers = _get(server, target)
        assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
        assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in body
        region = _region(body)
        page = _reader_text(region)
        h1 = re.search(r'<h1 class="news-detail-title"[^>]*>(.*?)</h1>', region).group(1)
        assert _reader_text(h1) == gold["title"]
        # the paragraphs, in order
        pos = -1
        for paragraph in gold["body"].split("\n\n"):
            at = page.find(paragraph, pos + 1)
            assert at > pos, paragraph[:60]
            pos = at
        for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
            assert name in page
        for img in gold["images"]:
            if img["caption"]:
                assert img["caption"] in page
        srcs = re.findall(r'<img [^>]*src="([^"]+)"', _content(body))
        assert srcs == [im.get("path") or im.get("url") for im in gold["images"]]
        # the lead div: the summary when the platform prints one, else empty
        lead = re.search(r'<div class="news-detail-lead">(.*?)</div>', region, re.S).group(1)
        story = portal._BY_ID[_id_of(gold["path"])]
        if story.sapo_outside:
            assert _reader_text(lead) == gold["summary"]
        else:
            assert lead == ""
            if gold["summary"]:
                first = re.search(r"<p[^>]*>(.*?)</p>", _content(body)).group(1)
                assert first.startswith("<strong>") and first.endswith("</strong>")
        stamp = gold["published_at"]
        shown = f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}" + (f" - {stamp[11:16]}" if "T" in stamp else "")
        assert f'<span class="ngay-dang">Ngày đăng: {shown}</span>' in body
        crumbs = re.search(r'<div class="duong-dan">(.*?)</div>', body).group(1)
        assert _reader_text(crumbs.rsplit("»", 1)[1]) == gold["category"]
        full = _reader_text(body)
        assert portal.TODAY in full and "Lượt xem:" in full and "Tin cùng chuyên mục" in full
        assert "Thống kê truy cập" in full and "Thăm dò ý kiến" in full and portal.PHONE in full
        assert "rel=\"canonical\"" not in body


def test_bylines_and_captions_are_printed_as_the_docstring_says(server: PortalServer) -> None:
    expect = {
        1245: ["Tin: Hoàng Minh Phúc", "Ảnh: Thanh Tâm", "(Đồng chí Hiệu trưởng"],
        1243: ["ThS. Lê Thị Hồng Nhung - Khoa Xây dựng Đảng"],
        1241: ["Tin, ảnh: Lò Văn Thắng"],
        1238: ["ThS. Nguyễn Thị Thu Hằng"],
        1236: ["Khoa Lý luận cơ sở", "Ảnh: Giảng viên Khoa Nhà nước"],
        1229: ["Phòng Quản lý đào tạo"],
        1224: ["Minh Đức", "Nguồn: Học viện Chính trị khu vực I"],
        1219: ["Bài: Đỗ Thị Lan - Ảnh: Tòng Văn Dũng"],
        1212: ["Tin: Lường Văn Chiến, Hà Thị Yến"],
    }
    for sid, lines in expect.items():
        _, body, _ = _get(server, portal.article_path(portal._BY_ID[sid]))
        page = _reader_text(_content(body))
        for line in lines:
            assert line in page, (sid, line)
    # the updated stamp on 1245 is printed, and is not the publication date
    _, body, _ = _get(server, portal.article_path(portal._BY_ID[1245]))
    assert "Cập nhật: 24/11/2026" in body and "Ngày đăng: 23/11/2026" in body
    assert '<meta itemprop="datePublished" content="2026-11-23T08:15:00+07:00" />' in body


# --- the AJAX pager ----------------------------------------------------------------------------


def test_category_pager_is_script_only_and_the_handler_lists_everything(server: PortalServer) -> None:
    _, script, headers = _get(server, portal.SCRIPT)
    assert headers["Content-Type"].startswith("application/javascript")
    assert "url: '/Ajax/DanhSachTin.ashx'" in script and "data: { cid: cid, page: page, size: 4 }" in script
    for cid in portal.CATS:
        target = portal.cat_path(cid)
        _, body, _ = _get(server, target)
        assert f'<script type="text/javascript" src="{portal.SCRIPT}?v=3.2.7"></script>' in body
        stories = portal.in_cat(cid)
        pages = portal.n_pages(len(stories))
        linked = {_id_of(t) for t in _links(server, target, body)} - {None}
        first = [s.id for s in stories[: portal.PAGE_SIZE]]
        assert set(first) <= linked
        calls = {(int(c), int(p)) for c, p in _ONCLICK.findall(body)}
        assert calls == ({(cid, p) for p in range(2, pages + 1)} if pages > 1 else set())
        assert not re.search(r'href="[^"]*[?&](page|trang|p)=\d', body)
        # every page through the handler, as the script asks for it
        listed: list[int] = []
        for page in range(1, pages + 1):
            query = urlencode({"cid": cid, "page": page, "size": 4, "_": 1764048000000 + page})
            status, frag, headers = _get(server, f"{portal.HANDLER}?{query}")
            assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
            assert "<html" not in frag and "<body" not in frag
            ids = [int(i) for i in re.findall(r'<h3 class="news-list-title"><a href="/tin-tuc/d/(\d+)/', frag)]
            listed += ids
            if page < pages:
                assert f'onclick="LoadDanhSachTin({cid}, {page + 1})">Trang sau' in frag
        assert listed == [s.id for s in stories]
    # page 2 of category 12 exists only in the handler; ?page=2 on the page is page 1 again
    _, plain, _ = _get(server, portal.cat_path(12))
    _, paged, _ = _get(server, portal.cat_path(12) + "?page=2")
    assert plain == paged


def test_handler_edge_cases(server: PortalServer) -> None:
    h = portal.HANDLER
    one = _get(server, f"{h}?cid=12&page=1&size=4")[1]
    assert _get(server, f"{h}?cid=12&page=0&size=4")[1] == one
    assert _get(server, f"{h}?cid=12&page=abc&size=4")[1] == one
    status, empty, _ = _get(server, f"{h}?cid=12&page=99&size=4")
    assert status == 200 and empty == ""
    default = _get(server, f"{h}?cid=12&page=1")[1]
    assert default.count('class="news-list-item') == 9 and "phan-trang" not in default
    assert "Không có dữ liệu" in _get(server, f"{h}?cid=77&page=1&size=4")[1]


# --- reachability -----------------------------------------------------------------------------


def _walk(server: PortalServer, with_handler: bool) -> tuple[set[int], set[str]]:
    """Article ids reached from START_PATH by plain links (and the feed); with_handler also runs
    the category pager's calls against the handler named in the script. Endless traps (the week
    schedule's and the date filter's links) and print views are not followed."""
    seen: set[str] = set()
    found: set[int] = set()
    calls: set[tuple[int, int]] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        if (sid := _id_of(target)) is not None:
            found.add(sid)
        calls |= {(int(c), int(p)) for c, p in _ONCLICK.findall(body)}
        for link in _links(server, target, body):
            if re.search(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", link) or "print=1" in link:
                continue
            if "lich-cong-tac.html?" in link or "ngay=" in link:
                continue
            queue.append(link)
    if with_handler:
        for cid, page in sorted(calls):
            _, frag, _ = _get(server, f"{portal.HANDLER}?cid={cid}&page={page}&size=4")
            found |= {_id_of(t) for t in _links(server, portal.cat_path(cid), frag)} - {None}
    return found, seen


def test_reachability(server: PortalServer) -> None:
    gold = _gold_ids()
    _, feed, headers = _get(server, "/rss.aspx")
    assert headers["Content-Type"] == "text/xml; charset=utf-8"
    in_feed = {_id_of(_local(server, u)) for u in re.findall(r"<link>(http[^<]+/tin-tuc/d/[^<]+)</link>", feed)}
    assert len(in_feed) == portal.FEED_SIZE and in_feed <= gold
    by_links, seen = _walk(server, with_handler=False)
    assert seen & {"/lien-he.html", "/van-ban.html", "/thu-vien-anh.html", "/lich-cong-tac.html", "/so-do-site.html"}
    assert gold - by_links - in_feed == _ONLY_BY_HANDLER
    with_ajax, _ = _walk(server, with_handler=True)
    assert gold <= with_ajax
    assert not in_feed & _ONLY_BY_HANDLER
    # no sitemap to fall back on
    _, robots, _ = _get(server, "/robots.txt")
    assert "Sitemap" not in robots
    status, _, headers = _get(server, "/sitemap.xml")
    assert status == 302 and headers["Location"].startswith("/Error.aspx")
    # the old address is linked (home page "Tin tiêu điểm")
    _, home, _ = _get(server, "/")
    assert home.count('href="/chi-tiet-tin.aspx?id=') >= 3


# --- traps -------------------------------------------------------------------------------------


def test_date_filter_is_endless(server: PortalServer) -> None:
    _, article, _ = _get(server, portal.GOLD[0]["path"])
    form = re.search(r'<div class="box-sidebar box-tin-da-dang">.*?</form>', article, re.S).group(0)
    assert 'method="get" action="/tin-tuc/c/12/hoat-dong-dao-tao.html"' in form
    assert f'name="ngay" id="hdNgay" value="{portal.TODAY_DMY}"' in form
    assert re.findall(r'<select id="ddl\w+"', form) and " name=" not in "".join(re.findall(r"<select[^>]*>", form))
    base = portal.cat_path(12)
    status, day, _ = _get(server, base + "?ngay=14/11/2026")
    assert status == 200 and "/tin-tuc/d/1236/" in day
    assert f'href="{base}?ngay=13/11/2026">« Ngày trước' in day and f'href="{base}?ngay=15/11/2026">Ngày sau »' in day
    status, far, _ = _get(server, base + "?ngay=01/01/1950")
    assert status == 200 and "Không có tin nào" in far and f"{base}?ngay=31/12/1949" in far
    assert _get(server, base + "?ngay=" + portal.TODAY_DMY)[0] == 200


def test_week_schedule_is_endless(server: PortalServer) -> None:
    status, now, _ = _get(server, "/lich-cong-tac.html")
    assert status == 200 and "Lịch công tác tuần 48 năm 2026" in now and "Giao ban tuần" in now
    assert 'href="/lich-cong-tac.html?tuan=47&amp;nam=2026"' in now and 'tuan=49&amp;nam=2026' in now
    status, far, _ = _get(server, "/lich-cong-tac.html?tuan=53&nam=2026")
    assert status == 200 and "Chưa có lịch công tác" in far and "tuan=1&amp;nam=2027" in far
    status, old, _ = _get(server, "/lich-cong-tac.html?tuan=1&nam=1901")
    assert status == 200 and "tuan=52&amp;nam=1900" in old


def test_print_view_soft_404_and_alt_address(server: PortalServer) -> None:
    gold = portal.GOLD[3]
    status, printed, _ = _get(server, gold["path"] + "?print=1")
    assert status == 200 and 'onload="window.print();"' in printed and "noindex" in printed
    text = _reader_text(printed)
    assert all(p in text for p in gold["body"].split("\n\n"))
    _, article, _ = _get(server, gold["path"])
    assert f'href="{gold["path"]}?print=1"' in article
    # the deleted article linked from 1224
    _, body, _ = _get(server, portal.article_path(portal._BY_ID[1224]))
    assert f'href="{portal.SOFT_404_LINK}"' in body
    status, _, headers = _get(server, portal.SOFT_404_LINK)
    assert status == 302 and headers["Location"] == portal.SOFT_404
    status, soft, _ = _get(server, portal.SOFT_404)
    assert status == 200 and "Trang bạn yêu cầu không tồn tại" in soft
    # the same article at the old address: same article region
    _, alt, _ = _get(server, gold["alt_paths"][0])
    assert _region(alt) == _region(article)
    # standing pages share the article template but are not articles
    _, intro, _ = _get(server, "/gioi-thieu/lich-su-hinh-thanh.html")
    assert '<h1 class="news-detail-title">' in intro and "Ngày đăng: 12/03/2018" in intro
    assert "Tin cùng chuyên mục" not in intro


def test_encodings(server: PortalServer) -> None:
    ents = portal._BY_ID[1229]
    _, body, _ = _get(server, portal.article_path(ents))
    content = _content(body)
    assert "&agrave;" in content and "&ecirc;" in content and "&#" not in content
    assert "Quyết định số 412" in content  # letters outside Latin-1 stay raw
    assert "C&ocirc;ng" not in _region(body).split("</h1>")[0]  # the title field is plain text
    nfd = portal._BY_ID[1219]
    _, body, _ = _get(server, portal.article_path(nfd))
    region = _region(body)
    assert not unicodedata.is_normalized("NFC", region)
    assert unicodedata.normalize("NFC", region) == unicodedata.normalize("NFC", unicodedata.normalize("NFD", region))
    for s in portal.STORIES:
        if s.opts.get("nfd") or s.opts.get("entities"):
            continue
        _, body, _ = _get(server, portal.article_path(s))
        assert unicodedata.is_normalized("NFC", _region(body)) and "&agrave;" not in body


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[2]["path"], "/", f"{portal.HANDLER}?cid=12&page=2&size=4"):
        assert _get(server, target)[1] == _get(server, target)[1]
