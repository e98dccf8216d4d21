"""Self-checks of the NukeViet 4.5 school portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet47_bootstrap5_thpt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

GOLD = {g["path"]: g for g in portal.GOLD}
STATIC_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def links(markup: str, current: str) -> list[str]:
    """Same-host targets of the page's ``href`` attributes (what a plain crawler follows)."""
    out = []
    for raw in re.findall(r'href="([^"]*)"', markup):
        href = _html.unescape(raw).strip()
        if not href or href.startswith(("javascript:", "mailto:", "#")):
            continue
        url = urljoin("http://fixture.invalid" + current, href)
        parts = urlsplit(url)
        if parts.netloc not in ("fixture.invalid",) and not parts.netloc.startswith("127.0.0.1"):
            continue
        target = quote(parts.path, safe="/%-._~") + (f"?{parts.query}" if parts.query else "")
        out.append(target)
    return out


def crawl(server) -> tuple[dict[str, str], dict[str, set[str]], int]:
    """Breadth-first from START_PATH; returns pages, who links each target, and page requests."""
    pages: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    seen = {portal.START_PATH}
    requests = 0
    while queue:
        target = queue.popleft()
        if urlsplit(target).path.lower().endswith(STATIC_EXT) or "download=1" in target:
            continue
        requests += 1
        assert requests < 500, "the site must be finite"
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(headers["Location"])
            nxt = loc.path + (f"?{loc.query}" if loc.query else "")
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or "html" not in headers.get("Content-Type", ""):
            continue
        pages[target] = body
        for nxt in links(body, target):
            linked_from.setdefault(nxt, set()).add(target)
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return pages, linked_from, requests


def test_contract_shape():
    assert portal.NAME == "nukeviet47_bootstrap5_thpt"
    assert portal.START_PATH == "/"
    assert len(portal.GOLD) == 13
    assert len(GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"] is None or g["published_at"].startswith("2026-1")
        assert g["body"], g["path"]
        n = len(g["body"].split("\n\n"))
        assert n >= 1
    articles = [g for g in portal.GOLD if g["category"] != "Thông báo"]
    assert all(3 <= len(g["body"].split("\n\n")) <= 12 for g in articles)


def test_gold_paths_answer_with_their_title(server):
    for g in portal.GOLD:
        for target in [g["path"], *g.get("alt_paths", [])]:
            status, body, _ = fetch(server, target)
            assert status == 200, target
            assert g["title"] in page_text(body), target


def test_gold_fields_are_printed(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            # a table row's cells are printed in their own cells
            assert para.replace(" | ", " ") in txt, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in txt
        assert f'itemprop="name">{g["category"]}</span>' in body
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        hm = g["published_at"][11:16] if len(g["published_at"]) > 10 else "00:00"
        assert f"Đăng lúc: {hm} - {d}/{m}/{y}" in txt


def test_every_gold_article_is_reachable_within_budget(server):
    pages, _, requests = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_behind_page_two(server):
    _, linked_from, _ = crawl(server)
    first_pages = {"/", "/news/", *(f"/news/{c}/" for c in portal.CATS)}
    only_deep = [
        g["path"]
        for g in portal.GOLD
        if not (linked_from.get(g["path"], set()) & first_pages)
        and any("/page-2/" in src for src in linked_from.get(g["path"], set()))
    ]
    assert len(only_deep) >= 3, only_deep


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "Đăng lúc" not in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai.html",
        "/news/khong-co-chuyen-muc/",
        "/news/tin-tuc-su-kien/page-9/",
        "/news/thong-bao/bai-khong-co-999.html",
        "/news/thong-bao/le-ky-niem-112.html",
        "/about/khong-co.html",
        "/news/tag/khong-co-tu-khoa/",
        "/news/groups/khong-co/",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_old_alias_redirects_to_the_article(server):
    status, body, _ = fetch(server, "/")
    old = re.search(r'href="(/news/thong-bao/lich-kiem-tra-cuoi-ky-i-khoi-10-11-117\.html)"', body)
    assert old
    status, _, headers = fetch(server, old.group(1))
    assert status == 301
    assert headers["Location"] in GOLD


def test_downloads_share_the_article_path_and_are_pdf(server):
    notice = next(g for g in portal.GOLD if g["path"].endswith("-119.html"))
    status, body, _ = fetch(server, notice["path"])
    assert f'{notice["path"]}?download=1&amp;id=0' in body
    status, _, headers = fetch(server, notice["path"] + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert "attachment" in headers["Content-Disposition"]
    assert fetch(server, notice["path"] + "?download=1&id=7")[0] == 404


def test_trap_markup_is_there(server):
    by_id = {int(re.search(r"-(\d+)\.html$", p).group(1)): g for p, g in GOLD.items()}
    # the badge inside the headline, the malformed meta date
    _, body, _ = fetch(server, by_id[118]["path"])
    assert re.search(r'itemprop="headline">[^<]+<span class="nhan-moi[^"]*">Mới</span></h1>', body)
    assert 'content="2026-12-03ICT14:30:00"' in body
    assert body.count('src="/uploads/news/2026_12/trao-thuong-hsg-cap-tinh.jpg"') == 2
    assert "Cập nhật: 09:05 - 04/12/2026" in body
    # lazy images
    _, body, _ = fetch(server, by_id[121]["path"])
    assert 'data-src="/uploads/news/2026_12/ngay-hoi-song-xanh-02.jpg"' in body
    assert ' src="/uploads/news/2026_12/ngay-hoi-song-xanh-02.jpg"' not in body
    # the sapo twice on 112, once in gold
    _, body, _ = fetch(server, by_id[112]["path"])
    assert page_text(body).count(by_id[112]["summary"]) == 2
    assert by_id[112]["body"].count(by_id[112]["summary"]) == 1
    # 115 under its second category: canonical to the main one
    alt = next(p for p in by_id[115]["alt_paths"] if p.startswith("/news/tin-tuc-su-kien/"))
    _, body, _ = fetch(server, alt)
    assert re.search(r'rel="canonical" href="http://[^"]+' + re.escape(by_id[115]["path"]) + '"', body)
    assert unicodedata.normalize("NFD", "Ngày hội thu hút") in body
    # 105 is entity-encoded (NFC text in gold)
    _, body, _ = fetch(server, by_id[105]["path"])
    assert "&#7897;" in body or "&agrave;" in body
    # the un-rewritten URL is linked from the "Tin xem nhiều" block
    _, home, _ = fetch(server, "/")
    assert "/index.php?language=vi&amp;nv=news&amp;op=" in home
    # tags: percent-encoded in the core's links, raw in the cloud; both answer
    assert fetch(server, "/news/tag/h%E1%BB%8Dc-sinh-gi%E1%BB%8Fi/")[0] == 200
    assert 'href="/news/tag/học-sinh-giỏi/"' in home


def test_savefile_is_an_attachment(server):
    g = GOLD[next(iter(GOLD))]
    save = next(p for p in g["alt_paths"] if "/savefile/" in p)
    status, _, headers = fetch(server, save)
    assert status == 200 and "attachment" in headers.get("Content-Disposition", "")
