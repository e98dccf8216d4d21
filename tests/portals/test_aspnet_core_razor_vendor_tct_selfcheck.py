"""Self-checks of the aspnet_core_razor_vendor_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import aspnet_core_razor_vendor_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""<a\b[^>]*?\shref=["']([^"']+)["']""", re.IGNORECASE)
_CANON = re.compile(r"""<link rel="canonical" href="([^"]+)\"""")
_TAG = re.compile(r"<[^>]+>")
_INLINE = re.compile(r"</?(a|b|strong|em|i|u|span|sup)\b[^>]*>", re.IGNORECASE)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """The page's text: tags dropped, references decoded, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = _INLINE.sub("", page.replace("<br />", "\n"))
    return collapse(_html.unescape(_TAG.sub(" ", page)))


def _crawl(server: PortalServer, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH; returns targets seen and requests made."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        requests += 1
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        for href in _HREF.findall(body):
            href = _html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            parts = urlsplit(urljoin("http://fixture.invalid" + target, href))
            if parts.netloc != "fixture.invalid":
                continue
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if re.search(r"\.(jpg|png|gif|pdf|ico|css|js)$", parts.path, re.I) or parts.path == "/img/resize":
                continue
            if path not in seen and not skip(path):
                seen.add(path)
                queue.append(path)
    return seen, requests


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert portal.NAME == "aspnet_core_razor_vendor_tct"
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) >= 2


def test_gold_pages_answer_with_title_and_canonical(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in _plain(body), target
            canon = _CANON.search(body)
            assert canon and urlsplit(canon.group(1)).path == g["canonical_path"], target


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        plain = _plain(body)
        for para in g["body"].split("\n\n"):
            assert para in plain, (g["path"], para[:60])
        if g["summary"]:
            assert g["summary"] in plain
        for name in g["authors"] + g["photographers"]:
            assert name in plain, (g["path"], name)
        if g["source"]:
            assert g["source"] in plain
        for img in g["images"]:
            assert f'data-src="{_html.escape(img["path"])}"' in body, img["path"]
            if img["caption"]:
                assert img["caption"] in plain
        assert g["category"] in plain
        # the invariant-culture date line of the page (trap 1)
        posted = portal.BY_ID[int(g["path"].rsplit("-", 1)[1])].opts["posted"]
        y, mo, d = posted[:10].split("-")
        assert f"{mo}/{d}/{y} {posted[11:]}:00" in body


def test_widgets_not_in_gold_body():
    for g in portal.GOLD:
        assert "Tin mới" not in g["body"]
        assert "Nghe đọc" not in g["body"]
        assert "tct_admin" not in g["body"]
        assert "tct_admin" not in g["authors"]


def test_every_gold_article_and_non_article_is_reachable(server):
    seen, requests = _crawl(server)
    for g in portal.GOLD:
        targets = {g["path"], *g.get("alt_paths", [])}
        assert targets & seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_page_two(server):
    seen, _ = _crawl(server, skip=lambda target: "pageIndex=" in target and "pageIndex=1" not in target)
    hidden = [g for g in portal.GOLD if not ({g["path"], *g.get("alt_paths", [])} & seen)]
    assert sorted(int(g["path"].rsplit("-", 1)[1]) for g in hidden) == [1297, 1299, 1302]


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert 'rel="canonical"' not in body


def test_unknown_paths_404(server):
    for target in ["/khong-co-trang-nay", "/tin-tuc/khong-co", "/tin-tuc/tin-hoat-dong/abc-99999",
                   "/Home/ChiTiet/99999", "/van-ban/1"]:
        assert fetch(server, target)[0] == 404, target


def test_paging_edges_and_post(server):
    status, body, _ = fetch(server, "/tin-tuc/tin-hoat-dong?pageIndex=9")
    assert status == 200 and "Chưa có bài viết" in _plain(body)
    assert fetch(server, "/Tin-Tuc/Tin-Hoat-Dong")[0] == 200
    assert fetch(server, "/img/resize?w=800&src=%2Fuploads%2Fx.jpg")[2]["Content-Type"] == "image/jpeg"


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)
