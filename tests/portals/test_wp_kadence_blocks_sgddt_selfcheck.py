"""Self-checks of the wp_kadence_blocks_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_kadence_blocks_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""(?:href|action)\s*=\s*["']([^"'#]*)""", re.I)
_TAG = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """Visible-ish text of a page: tags to spaces, entities resolved, NFC, collapsed."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return collapse(unicodedata.normalize("NFC", _html.unescape(_TAG.sub(" ", markup))))


def inline_text(markup: str) -> str:
    """Text with inline tags removed without spaces (a paragraph's words stay joined)."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"</?(strong|em|b|i|a|span|mark)\b[^>]*>", "", markup)
    markup = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(_TAG.sub(" ", markup))))


def links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        url = urljoin(server.url(target), _html.unescape(raw))
        parts = urlsplit(url)
        if parts.netloc != urlsplit(server.base_url).netloc or parts.scheme != "http":
            continue
        if parts.path.startswith(("/wp-content/", "/wp-includes/", "/wp-json/")) or parts.path.endswith(".php"):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> tuple[set[str], dict[str, str]]:
    """Breadth-first over links from START_PATH (utm/replytocom variants and search excluded)."""
    seen, bodies = {portal.START_PATH}, {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        bodies[target] = body
        for link in links(server, target, body):
            if "?" in link:
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return set(bodies), bodies


def test_exactly_13_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert portal.NAME == "wp_kadence_blocks_sgddt"


def test_gold_paths_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S).group(1)
        assert collapse(_html.unescape(h1)) == g["title"]


def test_alt_paths_serve_the_same_article(server):
    n = 0
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            assert f'<link rel="canonical" href="{server.base_url}{g["path"]}"' in body
            n += 1
    assert n >= 13


def test_gold_fields_appear_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        content = body.split('<div class="entry-content single-content">', 1)[1].split("<!-- .entry-content -->")[0]
        text = inline_text(content)
        for para in g["body"].split("\n\n"):
            assert para in text, (g["path"], para)
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert img["path"] in content, img
            if img["caption"]:
                assert img["caption"] in text, img
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        crumb = re.search(r'id="kadence-breadcrumbs".*?</nav>', body, re.S).group(0)
        assert g["category"] in page_text(crumb)
        day = g["published_at"][:10]
        d, m, y = day[8:10], day[5:7], day[:4]
        assert f"{d}/{m}/{y}" in page_text(body) or f"ngày {int(d)} tháng {int(m)} năm {y}" in text


def test_body_excludes_widgets():
    for g in portal.GOLD:
        for bad in ("Chia sẻ", "Lượt xem", "Bài viết liên quan", "Nội dung bài viết", "Tải về", "Trả lời"):
            assert bad not in g["body"], (g["path"], bad)


def test_everything_reachable_and_bounded(server):
    reached, _ = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in reached, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path
    assert len(reached) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_some_articles_only_on_page_two_or_later(server):
    _, bodies = crawl(server)
    deep = [p for p in bodies if "/page/" in p]
    shallow = [p for p in bodies if "/page/" not in p]
    only_deep = []
    for g in portal.GOLD:
        href = f'href="{g["path"]}"'
        in_deep = any(href in bodies[p] for p in deep)
        in_shallow = any(href in bodies[p] for p in shallow if p != g["path"])
        if in_deep and not in_shallow:
            only_deep.append(g["path"])
    assert len(only_deep) >= 2, only_deep


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_wordpress_redirects_and_404s(server):
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
    assert fetch(server, "/2026/12/04/khong-co-bai-nay/")[0] == 404
    assert fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/9/")[0] == 404
    status, _, headers = fetch(server, "/chuyen-muc/tin-tuc-su-kien/page/1/")
    assert status == 301 and headers["Location"] == "/chuyen-muc/tin-tuc-su-kien/"
    g = portal.GOLD[0]
    status, _, headers = fetch(server, g["path"].rstrip("/"))
    assert status == 301 and headers["Location"] == g["path"]
    story = portal.STORIES[0]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301 and headers["Location"] == g["path"]
    assert fetch(server, "/wp-content/uploads/2026/12/tap-huan-ls-dl-thcs-1.jpg")[0] == 200


def test_feed_lists_utm_links(server):
    status, body, _ = fetch(server, "/feed/")
    assert status == 200 and "<rss" in body
    assert body.count("<item>") == 10
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            if "utm_source" in alt:
                assert alt.replace("&", "&#038;") in body


def test_traps_are_printed(server):
    by_slug = {s.slug: s for s in portal.STORIES}
    gold = {g["path"]: g for g in portal.GOLD}
    a11 = portal.permalink(by_slug["be-mac-hoi-khoe-phu-dong-tinh-ha-tinh-lan-thu-xiv"])
    _, body, _ = fetch(server, a11)
    assert '"datePublished":"2026-10-29T23:15:00+00:00"' in body
    assert gold[a11]["published_at"] == "2026-10-30T06:15:00+07:00"
    a4 = portal.permalink(by_slug["truong-thpt-nguyen-du-dat-chuan-quoc-gia-muc-do-2"])
    _, body, _ = fetch(server, a4)
    assert "data-src=" in body and "<noscript>" in body
    assert gold[a4]["category"] == "Tin tức - Sự kiện"
    assert "Hoạt động chuyên môn</a>, <a" in body
    protected = portal.NON_ARTICLES[-1]
    _, body, _ = fetch(server, protected)
    assert "Được bảo vệ:" in body and "post_password" in body


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    for prefix in ("/home/", "/tmp/", "/work/", "/Users/"):
        assert prefix not in source
