"""Self-checks of the wp_zakra_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_zakra_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible-ish text: scripts dropped, tags removed, references decoded, whitespace collapsed."""
    page = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = re.sub(r"<br\s*/?>|</(p|li|td|th|h\d|div|figcaption)>", " ", page, flags=re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", "", page)))


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1""", re.I | re.S)


def _crawl(server) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Follow every same-host <a href> from START_PATH; assets and fragments aside."""
    host = urlsplit(server.url("/")).netloc
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        seen[target] = body
        for _q, href in _HREF.findall(body):
            href = _html.unescape(href)
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.scheme != "http" or parts.netloc != host:
                continue
            if parts.path.startswith(("/wp-content/", "/wp-includes/")):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
    return seen, linked_from


@pytest.fixture(scope="module")
def crawl(server):
    return _crawl(server)


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert g["category"] in {name for _cid, name in portal.CATS.values()}
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2][:40])
def test_gold_paths_answer_with_title(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert gold["title"] in _text(body), target


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 2)[-2][:40])
def test_gold_fields_on_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = _text(body)
    flat = _squash(text)
    for para in gold["body"].split("\n\n"):
        # a table row's cells are joined by " | " in the gold, by cell borders on the page
        assert _squash(para.replace(" | ", "")) in flat, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    assert gold["category"] in text
    for img in gold["images"]:
        assert img["path"] in body
        if img["caption"]:
            assert _squash(img["caption"]) in flat, img["caption"]
    # (the story's own stamp: the gold keeps the day the page shows, the house's convention)
    date = next((st.published_at for st in portal.STORIES if gold["path"].rstrip("/").endswith(st.slug)), gold["published_at"])
    if "T" in date:
        assert 'class="entry-date published' in body and f'datetime="{date}"' in body
    elif gold["path"].endswith("tuyen-sinh-bo-sung-tre-nha-tre-nam-hoc-2026-2027/"):
        assert "ngày 30 tháng 11 năm 2026" in text
    else:
        y, m, d = date.split("-")
        assert f'datetime="{date}T00:00:00+07:00"' in body and f"{d}/{m}/{y}" in text


def test_chrome_stays_out_of_gold():
    bodies = "\n".join(g["body"] for g in portal.GOLD)
    for chrome in (
        "Lượt xem",
        "Tuyển sinh trẻ từ 18 tháng",
        "Nội dung chính",
        "Xem thêm",
        "Ảnh: Hoàng Yến",
        "THÔNG BÁO",
        "Nơi nhận",
        "Tin, ảnh",
        "Hoàng Thị Lan – Phó",
        "Theo Báo",
        "Nguồn:",
        "BBT",
        "Bảng tổng hợp",
        "Đang online",
        "quantri",
    ):
        assert chrome not in bodies, chrome
    assert "“3 sạch”: ăn sạch, uống sạch, ở sạch.[2]" in bodies
    assert "- Số đầu sách được bổ sung cho thư viện: 352 cuốn." in bodies
    assert "Theo kế hoạch, nhà trường" in bodies


def test_everything_reachable_within_budget(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(seen) <= budget, (len(seen), budget)


def test_oldest_posts_only_on_page_two(crawl):
    _, linked_from = crawl
    for story in (portal.T4, portal.H4):
        sources = linked_from[portal.permalink(story)] - {portal.permalink(story), portal.permalink(story) + "print/"}
        assert sources, story.slug
        assert all("/page/" in src for src in sources), sorted(sources)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'class="entry-date published' not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay/",
        "/2026/11/bai-viet-khong-ton-tai/",
        "/chuyen-muc/tin-tuc-su-kien/page/9/",
        "/chuyen-muc/khong-co/",
        "/tag/khong-co/",
        "/page/2/",
        "/van-ban/khong-co/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_redirects(server):
    status, _, headers = fetch(server, f"/?p={portal.T1.id}")
    assert status == 301 and headers["Location"].endswith(portal.permalink(portal.T1))
    status, _, headers = fetch(server, "/chuyen-muc/thong-bao/page/1/")
    assert status == 301 and headers["Location"].endswith("/chuyen-muc/thong-bao/")


def test_lazy_images_keep_real_file_out_of_src(server):
    status, body, _ = fetch(server, portal.permalink(portal.H1))
    assert status == 200
    srcs = re.findall(r'<img data-lazyloaded="1" src="([^"]+)"', body)
    assert srcs and all(s.startswith("data:image/svg+xml;base64,") for s in srcs)


def test_utc_meta_disagrees_with_midnight_day(server):
    _, body, _ = fetch(server, portal.permalink(portal.T3))
    assert 'article:published_time" content="2026-10-27T17:00:00+00:00"' in body
