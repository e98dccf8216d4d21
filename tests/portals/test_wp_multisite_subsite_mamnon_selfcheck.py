"""Self-checks of the wp_multisite_subsite_mamnon fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_multisite_subsite_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""(?:href|action)\s*=\s*["']([^"'#]*)""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def links(server, target: str, markup: str) -> list[str]:
    out = []
    for raw in _HREF.findall(markup):
        url = urljoin(server.url(target), html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server, start: str, keep, limit: int = 400) -> dict[str, int]:
    """Breadth-first over same-host links that ``keep`` accepts (redirects followed once)."""
    seen: dict[str, int] = {}
    queue = deque([start])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in seen or not keep(target):
            continue
        status, body, headers = fetch(server, target)
        seen[target] = status
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            queue.append(loc.path + (f"?{loc.query}" if loc.query else ""))
            continue
        if status == 200 and "html" in headers.get("Content-Type", ""):
            queue.extend(t for t in links(server, target, body) if t not in seen)
    return seen


def is_page(target: str) -> bool:
    path = urlsplit(target).path
    return not re.search(r"\.(jpe?g|png|gif|css|js|pdf|ico)$", path) and "wp-login.php" not in path \
        and "wp-comments-post" not in path and "/wp-json/" not in path


def in_subsite(target: str) -> bool:
    return target.startswith("/mnsonca/") and is_page(target)


def test_thirteen_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_page_prints_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    for alt in gold.get("alt_paths", []):
        if re.search(r"/\d+/$", alt):
            alt_status, alt_body, _ = fetch(server, alt)
            assert alt_status == 200
            text += " " + page_text(alt_body)
            body += alt_body
    assert gold["title"] in text
    m = re.search(r'<h1 class="entry-title">(.*?)</h1>', body)
    assert collapse(html.unescape(m.group(1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'"{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    day = gold["published_at"][:10]
    assert f'datetime="{day}' in body
    # the published time the page prints, 12-hour Vietnamese clock
    hh, mm = int(gold["published_at"][11:13]), gold["published_at"][14:16]
    assert f"lúc {hh % 12 or 12}:{mm} {'sáng' if hh < 12 else 'chiều'}" in text


def test_alt_paths_serve_or_redirect_to_the_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert urlsplit(headers["Location"]).path == gold["path"]
            else:
                assert status == 200, alt
                assert gold["title"] in page_text(body)


def test_every_article_reachable_from_start(server):
    seen = crawl(server, portal.START_PATH, in_subsite)
    for gold in portal.GOLD:
        assert seen.get(gold["path"]) == 200, gold["path"]
    for path in portal.NON_ARTICLES:
        assert seen.get(path) == 200, path
    # a sensible crawl of the subsite stays within budget
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_page_two(server):
    seen = crawl(server, portal.START_PATH, lambda t: in_subsite(t) and "/page/" not in t)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in seen]
    assert len(missing) == 3, missing


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in (
        "/mnsonca/khong-co-trang-nay/",
        "/mnsonca/2026/11/khong-co-bai-nay/",
        "/mnsonca/category/tin-tuc-su-kien/page/3/",
        "/mnsonca/?p=999999",
        "/mnsonca/2026/10/be-vui-ngay-hoi-doc-sach-cung-ba-me/2/",
        "/khong-ton-tai/",
    ):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_network_traps(server):
    # the same post id on a sibling subsite is another article
    status, _, headers = fetch(server, "/mnsonca2/?p=1468")
    assert status == 301 and "/mnsonca2/2026/11/" in headers["Location"]
    status, _, headers = fetch(server, "/mnsonca/?p=1468")
    assert status == 301 and headers["Location"].endswith(portal.GOLD[4]["path"])
    # the cross-posted article points its canonical at the main site
    broadcast = next(g for g in portal.GOLD if g["canonical_path"] != g["path"])
    _, body, _ = fetch(server, broadcast["path"])
    assert re.search(rf'rel="canonical" href="http://[^"]+{re.escape(broadcast["canonical_path"])}"', body)
    status, main_copy, _ = fetch(server, broadcast["canonical_path"])
    assert status == 200 and broadcast["title"] in page_text(main_copy)
    # the prefix-sharing sibling is linked from the subsite and serves posts in the same template
    _, home, _ = fetch(server, "/mnsonca/")
    assert 'href="/mnsonca2/"' in home
    seen = crawl(server, "/mnsonca2/", lambda t: t.startswith("/mnsonca2/") and is_page(t))
    assert any(re.match(r"/mnsonca2/2026/\d\d/[^/]+/$", t) for t in seen)


def test_trap_markup_present(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "lazy_placeholder.gif" in body and "data-src=" in body and "<noscript>" in body
    assert "gallery-caption" in body and "/img_2031/" in body and "?replytocom=61" in body
    assert "https://www.youtube.com/watch?v=Qx7bSonCa26" in body
    _, toc, _ = fetch(server, next(g["path"] for g in portal.GOLD if "tay-chan-mieng" in g["path"]))
    assert "ez-toc-container" in toc and "Mục lục" in toc
    _, raw, _ = fetch(server, next(g["path"] for g in portal.GOLD if "boi-duong" in g["path"]))
    assert "[wpdm_package id='142'" in raw
    upper = portal.GOLD[2]["alt_paths"][0]
    assert "%C3%A9" in upper and fetch(server, upper)[0] == 200
    status, _, headers = fetch(server, "/mnsonca/category/hoat-dong-cua-be/page/1/")
    assert status == 301
    status, _, headers = fetch(server, "/mnsonca")
    assert status == 301 and headers["Location"].endswith("/mnsonca/")


def test_feed_and_statics(server):
    status, body, headers = fetch(server, "/mnsonca/feed/")
    assert status == 200 and "rss" in headers["Content-Type"] and body.count("<item>") == 10
    for gold in portal.GOLD:
        for img in gold["images"]:
            assert fetch(server, img["path"])[0] == 200
