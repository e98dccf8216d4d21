"""Self-checks of the sharepoint2016_news_pages_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sharepoint2016_news_pages_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".docx")
_HREF = re.compile(r"""href\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_REFRESH = re.compile(r"""RefreshPageTo\(event,\s*"([^"]+)"\)""")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _target(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _links(page_url: str, body: str) -> list[str]:
    """hrefs plus the list view's RefreshPageTo("…") paging URLs (JS-escaped in an onclick)."""
    raw = [a or b for a, b in _HREF.findall(body)]
    unescaped = html.unescape(body)
    for js in _REFRESH.findall(unescaped):
        raw.append(re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), js))
    out = []
    for href in raw:
        href = html.unescape(href).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(page_url, href)
        if urlsplit(absolute).netloc != urlsplit(page_url).netloc:
            continue
        absolute = absolute.split("#", 1)[0]
        if urlsplit(absolute).path.lower().endswith(_STATIC):
            continue
        out.append(absolute)
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk from START_PATH following links and redirects: {target: (status, body)}."""
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([server.url(portal.START_PATH), server.url("/")])
    while queue:
        url = queue.popleft()
        target = _target(url)
        if target in seen:
            continue
        status, body, headers = fetch(server, target)
        seen[target] = (status, body)
        assert len(seen) < 200, "the site must be bounded"
        if status in (301, 302) and headers.get("Location"):
            queue.append(urljoin(url, headers["Location"]))
        elif status == 200 and "text/html" in headers.get("Content-Type", ""):
            queue.extend(_links(url, body))
    return seen


def _page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"(?s)<!--.*?-->", " ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(html.unescape(body).replace("\u200b", ""))


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Hoạt động chuyên môn", "Đoàn thanh niên", "Thông báo"}
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert "\u200b" not in g["body"]
        if g["summary"]:
            assert g["body"].split("\n\n")[0] == g["summary"]
        d = g["published_at"]
        assert d is None or d.startswith(("2026-10", "2026-11", "2026-12"))


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_answer_with_title(server, record):
    for target in [record["path"], *record.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert record["title"] in _page_text(body), target


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, record):
    status, body, _ = fetch(server, record["path"])
    assert status == 200
    page = _page_text(body)
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in page, (record["path"], cell)
    for name in record["authors"] + record["photographers"]:
        assert name in page
    if record["source"]:
        assert f"Nguồn: {record['source']}" in page
    for img in record["images"]:
        assert f'src="{html.escape(img["path"])}"' in body
        if img["caption"]:
            assert img["caption"] in page
    y, m, d = record["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in page or f"ngày {d} tháng {m} năm {y}" in page
    assert record["category"] in page


def test_times_as_printed(server):
    expect = {
        "/tin-tuc/Pages/hoi-thao-chuyen-de-toan-2026.aspx": ("03/12/2026 2:30 CH", "2026-12-03T14:30:00+07:00"),
        "/tin-tuc/Pages/dem-nhac-ao-am-cho-em.aspx": ("02/12/2026 8:45 CH", "2026-12-02T20:45:00+07:00"),
        "/tin-tuc/Pages/stem-pin-sinh-hoc-lop-11-hoa.aspx": ("30/10/2026 12:00 SA", "2026-10-30"),
    }
    gold = {g["path"]: g for g in portal.GOLD}
    for path, (printed, iso) in expect.items():
        _, body, _ = fetch(server, path)
        assert printed in _page_text(body)
        assert gold[path]["published_at"] == iso


def test_every_gold_article_reachable(crawl):
    reached = {t for t, (status, _) in crawl.items() if status == 200}
    for g in portal.GOLD:
        variants = {g["path"], *g.get("alt_paths", [])}
        assert variants & reached, g["path"]


def test_some_articles_only_behind_page_two(crawl, server):
    """The page-2-only articles are not linked from page 1s, the home page or related lists."""
    page2 = {
        "/tin-tuc/Pages/default.aspx?cat=hoat-dong-chuyen-mon&p=2",
        "/tin-tuc/Pages/default.aspx?cat=doan-thanh-nien&p=2",
    }
    first_pages = [t for t in crawl if t not in page2 and "PageFirstRow=4" not in t]
    for slug in portal.ONLY_PAGE2:
        for t in first_pages:
            status, body = crawl[t]
            if status == 200 and t.split("?")[0].lower() != f"/tin-tuc/pages/{slug}.aspx" and t.split("?")[0].lower() != f"/thong-bao/pages/{slug}.aspx":
                assert f"/{slug}.aspx" not in body, (slug, t)
    assert len(portal.ONLY_PAGE2) == 4


def test_crawl_is_bounded(crawl):
    pages = [t for t in crawl if not urlsplit(t).path.lower().endswith(_STATIC)]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), len(pages)


def test_non_articles_answer_and_are_reachable(server, crawl):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
        assert path in crawl, path


def test_unknown_paths_404(server):
    for target in ("/khong-co-trang-nay.html", "/tin-tuc/Lists/TinTuc/AllItems", "/TaiLieu/khong-co.pdf", "/abc"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_soft_404_and_lockdown(server):
    status, _, headers = fetch(server, f"/tin-tuc/Pages/{portal.DEAD_SLUG}.aspx")
    assert status == 302 and "PageNotFoundError.aspx" in headers["Location"]
    status, body, _ = fetch(server, _target(urljoin(server.url("/"), headers["Location"])))
    assert status == 200 and "Không tìm thấy trang" in body
    for target in ("/_layouts/15/userdisp.aspx?ID=12", "/tin-tuc/Pages/Forms/AllItems.aspx"):
        status, _, headers = fetch(server, target)
        assert status == 401 and headers.get("WWW-Authenticate") == "NTLM"


def test_traps_are_in_the_markup(server):
    _, body, _ = fetch(server, "/tin-tuc/Pages/hoi-thao-chuyen-de-toan-2026.aspx?cat=hoat-dong-chuyen-mon")
    assert '<link rel="canonical" href="http://127.0.0.1:' in body
    assert 'hreflang="en-us"' in body
    assert 'id="pageTitle"' in body and "Hội thảo chuyên đề môn Toán cụm trường chuyên" in body
    assert "\u200b" in body or "&#8203;" in body
    _, body, _ = fetch(server, "/thong-bao/Pages/default.aspx")
    assert "RefreshPageTo(event, " in body and "\\u002fthong-bao\\u002fPages" in body
    _, body, _ = fetch(server, "/tin-tuc/Pages/giai-bong-da-lam-son-cup-lan-thu-xii.aspx")
    assert unicodedata.normalize("NFD", "Giải đấu do Đoàn trường") in body
    _, body, _ = fetch(server, "/tin-tuc/Pages/ket-qua-thi-chon-hsg-cap-tinh.aspx")
    assert "ms-rte-wpbox" in body
    _, body, _ = fetch(server, "/tin-tuc/Pages/stem-pin-sinh-hoc-lop-11-hoa.aspx")
    assert "mso-list:Ignore" in body

