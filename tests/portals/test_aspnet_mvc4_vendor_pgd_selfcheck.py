"""Self-checks of the aspnet_mvc4_vendor_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_mvc4_vendor_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    page = re.sub(r"<!--.*?-->", " ", page, flags=re.S)
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", page)))


def _crawl(server) -> dict[str, str]:
    """Breadth-first over plain links from START_PATH, same host, no static files."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        seen[target] = body
        for href in _HREF.findall(body):
            href = _html.unescape(href).strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            absolute = urljoin("http://fixture.invalid" + target, href)
            parts = urlsplit(absolute)
            if parts.netloc != "fixture.invalid" or parts.path.lower().endswith(_STATIC):
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
        assert len(seen) < 200, "crawl does not end"
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return _crawl(server)


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_pages_answer_with_their_fields(server, gold):
    for target in [gold["path"], *gold.get("alt_paths", [])]:
        status, body, headers = fetch(server, target)
        assert status == 200, target
        assert headers.get("X-AspNetMvc-Version") == "4.0"
        text = _text(body)
        assert gold["title"] in text
        m = re.search(r'<h2 class="td-ct">(.*?)</h2>', body)
        assert m and collapse(_html.unescape(m.group(1))) == gold["title"]
        assert f'rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body
        for para in gold["body"].split("\n\n"):
            for cell in para.split(" | "):
                assert cell in text, (target, cell)
        for name in gold["authors"] + gold["photographers"]:
            assert name in text
        if gold["source"]:
            assert gold["source"] in text
        if gold["published_at"]:
            y, mo, d = gold["published_at"][:10].split("-")
            assert f"Ngày đăng: {d}/{mo}/{y}" in text
        assert gold["category"] in text
        for img in gold["images"]:
            if "path" in img:
                resolved = {
                    urlsplit(urljoin(server.url(target), _html.unescape(src))).path
                    for src in re.findall(r'(?:src|data-original)="([^"]+)"', body)
                }
                assert img["path"] in resolved
                assert fetch(server, img["path"])[0] == 200
            if img["caption"]:
                assert img["caption"] in text


def test_razor_encodes_latin1_letters(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "&#7897;" not in body  # only U+00A0..U+00FF are referenced
    assert "Gi&#225;o" in body or "gi&#225;o" in body


def test_everything_reachable_within_budget(crawled):
    reached = set(crawled)
    for gold in portal.GOLD:
        assert gold["path"] in reached or any(a in reached for a in gold.get("alt_paths", [])), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    # the oldest post is only on page 3 of its category
    assert "/chuyen-muc/tin-tuc-su-kien-2.html?page=3" in reached
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(crawled) <= budget, (len(crawled), budget)


def test_oldest_post_only_on_last_page(crawled):
    oldest = portal.GOLD[-1]["path"]
    pages_linking = [
        t for t, body in crawled.items() if f'href="{oldest}"' in body and not t.startswith("/tin-tuc/")
    ]
    assert pages_linking == ["/chuyen-muc/tin-tuc-su-kien-2.html?page=3"], pages_linking


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_xem_them_partial(server):
    status, body, _ = fetch(server, "/Home/XemThem?trang=2")
    assert status == 200 and "<html" not in body and "/tin-tuc/" in body
    status, body, _ = fetch(server, "/Home/XemThem?trang=9")
    assert status == 200 and body.strip() == ""


@pytest.mark.parametrize(
    "target",
    [
        "/tin-tuc/khong-ton-tai-99999.html",
        "/chuyen-muc/khong-co-99.html",
        "/gioi-thieu/khong-co.html",
        "/van-ban/1",
        "/TinTuc/ChiTiet/1",
        "/khong-co-trang-nay",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404
