"""Self-checks of the nukeviet40_school_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet40_school_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form" and a.get("action"):
            self.links.append(a["action"])
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _parse(body: str) -> _Text:
    parser = _Text()
    parser.feed(body)
    return parser


def _page_text(body: str) -> str:
    return collapse("".join(_parse(body).parts))


def _is_static(path: str) -> bool:
    return bool(re.search(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", path, re.I))


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


def test_gold_pages_answer_with_title(server):
    for record in portal.GOLD:
        for target in [record["path"], *record.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert record["title"] in _page_text(body), target


def test_gold_fields_on_page(server):
    for record in portal.GOLD:
        status, body, _ = fetch(server, record["path"])
        assert status == 200
        text = _page_text(body)
        for para in record["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (record["path"], cell)
        if record["summary"]:
            assert record["summary"] in text
        for name in record["authors"] + record["photographers"]:
            assert name in text, (record["path"], name)
        if record["source"]:
            assert record["source"] in text
        for img in record["images"]:
            assert img["path"] in body, (record["path"], img)
            if img["caption"]:
                assert img["caption"] in text
            assert fetch(server, img["path"])[0] == 200
        assert record["category"] in _html.unescape(body)
        pub = record["published_at"]
        day = f"{pub[8:10]}/{pub[5:7]}/{pub[0:4]}"
        letterhead = f"ngày {int(pub[8:10])} tháng {int(pub[5:7])} năm {pub[0:4]}"
        assert day in text or letterhead in text, (record["path"], day)
        if "T" in pub:
            assert f"{day} {pub[11:16]}" in text


def test_savefile_is_attachment(server):
    story = portal.BY_ID[325]
    status, _, headers = fetch(server, portal.save_path(story))
    assert status == 200
    assert "attachment" in headers.get("Content-Disposition", "")


def test_all_gold_reachable_within_budget(server):
    seen: set[str] = set()
    queue = [portal.START_PATH]
    pages = 0
    while queue:
        target = queue.pop(0)
        if target in seen:
            continue
        seen.add(target)
        status, body, _ = fetch(server, target)
        pages += 1
        assert status == 200, target  # every printed link answers

        for href in _parse(body).links:
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin("http://h" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "h":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if _is_static(parts.path) or nxt in seen:
                continue
            queue.append(nxt)
    for record in portal.GOLD:
        assert record["path"] in seen, record["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert pages <= 3 * (13 + len(portal.NON_ARTICLES)), pages
    # the second category's listing links the cross-filed post under its own alias
    assert portal.post_path(portal.BY_ID[327], "hoat-dong-nha-truong") in seen
    print("pages fetched:", pages)


def test_page_two_only(server):
    _, first, _ = fetch(server, "/news/hoat-dong-nha-truong/")
    status, second, _ = fetch(server, "/news/hoat-dong-nha-truong/page-2")
    assert status == 200
    oldest = portal.post_path(portal.BY_ID[288])
    assert oldest in second and oldest not in first


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path


@pytest.mark.parametrize(
    "target",
    [
        "/news/hoat-dong-nha-truong/khong-co-bai-999.html",
        "/news/thong-bao/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026-318.html",
        "/news/hoat-dong-nha-truong/page-9",
        "/news/topic/khong-co",
        "/about/khong-co.html",
        "/index.php?language=vi&nv=news&op=abc",
        "/news/savefile/hoat-dong-nha-truong/"
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026-318.html",
        "/khong-ton-tai/",
    ],
)
def test_unknown_404(server, target):
    assert fetch(server, target)[0] == 404
