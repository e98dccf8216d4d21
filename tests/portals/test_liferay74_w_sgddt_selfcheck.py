"""Self-check of the Liferay DXP 7.4 (Sở GD&ĐT Hà Tĩnh) fixture: the fixture against itself.

Nothing here imports the crawler. It checks that every GOLD target, alternative URL and
NON_ARTICLE answers 200, that the gold is well formed and printed on its display page, that a
walk of links from START_PATH reaches every article and listed page, that every article-shaped
URL the walk meets is a gold path or one of its alt_paths, and that the traps behave as the
module's docstring says: three URL forms with one absolute canonical, per-fragment collection
pager parameters, the Asset Publisher's maximized state kept by its pager, empty pages past the
last, UTF-8 NFC text, documents and images at extension-less ``/documents/`` paths.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import liferay74_w_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""href=(["'])(.*?)\1""")
_LOC = re.compile(r"<loc>(.*?)</loc>")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_ARTICLE_SHAPE = re.compile(r"^(/web/(guest|sgddt))?/w/")
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$|^/(documents|o|image|combo)/")


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


def _region(page: str) -> str:
    """From the heading fragment to the related list: what the display page maps."""
    return page.split('<div class="component-heading"', 1)[1].split(
        '<div class="tin-lien-quan">', 1
    )[0]


def _mapped(page: str) -> str:
    """The mapped fields of a display page (title to author fields), tools and lists aside."""
    region = _region(page).split('<div class="tu-khoa">')[0]
    return region.rsplit('<div class="lfr-layout-structure-item-fragment', 1)[0]


def _local(server: PortalServer, page_target: str, href: str) -> str | None:
    link = urlsplit(urljoin(server.url(page_target), html.unescape(href)))
    if link.netloc != urlsplit(server.base_url).netloc or link.scheme not in ("http", "https"):
        return None
    return link.path + (f"?{link.query}" if link.query else "")


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links from START_PATH (pages only)."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path):
            seen[target] = 0
            continue
        status, body = _get(server, target)
        seen[target] = status
        assert len(seen) < 400, "the walk should stay small"
        if status != 200:
            continue
        for _, href in _HREF.findall(body):
            nxt = _local(server, target, href)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "liferay74_w_sgddt"
    assert portal.START_PATH == "/"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths)
    assert len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert not set(paths) & set(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    cats = [g["category"] for g in portal.GOLD]
    assert set(cats) == set(portal.CATS.values())
    assert max(cats.count(c) for c in set(cats)) >= 7


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][3:45])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    assert gold["published_at"] < "2026-11-25"
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    assert gold["canonical_path"] == gold["path"]
    assert gold["path"].startswith("/w/")
    for image in gold["images"]:
        assert set(image) == {"path", "caption"}
        assert image["path"].startswith("/documents/20121/")
        assert not image["caption"] or image["caption"] not in gold["body"]
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or "§"]:
        assert not re.search(rf"(Tác giả|Ảnh|Nguồn): {re.escape(name)}", gold["body"])


def test_every_gold_alt_and_non_article_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][3:45])
def test_gold_text_is_on_its_page(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    headline = re.search(r'<h1 class="mb-3 text-break tieu-de-tin">(.*?)</h1>', page)
    assert headline and _nfc(headline.group(1)) == gold["title"]
    region = _region(page)
    content = region.split('<div class="component-html"', 1)[1].split("</div></div>", 1)[0]
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", content)]
    paragraphs = gold["body"].split("\n\n")
    if gold["summary"]:
        sapo = re.search(r'<div class="component-paragraph[^"]*mo-ta"[^>]*><p>(.*?)</p>', region)
        assert sapo and _nfc(sapo.group(1)) == gold["summary"]
        paragraphs = paragraphs[1:]
    else:
        assert "mo-ta" not in region
    content_text = _reader(content)
    for paragraph in paragraphs:
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in content_text, paragraph[:60]
    for image in gold["images"]:
        assert f'src="{html.escape(image["path"])}"' in content
        if image["caption"]:
            assert image["caption"] in content_text
    if gold["authors"]:
        assert f"Tác giả: {', '.join(gold['authors'])}" in shown
    else:
        assert "Tác giả:" not in shown
    for name in gold["photographers"]:
        assert f"Ảnh: {name}" in shown
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in shown
    else:
        assert "Nguồn:" not in shown
    date = re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4})( (\d\d):(\d\d))?(?!\d)", shown)
    d, m, y = date.group(1), date.group(2), date.group(3)
    want = f"{y}-{m}-{d}" + (f"T{date.group(5)}:{date.group(6)}:00+07:00" if date.group(4) else "")
    assert want == gold["published_at"]
    label = re.search(r'Chuyên mục:</span> <a class="label[^"]*" href="[^"]+">(.*?)</a>', page)
    assert label and _nfc(label.group(1)) == gold["category"]


def test_alternative_urls_serve_the_same_article(server: PortalServer) -> None:
    for gold in portal.GOLD:
        main = _get(server, gold["path"])[1]
        canon = f'<link data-senna-track="temporary" href="{server.base_url}{gold["path"]}" rel="canonical" />'
        assert canon in main
        forms = {urlsplit(a).path for a in gold["alt_paths"]}
        three = {gold["path"], "/web/guest" + gold["path"], "/web/sgddt" + gold["path"]}
        assert three - {gold["path"]} <= forms <= three
        for alt in gold["alt_paths"]:
            page = _get(server, alt)[1]
            assert canon in page
            assert _mapped(page) == _mapped(main)
        redirects = [a for a in gold["alt_paths"] if "_redirect=" in a]
        assert bool(redirects) == (gold["category"] == portal.AP_NAME)
        for alt in redirects:
            assert 'class="btn btn-sm quay-lai"' in _get(server, alt)[1]


def test_walk_from_start_reaches_everything(server: PortalServer, walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    assert [t for t, s in walk.items() if s not in (0, 200)] == []
    known = {g["path"] for g in portal.GOLD} | {a for g in portal.GOLD for a in g["alt_paths"]}
    article_like = {t for t in walk if _ARTICLE_SHAPE.match(t)}
    assert article_like <= known, sorted(article_like - known)[:5]
    pages = {t for t, s in walk.items() if s == 200} - article_like
    assert pages <= set(portal.NON_ARTICLES), sorted(pages - set(portal.NON_ARTICLES))[:5]
    assert any("p_p_state=maximized" in t for t in walk)
    assert any("p_l_back_url=" in t for t in walk)


def test_sitemap_lists_every_article(server: PortalServer) -> None:
    status, robots = _get(server, "/robots.txt")
    assert status == 200 and f"Sitemap: {server.base_url}/sitemap.xml" in robots
    status, sitemap = _get(server, "/sitemap.xml")
    assert status == 200
    locs = {urlsplit(u).path for u in _LOC.findall(sitemap)}
    assert {g["path"] for g in portal.GOLD} <= locs


def test_collection_pagers_differ_per_fragment(server: PortalServer) -> None:
    first = _get(server, "/tin-tuc-su-kien")[1]
    assert "lfr-layout-structure-item-collection" in first
    assert f'href="{server.base_url}/tin-tuc-su-kien?page_number_38521=2">2</a>' in first
    assert "Hiển thị 1 - 3 của 7 mục" in first and "Trang sau" in first and "Trang trước" in first
    assert first.count('<div class="card card-tin') == 3
    third = _get(server, "/tin-tuc-su-kien?page_number_38521=3")[1]
    assert "Hiển thị 7 - 7 của 7 mục" in third and third.count('<div class="card card-tin') == 1
    other = _get(server, "/hoat-dong-cac-don-vi")[1]
    assert "page_number_38547=2" in other and "page_number_38521" not in other
    home = _get(server, "/")[1]
    assert "page_number_40112=2" in home
    status, past = _get(server, "/tin-tuc-su-kien?page_number_38521=9")
    assert status == 200 and "Không có kết quả." in past and "card card-tin" not in past
    assert _get(server, "/tin-tuc-su-kien?page_number_38547=2")[1].count("card card-tin") == 3


def test_asset_publisher_states_and_pager(server: PortalServer) -> None:
    page = _get(server, "/thong-bao")[1]
    ap = portal.AP_ID
    assert f'id="portlet_{ap}"' in page and "Phóng to" in page
    assert re.search(r"\d\d/\d\d/\d{4} \| \d\d:\d\d (SA|CH)", page)
    maxi = _get(server, portal.AP_TARGETS[1])[1]
    links = [html.unescape(h) for _, h in _HREF.findall(maxi) if f"_{ap}_cur=" in h]
    assert links and all("p_p_state=maximized" in h and "p_p_mode=view" in h for h in links)
    second = _get(server, f"/thong-bao?{portal.ap_query('normal', 2)}")[1]
    assert "Hiển thị 3 - 3 của 3 kết quả." in second
    assert f"_{ap}_redirect=" in second


def test_documents_and_images_are_served(server: PortalServer) -> None:
    page = _get(server, "/van-ban")[1]
    for doc in portal.DOCS:
        assert html.escape(doc.file) in page and doc.view in page
        status, _, headers = fetch(server, doc.file)
        assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert "/documents/20121/0/ke-hoach.pdf/" in page
    for gold in portal.GOLD:
        for image in gold["images"]:
            status, _, headers = fetch(server, image["path"])
            assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert _get(server, "/w/bai-viet-khong-ton-tai")[0] == 404


def test_text_forms_and_chrome(server: PortalServer) -> None:
    for gold in portal.GOLD:
        assert fetch(server, gold["path"])[0] == 200
        _, body, headers = fetch(server, gold["path"])
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert unicodedata.is_normalized("NFC", body)
        assert portal.TODAY in body
        assert "Liên kết website" in body and portal.HOTLINE in body
        assert (
            '<ol class="breadcrumb">' in body and "Tin liên quan" in body and "Tin mới nhất" in body
        )
    assert (
        _get(server, "/search?q=STEM")[1].count("/w/truong-thcs-ky-anh-to-chuc-ngay-hoi-stem") == 1
    )
