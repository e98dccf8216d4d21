"""Self-checks of the sharepoint2016_egov_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sharepoint2016_egov_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

ZW = "\u200b"
STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    return collapse(_html.unescape(body).replace(ZW, ""))


def links(body: str, page_target: str) -> list[str]:
    out = []
    for raw in re.findall(r'\bhref="([^"]*)"', body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[dict[str, str], int]:
    """Breadth-first over plain links from START_PATH: {target: html} and the pages fetched."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages: dict[str, str] = {}
    fetched = 0
    while queue:
        target = queue.popleft()
        fetched += 1
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        pages[target] = body
        for link in links(body, target):
            if link in seen or link.split("?")[0].lower().endswith(STATIC_EXT):
                continue
            seen.add(link)
            queue.append(link)
    return pages, fetched


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin hoạt động ngành", "Hoạt động chuyên môn", "Thi đua - Khen thưởng", "Thông báo"}
    for g in portal.GOLD:
        for field in ("title", "body", "summary"):
            assert ZW not in (g[field] or "")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


def test_no_machine_paths_in_module():
    src = Path(portal.__file__).read_text(encoding="utf-8")
    for bad in ("/home/", "/tmp/", "/work/"):
        assert bad not in src


def test_root_redirects_to_home(server):
    status, _, headers = fetch(server, "/")
    assert status == 302
    assert headers["Location"].endswith("/Pages/Home.aspx")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_headline(server, gold):
    for target in [gold["path"], gold["canonical_path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in page_text(body), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in order, in one <tr>
            cells = para.split(" | ")
            assert "</td><td>".join(cells) in _html.unescape(body) or all(c in text for c in cells), para
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        src = img.get("path") or img.get("url")
        assert _html.escape(src, quote=True) in body or src in body, src
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the trap: the page's <title>, <h1> and canonical are the layout page's, not the article's
    assert "<title>\n\tChi tiết tin - Sở GD&amp;ĐT Quảng Trị\n</title>" in body
    assert re.search(r'<link rel="canonical" href="http://[^"]+/Pages/chi-tiet-tin\.aspx" />', body)
    assert f"{gold['title']}{ZW}</h2>".replace("&", "&amp;") in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_printed_date_matches_gold(server, gold):
    _, body, _ = fetch(server, gold["path"])
    m = re.search(r"Ngày đăng: (\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d) (SA|CH)", body)
    assert m
    d, mo, y, h, mi, tt = m.groups()
    hour = int(h) % 12 + (12 if tt == "CH" else 0)
    day = f"{y}-{mo}-{d}"
    expected = day if (hour, int(mi)) == (0, 0) else f"{day}T{hour:02d}:{mi}:00+07:00"
    if gold["path"].endswith("ItemID=439"):
        # the official notice: its date is the letterhead's day, not the "Ngày đăng" line
        assert "Quảng Trị, ngày 30 tháng 11 năm 2026" in body
        assert gold["published_at"] == "2026-11-30"
    else:
        assert gold["published_at"] == expected


def test_dispform_is_same_story_in_us_format(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            if "DispForm" not in alt:
                continue
            _, body, _ = fetch(server, alt)
            text = page_text(body)
            assert 'class="ms-formtable"' in body
            for para in gold["body"].split("\n\n"):
                assert all(cell in text for cell in para.split(" | "))
            assert re.search(r"\d{1,2}/\d{1,2}/2026 \d{1,2}:\d\d (AM|PM)", text)


def test_all_gold_reachable_from_start(crawled):
    pages, fetched = crawled
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
        if gold["canonical_path"] != gold["path"]:
            # only its listing's URL variant is linked; the canonical form still answers
            assert gold["canonical_path"] not in pages
        for alt in gold.get("alt_paths", []):
            if alt.startswith("/Lists/TinTuc/DispForm.aspx") and "Source=" not in alt:
                continue  # the bare display form: served, not linked
            assert alt in pages, alt
    for target in portal.NON_ARTICLES:
        assert target in pages, target
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_on_page_two(server, crawled):
    pages, _ = crawled
    only_p2 = {"ItemID=419", "ItemID=414"}
    page2 = "/Pages/tin-tuc.aspx?CategoryId=1&Page=2"
    for target, body in pages.items():
        found = {k for k in only_p2 if re.search(rf"{k}\b", _html.unescape(body))}
        if target.startswith("/Pages/tin-tuc.aspx?CategoryId=1&") and (
            "Page=2" in target or "PageFirstRow=4" in target
        ):
            assert found == only_p2
        elif target.split("?")[0].lower() != "/pages/chi-tiet-tin.aspx" or not any(
            target.endswith(k) or f"{k}&" in target for k in only_p2
        ):
            assert not found, target
    assert page2 in pages


def test_pager_variants_and_bounds(server):
    s1, b1, _ = fetch(server, "/Pages/tin-tuc.aspx?CategoryId=1&Page=2")
    s2, b2, _ = fetch(server, "/Pages/tin-tuc.aspx?CategoryId=1&Paged=TRUE&p_ID=431&PageFirstRow=4")
    assert s1 == s2 == 200
    assert "ItemID=419" in b1 and "ItemID=419" in b2
    assert fetch(server, "/Pages/tin-tuc.aspx?CategoryId=1&Page=3")[0] == 404
    assert fetch(server, "/Pages/tin-tuc.aspx?CategoryId=1&Paged=TRUE&p_ID=414&PageFirstRow=7")[0] == 404
    assert fetch(server, "/Pages/tin-tuc.aspx?CategoryId=9")[0] == 404
    s3, b3, _ = fetch(server, "/Pages/tin-tuc.aspx?CategoryId=3")
    assert s3 == 200 and 'class="phanTrang"' not in b3


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, _, _ = fetch(server, target)
        assert status == 200, target


@pytest.mark.parametrize(
    "target",
    [
        "/Pages/khong-co-trang-nay.aspx",
        "/Pages/chi-tiet-tin.aspx?ItemID=999",
        "/Lists/TinTuc/DispForm.aspx?ID=5",
        "/Pages/van-ban.aspx?ItemID=1",
        "/_layouts/15/userdisp.aspx?ID=27",
        "/ReusableContent/3_.000",
        "/wp-admin/",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_images_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            if "path" in img:
                status, _, headers = fetch(server, img["path"])
                assert status == 200 and headers["Content-Type"].startswith("image/")
