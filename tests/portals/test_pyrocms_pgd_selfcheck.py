"""Self-checks of the pyrocms_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import pyrocms_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.post_path(s): s for s in portal.ARTICLES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    """Visible text with block breaks; script/style and superscripts left out."""

    BLOCK = frozenset({"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "br", "figcaption", "blockquote", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "sup"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "sup"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def page_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return collapse(unicodedata.normalize("NFC", "".join(parser.out)))


class _Links(HTMLParser):
    """<a href> targets and GET forms (submitted with their default values)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[tuple[str, str, dict[str, str]]] = []
        self._form: tuple[str, str, dict[str, str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self._form = (a.get("action") or "", (a.get("method") or "get").lower(), {})
            self.forms.append(self._form)
        elif (
            tag == "input"
            and self._form is not None
            and a.get("name")
            and a.get("type") not in ("radio", "checkbox", "submit")
        ):
            self._form[2][a["name"]] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def _local(base: str, href: str) -> str | None:
    url = urljoin(base, href.strip())
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
        return None
    path = parts.path.replace(" ", "%20")
    for ch in set(path):
        if ord(ch) > 127:
            path = path.replace(ch, "".join(f"%{b:02X}" for b in ch.encode("utf-8")))
    return path + (f"?{parts.query}" if parts.query else "")


def _is_static(target: str) -> bool:
    return target.startswith(("/files/", "/app/"))


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk from START_PATH over links and GET forms: what a plain crawler sees."""
    start = portal.START_PATH
    seen = {start}
    queue = deque([start])
    pages: dict[str, tuple[int, str]] = {}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        pages[target] = (status, body)
        if status != 200 or target.endswith(".xml"):
            continue
        parser = _Links()
        parser.feed(body)
        base = server.url(target)
        found = list(parser.links)
        for action, method, fields in parser.forms:
            if method == "get":
                found.append(action + "?" + urlencode(fields))
        for href in found:
            local = _local(base, href.split("#")[0]) if href.split("#")[0] else None
            if local and local not in seen and not _is_static(local):
                seen.add(local)
                queue.append(local)
    return pages


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["category"] in portal.CATS.values()
        assert g["published_at"] and g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][7:40])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    h2 = re.search(r'<h2 class="tde-bv">(.*?)</h2>', body, re.S)
    assert h2 and collapse(_html.unescape(h2.group(1))) == gold["title"]
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        if " | " in para:
            for cell in para.split(" | "):
                assert cell in text, cell
        else:
            assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    story = STORY_BY_PATH[gold["path"]]
    when = portal._when(story)
    assert f"{when:%d/%m/%Y - %H:%M}" in text


def test_date_decisions(server):
    by_slug = {g["path"].rsplit("/", 1)[1]: g for g in portal.GOLD}
    midnight = by_slug[portal.S7.slug]
    assert midnight["published_at"] == "2026-11-05"
    _, body, _ = fetch(server, midnight["path"])
    assert "05/11/2026 - 00:00" in page_text(body)
    assert 'content="2026-11-04T17:00:00+00:00"' in body
    notice = by_slug[portal.S9.slug]
    assert notice["published_at"] == "2026-11-30" and notice["authors"] == ["Lê Văn Thắng"]
    _, body, _ = fetch(server, notice["path"])
    text = page_text(body)
    assert "Thạch Hà, ngày 30 tháng 11 năm 2026" in text and "01/12/2026 - 07:45" in text
    for chrome in ("THÔNG BÁO", "Nơi nhận", "TRƯỞNG PHÒNG", "Số: 412/TB-PGDĐT"):
        assert chrome in text and chrome not in notice["body"]
    updated = by_slug[portal.S10.slug]
    _, body, _ = fetch(server, updated["path"])
    assert "Cập nhật: 05/12/2026 08:10" in page_text(body)
    assert updated["published_at"] == "2026-12-04T17:05:00+07:00"


def test_body_excludes_chrome_and_markers(server):
    for g in portal.GOLD:
        for bad in ("Đăng bởi", "Tin cùng chuyên mục", "Từ khóa", "Tệp đính kèm", "Xem thêm", "Chia sẻ:",
                    "Ảnh:", "Tin, ảnh", "Theo Báo", "bientap01", "pgd.thachha", "\u0301"):
            assert bad not in g["body"], (g["path"], bad)
    s6 = GOLD_BY_PATH[portal.post_path(portal.S6)]
    assert "22/2021/TT-BGDĐT." in s6["body"] and "TT-BGDĐT2" not in s6["body"]
    assert "bài học.[1] Nội dung" in s6["body"]
    s5 = GOLD_BY_PATH[portal.post_path(portal.S5)]
    assert "\n\nTrình bày biện pháp" in s5["body"]
    _, body, _ = fetch(server, portal.post_path(portal.S5))
    assert "mso-list:Ignore" in body
    _, body, _ = fetch(server, portal.post_path(portal.S4))
    assert unicodedata.normalize("NFD", "được thành lập năm 1965") in body


@pytest.mark.parametrize("gold", [g for g in portal.GOLD if g.get("alt_paths")], ids=lambda g: g["path"][7:40])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert page_text(body) == page_text(main)


def test_every_gold_article_reachable_within_budget(crawl):
    for g in portal.GOLD:
        assert crawl.get(g["path"], (0,))[0] == 200, g["path"]
    for path in portal.NON_ARTICLES:
        assert crawl.get(path, (0,))[0] == 200, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(crawl) <= budget, sorted(crawl)


def test_old_posts_only_on_later_listing_pages(server):
    _, home, _ = fetch(server, "/")
    hidden = [portal.S2, portal.S6, portal.S12]
    for s in hidden:
        assert portal.post_path(s) not in home
        for other in portal.ARTICLES:
            _, body, _ = fetch(server, portal.post_path(other))
            assert f'href="{portal.post_path(s)}"' not in body or other is s
    _, p1, _ = fetch(server, "/posts/category/tin-tuc-su-kien")
    _, p2, _ = fetch(server, "/posts/category/tin-tuc-su-kien?page=2")
    assert portal.post_path(portal.S2) not in p1 and portal.post_path(portal.S2) in p2
    assert 'rel="next">Trang sau' in p1


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<html" in body


@pytest.mark.parametrize(
    "path",
    ["/khong-ton-tai", "/posts/bai-viet-khong-co", "/posts/category/khong-co", "/van-ban/999",
     "/posts/2026/01/01/" + portal.S1.slug, "/posts/archive/2025/01", "/thu-vien-anh/khong-co"],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_trailing_slash_redirects(server):
    status, _, headers = fetch(server, portal.post_path(portal.S1) + "/")
    assert status == 301 and headers["Location"].endswith(portal.post_path(portal.S1))


def test_images_and_files_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
    status, _, headers = fetch(server, "/files/van-ban/TB-412-PGDDT-thi-HSG-lop-9.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
