"""Self-checks of the keystone_next_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import keystone_next_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"', re.I)
_SKIP = ("/_next/", "/images/", "/files/", "/favicon.ico")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _text(page: str) -> str:
    """Visible text of a page: scripts dropped, React's separators and tags removed."""
    page = re.sub(r"<script\b.*?</script>", " ", page, flags=re.S | re.I)
    page = page.replace("<!-- -->", "")
    page = re.sub(r"</t([dh])>\s*<t[dh]\b[^>]*>", " | ", page)
    page = re.sub(r"<(br|/p|/li|/h\d|/tr|/figcaption|/div|/td|/th)\b[^>]*>", "\n", page)
    page = re.sub(r"<[^>]+>", "", page)
    return collapse(_html.unescape(page))


def _local(server: PortalServer, href: str, base: str) -> str | None:
    absolute = urljoin(server.url(base), _html.unescape(href))
    parts = urlsplit(absolute)
    if parts.netloc != urlsplit(server.base_url).netloc:
        return None
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    if target.startswith(_SKIP):
        return None
    return target


def test_contract_shape():
    assert portal.NAME == "keystone_next_tct"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    h1 = re.search(r'<h1 class="ctbv_tieuDe__x3Kq1">(.*?)</h1>', body, re.S)
    assert h1 and collapse(_html.unescape(h1.group(1))) == gold["title"]
    crumbs = re.search(r'<nav class="dm_duongDan__R5".*?</nav>', body, re.S).group(0)
    assert _html.escape(gold["category"], quote=False) in crumbs
    text = _text(body)
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    for img in gold["images"]:
        assert f'src="{_html.escape(img["path"])}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body
    # the printed date: the local day (and time when there is one) of published_at
    pub = gold["published_at"]
    day = "/".join(reversed(pub[:10].split("-")))
    if "T" in pub:
        assert f"{pub[11:16]} {day}" in text
    elif "Kon Tum, ngày" not in text:
        assert f"00:00 {day}" in text
    else:
        y, m, d = pub.split("-")
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    data = re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', body)
    assert json.loads(data.group(1))["props"]["pageProps"]["post"]["title"] == gold["title"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    assert gold["alt_paths"]
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body
        assert _html.escape(gold["title"], quote=False) in body


def test_reachable_from_start_within_budget(server):
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        fetched += 1
        assert status == 200, target
        for href in _HREF.findall(body):
            if href.startswith("#"):
                continue
            local = _local(server, href, target)
            if local and local not in seen:
                seen.add(local)
                queue.append(local)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # every page a naive link-follower fetches, variants included, stays within the budget
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_oldest_article_only_behind_page_links(server):
    s13 = "/bai-viet/hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027"
    _, home, _ = fetch(server, "/")
    _, first, _ = fetch(server, "/tin-tuc")
    assert s13 not in home and s13 not in first
    assert 'href="?page=2"' in first and 'data-trang="3"' in first
    _, second, _ = fetch(server, "/tin-tuc?page=2")
    assert 'href="?page=3"' in second
    _, third, _ = fetch(server, "/tin-tuc?page=3")
    assert f'href="{s13}"' in third
    _, cat2, _ = fetch(server, "/chuyen-muc/tin-hoat-dong?page=2")
    assert f'href="{s13}"' in cat2


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Đăng lúc" not in body


def test_static_and_images(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    assert fetch(server, "/_next/static/chunks/main-9f3c2a71.js")[0] == 200
    assert fetch(server, "/files/245-tb-tct.pdf")[0] == 200


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai",
        "/bai-viet/khong-co-bai-nay",
        "/chuyen-muc/khong-co",
        "/dao-tao/khong-co",
        "/tin-tuc?page=abc",
        "/gioi-thieu/khong-co",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_trailing_slash_redirects(server):
    gold = portal.GOLD[0]
    status, _, headers = fetch(server, gold["path"] + "/")
    assert status == 308 and headers["Location"] == gold["path"]
