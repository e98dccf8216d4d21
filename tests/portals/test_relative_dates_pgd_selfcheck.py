"""Self-checks of the relative-dates Laravel PGD fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from datetime import date, timedelta
from urllib.parse import quote_plus, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import relative_dates_pgd as portal
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
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")
TODAY = date(2026, 12, 4)


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


def walk(server: PortalServer, starts: list[str], limit: int = 300) -> dict[str, str]:
    """BFS over href links; returns each reached page's parent (who linked it first)."""
    parent = {s: "" for s in starts}
    queue = deque(starts)
    while queue and len(parent) < limit:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for href in links(server, body):
            if href not in parent:
                parent[href] = target
                queue.append(href)
    return parent


def shown_text(markup: str) -> str:
    no_tags = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(no_tags))


def article_part(body: str) -> str:
    return body.split("<article", 1)[1].split("</article>", 1)[0]


def meta_row(body: str) -> str:
    art = article_part(body)
    return art.split('<div class="mt-2 flex flex-wrap', 1)[1].split("</div>", 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"] < "2026-12-05", g["path"]
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"], *g["photographers"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert 3 <= len(g["body"].split("\n\n")) <= 14, g["path"]
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert "(" not in name and " - " not in name and not name.startswith(("ThS.", "TS."))
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    # the dates are spread over every form the <x-time> component prints
    dated = {portal.human(portal.stamp(s)).split(" lúc")[0].split()[-1] for s in portal.STORIES}
    assert {"nay", "qua", "trước", "08:15"} <= dated


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert portal.TODAY in body
    art = article_part(body)
    assert f'<h1 class="mt-2 text-2xl font-bold text-gray-900 leading-snug">{_html.escape(gold["title"])}</h1>' in art
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert f">{_html.escape(gold['category'])}</a>" in art
    assert "bởi admin" in art
    text = shown_text(art)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert f'font-semibold text-gray-700 leading-relaxed">{_html.escape(gold["summary"])}</p>' in art
    prose = art.split('<div class="prose', 1)[1]
    for img in gold["images"]:
        assert f'src="{server.base_url}{img["path"]}"' in art or f'src="{img["path"]}"' in prose
        if img["caption"]:
            assert f"<figcaption>{_html.escape(img['caption'])}</figcaption>" in prose
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    assert prose.count("<img") == len([i for i in gold["images"] if "/storage/uploads/" in i["path"]])
    for name in gold["authors"] + gold["photographers"]:
        assert _html.escape(name) in art
    if gold["source"]:
        assert _html.escape(gold["source"]) in art


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_printed_date_gives_the_gold(server, gold):
    """The <x-time> span: its title stamp when present, else the text read against today."""
    _, body, _ = fetch(server, gold["path"])
    row = meta_row(body)
    first = re.search(r"<span(?: title=\"([^\"]+)\")?>([^<]+)</span>", row.split("</svg>", 1)[1])
    assert first, gold["path"]
    tip, printed = first.group(1), first.group(2)
    assert portal.TODAY not in row
    want = gold["published_at"]
    if tip:
        assert want == tip.replace(" ", "T") + "+07:00"
        return
    if m := re.fullmatch(r"Hôm (nay|qua) lúc (\d\d:\d\d)", printed):
        day = TODAY - timedelta(days=0 if m.group(1) == "nay" else 1)
        assert want == f"{day.isoformat()}T{m.group(2)}:00+07:00"
    elif m := re.fullmatch(r"(\d+) (ngày|tuần) trước", printed):
        days = int(m.group(1)) * (7 if m.group(2) == "tuần" else 1)
        assert want == (TODAY - timedelta(days=days)).isoformat()
    else:
        m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d)", printed)
        assert m, printed
        assert want == f"{m.group(3)}-{m.group(2)}-{m.group(1)}T{m.group(4)}:00+07:00"


def test_title_stamps_on_some_posts_only(server):
    tipped = [s for s in portal.STORIES if s.opts["tip"]]
    plain = [s for s in portal.STORIES if not s.opts["tip"]]
    assert len(tipped) >= 4 and len(plain) >= 4
    # the stamp is exact to the second where the text shows minutes
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_HOAN_THANH}")
    assert '<span title="2026-12-03 15:20:47">Hôm qua lúc 15:20</span>' in meta_row(body)
    # a naive subtraction would give 30/11 (4 days 20 hours elapsed)
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_KTDG}")
    assert '<span title="2026-11-29 14:05:00">4 ngày trước</span>' in meta_row(body)
    # "1 tuần trước" for a post of 9 days, "2 tuần trước" for 14 days
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_DOAN}")
    assert '<span title="2026-11-25 10:05:00">1 tuần trước</span>' in meta_row(body)
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_HOP}")
    assert '<span title="2026-11-20 09:15:00">2 tuần trước</span>' in meta_row(body)
    # without title: the text alone
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_HOITHAO}")
    assert "<span>Hôm nay lúc 07:30</span>" in meta_row(body) and "title=" not in meta_row(body)
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_TUYENDUNG}")
    assert "<span>1 tuần trước</span>" in meta_row(body)
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_KHKT}")
    assert "<span>18/11/2026 08:15</span>" in meta_row(body)


def test_updated_line_is_not_the_publication_date(server):
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_NHAGIAO}")
    row = meta_row(body)
    assert "<span>5 ngày trước</span>" in row
    assert 'Cập nhật <span title="2026-12-04 07:28:00">3 giờ trước</span>' in row
    # the only title stamp on the page is the update's
    assert re.findall(r'<span title="([^"]+)"', article_part(body)) == ["2026-12-04 07:28:00"]
    gold = next(g for g in portal.GOLD if g["path"] == f"/bai-viet/{portal.S_NHAGIAO}")
    assert gold["published_at"] == "2026-11-29"
    assert sum("Cập nhật" in fetch(server, g["path"])[1] for g in portal.GOLD) == 1


def test_listings_print_relative_dates(server):
    _, body, _ = fetch(server, "/danh-muc/tin-tuc")
    assert "Hôm nay lúc 07:30" in body and "5 ngày trước" in body and "18/11/2026 08:15" in body
    _, body, _ = fetch(server, "/")
    sidebar = body.split(">Mới nhất</h3>", 1)[1].split("</ul>", 1)[0]
    assert "Hôm nay lúc 07:30" in sidebar and "Hôm qua lúc 20:10" in sidebar
    assert "(2 ngày trước)" in body


def test_bylines(server):
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_HOAN_THANH}")
    assert "Trần Văn Tâm - Trường TH Hòa Thành</p>" in body
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_BAO}")
    assert "<strong>BBT</strong>" in body
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_NHAGIAO}")
    assert ">Phòng GD&amp;ĐT Tuy An</p>" in body
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_SHCM}")
    assert "ThS. Huỳnh Ngọc Sơn - Phó Trưởng phòng" in body
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_HOITHAO}")
    assert "Tin, ảnh: Lê Thị Mỹ Duyên" in body


def test_br_and_table_markup(server):
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_TUYENDUNG}")
    assert "(trong giờ hành chính).<br>Địa chỉ: Tổ Văn phòng" in body
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_TOAN}")
    assert "<th>Trường</th><th>Giải Nhất</th>" in body and "<td>THCS Nguyễn Du</td>" in body
    _, body, _ = fetch(server, f"/bai-viet/{portal.S_TIENGVIET}")
    assert "<figcaption></figcaption>" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<article" not in body, path
        assert portal.TODAY in body


def test_breadth_first_walk_reaches_every_article(server):
    parent = walk(server, [portal.START_PATH])
    for g in portal.GOLD:
        assert g["path"] in parent, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in parent, path
    # the oldest Tin tức post is reached only through the listing's page 2
    oldest = f"/bai-viet/{portal.S_HKPD}"
    assert urlsplit(parent[oldest]).query == "page=2"


def test_category_pagination(server):
    status, page1, _ = fetch(server, "/danh-muc/tin-tuc")
    assert status == 200 and page1.count('class="flex gap-4 py-4') == portal.PER_PAGE
    assert f'href="{server.base_url}/danh-muc/tin-tuc?page=2"' in page1
    assert f"/bai-viet/{portal.S_HKPD}" not in page1
    status, page2, _ = fetch(server, "/danh-muc/tin-tuc?page=2")
    assert status == 200 and f"/bai-viet/{portal.S_HKPD}" in page2
    assert f'href="{server.base_url}/danh-muc/tin-tuc?page=1"' in page2
    status, page3, _ = fetch(server, "/danh-muc/tin-tuc?page=3")
    assert status == 200 and "Chưa có bài viết nào." in page3
    for target in ("/", *(g["path"] for g in portal.GOLD)):
        assert f"/bai-viet/{portal.S_HKPD}\"" not in fetch(server, target)[1] or target.endswith(portal.S_HKPD)


def test_laravel_behaviour(server):
    assert fetch(server, "/bai-viet/khong-co-bai-nay")[0] == 404
    assert fetch(server, "/danh-muc/khong-co")[0] == 404
    status, _, headers = fetch(server, f"/bai-viet/{portal.S_BAO}/")
    assert status == 301 and headers["Location"].endswith(f"/bai-viet/{portal.S_BAO}")
    status, body, _ = fetch(server, f"/bai-viet/{portal.S_BAO}?utm_source=zalo")
    assert status == 200
    assert f'<link rel="canonical" href="{server.base_url}/bai-viet/{portal.S_BAO}">' in body
    status, body, _ = fetch(server, "/tim-kiem?q=" + quote_plus("Thông báo"))
    assert status == 200 and f"/bai-viet/{portal.S_NGHILU}" in body
    status, _, headers = fetch(server, "/storage/van-ban/1245-pgddt-cm.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
