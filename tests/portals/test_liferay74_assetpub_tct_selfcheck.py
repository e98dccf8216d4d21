"""Self-checks of the Liferay 7.4 Trường Chính trị fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay74_assetpub_tct as portal
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
ASSET_PATHS = ("/documents/", "/image/", "/o/")
BROKEN = (
    "Bạn chưa có đủ quyền truy nhập portlet này.",
    "Portlet này đã tạm ngừng hoạt động.",
    "Chọn một nội dung web để hiển thị",
)


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
        if urlsplit(href).path.startswith(ASSET_PATHS):
            continue
        out.append(href)
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


def shown_text(body: str) -> str:
    """The page's text on collapsed form: tags to spaces, entities decoded."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def article_column(body: str) -> str:
    start = body.split('class="journal-content-article"', 1)[1]
    return start.split(">", 1)[1].split("\n</div></div>", 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    every_alt = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(every_alt)) == len(every_alt) and not set(every_alt) & set(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00", g["published_at"]), g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 16, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/documents/20121/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS.")) and " - " not in name
    cats = [g["category"] for g in portal.GOLD]
    assert all(cats.count(c) >= 3 for c in portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 class="component-title"><span class="asset-title d-inline">{_html.escape(gold["title"])}</span></h2>' in body
    assert "<h1" in body and body.count("<h1") == 1 and portal.SITE_NAME in body.split("<h1", 1)[1][:120]
    assert f'<link data-senna-track="temporary" href="{server.base_url}{gold["canonical_path"]}" rel="canonical" />' in body
    d, t = gold["published_at"][:10].split("-"), gold["published_at"][11:16]
    assert f"Ngày đăng: {d[2]}/{d[1]}/{d[0]} {t}</span>" in body
    assert portal.HEADER_DATE in body
    assert 'asset-category" data-category-id="' in body and f">{_html.escape(gold['category'])}</span></div>" in body
    column = article_column(body)
    text = shown_text(column)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para[:60]
    if gold["summary"] and '<div class="sapo">' in column:
        assert f'<div class="sapo">{_html.escape(gold["summary"])}</div>' in column
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in column
        if img["caption"]:
            esc = _html.escape(img["caption"])
            assert f"<em>{esc}</em></p>" in column or f"<figcaption>{esc}</figcaption>" in column
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1])
def test_alt_paths_serve_the_same_article(server, gold):
    _, bare, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _html.escape(gold["title"]) in body
        assert shown_text(article_column(body)) == shown_text(article_column(bare))
        if alt.startswith("/w/"):
            assert f'href="{server.base_url}{alt}" rel="canonical"' in body
        else:
            assert "?redirect=%2Fweb%2Fguest%2F" in alt
            assert f'href="{server.base_url}{gold["canonical_path"]}" rel="canonical"' in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Ngày đăng:" not in body, path
        assert 'class="asset-full-content' not in body, path


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in seen or set(g["alt_paths"]) & seen, g["path"]
        for alt in g["alt_paths"]:
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_some_articles_only_on_deep_listing_pages(server):
    deep = {portal.S9, portal.S12}
    shallow = ["/", "/web/guest/tin-tuc", "/web/guest/dao-tao", "/web/guest/nghien-cuu"]
    for target in shallow:
        body = fetch(server, target)[1]
        for slug in deep:
            assert slug not in body, (target, slug)
    page2 = fetch(server, portal.page_target("tin-tuc", 2))[1]
    page3 = fetch(server, portal.page_target("tin-tuc", 3))[1]
    assert portal.S9 in page2 and portal.S12 in page3
    for g in portal.GOLD:
        if g["path"].endswith(portal.S9):
            assert not any(a.startswith("/w/") for a in g["alt_paths"])


def test_pagination_of_the_asset_publisher(server):
    _, body, _ = fetch(server, "/web/guest/tin-tuc")
    assert "Trang 1 / 3" in body and body.count('class="asset-abstract') == 5
    assert '<a class="page-link" href="javascript:;">Trang đầu</a>' in body
    assert _html.escape(server.base_url + portal.page_target("tin-tuc", 2)) in body
    pid = portal.portlet_id("tin-tuc")
    assert f"p_p_id={pid}&amp;p_p_lifecycle=0" in body and f"_{pid}_cur=3" in body and f"_{pid}_delta=5" in body
    _, body, _ = fetch(server, portal.page_target("tin-tuc", 3))
    assert "Trang 3 / 3" in body and body.count('class="asset-abstract') == 3
    for label in ("Trang đầu", "Trước"):
        assert f'">{label}</a></li>' in body
    assert '<a class="page-link" href="javascript:;">Tiếp</a>' in body
    _, body, _ = fetch(server, "/web/guest/dao-tao")
    assert body.count('class="asset-abstract') == 4 and "lfr-pagination" not in body
    assert "?redirect=%2Fweb%2Fguest%2Fdao-tao" in body


def test_listing_links_carry_redirect_and_display_page_only_on_home(server):
    _, home, _ = fetch(server, "/")
    assert home.count('href="' + server.base_url + "/w/") == 3
    for target in ["/web/guest/tin-tuc", "/web/guest/dao-tao", portal.NON_ARTICLES[0], portal.GOLD[0]["path"]]:
        assert "/w/" not in fetch(server, target)[1]
    _, body, _ = fetch(server, portal.page_target("tin-tuc", 2))
    hrefs = [h for h in links(server, body) if "/-/asset_publisher/" in h and "?" in h]
    assert len(set(hrefs)) == 5
    assert hrefs and all("?redirect=%2Fweb%2Fguest%2Ftin-tuc%3Fp_p_id%3D" in h for h in hrefs)


def test_broken_portlets_on_every_page(server):
    targets = ["/", portal.GOLD[0]["path"], "/web/guest/tin-tuc", *portal.NON_ARTICLES]
    for target in targets:
        body = fetch(server, target)[1]
        for msg in BROKEN:
            assert msg in body, (target, msg)
    body = fetch(server, portal.GOLD[0]["path"])[1]
    title_at = body.index('class="asset-title d-inline"')
    assert body.index(BROKEN[0]) < title_at and body.index(BROKEN[1]) < title_at
    assert body.index(BROKEN[2]) > title_at
    assert "Thông báo</h2>" in body and body.count("<h2") >= 6


def test_sidebar_and_header_noise(server):
    body = fetch(server, "/web/guest/lich-hoc")[1]
    for bit in ("Tin xem nhiều", "Đang online: <strong>5</strong>", "Hôm nay: <strong>437</strong>",
                "Đã truy cập: <strong>757010</strong>", "Liên kết", "Tháng 12/2026", "Thứ Sáu, 04/12/2026"):
        assert bit in body
    assert 'class="table table-bordered"' in body


def test_captions_and_tables_vary(server):
    styles = {"em": 0, "fig": 0, "none": 0}
    for s in portal.STORIES:
        for img in s.images:
            styles[img.style] += 1
    assert all(styles.values())
    with_table = [s for s in portal.STORIES if any(getattr(b, "style", "") == "td" for b in s.blocks)]
    assert len(with_table) >= 2
    body = fetch(server, portal.GOLD[11]["path"])[1]
    assert "<br />" in article_column(body)
    assert sum(1 for g in portal.GOLD if g["summary"]) >= 3
    assert sum(1 for g in portal.GOLD if not g["authors"]) >= 2


def test_search_and_unknown(server):
    status, body, _ = fetch(server, portal.SEARCH_TARGET)
    assert status == 200 and "kết quả cho" in body
    assert fetch(server, "/web/guest/khong-co")[0] == 404
    assert fetch(server, "/w/khong-co")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404
    bad = portal.GOLD[0]["path"].replace(portal.INST["tin-tuc"], portal.INST["dao-tao"])
    assert fetch(server, bad)[0] == 404
