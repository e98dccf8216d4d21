"""Self-checks of the photo-posts THPT fixture (vendor school-website service) against itself."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import photo_posts_thpt as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".docx")
SC = portal.SC


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
            continue
        out.append(href)
    return out


def walk(server: PortalServer, start: str, limit: int = 300) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = headers["Location"]
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def visible(fragment: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def content_of(body: str) -> str:
    start = body.index('<div class="noi-dung-chi-tiet">')
    return body[start : body.index('<div class="luot-xem">', start)]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?", g["published_at"]), g[
            "path"
        ]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or ""):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        for name in g["authors"] + g["photographers"]:
            assert unicodedata.normalize("NFC", name) == name
            assert name not in ("admin", "BBT", "Internet")
            assert "(" not in name and " - " not in name and " – " not in name
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/uploads/thptcva-dn/news/")
        assert g["canonical_path"] == g["path"]
        assert g["alt_paths"] == [g["path"].rsplit("/", 1)[0], g["path"] + "?from=slider"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # every category has several articles
    for name in portal.CATEGORIES.values():
        assert sum(g["category"] == name for g in portal.GOLD) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="tieu-de-chi-tiet">{_html.escape(gold["title"])}</h1>' in body
    assert portal.TODAY in body
    content = content_of(body)
    shown = visible(content)
    for para in gold["body"].split("\n\n"):
        if gold["summary"] and para == gold["summary"]:
            tom_tat = body.split('<div class="tom-tat">', 1)[1].split("</div>", 1)[0]
            assert visible(tom_tat) == para
            continue
        for cell in para.split(" | "):
            assert cell in shown, (gold["path"], cell)
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in shown
            assert img["caption"] not in gold["body"]
    # the breadcrumb's last section is the category
    crumb = body.split('<div class="duong-dan">', 1)[1].split("</div>", 1)[0]
    assert visible(crumb).endswith("» " + gold["category"])
    # the page's date line
    meta = visible(body.split('<div class="thong-tin-bai">', 1)[1].split("</div>", 1)[0])
    y, m, d = gold["published_at"][:10].split("-")
    if "T" in gold["published_at"]:
        assert meta.startswith(f"Ngày đăng: {gold['published_at'][11:16]} - {d}/{m}/{y}")
    else:
        assert meta in (f"{d}-{m}-{y}", f"Chủ nhật - {d}/{m}/{y}")
    assert "Lượt xem:" in body and "Bài viết cùng chuyên mục" in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[1])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert content_of(body) == content_of(main)
        assert 'rel="canonical"' not in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tieu-de-chi-tiet"' not in body, path
        assert 'class="noi-dung-chi-tiet"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_post_only_on_listing_page_two(server):
    oldest = portal.GOLD[-1]["path"]
    assert oldest.endswith("/352/le-khai-giang-nam-hoc-2026-2027")
    _, page2, _ = fetch(server, f"{SC}/tin-tuc/danh-muc/1?trang=2")
    assert f'href="{oldest}"' in page2
    pages = [portal.START_PATH, f"{SC}/tin-tuc/danh-muc/1"]
    pages += [g["path"] for g in portal.GOLD[:-1]]
    for target in pages:
        assert oldest not in fetch(server, target)[1], target
    _, page1, _ = fetch(server, f"{SC}/tin-tuc/danh-muc/1")
    assert page1.count('class="tin-item"') == 10
    assert f'href="{SC}/tin-tuc/danh-muc/1?trang=2">Trang sau »</a>' in page1
    assert f'href="{SC}/tin-tuc/danh-muc/1?trang=2">2</a>' in page1
    assert fetch(server, f"{SC}/tin-tuc/danh-muc/1?trang=3")[0] == 404


def test_home_links_three_url_forms(server):
    _, home, _ = fetch(server, portal.START_PATH)
    assert home.count("?from=slider") >= 3
    assert "Online: 8 – Tổng truy cập: 356.221" in home
    assert f"Hệ thống website trường học – {portal.VENDOR}" in home
    notices = [g for g in portal.GOLD if g["category"] == "Thông báo"]
    for g in notices:
        assert f'href="{g["alt_paths"][0]}"' in home
    assert fetch(server, "/")[0] == 302
    assert fetch(server, SC)[0] == 302


def test_photo_report_caption_forms(server):
    by_id = {g["path"].split("/")[4]: g for g in portal.GOLD}
    # (a) the caption is the next centred <p>, plain text, some long full sentences
    _, body, _ = fetch(server, by_id["412"]["path"])
    caps = [i["caption"] for i in by_id["412"]["images"]]
    assert 6 <= len(caps) <= 10
    assert any(len(c.split()) >= 20 and c.endswith(".") for c in caps)
    for img in by_id["412"]["images"]:
        pattern = (
            rf'<p style="text-align: center;"><img [^>]*src="{re.escape(img["path"])}"[^>]*></p>\s*'
            rf'<p style="text-align: center;">{re.escape(_html.escape(img["caption"], quote=False))}</p>'
        )
        assert re.search(pattern, body)
    assert len(by_id["412"]["body"].split("\n\n")) == 2
    # (b) photo, <br>, <em>caption</em> in the same <p>
    _, body, _ = fetch(server, by_id["409"]["path"])
    for img in by_id["409"]["images"]:
        assert re.search(
            rf'src="{re.escape(img["path"])}"[^>]*><br />\s*<em>{re.escape(img["caption"])}</em></p>',
            body,
        )
    # (c) bold caption ABOVE each photo
    _, body, _ = fetch(server, by_id["402"]["path"])
    for n, img in enumerate(by_id["402"]["images"], 1):
        assert img["caption"].startswith(f"Ảnh {n}: ")
        esc_cap = re.escape(_html.escape(img["caption"], quote=False))
        assert re.search(
            rf"<strong>{esc_cap}</strong></p>\s*<p[^>]*><img [^>]*src=\"{re.escape(img['path'])}\"",
            body,
        )


def test_short_posts(server):
    by_id = {g["path"].split("/")[4]: g for g in portal.GOLD}
    notice = by_id["410"]
    _, body, _ = fetch(server, notice["path"])
    assert "Tải về:" in body and ">Thong-bao-so-25.docx</a>" in body
    assert "Tải về" not in notice["body"] and notice["body"].count(". ") == 1
    status, _, headers = fetch(server, "/uploads/thptcva-dn/files/Thong-bao-so-25.docx")
    assert status == 200 and "wordprocessingml" in headers["Content-Type"]
    one = by_id["398"]
    _, body, _ = fetch(server, one["path"])
    assert "<figcaption>" in body and len(one["images"]) == 1 and "\n\n" not in one["body"]
    video = by_id["395"]
    _, body, _ = fetch(server, video["path"])
    assert "facebook.com/plugins/video.php" in content_of(body)
    assert "\n\n" not in video["body"] and video["authors"] == ["Đoàn trường"]


def test_featured_image_above_headline(server):
    g = next(g for g in portal.GOLD if "/377/" in g["path"])
    _, body, _ = fetch(server, g["path"])
    feat = g["images"][0]
    assert feat["caption"] is None
    assert body.index(f'src="{feat["path"]}"') < body.index('<h1 class="tieu-de-chi-tiet">')
    assert g["source"] == "Báo Đắk Nông" and "Nguồn: Báo Đắk Nông" in body


def test_bylines_and_date_forms(server):
    pages = {g["path"]: fetch(server, g["path"])[1] for g in portal.GOLD}
    joined = "\n".join(pages.values())
    for line in (
        "Tin, ảnh: Y Thuận – Bí thư Đoàn",
        "Ảnh: CLB Nhiếp ảnh",
        "Người đăng: admin",
        "Nguyễn Thị Hồng Nhung (GV Sinh học)",
        "Ngày đăng: 09:12 - 18/10/2026",
        "Chủ nhật - 15/11/2026",
        "18-11-2026",
    ):
        assert line in joined, line


def test_albums_and_video_look_like_posts_but_are_not(server):
    for aid in (12, 15):
        status, body, _ = fetch(server, f"{SC}/thu-vien-anh/{aid}")
        assert status == 200 and '<h1 class="tieu-de-album">' in body
        assert body.count('class="chu-thich-anh"') >= 6
    status, body, _ = fetch(server, f"{SC}/video/7")
    assert status == 200 and "youtube.com/embed" in body and "Ngày đăng:" in body


def test_unknown_pages_are_404(server):
    assert fetch(server, f"{SC}/tin-tuc/chi-tiet/9999/khong-co")[0] == 404
    assert fetch(server, f"{SC}/tin-tuc/danh-muc/9")[0] == 404
    assert fetch(server, f"{SC}/thu-vien-anh/99")[0] == 404
    assert fetch(server, f"{SC}/khong-co-trang-nay")[0] == 404
