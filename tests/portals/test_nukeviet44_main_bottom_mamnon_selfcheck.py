"""Self-checks of the nukeviet44_main_bottom_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet44_main_bottom_mamnon as portal
from tests.portals._selfcheck import fetch

HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"', re.I)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
POST = re.compile(r"^/[a-z0-9-]+/[a-z0-9-]+-\d+\.html$")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", value.replace("\xa0", " ")).strip())


def page_text(body: str) -> str:
    body = re.sub(r"</t[dh]>\s*<t[dh]>", " | ", body)
    return nfc(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def links(base: str, target: str, body: str) -> list[str]:
    out = []
    for href in HREF.findall(body):
        url = urljoin(base + target, _html.unescape(href))
        parts = urlsplit(url)
        if url.startswith(base) and not re.search(r"\.(jpe?g|png|gif|ico|css|js)$", parts.path):
            out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def crawl(server) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Breadth-first over plain links from START_PATH: pages seen and who links each target."""
    seen: dict[str, str] = {}
    linked_from: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            loc = urlsplit(urljoin(server.url(target), headers["Location"]))
            nxt = loc.path
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        if status != 200 or not headers.get("Content-Type", "").startswith("text/html"):
            continue
        seen[target] = body
        for link in links(server.base_url, target, body):
            linked_from.setdefault(link, set()).add(target)
            if link not in queued and not link.startswith("/seek"):
                queued.add(link)
                queue.append(link)
    return seen, linked_from


def test_shape():
    assert portal.NAME == "nukeviet44_main_bottom_mamnon"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert "Traps" in portal.__doc__ and "Gold decisions" in portal.__doc__
    for g in portal.GOLD:
        assert g["published_at"] is None or DATE.match(g["published_at"]), g["path"]
        assert g["published_at"] is None or g["published_at"] >= "2026-10-01"


def test_gold_pages_answer_with_title(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        h1 = re.findall(r'<h1 class="title[^"]*"[^>]*>(.*?)</h1>', body, re.S)
        assert [nfc(_html.unescape(h)) for h in h1] == [g["title"]]
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body
        assert g["category"] in page_text(body)


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g.get("alt_paths", []):
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            text = page_text(body)
            assert g["title"] in text
            for para in g["body"].split("\n\n"):
                assert para in text, (alt, para)


def test_gold_fields_on_page(server):
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        main = body.split('itemprop="headline"', 1)[1].split('class="news_column', 1)[0]
        text = page_text(main)
        for para in g["body"].split("\n\n"):
            assert para in text, (g["path"], para)
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
        for img in g["images"]:
            assert f'src="{img["path"]}"' in main, (g["path"], img)
            if img["caption"]:
                assert img["caption"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        day = g["published_at"][:10]
        y, m, d = day.split("-")
        assert f"{d}/{m}/{y}" in text or f"ngày {int(d)} tháng {int(m)} năm {y}" in text
        if "T" in g["published_at"]:
            assert f"{d}/{m}/{y} {g['published_at'][11:16]}" in text


def test_images_are_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_reachable_within_budget(server):
    seen, linked_from = crawl(server)
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path
    assert len(seen) <= 3 * (13 + len(portal.NON_ARTICLES)), len(seen)
    # posts reached only through page 2 of a listing (or each other's lists)
    deep = {"/tin-tuc/page-2", "/hoat-dong-cua-be/page-2"}
    for g in portal.GOLD:
        if g["path"].endswith(("-118.html", "-119.html", "-123.html")):
            sources = linked_from[g["path"]]
            assert sources & deep, g["path"]
            others = {s for s in sources if s not in deep}
            assert all(s.endswith(("-118.html", "-119.html", "-123.html")) for s in others), others
    # the print views are only opened by script
    assert not any(p.startswith("/print/") for p in linked_from)


def test_print_only_in_onclick(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert "nv_open_browse('/print/" in body


def test_attachment_is_a_pdf(server):
    story = portal.BY_ID[133]
    status, _body, headers = fetch(server, portal.post_path(story) + "?download=1&id=0")
    assert status == 200 and headers["Content-Type"] == "application/pdf"


def test_non_articles(server):
    for path in portal.NON_ARTICLES:
        status, _body, _ = fetch(server, path)
        assert status == 200, path
        assert not POST.match(path) or path.startswith("/photos/")


def test_redirects_and_unknown(server):
    story = portal.BY_ID[138]
    status, _, headers = fetch(server, f"/goc-phu-huynh/sai-alias-{story.id}.html")
    assert status == 301 and headers["Location"] == portal.post_path(story)
    status, _, headers = fetch(server, "/tin-tuc/page-1")
    assert status == 301
    for path in ("/khong-co/", "/tin-tuc/page-9", "/tin-tuc/abc-999.html", "/page/khong-co.html",
                 "/tags/khong-co", "/print/tin-tuc/abc-1.html", "/?nv=news"):
        assert fetch(server, path)[0] == 404, path


def test_traps_present(server):
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert body.count("<h1") == 2
    assert 'property="article:published_time" content="2026-12-04+0715:20:00"' in body
    assert "Bấm vào đây để duy trì trạng thái đăng nhập" in body
    assert "Tổng số điểm của bài viết là" in body
    status, body, _ = fetch(server, "/tin-tuc/thong-bao-tuyen-sinh-bo-sung-tre-18-24-thang-tuoi-133.html")
    assert status == 200
    assert "/thong-bao/thong-bao-tuyen-sinh-bo-sung-tre-18-24-thang-tuoi-133.html" in body
