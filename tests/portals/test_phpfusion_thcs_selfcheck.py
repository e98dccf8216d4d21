"""Self-check of the PHP-Fusion 7 school portal (Trường THCS Xuân Hòa): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, its
``&rowstart=0`` twin and every NON_ARTICLE answers 200; that the gold is well formed and printed
on its page once the windows-1258 bytes are decoded and normalised (title in ``.capmain``, the
poster line's date, every paragraph, byline, caption and image of ``td.news-content``); that a
browser-like walk of links and redirects from START_PATH reaches every article; and that the
platform's traits and traps behave as the module says: the encoding, the ``makepagenav`` tables,
the page break of article 12, print views, the endless calendar, the deleted story's redirect.
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

from . import phpfusion_thcs as portal

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_CONTENT = re.compile(r"<td class='news-content'>(.*?)</td>", re.S)
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|JPG|png|gif|ico|css|js|pdf|doc)$")
_TONES = bytes([0xCC, 0xEC, 0xDE, 0xD2, 0xF2])  # windows-1258's combining tone marks


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with _OPENER.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers.items())
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers.items())


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    """Status and the page as a browser shows it: windows-1258 decoded, then NFC."""
    status, body, _ = _raw(server, target)
    return status, unicodedata.normalize("NFC", body.decode("cp1258"))


_INLINE = re.compile(r"</?(?:a|font|b|i|em|strong|span|o:p)\b[^>]*>")


def _reader(markup: str) -> str:
    """Text as read: inline tags vanish, every other tag separates words."""
    no_tags = re.sub(r"<[^>]+>", " ", _INLINE.sub("", markup))
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split())


def _local(server: PortalServer, url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme != "http" or parts.netloc != f"{server.host}:{server.port}":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(server: PortalServer, page: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        target = _local(server, urljoin(server.url(page), href))
        if target:
            out.append(target)
    return out


def _content(server: PortalServer, gold: dict) -> tuple[str, list[str]]:
    """The story's text region on its page(s) (both halves of article 12) and the pages."""
    targets = [gold["path"]]
    if gold["path"] == "/articles.php?article_id=12":
        targets.append(gold["path"] + "&rowstart=1")
    regions, pages = [], []
    for target in targets:
        status, body = _get(server, target)
        assert status == 200
        pages.append(body)
        found = _CONTENT.findall(body)
        assert len(found) == 1, target
        regions.append(found[0])
    return "\n".join(regions), pages


def test_contract_shape() -> None:
    assert portal.NAME == "phpfusion_thcs" and portal.PLATFORM and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not set(paths + alts) & set(portal.NON_ARTICLES)
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức - Sự kiện", "Thông báo", "Sáng kiến kinh nghiệm"}
    per_cat = {c: sum(g["category"] == c for g in portal.GOLD) for c in cats}
    assert per_cat["Tin tức - Sự kiện"] > 2 * portal.NEWS_PER_PAGE  # three listing pages
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("?", 1)[1])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "category"):
        assert isinstance(gold[key], str) and gold[key] == gold[key].strip() and gold[key]
        assert unicodedata.is_normalized("NFC", gold[key])
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) and unicodedata.is_normalized("NFC", p) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name and unicodedata.is_normalized("NFC", name)
    for img in gold["images"]:
        assert set(img) == {"path", "caption"} and img["path"].startswith("/images/")
        assert img["caption"] is None or img["caption"] not in paragraphs
    # bylines, signatures and captions stay out of the body
    for line in ("Người viết", "Tin, ảnh", "Bài: ", "Nguồn:", "(Theo", "Tổng phụ trách Đội", "DSC_0457", "Giáo viên Ngữ văn"):
        assert line not in gold["body"]


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    failures = [(t, s) for t in targets + portal.NON_ARTICLES if (s := _raw(server, t)[0]) != 200]
    assert not failures


def test_alt_paths_serve_the_same_page(server: PortalServer) -> None:
    for gold in portal.GOLD:
        assert _raw(server, gold["path"])[1] == _raw(server, gold["alt_paths"][0])[1]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("?", 1)[1])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    region, pages = _content(server, gold)
    first = pages[0]
    text = _reader(region)
    assert "<td class='capmain'>" in first and html.escape(gold["title"], quote=False) in first
    capmain = re.search(r"<td class='capmain'>(.*?)</td>", first).group(1)
    assert _reader(capmain) == gold["title"]
    for paragraph in gold["body"].split("\n\n"):
        assert paragraph in text, paragraph[:60]
    for name in gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else []):
        assert name in text
    srcs = [re.sub(r"^http://[^/]+", "", urljoin("http://h" + gold["path"], s)) for s in re.findall(r"<img src='([^']+)'", region)]
    assert srcs == [i["path"] for i in gold["images"]]
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
    stamp = gold["published_at"]
    page = _reader(first)
    if gold["path"].startswith("/news.php"):
        assert f"lúc {stamp[8:10]}/{stamp[5:7]}/{stamp[:4]} {stamp[11:16]}" in page
        assert f"Chuyên mục: {gold['category']}" in page and "Lượt đọc:" in page and "In bài" in page
        assert "Các tin khác" in page
    else:
        assert f"vào {stamp[8:10]}-{stamp[5:7]}-{stamp[:4]} {stamp[11:16]}" in page
        assert f"Bài viết » {gold['category']}" in page and "Lượt đọc" in page
    assert portal.TODAY in page and "Thành viên online" in page and "Hộp thoại" in page
    assert "Địa chỉ: " + portal.ADDRESS in page and portal.HOTLINE in page


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over links and redirects from START_PATH, as a browser user could click."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 400:
        target = queue.popleft()
        if target in seen or _NOT_PAGES.search(urlsplit(target).path):
            continue
        if urlsplit(target).path == portal.CALENDAR:
            q = parse_qs(urlsplit(target).query)
            if abs(int(q["y"][0]) * 12 + int(q["m"][0]) - (2026 * 12 + 11)) > 2:
                continue
        status, body, headers = _raw(server, target)
        seen[target] = status
        if status in (301, 302):
            nxt = _local(server, urljoin(server.url(target), headers["Location"]))
            if nxt:
                queue.append(nxt)
            continue
        if status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            queue.extend(_links(server, target, body.decode("cp1258")))
    return seen


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert walk[portal.START_PATH] == 302
    for gold in portal.GOLD:
        assert walk.get(gold["path"]) == 200, gold["path"]
    # the rowstart=0 twins are linked for every news story ("Các tin khác") and for article 12
    # (its page navigation); the other articles' twins are only served
    linked = [g["alt_paths"][0] for g in portal.GOLD if g["path"].startswith("/news.php")]
    for alt in [*linked, "/articles.php?article_id=12&rowstart=0"]:
        assert walk.get(alt) == 200, alt
    missing = [t for t in portal.NON_ARTICLES if walk.get(t) != 200]
    assert not missing
    assert walk.get(portal.DELETED_NEWS) == 302


def test_encoding_is_windows_1258_with_combining_tones(server: PortalServer) -> None:
    status, body, headers = _raw(server, portal.GOLD[0]["path"])
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1258' />" in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert all(bytes([b]) in body for b in _TONES)
    decoded = body.decode("cp1258")
    assert not unicodedata.is_normalized("NFC", decoded)
    assert portal.GOLD[0]["title"] not in decoded
    assert portal.GOLD[0]["title"] in unicodedata.normalize("NFC", decoded)
    # story 150: every second non-ASCII letter as a character reference
    _, body150 = _get(server, "/news.php?readmore=150")
    region = _CONTENT.search(body150).group(1)
    assert "&#7901;" in region and "&agrave;" in region and "&aacute;" in region


def test_listings_page_with_makepagenav(server: PortalServer) -> None:
    _, home = _get(server, "/news.php")
    assert "Trang 1 / 4" in home and "<td class='tbl1'><a class='small' href='news.php?rowstart=9'>4</a></td>" in home
    _, cat = _get(server, "/news_cats.php?cat_id=1&rowstart=3")
    assert "Trang 2 / 3" in cat and "href='news_cats.php?cat_id=1&amp;rowstart=6'" in cat
    seen: set[str] = set()
    for n in (0, 3, 6, 9):
        _, listing = _get(server, f"/news.php?rowstart={n}")
        seen |= set(re.findall(r"<a href='news.php\?readmore=(\d+)' class='capmain-link'>", listing))
    assert seen == {str(s.id) for s in portal.NEWS}
    # past the last page: PHP-Fusion's empty message, still 200
    status, empty = _get(server, "/news.php?rowstart=30")
    assert status == 200 and "Chưa có tin tức nào" in empty


def test_listing_teaser_is_not_on_the_story_page(server: PortalServer) -> None:
    teaser = portal._NEWS_BY_ID[152].opts["snippet"]
    _, listing = _get(server, "/news.php?rowstart=6")
    assert teaser in _reader(listing)
    _, story = _get(server, "/news.php?readmore=152")
    assert teaser not in _reader(story)


def test_page_break_splits_article_12(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"] == "/articles.php?article_id=12")
    paragraphs = gold["body"].split("\n\n")
    _, first = _get(server, gold["path"])
    _, second = _get(server, gold["path"] + "&rowstart=1")
    one, two = _reader(_CONTENT.search(first).group(1)), _reader(_CONTENT.search(second).group(1))
    split = paragraphs.index("2. Gắn kiến thức với các tình huống thực tế") + 1
    assert all(p in one and p not in two for p in paragraphs[:split])
    assert all(p in two and p not in one for p in paragraphs[split:])
    assert "Trang 1 / 2" in first and "href='articles.php?article_id=12&amp;rowstart=1'" in first
    assert "Trang 2 / 2" in second and "href='articles.php?article_id=12&amp;rowstart=0'" in second


def test_print_views_repeat_the_text_without_the_theme(server: PortalServer) -> None:
    for gold in portal.GOLD:
        kind = "N" if gold["path"].startswith("/news.php") else "A"
        item = gold["path"].rsplit("=", 1)[1]
        status, body = _get(server, f"/print.php?type={kind}&item_id={item}")
        text = _reader(body)
        assert status == 200 and "main-bg" not in body and "news-content" not in body
        assert gold["title"] in text and all(p in text for p in gold["body"].split("\n\n"))
    _, printed = _get(server, "/print.php?type=N&item_id=161")
    assert "Tin mở rộng" in printed


def test_redirects_and_missing_pages(server: PortalServer) -> None:
    for target, location in (
        ("/", "news.php"),
        ("/index.php", "news.php"),
        (portal.DELETED_NEWS, "news.php"),
        ("/articles.php?article_id=3", "articles.php"),
        ("/weblinks.php?cat_id=1&weblink_id=1", "http://www.moet.gov.vn/"),
    ):
        status, _, headers = _raw(server, target)
        assert status == 302 and headers["Location"] == location, target
    _, story150 = _get(server, "/news.php?readmore=150")
    assert "href='news.php?readmore=97'" in story150
    assert _raw(server, "/khong-co.php")[0] == 404
    status, _, headers = _raw(server, "/downloads.php?cat_id=1&download_id=2")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_calendar_months_never_end(server: PortalServer) -> None:
    target = f"{portal.CALENDAR}?m=11&y=2026"
    seen = set()
    for _ in range(30):
        status, body = _get(server, target)
        assert status == 200 and target not in seen
        seen.add(target)
        nxt = re.search(r"<a href='([^']+)' class='side'>Tháng sau", body).group(1)
        target = _local(server, urljoin(server.url(target), html.unescape(nxt)))
    assert target == f"{portal.CALENDAR}?m=5&y=2029"
    # infusion pages print theme links relative to ../../
    _, cal = _get(server, target)
    assert "href='../../news.php?readmore=161'" in cal


def test_shoutbox_and_comments_are_not_story_text(server: PortalServer) -> None:
    _, archive = _get(server, portal.SHOUTBOX_ARCHIVE)
    assert "Trang 1 / 2" in archive and "shoutbox_archive.php?rowstart=20" in archive
    _, page160 = _get(server, "/news.php?readmore=160")
    region = _reader(_CONTENT.search(page160).group(1))
    gold_text = next(g for g in portal.GOLD if g["path"] == "/news.php?readmore=160")["body"]
    for _who, when, message in portal._NEWS_BY_ID[160].opts["comments"]:
        assert message in _reader(page160) and message not in region and message not in gold_text
        assert when in page160
    for _who, when, message in portal.SHOUTS[:5]:
        assert message in _reader(page160) and when in page160 and message not in region
