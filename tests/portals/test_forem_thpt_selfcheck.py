"""Self-checks of the forem_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import forem_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

ICT = timezone(timedelta(hours=7))
HREF = re.compile(r'href="([^"]+)"')


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<(script|style|title)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<sup\b[^>]*>.*?</sup>", "", page, flags=re.S)  # bare footnote calls
    page = re.sub(r"</t([hd])>\s*<t[hd]>", " | ", page)  # table cells
    page = re.sub(r"</?(span|a|strong|em|code)\b[^>]*>", "", page)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _crawl(server: PortalServer) -> tuple[dict[str, str], set[str], int]:
    """Breadth-first over same-host links from START_PATH: pages, redirect sources, requests."""
    pages: dict[str, str] = {}
    redirected: set[str] = set()
    queue = [portal.START_PATH]
    seen = set(queue)
    requests = 0
    while queue:
        target = queue.pop(0)
        requests += 1
        status, body, headers = fetch(server, target)
        found: list[str] = []
        if status in (301, 302):
            redirected.add(target)
            found.append(headers["Location"])
        elif status == 200:
            pages[target] = body
            found = [_html.unescape(h) for h in HREF.findall(body)]
        for href in found:
            absolute = urljoin(server.url(target), href)
            parts = urlsplit(absolute)
            if parts.netloc != f"{server.host}:{server.port}" or parts.scheme != "http":
                continue
            if parts.path.startswith(("/images/", "/uploads/", "/assets/")):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return pages, redirected, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_page(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        text = _text(body)
        assert gold["title"] in text
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
        assert collapse(_html.unescape(h1.group(1))) == gold["title"]
        for para in gold["body"].split("\n\n"):
            assert para in text, para
        for name in gold["authors"] + gold["photographers"]:
            assert name in text, name
        if gold["source"]:
            assert gold["source"] in text
        for img in gold["images"]:
            assert _html.escape(img["path"]) in body
            if img["caption"]:
                assert img["caption"] in text
        assert gold["category"] in text


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[-1])
def test_gold_date(server, gold):
    _, body, _ = fetch(server, gold["path"])
    stamp = re.search(r'Đăng ngày <time datetime="([^"]+)"', body).group(1)
    local = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(ICT)
    if len(gold["published_at"]) == 10:  # the notice: letterhead day
        day, month, year = gold["published_at"][8:], gold["published_at"][5:7], gold["published_at"][:4]
        assert f"ngày {int(day)} tháng {int(month)} năm {year}" in body
    else:
        assert local.isoformat() == gold["published_at"]


def test_utc_day_trap(server):
    gold = portal.GOLD[0]
    _, body, _ = fetch(server, gold["path"])
    assert 'Đăng ngày <time datetime="2026-11-19T23:30:00Z" class="date-no-year">19 thg 11</time>' in body
    assert gold["published_at"] == "2026-11-20T06:30:00+07:00"


def test_reachability_and_budget(server):
    pages, redirected, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in pages, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert redirected  # the moved post and the reading list
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_n02_not_on_first_listings(server):
    n02 = portal.GOLD[1]["path"]
    _, page1, _ = fetch(server, "/t/tintuc")
    _, page2, _ = fetch(server, "/t/tintuc?page=2")
    _, home, _ = fetch(server, "/")
    _, org, _ = fetch(server, "/truong-nguyen-trai")
    assert f'href="{n02}"' in page2
    for page in (page1, home, org):
        assert f'href="{n02}"' not in page


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_redirect_and_images(server):
    status, _, headers = fetch(server, "/quantri_nt/doi-tuyen-robotics-gianh-giai-nhi-toan-quoc-0ayq")
    assert status == 301
    assert headers["Location"] == "/truong-nguyen-trai/doi-tuyen-robotics-gianh-giai-nhi-toan-quoc-0ayq"
    img = portal.GOLD[0]["images"][0]["path"]
    status, _, headers = fetch(server, img)
    assert status == 200 and headers["Content-Type"] == "image/jpeg"


def test_not_body(server):
    gold = {g["path"]: g for g in portal.GOLD}
    s05 = gold["/hs_minhanh/huong-dan-cai-dat-python-cho-hoc-sinh-lop-10-2hd8"]
    _, body, _ = fetch(server, s05["path"])
    assert "Enter fullscreen mode" in body and "Enter fullscreen mode" not in s05["body"]
    assert 'print("Xin chào, Nguyễn Trãi!")' in s05["body"]
    assert body.count("crayons-article__series__list") == 2
    s08 = gold["/lananh_van/cam-nhan-ve-dep-bi-trang-trong-bai-tho-tay-tien-6pzm"]
    _, body, _ = fetch(server, s08["path"])
    assert "↩" in _html.unescape(body) and "↩" not in s08["body"]
    assert "Em cảm ơn cô!" in body and "Em cảm ơn cô!" not in s08["body"]


@pytest.mark.parametrize(
    "target",
    [
        "/no-such-page",
        "/t/khongco",
        "/t/tintuc?page=3",
        "/t/tintuc?page=0",
        "/truong-nguyen-trai/khong-co-bai-nay-zz99",
        "/hs_minhanh/series/99",
        "/hs_minhanh/comment/zzzz",
        "/hs_minhanh/vong-lap-for-va-while-k8ra/comments",
    ],
)
def test_unknown_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404
