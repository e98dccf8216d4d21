"""Self-checks of the zyro_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import zyro_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

BUDGET = 3 * (13 + len(portal.NON_ARTICLES))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


_BLOCK_END = re.compile(r"</(p|h[1-6]|li|div|section|ul|ol|nav|header|footer|form|label)>|<br\s*/?>", re.I)


def lines(page: str) -> list[str]:
    """The page's text, one line per block element, NFC and whitespace-collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    page = _BLOCK_END.sub("\n", page)
    page = re.sub(r"<[^>]+>", "", page)
    page = unicodedata.normalize("NFC", _html.unescape(page))
    return [c for c in (collapse(x) for x in page.split("\n")) if c]


def hrefs(base: str, page: str) -> list[str]:
    out = []
    for m in re.finditer(r"<(?:a|form)\b[^>]*?\s(?:href|action)=\"([^\"]*)\"", page, re.I):
        url = urljoin(base, _html.unescape(m.group(1)))
        parts = urlsplit(url)
        if parts.scheme in ("http", "https") and parts.netloc == urlsplit(base).netloc:
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[set[str], int]:
    """Breadth-first over links and form actions from START_PATH; returns pages seen, requests."""
    seen: set[str] = set()
    ok: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen or re.search(r"\.(jpg|png|svg|css|js|ico)$", urlsplit(target).path):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            queue.append(urljoin(server.url(target), headers["Location"]).split(server.base_url, 1)[-1])
            continue
        if status != 200:
            continue
        ok.add(target)
        queue.extend(hrefs(server.url(target), body))
    return ok, requests


def test_contract():
    assert portal.NAME == "zyro_thpt"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:30])
def test_gold_page(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = lines(body)
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    assert collapse(unicodedata.normalize("NFC", _html.unescape(h1))) == gold["title"]
    # every body paragraph is one printed line, in order
    positions = [text.index(p) for p in gold["body"].split("\n\n")]
    assert positions == sorted(positions)
    if gold["summary"]:
        assert text[positions[0]] == gold["summary"]
    joined = "\n".join(text)
    for name in gold["authors"] + gold["photographers"]:
        assert name in joined
    if gold["source"]:
        assert any(line.endswith(gold["source"]) and len(line) < len(gold["source"]) + 12 for line in text)
    for im in gold["images"]:
        assert f'src="{_html.escape(im["path"])}"' in body
        if im["caption"]:
            assert any(im["caption"] in line for line in text)
    assert gold["category"] in text
    y, m, d = (int(x) for x in gold["published_at"].split("-"))
    blog_header = re.search(r'class="block-blog-header__date">([^<]*)<', body).group(1)
    assert blog_header == f"{d} thg {m}, {y}" or f"ngày {d} tháng {m} năm {y}" in joined
    assert f'rel="canonical" href="{server.base_url}{gold["canonical_path"]}"' in body


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][1:30])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert f'rel="canonical" href="{server.base_url}{gold["path"]}"' in body


def test_reachable_within_budget(server):
    ok, requests = crawl(server)
    for gold in portal.GOLD:
        assert {gold["path"], *gold["alt_paths"]} & ok, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok
    assert requests <= BUDGET, requests


def test_oldest_posts_only_behind_pagers(server):
    """Posts 2 and 6 are on no listing's first page nor in 'Bài viết khác'."""
    first_pages = ["/", "/tin-nha-truong", "/hoat-dong-chs", "/guong-mat-ky-uc"]
    first_pages += [g["path"] for g in portal.GOLD]
    hidden = {portal.S2.slug, portal.S6.slug}
    for target in first_pages:
        if target.lstrip("/") in hidden:
            continue
        _, body, _ = fetch(server, target)
        for slug in hidden:
            assert f"/{slug}\"" not in body, (target, slug)


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "block-blog-header" not in body


def test_unknown_and_draft_paths_404(server):
    _, body, _ = fetch(server, "/")
    data = json.loads(re.search(r'id="zyro-site-data">(.*?)</script>', body, re.S).group(1).replace("<\\/", "</"))
    drafts = [p["slug"] for p in data["pages"].values() if p.get("isDraft") or p.get("isScheduled")]
    assert len(drafts) == 2
    for target in ["/khong-co-trang-nay", "/blog/khong-co", "/blog", *[f"/{d}" for d in drafts]]:
        assert fetch(server, target)[0] == 404, target


def test_trailing_slash_redirects(server):
    status, _, headers = fetch(server, "/lien-he/")
    assert status == 301 and headers["Location"] == "/lien-he"


def test_images_served(server):
    for gold in portal.GOLD:
        for im in gold["images"]:
            status, _, headers = fetch(server, im["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_nfd_post_is_decomposed_on_the_wire(server):
    _, body, _ = fetch(server, f"/{portal.S13.slug}")
    assert unicodedata.normalize("NFD", "Trần Hải Yến") in body
    assert "Trần Hải Yến" not in body.split("<main", 1)[1].split("block-blog-list", 1)[0]
