"""Self-checks of the windows-1258 classic ASP fixture against itself (never the crawler).

Pages are decoded the way their bytes really are (cp1258, or UTF-8 for the two 2006 pages, as
each page's meta tag says), normalised to NFC and compared with the gold.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
import urllib.error
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import asp_win1258_tct as portal
from tests.portals._selfcheck import NO_REDIRECTS

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
SKIP = (".jpg", ".gif", ".png", ".css", ".js", ".ico", ".doc", ".pdf")
UTF8_IDS = {portal.A_HUANCHUONG, portal.C_NGHIEMTHU}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def meta_charset(data: bytes) -> str:
    m = re.search(rb'<meta http-equiv="Content-Type" content="text/html; charset=([\w-]+)">', data)
    assert m, "no meta charset"
    return m.group(1).decode("ascii")


def decoded(data: bytes) -> str:
    """The page as a reader sees it: decoded per its meta tag (strictly), NFC."""
    return unicodedata.normalize("NFC", data.decode(meta_charset(data)))


def shown(page: str) -> str:
    """Visible text, whitespace collapsed."""
    page = re.sub(r"(?s)<script.*?</script>", " ", page)
    return re.sub(r"\s+", " ", _html.unescape(re.sub(r"<[^>]+>", " ", page)).replace("\xa0", " ")).strip()


def get_text(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    status, data, headers = raw(server, target)
    return status, decoded(data) if status == 200 else "", headers


def links(page_target: str, page: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', page):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "http:", "https:")):
            continue
        absolute = urljoin("http://x" + page_target, href)
        parts = urlsplit(absolute)
        if parts.path.lower().endswith(SKIP):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, page, _ = get_text(server, target)
        if status != 200:
            continue
        for href in links(target, page):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def _id(gold: dict) -> int:
    return int(re.search(r"id=(\d+)", gold["path"]).group(1))


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"200[6-9]-\d{2}-\d{2}", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) in ({"path", "caption"}, {"url", "caption"})
        for name in g["authors"] + g["photographers"]:
            assert name != "BBT" and "(" not in name and " - " not in name
            assert not name.startswith(("Ths.", "TS."))
        assert g["alt_paths"] == [f"/tintuc/chitiet.asp?id={_id(g)}", f"/tintuc/in.asp?id={_id(g)}"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for g in portal.GOLD if g["published_at"].startswith("2006")) == 2
    by_id = {_id(g): g for g in portal.GOLD}
    assert by_id[portal.C_GIAIPHAP]["authors"] == ["Lê Văn Sáu"]
    assert by_id[portal.B_LICHHOC]["authors"] == ["Phòng Quản lý đào tạo"]
    assert by_id[portal.A_TONGKET]["authors"] == ["Minh Châu"]
    assert by_id[portal.A_HUANCHUONG]["authors"] == []
    assert by_id[portal.A_HUANCHUONG]["images"][0]["url"].startswith(portal.OLD_HOST)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    for target in [gold["path"], *gold["alt_paths"]]:
        status, data, headers = raw(server, target)
        assert status == 200, target
        assert headers["Content-Type"] == "text/html", target
        page = decoded(data)
        text = shown(page)
        assert f'size="4"><b>{_html.escape(gold["title"])}</b>' in page, target
        assert gold["title"] not in shown(page.split("<body", 1)[0])  # <title> is the site name
        y, m, d = gold["published_at"].split("-")
        assert f"Cập nhật ngày: {d}/{m}/{y}" in text
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell[:50])
        for img in gold["images"]:
            src = img.get("url") or urljoin("http://x" + target, img["path"])
            assert any(
                urljoin("http://x" + target, s).removeprefix("http://x") == src.removeprefix("http://x")
                for s in re.findall(r'<img src="([^"]+)" border="0" hspace="5"', page)
            ), src
            if img["caption"]:
                assert f"<i>{_html.escape(img['caption'])}</i>" in re.sub(
                    r"</?font[^>]*>", "", page
                ) or f">{_html.escape(img['caption'])}</font></p>" in page
    _, page, _ = get_text(server, gold["path"])
    assert f'<b>{_html.escape(gold["category"])}</b></a></font></td></tr>' in page  # breadcrumb
    assert "Hôm nay: </b>" in page and "document.write" in page
    assert "25/11/2026" not in page and "Thứ Tư" not in page


def test_bytes_are_cp1258_with_combining_tones(server):
    for g in portal.GOLD:
        _, data, _ = raw(server, g["path"])
        if _id(g) in UTF8_IDS:
            continue
        assert meta_charset(data) == "windows-1258"
        text = data.decode("cp1258")
        assert "Tr\u01b0\u01a1\u0300ng" in text  # "Trường": ư ơ precomposed, grave combining
        assert "Trường" not in text and unicodedata.normalize("NFC", text) != text
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert b"Tr\xfd\xf5\xccng Chi\xecnh tri\xf2" in raw(server, "/")[1]


def test_2006_pages_are_utf8_nfd(server):
    for sid in UTF8_IDS:
        story = portal.BY_ID[sid]
        for target in (f"/tintuc/chitiet.asp?id={sid}&loai={story.cat}", f"/tintuc/in.asp?id={sid}"):
            status, data, headers = raw(server, target)
            assert status == 200 and headers["Content-Type"] == "text/html"
            assert meta_charset(data) == "utf-8"
            text = data.decode("utf-8")
            assert unicodedata.normalize("NFD", text) == text
            assert story.title not in text
            assert unicodedata.normalize("NFD", story.title) in text


def test_static_pages_send_a_wrong_latin1_header(server):
    for target in ("/gioithieu.asp?muc=1", "/gioithieu.asp?muc=2", "/gioithieu.asp?muc=3", "/lienhe.asp"):
        status, data, headers = raw(server, target)
        assert status == 200
        assert headers["Content-Type"] == "text/html; charset=iso-8859-1"
        assert meta_charset(data) == "windows-1258"
        assert "Quảng Bình" in decoded(data)
        assert "Quảng Bình" not in unicodedata.normalize("NFC", data.decode("latin-1"))
    _, page, _ = get_text(server, "/gioithieu.asp?muc=1")
    assert "Lịch sử hình thành và phát triển" in page and "Cập nhật ngày" not in page


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, page, _ = get_text(server, target)
        assert status == 200, target
        assert "Cập nhật ngày:" not in page, target
        assert "In bài này" not in page, target
    _, page, headers = get_text(server, "/thuvien/anh.asp?album=1")
    assert headers["Content-Type"] == "text/html" and "Ngày đăng: 15/10/2009" in page
    _, page, _ = get_text(server, "/lienhe.asp")
    assert 'method="post" action="lienhe.asp"' in page


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert "/tintuc/in.asp?id=245" in seen and "/tintuc/chitiet.asp?id=245" in seen


def test_pagination_hides_two_notices(server):
    bodies = {}
    for n in (1, 2, 3):
        status, page, _ = get_text(server, f"/tintuc/danhsach.asp?loai=4&trang={n}")
        assert status == 200
        bodies[n] = page
    assert "Trang 1 2 3 Sau >>" in shown(bodies[1])
    assert "<< Trước Trang 1 2 3 Sau >>" in shown(bodies[2])
    assert "<< Trước Trang 1 2 3" in shown(bodies[3]) and "Sau >>" not in shown(bodies[3])
    assert bodies[1].count("<tr><td valign=\"top\" width=\"12\">") == 8
    assert bodies[3].count("<tr><td valign=\"top\" width=\"12\">") == 3
    tet = f"chitiet.asp?id={portal.D_NGHITET}&amp;loai=4"
    guide = f"chitiet.asp?id={portal.D_TIEULUAN}&amp;loai=4"
    assert tet in bodies[2] and tet not in bodies[1] + bodies[3]
    assert guide in bodies[3] and guide not in bodies[1] + bodies[2]
    # nowhere else: not on the home page, nor in any article's "Các tin khác", nor page 1
    others = [get_text(server, "/")[1], get_text(server, "/tintuc/danhsach.asp?loai=4")[1]]
    hidden = {portal.D_NGHITET, portal.D_TIEULUAN}
    others += [get_text(server, g["path"])[1] for g in portal.GOLD if _id(g) not in hidden]
    for page in others:
        for sid in (portal.D_NGHITET, portal.D_TIEULUAN):
            assert f"id={sid}&" not in page and f"id={sid}\"" not in page
    assert raw(server, "/tintuc/danhsach.asp?loai=4&trang=4")[0] == 404
    assert get_text(server, "/tintuc/danhsach.asp?loai=4&trang=1")[1] == bodies[1]


def test_home_links_the_loai_free_form(server):
    _, page, headers = get_text(server, "/")
    assert headers["Content-Type"] == "text/html"
    assert f'href="tintuc/chitiet.asp?id={portal.A_KHAIGIANG}"' in page
    assert f'href="/tintuc/chitiet.asp?id={portal.C_GIAIPHAP}"' in page  # Tin đọc nhiều
    assert "Số lượt truy cập:" in page
    digits = re.findall(r'<img src="/images/dem/(\d)\.gif" alt="(\d)"', page)
    assert "".join(a for a, _ in digits) == "0123456" and all(a == b for a, b in digits)
    assert 'onchange="if(this.value' in page and "Liên kết website" in page
    assert 'alt="Giới thiệu"' in page


def test_article_variants_and_errors(server):
    a = get_text(server, "/tintuc/chitiet.asp?id=245&loai=1")[1]
    b = get_text(server, "/tintuc/chitiet.asp?id=245")[1]
    assert a == b
    assert 'href="in.asp?id=245" target="_blank"' in a
    assert raw(server, "/tintuc/chitiet.asp?id=245&loai=2")[0] == 404
    assert raw(server, "/tintuc/chitiet.asp?id=999&loai=1")[0] == 404
    assert raw(server, "/tintuc/in.asp?id=245&loai=1")[0] == 404
    assert raw(server, "/khongco.asp")[0] == 404
    status, _, headers = raw(server, "/upload/vanban/cv41_2009.doc")
    assert status == 200 and headers["Content-Type"] == "application/msword"


def test_bylines_and_captions_as_printed(server):
    checks = {
        portal.C_GIAIPHAP: "Ths. Lê Văn Sáu - Khoa Lý luận cơ sở",
        portal.B_LICHHOC: "Phòng Quản lý đào tạo",
        portal.C_HOITHAO: "Tin: Hồng Nhung",
        portal.A_TONGKET: "Minh Châu (Tổng hợp)",
        portal.A_HVKV3: "Tin, ảnh: Hoàng Anh Tuấn",
        portal.A_HUANCHUONG: "Nguồn: Báo Quảng Bình",
    }
    for sid, line in checks.items():
        s = portal.BY_ID[sid]
        page = get_text(server, f"/tintuc/chitiet.asp?id={sid}&loai={s.cat}")[1]
        assert line in shown(page), line
    page = get_text(server, f"/tintuc/chitiet.asp?id={portal.A_TONGKET}&loai=1")[1]
    assert "<br><br>" in page
    page = get_text(server, f"/tintuc/chitiet.asp?id={portal.A_KHAIGIANG}&loai=1")[1]
    assert '<p align="center"><i><font face="Times New Roman" size="2">Toàn cảnh Lễ khai giảng' in page
