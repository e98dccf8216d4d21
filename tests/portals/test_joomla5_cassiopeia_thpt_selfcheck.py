"""Self-checks of the joomla5_cassiopeia_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import base64
import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla5_cassiopeia_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD_BY_PATH = {g["path"]: g for g in portal.GOLD}
_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".svg")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _unmask(markup: str) -> str:
    """What a browser shows for the email-cloaking web component: the address."""

    def repl(m: re.Match) -> str:
        first = base64.b64decode(m.group(1)).decode()
        last = base64.b64decode(m.group(2)).decode()
        return f"{first}@{last}"

    return re.sub(r'<joomla-hidden-mail[^>]*first="([^"]*)" last="([^"]*)"[^>]*>.*?</joomla-hidden-mail>',
                  repl, markup, flags=re.S)


def page_text(markup: str) -> str:
    markup = _unmask(markup)
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(_html.unescape(markup))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links_of(markup: str, target: str) -> list[str]:
    parser = _Links()
    parser.feed(markup)
    out = []
    for href in parser.hrefs:
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first walk over every on-site link from START_PATH: pages seen and who links where."""
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        assert status == 200, (target, status)
        seen[target] = body
        for nxt in links_of(body, target):
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                queue.append(nxt)
    return seen, linked_from


def test_module_contract():
    assert portal.NAME == "joomla5_cassiopeia_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Tin tức", "Hoạt động Đoàn", "Thông báo"}
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
    with open(portal.__file__, encoding="utf-8") as fh:
        src = fh.read()
    assert not re.search(r"(?<![\w.])/(home|tmp|work|Users)/", src)


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_gold_fields_appear_on_page(server):
    for g in portal.GOLD:
        status, raw, _ = fetch(server, g["path"])
        assert status == 200
        txt = page_text(raw)
        if g["path"].startswith("/tin-tuc/55-"):  # the whole text is on "Tất cả các trang"
            raw_all = fetch(server, g["path"] + portal.PB_ALL)[1]
            txt_all = page_text(raw_all)
        else:
            raw_all, txt_all = raw, txt
        for para in g["body"].split("\n\n"):
            # a table row's cells are joined by " | " in the gold, by cell borders on the page
            assert para.replace(" | ", " ") in txt_all, (g["path"], para[:60])
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            assert img["path"] in raw_all
            if img["caption"]:
                assert img["caption"] in txt_all
        date = g["published_at"]
        if "T" in date:
            assert f'datetime="{date}"' in raw
        elif g["path"].startswith("/thong-bao/62-"):
            assert "ngày 03 tháng 12 năm 2026" in txt
        else:
            y, m, d = date.split("-")
            assert f"{d} Tháng {int(m)} {y}" in txt


def test_gold_never_holds_chrome(server):
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for junk in ("Cỡ chữ", "Chia sẻ", "Tin liên quan", "{youtube}", "Trang 1 của 2", "Mục lục bài viết",
                 "Nơi nhận", "HIỆU TRƯỞNG", "Tác giả:", "Nguồn tin:", "bảo vệ khỏi chương trình thư rác",
                 "Tệp đính kèm", "Tải mẫu đơn", "Bí thư Đoàn trường</", "Ban Giám hiệu"):
        assert junk not in bodies, junk


def test_everything_reachable_within_budget(crawl):
    seen, _ = crawl
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_page_two(crawl):
    _, linked_from = crawl
    for prefix in ("/tin-tuc/hoat-dong-doan/44-", "/thong-bao/45-"):
        path = next(g["path"] for g in portal.GOLD if g["path"].startswith(prefix))
        sources = linked_from[path]
        assert sources and all("start=" in src for src in sources), sources


def test_multipage_article(server):
    g = next(g for g in portal.GOLD if g["path"].startswith("/tin-tuc/55-"))
    last = g["body"].split("\n\n")[-1]
    first = g["body"].split("\n\n")[0]
    one = page_text(fetch(server, g["path"])[1])
    two = page_text(fetch(server, g["path"] + portal.PB_PAGE2)[1])
    assert first in one and last not in one and "Trang 1 của 2" in one
    assert last in two and first not in two


def test_cloaked_email_is_not_in_the_bytes(server):
    status, raw, _ = fetch(server, portal.MENU_ALIAS_59)
    assert status == 200
    assert portal.MAIL_VP not in raw
    assert portal.MAIL_VP in page_text(raw)
    assert "<h1> Thi thử tốt nghiệp THPT </h1>" in raw


def test_hits_change_between_requests(server):
    a = fetch(server, portal.GOLD[0]["path"])[1]
    b = fetch(server, portal.GOLD[0]["path"])[1]
    assert a != b


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


@pytest.mark.parametrize("target", [
    "/khong-ton-tai",
    "/tin-tuc/99-khong-co-bai-nay",
    "/tin-tuc/hoat-dong-doan/58-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    "/component/tags/tag/khong-co",
    "/tin-tuc?start=40",
])
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
