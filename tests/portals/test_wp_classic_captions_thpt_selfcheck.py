"""Self-checks of the WordPress classic-editor THPT fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_classic_captions_thpt as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href=["\']([^"\']+)', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS) or href.startswith(("/xmlrpc.php", "/feed/")):
            continue
        out.append(href.split("#")[0])
    return out


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
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


def shown_text(fragment: str) -> str:
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def entry_of(body: str) -> str:
    return body.split('<div class="entry">', 1)[1].split('<div class="share-post">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}", g["published_at"]), g["path"]
        assert re.fullmatch(r"/tin-tuc/[a-z-]+/[a-z0-9-]+\.html", g["path"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
            assert "👉" not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert "emoji" not in img["path"]
        for name in g["authors"] + g["photographers"]:
            assert name not in ("Quản trị viên", "BBT", "admin")
            assert not name.startswith(("ThS.", "Thầy", "Cô", "Tin:"))
            assert "–" not in name
        assert 3 <= len(g["body"].split("\n\n")) <= 14
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<span itemprop="name">{_html.escape(gold["title"])}</span></h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}" />' in body
    y, m, d = gold["published_at"].split("-")
    assert f'<i class="fa fa-clock-o"></i>{d}/{m}/{y}</span>' in body
    assert f'content="{gold["published_at"]}T' in body
    assert portal.HEADER_DATE in body and "Đang online" in body and "Tổng truy cập" in body
    assert f'<span class="current">{_html.escape(gold["title"])}</span>' in body
    assert f'rel="category tag">{_html.escape(gold["category"])}</a>' in body
    assert "Bình luận đã bị đóng." in body and "Chia sẻ" in body
    entry = entry_of(body)
    shown = shown_text(entry)
    for para in gold["body"].split("\n\n"):
        want = para.replace(" | ", " ")
        assert want in shown, para
    for img in gold["images"]:
        assert f'{server.base_url}{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in entry
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "article:published_time" not in body, path
        assert "single-post-box" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_post_only_deep_in_listings(server):
    target = portal.post_path("hoat-dong-doan", portal.S_DAIHOI)
    for page in ("/", "/page/2/", "/page/3/", "/chuyen-muc/hoat-dong-doan/"):
        assert target not in fetch(server, page)[1], page
    for g in portal.GOLD:
        if g["path"] != target:
            assert target not in fetch(server, g["path"])[1], g["path"]
    for page in ("/page/4/", "/chuyen-muc/hoat-dong-doan/page/2/", "/2026/09/"):
        status, body = fetch(server, page)[:2]
        assert status == 200 and target in body, page
    assert fetch(server, "/page/5/")[0] == 404
    assert fetch(server, "/chuyen-muc/hoat-dong-doan/page/3/")[0] == 404


def test_fbclid_link_serves_the_same_post_with_canonical(server):
    gold = next(g for g in portal.GOLD if "alt_paths" in g)
    alt = gold["alt_paths"][0]
    _, source, _ = fetch(server, portal.post_path("hoat-dong-doan", portal.S_DANGIAN))
    assert f'href="{server.base_url}{_html.escape(alt)}"' in source
    assert "Xem thêm:" in source
    status, body, _ = fetch(server, alt)
    assert status == 200
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
    assert fetch(server, gold["path"])[1].count("ngg-gallery-thumbnail-box") == body.count(
        "ngg-gallery-thumbnail-box"
    )
    dangian = next(g for g in portal.GOLD if portal.S_DANGIAN in g["path"])
    assert "Xem thêm" not in dangian["body"]


def test_old_and_wrong_addresses_redirect(server):
    right = portal.post_path("thong-bao", portal.S_GIUAKY)
    for wrong in (
        f"/tin-tuc/{portal.S_GIUAKY}.html",
        f"/tin-tuc/day-va-hoc/{portal.S_GIUAKY}.html",
        right + "/",
    ):
        status, _, headers = fetch(server, wrong)
        assert status == 301 and headers["Location"] == server.base_url + right, wrong
    assert fetch(server, "/tin-tuc/thong-bao/khong-co-bai-nay.html")[0] == 404
    assert fetch(server, "/?p=795")[0] == 200  # the home page: /?p= is not a post address
    assert "single-post-box" not in fetch(server, "/?p=795")[1]


def _gold(slug: str) -> dict:
    return next(g for g in portal.GOLD if slug in g["path"])


def _entry(server, slug: str) -> str:
    return entry_of(fetch(server, _gold(slug)["path"])[1])


def test_caption_forms(server):
    # [caption] shortcode output
    entry = _entry(server, portal.S_NGUVAN)
    assert entry.count('class="wp-caption aligncenter"') == 2
    assert '<p class="wp-caption-text">Cô Vũ Thị Hồng Nhung' in entry
    assert "size-large wp-image-" in entry
    # HTML5 figure floated left, text beside it
    entry = _entry(server, portal.S_CNXANH)
    assert re.search(r'<figure id="attachment_\d+" style="width: 300px" class="wp-caption alignleft">', entry)
    assert '<figcaption class="wp-caption-text">Đoàn viên dọn vệ sinh' in entry
    # photo with alt text only: the alt is no caption
    assert 'alt="Đoàn viên trồng cây xanh quanh hồ Ea Kao"' in entry
    assert _gold(portal.S_CNXANH)["images"][1]["caption"] is None
    # caption in the same <p> as the photo
    entry = _entry(server, portal.S_DAIHOI)
    assert re.search(r'<p style="text-align: center;"><img class="aligncenter[^>]+/><br />\n<em>Đoàn chủ tịch', entry)
    # blue centred line under a photo <p>
    entry = _entry(server, portal.S_OLYMPIC)
    assert '<span style="color: #0000ff;"><em>Em Hoàng Gia Bảo' in entry
    # two photos in a row, one line for both
    gold = _gold(portal.S_DANGIAN)
    entry = _entry(server, portal.S_DANGIAN)
    assert re.search(r'<p><img class="alignleft[^>]+width="300"[^>]+/><img class="alignright[^>]+width="300"', entry)
    assert entry.count("Học sinh tham gia các trò chơi dân gian") == 1
    assert [i["caption"] for i in gold["images"][:2]] == ["Học sinh tham gia các trò chơi dân gian"] * 2


def test_nextgen_gallery_thumbnails(server):
    gold = _gold(portal.S_RCV)
    entry = _entry(server, portal.S_RCV)
    assert 'class="ngg-galleryoverview default-view"' in entry
    hrefs = re.findall(r'<a href="([^"]+)" title="([^"]*)" data-src', entry)
    assert len(hrefs) == 6 == len(gold["images"])
    for (href, title), img in zip(hrefs, gold["images"], strict=True):
        folder, name = href.rsplit("/", 1)
        assert f"{folder}/thumbs/thumbs_{name}" == server.base_url + img["path"]  # (the thumbnail shown)
        assert f'data-title="{title}"' in entry
        if re.fullmatch(r"DSC_\d+", title):
            assert img["caption"] is None
        else:
            assert img["caption"] == _html.unescape(title)
    assert sum(1 for i in gold["images"] if i["caption"]) == 2
    assert len(re.findall(r'<img title="DSC_\d+" alt="DSC_\d+" src="[^"]+/thumbs/thumbs_DSC_', entry)) == 6
    assert gold["authors"] == gold["photographers"] == ["Hà My"]


def test_photographer_credit_under_caption(server):
    gold = _gold(portal.S_HIENMAU)
    entry = _entry(server, portal.S_HIENMAU)
    assert re.search(r"</em></span></p>\n<p style=\"text-align: center;\"><em>Ảnh: Minh Đức</em></p>", entry)
    assert gold["photographers"] == ["Minh Đức"] and gold["images"][0]["caption"].startswith("Học sinh")
    assert "Minh Đức" not in gold["body"]


def test_featured_image_above_title(server):
    gold = _gold(portal.S_AI)
    _, body, _ = fetch(server, gold["path"])
    thumb = body.split('<div class="single-post-thumb">', 1)[1].split("</div>", 1)[0]
    assert f'src="{server.base_url}{gold["images"][0]["path"]}"' in thumb
    assert body.index('class="single-post-thumb"') < body.index("entry-title")
    assert gold["images"] == [{"path": gold["images"][0]["path"], "caption": None}]
    assert "<img" not in entry_of(body)
    for g in portal.GOLD:
        if g is not gold:
            assert 'class="single-post-thumb"' not in fetch(server, g["path"])[1]


def test_emoji_images_are_not_photos(server):
    for slug in (portal.S_HOPPH, portal.S_ONTAP):
        entry = _entry(server, slug)
        assert f'class="emoji" alt="👉" src="{portal.EMOJI_SRC}"' in entry
        gold = _gold(slug)
        assert all("emoji" not in i["path"] for i in gold["images"])
    assert _gold(portal.S_HOPPH)["images"] == []


def test_bylines(server):
    assert _gold(portal.S_DANGIAN)["authors"] == ["Đoàn trường THPT Nguyễn Du"]
    assert '<p style="text-align: right;"><strong>Đoàn trường THPT Nguyễn Du</strong></p>' in _entry(
        server, portal.S_DANGIAN
    )
    assert "Tin: Thầy Lê Văn Hùng" in _entry(server, portal.S_HSG)
    assert _gold(portal.S_HSG)["authors"] == ["Lê Văn Hùng"]
    assert "Bài, ảnh: Hà My – 11A2" in _entry(server, portal.S_RCV)
    assert "ThS. Trần Quốc Tuấn – Tổ trưởng tổ Ngữ văn" in _entry(server, portal.S_NGUVAN)
    assert _gold(portal.S_DAIHOI)["authors"] == [] and "<strong>BBT</strong>" in _entry(server, portal.S_DAIHOI)
    assert _gold(portal.S_OLYMPIC)["source"] == "Sở GD&ĐT Đắk Lắk"
    assert _gold(portal.S_AI)["source"] == "Báo Đắk Lắk"
    _, body, _ = fetch(server, _gold(portal.S_GIUAKY)["path"])
    assert 'class="post-meta-author"' in body and "Quản trị viên" in body
    assert _gold(portal.S_GIUAKY)["authors"] == []


def test_tables_are_rows(server):
    gold = _gold(portal.S_GIUAKY)
    assert "26/10/2026 | Sáng | 10, 11, 12 | Ngữ văn | 90 phút" in gold["body"].split("\n\n")
    assert "<table" in _entry(server, portal.S_GIUAKY)


def test_listings_and_pages(server):
    status, body, _ = fetch(server, "/")
    assert status == 200 and body.count('class="item-list"') == portal.PER_PAGE
    assert f'href="{server.base_url}/page/2/"' in body and "Tin mới:" in body
    assert "Bài xem nhiều" in body and "Lịch công tác" in body and "Liên kết" in body
    status, body, _ = fetch(server, "/thu-vien-anh/")
    assert status == 200 and "ngg-albumoverview" in body
    assert fetch(server, "/thu-vien-anh/nggallery/khai-giang-2026-2027/")[0] == 200
    status, body, _ = fetch(server, "/?s=" + quote("hiến máu"))
    assert status == 200 and portal.S_HIENMAU in body and "single-post-box" not in body
    for path in ("/gioi-thieu/", "/lien-he/"):
        body = fetch(server, path)[1]
        assert "tie-date" not in body
    assert fetch(server, "/gioi-thieu")[0] == 301
    assert fetch(server, "/tag/khong-co/")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404 and fetch(server, "/sitemap.xml")[0] == 404
