"""Self-checks of the word_export_static_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import word_export_static_thpt as portal
from tests.portals._common import TODAY
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
BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY = {s.opts["path"]: s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def fetch_bytes(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def decode(body: bytes) -> str:
    """As a browser decodes these pages: the <meta> charset (the header declares none)."""
    found = re.search(rb"charset=([\w-]+)", body[:2000])
    return body.decode(found.group(1).decode() if found else "utf-8")


def visible(markup: str) -> str:
    """What a browser shows of the body: no head, comments (VML, XML islands), tags; NFC."""
    markup = re.sub(r"(?s)<head>.*?</head>", " ", markup)
    markup = re.sub(r"(?s)<!--.*?-->", " ", markup)
    markup = re.sub(r"<![^>]*>", " ", markup)
    markup = re.sub(r"<[^>]+>", "", markup.replace("<br>", " "))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", html.unescape(markup))).strip()


def links(markup: str, page: str) -> list[str]:
    out = []
    for href in re.findall(r'<a\s[^>]*href="([^"]*)"', markup):
        parts = urlsplit(urljoin("http://fixture.invalid" + page, html.unescape(href)))
        if parts.scheme != "http" or parts.netloc != "fixture.invalid":
            continue
        out.append(quote(parts.path, safe="/%-._~") + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer) -> dict[str, set[str]]:
    """Breadth-first over the links of HTML pages from START_PATH: target -> pages linking it."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    while queue:
        page = queue.popleft()
        status, body, headers = fetch_bytes(server, page)
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for target in links(decode(body), page):
            if target not in seen:
                seen[target] = set()
                queue.append(target)
            seen[target].add(page)
    return seen


# --- gold -------------------------------------------------------------------------------------


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    assert len(portal.NEWS) == 9 and len(portal.NOTICES) == 4
    assert len({g["path"] for g in portal.GOLD}) == 13
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert g["category"] is None
        date = g["published_at"]
        assert date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date), date
        for value in [
            g["title"],
            g["body"],
            g["summary"] or "",
            *g["authors"],
            *g["photographers"],
        ]:
            assert value == unicodedata.normalize("NFC", value)
            assert value == value.strip() and "  " not in value
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for image in g["images"]:
            assert set(image) == {"path", "caption"}
            assert image["path"].startswith(g["path"].rsplit("/", 1)[0] + "/")
            assert "_files/image" in image["path"]
        for name in g["authors"]:
            assert name not in ("Admin", "BBT")


def test_gold_decisions():
    # (pages that print no date take the day their listing prints: the house convention)
    assert BY_PATH["/tintuc/2026/11/ngoai_khoa_ma_tuy.htm"]["published_at"] == "2026-11-06"
    assert BY_PATH["/tintuc/2026/10/Khai%20giang%202026-2027.htm"]["published_at"] == "2026-10-02"
    assert BY_PATH["/tintuc/2026/10/Khai%20giang%202026-2027.htm"]["authors"] == []
    mit_tinh = BY_PATH["/tintuc/2026/11/Mit%20tinh%2020-11.htm"]
    assert mit_tinh["authors"] == mit_tinh["photographers"] == ["Hà Văn Dũng"]
    assert [i["caption"] for i in mit_tinh["images"]][2] is None
    assert BY_PATH["/tintuc/2026/09/Dat_chuan_quoc_gia.htm"]["source"] == "Báo Lai Châu"
    report = BY_PATH["/tintuc/2025/05/Tong_ket_nam_hoc_2024-2025.htm"]
    assert report["images"][0]["path"].endswith("image002.gif")
    assert "10 | 318 | 52,8% | 96,2% | 97,5%" in report["body"].split("\n\n")
    for story in portal.NOTICES:
        g = BY_PATH[story.opts["path"]]
        assert g["title"].startswith("THÔNG BÁO ")
        assert g["authors"] == [story.opts["notice"]["signer"]]
        assert "Nơi nhận" not in g["body"] and "Số:" not in g["body"]
        assert g["images"] == []
    for g in portal.GOLD:
        assert "_files/image001" not in str(g["images"]) or g["path"].endswith("CT2018.htm")


# --- pages answer and print what the gold says -------------------------------------------------


@pytest.mark.parametrize("path", [g["path"] for g in portal.GOLD])
def test_article_answers_and_prints_its_gold(server, path):
    status, body, headers = fetch_bytes(server, path)
    assert status == 200
    assert headers["Content-Type"] == "text/html"
    markup = decode(body)
    shown = visible(markup)
    gold, story = BY_PATH[path], STORY[path]
    for line in story.opts.get("head", [gold["title"]]):
        assert line in shown
    assert gold["title"] in shown
    for paragraph in gold["body"].split("\n\n"):
        for cell in paragraph.split(" | "):
            assert cell in shown, cell
    for image in gold["images"]:
        src = image["path"].rsplit("/", 1)[1]
        assert re.search(rf'<img [^>]*\n?src="[^"]*{re.escape(src)}"', markup), src
        if image["caption"]:
            assert image["caption"] in shown
        assert fetch_bytes(server, image["path"])[0] == 200
    for name in gold["authors"]:
        assert name in shown
    # a raw Word export: no template, no menu, no links, no header clock
    assert "Microsoft Word 15" in markup
    assert "InstanceBegin" not in markup and TODAY not in markup
    assert not re.search(r"<a\s", markup)


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch_bytes(server, path)
    assert status == 200
    shown = visible(decode(body))
    assert "<table" in decode(body) or "GIỚI THIỆU" in shown


def test_home_is_served_at_slash_and_index(server):
    assert fetch_bytes(server, "/")[1] == fetch_bytes(server, "/index.htm")[1]
    status, body, _ = fetch(server, "/index.htm")
    assert status == 200 and TODAY in body and "Liên kết".upper() in body


# --- reachability ------------------------------------------------------------------------------


def test_walk_reaches_every_article_and_non_article(server):
    seen = walk(server)
    for target in [*BY_PATH, *portal.NON_ARTICLES]:
        assert target in seen, target
    # old articles only from the third news page
    for story in (portal.TONG_KET_2025, portal.HOI_GIANG_2024):
        assert seen[story.opts["path"]] == {"/tintuc3.htm"}
    # pages a crawler could fetch stay within the request budget
    pages = [t for t in seen if not t.endswith((".jpg", ".gif", ".png", ".css"))]
    assert len(pages) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))


def test_listing_pagination_is_hand_typed(server):
    for number, path in enumerate(["/tintuc.htm", "/tintuc2.htm", "/tintuc3.htm"], 1):
        status, body, _ = fetch(server, path)
        assert status == 200 and "Trang:" in body
        assert f"<strong>{number}</strong>" in body
        assert 'InstanceBeginEditable name="noidung"' in body
    assert fetch(server, "/tintuc1.htm")[0] == 404


# --- traps -------------------------------------------------------------------------------------


def test_windows_1258_pages_carry_combining_marks(server):
    old = [s for s in portal.STORIES if s.opts["enc"] == "windows-1258"]
    assert len(old) == 5
    for story in old:
        _, body, headers = fetch_bytes(server, story.opts["path"])
        assert "charset" not in headers["Content-Type"]
        assert b"charset=windows-1258" in body
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        decoded = body.decode("cp1258")
        assert any(mark in decoded for mark in "\u0300\u0301\u0303\u0309\u0323")
        assert decoded != unicodedata.normalize("NFC", decoded)


def test_a_utf8_paragraph_is_decomposed(server):
    _, body, _ = fetch_bytes(server, portal.NGOAI_KHOA.opts["path"])
    first = portal.NGOAI_KHOA.blocks[0].text
    word = first.split()[0]  # "Nhằm", printed only there, decomposed
    assert unicodedata.normalize("NFD", word).encode() in body
    assert word.encode() not in body


def test_vml_duplicates_and_the_shown_image(server):
    _, body, _ = fetch_bytes(server, portal.HN_CAP_TRUONG.opts["path"])
    markup = decode(body)
    assert '<v:imagedata src="HN_cap_truong_2026_files/image001.jpg"' in markup
    assert re.search(
        r'<img width=602 height=339\ssrc="HN_cap_truong_2026_files/image002.jpg"\s'
        r'v:shapes="Picture_x0020_1">',
        markup,
    )
    assert "<![if !vml]>" in markup
    _, body, _ = fetch_bytes(server, portal.TONG_KET_2025.opts["path"])
    markup = decode(body)
    assert "image001.png" in markup and "image002.gif" in markup
    for path in ("image001.png", "image002.gif"):
        target = "/tintuc/2025/05/Tong_ket_nam_hoc_2024-2025_files/" + path
        assert fetch_bytes(server, target)[0] == 200


def test_xml_island_times_are_utc_and_not_printed(server):
    _, body, _ = fetch_bytes(server, portal.HN_CAP_TRUONG.opts["path"])
    markup = decode(body)
    assert "<o:Created>2026-11-13T01:20:00Z</o:Created>" in markup
    assert "<o:Author>Admin</o:Author>" in markup
    assert "2026-11-13" not in visible(markup)
    for story in (portal.NGOAI_KHOA, portal.KHAI_GIANG):
        _, body, _ = fetch_bytes(server, story.opts["path"])
        shown = visible(decode(body))
        assert "<o:Created>" in decode(body)
        assert story.opts["listed"] not in shown
        assert not re.search(r"\(Ngày \d", shown)


def test_filtered_saves_have_no_vml(server):
    for story in (portal.TAP_HUAN, portal.TB_NGHI_20_11):
        _, body, _ = fetch_bytes(server, story.opts["path"])
        markup = decode(body)
        assert "Microsoft Word 15 (filtered)" in markup
        assert "v:imagedata" not in markup and "o:DocumentProperties" not in markup


def test_word_titles(server):
    titles = {}
    for story in portal.STORIES:
        _, body, _ = fetch_bytes(server, story.opts["path"])
        titles[story.slug] = visible(re.search(r"<title>(.*?)</title>", decode(body), re.S)[1])
    assert titles["ngoai_khoa_ma_tuy"] == "Microsoft Word - ngoai khoa ma tuy.doc"
    assert titles["TB_125_hop_CMHS"] == "SỞ GD&ĐT LAI CHÂU"


def test_notice_letterhead_date_and_signature(server):
    _, body, _ = fetch_bytes(server, portal.TB_HOP_CMHS.opts["path"])
    shown = visible(decode(body))
    for line in (
        "TRƯỜNG THPT TAM ĐƯỜNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 125/TB-THPT",
        "Tam Đường, ngày 12 tháng 11 năm 2026",
        "Nơi nhận:",
        "HIỆU TRƯỞNG (đã ký) Nguyễn Văn Kiên",
    ):
        assert line in shown
    assert shown.index("CỘNG HÒA") < shown.index("THÔNG BÁO") < shown.index("Căn cứ")


def test_doc_originals_are_attachments(server):
    seen = walk(server)
    docs = [t for t in seen if t.endswith(".doc")]
    assert len(docs) == 5
    for target in docs:
        status, body, headers = fetch_bytes(server, target)
        assert status == 200 and headers["Content-Type"] == "application/msword"
        assert body.startswith(b"\xd0\xcf\x11\xe0")


def test_dead_link_is_apache_404(server):
    seen = walk(server)
    assert seen[portal.DEAD_LINK] == {"/tintuc2.htm"}
    status, body, _ = fetch(server, portal.DEAD_LINK)
    assert status == 404 and "The requested URL was not found on this server." in body
    assert fetch(server, "/tintuc/2026/")[0] == 403


def test_template_and_library_files(server):
    seen = walk(server)
    assert seen["/Templates/main.dwt"] == {"/danhsach_gv.htm"}
    status, body, headers = fetch(server, "/Templates/main.dwt")
    assert status == 200 and headers["Content-Type"] == "application/octet-stream"
    assert "TemplateBeginEditable" in body
    assert "/Library/menu.lbi" not in seen
    assert fetch(server, "/Library/menu.lbi")[0] == 200


def test_file_names_are_case_sensitive_and_spaces_encoded(server):
    assert fetch(server, "/tintuc/2026/10/Khai%20giang%202026-2027.htm")[0] == 200
    assert fetch(server, "/tintuc/2026/10/khai%20giang%202026-2027.htm")[0] == 404
    _, body, _ = fetch(server, "/index.htm")
    assert 'href="tintuc/2026/11/Mit tinh 20-11.htm"' in body
    assert unquote(portal.MIT_TINH.opts["path"]) == "/tintuc/2026/11/Mit tinh 20-11.htm"
