"""Self-check of the Joomla 3 + ZOO (Trường THCS) fixture portal: the fixture against itself.

Never the crawler: a gold target that 404s, an article no link reaches, gold text the page does
not print, or a site that needs more requests than the budget would waste the blind crawl.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import joomla_zoo_thcs as portal
from tests.portals._selfcheck import fetch

_ASSET = re.compile(r"\.(jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_HREF = re.compile(r"""<a\b[^>]*?\bhref=["']([^"']*)["']""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees, in one line: scripts, comments and bare superscripts gone, cells joined."""
    s = re.sub(r"<script\b.*?</script>", " ", markup, flags=re.S | re.I)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"<sup\b.*?</sup>", "", s, flags=re.S | re.I)
    s = re.sub(r"</t[dh]>\s*<t[dh]\b[^>]*>", " | ", s, flags=re.I)
    s = re.sub(r"</?(?:a|span|strong|em|b|i|u|font)\b[^>]*>", "", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    s = _html.unescape(s).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).strip()


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value)).strip()


def _links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    page_url = server.url(target)
    for raw in _HREF.findall(body):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(page_url).netloc:
            continue
        if _ASSET.search(parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


@pytest.fixture(scope="module")
def crawl(server):
    """Breadth-first over every same-host page link from START_PATH: target -> linking pages."""
    seen: dict[str, set[str]] = {portal.START_PATH: set()}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        assert status == 200, f"linked page {target} answers {status}"
        for link in _links(server, target, body):
            if link not in seen:
                seen[link] = set()
                queue.append(link)
            seen[link].add(target)
    return seen, fetched


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [p for g in portal.GOLD for p in g.get("alt_paths", [])]
    assert len(set(paths + alts)) == len(paths) + len(alts)
    assert not set(portal.NON_ARTICLES) & set(paths + alts)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_pages_print_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert "text/html" in headers.get("Content-Type", "")
        seen = page_text(body)
        assert gold["title"] in seen, target
        for para in gold["body"].split("\n\n"):
            assert _norm(para) in seen, (target, para)
        if gold["summary"]:
            assert gold["summary"] in seen
        for name in gold["authors"] + gold["photographers"]:
            assert name in seen, (target, name)
        if gold["source"]:
            assert gold["source"] in seen
        for img in gold["images"]:
            assert f'src="{img["path"]}"' in body, (target, img)
            if img["caption"]:
                assert img["caption"] in seen, (target, img["caption"])
        assert gold["category"] in seen


def _printed_days(iso: str) -> list[str]:
    y, m, d = iso[:10].split("-")
    return [f"{d} Tháng {int(m)} {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_dates_are_printed(server, gold):
    _, body, _ = fetch(server, gold["path"])
    seen = page_text(body)
    assert any(form in seen for form in _printed_days(gold["published_at"])), gold["published_at"]
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in seen
    else:
        assert portal.HEADER_TODAY in seen


def test_gold_and_non_articles_reachable(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_crawl_budget(crawl):
    _, fetched = crawl
    assert fetched <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), fetched


def test_some_articles_only_past_page_one(crawl):
    seen, _ = crawl
    for story in (portal.T4, portal.C4):
        linkers = seen[portal.item_path(story)]
        assert linkers == {portal.cat_path(story.cat, 2)}, linkers
    assert portal.cat_path("tin-tuc-su-kien", 2).endswith("/2")
    assert portal.cat_path("hoat-dong-chuyen-mon", 2).endswith("?page=2")


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert portal.HEADER_TODAY in page_text(body)


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay",
        "/tin-tuc/item/bai-viet-khong-ton-tai",
        "/tin-tuc/category/tin-tuc-su-kien/9",
        "/tin-tuc/category/chuyen-muc-la",
        "/thong-bao/52-sai-alias",
        "/thong-bao?start=8",
        "/index.php?option=com_content&view=article&id=999",
        "/van-ban/item/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404, target


def test_both_pager_forms_serve_the_same_listing(server):
    def items(target: str) -> list[str]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        return re.findall(r'<h2 class="pos-title"><a [^>]*href="(/tin-tuc/item/[^"]+)"', body)

    for alias in ("tin-tuc-su-kien", "hoat-dong-chuyen-mon"):
        slash, query = items(f"/tin-tuc/category/{alias}/2"), items(f"/tin-tuc/category/{alias}?page=2")
        assert slash and slash == query
        assert not set(slash) & set(items(f"/tin-tuc/category/{alias}"))


def test_chrome_is_not_in_gold(server):
    """Bylines of CMS accounts, comment text and the other items' teasers stay out of the gold."""
    for gold in portal.GOLD:
        assert "quantri" not in gold["authors"]
        assert "Super User" not in gold["authors"]
        assert "Xem tiếp" not in gold["body"]
        assert "Sửa đổi lần cuối" not in gold["body"]
        assert "Nơi nhận" not in gold["body"]
        assert "Tải về" not in gold["body"]
    _, body, _ = fetch(server, portal.item_path(portal.T1))
    assert "Các tin khác" in body and 'class="element element-textarea first last"><div><p>' in body


def test_encodings_as_stored(server):
    _, body, _ = fetch(server, portal.item_path(portal.C2))
    assert "&#7889;" in body or "&agrave;" in body
    _, body, _ = fetch(server, portal.item_path(portal.T3))
    assert unicodedata.normalize("NFD", "trải nghiệm") in body
    _, body, _ = fetch(server, portal.notice_path(portal.N1))
    assert "mso-list: Ignore" in body and "Số: 128/TB-THCSNT" in body
