"""Self-check of the CodeIgniter 3 district-office fixture (``codeigniter_pgd``): it against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, every
alternative URL and every non-article answers 200; that the gold is well formed and printed on its
page (after entities and NFC); that a walk of links from START_PATH reaches every article and
non-article (the search's sort links are followed only a few levels, they never end); and that
the platform's traits and traps behave as the module's docstring says: both URL forms and the
``?ci_session=`` form serve the same article, CI's offset pager, the print view, the endless sort
links, the soft 404, CI's own 404, CKEditor 4 entities and one decomposed (NFD) post.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import codeigniter_pgd as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|docx)$")
_PANEL_START = '<div class="panel panel-default chi-tiet-tin">'
_PANEL_END = '<div class="panel panel-default tin-cung-chuyen-muc">'


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site(), host="127.0.0.1") as srv:
        yield srv


def _get(server: PortalServer, target: str) -> tuple[int, str]:
    status, body, _ = fetch(server, target)
    return status, body


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(value))


def _reader(markup: str) -> str:
    inline = re.sub(r"</?(a|strong|em|span|b|i)\b[^>]*>", "", markup)
    return " ".join(_nfc(re.sub(r"<[^>]+>", " ", inline)).replace("\xa0", " ").split())


def _panel(page: str) -> str:
    return page.split(_PANEL_START, 1)[1].split(_PANEL_END, 1)[0]


def _content(page: str) -> str:
    rest = page.split('<div class="news-content">', 1)[1]
    return re.split(r'\n</div>\n<div class="(?:tep-dinh-kem|tu-khoa)">', rest, maxsplit=1)[0]


def _sorts(target: str) -> int:
    return sum(1 for k, _ in parse_qsl(urlsplit(target).query) if k == "sort")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host ``<a href>`` links from START_PATH.

    Files are recorded, not fetched; search URLs with more than two ``sort`` parameters are
    recorded, not fetched (the sort links never end)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    host = urlsplit(server.base_url).netloc
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or _sorts(target) > 2:
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 800, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            href = html.unescape(href)
            if href.startswith(("#", "mailto:", "javascript:")):
                continue
            link = urlsplit(urljoin(server.url(target), href))
            if link.netloc != host:
                continue
            nxt = link.path + (f"?{link.query}" if link.query else "")
            if nxt not in seen:
                queue.append(nxt)
    return seen


# --- the gold itself ------------------------------------------------------------------------


def test_contract_shape() -> None:
    assert portal.NAME == "codeigniter_pgd" and portal.PLATFORM == "codeigniter3"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {name for _, name in portal.CATS.values()}
    newest = max(g["published_at"] for g in portal.GOLD)
    assert newest.startswith("2026-11")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    assert gold["path"].startswith("/tin-tuc/chi-tiet/")
    assert gold["alt_paths"][0] == "/index.php" + gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    for name in gold["authors"] + gold["photographers"]:
        assert unicodedata.is_normalized("NFC", name) and name == name.strip()
    assert _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p == " ".join(p.split()) for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/uploads/images/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for marker in ("Tin, ảnh:", "Nguồn:", "Bài:", "Trường TH Hoa Thành"):
        assert marker not in paragraphs[-1]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "\x00"]:
        assert not paragraphs[-1].endswith(name)


# --- pages answer and print their gold ------------------------------------------------------


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(panel: str) -> str:
    m = re.search(r"Cập nhật lúc: (\d\d:\d\d) - (\d\d/\d\d/\d{4}) \| Lượt xem: \d+", panel)
    when = datetime.strptime(f"{m.group(2)} {m.group(1)}", "%d/%m/%Y %H:%M")
    if when.hour == 0 and when.minute == 0:
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    panel = _panel(page)
    headline = re.search(r'<h2 class="news-title">(.*?)</h2>', panel)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    shown = _reader(panel)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", panel, re.S)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    if gold["summary"]:
        lead = re.search(r'<p class="lead-news"><strong>(.*?)</strong></p>', panel).group(1)
        assert _nfc(lead) == gold["summary"]
        assert '<p class="lead-news">' not in _content(page)
    else:
        assert '<p class="lead-news">' not in panel
    content = _content(page)
    assert re.findall(r'<img [^>]*src="([^"]+)"', content) == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in _reader(content)
    for name in (
        gold["authors"] + gold["photographers"] + ([gold["source"]] if gold["source"] else [])
    ):
        assert name in _reader(content)
    assert _printed_date(panel) == gold["published_at"]
    crumbs = re.search(r'<ol class="breadcrumb">(.*?)</ol>', page).group(1)
    assert _nfc(re.findall(r">([^<]+)</a></li>", crumbs)[-1]) == gold["category"]
    reader = _reader(page)
    assert f"Hôm nay: {portal.TODAY}" in reader and "Tin cùng chuyên mục" in reader
    assert "Thống kê truy cập" in reader and "Thăm dò ý kiến" in reader and "Văn bản mới" in reader
    assert portal.ADDRESS in reader and portal.HOTLINE in reader
    assert 'rel="canonical"' not in page


def test_bylines_are_the_last_right_aligned_paragraph(server: PortalServer) -> None:
    signed = [g for g in portal.GOLD if g["authors"] or g["source"]]
    assert len(signed) >= 8
    for gold in signed:
        content = _content(_get(server, gold["path"])[1])
        last = re.findall(r"<p[^>]*>.*?</p>", content, re.S)[-1]
        assert last.startswith('<p style="text-align:right">')
        who = _reader(last)
        assert all(n in who for n in gold["authors"] + ([gold["source"]] if gold["source"] else []))
    lines = {
        _reader(re.findall(r"<p[^>]*>.*?</p>", _content(_get(server, g["path"])[1]), re.S)[-1])
        for g in signed
    }
    assert {"Phòng GD&ĐT", "Nguồn: Báo Nghệ An", "Tin, ảnh: Trần Văn Minh"} <= lines
    assert "Nguyễn Thị Hoa - Trường TH Hoa Thành" in lines
    assert "Bài: Lê Thị Thu Trang - Ảnh: Phan Văn Đức" in lines


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    with_session = 0
    for gold in portal.GOLD:
        want = _panel(_get(server, gold["path"])[1])
        for alt in gold["alt_paths"]:
            page = _get(server, alt)[1]
            assert _panel(page) == want, alt
            assert (
                f'<meta property="og:url" content="{server.base_url}{gold["alt_paths"][0]}">'
                in page
            )
            with_session += "ci_session=" in alt
    assert with_session == 3


def test_print_views_repeat_the_article(server: PortalServer) -> None:
    for story in portal.STORIES:
        gold = next(g for g in portal.GOLD if g["path"] == portal.article_path(story))
        article = _get(server, gold["path"])[1]
        assert f'href="/tin-tuc/in/{story.id}"' in article
        status, page = _get(server, f"/tin-tuc/in/{story.id}")
        assert status == 200 and '<body onload="window.print();">' in page
        assert _content(article) in page and gold["title"] in _nfc(page)
        assert f"Địa chỉ bài viết: {server.base_url}/index.php{gold['path']}" in page
        assert 'class="navbar' not in page and 'rel="canonical"' not in page


# --- reachability ---------------------------------------------------------------------------


def test_walk_reaches_every_article_and_non_article(walk: dict[str, int]) -> None:
    for gold in portal.GOLD:
        assert gold["alt_paths"][0] in walk  # listings link the index.php form
    clean = [g for g in portal.GOLD if g["path"] in walk]
    assert len(clean) >= 10  # the sidebars link the clean form
    assert sum(1 for g in portal.GOLD if len(g["alt_paths"]) > 1 and g["alt_paths"][1] in walk) == 3
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    assert any(s == 0 and _sorts(t) > 2 for t, s in walk.items()), "the sort links went on"


def test_ci_pagination_with_offsets(server: PortalServer) -> None:
    base = portal.cat_path("hoat-dong-chuyen-mon")
    first = _get(server, base)[1]
    assert f'<li><a href="{base}/3" data-ci-pagination-page="2">2</a></li>' in first
    assert f'<li><a href="{base}/6" data-ci-pagination-page="3">Cuối &raquo;</a></li>' in first
    assert "Đầu" not in first.split('class="pagination')[1].split("</ul>")[0]
    third = _get(server, base + "/6")[1]
    assert (
        f'<li><a href="{base}" data-ci-pagination-page="1" rel="start">&laquo; Đầu</a></li>'
        in third
    )
    assert '<li class="active"><a href="#">3</a></li>' in third and 'rel="next"' not in third
    listed = []
    for offset in (0, 3, 6):
        page = _get(server, f"{base}/{offset}" if offset else base)[1]
        listed += re.findall(r'<h4 class="media-heading"><a href="([^"]+)"', page)
    assert listed == [portal.site_path(s) for s in portal.in_cat("hoat-dong-chuyen-mon")]
    assert len(listed) == 7
    assert _get(server, base + "/4")[0] == 200  # CI serves any offset
    past = _get(server, base + "/30")
    assert past[0] == 200 and "Chưa có bài viết nào." in past[1]
    assert _get(server, base.replace("/index.php", ""))[1].count("media tin-item") == 3
    assert 'href="/index.php/tin-tuc/10"' in _get(server, "/index.php/tin-tuc/5")[1]
    assert _get(server, "/index.php/tin-tuc/danh-muc/99/khong-co")[0] == 404


def test_search_sort_links_never_end(server: PortalServer) -> None:
    target = "/tim-kiem?q=th%C6%B0+vi%E1%BB%87n"
    seen = set()
    for n in range(30):
        status, page = _get(server, target)
        assert status == 200 and "Tìm thấy <b>3</b> kết quả" in page
        label = "Cũ nhất" if n % 2 else "Mới nhất"
        nxt = html.unescape(re.search(rf'<a href="([^"]+)">{label}</a>', page).group(1))
        assert nxt not in seen and len(nxt) > len(target)
        seen.add(nxt)
        target = nxt
    assert _sorts(target) == 30
    many = _get(server, "/index.php/tim-kiem?q=gi%C3%A1o+vi%C3%AAn")[1]
    assert "&amp;per_page=5" in many  # CI's page_query_string: the offset is named per_page
    second = _get(server, "/index.php/tim-kiem?q=gi%C3%A1o+vi%C3%AAn&sort=desc&per_page=5")[1]
    assert second.count("media tin-item") >= 1


def test_soft_404_and_ci_404(server: PortalServer) -> None:
    status, page = _get(server, portal.SOFT_404)
    assert status == 200 and "Bài viết không tồn tại hoặc đã bị xóa!" in page
    linking = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/chi-tiet/293/"))
    assert f'href="{portal.SOFT_404}"' in _get(server, linking["path"])[1]
    status, page = _get(server, "/khong-co-trang-nay")
    assert status == 404 and "<h1>404 Page Not Found</h1>" in page


def test_non_article_pages_look_like_what_they_are(server: PortalServer) -> None:
    doc = _get(server, "/van-ban/chi-tiet/45")[1]
    for label in ("Số ký hiệu", "Ngày ban hành", "Trích yếu", "Tải về", "215/KH-PGDĐT"):
        assert label in doc
    album = _get(server, "/thu-vien-anh/album/7")[1]
    assert album.count('data-lightbox="album-7"') == 6
    poll = _get(server, "/binh-chon/ket-qua/2")[1]
    assert "Tổng số phiếu: <b>1.248</b>" in poll
    contact = _get(server, "/lien-he")[1]
    assert 'name="csrf_test_name"' in contact and "/captcha/" in contact
    for path in (
        "/uploads/files/2026/11/ke-hoach-hoi-thi-gvdg-thcs-2026.pdf",
        "/uploads/vanban/2026/215-kh-pgddt.pdf",
    ):
        status, _, headers = fetch(server, path)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    status, _, headers = fetch(server, "/uploads/files/2026/11/danh-sach-giao-vien-du-thi.docx")
    assert status == 200 and "wordprocessingml" in headers["Content-Type"]


def test_text_forms_and_session(server: PortalServer) -> None:
    pages = {g["path"]: _get(server, g["path"])[1] for g in portal.GOLD}
    nfd = [p for p, page in pages.items() if not unicodedata.is_normalized("NFC", _content(page))]
    assert len(nfd) == 1 and "/296/" in nfd[0]
    entity_pages = [
        p for p, page in pages.items() if re.search(r"&(agrave|aacute|ocirc);", _content(page))
    ]
    assert len(entity_pages) == len(pages) - 1  # CKEditor's entities; the NFD post has none to name
    assert sum("font-family:times new roman" in _content(page) for page in pages.values()) == 1
    _, body, headers = fetch(server, "/")
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Set-Cookie"].startswith(f"ci_session={portal.SESSION};")
    assert body.count(f"?ci_session={portal.SESSION}") == 3


def test_site_is_deterministic(server: PortalServer) -> None:
    target = portal.GOLD[2]["path"]
    assert _get(server, target)[1] == _get(server, target)[1]
