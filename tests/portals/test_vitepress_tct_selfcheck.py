"""Self-checks of the vitepress_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import vitepress_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

ASSET = re.compile(r"\.(jpg|jpeg|png|gif|ico|css|js|woff2|pdf|xml|txt)$", re.I)
HREF = re.compile(r"""<(?:a|form)\b[^>]*?(?:href|action)="([^"]*)\"""", re.I)


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    """The visible text of the content column, NFC, whitespace collapsed."""
    main = body.split('<main class="main"', 1)[-1].split(">", 1)[-1].split("</main>", 1)[0]
    main = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", main)
    main = re.sub(r"</?(?:a|sup|strong|em|span|time|u)\b[^>]*>", "", main)
    main = re.sub(r"<br\s*/?>", " ", main)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", main)))


def links(body: str, page: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        href = _html.unescape(href)
        if href.startswith(("mailto:", "javascript:", "#")):
            continue
        absolute = urljoin("http://fixture.invalid" + page, href)
        parts = urlsplit(absolute)
        if parts.netloc != "fixture.invalid":
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        if not ASSET.search(parts.path):
            out.append(target)
    return out


def crawl(server, skip=lambda target: False) -> tuple[set[str], int]:
    """Breadth-first over same-host links from START_PATH, following redirects by hand."""
    seen = {portal.START_PATH}
    queue = deque([portal.START_PATH])
    ok: set[str] = set()
    fetched = 0
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        fetched += 1
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200:
            continue
        ok.add(target)
        for link in links(body, urlsplit(target).path):
            if link not in seen and not skip(link):
                seen.add(link)
                queue.append(link)
    return ok, fetched


def test_thirteen_gold_articles_and_non_articles():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["title"] == unicodedata.normalize("NFC", g["title"])
        assert g["body"] == unicodedata.normalize("NFC", g["body"])


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_answers_with_its_fields(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    h1 = re.search(r"<h1 [^>]*>(.*?)<a class=\"header-anchor\"", body, re.S).group(1)
    assert collapse(_html.unescape(re.sub(r"<[^>]+>", "", h1))) == gold["title"]
    for para in gold["body"].split("\n\n"):
        assert para in text, para
    if gold["summary"]:
        assert gold["summary"] in text
    for name in gold["authors"] + gold["photographers"]:
        assert name in text
    if gold["source"]:
        assert gold["source"] in text
    for img in gold["images"]:
        assert f'src="{img["path"]}"' in body
        if img["caption"]:
            assert img["caption"] in text
    assert gold["category"] in text
    if gold["published_at"]:
        y, m, d = gold["published_at"][:10].split("-")
        forms = [f"{int(d)}/{int(m)}/{y}", f"ngày {d} tháng {m} năm {y}"]
        assert any(f in text for f in forms), forms
        if "T" in gold["published_at"]:
            assert gold["published_at"][11:19] in text
    else:
        assert "<time datetime" not in body.split('<main class="main"', 1)[-1].split("</main>", 1)[0]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_alt_paths_serve_the_same_article(server, gold):
    _, main_body, _ = fetch(server, gold["path"])
    for alt in gold["alt_paths"]:
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert page_text(body) == page_text(main_body)


def test_every_gold_article_and_non_article_is_reachable_within_budget(server):
    ok, fetched = crawl(server)
    for gold in portal.GOLD:
        assert gold["path"] in ok or any(a in ok for a in gold["alt_paths"]), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in ok, path
    assert fetched <= 3 * (13 + len(portal.NON_ARTICLES)), fetched


def test_some_articles_need_page_two_of_a_listing(server):
    ok, _ = crawl(server, skip=lambda t: "/trang/" in t)
    missing = [g["path"] for g in portal.GOLD if g["path"] not in ok and not any(a in ok for a in g["alt_paths"])]
    assert missing, "every article is reachable without pagination"


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "bv-meta" not in body


@pytest.mark.parametrize(
    "target",
    ["/khong-co-trang-nay", "/tin-tuc/2025/hoi-thi-giang-vien-day-gioi-nam-2025", "/tin-tuc/2026/ban-nhap-thong-bao-nghi-tet",
     "/tin-tuc/trang/9", "/chuyen-muc/khong-co"],
)
def test_unknown_paths_404(server, target):
    status, body, _ = fetch(server, target)
    assert status == 404
    assert "KHÔNG TÌM THẤY TRANG" in body


def test_old_joomla_address_redirects(server):
    status, _, headers = fetch(server, "/index.php/nghien-cuu-khoa-hoc/1187-toa-dam-khoa-hoc-2025")
    assert status == 301
    assert headers["Location"] == "/chuyen-muc/nghien-cuu-khoa-hoc"


def test_header_prints_today_and_dates_are_utc_in_attributes(server):
    _, body, _ = fetch(server, portal.post_path(portal.S2))
    assert "Thứ Bảy, 05/12/2026" in body
    assert '<time datetime="2026-12-02T17:00:00.000Z"' in body
    assert "ngày 30 tháng 11 năm 2026" in body
    _, body, _ = fetch(server, portal.post_path(portal.S8))
    assert unicodedata.normalize("NFD", "đức và tài") in body
