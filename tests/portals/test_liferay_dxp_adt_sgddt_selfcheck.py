"""Self-check of the Liferay DXP 7.4 portal (Sở GD&ĐT Tuyên Quang): the fixture against itself.

Nothing here imports the crawler beyond the demo server. It checks that every gold target, alt
path and non-article answers 200; that the gold is well formed and printed on the Asset
Publisher view, the ``/w/`` display page and the print view alike (title, date, paragraphs,
captions, bylines); that a walk of links from START_PATH (following redirects, not following the
document library's ever-growing sort links past two rounds) reaches every article, every alt
path and every non-article; and that the traps behave as the module's docstring says.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import liferay_dxp_adt_sgddt as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r"""<a\s[^>]*?href=(["'])(.*?)\1""")
_KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
    "summary", "body", "images", "category", "alt_paths",
}  # fmt: skip
_NOT_PAGES = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf|xml)$")
_BY_PATH = {g["path"]: g for g in portal.GOLD}
_STORY = {portal.asset_path(s): s for s in portal.STORIES}


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


def _between(page: str, start: str, end: str) -> str:
    return page.split(start, 1)[1].split(end, 1)[0]


def _ap_region(page: str) -> str:
    return _between(page, '<div class="tqs-article"', '<div class="taglib-asset-tags-summary">')


def _dp_region(page: str) -> str:
    return _between(page, '<h1 class="component-heading', '<p class="tqs-dp-category">')


def _canonical(page: str) -> str:
    return html.unescape(
        re.search(
            r'<link data-senna-track="temporary" href="([^"]+)" rel="canonical" />', page
        ).group(1)
    )


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for _, href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        link = urlsplit(urljoin(server.url(target), href))
        if link.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(link.path + (f"?{link.query}" if link.query else ""))
    return out


@pytest.fixture(scope="module")
def walk(server: PortalServer) -> dict[str, int]:
    """Breadth-first over same-host links and redirects from START_PATH."""
    seen: dict[str, int] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        if _NOT_PAGES.search(urlsplit(target).path) or target.count("orderByCol=") > 2:
            seen[target] = 0  # linked, not fetched
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        assert len(seen) < 1500, "the walk should stay bounded"
        if status in (301, 302):
            queue.append(headers["Location"].replace(server.base_url, ""))
            continue
        if status == 200 and headers["Content-Type"].startswith("text/html"):
            queue.extend(t for t in _links(server, target, body) if t not in seen)
    return seen


def test_contract_shape() -> None:
    assert portal.NAME == "liferay_dxp_adt_sgddt"
    assert portal.START_PATH == "/web/sgddt"
    assert 10 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g["alt_paths"]]
    assert len(set(paths)) == len(paths) and len(set(alts)) == len(alts)
    assert not (set(paths) | set(alts)) & set(portal.NON_ARTICLES)
    assert not set(paths) & set(alts)
    assert len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    assert {g["category"] for g in portal.GOLD} == {c.name for c in portal.CATS.values()}
    assert max(g["published_at"] for g in portal.GOLD).startswith("2026-11")
    assert len(portal.in_cat("tin-tuc")) > 2 * portal.CATS["tin-tuc"].delta  # three pages


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_record_is_well_formed(gold: dict) -> None:
    assert set(gold) == _KEYS and gold["canonical_path"] == gold["path"]
    for key in ("title", "body", "summary", "source", "category"):
        assert gold[key] is None or unicodedata.is_normalized("NFC", gold[key]), key
    assert gold["published_at"] is None or _STAMP.match(gold["published_at"])
    paragraphs = gold["body"].split("\n\n")
    assert all(p and p.strip() == p and "  " not in p for p in paragraphs)
    if gold["summary"] is not None:
        assert paragraphs[0] == gold["summary"]
    for image in gold["images"]:
        assert set(image) == {"path", "caption"} and image["path"].startswith("/documents/")
        assert not image["caption"] or image["caption"] not in gold["body"]
        assert not image["caption"] or not image["caption"].startswith(("(", "Ảnh:"))
    for name in gold["authors"] + gold["photographers"]:
        assert name not in gold["body"]
        assert not name.startswith(("ThS.", "TS.")) and " - " not in name


def test_every_target_answers_200(server: PortalServer) -> None:
    targets = [g["path"] for g in portal.GOLD] + [a for g in portal.GOLD for a in g["alt_paths"]]
    targets += portal.NON_ARTICLES
    assert [(t, s) for t in targets if (s := _get(server, t)[0]) != 200] == []


def _printed_date(region: str) -> str | None:
    """The date a reader takes from the meta line (None when the page prints none)."""
    m = re.search(
        r'<span class="(?:tqs-article__date|tqs-dp-date)">(?:<i[^>]*></i> )?([^<]+)</span>', region
    )
    if not m:
        return None
    line = m.group(1).strip()
    if d := re.fullmatch(r"Ngày đăng: (\d\d/\d\d/\d{4}) (\d\d:\d\d)", line):
        when = datetime.strptime(" ".join(d.groups()), "%d/%m/%Y %H:%M")
    elif d := re.fullmatch(r"Ngày đăng: (\d\d/\d\d/\d{4}) \| Cập nhật: .*", line):
        return datetime.strptime(d.group(1), "%d/%m/%Y").strftime("%Y-%m-%d")
    elif d := re.fullmatch(r"(\d\d/\d\d/\d{4}) \| (\d\d):(\d\d) (SA|CH)", line):
        hour = int(d.group(2)) % 12 + (12 if d.group(4) == "CH" else 0)
        when = datetime.strptime(d.group(1), "%d/%m/%Y").replace(hour=hour, minute=int(d.group(3)))
    elif d := re.fullmatch(r"(\d\d:\d\d) \| (\d\d/\d\d/\d{4})", line):
        when = datetime.strptime(f"{d.group(2)} {d.group(1)}", "%d/%m/%Y %H:%M")
    elif d := re.fullmatch(r"Thứ [^,]+, (\d\d/\d\d/\d{4})", line):
        return datetime.strptime(d.group(1), "%d/%m/%Y").strftime("%Y-%m-%d")
    else:
        raise AssertionError(f"unknown date line {line!r}")
    if when.hour == 0 and when.minute == 0:
        return when.strftime("%Y-%m-%d")
    return when.strftime("%Y-%m-%dT%H:%M:00+07:00")


def _list_date(server: PortalServer, gold: dict) -> str:
    """The date the category list prints beside the article's link."""
    cat = next(c for c in portal.CATS.values() if c.name == gold["category"])
    page = _get(server, f"{portal.SITE}/{cat.key}")[1]
    row = page.split(f'href="{html.escape(gold["alt_paths"][2])}"', 1)[1]
    d = re.search(r'tqs-newslist__date">([^<]+)<', row).group(1)
    return _printed_date(f'<span class="tqs-article__date">{d}</span>')


def _check_region(region: str, gold: dict) -> None:
    shown = _reader(region)
    cells = [_reader(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", region)]
    for paragraph in gold["body"].split("\n\n"):
        if " | " in paragraph:
            assert all(cell in cells for cell in paragraph.split(" | ")), paragraph
        else:
            assert paragraph in shown, paragraph[:60]
    srcs = [html.unescape(s) for s in re.findall(r'<img [^>]*src="([^"]+)"', region)]
    assert srcs == [i["path"] for i in gold["images"]]
    for image in gold["images"]:
        if image["caption"]:
            assert image["caption"] in shown
    for name in gold["authors"] + gold["photographers"] + [gold["source"] or ""]:
        assert name in shown
    if gold["summary"]:
        assert re.search(r'class="(tqs-article__sapo|component-paragraph tqs-dp-sapo)"', region)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_is_printed_on_the_asset_publisher_view(server: PortalServer, gold: dict) -> None:
    status, page = _get(server, gold["path"])
    assert status == 200
    assert '<h2 class="portlet-title-text">Chi tiết tin</h2>' in page
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S) != [] and gold["title"] not in _reader(
        "".join(re.findall(r"<h1[^>]*>.*?</h1>", page, re.S))
    )
    head = re.search(r'<h3 class="tqs-article__title">(.*?)</h3>', page).group(1)
    assert _nfc(head) == gold["title"]
    region = _ap_region(page)
    _check_region(region, gold)
    printed = _printed_date(region)
    assert (printed or _list_date(server, gold)) == gold["published_at"]
    assert _canonical(page).endswith(gold["path"])
    crumbs = re.findall(r'breadcrumb-text-truncate">([^<]+)</span>', page)
    assert _nfc(crumbs[-2]) == gold["category"] and _nfc(crumbs[-1]) == gold["title"]
    assert "Trung bình (0 Phiếu bầu)" in page and "Chưa có bình luận nào." in page
    assert f'<span class="tqs-today">{portal.TODAY}</span>' in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_is_printed_on_the_display_page(server: PortalServer, gold: dict) -> None:
    display = gold["alt_paths"][0]
    assert display.startswith(f"{portal.SITE}/w/")
    status, page = _get(server, display)
    assert status == 200
    head = re.search(r'<h1 class="component-heading mb-0 text-break">(.*?)</h1>', page).group(1)
    assert _nfc(head) == gold["title"]
    region = _dp_region(page)
    _check_region(region, gold)
    assert _printed_date(region) == _printed_date(_ap_region(_get(server, gold["path"])[1]))
    assert _canonical(page).endswith(display)
    cat = re.search(r'<p class="tqs-dp-category">Chuyên mục: <a href="[^"]+">([^<]+)</a>', page)
    assert _nfc(cat.group(1)) == gold["category"]


def test_variants_serve_the_same_article(server: PortalServer) -> None:
    ap = "_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
    for gold in portal.GOLD:
        region = _ap_region(_get(server, gold["path"])[1])
        redirects = [a for a in gold["alt_paths"] if "_redirect=" in a]
        assert len(redirects) >= 2
        for alt in redirects:
            assert alt.startswith(gold["path"] + "?" + ap)
            page = _get(server, alt)[1]
            assert _ap_region(page) == region and _canonical(page).endswith(gold["path"])
            back = unquote(alt.split("_redirect=", 1)[1])
            assert f'href="{html.escape(back)}" title="Quay lại"' in page
        maxi = _get(server, gold["path"] + "?p_p_state=maximized")[1]
        assert _ap_region(maxi) == region and "Thống kê truy cập" not in maxi
        assert _canonical(maxi).endswith(gold["path"])
        printed = _get(server, gold["path"] + "?p_p_state=pop_up&p_p_mode=print")[1]
        assert 'class="portal-popup"' in printed and 'id="banner"' not in printed
        assert _canonical(printed).endswith(gold["path"]) and gold["title"] in _nfc(printed)
        _check_region(
            _between(printed, '<div class="tqs-article"', '<script type="text/javascript">print'),
            gold,
        )
    searched = [a for g in portal.GOLD for a in g["alt_paths"] if "p_l_back_url=" in a]
    assert len(searched) == len(portal.HOT_SEARCHES)


def test_walk_from_start_reaches_everything(walk: dict[str, int]) -> None:
    assert {g["path"] for g in portal.GOLD} <= set(walk)
    assert {a for g in portal.GOLD for a in g["alt_paths"]} <= set(walk)
    assert set(portal.NON_ARTICLES) <= set(walk)
    bad = [(t, s) for t, s in walk.items() if s not in (0, 200, 301, 302)]
    assert bad == []
    assert any(s == 0 and "orderByCol=" in t for t, s in walk.items()), "sort links went on"
    assert "/web/soyte" in walk and portal.SOYTE_ARTICLE in walk


def test_rss_lists_the_bare_asset_urls(server: PortalServer) -> None:
    for cat in portal.CATS.values():
        status, body, headers = fetch(server, portal.rss_url(cat))
        assert status == 200 and headers["Content-Type"].startswith("text/xml")
        links = [urlsplit(x).path for x in re.findall(r"<link>([^<]+)</link>", body)[1:]]
        assert links == [portal.asset_path(s) for s in portal.in_cat(cat.key)]


def test_list_pagination_is_liferays(server: PortalServer) -> None:
    cat = portal.CATS["tin-tuc"]
    first = _get(server, f"{portal.SITE}/tin-tuc")[1]
    assert "Trang 1 của 3" in first and "Hiển thị 1 - 4 của 9 kết quả." in first
    for label in ("Đầu", "Trước", "Tiếp", "Cuối"):
        assert label in first
    second_url = portal.list_url(cat, 2, 4)
    assert f'href="{html.escape(second_url)}"' in first
    assert "p_p_lifecycle=0&p_p_state=normal&p_p_mode=view" in second_url
    second = _get(server, second_url)[1]
    assert "Trang 2 của 3" in second and _canonical(second).endswith(f"{portal.SITE}/tin-tuc")
    third = _get(server, portal.list_url(cat, 3, 4))[1]
    beyond = _get(server, portal.list_url(cat, 9, 4))[1]
    titles = re.compile(r'<h4 class="tqs-newslist__title"><a href="[^"]+">([^<]+)</a>')
    assert titles.findall(third) == titles.findall(beyond) != []
    assert "Trang 3 của 3" in beyond
    every = _get(server, portal.list_url(cat, 1, 20))[1]
    assert "Trang 1 của" not in every
    assert all(s.slug in every for s in portal.in_cat("tin-tuc"))
    assert "lfr-pagination" not in _get(server, f"{portal.SITE}/thong-bao")[1]
    tagged = _get(server, portal.tag_url(cat, "chỉ đạo điều hành"))[1]
    assert tagged.count('class="tqs-newslist__item') == 2


def test_document_library_sort_links_never_end(server: PortalServer) -> None:
    target = portal.dl_view(45031)
    seen = set()
    for _ in range(30):
        status, page = _get(server, target)
        assert status == 200 and "Tải về" in page
        nxt = html.unescape(
            re.search(r'<th class="table-cell-expand"><a href="([^"]+)">Tiêu đề', page).group(1)
        )
        assert nxt not in seen and len(nxt) > len(target)
        seen.add(nxt)
        target = nxt
    assert target.count("orderByCol=title") == 30
    for doc in portal.DOCS:
        page = _get(server, portal.dl_file(doc))[1]
        assert portal.doc_url(doc.folder, doc.name) in page and "tqs-article" not in page
        status, _body, headers = fetch(
            server, portal.doc_url(doc.folder, doc.name) + "?download=true"
        )
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_soft_404_renamed_slug_and_login(server: PortalServer) -> None:
    status, page = _get(server, portal.MISSING_ASSET)
    assert status == 200 and "Không tìm thấy tài nguyên được yêu cầu." in page
    assert _get(server, f"{portal.SITE}/w/khong-co-bai-nay")[0] == 404
    status, _, headers = fetch(server, f"{portal.SITE}/w/tong-ket-nam-hoc-2025-2026")
    assert status == 301 and headers["Location"].endswith("/w/hoi-nghi-tong-ket-nam-hoc-2025-2026")
    status, _, headers = fetch(server, "/c/portal/login?p_l_id=38")
    assert status == 302 and headers["Location"] == f"{portal.SITE}/trang-chu?{portal.LOGIN_QUERY}"
    page = _get(server, headers["Location"])[1]
    assert "Mật khẩu" in page and "Quên mật khẩu" in page
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/web/guest"


def test_neighbour_sites_and_sitemap(server: PortalServer) -> None:
    home = _get(server, portal.START_PATH)[1]
    assert home == _get(server, f"{portal.SITE}/trang-chu")[1]
    assert all(f'href="{portal.display_path(s)}"' in home for s in portal.STORIES[:3])
    for site in ("/web/guest", "/web/soyte", "/web/sonoivu"):
        assert f'href="{site}"' in home and _get(server, site)[0] == 200
    robots = _get(server, "/robots.txt")[1]
    assert "Sitemap:" in robots
    sitemap = _get(server, "/sitemap.xml")[1]
    assert "/web/guest" in sitemap and "/web/sgddt" not in sitemap
    assert "Bạn không có vai trò cần thiết để truy cập portlet này." in home


def test_text_forms(server: PortalServer) -> None:
    pages = {g["path"]: fetch(server, g["path"]) for g in portal.GOLD}
    assert all(h["Content-Type"] == "text/html; charset=utf-8" for _, _, h in pages.values())
    decomposed = [
        p for p, (_, body, _) in pages.items() if not unicodedata.is_normalized("NFC", body)
    ]
    assert decomposed == [
        portal.asset_path(
            portal.BY_SLUG["cac-truong-vung-cao-chu-dong-phong-chong-ret-cho-hoc-sinh"]
        )
    ]
    referenced = [p for p, (_, body, _) in pages.items() if re.search(r"&#\d+;", _ap_region(body))]
    assert referenced == [
        portal.asset_path(
            portal.BY_SLUG[
                "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-truong-tieu-hoc-kim-phu"
            ]
        )
    ]
    region = _ap_region(pages[referenced[0]][1])
    assert re.search(r"&[a-z]+;", region) and re.search("[à-ỹ]", region)
