"""Self-checks of the Google Sites-like THCS fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import google_sites_like_thcs as portal
from tests.portals._common import collapse
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
SITE = portal.SITE


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The page's visible text, collapsed: tags out, <br> as a space, entities decoded."""
    markup = re.sub(r"<br\s*/?>", " ", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def main_part(body: str) -> str:
    return body.split('role="main"', 1)[1].split('<div class="Xpil1b xgMJlf"></div>', 1)[0]


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href).split("#", 1)[0]
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.startswith("/_/"):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 300) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
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
        assert re.fullmatch(
            r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?", g["published_at"]
        ), g["path"]
        values = [g["title"], g["body"], g["summary"] or "", g["source"] or ""]
        values += g["authors"] + g["photographers"]
        for value in values:
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/_/rsrc/") and img["path"].endswith("=w1280")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet", "Ảnh: Internet")
            assert "ThS." not in name and " - " not in name
        assert g["alt_paths"] == [g["path"] + "?authuser=0"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 3 for c in portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    story = portal.BY_SLUG[gold["path"].rsplit("/", 1)[1]]
    main = main_part(body)
    text = shown(main)
    # the heading: an <h1> or a div role=heading, never the <title> (the page's short name)
    esc_title = _html.escape(gold["title"], quote=True)
    if story.opts["h"] == "h1":
        assert re.search(r'<h1 [^>]*class="duRjpb CDt4Ke"[^>]*><span class="C9DxTc">' + re.escape(esc_title), main)
    else:
        assert 'role="heading" aria-level="1"' in main and esc_title in main
        assert "<h1" not in main
    assert f"<title>{_html.escape(portal.SITE_NAME + ' - ' + story.opts['name'])}</title>" in body
    assert gold["title"] not in re.search(r"<title>(.*?)</title>", body).group(1)
    assert "<article" not in body and "<time" not in body and "<figure" not in body
    # the date is a plain paragraph, in the page's own form; the header shows TODAY
    assert f'font-size: 11pt;">{story.opts["date"]}</span></p>' in main
    assert portal.TODAY in body and "Lần chỉnh sửa gần nhất: 24/11/2026" in body
    # every paragraph of the gold is printed, in order
    pos = 0
    for para in gold["body"].split("\n\n"):
        found = text.find(para, pos)
        assert found >= 0, para[:60]
        pos = found + len(para)
    # photos are <img> tiles; a caption is the 10pt line right after
    srcs = re.findall(r'<img src="([^"]+)" class="CENy8b"', main)
    assert srcs == [img["path"] for img in gold["images"]]
    for img in gold["images"]:
        after = main.split(f'<img src="{img["path"]}"', 1)[1]
        nxt = re.search(r"<p [^>]*>(.*?)</p>", after).group(1)
        if img["caption"]:
            assert 'font-size: 10pt;">' in nxt and shown(nxt) == img["caption"]
        else:
            assert "font-size: 10pt" not in nxt
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    # the nav marks the section the post is under
    cur = re.search(r'aria-current="true" data-level="1">([^<]+)</a>', body).group(1)
    assert cur == gold["category"]
    # bylines and source lines are printed as they are written
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Theo {gold['source']}" in text or f"Nguồn: {gold['source']}" in text


def test_alt_path_serves_the_same_article_with_sticky_authuser(server):
    for gold in portal.GOLD:
        (alt,) = gold["alt_paths"]
        status, body, _ = fetch(server, alt)
        assert status == 200
        _, plain_body, _ = fetch(server, gold["path"])
        assert shown(main_part(body)) == shown(main_part(plain_body))
        internal = [h for h in links(server, body) if h.startswith(SITE)]
        assert internal and all(h.endswith("authuser=0") for h in internal)
    assert fetch(server, portal.GOLD[0]["path"] + "?authuser=1")[0] == 404
    assert fetch(server, portal.GOLD[0]["path"] + "?utm_source=zalo")[0] == 404


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        main = main_part(body)
        assert "Đăng ngày" not in main and "Cập nhật:" not in main, path
        assert not re.search(r">\d{2}\.\d{2}\.\d{4}<", main), path


def test_timetable_shares_the_notice_url_form(server):
    status, body, _ = fetch(server, f"{SITE}/thong-bao/thoi-khoa-bieu")
    assert status == 200
    assert '<iframe jsname="L5Fo6c"' in body and "docs.google.com/spreadsheets" in body
    assert re.search(r'aria-current="true" data-level="1">Thông báo<', body)
    _, home, _ = fetch(server, SITE)
    assert f'href="{SITE}/thong-bao/thoi-khoa-bieu"' in home


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen or g["alt_paths"][0] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_listing_pagination_and_late_posts(server):
    bodies = {}
    for target in (f"{SITE}/tin-tuc", f"{SITE}/tin-tuc?page=2", f"{SITE}/tin-tuc?page=3"):
        status, body, _ = fetch(server, target)
        assert status == 200
        bodies[target] = body
    assert f'href="{SITE}/tin-tuc?page=2">Xem thêm</a>' in bodies[f"{SITE}/tin-tuc"]
    assert f'href="{SITE}/tin-tuc?page=3">Xem thêm</a>' in bodies[f"{SITE}/tin-tuc?page=2"]
    assert "Xem thêm</a>" not in bodies[f"{SITE}/tin-tuc?page=3"]
    late = [f"{SITE}/tin-tuc/hoi-nghi-can-bo-vien-chuc-2026-2027", f"{SITE}/tin-tuc/khai-giang-nam-hoc-2026-2027"]
    first_two = bodies[f"{SITE}/tin-tuc"] + bodies[f"{SITE}/tin-tuc?page=2"]
    _, home, _ = fetch(server, SITE)
    for path in late:
        assert f'href="{path}"' in bodies[f"{SITE}/tin-tuc?page=3"]
        assert path not in first_two and path not in home
    assert fetch(server, f"{SITE}/tin-tuc?page=4")[0] == 404
    status, body, _ = fetch(server, f"{SITE}/thong-bao?page=2")
    assert status == 200 and f"{SITE}/thong-bao/hop-phu-huynh-dau-nam-hoc" in body
    assert f"{SITE}/thong-bao/hop-phu-huynh-dau-nam-hoc" not in fetch(server, f"{SITE}/thong-bao")[1]
    # cards print a date and the first sentence, never a whole article
    assert ">21/11/2026</span>" in bodies[f"{SITE}/tin-tuc"]


def test_home_links_carry_authuser(server):
    status, _, _ = fetch(server, "/")
    assert status == 302
    status, home, _ = fetch(server, SITE)
    assert status == 200
    assert f'href="{SITE}/tin-tuc/le-ky-niem-20-11-2026?authuser=0"' in home
    assert "Skip to main content" in home and "Tìm kiếm trang web này" in home
    assert "Chuyển đổi chế độ xem" in home and "Báo cáo lạm dụng" in home
    assert "Google Sites" in home and "Đang online" not in home


def test_layout_images_are_not_photos(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    assert 'role="img" aria-label="" style="background-size: cover' in body
    assert 'class="lzy1Td"' in body
    logo = re.search(r'<img src="([^"]+)" class="lzy1Td"', body).group(1)
    assert logo not in [img["path"] for img in gold["images"]]


def test_byline_traps(server):
    by_slug = {g["path"].rsplit("/", 1)[1]: g for g in portal.GOLD}
    _, body, _ = fetch(server, f"{SITE}/tin-tuc/tiet-hoc-ngoai-khoa-em-yeu-van-hoc-que-huong")
    assert 'style="text-align: right;"><span class="C9DxTc">Tổ Ngữ văn</span>' in body
    assert by_slug["tiet-hoc-ngoai-khoa-em-yeu-van-hoc-que-huong"]["authors"] == ["Tổ Ngữ văn"]
    _, body, _ = fetch(server, f"{SITE}/tin-tuc/hoi-nghi-can-bo-vien-chuc-2026-2027")
    assert "ThS. Lê Văn Tâm - Phó Hiệu trưởng" in body
    _, body, _ = fetch(server, f"{SITE}/tin-tuc/khai-giang-nam-hoc-2026-2027")
    assert ">BBT</span>" in body and by_slug["khai-giang-nam-hoc-2026-2027"]["authors"] == []
    _, body, _ = fetch(server, f"{SITE}/thong-bao/thong-bao-nghi-hoc-tranh-bao-so-13")
    assert ">Ảnh: Internet</span>" in body
    assert by_slug["thong-bao-nghi-hoc-tranh-bao-so-13"]["photographers"] == []
    _, body, _ = fetch(server, f"{SITE}/tin-tuc/le-ky-niem-20-11-2026")
    assert "Tin liên quan" in body and "Đăng ngày 21/11/2026 - 16:45" in body
    rel = body.split("Tin liên quan", 1)[1]
    assert "tap-huan-phong-chong-duoi-nuoc" in rel


def test_br_lines_are_one_printed_paragraph(server):
    _, body, _ = fetch(server, f"{SITE}/thong-bao/tuyen-sinh-cau-lac-bo-nang-khieu")
    assert "thứ Ba và thứ Sáu.<br>Câu lạc bộ Cờ vua" in body


def test_unknown_pages_are_404(server):
    assert fetch(server, f"{SITE}/tin-tuc/khong-co")[0] == 404
    assert fetch(server, f"{SITE}/thong-bao/le-ky-niem-20-11-2026")[0] == 404
    assert fetch(server, f"{SITE}/tin-tuc?page=x")[0] == 404
