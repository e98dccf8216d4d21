"""Self-checks of the QuangIch Soft school-site fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_quangich_thcs as portal
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
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".doc")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(target: str, body: str) -> list[str]:
    """Same-host href targets of a page, resolved against it as a browser would."""
    out = []
    for href in re.findall(r'href="([^"]+)"', body):
        href = _html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#", "http://", "https://")):
            continue
        absolute = urljoin("http://h" + target, href)
        parts = urlsplit(absolute)
        if parts.path.endswith(ASSETS):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def walk(server: PortalServer, start: str, limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(target, body):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def shown(body: str) -> str:
    """The page's text as a reader sees it: tags to spaces, entities decoded, collapsed."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def story_of(gold: dict) -> portal.Story:
    return portal.BY_ID[int(re.search(r"[?&]id=(\d+)", gold["path"]).group(1))]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        paras = g["body"].split("\n\n")
        assert 2 <= len(paras) <= 16
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) in ({"path", "caption"}, {"url", "caption"})
        for name in g["authors"] + g["photographers"]:
            assert name not in ("BBT", "admin") and "ThS." not in name and "–" not in name
        assert "-----" not in g["body"] and "Nơi nhận" not in g["body"]
        assert len(set(g["alt_paths"])) == 4 and g["path"] not in g["alt_paths"]
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    s = story_of(gold)
    text = shown(body)
    assert gold["title"] in text
    assert portal.HEADER_TODAY in text
    y, m, d = gold["published_at"][:10].split("-")
    hh, mm = gold["published_at"][11:13], gold["published_at"][14:16]
    if s.opts["tpl"] == "A":
        assert (
            '<td class="tieude_chitiet"><b>' in body
            and "<p>" not in body.split("noidung_chitiet")[1].split("</td>")[0]
        )
        assert f"Cập nhật lúc {hh}h{mm}' ngày {d}/{m}/{y}" in text
    else:
        assert '<h2 class="tde">' in body
        assert f"Ngày đăng: {d}/{m}/{y} - {hh}:{mm} | Lượt xem: {s.views()}" in text
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para
    if gold["summary"]:
        assert (
            f'<div class="tomtat"><strong>{_html.escape(gold["summary"], quote=False)}</strong>'
            in body
        )
    for img in gold["images"]:
        if img["caption"]:
            assert img["caption"] in text
        if "path" in img:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    crumbs = body.split('class="duongdan">', 1)[1].split(
        "</td>" if s.opts["tpl"] == "A" else "</div>"
    )[0]
    assert shown(crumbs).endswith(gold["category"])
    assert "Các tin đã đưa:" in text or "Các tin mới hơn:" in text
    assert "In bài" in text and "Về đầu trang" in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        text = shown(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            assert para.replace(" | ", " ") in text
        if alt.endswith("&print=1"):
            assert "In bài này" in text and "Đóng cửa sổ" in text and "TIN XEM NHIỀU" not in text
            assert "Các tin đã đưa" not in text
        else:
            assert body == main


def test_entities_in_template_a(server):
    for s in portal.STORIES:
        _, body, _ = fetch(server, "/" + portal.u_main(s))
        if s.opts["tpl"] == "A":
            cell = body.split('class="noidung_chitiet">')[1].split("</td>")[0]
            assert "&#" in cell and "<br>" in cell and "&nbsp;" in cell
            assert '<font face="Times New Roman"' in cell
        else:
            nd = body.split('<div class="nd">')[1].split("</div>")[0]
            assert "&#" not in nd and '<p style="text-align: justify;">' in nd


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "tieude_chitiet" not in body and 'class="tde"' not in body, path
        assert "Ngày đăng:" not in body and "Cập nhật lúc" not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # the session twin is printed by the sidebar only; the print view by the tools row
    sess = {p for p in seen if "PHPSESSID=" in p}
    assert sess and all(p.startswith("/index.php?mod=tintuc&act=chitiet") for p in sess)
    assert any(p.endswith("&print=1") for p in seen)
    assert any(p.startswith("/index.php?act=chitiet&mod=tintuc") for p in seen)
    assert any(p.endswith("&lang=vi") for p in seen)


def test_home_and_root_are_the_same_page(server):
    assert fetch(server, "/")[1] == fetch(server, "/index.php")[1]
    _, home, _ = fetch(server, "/")
    assert "Chào mừng quý thầy cô và các em học sinh" in home and "<marquee" in home
    text = shown(home)
    for chrome in (
        "Đang online: 7",
        "Hôm nay: 213",
        "Tổng: 184.502",
        "Tin xem nhiều".upper(),
        "Bản quyền © 2014 Trường THCS Nguyễn Trãi – Thiết kế bởi QuangIch Soft",
    ):
        assert chrome in text


def test_listing_pagination_and_page_two_only_articles(server):
    status, page1, _ = fetch(server, "/" + portal.u_list(1))
    assert status == 200
    assert "Trang: [1]" in shown(page1) and "Tiếp »" in page1 and "Cuối »|" in page1
    assert 'href="index.php?mod=tintuc&amp;act=danhsach&amp;cid=1&amp;p=2"' in page1
    assert page1.count('class="tieude_ds"') == portal.PER_PAGE
    status, page2, _ = fetch(server, "/" + portal.u_list(1, 2))
    assert status == 200 and "[2]" in page2
    _, home, _ = fetch(server, "/")
    for sid in (31, 37):
        assert f"id={sid}&amp;cid=1" in page2
        for page in (page1, home):
            assert f"id={sid}&" not in page.split('id="cot_phai"')[0]
    assert fetch(server, "/" + portal.u_list(1, 3))[0] == 404
    # the children are listed in the parent and in their own listing
    _, child, _ = fetch(server, "/" + portal.u_list(3))
    assert child.count('class="tieude_ds"') == 3


def test_related_lists_print_dates(server):
    _, body, _ = fetch(server, "/" + portal.u_main(portal.BY_ID[62]))
    older = body.split("Các tin đã đưa:")[1].split("</ul>")[0]
    assert re.search(r"\(\d{2}/\d{2}/2026\)", older)
    assert "id=60&amp;cid=1&amp;lang=vi" in older
    _, body, _ = fetch(server, "/" + portal.u_main(portal.BY_ID[37]))
    assert 'href="index.php?act=chitiet&mod=tintuc&cid=1&id=31"' in body


def test_plan_and_short_notice(server):
    _, body, _ = fetch(server, "/" + portal.u_main(portal.BY_ID[42]))
    text = shown(body)
    assert "-----------------" in text and "Nơi nhận:" in text and "(đã ký)" in text
    assert "HIỆU TRƯỞNG" in text and "Phạm Văn Tâm" in text
    _, body, _ = fetch(server, "/" + portal.u_main(portal.BY_ID[51]))
    link = re.search(r'href="(upload/files/[^"]+\.doc)">Tải về</a>', body)
    assert link
    status, _, headers = fetch(server, "/" + link.group(1))
    assert status == 200 and headers["Content-Type"] == "application/msword"
    gold = next(g for g in portal.GOLD if "id=51&" in g["path"])
    assert len(gold["body"].split("\n\n")) == 2


def test_static_album_document_search_pages(server):
    _, album, _ = fetch(server, "/index.php?mod=thuvienanh&aid=2")
    grid = album.split('id="cot_giua"')[1].split('id="cot_phai"')[0]
    assert grid.count('<img src="upload/album/2/thumb_') == len(portal.ALBUMS[2][1])
    _, doc, _ = fetch(server, "/index.php?mod=vanban&id=12")
    assert "Số hiệu:" in doc and "Ngày ban hành:" in doc and ">Tải về</a>" in doc
    status, found, _ = fetch(server, portal.NON_ARTICLES[5])
    assert status == 200 and "KẾT QUẢ TÌM KIẾM" in found and found.count('class="tieude_ds"') == 2
    status, _, _ = fetch(server, "/index.php?mod=lienhe")
    assert status == 200
    assert fetch(server, "/index.php?mod=vanban&id=99")[0] == 404


def test_unknown_targets_are_404(server):
    assert fetch(server, "/index.php?mod=tintuc&act=chitiet&id=999&cid=1")[0] == 404
    assert fetch(server, "/index.php?mod=tintuc&act=chitiet&id=62&cid=2")[0] == 404
    assert fetch(server, "/khong-co.php")[0] == 404
