"""Self-checks of the joomla3_t3_blog_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla3_t3_blog_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and a.get("action"):
            self.forms.append(a["action"])


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in ("p", "br", "li", "td", "tr", "h1", "h2", "h3", "div", "dd", "section"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    return collapse(unicodedata.normalize("NFC", "".join(parser.parts)))


def _local(href: str, page: str) -> str | None:
    url = urljoin("http://127.0.0.1" + page, _html.unescape(href))
    parts = urlsplit(url)
    if parts.netloc != "127.0.0.1" or parts.scheme != "http":
        return None
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    if re.search(r"\.(jpe?g|png|gif|pdf|css|js|ico)$", parts.path, re.I):
        return None
    return target


def crawl(server, skip=lambda target: False, forms: bool = False) -> dict[str, tuple[int, str]]:
    seen: dict[str, tuple[int, str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen or skip(target):
            continue
        status, body, _ = fetch(server, target)
        seen[target] = (status, body)
        assert len(seen) < 400, "crawl does not end"
        if status != 200:
            continue
        parser = _Links()
        parser.feed(body)
        for href in parser.links + (parser.forms if forms else []):
            nxt = _local(href, target)
            if nxt and nxt not in seen:
                queue.append(nxt)
    return seen


def _h1(body: str) -> str | None:
    m = re.search(r'<h1 class="article-title" itemprop="headline">(.*?)</h1>', body, re.S)
    return collapse(_html.unescape(m.group(1))) if m else None


def test_contract():
    assert portal.NAME == "joomla3_t3_blog_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] and g["published_at"].startswith("2026-1")
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 12, g["path"]
    for s in portal.STORIES:
        for b in s.blocks:
            if isinstance(b, portal.P):
                assert "/var/" not in b.text


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        assert _h1(body) == g["title"], g["path"]
        for alt in g["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert _h1(body) == g["title"], alt


def test_gold_fields_on_page(server):
    for story, g in zip(portal.STORIES, portal.GOLD, strict=True):
        target = g["path"]
        if story.opts.get("pages"):
            target += "?showall=1&limitstart="
        status, body, _ = fetch(server, target)
        assert status == 200
        text = page_text(body)
        for para in g["body"].split("\n\n"):
            if portal.EMAIL in para:
                before, _after = para.split(portal.EMAIL)
                assert before.strip() in text and portal.EMAIL.split("@")[0] in body
                continue
            for piece in para.split(" | "):  # table rows: cells joined by " | "
                assert piece in text, (g["path"], piece)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in _html.unescape(body) or img["caption"] in text
        # the visible publication date matches the gold; the UTC microdata does not
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        if "T" in g["published_at"]:
            hm = g["published_at"][11:16]
            assert re.search(rf"Ngày đăng: \w+ \w+, {d} Tháng {int(m)} {y} {hm}", text), g["path"]
        else:
            assert f"Ngày đăng: {d}-{m}-{y}" in text, g["path"]
        raw = re.search(r'itemprop="datePublished" content="([^"]+)"', body).group(1)
        assert "+" not in raw and not raw.startswith(day + " " + g["published_at"][11:16])
        assert f'<a href="{portal.CATS[story.cat].path}" itemprop="genre">{g["category"]}</a>' in body


def test_pagebreak_article_split(server):
    g = next(g for g in portal.GOLD if g["path"].startswith("/index.php/chuyen-mon/hoat-dong-chuyen-mon/205-"))
    paras = g["body"].split("\n\n")
    seen = []
    for target in (g["path"], g["path"] + "?start=1", g["path"] + "?start=2"):
        status, body, _ = fetch(server, target)
        assert status == 200 and "Mục lục bài viết" in body
        section = body.split('itemprop="articleBody">', 1)[1].split("</section>", 1)[0]
        part = [p for p in paras if p in page_text(section)]
        assert part, target
        seen += part
    assert seen == paras


def test_crawl_reaches_everything_and_duplicates_are_alt_paths(server):
    seen = crawl(server)
    by_title = {g["title"]: g for g in portal.GOLD}
    for g in portal.GOLD:
        assert g["path"] in seen and seen[g["path"]][0] == 200, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen and seen[path][0] == 200, path
    for target, (status, body) in seen.items():
        if status != 200:
            continue
        title = _h1(body)
        if title in by_title:
            g = by_title[title]
            assert target == g["path"] or target in g["alt_paths"], target
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    # the forms' actions (vote, search, login, contact) lead nowhere unbounded either
    with_forms = crawl(server, forms=True)
    for target, (status, body) in with_forms.items():
        title = _h1(body) if status == 200 else None
        if title in by_title:
            g = by_title[title]
            assert target == g["path"] or target in g["alt_paths"], target


def test_some_articles_only_via_page_two(server):
    def deep(target: str) -> bool:
        m = re.search(r"[?&](?:limit)?start=(\d+)", target)
        is_listing = not re.search(r"/\d+(-[a-z0-9-]+)?(\?|$)", target.split("?")[0] + "?")
        return bool(m and int(m.group(1)) > 0 and is_listing)

    seen = crawl(server, skip=deep)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(missing) >= 2, missing


def test_listing_pagination(server):
    status, body, _ = fetch(server, "/index.php/tin-tuc")
    assert status == 200 and "Trang 1 / 5" in body and 'href="/index.php/tin-tuc?start=8"' in body
    for target in ("/index.php/tin-tuc?limitstart=0", "/tin-tuc?start=2", "/index.php/tin-tuc?limitstart=8"):
        assert fetch(server, target)[0] == 200, target
    status, body, _ = fetch(server, "/index.php/tin-tuc?start=8")
    assert "Trang 5 / 5" in body
    # 188 has no readmore: its whole text in the listing, no "Đọc tiếp" for it
    assert "Bùi Ngọc Ánh" in body and "Đọc tiếp: Tuổi trẻ" not in body


def test_restricted_item_and_non_articles(server):
    status, body, _ = fetch(server, "/index.php/tin-tuc/tin-nha-truong/206-ket-qua-danh-gia-xep-loai-vien-chuc-thang-10-2026")
    assert status == 403 and "Bạn không được phép" in body
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert _h1(body) not in {g["title"] for g in portal.GOLD}


def test_unknown_paths_404(server):
    for target in (
        "/khong-co-trang-nay",
        "/index.php/tin-tuc/tin-nha-truong/999-khong-co",
        "/index.php/tin-tuc/tin-nha-truong/214-sai-alias",
        "/index.php/tin-tuc/doan-thanh-nien/214-truong-thpt-chu-van-an-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "/index.php/tin-tuc?start=3",
        "/index.php/tin-tuc?start=10",
        "/index.php/gioi-thieu",
        "/index.php/component/tags/tag/4-khong-co",
    ):
        assert fetch(server, target)[0] == 404, target


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for name in ("home", "tmp", "work"):
        assert f"/{name}/" not in source
