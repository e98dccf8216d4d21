"""Self-check of the sulu_tct fixture portal against itself (never the crawler).

Every gold target answers 200 and prints its gold; the articles are reachable from START_PATH by
following links; the non-articles answer 200; unknown targets 404; the documented traps behave
as the module's docstring says.
"""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import sulu_tct as portal
from ._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_BLOCK = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "tr", "table", "br", "figure",
    "figcaption", "blockquote", "section", "article", "aside", "nav", "header", "footer", "main",
}
_ASSET = re.compile(r"^/(uploads|build|media)/|\.(jpe?g|png|gif|ico|css|js|pdf|docx)$", re.I)


class _Reader(HTMLParser):
    """Reader text of a fragment: block tags break, inline tags glue, table cells join with " | ",
    Word list markers and bare superscript footnote numbers are dropped, scripts skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []
        self.hidden = 0
        self.sup: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = dict(attrs).get("style") or ""
        hide = tag in ("script", "style", "title") or "mso-list:Ignore" in style
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag in ("td", "th"):
            self.parts.append("\x1f")  # a table cell: cells of a row join with " | "
        if tag in ("br", "img", "input", "meta", "link"):
            return
        self.stack.append((tag, hide))
        self.hidden += hide
        if tag == "sup":
            self.sup = []

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            name, hide = self.stack.pop()
            self.hidden -= hide
            if name == "sup" and self.sup is not None:
                text = "".join(self.sup)
                if not text.strip().isdigit():
                    self.parts.append(text)
                self.sup = None
            if name == tag:
                break
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        (self.sup if self.sup is not None else self.parts).append(data)

    def lines(self) -> list[str]:
        raw = "".join(self.parts).replace("\xa0", " ")
        out = []
        for line in raw.split("\n"):
            cells = [" ".join(c.split()) for c in line.split("\x1f")]
            out.append(" | ".join(c for c in cells if c) if len(cells) > 1 else cells[0])
        return [unicodedata.normalize("NFC", line) for line in out if line]


def reader_lines(markup: str) -> list[str]:
    r = _Reader()
    r.feed(markup)
    r.close()
    return r.lines()


def reader_text(markup: str) -> str:
    return " ".join(reader_lines(markup))


def _between(body: str, start: str, end: str) -> str:
    i = body.index(start)
    return body[i : body.index(end, i)]


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_contract() -> None:
    assert portal.NAME == "sulu_tct" and portal.PLATFORM and portal.START_PATH == "/vi"
    paths = [g["path"] for g in portal.GOLD]
    assert len(paths) == 13 and len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8 and len(set(portal.NON_ARTICLES)) == len(portal.NON_ARTICLES)
    alts = {a for g in portal.GOLD for a in g.get("alt_paths", [])}
    assert not (set(paths) | alts) & set(portal.NON_ARTICLES)
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__
    assert len(re.findall(r"^\s+\d+\. ", portal.__doc__.split("Traps")[1].split("Gold decisions")[0], re.M)) >= 6


def test_gold_is_well_formed() -> None:
    keys = {"path", "canonical_path", "title", "published_at", "authors", "photographers", "source",
            "summary", "body", "images", "category"}
    for g in portal.GOLD:
        assert keys <= set(g), g["path"]
        for key in ("title", "body", "category"):
            assert g[key] and g[key] == g[key].strip() and unicodedata.is_normalized("NFC", g[key])
        assert g["published_at"] is None or _STAMP.match(g["published_at"])
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs)
        if g["summary"] is not None:
            assert g["summary"] == paragraphs[0]
        for img in g["images"]:
            assert img["path"].startswith("/uploads/media/tct-880x/") and img["path"].endswith("?v=1-0")
            assert img["caption"] is None or img["caption"] not in paragraphs
        assert g["canonical_path"] == g["path"] and g["alt_paths"] == [g["path"][3:]]
    assert {g["category"] for g in portal.GOLD} == {"Tin hoạt động", "Đào tạo - Bồi dưỡng", "Thông báo",
                                                     "Nghiên cứu - Trao đổi"}


def test_gold_targets_serve_their_gold(server: PortalServer) -> None:
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        for target in [g["path"], *g["alt_paths"]]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert headers.get("X-Generator", "").startswith("Sulu/2")
            assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}"/>' in body
            article = _between(body, "<article", "</article>")
            lines = reader_lines(article)
            text = " ".join(lines)
            assert lines[0] == g["title"]
            for paragraph in g["body"].split("\n\n"):
                assert paragraph in lines, (target, paragraph[:70])
            for img in g["images"]:
                assert f'src="{img["path"]}"' in article
                if img["caption"]:
                    assert img["caption"] in text
            for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
                assert name in text, (target, name)
            page = reader_text(body)
            assert portal.TODAY in page and "Bản quyền thuộc" in page and "Lượt xem" in page
            assert "Đang online" in page and "Tổng truy cập" in page
            crumbs = reader_text(_between(body, '<nav class="dh-bc"', "</nav>"))
            assert crumbs.endswith(g["category"])
            assert f"Người đăng: {portal.POSTER}" in text and portal.POSTER not in g["authors"]
        # the publication date the page prints
        if story is portal.C1:
            assert "Lào Cai, ngày 30 tháng 11 năm 2026" in text and "Ngày đăng: 10:05 01/12/2026" in text
        else:
            hm, dmy = story.opts["printed"].split(" ")
            d, m, y = dmy.split("/")
            assert f"Ngày đăng: {hm} {dmy}" in text
            stamp = f"{y}-{m}-{d}" if hm == "00:00" else f"{y}-{m}-{d}T{hm}:00+07:00"
            assert g["published_at"] == stamp


def test_bylines_captions_and_boundaries_are_printed_as_documented(server: PortalServer) -> None:
    gold = {g["path"]: g for g in portal.GOLD}

    def article_lines(story):
        return reader_lines(_between(fetch(server, portal.article_path(story))[1], "<article", "</article>"))

    a3 = article_lines(portal.A3)
    assert "Ảnh: Nguyễn Minh Tuấn" in a3 and "Tin: Lò Văn Dũng - Ảnh: Nguyễn Minh Tuấn" in a3
    a2 = article_lines(portal.A2)
    assert "(Quang cảnh buổi sinh hoạt chuyên đề)" in a2
    a4 = article_lines(portal.A4)
    assert "Nguồn: Báo Lào Cai điện tử" in a4 and "Xem thêm:" in a4
    assert gold[portal.article_path(portal.A4)]["body"].count("Theo kế hoạch") == 1
    b2 = article_lines(portal.B2)
    assert "Tệp đính kèm:" in b2 and "Ảnh: Hồng Nhung" in b2
    c1 = article_lines(portal.C1)
    assert "THÔNG BÁO" in c1 and "Nơi nhận:" in c1 and "Nguyễn Văn Thắng" in c1
    c1_body = gold[portal.article_path(portal.C1)]["body"]
    assert "THÔNG BÁO" not in c1_body and "Nơi nhận" not in c1_body and c1_body.endswith("thực hiện./.")
    d1_body = gold[portal.article_path(portal.D1)]["body"]
    assert "giao cho cấp xã.[1] Điều đó" in d1_body and "\n\nChú thích\n\n[1] Nghị quyết" in d1_body
    _, d2, _ = fetch(server, portal.article_path(portal.D2))
    assert "XIII<sup><a" in d2 and "lần thứ XIII của Đảng" in gold[portal.article_path(portal.D2)]["body"]
    _, a5, _ = fetch(server, portal.article_path(portal.A5))
    assert a5.count("mso-list:Ignore") == 3 and "&nbsp;" in a5
    assert "Ngày đăng: 00:00 17/10/2026" in a5
    assert "\n\n- Hoạt động đã góp phần" in gold[portal.article_path(portal.A5)]["body"]
    assert gold[portal.article_path(portal.A5)]["authors"] == []
    assert "🏆" in gold[portal.article_path(portal.A3)]["title"]


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert portal.TODAY in reader_text(body) and "<article" not in body


def test_unknown_targets_404(server: PortalServer) -> None:
    for target in ["/vi/khong-ton-tai", "/tin-tuc/khong-co-bai-nay", "/vi/nghien-cuu/khong-co",
                   "/vi/nghien-cuu?p=3", "/vi/tin-tuc/tin-hoat-dong?p=3", "/vi/tin-tuc?p=0",
                   "/vi/tin-tuc?p=abc", "/en", "/vi/binh-chon"]:
        assert fetch(server, target)[0] == 404, target


def test_redirects_and_twins(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/vi"
    status, _, headers = fetch(server, "/vi/van-ban/")
    assert status == 301 and headers["Location"] == "/vi/van-ban"
    status, _, headers = fetch(server, "/tin-tuc/thong-bao")
    assert status == 301 and headers["Location"] == "/vi/tin-tuc/thong-bao"
    status, _, headers = fetch(server, portal.article_path(portal.A1) + "/")
    assert status == 301 and headers["Location"] == portal.article_path(portal.A1)
    _, home, _ = fetch(server, "/vi")
    _, a4, _ = fetch(server, portal.article_path(portal.A4))
    assert f'href="{portal.route(portal.A1)}"' in home and f'href="{portal.route(portal.B1)}"' in a4


def test_pager_and_page_two_only_articles(server: PortalServer) -> None:
    hidden = {portal.article_path(portal.A5), portal.route(portal.A5),
              portal.article_path(portal.D4), portal.route(portal.D4)}
    page_one = ["/vi", "/vi/tin-tuc", "/vi/tin-tuc/tin-hoat-dong", "/vi/nghien-cuu",
                *[portal.article_path(s) for s in portal.STORIES if s not in (portal.A5, portal.D4)],
                *[f"/vi/tin-tuc?tags={quote(t)}" for t in portal.TAGS]]
    for target in page_one:
        status, body, _ = fetch(server, target)
        assert status == 200
        assert not hidden & set(re.findall(r'href="([^"?#]+)"', body)), target
    for listing, story in [("/vi/tin-tuc/tin-hoat-dong", portal.A5), ("/vi/tin-tuc", portal.A5),
                           ("/vi/nghien-cuu", portal.D4)]:
        _, first, _ = fetch(server, listing)
        assert 'href="?p=2"' in first and "Trang sau »" in first
        status, second, _ = fetch(server, listing + "?p=2")
        assert status == 200 and f'href="{portal.article_path(story)}"' in second
        assert f'<link rel="canonical" href="{server.base_url}{listing}"/>' in second
        assert 'href="?p=1"' in second and "Trang sau" not in second
    # lists print the "changed" day, not the publication day
    _, listing, _ = fetch(server, "/vi/tin-tuc/tin-hoat-dong")
    item = _between(listing, f'id="it-{portal.A1.id}"', "</p>")
    assert "05/12/2026" in item and "04/12/2026" not in item


def test_every_article_is_reachable_and_the_crawl_is_bounded(server: PortalServer) -> None:
    """Breadth-first over every same-host link (redirects followed, assets skipped)."""
    seen: set[str] = set()
    landed: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        for _ in range(5):
            requests += 1
            status, body, headers = fetch(server, target)
            if status in (301, 302):
                parts = urlsplit(urljoin(server.url(target), headers["Location"]))
                target = parts.path + (f"?{parts.query}" if parts.query else "")
                seen.add(target)
                continue
            break
        if status != 200:
            continue
        landed.add(target)
        for href in re.findall(r'href="([^"]*)"', body):
            href = href.replace("&amp;", "&")
            if href.startswith(("javascript:", "mailto:", "tel:", "#")):
                continue
            parts = urlsplit(urljoin(server.url(target), href))
            if parts.netloc != f"{server.host}:{server.port}" or _ASSET.search(parts.path):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                queue.append(nxt)
    for g in portal.GOLD:
        assert g["path"] in landed, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in landed, target
    assert requests <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), requests


def test_images_and_files_are_served(server: PortalServer) -> None:
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/media/1491/download/danh-sach-hoc-vien-duoc-cap-chung-chi.pdf?v=1")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
