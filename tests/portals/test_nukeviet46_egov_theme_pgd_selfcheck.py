"""Self-checks of the nukeviet46_egov_theme_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet46_egov_theme_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.I)
_STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    markup = re.sub(r"<[^>]+>", " ", markup)
    return collapse(unicodedata.normalize("NFC", _html.unescape(markup)))


def links(server: PortalServer, target: str, body: str) -> list[str]:
    out = []
    for raw in _HREF.findall(body):
        href = _html.unescape(raw).strip()
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        absolute = urljoin(server.url(target), href)
        parts = urlsplit(absolute)
        if parts.netloc != urlsplit(server.base_url).netloc:
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over every same-host href from START_PATH; pages only, redirects followed."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = urlsplit(urljoin(server.url(target), headers["Location"]))
            if nxt.netloc == urlsplit(server.base_url).netloc:
                loc = nxt.path + (f"?{nxt.query}" if nxt.query else "")
                if loc not in queued:
                    queued.add(loc)
                    queue.append(loc)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith(("text/html", "application/rss")):
            continue
        seen[target] = body
        for link in links(server, target, body):
            if link.lower().endswith(_STATIC) or link in queued:
                continue
            queued.add(link)
            queue.append(link)
    return seen


def test_gold_shape():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(alts) == len(set(alts)) and not set(alts) & set(paths)
    for g in portal.GOLD:
        assert g["body"].count("\n\n") >= 2, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"])


def test_gold_pages_answer_with_their_title(server):
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
            for cell in para.split(" | "):
                assert cell in txt, (g["path"], cell)
        for name in g["authors"] + g["photographers"]:
            assert name in txt, (g["path"], name)
        if g["source"]:
            assert g["source"] in txt
        for img in g["images"]:
            assert f'src="{img["path"]}"' in body, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in txt
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in txt or f"ngày {d} tháng {m} năm {y}" in txt, g["path"]
        if "T" in g["published_at"]:
            assert f"{d}/{m}/{y} {g['published_at'][11:16]}" in txt


def test_everything_is_reachable_within_budget(server):
    seen = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    # all HTML pages a follow-every-link crawler fetches
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)


def test_some_articles_only_on_page_two(server):
    only_p2 = {portal.article_path(portal.BY_ID[i]) for i in (229, 221, 226)}
    hubs = ["/vi/", "/vi/news/", "/vi/news/rss/", "/vi/news/tin-tuc-su-kien/",
            "/vi/news/hoat-dong-chuyen-mon/", "/vi/news/thong-bao/",
            *(f"/vi/news/topic/{t}/" for t in portal.TOPICS),
            *(f"/vi/news/tag/{t}" for t in portal.TAGS)]
    for hub in hubs:
        status, body, _ = fetch(server, hub)
        assert status == 200, hub
        found = set(links(server, hub, body)) | set(re.findall(r"/vi/news/[^<\"]+\.html", body))
        assert not only_p2 & {urlsplit(f).path for f in found}, hub
    linked = set()
    for p2 in ("/vi/news/tin-tuc-su-kien/page-2", "/vi/news/hoat-dong-chuyen-mon/page-2"):
        status, body, _ = fetch(server, p2)
        assert status == 200
        linked |= set(links(server, p2, body))
    assert only_p2 <= linked


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "news-bodyhtml" not in body


def test_platform_behaviour(server):
    assert fetch(server, "/")[0] == 302
    status, _, headers = fetch(server, "/vi/news/tin-tuc-su-kien/page-1")
    assert status == 301 and headers["Location"] == "/vi/news/tin-tuc-su-kien/"
    assert fetch(server, "/vi/news/tin-tuc-su-kien/page-3")[0] == 404
    t1 = portal.BY_ID[245]
    status, _, headers = fetch(server, f"/vi/news/thong-bao/{t1.slug}-245.html")
    assert status == 301 and headers["Location"] == portal.article_path(t1)
    status, _, headers = fetch(server, "/vi/news/tin-tuc-su-kien/so-gd-dt-thua-thien-hue-trien-khai-thi-diem-hoc-ba-so-cap-thcs-239.html")
    assert status == 302 and headers["Location"].startswith("http://sgddt.")
    n1 = portal.article_path(portal.BY_ID[242])
    status, body, headers = fetch(server, n1 + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert "attachment" in headers["Content-Disposition"]
    status, body, _ = fetch(server, portal.sendmail_path(portal.BY_ID[243]))
    assert status == 200 and "Gửi bài viết qua email" in body and "news-bodyhtml" not in body
    status, body, headers = fetch(server, "/vi/news/rss/")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    assert body.count("<item>") == portal.RSS_ITEMS


def test_unknown_paths_404(server):
    for target in [
        "/vi/news/khong-ton-tai/",
        "/vi/news/tin-tuc-su-kien/bai-khong-co-999.html",
        "/vi/news/topic/khong-co/",
        "/vi/about/khong-co.html",
        "/en/",
        "/vi/news/print/thong-bao/abc-1.html",
        "/wp-admin/",
    ]:
        assert fetch(server, target)[0] == 404, target


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)
