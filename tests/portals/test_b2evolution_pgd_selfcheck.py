"""Self-check of the b2evolution_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import b2evolution_pgd as portal
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'href="([^"]*)"')
_FORM = re.compile(r'<form action="([^"]*)" method="get"', re.I)
#: what a sensible crawler leaves alone: login links, feeds, comment replies, search, files
_SKIP = re.compile(
    r"disp=login|tempskin=|reply_ID=|disp=search|/htsrv/|\.(jpe?g|png|gif|ico|css|js|pdf)(\?|$)",
    re.I,
)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


def reader_text(markup: str) -> str:
    """Tags dropped, references resolved, NFC, whitespace collapsed: for substring checks.

    Inline tags go without a space (a footnote call stays glued to its sentence), others with one.
    """
    inline = re.sub(r"</?(?:sup|sub|a|span|strong|em|b|i|u)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(
        unicodedata.normalize("NFC", html.unescape(no_tags)).replace("\xa0", " ").split()
    )


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(srv: PortalServer, body: str, page_url: str) -> list[str]:
    out = []
    for href in _HREF.findall(body) + _FORM.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if parts.netloc != f"{srv.host}:{srv.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _walk(srv: PortalServer, skip: re.Pattern[str] | None) -> tuple[set[str], int, dict[str, str]]:
    """Breadth-first over links from START_PATH, following redirects; (seen targets, pages fetched, bodies)."""
    seen: set[str] = set()
    bodies: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue and fetched < 400:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(srv, target)
        fetched += 1
        if status in (301, 302):
            queue.appendleft(urlsplit(urljoin(srv.url(target), headers["Location"])).path)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        bodies[target] = body
        for link in _links(srv, body, srv.url(target)):
            if skip is None or not skip.search(link):
                queue.append(link)
    return seen, fetched, bodies


def test_contract() -> None:
    assert portal.NAME == "b2evolution_pgd" and portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13 and not set(paths) & set(portal.NON_ARTICLES)
    assert 3 <= len(portal.NON_ARTICLES) <= 8 and len(set(portal.NON_ARTICLES)) == len(
        portal.NON_ARTICLES
    )
    for g in portal.GOLD:
        for key in ("title", "body", "category"):
            assert g[key] and g[key] == g[key].strip() and unicodedata.is_normalized("NFC", g[key])
        assert g["published_at"] is None or _STAMP.match(g["published_at"])
        paragraphs = g["body"].split("\n\n")
        assert all(p == " ".join(p.split()) and p for p in paragraphs)
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for img in g["images"]:
            assert img["path"].startswith("/media/")
            assert img["caption"] is None or img["caption"] not in paragraphs


def test_gold_pages_serve_their_fields(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = reader_text(body)
        assert g["title"] in page
        assert portal.HEADER_TODAY in page and "Lượt xem" in page
        for paragraph in g["body"].split("\n\n"):
            # a table row's cells are printed in their own cells
            assert all(cell in page for cell in paragraph.split(" | ")), (g["path"], paragraph[:60])
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page, (g["path"], name)
        srcs = {html.unescape(s) for s in re.findall(r'src="([^"]+)"', body)}
        for img in g["images"]:
            assert img["path"] in srcs, (g["path"], img["path"])
            if img["caption"]:
                assert img["caption"] in page
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}" />' in body
        # the collection's post footer is printed inside the text box, never in the gold body
        assert "Mọi tin bài, ý kiến đóng góp" not in g["body"]
        assert "Tệp đính kèm" not in g["body"] and "Cập nhật lần cuối" not in g["body"]


def test_alt_paths_serve_the_same_article(server: PortalServer) -> None:
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}" />' in body
            assert g["body"].split("\n\n")[-1] in reader_text(body)


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert portal.HEADER_TODAY in reader_text(body)


def test_unknown_paths_404(server: PortalServer) -> None:
    for target in (
        "/khong-ton-tai",
        "/index.php/tin-tuc/khong-co-bai-nay",
        "/index.php/khong-co-chuyen-muc/",
        "/index.php/tin-tuc/?paged=9",
        "/index.php/tin-tuc/2025/01/",
        "/index.php/tin-tuc/khong-co-tu-khoa:",
        "/index.php?p=99999&blog=2",
        "/index.php/home/khong-co-trang",
    ):
        status, _, _ = fetch(server, target)
        assert status == 404, target


def test_every_article_is_reachable_within_budget(server: PortalServer) -> None:
    seen, fetched, _ = _walk(server, _SKIP)
    for g in portal.GOLD:
        assert {g["path"], *g.get("alt_paths", [])} & seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_a_naive_walk_stays_bounded(server: PortalServer) -> None:
    """Following every link (login, feeds, replies, search) ends: the traps are bounded."""
    seen, fetched, _ = _walk(server, re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)(\?|$)", re.I))
    assert fetched < 400 and all(g["path"] in seen for g in portal.GOLD)


def test_page_two_only_article(server: PortalServer) -> None:
    """398 is linked only from page 2 of tin-tuc's front and of its chapter."""
    _, _, bodies = _walk(server, _SKIP)
    target = "/index.php/tin-tuc/huong-khe-100-truong-hoc"
    linking = sorted(t for t, b in bodies.items() if f'href="{target}' in b and t != target)
    assert linking == ["/index.php/tin-tuc/?paged=2", "/index.php/tin-tuc/hoat-dong-nganh/?paged=2"]


def test_traps_behave_as_documented(server: PortalServer) -> None:
    # old slug: 301 to the current slug
    status, _, headers = fetch(server, "/index.php/tin-tuc/chuyen-de-ngu-van-8-tai")
    assert status == 301 and headers["Location"] == "/index.php/tin-tuc/chuyen-de-day-hoc-mon-ngu"
    # full-mode listing prints the whole notice (letterhead, table, signer)
    _, body, _ = fetch(server, "/index.php/thong-bao/")
    page = reader_text(body)
    assert (
        "Nhận được Thông báo này" in page
        and "Võ Văn Hùng" in page
        and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page
    )
    # the featured post in full on tin-tuc's front page, the intro post on truong-hoc's
    _, body, _ = fetch(server, "/index.php/tin-tuc/")
    gold412 = next(g for g in portal.GOLD if g["path"].endswith("hoi-nghi-so-ket-cong-tac"))
    assert gold412["body"].split("\n\n")[-1] in reader_text(body)
    _, body, _ = fetch(server, "/index.php/truong-hoc/")
    assert "Mạng lưới trường học huyện Hương Khê" in body
    # encodings: decomposed text, entity-coded Word paste with its list markers
    _, body, _ = fetch(server, "/index.php/truong-hoc/lien-doi-truong-tieu-hoc")
    nfd_title = unicodedata.normalize("NFD", "Liên đội Trường Tiểu học Hương Long ra quân")
    assert (
        f"<h1>{nfd_title}" in body
        and "chiều ngày 20/10/2026, Liên đội" not in body.split("<main>")[1]
    )
    _, body, _ = fetch(server, "/index.php/thong-bao/thong-bao-tuyen-chon-giao-vien")
    assert "mso-list:Ignore" in body and "&#7889;" in body
    # Auto-P: a <br /> inside a paragraph
    _, body, _ = fetch(server, "/index.php/truong-hoc/truong-tieu-hoc-thi-tran")
    assert "<br />\nHội thi gồm hai phần" in body
    # the notice's date is its letterhead's, not the info line's
    gold414 = next(g for g in portal.GOLD if g["path"].endswith("thong-bao-lich-kiem-tra"))
    _, body, _ = fetch(server, gold414["path"])
    assert gold414["published_at"] == "2026-11-30" and "01/12/2026 08:05" in body
    # login links carry the page they come from
    assert "redirect_to=%2Findex.php%2Fthong-bao%2Fthong-bao-lich-kiem-tra" in body
    # feed and tag pages answer
    status, xml, headers = fetch(server, "/index.php/tin-tuc/?tempskin=_rss2")
    assert status == 200 and "rss" in headers["Content-Type"] and "<item>" in xml
    status, _, _ = fetch(server, "/index.php/tin-tuc/chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91:")
    assert status == 200
