"""Self-checks of the php_vendor_sso_edu_portal_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import php_vendor_sso_edu_portal_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".doc", ".docx")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


_INLINE = re.compile(r"</?(?:b|i|u|em|strong|span|font|a|sup|sub)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def page_text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = _INLINE.sub("", body)
    return collapse(_html.unescape(_TAG.sub(" ", body)))


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _local_targets(base_target: str, body: str) -> list[str]:
    parser = _Links()
    parser.feed(body)
    out = []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + base_target, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(STATIC_EXT):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        if status != 200:
            continue
        for nxt in _local_targets(target, body):
            if nxt not in seen and not skip(nxt):
                seen.add(nxt)
                queue.append(nxt)
    return seen, fetched


def test_contract_shape():
    assert portal.NAME == "php_vendor_sso_edu_portal_tct"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert 3 <= len(g["body"].split("\n\n")) <= 12, g["path"]
        if g["published_at"]:
            assert g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")


def test_gold_paths_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], g["canonical_path"], *g.get("alt_paths", [])]:
            status, body, headers = fetch(server, target)
            assert status == 200, target
            assert "text/html" in headers.get("Content-Type", "")
            assert g["title"] in page_text(body), target


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    seen, fetched = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for target in portal.NON_ARTICLES:
        assert target in seen, target
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_behind_page_two(server):
    seen, _ = crawl(server, skip=lambda t: bool(re.search(r"[?&]p=([2-9]|\d\d)", t)))
    hidden = {g["path"] for g in portal.GOLD if g["path"] not in seen}
    assert hidden == {"/index.php?act=detail&id=322&cat=2", "/index.php?act=detail&id=316&cat=2"}
    # and no other form of them either
    for g in portal.GOLD:
        if g["path"] in hidden:
            assert not set(g["alt_paths"]) & seen


def test_gold_fields_appear_on_the_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in txt, (g["path"], cell)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
            assert g["summary"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            src = img["path"].lstrip("/")
            assert f'src="{src}"' in body, (g["path"], src)
            assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in txt
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        printed = f"{d}/{m}/{y}"
        if g["path"].endswith("id=340&cat=5"):
            printed = f"ngày {d} tháng {m} năm {y}"
        assert printed in txt, (g["path"], printed)
        assert g["category"] in txt


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "Người đăng:" not in body


def test_soft_errors_and_unknown_paths(server):
    status, body, _ = fetch(server, "/index.php?act=detail&id=87")
    assert status == 200 and "không tồn tại" in body
    status, body, _ = fetch(server, "/index.php?act=list&cat=5&p=2")
    assert status == 200 and "Chưa có tin" in body and "Xem tiếp" not in body
    status, body, _ = fetch(server, "/index.php?act=list&cat=5")
    assert "p=2" in body  # the vendor's "Xem tiếp »" on a full last page
    for target in ["/khong-co-trang-nay.php", "/index.php?act=khongco", "/files/2026/khongco.txt",
                   "/index.php?act=list&cat=99", "/tin-tuc/341.html"]:
        assert fetch(server, target)[0] == 404, target
    status, _, headers = fetch(server, "/sso.php?returnUrl=index.php")
    assert status == 302 and not headers["Location"].startswith(server.base_url)


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work|Users)/", source)
