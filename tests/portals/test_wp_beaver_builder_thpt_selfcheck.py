"""Self-checks of the wp_beaver_builder_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_beaver_builder_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_INLINE = {"a", "strong", "em", "b", "i", "span", "sup", "sub", "u", "font"}
_SKIP = {"script", "style", "title", "noscript"}


class _Text(HTMLParser):
    """Page text: inline tags glue, block tags separate; scripts skipped; emoji images dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag not in _INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in _INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(body: str) -> str:
    parser = _Text()
    parser.feed(body)
    return collapse("".join(parser.parts))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def links_of(body: str, page: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.links:
        absolute = urljoin("http://h" + page, href)
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != "h":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def test_module_shape():
    assert portal.NAME == "wp_beaver_builder_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_serves_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    assert '<h2 class="fl-heading">' in body
    for para in gold["body"].split("\n\n"):
        if " | " in para:  # a table row: its cells, in order, in the row
            assert re.search(r"\s+".join(re.escape(c) for c in para.split(" | ")), text), para
        else:
            assert para in text, para
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert gold["summary"] in text
    assert f"» {gold['category']} »" in text
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert gold["title"] in page_text(alt_body)


def test_dates_printed_and_jsonld_is_utc(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        ld = json.loads(re.search(r'yoast-schema-graph">(.*?)</script>', body).group(1))
        published = ld["@graph"][0]["datePublished"]
        assert published.endswith("+00:00")
        if gold["published_at"] and "T" in gold["published_at"]:
            assert datetime.fromisoformat(published) == datetime.fromisoformat(gold["published_at"])
    story = portal.BY_SLUG["doan-truong-trao-tang-ao-am-mua-dong-cho-hoc-sinh-vung-cao"]
    _, body, _ = fetch(server, f"/{story.slug}/")
    assert "2026-12-01T23:15:00+00:00" in body and "2 Tháng Mười Hai, 2026 lúc 6:15 SA" in body


def test_reachable_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    pages = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        pages += 1
        if status in (301, 302):
            nxt = urlsplit(urljoin("http://h" + target, headers["Location"])).path
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, target
        for link in links_of(body, urlsplit(target).path):
            if re.search(r"\.(jpe?g|png|gif|pdf|css|js)$", urlsplit(link).path, re.I):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (13 + len(portal.NON_ARTICLES))
    assert pages <= budget, pages


def test_oldest_posts_only_behind_page_two(server):
    _, body, _ = fetch(server, "/")
    first_pages = set(links_of(body, "/"))
    for target in ["/tin-tuc/", "/chuyen-muc/tin-tuc-su-kien/"]:
        _, b, _ = fetch(server, target)
        first_pages |= set(links_of(b, target))
    for slug in ("truong-tham-gia-hoi-khoe-phu-dong-cap-thanh-pho",
                 "tap-huan-ky-nang-phong-chay-chua-chay-cho-hoc-sinh"):
        assert f"/{slug}/" not in first_pages
    _, b, _ = fetch(server, "/tin-tuc/")
    assert 'style="display:none;"' in b and "/tin-tuc/?fl_builder_paged=2" in b


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path
    for bad in ["/khong-co-bai-nay/", "/chuyen-muc/thong-bao/page/9/", "/tin-tuc/?fl_builder_paged=9",
                "/chuyen-muc/khong-co/", "/tag/khong-co/", "/?p=99999",
                f"/{portal.STORIES[0].slug}/?replytocom=777"]:
        status, _, _ = fetch(server, bad)
        assert status == 404, bad
    status, _, headers = fetch(server, f"/{portal.STORIES[0].slug}")
    assert status == 301 and headers["Location"] == f"/{portal.STORIES[0].slug}/"


def test_trap_markup_present(server):
    _, body, _ = fetch(server, "/trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11/")
    assert "data-lazy-src=" in body and "<noscript><img" in body
    assert "fl-photo-caption-hover" in body and "Đăng bởi" in body
    assert "Cập nhật: 22 Tháng Mười Một, 2026" in body
    _, body, _ = fetch(server, "/doan-truong-trao-tang-ao-am-mua-dong-cho-hoc-sinh-vung-cao/")
    assert "fl-visible-mobile" in body
    assert 'class="breadcrumb_last"' in body
    _, body, _ = fetch(server, "/hoi-dap-ve-ky-thi-chon-hoc-sinh-gioi-cap-tinh-nam-hoc-2026-2027/")
    assert "fl-accordion-button-label" in body and "12:00 SA" in body
    assert _html.unescape("&#8220;") in _html.unescape(body)
