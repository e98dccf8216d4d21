"""Self-check of the joomla5_helix_pgd fixture against itself (never the crawler).

Every gold target and variant answers 200 with its title, the gold's text is on its page, the
articles are reachable from the start page by links, non-articles answer, unknown paths 404, and
the traps the module documents behave as documented.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import joomla5_helix_pgd as portal
from ._selfcheck import fetch

_HREF = re.compile(r'(?:href|action)="([^"]*)"')
_FORM = re.compile(r"<form\b[^>]*>", re.I)
_ATTR = re.compile(r'(action|method)="([^"]*)"', re.I)
_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|td|tr|th|table|tbody|h\d|figure|figcaption|blockquote|section)\b[^>]*>", re.I)
_STATIC = re.compile(r"\.(?:jpe?g|png|gif|ico|css|js|pdf)$", re.I)
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


def _post_actions(markup: str) -> set[str]:
    out = set()
    for tag in _FORM.findall(markup):
        attrs = {k.lower(): v for k, v in _ATTR.findall(tag)}
        if attrs.get("method", "get").lower() == "post":
            out.add(html.unescape(attrs.get("action", "")))
    return out


def _reader_text(markup: str) -> str:
    """Block tags to a space, inline tags to nothing (a footnote call stays glued: "chứng.[1]")."""
    no_tags = re.sub(r"<[^>]+>", "", _BLOCK.sub(" ", markup))
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _h1(markup: str) -> str:
    m = re.search(r"<h1[^>]*>(.*?)</h1>", markup, re.S)
    return _reader_text(m.group(1)) if m else ""


def _target(base: str, href: str) -> str | None:
    href = html.unescape(href)
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc != urlsplit(base).netloc:
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    srv = PortalServer(portal.build_site(), host="127.0.0.1").start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first walk by links (and GET forms' bare actions) from START_PATH: target -> HTML."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        seen[target] = body
        post_actions = _post_actions(body)
        for href in _HREF.findall(body):
            if html.unescape(href) in post_actions:
                continue  # a POST form (vote, contact, list limit) is not a link
            nxt = _target(server.url(target), href)
            if nxt is None or nxt in queued or _STATIC.search(urlsplit(nxt).path) or "download=" in nxt:
                continue
            if "tmpl=component" in nxt:
                continue  # the print popup: a sensible crawler leaves it
            queued.add(nxt)
            queue.append(nxt)
    return seen


def test_gold_is_well_formed() -> None:
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    every = paths + [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(every)) == len(every), "a URL variant is listed twice"
    cats = {c.title for c in portal.CATS.values()}
    for g in portal.GOLD:
        assert g["canonical_path"] == g["path"]
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["published_at"] is None or "2026-10" <= g["published_at"][:7] <= "2026-12"
        assert g["category"] in cats
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] and "\n\n\n" not in g["body"]
        for img in g["images"]:
            assert "path" in img and "#" not in img["path"]
    assert 3 <= len(portal.NON_ARTICLES) <= 8


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_answers_with_its_fields(server: PortalServer, gold: dict) -> None:
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert _h1(body) == gold["title"]
    text = _reader_text(body)
    for para in gold["body"].split("\n\n"):
        for piece in para.split(" | "):
            assert piece in text, piece[:80]
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    for img in gold["images"]:
        assert f'src="{img["path"]}' in body
        if img["caption"]:
            assert img["caption"] in text
    crumbs = re.search(r'<ol itemscope itemtype="https://schema.org/BreadcrumbList".*?</ol>', body, re.S)
    assert crumbs and gold["category"] in _reader_text(crumbs.group(0))
    story = portal.BY_ID[int(gold["path"].rsplit("/", 1)[-1].split("-")[0])]
    published = re.search(r'<span class="published"[^>]*>.*?<time datetime="([^"]+)"', body, re.S)
    assert published and published.group(1) == portal._iso(story.opts["pub"])
    if gold["published_at"] and "T" in gold["published_at"]:
        assert published.group(1) == gold["published_at"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_every_variant_serves_the_same_article(server: PortalServer, gold: dict) -> None:
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert _h1(body) == gold["title"], alt
        assert gold["body"].split("\n\n")[-1].split(" | ")[0] in _reader_text(body), alt


def test_every_article_and_non_article_is_reachable(crawl: dict[str, str]) -> None:
    for gold in portal.GOLD:
        assert gold["path"] in crawl, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in crawl, path


def test_crawl_stays_within_budget(crawl: dict[str, str]) -> None:
    assert len(crawl) <= 3 * (13 + len(portal.NON_ARTICLES)), sorted(crawl)


def test_deep_articles_only_on_later_pages(crawl: dict[str, str]) -> None:
    """205 and 208 are linked only from page 2+ listings; 213 only as a bare title or a tag."""
    for story in (portal.S205, portal.S208):
        linkers = {t for t, body in crawl.items() if f'href="{portal.sef(story)}"' in body}
        assert linkers, story.id
        assert all("start=" in t for t in linkers), (story.id, linkers)
    linkers = {t for t, body in crawl.items() if f'href="{portal.sef(portal.S213)}"' in body}
    assert linkers <= {"/tin-tuc/tin-giao-duc", "/tin-tuc?start=6", "/component/tags/tag/chuyen-doi-so"}


def test_non_articles_answer(server: PortalServer) -> None:
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert _h1(body), path


@pytest.mark.parametrize(
    "path",
    [
        "/khong-ton-tai",
        "/tin-tuc/tin-giao-duc/999-bai-khong-co",
        "/tin-tuc/hoat-dong-chuyen-mon/231-tong-ket",
        "/tin-tuc/chuyen-muc-la",
        "/component/content/article/998-abc",
        "/van-ban/2-van-ban-cua-phong/38-cong-van-so-1890-sgddt-gdtrh",
        "/component/tags/tag/khong-co",
        "/tin-tuc?start=abc",
    ],
)
def test_unknown_paths_404(server: PortalServer, path: str) -> None:
    assert fetch(server, path)[0] == 404


def test_static_files_and_download(server: PortalServer) -> None:
    status, _, headers = fetch(server, "/images/tin-tuc/2026/12/hoi-thi-gvdg-th-01.jpg")
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, _, headers = fetch(server, "/van-ban/2-van-ban-cua-phong?download=52:thong-bao-so-412-tb-pgddt")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_trap_canonical_echoes_the_requested_url(server: PortalServer) -> None:
    alt = portal.component_url(portal.S231)
    _, body, _ = fetch(server, alt)
    canonical = re.search(r'<link href="([^"]+)" rel="canonical">', body).group(1)
    assert html.unescape(canonical).endswith(alt)


def test_trap_vote_post_redirects(server: PortalServer) -> None:
    import urllib.error

    from ._selfcheck import NO_REDIRECTS

    target = portal.with_hitcount(portal.sef(portal.S231))
    data = b"user_rating=5&task=article.vote&hitcount=0"
    try:
        NO_REDIRECTS.open(server.url(target), data=data, timeout=10)
        raise AssertionError("no redirect")
    except urllib.error.HTTPError as err:
        assert err.code == 303 and err.headers["Location"] == portal.sef(portal.S231)


def test_trap_dates_three_in_info_block(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.sef(portal.S228))
    info = re.search(r'<div class="article-info">(.*?)</div>', body, re.S).group(1)
    stamps = re.findall(r'datetime="([^"]+)"', info)
    assert stamps == ["2026-11-28T10:02:00+07:00", "2026-12-02T09:05:00+07:00", "2026-12-04T15:40:00+07:00"]
    assert '"datePublished":"2026-11-28T10:02:00+07:00"' in body  # the JSON-LD disagrees
    _, body, _ = fetch(server, portal.sef(portal.S219))
    assert ">20/11/2026 00:00</time>" in body


def test_trap_letterhead_notice(server: PortalServer) -> None:
    gold = next(g for g in portal.GOLD if g["path"] == portal.sef(portal.S227))
    _, body, _ = fetch(server, gold["path"])
    text = _reader_text(body)
    assert "Cẩm Khê, ngày 30 tháng 11 năm 2026" in text and "01/12/2026 08:15" in text
    assert gold["published_at"] == "2026-11-30" and gold["authors"] == ["Đỗ Văn Quang"]
    for chrome in ("CỘNG HÒA", "Số: 412", "THÔNG BÁO", "Về việc", "Nơi nhận", "KT. TRƯỞNG", "Tải về"):
        assert chrome not in gold["body"]


def test_trap_full_image_outside_body_with_fragment(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.sef(portal.S231))
    h1 = body.index("<h1")
    full = body.index('<figure class="article-full-image')
    assert full < h1 < body.index('itemprop="articleBody"')
    assert "hoi-thi-gvdg-th-01.jpg#joomlaImage://local-images/" in body
    gold = next(g for g in portal.GOLD if g["path"] == portal.sef(portal.S231))
    assert gold["images"][0]["path"] == "/images/tin-tuc/2026/12/hoi-thi-gvdg-th-01.jpg"


def test_trap_decomposed_text(server: PortalServer) -> None:
    _, body, _ = fetch(server, portal.sef(portal.S208))
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S).group(1)
    assert not unicodedata.is_normalized("NFC", h1)
    assert unicodedata.normalize("NFC", h1) == portal.S208.title


def test_trap_chrome_inside_body_is_not_gold(server: PortalServer) -> None:
    gold = {g["path"]: g for g in portal.GOLD}
    _, body, _ = fetch(server, portal.sef(portal.S228))
    article_body = body[body.index('itemprop="articleBody"') :]
    assert "Tin cùng chuyên mục" in article_body[: article_body.index("related-article")]
    assert "Tin cùng chuyên mục" not in gold[portal.sef(portal.S228)]["body"]
    assert "Xem thêm" not in gold[portal.sef(portal.S231)]["body"]
    assert "mso-list:Ignore" in fetch(server, portal.sef(portal.S222))[1]
    assert "1. Dự tiết" not in gold[portal.sef(portal.S222)]["body"]
    assert gold[portal.sef(portal.S229)]["body"].count("[1]") == 2
