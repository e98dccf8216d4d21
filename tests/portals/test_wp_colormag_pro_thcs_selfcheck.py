"""Self-checks of the wp_colormag_pro_thcs fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_colormag_pro_thcs as portal
from tests.portals._selfcheck import fetch

_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")
_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.I)
_GET_FORM = re.compile(r"""<form\b(?=[^>]*method=["']get["'])[^>]*\baction=["']([^"']*)["']""", re.I)


def visible(page: str) -> str:
    """The page's text: tags out, references decoded, NFC, whitespace collapsed."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    text = _html.unescape(_TAG.sub(" ", page)).replace("\xa0", " ")
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def nfc(page: str) -> str:
    return unicodedata.normalize("NFC", _html.unescape(page))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def links(base: str, page: str) -> list[str]:
    out = []
    for href in _HREF.findall(page) + _GET_FORM.findall(page):
        absolute = urljoin(base, _html.unescape(href))
        parts = urlsplit(absolute)
        if parts.scheme != "http" or parts.netloc != urlsplit(base).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    """Every HTML page reachable by <a href> (and GET forms) from START_PATH, redirects followed."""
    seen: dict[str, str] = {}
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
        for link in links(server.url(target), body):
            if link.startswith("/wp-content/") or link in queued:
                continue
            queued.add(link)
            queue.append(link)
        assert len(seen) < 200, "the site must stay bounded"
    return seen


def test_counts_and_module_shape():
    assert portal.NAME == "wp_colormag_pro_thcs"
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_serves_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "text/html" in headers["Content-Type"]
    text = visible(body)
    h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body, re.S)
    assert h1 and visible(h1.group(1)) == gold["title"]
    assert f'href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in body
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert f"<strong>{visible(gold['summary'])}" in visible_keep_strong(body)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'data-src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    crumb = re.search(r'<p id="breadcrumbs">(.*?)</p>', body, re.S)
    assert crumb and gold["category"] in visible(crumb.group(1))
    pub = gold["published_at"]
    if "T" in pub:
        assert f'class="entry-date published" datetime="{pub}"' in body
    elif gold["path"].startswith("/thong-bao/"):
        day = pub.split("-")
        assert f"ngày {day[2]} tháng {day[1]} năm {day[0]}" in text
    else:
        assert f'class="entry-date published" datetime="{pub}T00:00:00+07:00"' in body
    # plugin chrome sits inside the text container but is not body
    content = body.split('<div class="entry-content clearfix">', 1)[1]
    assert content.index("Lượt xem:") < content.index("Bài viết liên quan:")
    assert "Lượt xem" not in gold["body"] and "Bài viết liên quan" not in gold["body"]


def visible_keep_strong(page: str) -> str:
    kept = re.sub(r"<(?!/?strong\b)[^>]+>", " ", page)
    return _WS.sub(" ", unicodedata.normalize("NFC", _html.unescape(kept)))


def test_alt_paths_serve_or_redirect_to_the_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, body, headers = fetch(server, alt)
            if status == 301:
                assert urlsplit(headers["Location"]).path == gold["path"], alt
            else:
                assert status == 200, alt
                assert f'{gold["canonical_path"]}" />' in body
                assert gold["title"] in visible(body)


def test_every_gold_article_is_reachable(server):
    seen = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # a sensible crawl stays small; this one follows every link, duplicates included
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)) + 20


def test_some_articles_only_behind_page_two(server):
    deep = ["/tin-tuc/toa-dam-phu-nu-tran-phu-tu-tin-sang-tao-hanh-phuc.html",
            "/hoat-dong-doi/dai-hoi-lien-doi-nhiem-ky-2026-2027.html"]
    first_pages = ["/", "/ban-tin/", "/tin-tuc/", "/hoat-dong-doi/", "/chuyen-mon/", "/thong-bao/"]
    first_pages += [g["path"] for g in portal.GOLD if g["path"] not in deep]
    for target in first_pages:
        _, body, _ = fetch(server, target)
        for path in deep:
            assert path not in body, (target, path)
    _, p2, _ = fetch(server, "/tin-tuc/page/2/")
    assert deep[0] in p2
    _, p2, _ = fetch(server, "/hoat-dong-doi/page/2/")
    assert deep[1] in p2
    _, p1, _ = fetch(server, "/tin-tuc/")
    assert '<li class="previous"><a href="/tin-tuc/page/2/" >&larr; Trước</a></li>' in p1


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body
    gold_paths = {g["path"] for g in portal.GOLD}
    assert not gold_paths & set(portal.NON_ARTICLES)


def test_redirects_and_unknown_paths(server):
    assert fetch(server, "/tin-tuc/page/1/")[0] == 301
    assert fetch(server, "/category/tin-tuc/")[0] == 301
    assert fetch(server, "/tin-tuc")[0] == 301
    assert fetch(server, "/tin-tuc/page/3/")[0] == 404
    assert fetch(server, "/ban-tin/page/6/")[0] == 404
    assert fetch(server, "/khong-co-trang-nay/")[0] == 404
    assert fetch(server, "/tin-tuc/khong-co-bai-nay.html")[0] == 404
    assert fetch(server, "/chuyen-mon/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11.html")[0] == 404
    assert fetch(server, "/?p=99999")[0] == 404
    status, _, headers = fetch(server, "/?p=1987")
    assert status == 301 and headers["Location"].endswith(
        "/tin-tuc/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11.html")


def test_traps_are_in_place(server):
    # lazy images: placeholder src served, real file in data-src and noscript
    status, _, headers = fetch(server, portal.PLACEHOLDER)
    assert status == 200 and headers["Content-Type"].startswith("image/")
    path = "/hoat-dong-doi/hoi-trai-tuoi-tre-tran-phu-tiep-buoc-truyen-thong.html"
    _, body, _ = fetch(server, path)
    assert f'src="{portal.PLACEHOLDER}"' in body
    # UTC in Yoast's metadata, the previous day
    assert 'article:published_time" content="2026-11-26T23:40:00+00:00"' in body
    assert 'datetime="2026-11-27T06:40:00+07:00"' in body and 'title="6:40 sáng"' in body
    assert "?replytocom=306" in body
    # texturized h1 vs Yoast's raw title
    assert "&#8220;Tuổi trẻ Trần Phú &#8211; Tiếp bước truyền thống&#8221;" in body
    assert '<title>Sôi nổi Hội trại "Tuổi trẻ Trần Phú - Tiếp bước truyền thống"' in nfc(body)
    # two categories: pills alphabetical, breadcrumb primary
    _, body, _ = fetch(server, "/tin-tuc/chi-doan-giao-vien-ngay-chu-nhat-xanh.html")
    pills = re.search(r'<span class="cat-links">(.*?)</span>', body).group(1)
    assert visible(pills).startswith("Hoạt động Đội")
    # NFD post
    _, body, _ = fetch(server, "/hoat-dong-doi/phat-dong-ke-hoach-nho-gay-quy-ao-am-cho-em.html")
    h1 = re.search(r'<h1 class="entry-title">(.*?)</h1>', body).group(1)
    assert h1 != unicodedata.normalize("NFC", h1)
    # date archives only behind the <select>
    _, home, _ = fetch(server, "/")
    assert "<option value='/2026/10/'>" in home and 'href="/2026/10/"' not in home
    assert fetch(server, "/2026/10/")[0] == 200
    # sticky notice on blog page 1 and again on page 3
    sticky = "/thong-bao/thong-bao-lich-kiem-tra-giua-hoc-ky-i-2026-2027.html"
    for target in ("/ban-tin/", "/ban-tin/page/3/"):
        assert f'<a href="{sticky}" title=' in fetch(server, target)[1]
    # feeds answer
    status, feed, _ = fetch(server, "/feed/")
    assert status == 200 and "<guid isPermaLink=\"false\">" in feed
