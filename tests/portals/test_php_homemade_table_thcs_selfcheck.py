"""Self-checks of the php_homemade_table_thcs fixture portal against itself (never the crawler):
gold well formed, every gold address answering with its article, a link walk from the start page
reaching every article, and each trap of the module's docstring behaving as it says."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_homemade_table_thcs as portal
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
COOKIE = {"Cookie": f"PHPSESSID={portal.SID}"}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server, target: str, headers: dict[str, str] | None = None, data: bytes | None = None):
    """Status, raw bytes and headers of one request (a cookie or a form body when given)."""
    req = urllib.request.Request(server.url(target), data=data, headers=headers or {})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def flat(markup: str) -> str:
    """Text of a piece of markup: tags out, entities decoded, NFC, whitespace collapsed."""
    text = re.sub(r"</?(?:font|b|i|u|span)\b[^>]*>", "", markup)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", nfc(text).replace("\xa0", " ")).strip()


def content(page: str) -> str:
    start = page.index('<td class="content_news">')
    return page[start : page.index('class="nguoidang"', start)]


def without_sid(target: str) -> str:
    parts = urlsplit(target)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "PHPSESSID"]
    return parts.path + (f"?{urlencode(query)}" if query else "")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links(page: str) -> list[str]:
    parser = _Links()
    parser.feed(page)
    return parser.hrefs


def _story(gold: dict) -> portal.Story:
    return portal.BY_ID[int(gold["path"].rsplit("=", 1)[-1])]


# --- gold ---------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for gold in portal.GOLD:
        assert set(gold) >= KEYS, gold["path"]
        assert gold["canonical_path"] == gold["path"]
        assert gold["published_at"] is None or ISO.match(gold["published_at"])
        assert gold["category"] in portal.CATS.values()
        assert gold["source"] is None
        for value in (gold["title"], gold["body"], gold["summary"] or "", *gold["authors"]):
            assert value == unicodedata.normalize("NFC", value)
            assert "  " not in value and value == value.strip()
        if gold["summary"]:
            assert gold["body"].split("\n\n")[0] == gold["summary"]
        for image in gold["images"]:
            assert image["path"].startswith("/upload/tintuc/")
            assert image["caption"] is None or image["caption"] == image["caption"].strip()
        for alt in gold["alt_paths"]:
            assert alt != gold["path"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATS.values())


def test_gold_decisions_match_the_docstring():
    by_id = {int(g["path"].rsplit("=", 1)[-1]): g for g in portal.GOLD}
    assert by_id[90]["authors"] == by_id[90]["photographers"] == ["Lâm Thị Ngọc Hân"]
    assert by_id[96]["authors"] == ["Nguyễn Văn Tài"]
    assert by_id[94]["authors"] == ["Liên đội trường THCS Thành Trung"]
    assert by_id[95]["authors"] == ["Ban Giám hiệu"]
    assert by_id[97]["authors"] == by_id[92]["authors"] == by_id[93]["authors"] == []
    assert by_id[18]["images"] == [{"path": "/upload/tintuc/18_1.jpg", "caption": "Ảnh minh họa"}]
    assert by_id[15]["images"][0]["caption"] is None
    assert [g["published_at"] for g in (by_id[21], by_id[18], by_id[15])] == [
        "2019-05-20",
        "2019-04-15",
        "2019-03-08",
    ]
    assert by_id[96]["published_at"] == "2026-11-14T07:45:00+07:00"
    for story_id in (97, 92):
        assert "Tải về" not in by_id[story_id]["body"]
        assert len(by_id[story_id]["body"].split("\n\n")) == 2
    assert "TT | Họ và tên | Lớp | Môn thi | Giải" in by_id[93]["body"].split("\n\n")
    assert {g["summary"] is not None for g in portal.GOLD} == {True, False}


# --- every gold address -------------------------------------------------------------------------


def test_every_gold_path_and_alt_path_prints_its_title(server):
    for gold in portal.GOLD:
        for target in [gold["path"], *gold["alt_paths"]]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            match = re.search(r'<td class="title_news">.*?<b>(.*?)</b>', body)
            assert match, target
            assert nfc(match.group(1)) == gold["title"], target


def test_alt_paths_print_the_very_same_page(server):
    for gold in portal.GOLD:
        _, first, _ = get(server, gold["path"], COOKIE)
        for alt in gold["alt_paths"]:
            _, other, _ = get(server, alt, COOKIE)
            assert other == first, alt


def test_article_text_dates_bylines_and_photos_are_printed(server):
    for gold in portal.GOLD:
        story = _story(gold)
        _, page, _ = fetch(server, gold["path"])
        text = flat(content(page))
        pos = 0
        for para in gold["body"].split("\n\n"):
            if para == gold["summary"]:
                lead = re.search(r'<td class="tomtat_news"><b>(.*?)</b>', page)
                assert lead and flat(lead.group(1)) == para
                continue
            for piece in para.split(" | "):
                found = text.find(piece, pos)
                assert found >= 0, (gold["path"], piece)
                pos = found + len(piece)
        srcs = re.findall(r'<img src="(upload/tintuc/[^"]+)"', content(page))
        assert ["/" + s for s in srcs] == [im["path"] for im in gold["images"]]
        for image in gold["images"]:
            name = image["path"].lstrip("/")
            after = content(page).split(f'<img src="{name}"', 1)[1]
            if image["caption"] is None:
                assert re.match(r'[^>]*></div>\r\n(?!<div align="center">)', after), name
            elif story.id == 18:
                assert nfc(after).startswith(' width="450" border="0"><br><i>(Ảnh minh họa)</i>')
            else:
                caption = re.match(r'[^>]*></div>\r\n<div align="center">(.*?)</div>', after)
                assert caption and flat(caption.group(1)) == image["caption"]
        if "date" in story.opts:
            assert f"<i>Cập nhật: {story.opts['date']}</i>" in page
        else:
            assert f"<br>({story.opts['old_date']})</td>" in page
        assert re.search(r"Người đăng: quantri &nbsp;\|&nbsp; Lượt xem: \d+", page)
        assert "Các tin khác:" in page and "[In trang]" in page
        crumb = re.search(r"Bạn đang xem: (.*?)</td>", page).group(1)
        assert flat(crumb).endswith("» " + gold["category"])
        for name in gold["authors"]:
            assert name in flat(page[page.index("content_news") :])
            assert all(p != name and not p.endswith(" " + name) for p in gold["body"].split("\n\n"))


def test_short_notices_carry_a_download_line(server):
    for story_id, name in ((97, "KH_thi_HK1.doc"), (92, "Thu_moi_hop_CMHS.doc")):
        _, page, _ = fetch(server, f"/index.php?module=tintuc&act=xem&id={story_id}")
        assert "Tải về:" in content(page) and f'href="upload/vanban/{name}' in content(page)
        status, data, headers = get(server, f"/upload/vanban/{name}")
        assert status == 200 and headers["Content-Type"] == "application/msword"
        assert data.startswith(b"\xd0\xcf\x11\xe0")
    status, _, headers = get(server, f"/upload/vanban/KH_thi_HK1.doc?PHPSESSID={portal.SID}")
    assert status == 200 and headers["Content-Type"] == "application/msword"
    assert get(server, "/upload/vanban/khong_co.doc")[0] == 404


# --- the walk -----------------------------------------------------------------------------------


def test_a_link_walk_from_the_start_page_reaches_every_article(server):
    """A cookie-less walk (every link carries the session id), targets compared without it."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and fetched < 400:
        target = queue.popleft()
        key = without_sid(target)
        if key in seen:
            continue
        seen.add(key)
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for href in links(body):
            url = urljoin(server.url(target), html.unescape(href))
            parts = urlsplit(url)
            if parts.scheme != "http" or parts.netloc != urlsplit(server.base_url).netloc:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if without_sid(nxt) not in seen:
                queue.append(nxt)
    assert fetched < 400
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & seen, gold["path"]
        assert gold["path"] in seen or gold["path"] + f"&cat={_story(gold).cat}" in seen
    for path in portal.NON_ARTICLES:
        assert path in seen, path


# --- traps --------------------------------------------------------------------------------------


def test_the_declared_charset_is_wrong_and_the_bytes_are_utf8(server):
    for target in ["/", "/index.php?module=tintuc&act=xem&id=98", "/index.php?module=giaovien"]:
        status, data, headers = get(server, target)
        assert status == 200
        assert headers["Content-Type"] == "text/html"
        assert b'content="text/html; charset=iso-8859-1"' in data
        page = data.decode("utf-8")
        assert "Trường THCS Thành Trung" in page
        assert "Trường" not in data.decode("latin-1")


def test_the_2019_rows_are_decomposed_everywhere(server):
    for gold in portal.GOLD:
        story = _story(gold)
        _, page, _ = fetch(server, gold["path"])
        nfd_title = unicodedata.normalize("NFD", html.escape(gold["title"]))
        if story.opts.get("nfd"):
            assert nfd_title in page and gold["title"] not in page
            assert unicodedata.normalize("NFD", "Người") in content(page) or not gold["authors"]
            _, listing, _ = fetch(server, "/index.php?module=tintuc&trang=3")
            if story.id == 15:
                assert nfd_title in listing
        else:
            assert html.escape(gold["title"], quote=False) in page


def test_session_ids_on_a_first_visit_only(server):
    status, data, headers = get(server, "/")
    assert status == 200
    page = data.decode("utf-8")
    assert headers["Set-Cookie"] == f"PHPSESSID={portal.SID}; path=/"
    hrefs = links(page)
    local = [h for h in hrefs if not h.startswith(("javascript:", "mailto:", "http://"))]
    assert local and all(h.endswith(f"PHPSESSID={portal.SID}") for h in local)
    assert f'href="index.php?PHPSESSID={portal.SID}"' in page
    assert all("PHPSESSID" not in h for h in hrefs if h.startswith(("javascript:", "http://")))
    assert f'<input type="hidden" name="PHPSESSID" value="{portal.SID}" />' in page
    # with the cookie: clean links, no new cookie
    _, data, headers = get(server, "/", COOKIE)
    assert b"PHPSESSID" not in data and "Set-Cookie" not in headers
    # an id in the query is the session's id; the page is otherwise the same
    _, with_id, _ = get(server, "/index.php?module=tintuc&act=xem&id=87&PHPSESSID=abc123")
    _, plain, _ = get(server, "/index.php?module=tintuc&act=xem&id=87")
    assert b"PHPSESSID=abc123" in with_id
    assert with_id.replace(b"abc123", portal.SID.encode()) == plain


def test_the_deleted_article_answers_200_inside_the_layout(server):
    _, home, _ = fetch(server, "/")
    assert f"index.php?module=tintuc&act=xem&id={portal.DELETED_ID}" in home
    for target in [
        f"/index.php?module=tintuc&act=xem&id={portal.DELETED_ID}",
        f"/xemtin.php?id={portal.DELETED_ID}",
        "/index.php?module=tintuc&act=xem",
    ]:
        status, page, _ = fetch(server, target)
        assert status == 200
        assert "Tin này không tồn tại hoặc đã bị xóa." in page
        assert "title_news" not in page and "Số lượt truy cập" in page


def test_pagination(server):
    def page(target):
        return get(server, target, COOKIE)[1].decode("utf-8")

    first = page("/index.php?module=tintuc")
    assert 'Trang: <b>[1]</b> <a href="index.php?module=tintuc&trang=2">2</a>' in first
    assert '<a href="index.php?module=tintuc&trang=2">Sau &raquo;</a>' in first
    assert first.count('class="tieude_tin"') == portal.PER_PAGE
    assert page("/index.php?module=tintuc&trang=1") == first
    assert page("/index.php?module=tintuc&trang=0") == first
    second = page("/index.php?module=tintuc&trang=2")
    assert '<a href="index.php?module=tintuc&trang=1">&laquo; Trước</a>' in second
    assert '&trang=3">Sau &raquo;' in second
    last = page("/index.php?module=tintuc&trang=3")
    assert "Sau &raquo;" not in last and last.count('class="tieude_tin"') == 1
    cat2 = page("/index.php?module=tintuc&cat=2")
    assert page("/index.php?module=tintuc&cat=2&trang=0") == cat2
    assert "index.php?module=tintuc&act=xem&id=98&cat=2" in cat2
    assert "Sau &raquo;" not in page("/index.php?module=tintuc&cat=2&trang=2")
    for cat in (4, 6):
        only = page(f"/index.php?module=tintuc&cat={cat}")
        assert "Trang: <b>[1]</b> </td>" in only and only.count('class="tieude_tin"') == 3
    assert "Chưa có tin nào trong mục này." in page("/index.php?module=tintuc&cat=2&trang=9")
    listed = re.findall(r'act=xem&id=(\d+)" class="tieude_tin"', first + second + last)
    assert sorted(int(i) for i in listed) == sorted(portal.BY_ID)


def test_non_article_pages(server):
    expect = {
        "/index.php?module=gioithieu": "được thành lập năm 1985",
        "/index.php?module=giaovien": "<td>Nguyễn Hoàng Phúc</td>",
        "/index.php?module=tkb": "THỜI KHÓA BIỂU HỌC KỲ I",
        "/index.php?module=hinhanh": "upload/album/12.jpg",
        "/index.php?module=lienhe": '<form name="frmLienhe" method="post"',
        "/index.php?module=poll&act=ketqua": "152 phiếu",
    }
    assert set(expect) == set(portal.NON_ARTICLES)
    for target, marker in expect.items():
        status, page, _ = fetch(server, target)
        assert status == 200 and marker in page, target
        assert "title_news" not in page and "content_news" not in page
    status, _, headers = get(server, "/upload/vanban/TKB_HK1_2026.xls")
    assert status == 200 and headers["Content-Type"] == "application/vnd.ms-excel"


def test_poll_and_contact_forms_post_to_result_pages(server):
    _, plain, _ = fetch(server, "/index.php?module=poll&act=ketqua")
    assert "Cảm ơn bạn đã tham gia bình chọn!" not in plain
    status, data, _ = get(server, "/index.php?module=poll&act=binhchon", data=b"luachon=2")
    assert status == 200 and "Cảm ơn bạn đã tham gia bình chọn!" in data.decode("utf-8")
    status, data, _ = get(server, "/index.php?module=lienhe", data=b"hoten=A&noidung=B")
    assert status == 200 and "Cảm ơn bạn đã gửi liên hệ." in data.decode("utf-8")


def test_chrome_on_every_page(server):
    for target in ["/", "/index.php", "/index.php?module=tkb", portal.GOLD[0]["path"]]:
        status, page, _ = fetch(server, target)
        assert status == 200
        assert f"Hôm nay: {portal.TODAY_DMY}" in page
        assert (
            "".join(re.findall(r'<img src="images/counter/\d\.gif" alt="(\d)"', page))
            == portal.COUNTER
        )
        assert f"<title>{portal.SITE_TITLE}</title>" in page
        assert "Thăm dò ý kiến" in page and "Tin mới nhất" in page and "<marquee" in page
        assert "ĐT: 0270 3 741 256" in page
    assert fetch(server, "/index.php?module=khongco")[1] == fetch(server, "/")[1]
    for missing in ["/robots.txt", "/sitemap.xml", "/tintuc.php", "/upload/"]:
        assert fetch(server, missing)[0] == 404, missing
    assert get(server, "/upload/tintuc/98_1.jpg")[2]["Content-Type"] == "image/jpeg"
