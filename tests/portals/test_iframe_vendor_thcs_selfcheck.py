"""Self-check of the iframe vendor school portal: the fixture against itself, never the crawler.

Why: a blind-test portal is crawled once before anyone looks at it; a gold target that fails, a
paragraph its page does not print, or an article no link reaches would waste that crawl. Nothing
here imports the crawler beyond the demo server. It reads each article as a reader's browser
does: the outer page, and the frame's document when the outer page holds a frame; and it pins
down the traps the module docstring describes (frame documents and ``&cid`` twins of the same
article, print views, the soft 404 of a deleted notice, the 12-hour clock, the GMT-labelled feed,
the timetable frame pages in windows-1258).
"""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import iframe_vendor_thcs as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_LINK = re.compile(r"""<(?:a|iframe)\s[^>]*?(?:href|src)="([^"]*)\"""")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|doc|swf)$", re.I)
_NOIDUNG = re.compile(r'<div class="NoiDungTin">\n(.*?)\n</div>\n', re.S)
_CENTRE = re.compile(r'<td id="cotgiua" valign="top">(.*?)</td>\n<td id="cotphai"', re.S)
_FRAME = re.compile(r'<iframe src="([^"]+)" id="ifrNoiDung"')


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _lines(markup: str) -> list[str]:
    """The text lines of a block as a browser breaks them (block tags, <br>, table cells)."""
    broken = re.sub(r"<(br|/p|/div|/tr|/td|p|div|tr|td|table|tbody)\b[^>]*>", "\n", markup)
    return [line for raw in broken.split("\n") if (line := _reader(raw))]


def _article(server: PortalServer, path: str) -> tuple[str, str, str]:
    """Outer page, the document holding the article, and that document's address."""
    status, outer = _get(server, path)
    assert status == 200
    if m := _FRAME.search(outer):
        src = html.unescape(m.group(1))
        status, doc = _get(server, src)
        assert status == 200
        return outer, doc, src
    return outer, outer, path


def _clock(printed: str) -> str:
    """ "14/11/2026 02:15 PM" read on the 12-hour clock, as ISO +07:00 (independent of the module)."""
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d) (AM|PM)", printed)
    assert m, printed
    day, month, year, hour, minute, half = m.groups()
    hour24 = int(hour) % 12 + (12 if half == "PM" else 0)
    return f"{year}-{month}-{day}T{hour24:02d}:{minute}:00+07:00"


def _is_iframe(gold: dict) -> bool:
    return portal.is_iframe(portal._BY_ID[int(gold["path"].rsplit("=", 1)[1])])


def test_contract_shape() -> None:
    assert portal.NAME == "iframe_vendor_thcs" and portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())
    iframe = [g for g in portal.GOLD if _is_iframe(g)]
    assert len(iframe) >= 4 and len(portal.GOLD) - len(iframe) >= 4
    assert max(portal.pages_of(c) for c in portal.CATS) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-6:])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    story = portal._BY_ID[int(gold["path"].rsplit("=", 1)[1])]
    assert gold["alt_paths"] == [
        f"/NoiDungTin.aspx?id={story.id}",
        f"/TinTuc/XemTin.aspx?id={story.id}&cid={portal.cid(story)}",
    ]
    assert gold["category"] == portal.CATS[portal.cid(story)]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/Upload/TinTuc/")
        assert image["caption"] is None or image["caption"] not in gold["body"]
        assert image["caption"] is None or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert not re.search(r"\b(ThS|TS|GV)\.|^(Cô|Thầy) | - ", name)
        assert not gold["body"].endswith(name)


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _raw(server, t)[0]) != 200] == []


_TOMTAT = re.compile(r'<div class="TomTat"><b>(.*?)</b></div>')


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-6:])
def test_gold_is_what_the_reader_sees(server: PortalServer, gold: dict) -> None:
    outer, doc, doc_url = _article(server, gold["path"])
    title = re.search(r'<div class="TieuDeTin">(.*?)</div>', doc).group(1)
    assert _nfc(title) == gold["title"]
    printed = re.search(r"Cập nhật: (\d\d/\d\d/\d{4} \d\d:\d\d [AP]M)<", doc).group(1)
    assert _clock(printed) == gold["published_at"]
    lead = _TOMTAT.search(doc)
    shown = _reader(lead.group(1)) if lead else ""
    if shown or not gold["summary"]:
        assert shown == (gold["summary"] or "")
    else:  # (harmonised: a wholly bold first paragraph with no lead box is the summary)
        assert gold["summary"] == gold["body"].split("\n\n")[0]
    block = _NOIDUNG.search(doc).group(1)
    shown = _reader(block)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", block, re.S)]
    paragraphs = gold["body"].split("\n\n")
    # (the lead box's text opens the body; a bold first paragraph inside the text is the summary
    # and stays among the text's paragraphs)
    text_paragraphs = paragraphs[1:] if gold["summary"] and _TOMTAT.search(doc) else paragraphs
    at = 0
    for paragraph in text_paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
            continue
        found = shown.find(paragraph, at)
        assert found >= at, paragraph[:60]
        at = found + len(paragraph)
    # every line of the text block is a paragraph, a table cell, a caption line or a byline
    names = gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    captions = [i["caption"] for i in gold["images"] if i["caption"]]
    for line in _lines(block):
        assert (
            line in text_paragraphs
            or line in cells
            or any(c in line for c in captions)
            or any(n in line for n in names)
        ), line
    for name in names:
        assert name in shown
    srcs = re.findall(r'<img [^>]*src="([^"]+)"', block)
    resolved = [urlsplit(urljoin("http://h" + doc_url, html.unescape(s))) for s in srcs]
    assert [r.path for r in resolved] == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        assert image["caption"] is None or image["caption"] in shown
        assert _raw(server, image["path"])[0] == 200
    # the outer page: the site's chrome around the article
    page = _reader(outer)
    assert portal.TODAY in page and "Tổng lượt truy cập" in page and portal.ADDRESS in page
    assert portal.HOTLINE in page and "Các tin khác" in page and "In tin" in page
    crumbs = re.search(r'<div class="duongdan">(.*?)</div>', outer).group(1)
    assert _nfc(re.findall(r">([^<]+)</a>", crumbs)[-1]) == gold["category"]
    if _is_iframe(gold):
        assert doc_url == gold["alt_paths"][0] and text_paragraphs[0] not in page
        assert '<body class="noidung">' in doc and "Tổng lượt truy cập" not in doc
        assert f"<title>{html.escape(gold['title'])}</title>" in doc
        assert 'width="100%" height="1200" frameborder="0" scrolling="no"' in outer
    else:
        assert 'id="ifrNoiDung"' not in outer and "Người đăng: admin" in outer
        assert 'class="ChiTietTin"' in outer


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-6:])
def test_alternative_addresses_serve_the_same_article(server: PortalServer, gold: dict) -> None:
    frame, twin = gold["alt_paths"]
    _, doc, _ = _article(server, gold["path"])
    frame_doc = _get(server, frame)[1]
    assert _NOIDUNG.search(frame_doc).group(1) == _NOIDUNG.search(doc).group(1)
    outer = _get(server, gold["path"])[1]
    assert _CENTRE.search(_get(server, twin)[1]).group(1) == _CENTRE.search(outer).group(1)


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links and frames from START_PATH, as a browser loads them."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0  # linked, not a page
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        for href in _LINK.findall(body):
            if href.startswith(("javascript:", "#", "mailto:")):
                continue
            link = urlsplit(urljoin(server.url(target), html.unescape(href)))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    gold = {g["path"] for g in portal.GOLD}
    assert gold <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    frames = {g["alt_paths"][0] for g in portal.GOLD if _is_iframe(g)}
    assert frames <= set(walk)  # the frames a browser loads
    assert {g["alt_paths"][1] for g in portal.GOLD} & set(walk)  # "Các tin khác" twins


def test_listings_and_pager(server: PortalServer) -> None:
    for c in portal.CATS:
        listed: list[str] = []
        for n in range(1, portal.pages_of(c) + 1):
            target = f"/TinTuc/DanhMuc.aspx?cid={c}" + (f"&trang={n}" if n > 1 else "")
            page = _get(server, target)[1]
            listed += [
                f"/TinTuc/XemTin.aspx?id={i}"
                for i in dict.fromkeys(
                    re.findall(r'class="tieudetin" href="XemTin\.aspx\?id=(\d+)"', page)
                )
            ]
            if portal.pages_of(c) > 1:
                assert "Trang: " in page and f'<span class="tranghientai">{n}</span>' in page
                has_next = "&gt;</a>" in page
                assert has_next == (n < portal.pages_of(c))
        assert listed == [portal.outer_path(s) for s in portal.newest(c)]
    first = _get(server, "/TinTuc/DanhMuc.aspx?cid=2")[1]
    again = _get(server, "/TinTuc/DanhMuc.aspx?cid=2&trang=1")[1]
    assert _CENTRE.search(first).group(1) == _CENTRE.search(again).group(1)
    assert 'href="DanhMuc.aspx?cid=2&amp;trang=3">3</a>' in first
    assert 'href="DanhMuc.aspx?cid=2&amp;trang=2">&gt;</a>' in first
    status, past = _get(server, "/TinTuc/DanhMuc.aspx?cid=2&trang=9")
    assert status == 200 and "Chưa có tin nào trong chuyên mục này." in past


def test_feeds_link_the_frame_documents(server: PortalServer) -> None:
    home = _get(server, "/")[1]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện" href="/rss.aspx?cid=2" />'
        in home
    )
    for c in portal.CATS:
        assert f'href="/rss.aspx?cid={c}"' in home
        status, raw, headers = _raw(server, f"/rss.aspx?cid={c}")
        assert status == 200 and headers["Content-Type"].startswith("text/xml")
        feed = raw.decode("utf-8")
        links = re.findall(r"<link>(http[^<]+)</link>", feed)[1:]
        assert [urlsplit(u).path + "?" + urlsplit(u).query for u in links] == [
            portal.frame_path(s) for s in portal.newest(c)
        ]
        for story in portal.newest(c):
            local = _clock(story.opts["printed"])[11:19]
            assert re.search(rf"<pubDate>\w{{3}}, \d\d \w{{3}} \d{{4}} {local} GMT</pubDate>", feed)


def test_print_views_are_copies_without_canonical(server: PortalServer) -> None:
    for gold in portal.GOLD:
        story_id = gold["path"].rsplit("=", 1)[1]
        status, page = _get(server, f"/InTin.aspx?id={story_id}")
        assert status == 200 and 'onload="window.print();"' in page
        assert f"Địa chỉ bài viết: {server.base_url}{gold['path']}" in page
        assert 'rel="canonical"' not in page and "Tổng lượt truy cập" not in page
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in _reader(page)


def test_soft_404_of_the_deleted_notice(server: PortalServer) -> None:
    notice = _get(server, portal.frame_path(portal._BY_ID[250]))[1]
    assert f'<a href="{portal.SOFT_404}" target="_parent">' in notice
    status, outer = _get(server, portal.SOFT_404)
    assert status == 200 and f'<iframe src="{portal.SOFT_404_FRAME}" id="ifrNoiDung"' in outer
    status, frame = _get(server, portal.SOFT_404_FRAME)
    assert status == 200 and "Tin này không tồn tại hoặc đã bị xóa!" in frame
    assert 'class="NoiDungTin"' not in frame
    assert _raw(server, "/InTin.aspx?id=198")[0] == 404


def test_frame_images_resolve_against_the_frame(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if _is_iframe(g) and g["images"])
    path = gold["images"][0]["path"]
    assert _raw(server, path)[0] == 200
    assert _raw(server, "/TinTuc" + path)[0] == 404  # resolved against the outer page


def test_contact_map_and_timetable_frames(server: PortalServer) -> None:
    contact = _get(server, "/LienHe.aspx")[1]
    assert '<iframe src="https://www.google.com/maps/embed?pb=' in contact
    tkb = _get(server, "/ThoiKhoaBieu.aspx")[1]
    assert '<iframe src="/TKB/lop6a1.htm" id="ifrTKB"' in tkb
    for lop in portal.TKB_CLASSES:
        page = _get(server, f"/ThoiKhoaBieu.aspx?lop={lop}")[1]
        assert f'<iframe src="/TKB/lop{lop}.htm"' in page
        status, raw, headers = _raw(server, f"/TKB/lop{lop}.htm")
        assert status == 200 and headers["Content-Type"] == "text/html"
        assert b'charset=windows-1258"' in raw
        shown = raw.decode("cp1258")
        assert not unicodedata.is_normalized("NFC", shown)
        assert f"THỜI KHÓA BIỂU LỚP {lop.upper()}" in unicodedata.normalize("NFC", shown)
        assert "Tạo bởi phần mềm TKB 11.0" in unicodedata.normalize("NFC", shown)


def test_non_article_pages(server: PortalServer) -> None:
    docs = _get(server, "/VanBan.aspx")[1]
    for doc in portal.DOCS:
        assert f'href="{doc.file}"' in docs and _raw(server, doc.file)[0] == 200
    albums = _get(server, "/ThuVienAnh.aspx")[1]
    for album, (name, _day, photos) in portal.ALBUMS.items():
        assert f'href="/ThuVienAnh.aspx?album={album}"' in albums
        page = _get(server, f"/ThuVienAnh.aspx?album={album}")[1]
        assert html.escape(name) in page and all(src in page for src, _ in photos)
    assert "Mật khẩu" in _get(server, "/DangNhap.aspx")[1]
    assert portal._ABOUT[0][:40] in _get(server, "/GioiThieu.aspx")[1]
    assert _get(server, "/")[1].replace('action="Default.aspx"', "") == _get(
        server, "/Default.aspx"
    )[1].replace('action="Default.aspx"', "")


def test_clock_and_text_forms(server: PortalServer) -> None:
    stamps = [s.opts["printed"] for s in portal.STORIES]
    assert any(p.endswith("PM") and p[11:13] != "12" for p in stamps)
    assert any(p[11:13] == "12" and p.endswith("PM") for p in stamps)
    blocks = {}
    for gold in portal.GOLD:
        _, doc, _ = _article(server, gold["path"])
        blocks[gold["path"]] = _NOIDUNG.search(doc).group(1)
    nfd = [p for p, b in blocks.items() if not unicodedata.is_normalized("NFC", b)]
    assert nfd == [portal.outer_path(portal._BY_ID[245])]
    numeric = [p for p, b in blocks.items() if re.search(r"&#\d+;", b)]
    assert sorted(numeric) == sorted(portal.outer_path(portal._BY_ID[i]) for i in (233, 226))
    assert not re.search(r"[^\x00-\x7f]", blocks[portal.outer_path(portal._BY_ID[233])])
    assert re.search(r"[^\x00-\x7f]", blocks[portal.outer_path(portal._BY_ID[226])])


def test_site_is_deterministic(server: PortalServer) -> None:
    for target in (portal.GOLD[0]["path"], portal.GOLD[0]["alt_paths"][0], "/rss.aspx?cid=2"):
        assert _raw(server, target)[1] == _raw(server, target)[1]
