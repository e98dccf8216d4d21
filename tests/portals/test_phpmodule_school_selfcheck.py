"""Self-check of the home-made PHP school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone tunes for it; a gold target that does not
answer, a paragraph its page does not print or an article no link reaches would waste that crawl.
Nothing here imports the crawler beyond the demo server. It also pins down what makes the
platform what it is: one ``index.php`` router, relative links resolved against ``<base href>``,
the same article under three addresses, session ids in two boxes, a print view, a week calendar
that never ends, a soft 404, and a charset declared only in a meta tag.
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import phpmodule_school as portal
from ._selfcheck import NO_REDIRECTS

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$")
_HREF = re.compile(r'<a\s[^>]*href="([^"]*)"')
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str, cookie: str | None = None) -> tuple[int, str, dict[str, str]]:
    """Status, body (UTF-8) and headers; no redirect followed, a cookie only when given."""
    request = urllib.request.Request(server.url(target), headers={"Cookie": cookie} if cookie else {})
    try:
        with NO_REDIRECTS.open(request, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8"), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers.items())


def _reader(markup: str) -> str:
    markup = re.sub(r"</td>\s*<td[^>]*>", " | ", markup)
    markup = re.sub(r"</?(?:a|em|strong|b|span)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _links(server: PortalServer, body: str) -> list[str]:
    """Local targets of the page's anchors, resolved against its ``<base href>``."""
    base = re.search(r'<base href="([^"]+)" />', body).group(1)
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(base, href))
        if f"{parts.hostname}:{parts.port}" != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _content(body: str) -> str:
    return body.split('<div class="noi-dung">', 1)[1].split('\n</div>\n<div class="luot-xem">', 1)[0]


def _story(gold: dict) -> portal.Story:
    return portal._BY_ID[int(gold["path"].rsplit("=", 1)[1])]


def test_contract_shape() -> None:
    assert portal.NAME == "phpmodule_school" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for name, _ in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    assert max(portal.pages_of(c) for c in portal.CATS) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["path"] == f"/index.php?module=tintuc&act=chitiet&id={_story(gold).id}"
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/userfiles/images/2026/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    credit_lines = ("Tin, ảnh:", "Tin và ảnh:", "Bài:", "Nguồn:")
    assert not any(p.startswith(credit_lines) or p in gold["authors"] for p in paragraphs)


def test_every_target_answers_200_as_html_without_charset_header(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    for target in targets + portal.NON_ARTICLES:
        status, body, headers = _get(server, target)
        assert status == 200, target
        assert headers["Content-Type"] == "text/html", target  # charset only in the meta tag
        assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in body
        assert headers["X-Powered-By"].startswith("PHP/")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("=", 1)[-1])
def test_gold_text_is_on_every_address_of_the_article(server: PortalServer, gold: dict) -> None:
    story = _story(gold)
    first_body = None
    for target in [gold["path"], *gold["alt_paths"]]:
        status, body, _ = _get(server, target)
        assert status == 200
        first_body = first_body or body
        # the same page whatever the address (the session id differs per cookieless request)
        assert re.sub(r"PHPSESSID=\w+", "", body) == re.sub(r"PHPSESSID=\w+", "", first_body)
        assert f"<title>{html.escape(portal.SITE_TITLE)}</title>" in body
        title = re.search(r'<div class="tieu-de">(.*?)</div>', body).group(1)
        assert _reader(title) == gold["title"]
        stamp = gold["published_at"]
        line = f"Cập nhật lúc {stamp[11:16]} ngày {stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"
        assert f'<div class="ngay-dang">{line}</div>' in body
        sapo = re.search(r'<div class="tom-tat">(.*?)</div>', body)
        assert (sapo and _reader(sapo.group(1))) == (gold["summary"] or None)
        content = _content(body)
        text = (_reader(sapo.group(1)) + " " if sapo else "") + _reader(content)
        for paragraph in gold["body"].split("\n\n"):
            assert paragraph in text, paragraph[:60]
        assert re.findall(r'<img alt="" src="([^"]+)"', content) == [i["path"] for i in gold["images"]]
        right = [_reader(m) for m in re.findall(r'text-align: right;">(.*?)</(?:p|div)>', content)]
        ems = [_reader(m) for m in re.findall(r"<em>(.*?)</em>", content)]
        captions = [e for e in ems if e not in right]
        assert captions == [i["caption"] for i in gold["images"] if i["caption"]]
        for name in gold["authors"] + gold["photographers"]:
            assert any(name in r for r in right) or any(name in c for c in captions), name
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in right
        crumbs = re.search(r'<div class="duong-dan">(.*?)</div>', body).group(1)
        assert re.findall(r">([^<]+)</a>", crumbs)[-1] == gold["category"]
        assert f'<meta property="og:url" content="{html.escape(server.base_url + gold["path"])}" />' in body
        assert "rel=\"canonical\"" not in body
        page = _reader(body)
        assert f"Hôm nay: {portal.TODAY}" in page and f"Lượt xem: {story.views()}" in page
        assert "In bài | Gửi email | Về đầu trang" in page and "Các tin khác" in page
        assert "Thống kê truy cập".upper() in page and "Hotline" in page


def _walk(server: PortalServer) -> tuple[set[str], set[str]]:
    """Targets reached by anchors from the start page (sessions and calendar weeks not followed)."""
    seen: set[str] = set()
    skipped: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = _get(server, target)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(server, body):
            if re.search(r"\.(jpe?g|gif|png|pdf|css|js|ico)$", link):
                continue
            if "PHPSESSID=" in link or "module=lichcongtac&" in link:
                skipped.add(link)
                continue
            queue.append(link)
    return seen, skipped


def test_every_gold_article_and_non_article_is_reached_by_links(server: PortalServer) -> None:
    seen, skipped = _walk(server)
    assert {g["path"] for g in portal.GOLD} <= seen
    # the rewritten form is linked only by the ticker and the slideshow
    seo = {portal.seo_path(s) for s in portal.STORIES if s.opts.get("hot")}
    seo |= {portal.seo_path(s) for s in portal.newest()[:5]}
    assert {a for a in seen if a.startswith("/tin-tuc/")} == seo
    assert {portal.cat_variant(s) for s in portal.STORIES} <= seen
    assert set(portal.NON_ARTICLES) <= seen
    assert any("PHPSESSID=" in s for s in skipped) and any("tuan=47&nam=2026" in s for s in skipped)
    # nothing else is reached: every page a link leads to is either gold, an alt or listed
    known = {g["path"] for g in portal.GOLD} | {a for g in portal.GOLD for a in g["alt_paths"]}
    assert seen <= known | set(portal.NON_ARTICLES)
    # no robots.txt, no sitemap, no feed
    for target in ("/robots.txt", "/sitemap.xml", "/rss.php"):
        assert _get(server, target)[0] == 404


def test_listing_pager_and_links(server: PortalServer) -> None:
    for cat in portal.CATS:
        listed: list[str] = []
        last = portal.pages_of(cat)
        for page in range(1, last + 1):
            _, body, _ = _get(server, portal.listing_path(cat, page))
            for t in _links(server, body):
                if "act=chitiet" in t and t.endswith(f"&cat={cat}") and t not in listed:
                    listed.append(t)
            pager = re.search(r'<div class="phan-trang">(.*?)</div>', body)
            if last == 1:
                assert pager is None
                continue
            assert pager.group(1).startswith("Trang:") and f"<b>[{page}]</b>" in pager.group(1)
            if page < last:
                assert f'… <a href="index.php?module=tintuc&cat={cat}&p={last}">Cuối</a>' in pager.group(1)
                assert f'<a href="index.php?module=tintuc&cat={cat}&p={page + 1}">Xem tiếp &raquo;</a>' in body
            else:
                assert "Cuối" not in pager.group(1) and "Xem tiếp" not in body.split("cot-giua", 1)[1].split("cot-phai")[0]
        assert listed == [portal.cat_variant(s) for s in portal.newest(cat)]
    _, first, _ = _get(server, portal.listing_path(1))
    assert re.search(r"Trang: <b>\[1\]</b> <a [^>]*p=2\">2</a> <a [^>]*p=3\">3</a> … <a [^>]*>Cuối</a>", first)
    status, past, _ = _get(server, portal.listing_path(1, 9))
    assert status == 200 and "Chưa có tin trong mục này" in past


def test_home_boxes_dates_and_rewritten_links(server: PortalServer) -> None:
    _, body, _ = _get(server, "/")
    page = _reader(body)
    for _, upper in portal.CATS.values():
        assert upper in page
    assert "Xem tiếp »" in page and "TIN NỔI BẬT" in page
    for story in portal.newest(1)[1 : portal.BOX_ITEMS]:
        assert f"{portal._t(story.title, story)}</a> <span class=\"ngay-dang-nho\">({story.published_at[8:10]}/{story.published_at[5:7]})</span>" in body
    links = _links(server, body)
    assert {portal.seo_path(s) for s in portal.newest()[:5]} <= set(links)
    same = re.sub(r"PHPSESSID=\w+", "", _get(server, "/index.php")[1])
    assert same == re.sub(r"PHPSESSID=\w+", "", body)  # /index.php is the same home page
    # an unknown module falls back to the home page
    assert "TIN NỔI BẬT" in _get(server, "/index.php?module=khongco")[1]


def test_session_ids_in_two_boxes(server: PortalServer) -> None:
    status, body, headers = _get(server, "/")
    sid = re.search(r"PHPSESSID=(\w+); path=/", headers["Set-Cookie"]).group(1)
    assert len(sid) == 26
    notices = body.split("THÔNG BÁO</div>", 1)[1].split("class=\"xem-tiep\"", 1)[0]
    assert all(link.endswith(f"&PHPSESSID={sid}") for link in _HREF.findall(notices))
    latest = body.split("TIN MỚI CẬP NHẬT</div>", 1)[1].split("</ul>", 1)[0]
    assert len(re.findall(rf"&PHPSESSID={sid}\"", latest)) == portal.LATEST
    news = body.split("TIN TỨC - SỰ KIỆN</div>", 1)[1].split("class=\"xem-tiep\"", 1)[0]
    assert "PHPSESSID" not in news
    # cookieless: another page, another id; with the cookie: the cookie's id and no new cookie
    _, other, _ = _get(server, "/index.php")
    assert f"PHPSESSID={sid}" not in other and "PHPSESSID=" in other
    _, again, headers2 = _get(server, "/index.php", cookie="PHPSESSID=abc123def456")
    assert "PHPSESSID=abc123def456" in again and "Set-Cookie" not in headers2
    # a session link serves the article itself
    story = portal.newest(4)[0]
    target = f"{portal.article_path(story)}&PHPSESSID={sid}"
    status, page, _ = _get(server, target)
    assert status == 200 and f'<div class="tieu-de">{portal._t(story.title, story)}</div>' in page
    assert f"&PHPSESSID={sid}\"" in page


def test_week_calendar_never_ends(server: PortalServer) -> None:
    _, body, _ = _get(server, "/index.php?module=lichcongtac")
    assert "LỊCH CÔNG TÁC TUẦN 48 (Từ 23/11/2026 đến 29/11/2026)" in body
    links = _links(server, body)
    assert "/index.php?module=lichcongtac&tuan=47&nam=2026" in links
    assert "/index.php?module=lichcongtac&tuan=49&nam=2026" in links
    _, week47, _ = _get(server, "/index.php?module=lichcongtac&tuan=47&nam=2026")
    assert "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam" in week47
    for target, back, forward in [
        ("tuan=1&nam=1900", "tuan=52&nam=1899", "tuan=2&nam=1900"),
        ("tuan=53&nam=2026", "tuan=52&nam=2026", "tuan=1&nam=2027"),
        ("tuan=30&nam=2999", "tuan=29&nam=2999", "tuan=31&nam=2999"),
        ("tuan=0&nam=2026", "tuan=51&nam=2025", "tuan=1&nam=2026"),
    ]:
        status, page, _ = _get(server, f"/index.php?module=lichcongtac&{target}")
        assert status == 200 and "Chưa có lịch công tác tuần này." in page
        assert f"lichcongtac&{back}\">&laquo; Tuần trước" in page and f"lichcongtac&{forward}\">Tuần sau" in page


def test_print_view_repeats_the_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        _, body, _ = _get(server, f"/index.php?module=tintuc&act=in&id={_story(gold).id}")
        assert '<body onload="window.print();">' in body and "Các tin khác" not in body
        assert _reader(re.search(r'<div class="tieu-de">(.*?)</div>', body).group(1)) == gold["title"]
        text = _reader(body)
        assert all(p in text for p in gold["body"].split("\n\n"))


def test_soft_404_is_linked_from_an_article(server: PortalServer) -> None:
    target = f"/index.php?module=tintuc&act=chitiet&id={portal.SOFT_404_ID}"
    status, body, _ = _get(server, target)
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị xóa!" in body
    assert '<div class="tieu-de">' not in body
    _, article, _ = _get(server, "/index.php?module=tintuc&act=chitiet&id=240")
    assert f'<a href="{target.lstrip("/")}">tại đây</a>' in _content(article)
    assert _get(server, "/tin-tuc/999/bai-cu.html")[0] == 200


def test_text_encodings(server: PortalServer) -> None:
    nfd = portal._BY_ID[238]
    _, body, _ = _get(server, portal.article_path(nfd))
    assert unicodedata.normalize("NFD", nfd.title) in body and nfd.title not in body
    content = _content(body)
    assert unicodedata.is_normalized("NFD", content) and not unicodedata.is_normalized("NFC", content)
    assert unicodedata.normalize("NFD", "Bài: Trần Đức Mạnh - Ảnh: Lê Khánh Linh") in content
    old = portal._BY_ID[222]
    _, body, _ = _get(server, portal.article_path(old))
    content = _content(body)
    assert re.search(r"&[a-z]+;", content) and re.search(r"&#\d{4};", content)
    assert re.search(r"[^\x00-\x7f]", content)  # raw UTF-8 between the references
    assert old.title in body and _reader(re.search(r'<div class="tieu-de">(.*?)</div>', body).group(1)) == old.title
    # every other article is stored precomposed, as typed
    _, plain, _ = _get(server, portal.article_path(portal._BY_ID[252]))
    assert portal._BY_ID[252].title in plain


def test_document_album_and_static_pages(server: PortalServer) -> None:
    for doc in portal.DOCS:
        _, body, _ = _get(server, f"/index.php?module=vanban&id={doc.id}")
        assert doc.number in body and doc.issued in body and html.escape(doc.title) in body
        assert f'<a href="{doc.file}">' in body
        req = urllib.request.Request(server.url("/" + doc.file))
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            assert resp.status == 200 and resp.headers["Content-Type"] == "application/pdf"
    for aid, (title, _, photos) in portal.ALBUMS.items():
        _, body, _ = _get(server, f"/index.php?module=album&id={aid}")
        assert html.escape(title) in body and all(html.escape(cap) in body for _, cap in photos)
        assert '<div class="tieu-de">' not in body
    _, intro, _ = _get(server, "/index.php?module=gioithieu")
    assert "Lịch sử hình thành và phát triển" in intro
    _, contact, _ = _get(server, "/index.php?module=lienhe")
    assert 'method="post"' in contact and portal.HOTLINE in contact
    _, found, _ = _get(server, portal.search_path("học sinh giỏi"))
    assert "Kết quả tìm kiếm với từ khóa" in found and portal.article_path(portal._BY_ID[243]).lstrip("/") in found


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[0]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
