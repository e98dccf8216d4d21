"""Self-checks of the NukeViet "photos around the text" PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import lead_photo_gallery_pgd as portal
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
GOLD_BY_ID = {int(re.search(r"-(\d+)\.html$", g["path"]).group(1)): g for g in portal.GOLD}


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
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(markup: str) -> str:
    """The page's text as a reader sees it: tags dropped, entities decoded, collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def detail(body: str) -> str:
    return body.split('<div class="news-detail panel', 1)[1].split('<div class="news-share">', 1)[0]


def bodytext(body: str) -> str:
    return body.split('id="news-bodyhtml" class="bodytext', 1)[1].split('<div class="news-share">', 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        paras = g["body"].split("\n\n")
        assert len(paras) == len(set(paras)), g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/uploads/news/")
            assert not (img["caption"] or "").startswith("Ảnh:")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet")
            assert "(" not in name and not name.startswith(("ThS.", "TS."))
        assert g["alt_paths"] == [g["path"].replace(f"/news/{g['path'].split('/')[2]}/", "/news/print/")]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title margin-bottom-lg">{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["path"]}" />' in body
    assert portal.TODAY in body
    # "Thứ năm - 19/11/2026 08:45"
    y, mo, d = gold["published_at"][:10].split("-")
    hm = gold["published_at"][11:16]
    assert re.search(rf'<span class="h5 date">(Thứ (hai|ba|tư|năm|sáu|bảy)|Chủ nhật) - {d}/{mo}/{y} {hm}</span>', body)
    assert f"<span itemprop=\"name\">{_html.escape(gold['category'])}</span>" in body
    text = shown(detail(body))
    assert collapse(gold["title"]) in text
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            assert shown(" ".join(para.split(" | "))) in text, para
        else:
            assert para in text, para
    if gold["summary"]:
        assert f'<div class="hometext m-bottom"><strong>{_html.escape(gold["summary"])}</strong></div>' in body
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in detail(body)
        if img["caption"]:
            assert img["caption"] in text
    # the print view serves the same article
    status, printed, _ = fetch(server, gold["alt_paths"][0])
    assert status == 200 and f"<h1>{_html.escape(gold['title'])}</h1>" in printed
    ptext = shown(printed)
    for para in gold["body"].split("\n\n"):
        if " | " not in para:
            assert para in ptext


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="h5 date"' not in body and "news-bodyhtml" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_page_two_only_article(server):
    late = portal.article_path(portal.BY_ID[portal.PAGE2_ONLY])
    for target in ["/", "/news/", "/news/page-2.html", "/news/tin-hoat-dong/", "/news/chuyen-mon/"]:
        assert late not in fetch(server, target)[1], target
    for g in portal.GOLD:
        if g["path"] != late:
            assert late not in fetch(server, g["path"])[1], g["path"]
    for target in ("/news/tin-hoat-dong/page-2.html", "/news/page-3.html"):
        status, body, _ = fetch(server, target)
        assert status == 200 and f'href="{late}"' in body
    status, body, _ = fetch(server, "/news/tin-hoat-dong/")
    assert 'href="/news/tin-hoat-dong/page-2.html"' in body
    assert body.count('class="news-item clearfix"') == portal.PER_PAGE
    assert fetch(server, "/news/tin-hoat-dong/page-3.html")[0] == 404
    assert fetch(server, "/news/page-4.html")[0] == 404


def test_lead_photo_before_and_after_sapo(server):
    for sid in (128, 121, 115, 117, 125, 126, 118, 112, 120):
        story = portal.BY_ID[sid]
        _, body, _ = fetch(server, portal.article_path(story))
        box = body.split('<div class="clearfix">', 1)[1].split("</div>\n", 1)[0]
        fig_at, sapo_at = box.index('<figure class="imghome'), box.index('class="hometext')
        assert (fig_at < sapo_at) == (story.opts["lead"] == "before"), sid
        first = GOLD_BY_ID[sid]["images"][0]
        assert 'id="imghome" alt="' in box and f'src="{first["path"]}"' in box
        assert ("<figcaption>" in box) == (first["caption"] is not None), sid
    no_caption = [sid for sid, g in GOLD_BY_ID.items() if portal.lead_img(portal.BY_ID[sid]) and g["images"][0]["caption"] is None]
    assert sorted(no_caption) == [112, 125]
    # the alt of an uncaptioned lead photo repeats the title (not printed)
    _, body, _ = fetch(server, GOLD_BY_ID[125]["path"])
    assert f'alt="{_html.escape(GOLD_BY_ID[125]["title"])}" src="{GOLD_BY_ID[125]["images"][0]["path"]}"' in body


def test_closing_galleries(server):
    _, body, _ = fetch(server, GOLD_BY_ID[128]["path"])
    text = bodytext(body)
    after = text.split("<h4><strong>Một số hình ảnh tại buổi lễ</strong></h4>", 1)[1]
    assert after.count("<figcaption>") == 5 and "Một số hình ảnh tại buổi lễ" in GOLD_BY_ID[128]["body"]
    _, body, _ = fetch(server, GOLD_BY_ID[115]["path"])
    after = bodytext(body).split("<h4><strong>Một số hình ảnh</strong></h4>", 1)[1]
    assert after.count("<img ") == 4 and after.count("<em>") == 4
    assert GOLD_BY_ID[115]["body"].endswith("\n\nMột số hình ảnh")
    assert "BBT" in after and GOLD_BY_ID[115]["authors"] == []


def test_photo_table_two_by_three(server):
    _, body, _ = fetch(server, GOLD_BY_ID[126]["path"])
    table = re.search(r'<table align="center".*?</table>', bodytext(body), re.S).group(0)
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    assert len(rows) == 2 and all(r.count("<img ") == 3 for r in rows)
    for img in GOLD_BY_ID[126]["images"][1:]:
        assert f'{img["path"]}" style="width: 260px; max-width: 100%;" /><br />\n{img["caption"]}</td>' in table
        assert img["caption"] not in GOLD_BY_ID[126]["body"]


def test_caption_and_credit_lines(server):
    _, body, _ = fetch(server, GOLD_BY_ID[124]["path"])
    assert "<p><em>Ảnh: Các em học sinh lớp 3/2 say sưa đọc sách tại thư viện xanh</em></p>" in body
    assert GOLD_BY_ID[124]["images"][0]["caption"] == "Các em học sinh lớp 3/2 say sưa đọc sách tại thư viện xanh"
    assert "&nbsp;" in bodytext(body)
    _, body, _ = fetch(server, GOLD_BY_ID[118]["path"])
    assert '/gvcn-gioi-01.jpg" style="width: 600px; max-width: 100%;" /></p>\n' in body
    assert '<p style="text-align: center;"><em>Ảnh: Trần Minh Tâm</em></p>' in body
    assert GOLD_BY_ID[118]["images"][1]["caption"] is None
    assert GOLD_BY_ID[118]["photographers"] == ["Trần Minh Tâm"]
    _, body, _ = fetch(server, GOLD_BY_ID[117]["path"])
    assert "<em>Ảnh: Internet</em>" in body and GOLD_BY_ID[117]["images"][1]["caption"] is None
    assert "<strong>Tác giả bài viết: </strong>ThS. Lê Minh Quân" in body


def test_related_box_inside_bodytext(server):
    for sid in (118, 122, 120):
        _, body, _ = fetch(server, GOLD_BY_ID[sid]["path"])
        box = bodytext(body).split('<div class="tin-lien-quan"', 1)[1]
        assert "<strong>Tin liên quan</strong>" in box and ("/assets/news/" in box or "no_image" in box)
        own = {img["path"] for img in GOLD_BY_ID[sid]["images"]}
        for thumb in re.findall(r'src="([^"]+)"', box):
            assert thumb not in own
        assert "Tin liên quan" not in GOLD_BY_ID[sid]["body"]
        for rid in portal.BY_ID[sid].opts["related"]:
            assert GOLD_BY_ID[rid]["title"] not in GOLD_BY_ID[sid]["body"]


def test_youtube_iframes_are_not_images(server):
    for sid in (121, 117):
        _, body, _ = fetch(server, GOLD_BY_ID[sid]["path"])
        assert '<iframe width="' in bodytext(body) and "youtube.com/embed/" in body
        assert all("youtube" not in img["path"] for img in GOLD_BY_ID[sid]["images"])


def test_br_paragraph_and_admin_poster(server):
    _, body, _ = fetch(server, GOLD_BY_ID[127]["path"])
    assert "Mọi vướng mắc đề nghị liên hệ Tổ THCS, Phòng GD&amp;ĐT.<br />" in body
    assert "Tổ THCS, Phòng GD&ĐT.\n\nĐiện thoại:" in GOLD_BY_ID[127]["body"]
    assert "Đăng bởi: admin" in body and "admin" not in GOLD_BY_ID[127]["authors"]


def test_album_list_and_static_pages(server):
    _, body, _ = fetch(server, "/news/thu-vien-anh/")
    assert "data-fancybox" in body and 'class="h5 date"' not in body
    hrefs = [h for h in re.findall(r'href="([^"]+)"', body) if "data-fancybox" in body and h.startswith("/uploads/")]
    assert hrefs and all(h.endswith(".jpg") for h in hrefs)
    for target in ("/about/gioi-thieu.html", "/about/co-cau-to-chuc.html"):
        status, body, _ = fetch(server, target)
        assert status == 200 and 'class="bodytext"' in body and "hometext" not in body


def test_wrong_category_redirects_and_unknown_pages(server):
    g = GOLD_BY_ID[127]
    wrong = g["path"].replace("/chuyen-mon/", "/tin-hoat-dong/")
    status, _, headers = fetch(server, wrong)
    assert status == 301 and headers["Location"] == g["path"]
    assert fetch(server, "/news/chuyen-mon/khong-co-bai-999.html")[0] == 404
    assert fetch(server, "/news/tin-hoat-dong/page-1.html")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
