"""Self-checks of the vendor_school_network_thpt fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vendor_school_network_thpt as portal
from tests.portals._common import collapse, esc
from tests.portals._selfcheck import fetch

PREFIX = f"/{portal.PREFIX}/"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.base: str | None = None
        self.hrefs: list[str] = []
        self.imgs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        elif tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.imgs.append(a["src"])


def _links(server, target: str, body: str) -> tuple[list[str], list[str]]:
    parser = _Links()
    parser.feed(body)
    base = parser.base or server.url(target)
    out, imgs = [], []
    for href in parser.hrefs:
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        parts = urlsplit(urljoin(base, href))
        if parts.netloc != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    for src in parser.imgs:
        parts = urlsplit(urljoin(base, src))
        imgs.append(parts.path)
    return out, imgs


def _crawl(server, skip=lambda t: False) -> tuple[set[str], int]:
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            nxt = urlsplit(headers["Location"]).path
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for link in _links(server, target, body)[0]:
            if not link.startswith(PREFIX) or link in seen or skip(link):
                continue
            if re.search(r"\.(pdf|jpg|png|gif)$", link) or "tim-kiem" in link or "quan-tri" in link:
                continue
            seen.add(link)
            queue.append(link)
    return seen, fetched


def _text(body: str) -> str:
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].split("/")[3])
def test_gold_pages(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert f'<div class="tde-tin"><span>{esc(gold["title"])}</span>' in body
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert urlsplit(canonical).path == gold["canonical_path"]
    visible = body.split('id="noidung_', 1)[1].split('<div class="chiase">', 1)[0]
    visible = visible.split('<div class="tin-dinhkem">', 1)[0]
    text = _text(visible)
    for para in gold["body"].split("\n\n"):
        assert para.replace(" | ", " ") in _text(body), para  # table cells: " | " in the gold
    # the visible text (sapo aside) holds each paragraph once, in order
    pos = 0
    paras = gold["body"].split("\n\n")
    if gold["summary"] and f'<h2 class="mo-ta">{esc(gold["summary"])}</h2>' in body:
        paras = paras[1:]
    for para in paras:
        para = para.replace(" | ", " ")
        found = text.find(para, pos)
        assert found >= 0, para
        pos = found + len(para)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    _, imgs = _links(server, portal.START_PATH, visible)  # the page's <base>
    assert [i["path"] for i in gold["images"]] == imgs
    for img in gold["images"]:
        assert fetch(server, img["path"])[0] == 200
        if img["caption"]:
            assert img["caption"] in text
    y, m, d = gold["published_at"][:10].split("-")
    assert f"{d}/{m}/{y}" in body or f"ngày {int(d)} tháng {int(m)} năm {y}" in body
    assert gold["category"] in body
    for alt in gold.get("alt_paths", []):
        status, alt_body, _ = fetch(server, alt)
        assert status == 200
        assert f'<div class="tde-tin"><span>{esc(gold["title"])}</span>' in alt_body
        assert canonical in alt_body


def test_reachable_and_budget(server):
    seen, fetched = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen or set(gold.get("alt_paths", [])) & seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_only_via_page_two(server):
    seen, _ = _crawl(server, skip=lambda t: "trang=2" in t)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(missing) >= 2, missing


def test_network_home_lists_other_schools(server):
    status, body, _ = fetch(server, "/")
    assert status == 200
    for school in portal.OTHER_SCHOOLS:
        assert f'href="/{school}/"' in body
        assert fetch(server, f"/{school}/")[0] == 200
    for (school, pid), story in portal.OTHER_POSTS.items():
        assert fetch(server, f"/{school}/tin-tuc/{pid}/{story.slug}.html")[0] == 200


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_404(server):
    for target in (
        "/khong-co-trang-nay",
        f"{PREFIX}tin-tuc/9999/khong-co.html",
        f"{PREFIX}tin-tuc/2873/tin-tuc/2873/x.html",
        f"{PREFIX}tin-tuc/2871/thcs-him-lam-to-chuc-ngay-hoi-doc-sach-nam-2026.html",
        f"{PREFIX}tin-tuc/danh-muc/3?trang=9",
        f"{PREFIX}index.php?mod=tintuc&act=chitiet&id=1",
        f"{PREFIX}upload/tintuc/2026_12/khong-co.jpg",
    ):
        assert fetch(server, target)[0] == 404, target
    status, _, headers = fetch(server, f"/{portal.PREFIX}")
    assert status == 301 and headers["Location"].endswith(PREFIX)
