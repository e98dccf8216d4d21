"""Self-checks of the caption-zoo PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import caption_zoo_pgd as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
DATE_RE = r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(server: PortalServer, body: str) -> list[str]:
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(server.base_url):
            href = href[len(server.base_url) :] or "/"
        if not href.startswith("/") or href.startswith("//"):
            continue
        if urlsplit(href).path.endswith(ASSETS):
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


def shown(fragment: str) -> str:
    """The collapsed text a reader sees in a piece of markup."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", fragment)))


def content(body: str) -> str:
    """The article's TinyMCE text: ``div.content-detail`` (the attachment box and tools follow)."""
    return body.split('<div class="content-detail">', 1)[1].split("\n</div>\n", 1)[0]


def gold_of(story_id: int) -> dict:
    return next(g for g in portal.GOLD if g["path"] == portal.news_path(portal.BY_ID[story_id]))


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(DATE_RE, g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        values = (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"])
        for value in (*values, *g["photographers"], *(i["caption"] or "" for i in g["images"])):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
            assert img["path"].startswith("/upload/news/2026/")
            if img["caption"]:
                assert img["caption"] not in g["body"]
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " – " not in name and not name.startswith("ThS")
        assert g["alt_paths"] == [f"/?act=news&id={g['path'].split('id=')[1].split('&')[0]}"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    assert sum(1 for g in portal.GOLD if g["images"]) >= 9


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h1 class="title-detail">{_html.escape(gold["title"])}</h1>' in body
    ymd, hm = gold["published_at"][:10], gold["published_at"][11:16]
    y, m, d = ymd.split("-")
    assert f"Ngày đăng: {d}/{m}/{y} – {hm}" in body
    assert portal.TODAY in body
    crumb = body.split('<div class="breadcrumb">', 1)[1].split("</div>", 1)[0]
    assert shown(crumb).endswith(gold["category"])
    text = shown(body.split('<h1 class="title-detail">', 1)[1].split('<div class="tools">', 1)[0])
    article_text = shown(content(body))
    for para in gold["body"].split("\n\n"):
        probe = para.split(" | ")
        for cell in probe:
            assert cell in text, (gold["path"], cell)
    if gold["summary"] and '<div class="sapo">' in body:
        assert gold["summary"] not in article_text
    for img in gold["images"]:
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
        if img["caption"]:
            assert img["caption"] in article_text
    srcs = re.findall(r'<img src="([^"]+)"', content(body))
    resolved = [urlsplit(urljoin("http://x" + gold["path"], _html.unescape(s))).path for s in srcs]
    assert resolved == [i["path"] for i in gold["images"]]
    if gold["source"]:
        assert f"Theo {gold['source']}" in article_text
    for name in gold["authors"] + gold["photographers"]:
        assert name in article_text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_short_url_serves_the_same_article(server, gold):
    _, full, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200 and body == full
    assert "rel=\"canonical\"" not in full


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body and 'class="content-detail"' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_oldest_article_only_on_page_two(server):
    oldest = portal.BY_ID[1174]
    link = _html.escape(portal.news_path(oldest))
    _, page2, _ = fetch(server, "/?act=cat&cid=1&page=2")
    assert f'href="{link}"' in page2
    for target in ["/", "/?act=cat&cid=1", "/?act=cat&cid=1&page=1"] + [
        g["path"] for g in portal.GOLD if g["path"] != portal.news_path(oldest)
    ]:
        _, body, _ = fetch(server, target)
        assert f"id={oldest.id}" not in body, target
    _, page1, _ = fetch(server, "/?act=cat&cid=1")
    assert 'href="/?act=cat&amp;cid=1&amp;page=2"' in page1
    assert page1.count('class="news-item"') == 5 and page2.count('class="news-item"') == 1
    assert fetch(server, "/?act=cat&cid=1&page=3")[0] == 404
    assert fetch(server, "/?act=cat&cid=9")[0] == 404


def test_most_read_links_the_short_form(server):
    _, home, _ = fetch(server, "/")
    box = home.split("TIN ĐỌC NHIỀU", 1)[1].split("</ul>", 1)[0]
    assert re.search(r'href="/\?act=news&amp;id=\d+"', box)
    assert "title=" not in box


def test_caption_above_its_photo(server):
    g = gold_of(1214)
    art = content(fetch(server, g["path"])[1])
    caption = "<em>Ảnh: Lễ khai mạc hội thi</em>"
    assert art.index(caption) < art.index("khai-mac-hoi-thi-gvcn.jpg")
    assert g["images"][0]["caption"] == "Lễ khai mạc hội thi"
    assert g["images"][1]["caption"] == "Các thí sinh bốc thăm thứ tự dự thi"
    assert '<p style="text-align: center;">Các thí sinh bốc thăm thứ tự dự thi</p>' in art


def test_numbered_and_figure_captions(server):
    g = gold_of(1190)
    assert [i["caption"][:6] for i in g["images"]] == ["Ảnh 1:", "Ảnh 2:"]
    g = gold_of(1200)
    assert g["images"][2]["caption"] == "Hình 3. Học sinh thực hành thí nghiệm"
    art = content(fetch(server, g["path"])[1])
    assert 'src="../upload/news/2026/11/hoi-thao-khtn-3.jpg"' in art


def test_caption_in_table_cell_to_the_right(server):
    g = gold_of(1203)
    art = content(fetch(server, g["path"])[1])
    row = re.search(r"<tr>(.*?)</tr>", art, re.S).group(1)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    assert len(cells) == 2 and "<img" in cells[0] and shown(cells[1]) == g["images"][0]["caption"]


def test_one_caption_under_a_row_of_three(server):
    g = gold_of(1197)
    row = g["images"][:3]
    assert len({i["caption"] for i in row}) == 1
    assert row[0]["caption"].startswith("Ảnh từ trái qua phải:")
    art = content(fetch(server, g["path"])[1])
    para = re.search(r"<p[^>]*>(<img[^>]*>(?:&nbsp;<img[^>]*>){2})</p>", art)
    assert para is not None
    assert art.count(_html.escape(row[0]["caption"])) == 1
    # the credit-only caption credits its photographer
    assert g["images"][3]["caption"] is None
    assert g["photographers"] == ["Hoàng Lan"]


def test_caption_after_br_in_the_image_paragraph(server):
    for sid in (1206, 1186):
        g = gold_of(sid)
        art = content(fetch(server, g["path"])[1])
        cap = next(i["caption"] for i in g["images"] if i["caption"])
        assert re.search(r"<p[^>]*><img[^>]*><br /><em>" + re.escape(_html.escape(cap)) + "</em></p>", art)


def test_chuthich_long_caption(server):
    g = gold_of(1211)
    art = content(fetch(server, g["path"])[1])
    cap = g["images"][0]["caption"]
    assert f'<div class="chuthich">{_html.escape(cap)}</div>' in art
    assert cap.count(". ") == 1 and cap.endswith(".")
    assert g["images"][1]["caption"] is None


def test_centred_paragraph_after_photo_is_body(server):
    g = gold_of(1206)
    assert g["images"][0]["caption"] is None
    para = next(p for p in g["body"].split("\n\n") if p.startswith("Phát biểu tại buổi lễ,"))
    assert len(para.split()) >= 40
    art = content(fetch(server, g["path"])[1])
    assert re.search(
        r'ky-niem-20-11-1\.jpg"[^>]*/></p>\s*<p style="text-align: center;">Phát biểu tại buổi lễ,', art
    )


def test_linked_image_with_title_only(server):
    g = gold_of(1178)
    assert g["images"][1]["caption"] is None
    art = content(fetch(server, g["path"])[1])
    title = portal.LINK_TITLES["/upload/news/2026/10/tong-ket-doi-2.jpg"]
    assert f'href="/upload/news/2026/10/large/tong-ket-doi-2.jpg" title="{title}"' in art
    assert title not in shown(art)
    assert "&#" in art and "BBT" in art and not g["authors"]


def test_br_inside_paragraph_gives_two_paragraphs(server):
    g = gold_of(1182)
    art = content(fetch(server, g["path"])[1])
    assert "chính:<br />" in art
    assert "Nội dung tập huấn gồm hai phần chính:\n\nPhần 1:" in g["body"]
    assert "<p>Cán bộ, giáo viên thực hành trên phần mềm</p>" in art


def test_layout_images_are_not_article_images(server):
    _, home, _ = fetch(server, "/")
    assert "/images/icon/new.gif" in home and 'alt="mới"' in home
    gold_paths = {i["path"] for g in portal.GOLD for i in g["images"]}
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        for src in re.findall(r'<img src="([^"]+)"', body.split('<div class="content-detail">')[0]):
            assert src not in gold_paths
        assert "/upload/logo/logo-pgd-camxuyen.png" in body and "/images/avatar/" in body


def test_album_and_pages(server):
    status, body, _ = fetch(server, "/?act=album&id=3")
    assert status == 200 and "Ngày tạo: 03/12/2026" in body and 'class="photo-caption"' in body
    status, body, _ = fetch(server, "/?act=contact")
    assert status == 200 and 'name="content"' in body
    status, body, _ = fetch(server, "/?act=page&id=gioi-thieu")
    assert status == 200 and "Giới thiệu chung" in body
    assert fetch(server, "/?act=album&id=9")[0] == 404
    assert fetch(server, "/?act=news&id=9999")[0] == 404
    assert fetch(server, "/khong-co-trang")[0] == 404
    status, _, headers = fetch(server, "/upload/files/2026/11/TB-hoi-thi-GVCN-gioi-TH.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
