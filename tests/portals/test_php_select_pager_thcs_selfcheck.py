"""Self-checks of the home-made PHP THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_select_pager_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def post(server: PortalServer, target: str, data: dict[str, str]) -> tuple[int, str]:
    req = urllib.request.Request(server.url(target), data=urlencode(data).encode(), method="POST")
    req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def shown(body: str) -> str:
    """The page's text as a reader sees it (tags dropped, entities decoded, collapsed)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def local(base: str, href: str) -> str | None:
    href = _html.unescape(href)
    if href.startswith(("javascript:", "mailto:", "#")) or not href:
        return None
    absolute = urljoin("http://fixture.invalid" + base, href)
    parts = urlsplit(absolute)
    if parts.netloc != "fixture.invalid" or parts.path.endswith(ASSETS):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def requests_of(target: str, body: str, options: bool, posts: bool) -> list[tuple]:
    """What a page lets a visitor ask for: links, <select> options, POST pager forms."""
    base = target.split("?")[0]
    out: list[tuple] = []
    hrefs = re.findall(r'href="([^"]*)"', body)
    if options:
        hrefs += re.findall(r'<option value="([^"]*)"', body)
    for href in hrefs:
        if (t := local(base, href)) is not None:
            out.append(("GET", t, ()))
    if posts:
        for action, inner in re.findall(
            r'<form method="post" action="([^"]*)"[^>]*>(.*?)</form>', body, re.S
        ):
            fields = tuple(
                re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', inner)
            )
            if fields and (t := local(base, action)) is not None:
                out.append(("POST", t, fields))
    return out


def walk(server: PortalServer, options: bool = True, posts: bool = True) -> set[str]:
    """Breadth-first over links (and, if asked, select options and hidden-field POST forms)."""
    start = ("GET", portal.START_PATH, ())
    seen, queue, reached = {start}, deque([start]), set()
    while queue and len(seen) < 400:
        method, target, fields = queue.popleft()
        if method == "GET":
            status, body, _ = fetch(server, target)
            reached.add(target)
        else:
            status, body = post(server, target, dict(fields))
        if status != 200:
            continue
        for item in requests_of(target, body, options, posts):
            if item not in seen:
                seen.add(item)
                queue.append(item)
    return reached


def reached_gold(reached: set[str]) -> set[str]:
    return {g["path"] for g in portal.GOLD if {g["path"], *g.get("alt_paths", [])} & reached}


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        values = (g["title"], g["body"], g["summary"] or "", g["source"] or "")
        for value in (*values, *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS", "TS.")) and "(" not in name
            assert not name.endswith("TPT Đội")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert len({g["published_at"][:10] for g in portal.GOLD}) == len(portal.GOLD)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    for target in (gold["path"], *gold["alt_paths"]):
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert f'<h3 class="tieude-tin">{_html.escape(gold["title"])}</h3>' in body
        y, m, d = gold["published_at"][:10].split("-")
        assert f"Ngày đăng: {d}/{m}/{y} - {gold['published_at'][11:16]} | Lượt xem:" in body
        assert portal.TODAY in body
        crumb = body.split('<div class="duong-dan">', 1)[1].split("</div>", 1)[0]
        assert shown(crumb).endswith("» " + gold["category"])
        article = body.split('<div class="noidung-tin">', 1)[1].split('<div class="congcu', 1)[0]
        text = shown(article)
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text, para
        for img in gold["images"]:
            assert f'src="{img["path"][1:]}"' in article
            if img["caption"]:
                assert re.search(
                    rf"<(em|i)>{re.escape(_html.escape(img['caption']))}</\1>", article
                )
        if gold["summary"]:
            assert f"<strong>{_html.escape(gold['summary'])}</strong>" in article
        for name in gold["authors"]:
            assert name in text
        if gold["source"]:
            assert f"Nguồn: {gold['source']}" in text


def test_images_and_pdfs_answer(server):
    status, _, headers = fetch(server, portal.GOLD[1]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/upload/files/2026/ppct-2026-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="noidung-tin"' not in body or "Ngày đăng:" not in body, path
    for path in ("/album.php?id=12", "/album.php?id=11"):
        body = fetch(server, path)[1]
        assert "Ngày đăng:" in body and 'class="row album-anh"' in body
        assert 'class="noidung-tin"' not in body
    body = fetch(server, "/doi-ngu.php")[1]
    assert "<table" in body and "Ngày đăng" not in body


def test_walk_reaches_every_article_with_options_and_posts(server):
    reached = walk(server)
    assert reached_gold(reached) == {g["path"] for g in portal.GOLD}


def test_select_and_post_pages_are_the_only_way_to_two_articles(server):
    plain = reached_gold(walk(server, options=False, posts=False))
    missing = {g["path"] for g in portal.GOLD} - plain
    assert missing == {"/xem-tin.php?id=118", "/xem-tin.php?id=116"}
    assert "/xem-tin.php?id=116" not in reached_gold(walk(server, options=True, posts=False))
    assert "/xem-tin.php?id=118" not in reached_gold(walk(server, options=False, posts=True))


def test_select_pager(server):
    status, body, _ = fetch(server, "/tin-tuc.php?dm=1")
    assert status == 200
    assert '<select onchange="location.href=this.value">' in body
    for n in (1, 2, 3):
        assert f'<option value="tin-tuc.php?dm=1&amp;trang={n}"' in body
    assert 'value="tin-tuc.php?dm=1&amp;trang=1" selected>' in body
    assert "trang=2" not in "".join(re.findall(r'href="([^"]*)"', body))
    assert "<th" in body and "STT" in body and "Lượt xem" in body
    pages = {n: fetch(server, f"/tin-tuc.php?dm=1&trang={n}")[1] for n in (1, 2, 3)}
    for n, page in pages.items():
        assert len(re.findall(r'<tr><td class="text-center">', page)) == 5, n
    assert 'href="xem-tin.php?id=118&amp;dm=1"' in pages[3]
    assert "id=118" not in pages[1] + pages[2]
    assert fetch(server, "/tin-tuc.php?dm=1&trang=4")[0] == 404


def test_post_pager(server):
    status, body, _ = fetch(server, "/tin-tuc.php?dm=2")
    assert status == 200
    assert '<form method="post" action="tin-tuc.php?dm=2"' in body
    assert '<input type="hidden" name="trang" value="2">' in body and "Trang sau »" in body
    assert "id=116" not in body
    # a GET of ?trang=2 is page 1 again
    status, again, _ = fetch(server, "/tin-tuc.php?dm=2&trang=2")
    assert status == 200 and "id=116" not in again and "id=147" in again
    status, page2 = post(server, "/tin-tuc.php?dm=2", {"trang": "2"})
    assert status == 200 and 'href="xem-tin.php?id=116&amp;dm=2"' in page2
    table = page2.split("bang-tin", 1)[1].split("</table>", 1)[0]
    assert "id=147" not in table and "« Trang trước" in page2
    assert '<td class="text-center">6</td>' in table


def test_link_pager_and_single_page(server):
    body = fetch(server, "/tin-tuc.php?dm=3")[1]
    assert 'href="tin-tuc.php?dm=3&amp;trang=2">2</a>' in body and "<b>1</b>" in body
    page2 = fetch(server, "/tin-tuc.php?dm=3&trang=2")[1]
    assert "<b>2</b>" in page2
    body = fetch(server, "/tin-tuc.php?dm=4")[1]
    assert "trang=" not in body.split("bang-tin", 1)[1]


def test_latest_lists_show_only_the_newest(server):
    for target in ("/", "/xem-tin.php?id=148", "/xem-tin.php?id=147", "/xem-tin.php?id=127"):
        body = fetch(server, target)[1]
        assert "id=118" not in body and "id=116" not in body, target
        assert "Đang online: 4 - Tổng truy cập: 98.765" in body
    body = fetch(server, "/xem-tin.php?id=148")[1]
    others = body.split('<div class="tin-khac">', 1)[1]
    assert 'href="xem-tin.php?id=127"' in others and 'href="album.php?id=12"' in others


def test_rows_that_are_not_articles(server):
    body = fetch(server, "/tin-tuc.php?dm=2")[1]
    assert 'href="upload/files/2026/ke-hoach-kiem-tra-giua-hk1-2026-2027.pdf"' in body
    body = fetch(server, "/tin-tuc.php?dm=1&trang=2")[1]
    assert 'href="album.php?id=11"' in body


def test_contact_and_poll_forms_are_not_pagers(server):
    assert post(server, "/binhchon.php", {"ykien": "1"})[0] == 200
    status, body = post(server, "/lien-he.php", {"hoten": "A"})
    assert status == 200 and "Cảm ơn" in body


def test_unknown_pages_are_404(server):
    assert fetch(server, "/xem-tin.php?id=9999")[0] == 404
    assert fetch(server, "/xem-tin.php?id=146")[0] == 404
    assert fetch(server, "/tin-tuc.php?dm=9")[0] == 404
    assert fetch(server, "/khong-co.php")[0] == 404
