"""Self-checks of the wp_avada_fusion_thpt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_avada_fusion_thpt as portal
from tests.portals._selfcheck import fetch

_TAG = re.compile(r"<[^>]+>")
_DROP = re.compile(r"<(script|style|noscript)\b.*?</\1>", re.S | re.I)
_LINK = re.compile(r"""<(?:a|iframe|form)\b[^>]*?\b(?:href|src|action)\s*=\s*(["'])(.*?)\1""", re.I | re.S)
_POST_FORM = re.compile(r"""<form\b[^>]*method=["']post["'][^>]*>""", re.I)
_NOT_PAGES = (".jpg", ".png", ".gif", ".pdf", ".css", ".js", ".xml", ".xsl", ".ico")


def _visible(page: str) -> str:
    text = _TAG.sub(" ", _DROP.sub(" ", page))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", _html.unescape(text).replace("\xa0", " ")))


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _links(page: str, target: str, host: str = "") -> list[str]:
    out = []
    post_actions = {m.group(0) for m in _POST_FORM.finditer(page)}
    for m in _LINK.finditer(page):
        if m.group(0).lower().startswith("<form") and any(m.group(0) in f for f in post_actions):
            continue
        raw = _html.unescape(m.group(2)).strip()
        if not raw or raw.startswith(("#", "mailto:", "javascript:", "data:")):
            continue
        absolute = urljoin("http://fixture.invalid" + target, raw)
        parts = urlsplit(absolute)
        if parts.netloc not in ("fixture.invalid", host):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server, skip=lambda t: False) -> tuple[set[str], int]:
    """Breadth-first over same-host links (redirects followed); returns pages seen and requests made."""
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = queue.popleft()
        if target in seen or skip(target) or target.lower().split("?")[0].endswith(_NOT_PAGES):
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        requests += 1
        if status in (301, 302):
            loc = headers.get("Location", "")
            nxt = urlsplit(urljoin("http://fixture.invalid" + target, loc))
            if nxt.netloc in ("fixture.invalid", f"127.0.0.1:{server.port}"):
                queue.append(nxt.path + (f"?{nxt.query}" if nxt.query else ""))
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        queue.extend(_links(body, target, f"127.0.0.1:{server.port}"))
    return seen, requests


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert len({g["category"] for g in portal.GOLD}) >= 2


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_serves_title_and_fields(server, gold):
    status, page, _ = fetch(server, gold["path"])
    assert status == 200
    text = _visible(page)
    assert gold["title"] in text
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for img in gold["images"]:
        assert img["path"] in page
        if img["caption"]:
            assert img["caption"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in text
    if gold["summary"]:
        assert gold["body"].startswith(gold["summary"])
    assert gold["category"] in text
    assert f'<link rel="canonical" href="http://127.0.0.1:{server.port}{gold["canonical_path"]}"' in page


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_dates_match_what_the_page_carries(server, gold):
    _, page, _ = fetch(server, gold["path"])
    when = gold["published_at"]
    day = when[:10]
    year, month, d = (int(x) for x in day.split("-"))
    if len(when) > 10:
        # the time only comes from Yoast's UTC stamp: check the conversion
        from datetime import datetime, timedelta

        local = datetime.fromisoformat(when)
        utc = (local.replace(tzinfo=None) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        assert f'<meta property="article:published_time" content="{utc}" />' in page
        assert f"{portal.MONTHS[month - 1]} {portal._ordinal(d)}, {year}" in page
    elif "Số: 215" in page:
        assert f"ngày {d} tháng {month} năm {year}" in page
    else:
        assert f"{portal.MONTHS[month - 1]} {portal._ordinal(d)}, {year}" in page


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold.get("alt_paths", []):
            status, page, _ = fetch(server, alt)
            assert status == 200, alt
            assert gold["title"] in _visible(page)
            assert f'href="http://127.0.0.1:{server.port}{gold["path"]}"' in page


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_unknown_paths_404(server):
    for path in ("/khong-co-bai-nay/", "/chuyen-muc/khong-co/", "/chuyen-muc/thong-bao/page/9/",
                 "/page/99/", f"/{portal.A1.slug}/khac/", "/wp-content/uploads/2026/11/x.docx"):
        status, _, _ = fetch(server, path)
        assert status == 404, path


def test_short_links_and_slashless_redirect(server):
    status, _, headers = fetch(server, f"/?p={portal.A5.id}")
    assert status == 301 and headers["Location"] == f"/{portal.A5.slug}/"
    status, _, headers = fetch(server, f"/{portal.A5.slug}")
    assert status == 301 and headers["Location"] == f"/{portal.A5.slug}/"


def test_every_gold_article_and_non_article_is_reachable(server):
    seen, requests = _crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in seen, gold["path"]
        for alt in gold.get("alt_paths", []):
            assert alt in seen, alt
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_two_articles_only_behind_page_two():
    """Without pagination links (``/page/N/``, ``?paged=``) the two oldest news posts are not found."""
    with PortalServer(portal.build_site()) as srv:
        seen, _ = _crawl(srv, skip=lambda t: bool(re.search(r"/page/\d+/|paged=", t)))
    hidden = {f"/{portal.A4.slug}/", f"/{portal.A5.slug}/"}
    assert not hidden & seen
    for gold in portal.GOLD:
        if gold["path"] not in hidden:
            assert gold["path"] in seen, gold["path"]


def test_traps_are_in_the_markup(server):
    _, home, _ = fetch(server, "/")
    assert 'class="pagination infinite-scroll clearfix" style="display:none;"' in home
    assert 'href="/?paged=2"' in home
    _, p2, _ = fetch(server, "/page/2/")
    _, q2, _ = fetch(server, "/?paged=2")
    assert f"/{portal.A5.slug}/" in p2 and f"/{portal.A5.slug}/" in q2
    _, a1, _ = fetch(server, f"/{portal.A1.slug}/")
    assert '<h1 class="entry-title">Tin tức</h1>' in a1
    assert 'class="updated rich-snippet-hidden">2026-11-20T08:02:11+07:00' in a1
    assert "fusion-counters-box" in a1 and "panel-collapse" not in a1
    _, a8, _ = fetch(server, f"/{portal.A8.slug}/")
    assert 'article:published_time" content="2026-10-07T17:00:00+00:00"' in a8
    assert "data-src=" in a8 and "<noscript>" in a8
    _, a13, _ = fetch(server, f"/{portal.A13.slug}/")
    assert a13.count('class="panel-collapse collapse "') == 4
    _, a11, _ = fetch(server, f"/{portal.A11.slug}/")
    assert 'class="wp-embedded-content"' in a11 and f"/{portal.A9.slug}/embed/" in a11
    _, locked, _ = fetch(server, f"/{portal.LOCKED.slug}/")
    assert "Được bảo vệ:" in locked and "post-password-form" in locked
    _, doan, _ = fetch(server, "/chuyen-muc/doan-thanh-nien/")
    _, tin, _ = fetch(server, "/chuyen-muc/tin-tuc-su-kien/")
    assert f"/{portal.A6.slug}/" in doan and f"/{portal.A6.slug}/" in tin


def test_images_and_feeds_answer(server):
    status, _, headers = fetch(server, portal.GOLD[0]["images"][0]["path"])
    assert status == 200 and headers["Content-Type"] == "image/jpeg"
    status, body, _ = fetch(server, "/feed/")
    assert status == 200 and "<rss" in body
    status, body, _ = fetch(server, "/post-sitemap.xml")
    assert status == 200 and portal.LOCKED.slug not in body and portal.A4.slug in body
