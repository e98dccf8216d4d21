"""Self-checks of the vnpt_portal_cms_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vnpt_portal_cms_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

HREF = re.compile(r"""href=["']([^"']+)["']""", re.I)
TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def plain(body: str) -> str:
    """Page text as a reader sees it: tags out, entities decoded, NFC, whitespace collapsed."""
    no_tags = TAG.sub(" ", body)
    return collapse(unicodedata.normalize("NFC", _html.unescape(no_tags)))


def links(body: str, here: str) -> list[str]:
    out = []
    for raw in HREF.findall(body):
        href = _html.unescape(raw)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + here, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH; redirects followed; HTML only."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    html_pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin("http://fixture.invalid" + target, headers["Location"]))
            loc = nxt.path + (f"?{nxt.query}" if nxt.query else "")
            if loc not in seen:
                seen.add(loc)
                queue.append(loc)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        html_pages += 1
        for link in links(body, target):
            if re.search(r"\.(jpe?g|gif|png|ico|css|js|swf|flv)$", link.split("?")[0], re.I):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, html_pages


def test_thirteen_articles_three_sections():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert {g["category"] for g in portal.GOLD} == {c.name for c in portal.CATS.values()}
    for g in portal.GOLD:
        date = g["published_at"]
        assert date is None or date.startswith(("2026-10", "2026-11", "2026-12"))


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_paths_serve_the_article(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = plain(body)
        assert gold["title"] in text, target
        assert "span" in body and 'class="tde_ctin"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_on_the_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = plain(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: each cell printed
            for cell in para.split(" | "):
                assert cell in text
        else:
            assert para in text, para[:60]
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert f"(Theo {gold['source']})" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    # the date the gold reads is printed: dd/mm/yyyy of the line or "ngày d tháng m năm y"
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text
    # the body never contains the chrome
    assert "Các tin khác" not in gold["body"] and "Lượt xem" not in gold["body"]


def test_twelve_hour_clock_as_printed(server):
    by_id = {s.id: s for s in portal.STORIES}
    cases = {2857: "04/12/2026 2:30:00 CH", 2853: "02/12/2026 12:20:00 CH", 2849: "27/11/2026 12:00:00 SA"}
    for item, line in cases.items():
        _, body, _ = fetch(server, portal.friendly(by_id[item]))
        assert f"Cập nhật lúc: {line}" in body


def test_all_gold_reachable_and_crawl_bounded(server):
    seen, html_pages = crawl(server)
    for gold in portal.GOLD:
        forms = {gold["path"], *gold.get("alt_paths", [])}
        assert forms & seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert html_pages <= 3 * (13 + len(portal.NON_ARTICLES))


def test_page_four_only_from_page_three(server):
    cat = portal.CATS["tt"]
    a7 = portal.section_url(portal.A7)
    for page_no, has_four in ((1, False), (2, False), (3, True), (4, False)):
        _, body, _ = fetch(server, portal.list_url(cat, page_no))
        found = links(body, portal.list_url(cat, page_no))
        assert (portal.list_url(cat, 4) in found) is has_four, page_no
        assert (a7 in found) is (page_no == 4)
    _, home, _ = fetch(server, "/Default.aspx?tabid=36")
    assert str(portal.A7.id) not in "".join(links(home, "/"))


def test_soft_404_and_non_articles(server):
    status, body, _ = fetch(server, "/Pages/TinTuc.aspx?ItemID=2519")
    assert status == 200 and "Tin bài không tồn tại" in body
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="tde_ctin"' not in body


def test_redirect_and_unknown_paths(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/Default.aspx?tabid=36"
    for target in ("/khong-co-trang-nay", "/Default.aspx?tabid=999", "/tin-tuc/khong-co-9999.html",
                   "/Default.aspx?tabid=60&DocID=1", "/Pages/Khac.aspx"):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_static_files(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/"):
        assert prefix not in source
