"""Self-checks of the php_mixed_encoding_thcs fixture against itself (never the crawler).

Each page is decoded the way its declared (or true) charset says: windows-1258 by the meta,
UTF-8 by the header, TCVN3 through the .VnTime/.VnTimeH fonts; the gold text must be there.
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
from tests.portals import php_mixed_encoding_thcs as portal
from tests.portals._common import TCVN3, collapse, from_tcvn3, to_tcvn3
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")
STORY = {portal.art_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def decode(data: bytes, enc: str) -> str:
    """What a reader sees: the bytes read by the right charset (or font), NFC."""
    if enc == "1258":
        shown = data.decode("cp1258")
    elif enc == "tcvn3":
        shown = from_tcvn3(data)
        shown = re.sub(
            r'(<font face="\.VnTimeH"[^>]*>)(.*?)(</font>)',
            lambda m: m.group(1) + m.group(2).upper() + m.group(3),
            shown,
            flags=re.S,
        )
    else:
        shown = data.decode("utf-8")
    return unicodedata.normalize("NFC", shown)


def page_text(shown: str) -> str:
    # inline tags join (a .VnTimeH capital inside a word), the others separate
    inline = re.sub(r"</?(?:font|b|i|u)\b[^>]*>", "", shown, flags=re.I)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return collapse(_html.unescape(no_tags))


def links(server: PortalServer, target: str, data: bytes) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', data.decode("latin-1")):
        href = _html.unescape(href)
        if href.startswith(("mailto:", "javascript:", "#")):
            continue
        absolute = urljoin(server.url(target), href)
        if not absolute.startswith(server.base_url):
            continue
        rel = absolute[len(server.base_url) :] or "/"
        if urlsplit(rel).path.endswith(ASSETS):
            continue
        out.append(rel.split("#")[0])
    return out


def walk(server: PortalServer, start: str, limit: int = 200) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, data, _ = get(server, target)
        if status != 200:
            continue
        for href in links(server, target, data):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/upload/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet")
            assert " - " not in name and not name.startswith(("ThS", "GV"))
        assert g["alt_paths"] == [g["path"].replace("act=tin", "act=in")]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    counts = {enc: sum(s.opts["enc"] == enc for s in portal.STORIES) for enc in portal.ENCODINGS}
    assert counts == {"1258": 5, "u8m": 3, "nfd": 2, "mix": 1, "tcvn3": 2}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    story = STORY[gold["path"]]
    enc = story.opts["enc"]
    for target in (gold["path"], *gold["alt_paths"]):
        status, data, _ = get(server, target)
        assert status == 200, target
        shown = decode(data, enc)
        text = page_text(shown.split("Các tin khác:")[0])
        assert gold["title"] in text, target
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text, (target, para)
        for img in gold["images"]:
            assert f'src="{img["path"][1:]}"' in shown
            if img["caption"]:
                assert img["caption"] in text
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    _, data, _ = get(server, gold["path"])
    text = page_text(decode(data, enc))
    if story.opts["date"] == "paren":
        assert f"({d}-{m}-{y})" in text
    else:
        clock = f" {gold['published_at'][11:16]}" if "T" in gold["published_at"] else " |"
        assert f"Ngày đăng: {d}/{m}/{y}{clock}" in text
    assert "Hôm nay: 04/12/2026" in text and "Số lượt truy cập: 45678" in text
    assert f"Trang chủ » {gold['category']}" in text
    for name in gold["authors"]:
        if enc != "mix":
            assert name in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, data, headers = get(server, path)
        assert status == 200, path
        assert headers["Content-Type"] == "text/html"
        text = page_text(decode(data, "1258"))
        assert "Ngày đăng:" not in text and "Các tin khác:" not in text and "In bài" not in text


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_on_list_page_two(server):
    status, page1, _ = get(server, "/index.php?act=dm&ma=1")
    assert status == 200
    text = page_text(decode(page1, "1258"))
    assert "Trang: [1] 2 Tiếp>>" in text
    _, page2, _ = get(server, "/index.php?act=dm&ma=1&trang=2")
    hidden = [b'act=tin&id=1025"', b'act=tin&id=1019"']
    for needle in hidden:
        assert needle in page2
    others = ["/", "/index.php?act=dm&ma=1", "/index.php?act=dm&ma=2", "/index.php?act=dm&ma=3"]
    others += [g["path"] for g in portal.GOLD]
    for target in others:
        _, data, _ = get(server, target)
        for needle in hidden:
            assert needle not in data, (target, needle)
    assert get(server, "/index.php?act=dm&ma=1&trang=3")[0] == 404
    assert get(server, "/index.php?act=dm&ma=2&trang=2")[0] == 404


def test_windows_1258_pages_declare_only_in_meta(server):
    for story in portal.STORIES:
        if story.opts["enc"] != "1258":
            continue
        _, data, headers = get(server, portal.art_path(story))
        assert headers["Content-Type"] == "text/html"
        assert b'content="text/html; charset=windows-1258"' in data
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        raw = data.decode("cp1258")
        # tone marks are combining characters: the NFC title is not in the raw decoding
        assert story.title not in raw and unicodedata.normalize("NFC", raw) != raw
        assert "\u0323".encode("cp1258") in data or "\u0301".encode("cp1258") in data
    _, home, headers = get(server, "/")
    assert headers["Content-Type"] == "text/html" and b"charset=windows-1258" in home


def test_utf8_pages_under_a_windows_1258_meta(server):
    for story in portal.STORIES:
        if story.opts["enc"] != "u8m":
            continue
        _, data, headers = get(server, portal.art_path(story))
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert b'content="text/html; charset=windows-1258"' in data
        assert story.title.encode("utf-8") in data.replace(b"&amp;", b"&")


def test_decomposed_pages(server):
    for story in portal.STORIES:
        if story.opts["enc"] != "nfd":
            continue
        _, data, headers = get(server, portal.art_path(story))
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert b'content="text/html; charset=utf-8"' in data
        # the article (headline and text) is decomposed; the chrome and sidebars are not
        raw = data.decode("utf-8").split('<td width="600"', 1)[1].split("C\u00e1c tin kh\u00e1c", 1)[0]
        first = story.paragraphs[0]
        assert unicodedata.normalize("NFD", story.title) in raw and story.title not in raw
        assert unicodedata.normalize("NFD", first) in raw and first not in raw


def test_tcvn3_pages(server):
    for story in portal.STORIES:
        if story.opts["enc"] != "tcvn3":
            continue
        _, data, headers = get(server, portal.art_path(story))
        assert headers["Content-Type"] == "text/html"
        assert b'content="text/html; charset=windows-1252"' in data
        assert b'<font face=".VnTime"' in data and b'<font face=".VnTimeH" size="4"' in data
        assert story.title == story.title.upper()
        assert to_tcvn3(portal.headline_tcvn3(story.title)) in data
        mojibake = data.decode("cp1252")
        assert story.title not in unicodedata.normalize("NFC", mojibake)
        assert story.paragraphs[0] not in unicodedata.normalize("NFC", mojibake)
        assert b"<title>Truong THCS Le Loi - Tin tuc</title>" in data
    # the old titles are TCVN3 bytes in lists: raw in windows-1258 pages, mojibake in UTF-8 ones
    old = portal.BY_ID[1008]
    raw = to_tcvn3(portal.headline_tcvn3(old.title))
    _, listing, _ = get(server, "/index.php?act=dm&ma=3")
    assert raw in listing
    _, utf8_page, _ = get(server, "/index.php?act=tin&id=1038")
    assert raw.decode("cp1252").encode("utf-8") in utf8_page


def test_tcvn3_table():
    lower = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
    assert len(lower) == 12 * 6 + 1
    codes = [TCVN3[c] for c in lower if ord(c) >= 128]
    assert len(set(codes)) == len(codes) and min(codes) >= 0xA1
    assert from_tcvn3(to_tcvn3(lower)) == lower
    assert from_tcvn3(to_tcvn3("ĂÂÊÔƠƯĐ")) == "ĂÂÊÔƠƯĐ"
    spec = {"¸": "á", "µ": "à", "¶": "ả", "·": "ã", "¹": "ạ", "ª": "ê", "¬": "ơ", "«": "ô"}
    spec |= {"\xad": "ư", "®": "đ", "§": "Đ", "¨": "ă", "©": "â"}
    for shown, letter in spec.items():
        assert to_tcvn3(letter) == shown.encode("cp1252")
    assert portal.MIXED_BYLINE == "Ng\xadêi viÕt: NguyÔn V¨n An"
    for story in portal.STORIES:
        for para in story.paragraphs:
            plain = "".join(c for c in para if not (c.isupper() and ord(c) >= 128 and c not in TCVN3))
            assert from_tcvn3(to_tcvn3(plain)) == plain


def test_mixed_page_has_a_tcvn3_byline(server):
    _, data, headers = get(server, "/index.php?act=tin&id=1031")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert portal.MIXED_BYLINE.encode("utf-8") in data
    text = page_text(data.decode("utf-8"))
    assert "Nguyễn Văn An" not in text
    gold = next(g for g in portal.GOLD if g["path"].endswith("id=1031"))
    assert gold["authors"] == ["Nguyễn Văn An"] and "viÕt" not in gold["body"]


def test_chrome_and_unknown_pages(server):
    _, home, _ = get(server, "/")
    text = page_text(decode(home, "1258"))
    assert "Chào mừng ngày Nhà giáo Việt Nam 20-11" in text and "<marquee" in home.decode("latin-1")
    assert "Đang online: 7" in text and home.count(b'images/counter/') == 7
    assert get(server, "/index.php?act=tin&id=9999")[0] == 404
    assert get(server, "/index.php?act=tin&id=1047&utm_source=fb")[0] == 404
    assert get(server, "/khong-co.php")[0] == 404
    assert get(server, "/index.php?act=kqbc")[0] == 200
