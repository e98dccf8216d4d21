"""Self-checks of the joomla4_sppagebuilder_blog_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla4_sppagebuilder_blog_mamnon as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"#]*)(?:#[^"]*)?"')
_TAG = re.compile(r"<[^>]+>")
_HIDDEN_MAIL = re.compile(r'<joomla-hidden-mail[^>]*text="([^"]+)"[^>]*>.*?</joomla-hidden-mail>')
_SKIP = (".jpg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def _visible(page: str) -> str:
    """Page text as a reader sees it: cloaked addresses written out, tags dropped."""
    page = _HIDDEN_MAIL.sub(lambda m: base64.b64decode(m.group(1)).decode(), page)
    return _norm(html.unescape(_TAG.sub(" ", page)))


def _links(page: str, target: str) -> list[str]:
    out = []
    for href in _HREF.findall(page):
        href = html.unescape(href)
        if not href or href.startswith(("mailto:", "tel:", "javascript:")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        link = parts.path + (f"?{parts.query}" if parts.query else "")
        if not link.lower().endswith(_SKIP):
            out.append(link)
    return out


def test_contract_shape():
    assert portal.NAME == "joomla4_sppagebuilder_blog_mamnon"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert len({g["category"] for g in portal.GOLD}) in (2, 3, 4)
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, page, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    visible = _visible(page)
    assert f'<h2 itemprop="headline">{html.escape(gold["title"])}</h2>' in page
    assert gold["title"] in visible
    for para in gold["body"].split("\n\n"):
        # a table row is printed as cells: look for them in sequence
        assert " ".join(para.split(" | ")) in visible, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in visible
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in visible
    for img in gold["images"]:
        assert img["path"] in page
        if img["caption"]:
            assert img["caption"] in visible
    assert gold["category"] in visible
    if "T" in (gold["published_at"] or ""):
        assert f'datetime="{gold["published_at"]}" itemprop="datePublished"' in page


def test_body_traps_are_on_the_page_but_not_in_gold(server):
    by_id = {int(g["path"].rsplit("/", 1)[1].split("-", 1)[0]): g for g in portal.GOLD}
    _, page, _ = fetch(server, by_id[229]["path"])
    assert "{jcomments on}" in page and "{gallery}" in page
    assert "{" not in by_id[229]["body"]
    _, page, _ = fetch(server, by_id[236]["path"])
    assert "#MầmNonHoaSen" in page and "#" not in by_id[236]["body"]
    assert 'alt="👉"' in page
    _, page, _ = fetch(server, by_id[228]["path"])
    assert portal.EMAIL not in page and "joomla-hidden-mail" in page
    assert portal.EMAIL in by_id[228]["body"]
    _, page, _ = fetch(server, by_id[241]["path"])
    assert "#joomlaImage://local-images/tin-tuc/2026/12/be-khoe-be-ngoan-01.jpg" in page
    assert 'data-src="/images/tin-tuc/2026/anh-hoat-dong/bkbn-03.jpg"' in page
    assert "<h1> Tin tức </h1>" in page
    _, page, _ = fetch(server, by_id[239]["path"])
    assert "ngày 28 tháng 11 năm 2026" in page and "Ngày đăng: Thứ Hai, 30 Tháng 11 2026 16:45" in page
    assert by_id[239]["published_at"] == "2026-11-28"
    _, page, _ = fetch(server, by_id[233]["path"])
    assert "Ngày tạo:" in page and "Cập nhật lần cuối:" in page


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, page, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'<h2 itemprop="headline">{html.escape(gold["title"])}</h2>' in page


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, page, _ = fetch(server, path)
        assert status == 200, path
        assert "<html" in page


def test_unknown_paths_404(server):
    for path in (
        "/khong-co-trang-nay",
        "/tin-tuc/hoat-dong-nha-truong/999-khong-co-bai-nay",
        "/tin-tuc/thong-bao/241-hoi-thi-be-khoe-be-ngoan-khoi-mau-giao-lon-nam-hoc-2026-2027",
        "/tin-tuc?start=60",
        "/tin-tuc?start=3",
        "/tin-tuc/khong-co",
        "/tags/khong-co",
        "/index.php?option=com_content&view=article&id=999&catid=9",
        "/images/cong-khai/khong-co.pdf",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_blog_pagination(server):
    _, page, _ = fetch(server, "/tin-tuc")
    assert "Trang 1 / 4" in page
    _, page, _ = fetch(server, "/tin-tuc?start=18")
    assert "Trang 4 / 4" in page
    _, page, _ = fetch(server, "/tin-tuc/hoat-dong-nha-truong?start=6")
    assert "Trang 2 / 2" in page and "Diễn tập phương án phòng cháy" in page
    # the short notice is printed whole in its blog, with no link to it
    _, page, _ = fetch(server, "/tin-tuc/thong-bao")
    assert "Trẻ đã tiêm đủ 2 mũi vắc xin" in page
    assert "235-lich-tiem" not in page


def test_everything_reachable_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, page, headers = fetch(server, target)
        fetched += 1
        assert status == 200, target
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        for link in _links(page, target):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_only_from_later_pages(server):
    """219 is linked from no first page of a listing, nor from the home page."""
    target = next(g["path"] for g in portal.GOLD if "/219-" in g["path"])
    for page_path in ("/", "/tin-tuc", "/tin-tuc/hoat-dong-nha-truong"):
        _, page, _ = fetch(server, page_path)
        assert target not in page
    _, page, _ = fetch(server, "/tin-tuc/hoat-dong-nha-truong?start=6")
    assert target in page
