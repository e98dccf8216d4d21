"""Self-checks of the pivotx_thcs fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import pivotx_thcs as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_LINK = re.compile(
    r"""<(?:a|link)\b[^>]*?\bhref\s*=\s*["']([^"']+)["']"""
    r"""|<option\b[^>]*?\bvalue\s*=\s*["']([^"']+)["']"""
    r"""|<form\b[^>]*?\bmethod\s*=\s*["']get["'][^>]*?\baction\s*=\s*["']([^"']+)["']""",
    re.I,
)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup, flags=re.I)
    return collapse(_html.unescape(_TAG.sub(" ", markup)))


def local_links(markup: str, here: str) -> list[str]:
    out = []
    for groups in _LINK.findall(markup):
        raw = next(g for g in groups if g)
        url = urljoin("http://fixture.invalid" + here, _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != "fixture.invalid" or not parts.path.startswith("/"):
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if re.search(r"\.(jpg|png|gif|css|js|pdf)$", parts.path, re.I):
            continue
        out.append(target)
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over links, option values and GET form actions, as a sensible crawler."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        if target in seen:
            continue
        status, body, _ = fetch(server, target)
        if status != 200:
            seen[target] = ""
            continue
        seen[target] = body
        for link in local_links(body, urlsplit(target).path):
            if link not in seen:
                queue.append(link)
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers.get("Content-Type", "")
        text = page_text(body)
        assert gold["title"] in text
        for para in gold["body"].split("\n\n"):
            assert para in text, (target, para)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["summary"]:
            assert gold["summary"] in text
        assert gold["category"] in text
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body
            if img["caption"]:
                assert img["caption"] in text
            status_img, _, img_headers = fetch(server, img["path"])
            assert status_img == 200 and img_headers["Content-Type"].startswith("image/")


def test_dates_are_printed(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        value = gold["published_at"]
        day = value[:10]
        y, m, d = day.split("-")
        letterhead = f"ngày {int(d)} tháng {int(m)} năm {y}"
        leaf = f'<span class="d">{d}</span><span class="m">Th{int(m)}</span><span class="y">{y}</span>'
        assert leaf in body or letterhead in body, gold["path"]
        if len(value) > 10:
            hour, minute = int(value[11:13]), value[14:16]
            shown = f"{hour % 12 or 12:02d}:{minute} {'SA' if hour < 12 else 'CH'}"
            assert f"lúc {shown}" in body


def test_every_gold_and_non_article_is_reachable(crawled):
    reached = {t for t, b in crawled.items() if b}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in reached, alt
    for target in portal.NON_ARTICLES:
        assert target in reached, target


def test_some_articles_only_on_later_pages(crawled):
    first_pages = [crawled["/"]] + [b for t, b in crawled.items() if t.startswith("/category/") and t.count("/") == 2]
    later = [b for t, b in crawled.items() if re.match(r"^/category/[a-z-]+/\d+$", t)]
    only_later = [
        g for g in portal.GOLD if all(g["path"] not in b for b in first_pages) and any(g["path"] in b for b in later)
    ]
    assert len(only_later) >= 3


def test_request_budget(crawled):
    pages = [t for t in crawled if not t.startswith("/rss")]
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(pages)


def test_non_articles_answer(server):
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert "<h2" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang",
        "/entry/999-khong-co",
        "/entry/13-sai-duong-dan",
        "/?e=999",
        "/?e=abc",
        "/?c=khong-co",
        "/?p=khong-co",
        "/?w=khac",
        "/category/tin-tuc/9",
        "/category/khong-co",
        "/archive/2025-m01",
        "/tag/khong-co",
        "/?x=1",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_gold_fields_from_hand():
    by_path = {g["path"]: g for g in portal.GOLD}
    g13 = by_path[portal.entry_href(portal.BY_ID[13])]
    assert g13["summary"] and g13["body"].startswith(g13["summary"])
    assert g13["published_at"] == "2026-12-04T09:15:00+07:00"
    g7 = by_path[portal.entry_href(portal.BY_ID[7])]
    assert g7["published_at"] == "2026-11-12"
    assert "Chi đội 8A: 152 kg\n\nChi đội 9B: 140 kg" in g7["body"]
    g9 = by_path[portal.entry_href(portal.BY_ID[9])]
    assert g9["published_at"] == "2026-11-30" and g9["authors"] == ["Nguyễn Văn Thắng"]
    assert "Nơi nhận" not in g9["body"] and "CỘNG HÒA" not in g9["body"]
    g4 = by_path[portal.entry_href(portal.BY_ID[4])]
    assert g4["published_at"] == "2026-11-02T12:10:00+07:00"
    assert "Ngày | Khối 6, 7 | Khối 8, 9" in g4["body"]
    g8 = by_path[portal.entry_href(portal.BY_ID[8])]
    assert [i["caption"] for i in g8["images"]] == ["Các đại biểu dự Lễ kỷ niệm", None, None]
    g6 = by_path[portal.entry_href(portal.BY_ID[6])]
    assert "/entry/6-hoi-giang-cap-truong" in g6["alt_paths"]


def test_entity_encoded_entry_reads_as_text(server):
    gold = next(g for g in portal.GOLD if g["path"].startswith("/entry/2-"))
    _, body, _ = fetch(server, gold["path"])
    assert "&#" in body
    for para in gold["body"].split("\n\n"):
        assert para in page_text(body)
