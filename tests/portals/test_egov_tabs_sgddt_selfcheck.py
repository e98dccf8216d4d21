"""Self-checks of the Kon Tum e-government (JSP portlets, tabs) fixture against itself, never the crawler."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import egov_tabs_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

KEYS = {
    "path", "canonical_path", "title", "published_at", "authors", "photographers",
    "source", "summary", "body", "images", "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:00\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def shown(markup: str) -> str:
    """The text of some markup as a reader sees it (tags dropped, entities decoded, collapsed)."""
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


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


def walk(server: PortalServer, start: str, scope: str = "/sgddt/", limit: int = 400) -> set[str]:
    seen, queue = {start}, deque([start])
    while queue and len(seen) < limit:
        status, body, _ = fetch(server, queue.popleft())
        if status != 200:
            continue
        for href in links(body):
            if href.startswith(scope) and href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def panel(body: str, name: str) -> str:
    """The markup of one tab panel of an article page."""
    m = re.search(rf'<div class="tab-pane[^"]*" id="tab-{name}-\d+"[^>]*>(.*?)</div>\n', body, re.S)
    assert m, name
    return m.group(1)


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert g["path"].startswith("/sgddt/tin-tuc/chi-tiet?id=")
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"] < "2026-12-04"
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "",
                      *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Internet")
            assert " - " not in name and not name.startswith(("ThS.", "TS."))
        assert len(g["alt_paths"]) == 4
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 class="tieude-tin">{_html.escape(gold["title"])}</h2>' in body
    story = portal.BY_ID[int(gold["path"].rsplit("=", 1)[1])]
    date_line = story.opts["date"]
    assert f'<div class="ngay-dang">{date_line} ' in body
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}-{m}-{y}" in date_line or f"{d}/{m}/{y}" in date_line
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in date_line
    assert portal.TODAY in body and "Thời tiết Kon Tum 24°C" in body
    assert "Đang online: 18 | Hôm nay: 1.204 | Tổng: 2.310.554" in body
    assert "Cơ quan chủ quản: UBND tỉnh Kon Tum" in body and "Giấy phép số" in body
    crumb = re.search(r'<div class="duong-dan">(.*?)</div>', body).group(1)
    assert shown(crumb).endswith("» " + gold["category"])
    text = shown(panel(body, "noidung"))
    for para in gold["body"].split("\n\n"):
        # a table row's cells are printed in <td>s, the gold joins them with " | "
        assert para.replace(" | ", " ") in text, para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert _html.escape(img["caption"]) in body
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    for name in gold["authors"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for tool in ("In bài", "Gửi email", "Lưu bài", "Chia sẻ", "Các tin khác"):
        assert tool in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_every_url_form_serves_the_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'<h2 class="tieude-tin">{_html.escape(gold["title"])}</h2>' in body
        assert gold["body"].split("\n\n")[-1] in shown(body)
    assert "rel=\"canonical\"" not in fetch(server, gold["path"])[1]


def test_hidden_tabs_are_not_text(server):
    for s in portal.STORIES:
        _, body, _ = fetch(server, portal.detail(s))
        assert re.search(rf'<div class="tab-pane active" id="tab-noidung-{s.id}">', body)
        assert f'<div class="tab-pane" id="tab-vanban-{s.id}" style="display:none">' in body
        assert f'<div class="tab-pane" id="tab-ykien-{s.id}">' in body
        gold = next(g for g in portal.GOLD if g["path"] == portal.detail(s))
        docs = shown(panel(body, "vanban"))
        comments = shown(panel(body, "ykien"))
        assert 'value="Gửi ý kiến"' in panel(body, "ykien") and 'name="noidung"' in body
        for para in gold["body"].split("\n\n"):
            assert para not in docs and para not in comments
        for i in s.opts.get("docs", []):
            assert f'href="/sgddt/van-ban/chi-tiet?id={i}"' in body
            assert portal.DOCS[i][3] in docs
        for name, _, _ in s.opts.get("comments", []):
            assert name in comments


def test_permission_box_on_some_pages(server):
    denied = [s for s in portal.STORIES if s.opts.get("deny")]
    assert 2 <= len(denied) < len(portal.STORIES)
    for s in portal.STORIES:
        _, body, _ = fetch(server, portal.detail(s))
        has = "Bạn chưa có đủ quyền truy nhập portlet này." in body
        assert has == bool(s.opts.get("deny"))
        if has:
            assert body.index("quyền truy nhập portlet") < body.index('class="tieude-tin"')


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tieude-tin"' not in body and 'class="tt-noidung"' not in body, path
    assert fetch(server, "/sgddt/van-ban/tai-ve?id=901")[2]["Content-Type"] == "application/pdf"


def test_breadth_first_walk_reaches_every_article(server):
    seen = walk(server, portal.START_PATH)
    for g in portal.GOLD:
        reached = {g["path"], *g["alt_paths"]} & seen
        assert reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_listing_pagination_and_the_page_two_article(server):
    oldest = portal.BY_ID[3715]
    status, p1, _ = fetch(server, "/sgddt/tin-tuc?cat=101")
    assert status == 200 and "Trang: <b>[1]</b>" in p1 and ">Sau »</a>" in p1
    assert 'href="/sgddt/tin-tuc?cat=101&amp;trang=2"' in p1
    assert p1.count('class="tin-item"') == 7
    _, p2, _ = fetch(server, "/sgddt/tin-tuc?cat=101&trang=2")
    assert f'href="{portal.detail_cat(oldest)}"' in p2 and "<b>[2]</b>" in p2
    assert fetch(server, "/sgddt/tin-tuc?cat=101&trang=3")[0] == 404
    _, all2, _ = fetch(server, "/sgddt/tin-tuc?trang=2")
    assert f"id={oldest.id}" in all2
    # nowhere else: home, page 1 lists, every other article page
    others = ["/sgddt/", "/sgddt/tin-tuc", "/sgddt/tin-tuc?cat=101", "/sgddt/tin-tuc?trang=1"]
    others += [portal.detail(s) for s in portal.STORIES if s is not oldest]
    for target in others:
        assert f"id={oldest.id}" not in fetch(server, target)[1], target
        assert f"/{oldest.id}/" not in fetch(server, target)[1], target


def test_home_tabs_and_marquee(server):
    status, body, _ = fetch(server, "/sgddt/")
    assert status == 200 and "<marquee" in body and "Tin mới:" in body
    assert body.count('style="display:none"') == 3
    for s in portal.STORIES[:5]:
        assert f'href="{portal.detail_sid(s)}"' in body
    assert f'href="{portal.detail_slug(portal.STORIES[0])}"' in body


def test_other_agencies_are_out_of_scope(server):
    _, body, _ = fetch(server, "/sgddt/")
    assert 'href="/soyte/"' in body and 'href="/sotnmt/"' in body
    seen = walk(server, "/", scope="/")
    foreign = [p for p in seen if p.startswith(("/soyte/tin-tuc/chi-tiet", "/sotnmt/tin-tuc/chi-tiet"))]
    assert foreign
    for p in foreign:
        status, body, _ = fetch(server, p)
        assert status == 200 and 'class="tieude-tin"' in body
        assert p not in {g["path"] for g in portal.GOLD}


def test_unknown_pages_are_404(server):
    assert fetch(server, "/sgddt/tin-tuc/chi-tiet?id=1")[0] == 404
    assert fetch(server, "/sgddt/tin-tuc/3768/sai-duong-dan")[0] == 404
    assert fetch(server, "/sgddt/tin-tuc?cat=999")[0] == 404
    assert fetch(server, "/sgddt/khong-co")[0] == 404
