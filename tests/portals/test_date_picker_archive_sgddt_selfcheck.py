"""Self-checks of the day-archive vendor MVC fixture against itself (never the crawler)."""

from __future__ import annotations

import datetime as dt
import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import date_picker_archive_sgddt as portal
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
        out.append(href.split("#")[0])
    return out


def bfs(server: PortalServer, start: str, limit: int = 400) -> tuple[int, dict[str, int]]:
    """Breadth-first over href links: pages fetched, and for each target the number of pages
    fetched when it was first linked."""
    found, queue, fetched = {start: 0}, deque([start]), 0
    while queue and fetched < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for href in links(body):
            if href not in found:
                found[href] = fetched
                queue.append(href)
    return fetched, found


def shown_text(fragment: str) -> str:
    fragment = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", fragment)
    fragment = re.sub(r"<br\s*/?>", "\n", fragment)
    return "\n".join(
        collapse(_html.unescape(line)) for line in re.sub(r"<[^>]+>", "\n", fragment).split("\n")
    )


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert re.fullmatch(r"2026-1[01]-\d{2}", g["published_at"]), g["path"]
        dt.date.fromisoformat(g["published_at"])
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        for img in g["images"]:
            assert set(img) == {"path", "caption"} and img["path"].startswith("/Uploads/Images/")
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập", "Internet")
            assert "(" not in name and " - " not in name and not name.startswith("ThS.")
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<h2 class="td-tin">{_html.escape(gold["title"])}</h2>' in body
    y, m, d = gold["published_at"].split("-")
    assert re.search(rf'class="ngay-dang">Ngày đăng: {d}/{m}/{y} \| Lượt xem: \d+<', body)
    assert portal.HEADER_DATE in body
    crumb = body.split('class="breadcrumb-sgd">', 1)[1].split("</div>", 1)[0]
    assert f">{_html.escape(gold['category'])}</a>" in crumb
    article = body.split('<div class="nd-chitiet">', 1)[1].split('<div class="cong-cu">', 1)[0]
    text = shown_text(article)
    paras = gold["body"].split("\n\n")
    if gold["summary"]:
        assert f'<div class="mota"><strong>{_html.escape(gold["summary"])}</strong></div>' in body
        paras = paras[1:]
    else:
        assert 'class="mota"' not in body
    for para in paras:
        assert para in text, para
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in article
        if img["caption"]:
            assert _html.escape(img["caption"]) in article
    for name in gold["authors"] + gold["photographers"]:
        assert _html.escape(name) in article
    if gold["source"]:
        assert gold["source"] in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="td-tin"' not in body and "Ngày đăng:" not in body, path


def test_hidden_articles_are_only_on_day_pages(server):
    assert len(portal.HIDDEN) >= 5
    public = ["/", *(f"/chuyen-muc/{k}.aspx" for k in portal.CATEGORIES)]
    public += [g["path"] for g in portal.GOLD if g["path"] not in portal.HIDDEN]
    public += [portal.doc_path(d) for d in portal.DOCS]
    for target in public:
        body = fetch(server, target)[1]
        for hidden in portal.HIDDEN:
            assert hidden not in body, (target, hidden)


def test_listings_show_five_and_no_pager(server):
    for key in portal.CATEGORIES:
        status, body, _ = fetch(server, f"/chuyen-muc/{key}.aspx")
        assert status == 200
        assert body.count('class="tin-item"') == 5
        assert "?page=" not in body and "Trang sau" not in body
        assert (
            '<form action="/tin-tuc/ngay.aspx" method="get"' in body
            and "Xem tin theo ngày:" in body
        )
        older = portal.newest(key)[-1].date - dt.timedelta(days=1)
        assert f'<a class="tin-cu-hon" href="{portal.day_path(older)}">Tin cũ hơn »</a>' in body
    _, home, _ = fetch(server, "/")
    assert home.count('class="tin-item"') == 15 and home.count("Tin cũ hơn »") == 3


def test_date_form_redirects(server):
    status, _, headers = fetch(server, "/tin-tuc/ngay.aspx?ngay=5&thang=11&nam=2026")
    assert status == 302 and headers["Location"] == "/tin-tuc/ngay/2026-11-05.aspx"
    status, _, headers = fetch(server, "/tin-tuc/ngay.aspx")
    assert status == 302 and headers["Location"] == "/tin-tuc/ngay/2026-12-04.aspx"


def test_day_pages_and_their_links(server):
    status, body, _ = fetch(server, "/tin-tuc/ngay/2026-10-01.aspx")
    assert status == 200 and "« Ngày trước" not in body and "Ngày sau »" in body
    assert "Không có tin nào trong ngày này." in body
    status, body, _ = fetch(server, "/tin-tuc/ngay/2026-12-04.aspx")
    assert status == 200 and "Ngày sau »" not in body and "« Ngày trước" in body
    assert fetch(server, "/tin-tuc/ngay/2026-12-05.aspx")[0] == 404
    assert fetch(server, "/tin-tuc/ngay/2026-11-31.aspx")[0] == 404
    status, body, _ = fetch(server, "/tin-tuc/ngay/2026-12-03.aspx")
    assert body.count('class="tin-item"') == 3
    # six empty days in a row between the hidden posts of 29/10 and 05/11
    for day in range(6):
        target = portal.day_path(dt.date(2026, 10, 30) + dt.timedelta(days=day))
        assert "Không có tin nào trong ngày này." in fetch(server, target)[1]
    assert max(len(portal.on_day(d.date)) for d in portal.ITEMS) <= 3


def test_walking_ngay_truoc_finds_every_hidden_article(server):
    """From each "Tin cũ hơn »" day, only "« Ngày trước" links, down to 2026-10-01."""
    found, pages = set(), 0
    for key in portal.CATEGORIES:
        target = portal.day_path(portal.older_day(key))
        while target:
            status, body, _ = fetch(server, target)
            pages += 1
            assert status == 200
            found |= {h for h in links(body) if h.startswith("/tin-tuc/") and h.endswith(".aspx")}
            m = re.search(r'<a class="ngay-truoc" href="([^"]+)">« Ngày trước</a>', body)
            target = m.group(1) if m else None
    assert set(portal.HIDDEN) <= found
    # the walk of the Tin tức - Sự kiện box alone: from 05/11 back to 23/10 is 14 day pages
    assert portal.older_day("tin-tuc-su-kien") == dt.date(2026, 11, 5)


def test_breadth_first_walk_reaches_every_article_within_budget(server):
    fetched, found = bfs(server, portal.START_PATH)
    for g in portal.GOLD:
        assert g["path"] in found, g["path"]
    # every gold article is linked from one of the first ~70 pages a breadth-first walk fetches
    assert max(found[g["path"]] for g in portal.GOLD) <= 70
    # the hidden ones are first linked from day pages (reached through the day links)
    assert all(found[h] > 1 for h in portal.HIDDEN)
    assert fetched < 120


def test_calendar_links_days_with_posts(server):
    _, body, _ = fetch(server, "/lien-he.aspx")
    cal = body.split('class="khung-phai lich-tin"', 1)[1].split("</table>", 1)[0]
    days = re.findall(r'href="/tin-tuc/ngay/(2026-12-\d\d)\.aspx"', cal)
    assert days == ["2026-12-01", "2026-12-02", "2026-12-03"]
    assert "Tháng 12/2026" in cal
    assert "Đang truy cập: 23 | Tổng lượt truy cập: 2.345.678" in body


def test_documents_are_metadata_pages(server):
    for d in portal.DOCS:
        status, body, _ = fetch(server, portal.doc_path(d))
        assert status == 200 and "Chi tiết văn bản" in body and "Số/Ký hiệu" in body
        pdf = re.search(r'href="(/Uploads/VanBan/[^"]+\.pdf)"', body).group(1)
        status, _, headers = fetch(server, pdf)
        assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_unknown_pages_are_404(server):
    assert fetch(server, "/tin-tuc/khong-co-bai-9999.aspx")[0] == 404
    slug = portal.STORIES[0].slug
    assert fetch(server, f"/tin-tuc/{slug}-1.aspx")[0] == 404
    assert fetch(server, "/chuyen-muc/khong-co.aspx")[0] == 404
    assert fetch(server, "/robots.txt")[0] == 404 and fetch(server, "/sitemap.xml")[0] == 404
