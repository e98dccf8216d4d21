"""Self-check of the spring_thymeleaf_vendor_sgddt fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import urllib.request
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import spring_thymeleaf_vendor_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<script\b.*?</script>", re.S)
_JSID = re.compile(r";jsessionid=[0-9A-F]+", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    return collapse(html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", page))))


def _links(page: str, target: str) -> list[str]:
    out = []
    for href in _HREF.findall(_SCRIPT.sub(" ", page)):
        href = html.unescape(href)
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _is_asset(target: str) -> bool:
    return target.startswith(("/resources/", "/webjars/", "/van-ban/tai-ve/"))


def _crawl(server, strip_session: bool, skip: set[str] = frozenset()) -> tuple[set[str], int]:
    """Breadth-first walk over links from START_PATH; returns targets seen and pages fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        assert fetched < 200, "crawl does not end"
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(body, target):
            if strip_session:
                link = _JSID.sub("", link)
            if _is_asset(link) or link in seen or link in skip:
                continue
            seen.add(link)
            queue.append(link)
    return seen, fetched


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    stamp = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    for g in portal.GOLD:
        assert g["published_at"] is None or stamp.match(g["published_at"]), g["path"]
        assert g["published_at"] is None or "2026-10-01" <= g["published_at"][:10] <= "2026-12-05"
        assert g["body"] and g["title"] and g["category"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_serve_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, page, _ = fetch(server, target)
        assert status == 200, target
        assert f">{html.escape(gold['title'], quote=True)}</h1>" in page, target
    status, page, _ = fetch(server, gold["path"])
    text = _text(page)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in text, para  # table cells print side by side
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in page
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    assert f">{html.escape(gold['category'])}</a></li>" in page or f">{html.escape(gold['category'])}<" in page


def test_printed_dates_match_gold(server):
    """The date each page prints, read by hand, is the gold (traps 4-6)."""
    for gold in portal.GOLD:
        page = fetch(server, gold["path"])[1]
        stamp = gold["published_at"]
        y, m, d = stamp[:10].split("-")
        if gold["path"].startswith("/thong-bao/") and len(stamp) == 10:
            assert f"Tây Ninh, ngày {d} tháng {m} năm {y}" in page
        elif len(stamp) == 10:
            assert f"Ngày đăng: {d}/{m}/{y}</span>" in page
        elif gold["path"].startswith("/thong-bao/"):
            hour = int(stamp[11:13])
            shown = f"{(hour - 1) % 12 + 1:02d}:{stamp[14:16]} {'CH' if hour >= 12 else 'SA'}"
            assert f"Ngày đăng: {d}/{m}/{y} {shown}" in page
        else:
            assert f"Ngày đăng: {d}/{m}/{y} {stamp[11:16]}</span>" in page
    page = fetch(server, "/tin-tuc/chi-tiet/2481/giao-luu-van-hoa-doc-sach-nhip-cau-tri-thuc-tai-go-dau")[1]
    assert 'content="2026-11-05T17:00:00Z"' in page
    page = fetch(server, "/tin-tuc/chi-tiet/2496/hoi-nghi-so-ket-cong-tac-giao-duc-hoc-ky-i-nam-hoc-2026-2027")[1]
    assert page.index("Cập nhật: 05/12/2026 08:05") < page.index("Ngày đăng: 04/12/2026 16:20")


def test_every_gold_article_reachable(server):
    seen, fetched = _crawl(server, strip_session=True)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_raw_walk_only_meets_known_article_addresses(server):
    """Without stripping ``;jsessionid``, every article address met is a gold path or alt path."""
    seen, _ = _crawl(server, strip_session=False)
    known = {p for g in portal.GOLD for p in [g["path"], *g.get("alt_paths", [])]}
    article_like = {t for t in seen if re.match(r"^/(tin-tuc/chi-tiet|thong-bao)/\d+", t)}
    assert article_like <= known, article_like - known
    assert {g["path"] for g in portal.GOLD} <= seen


def test_page_two_only_article(server):
    """2481 is reached only through the 0-based ``?page=1`` of category 1 (trap 3)."""
    only = "/tin-tuc/chi-tiet/2481/giao-luu-van-hoa-doc-sach-nhip-cau-tri-thuc-tai-go-dau"
    seen, _ = _crawl(server, strip_session=True, skip={"/tin-tuc/danh-muc/1?page=1"})
    assert only not in seen
    page = fetch(server, "/tin-tuc/danh-muc/1")[1]
    assert 'href="?page=1"' in page and ">2</a>" in page
    assert fetch(server, "/tin-tuc/danh-muc/1?page=0")[1].count("giao-luu-van-hoa") == 0
    assert only in fetch(server, "/tin-tuc/danh-muc/1?page=1")[1]


def test_home_rewrites_session_ids(server):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(server.url("/"), timeout=10) as resp:
        page = resp.read().decode()
        assert "JSESSIONID=" in resp.headers.get("Set-Cookie", "")
    assert f";jsessionid={portal.SESSION_ID}" in page
    req = urllib.request.Request(server.url("/"), headers={"Cookie": f"JSESSIONID={portal.SESSION_ID}"})
    with opener.open(req, timeout=10) as resp:
        assert ";jsessionid=" not in resp.read().decode()


def test_traps_in_markup(server):
    page = fetch(server, "/tin-tuc/chi-tiet/2486/tap-huan-cong-tac-y-te-truong-hoc-va-phong-chong-dich-benh-mua-dong")[1]
    box = page.index('class="tinlq-chen')
    body = page[page.index('id="noiDungTin"'):]
    assert page.index("cúm, tay chân miệng") < box < page.index("xử trí ngạt nước")
    assert "/tin-tuc/chi-tiet/2478/hoi-thi-giao-vien-day-gioi-cap-tinh-thcs-2026" in body
    page = fetch(server, "/tin-tuc/chi-tiet/2493/ngay-hoi-chuyen-doi-so-nganh-giao-duc-tinh-tay-ninh-nam-2026")[1]
    assert page.count('class="carousel-item') == 3 and page.count("carousel-caption") == 3
    assert 'class="d-none d-print-block' in page
    assert "Người đăng: sgd_bientap2" in page
    assert 'type="text/x-tmpl"' in fetch(server, "/tin-tuc/danh-muc/2")[1]


def test_non_articles_and_unknown(server):
    for target in portal.NON_ARTICLES:
        assert fetch(server, target)[0] == 200, target
    for target in [
        "/tin-tuc/chi-tiet/9999/khong-co",
        "/tin-tuc/chi-tiet/%7B%25=o[i].id%25%7D/%7B%25=o[i].slug%25%7D",
        "/thong-bao/999",
        "/tin-tuc/danh-muc/9",
        "/van-ban?loai=7",
        "/khong-ton-tai",
    ]:
        assert fetch(server, target)[0] == 404, target
