"""Self-checks of the aspnet_webforms_routing_datapager_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_webforms_routing_datapager_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """The page's visible-ish text: tags dropped, entities decoded, NFC, whitespace collapsed."""
    return collapse(html.unescape(_TAGS.sub(" ", page)))


def _local_links(page: str, page_target: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over plain <a href> links from START_PATH (pages only, not images/files)."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        for link in _local_links(body, target):
            low = link.lower()
            if re.search(r"\.(jpe?g|gif|png|pdf|xls|doc|ashx|axd)(\?|$)", low) or low.startswith("/userfiles/"):
                continue
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return seen, fetched


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[2])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        plain = _plain(body)
        assert gold["title"] in plain, target
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in plain, (target, cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in plain, (target, name)
        if gold["source"]:
            assert gold["source"] in plain
        if gold["summary"]:
            assert gold["summary"] in plain
        assert gold["category"] in plain
        for img in gold["images"]:
            srcs = [urljoin("http://fixture.invalid" + target, html.unescape(s)) for s in re.findall(r'src="([^"]+)"', body)]
            assert "http://fixture.invalid" + img["path"] in srcs, (target, img)
            if img["caption"]:
                assert img["caption"] in plain


def test_dates_as_printed(server):
    for gold in portal.GOLD:
        story = portal.BY_ID[int(gold["path"].split("/")[2])]
        _, body, _ = fetch(server, gold["path"])
        assert f'lblNgayDang">{story.opts["ngay"]}<' in body
        if "T" in (gold["published_at"] or ""):
            day, time, ampm = story.opts["ngay"].split()
            d, m, y = day.split("/")
            h, mi, se = (int(x) for x in time.split(":"))
            h = h % 12 + (12 if ampm == "CH" else 0)
            assert gold["published_at"] == f"{y}-{m}-{d}T{h:02d}:{mi:02d}:{se:02d}+07:00"
    letter = next(g for g in portal.GOLD if "/2191/" in g["path"])
    _, body, _ = fetch(server, letter["path"])
    assert "Hải Hậu, ngày 30 tháng 11 năm 2026" in body and letter["published_at"] == "2026-11-30"


def test_every_gold_article_is_reachable_by_links(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    # the bounded crawl budget of the README
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_behind_page_two(server):
    seen, _ = _crawl(server, skip=lambda t: "trang=2" in t)
    hidden = {g["path"] for g in portal.GOLD} - seen
    assert {p.split("/")[2] for p in hidden} == {"2147", "2141", "2150"}


def test_relative_rss_link_under_route_serves_the_article(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    links = _local_links(body, gold["path"])
    assert "/tin-tuc/2187/rss.aspx?cid=1" in links
    status, page, _ = fetch(server, "/tin-tuc/2187/rss.aspx?cid=1")
    assert status == 200 and gold["title"] in _plain(page)


def test_postback_linkbutton_redirects_to_older_article(server):
    path = portal.GOLD[0]["path"]
    data = urlencode({"__EVENTTARGET": "ctl00$ContentPlaceHolder1$rptTinDaDang$ctl00$lnkTin", "__EVENTARGUMENT": ""})
    req = urllib.request.Request(server.url(path), data=data.encode(), method="POST")
    try:
        NO_REDIRECTS.open(req, timeout=10)
        raise AssertionError("expected a redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 302
        assert err.headers["Location"] == portal.article_path(portal.BY_ID[2176])


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "lblTieuDe" not in body


def test_listing_pagination(server):
    status, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong.aspx")
    assert status == 200 and "?trang=2" in body and 'disabled="disabled">Đầu<' in body
    status, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong.aspx?trang=2")
    assert status == 200 and "/tin-tuc/2147/" in body and "/tin-tuc/2141/" in body
    status, body, _ = fetch(server, "/DanhSachTin.aspx?cid=2&trang=2")
    assert status == 200 and "/tin-tuc/2150/" in body and "DanhSachTin.aspx?cid=2&amp;trang=1" in body


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang.aspx", "/tin-tuc/9999/abc.aspx", "/tin-tuc/khong-co.aspx", "/ChiTietTin.aspx?id=9999",
     "/InTin.aspx?id=1", "/van-ban/999.aspx", "/DanhSachTin.aspx?cid=9", "/tin-tuc/rss.aspx"],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_text_forms_on_the_page(server):
    _, body, _ = fetch(server, "/tin-tuc/2183/x.aspx")
    assert "&#7879;" in body or "&#" in body
    _, body, _ = fetch(server, "/tin-tuc/2141/x.aspx")
    assert unicodedata.normalize("NFD", "Khai mạc") in body


def test_module_has_no_machine_paths():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)
