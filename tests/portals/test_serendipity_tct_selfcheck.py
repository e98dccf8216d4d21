"""Self-checks of the serendipity_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import serendipity_tct as portal
from tests.portals._selfcheck import fetch

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
HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"']+)["']""", re.I)
STATIC = (".jpg", ".jpeg", ".png", ".gif", ".css", ".js", ".ico", ".pdf", ".doc", ".docx")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(markup: str) -> str:
    """Page text: tags to spaces, entities resolved, NFC, whitespace collapsed."""
    no_comments = re.sub(r"<!--.*?-->", " ", markup, flags=re.S)
    no_tags = re.sub(r"<[^>]+>", " ", no_comments)
    value = unicodedata.normalize("NFC", _html.unescape(no_tags).replace("\xa0", " "))
    return re.sub(r"\s+", " ", value).strip()


def links(markup: str, base: str) -> list[str]:
    out = []
    for href in HREF.findall(markup):
        href = _html.unescape(href).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def canonical_of(markup: str) -> str | None:
    m = re.search(r'<link rel="canonical" href="([^"]+)"', markup)
    if not m:
        return None
    parts = urlsplit(_html.unescape(m.group(1)))
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- gold -----------------------------------------------------------------------------------------


def test_gold_count_and_shape():
    assert len(portal.GOLD) == 13
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].startswith("/index.php?/archives/")
        assert g["canonical_path"] == g["path"]
        assert g["published_at"] is None or ISO.match(g["published_at"]), g["published_at"]
        for key in ("title", "body", "summary", "source", "category"):
            value = g[key]
            if value is not None:
                assert value == unicodedata.normalize("NFC", value), (g["path"], key)
                assert value == value.strip()
        for name in g["authors"] + g["photographers"]:
            assert name == unicodedata.normalize("NFC", name)
            assert not name.startswith(("ThS.", "TS.", "Cô ", "Thầy ")), name
            assert name not in ("bientap", "admin", "BBT")
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/uploads/")


def test_gold_decisions_by_hand():
    gold = {g["path"]: g for g in portal.GOLD}
    g240 = gold[portal.permalink(portal.E240)]
    assert g240["authors"] == ["Phòng Đào tạo"]
    g226 = gold[portal.permalink(portal.E226)]
    assert g226["authors"] == [] and g226["photographers"] == []
    g233 = gold[portal.permalink(portal.E233)]
    assert g233["authors"] == []
    g229 = gold[portal.permalink(portal.E229)]
    assert g229["source"] == "Báo Điện Biên Phủ"
    g238 = gold[portal.permalink(portal.E238)]
    assert g238["category"] == "Công đoàn - Đoàn thanh niên"
    assert g238["images"][2]["caption"] is None
    g237 = gold[portal.permalink(portal.E237)]
    assert "STT | Họ và tên | Khoa | Giải" in g237["body"]
    assert g237["images"][-1]["caption"] is None
    g143 = gold[portal.permalink(portal.E143)]
    assert "- Giải bóng chuyền hơi nam, nữ chào mừng ngày thành lập Đoàn;" in g143["body"].split(
        "\n\n"
    )
    assert g143["published_at"] == "2021-03-26T09:20:00+07:00"


# --- pages ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][21:40])
def test_gold_pages_print_their_article(server, gold):
    status, body, _headers = fetch(server, gold["path"])
    assert status == 200
    text = plain(body)
    assert gold["title"] in text
    assert canonical_of(body) == gold["canonical_path"]
    for para in gold["body"].split("\n\n"):
        # a table row is printed as cells; gold joins them with " | "
        assert all(cell in text for cell in para.split(" | ")), para[:60]
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    # the day heading and the footer time that make up published_at
    entry = portal.BY_ID[int(re.search(r"archives/(\d+)-", gold["path"]).group(1))]
    y, m, d, clock = portal._ts(entry)
    assert portal.day_heading(y, m, d) in text
    assert f"lúc {clock}" in text
    assert gold["published_at"] == f"{y:04d}-{m:02d}-{d:02d}T{clock}:00+07:00"
    assert f"trong {gold['category']}" in text
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in plain(alt_body)
        assert canonical_of(alt_body) == gold["canonical_path"]


def test_images_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _body, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Đăng bởi" not in body
        assert canonical_of(body) is None


def test_bfs_from_start_reaches_every_gold(server):
    wanted = {g["path"] for g in portal.GOLD}
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and wanted and fetched < 400:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        wanted.discard(target)
        for link in links(body, server.url(target)):
            if link.lower().endswith(STATIC) or link in seen:
                continue
            if link.startswith(
                ("/index.php", "/rss.php", "/comment.php", "/serendipity_admin")
            ) or (link == "/"):
                seen.add(link)
                queue.append(link)
    assert not wanted, f"not reached: {sorted(wanted)}"


# --- listings and traps -------------------------------------------------------------------------------


def test_front_page_pagination_and_day_groups(server):
    _s, p1, _ = fetch(server, "/")
    assert canonical_of(p1) == "/"
    assert p1.count('<h4 class="serendipity_title">') == 8
    assert "/index.php?/archives/P2.html" in p1
    # one heading for the two entries of 20/11 and for the two of 14/11
    assert p1.count("Thứ Sáu, 20 Tháng Mười Một 2026") == 1
    assert p1.count("Thứ Bảy, 14 Tháng Mười Một 2026") == 1
    assert 'Tiếp tục đọc "' in p1
    _s, p2, _ = fetch(server, "/index.php?/archives/P2.html")
    for entry in (portal.E226, portal.E143, portal.E87):
        assert portal.permalink(entry) in p2
    assert "/index.php?/archives/P1.html" in p2
    # hidden notices are not on the front page but in their category
    both = p1 + p2
    main = [x.split('<aside id="sidebar_left">')[0] for x in (p1, p2)]
    assert "240-" not in "".join(main) and "212-" not in both
    _s, cat7, _ = fetch(server, "/index.php?/categories/7-Thong-bao")
    assert portal.permalink(portal.E240) in cat7 and portal.permalink(portal.E212) in cat7
    _s, p9, _ = fetch(server, "/index.php?/archives/P9.html")
    assert "Không có bài viết nào để hiển thị" in p9


def test_paginated_listings(server):
    _s, cat1, _ = fetch(server, "/index.php?/categories/1-Tin-tuc-Hoat-dong")
    assert "/index.php?/categories/1-Tin-tuc-Hoat-dong/P2.html" in cat1
    status, cat1p2, _ = fetch(server, "/index.php?/categories/1-Tin-tuc-Hoat-dong/P2.html")
    assert status == 200 and portal.permalink(portal.E143) in cat1p2
    _s, nov, _ = fetch(server, "/index.php?/archives/2026/11.html")
    assert "/index.php?/archives/2026/11/P2.html" in nov
    _s, author, _ = fetch(server, "/index.php?/authors/2-bientap")
    assert "/index.php?/authors/2-bientap/P2.html" in author
    tag = portal.tag_link(portal.SCHOOL_TAG)
    _s, tagpage, _ = fetch(server, tag)
    assert _html.escape(portal.tag_link(portal.SCHOOL_TAG, 2)) in tagpage
    status, tagp2, _ = fetch(server, portal.tag_link(portal.SCHOOL_TAG, 2))
    assert status == 200 and "serendipity_title" in tagp2


def test_search_is_paginated(server):
    target = "/index.php?serendipity[action]=search&serendipity[searchTerm]=Tr%C6%B0%E1%BB%9Dng+Ch%C3%ADnh+tr%E1%BB%8B"
    status, body, _ = fetch(server, target)
    assert status == 200 and "kết quả:" in body
    assert "/index.php?/search/Tr%C6%B0%E1%BB%9Dng+Ch%C3%ADnh+tr%E1%BB%8B/P2.html" in body
    status, p2, _ = fetch(
        server, "/index.php?/search/Tr%C6%B0%E1%BB%9Dng+Ch%C3%ADnh+tr%E1%BB%8B/P2.html"
    )
    assert status == 200 and "serendipity_title" in p2
    _s, docs, _ = fetch(server, "/index.php?/pages/van-ban-tai-lieu.html")
    assert "serendipity[action]=search" in docs


def test_calendar_never_ends(server):
    target = "/index.php?/archives/2026/11.html"
    for _ in range(30):
        status, body, _ = fetch(server, target)
        assert status == 200
        nxt = re.search(r'<a title="Tiếp" href="([^"]+)"', body).group(1)
        target = nxt
    assert "Không có bài viết nào để hiển thị" in body
    status, day, _ = fetch(server, "/index.php?/archives/2026/11/14.html")
    assert status == 200 and portal.permalink(portal.E234) in day
    _s, front, _ = fetch(server, "/")
    assert "/index.php?/archives/2026/11/24.html" in front
    assert "/index.php?/archives/2026/12.html" in front


def test_trackback_feeds_admin(server):
    status, body, headers = fetch(server, "/comment.php?type=trackback&entry_id=241")
    assert status == 200 and "trackback failed" in body and "xml" in headers["Content-Type"]
    _s, entry_page, _ = fetch(server, portal.permalink(portal.E241))
    assert "/comment.php?type=trackback&amp;entry_id=241" in entry_page
    assert "serendipity[cview]=linear" in entry_page
    assert 'class="serendipity_comment ' in entry_page and "#1" in entry_page
    for feed in ("/index.php?/feeds/index.rss2", "/rss.php?version=2.0"):
        status, xml, headers = fetch(server, feed)
        assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
        assert "241-guid.html" in xml and "<item>" in xml
    status, login, _ = fetch(server, "/serendipity_admin.php")
    assert status == 200 and 'type="password"' in login


def test_old_slug_duplicate(server):
    old = "/index.php?/archives/212-Ket-qua-tuyen-sinh-lop-Trung-cap-LLCT-khoa-2026-2027.html"
    _s, e241, _ = fetch(server, portal.permalink(portal.E241))
    assert old in e241
    status, body, _ = fetch(server, old)
    assert status == 200 and canonical_of(body) == portal.permalink(portal.E212)


def test_text_forms(server):
    _s, nfd, _ = fetch(server, portal.permalink(portal.E231))
    assert unicodedata.normalize("NFD", "Chi bộ Khoa Lý luận cơ sở tổ chức") in nfd
    _s, latin, _ = fetch(server, portal.permalink(portal.E212))
    assert "Ch&iacute;nh" in latin and "ng&agrave;y" in latin
    _s, old, _ = fetch(server, portal.permalink(portal.E87))
    assert "1. Thực trạng<br />" in old
    assert "<p" not in old.split('class="serendipity_entry_body">')[1].split("</div>")[0]


def test_static_pages_look_like_entries_but_have_no_footer(server):
    status, body, _ = fetch(server, "/index.php?/pages/gioi-thieu.html")
    assert status == 200 and 'class="serendipity_title"' in body
    assert "serendipity_entryFooter" not in body
    assert fetch(server, "/index.php?/pages/khong-co.html")[0] == 404
