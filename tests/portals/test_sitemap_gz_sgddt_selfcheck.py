"""Self-checks of the headless Vue SGDĐT fixture (gzip sitemaps) against itself, never the crawler."""

from __future__ import annotations

import gzip
import html as _html
import re
import unicodedata
import urllib.error
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import sitemap_gz_sgddt as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

KEYS = {
    "path",
    "canonical_path",
    "title",
    "published_at",
    "authors",
    "photographers",
    "source",
    "summary",
    "body",
    "images",
    "category",
}
ASSETS = (".jpg", ".png", ".gif", ".css", ".js", ".ico", ".pdf")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def fetch_raw(server: PortalServer, target: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with NO_REDIRECTS.open(server.url(target), timeout=10) as resp:
            return resp.status, resp.read(), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read(), dict(err.headers)


def local(server: PortalServer, href: str, page: str) -> str | None:
    absolute = urljoin(server.url(page), _html.unescape(href.strip()))
    if not absolute.startswith(server.base_url + "/"):
        return None
    target = absolute[len(server.base_url) :]
    if urlsplit(target).path.endswith(ASSETS):
        return None
    return target


def outlinks(server: PortalServer, target: str) -> list[str]:
    """Links a crawler can follow from one answer: href, Location, robots Sitemap:, <loc>."""
    status, raw, headers = fetch_raw(server, target)
    if status in (301, 302):
        return [t for t in [local(server, headers["Location"], target)] if t]
    if status != 200:
        return []
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    body = raw.decode("utf-8")
    found = re.findall(r'href="([^"]+)"', body)
    found += re.findall(r"<loc>([^<]+)</loc>", body)
    found += re.findall(r"(?mi)^Sitemap:\s*(\S+)", body)
    return [t for t in (local(server, h, target) for h in found) if t]


def walk(server: PortalServer, starts: list[str], limit: int = 400) -> set[str]:
    seen, queue = set(starts), deque(starts)
    while queue and len(seen) < limit:
        for href in outlinks(server, queue.popleft()):
            if href not in seen:
                seen.add(href)
                queue.append(href)
    return seen


def visible(body: str) -> str:
    body = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", body)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", body)))


def article_part(body: str) -> str:
    return body.split('<article class="post-detail"', 1)[1].split("</article>", 1)[0]


def test_gold_is_well_formed():
    assert 12 <= len(portal.GOLD) <= 14
    assert 4 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    for g in portal.GOLD:
        assert set(g) >= KEYS, g["path"]
        assert DATE.fullmatch(g["published_at"]), g["path"]
        assert g["published_at"].startswith("2026-1")
        for value in (g["title"], g["body"], g["summary"] or "", g["source"] or "", *g["authors"]):
            assert unicodedata.normalize("NFC", value) == value
            assert "  " not in value and value == value.strip()
        paragraphs = g["body"].split("\n\n")
        assert 3 <= len(paragraphs) <= 14, g["path"]
        if g["summary"]:
            assert g["body"].startswith(g["summary"] + "\n\n")
        assert g["category"] in portal.CATEGORIES.values()
        for img in g["images"]:
            assert set(img) == {"path", "caption"}
        for name in g["authors"] + g["photographers"]:
            assert name not in ("admin", "BBT", "Ban biên tập")
            assert not name.startswith(("ThS.", "TS."))
            # "Name - Office": the office is not part of a name (a unit's own name may hold " - ")
            assert " - " not in name or name.startswith("Phòng "), name
    assert {g["category"] for g in portal.GOLD} == set(portal.CATEGORIES.values())
    for cat in portal.CATEGORIES.values():
        assert sum(g["category"] == cat for g in portal.GOLD) >= 3


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("-", 1)[1])
def test_gold_page_prints_its_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert f'<h1 class="post-detail__title" data-v-5c1e2a7b>{_html.escape(gold["title"])}</h1>' in body
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    assert portal.TODAY in body
    stamp = gold["published_at"]
    y, m, d = stamp[:10].split("-")
    assert f'<time datetime="{stamp}">{stamp[11:16]} - {d}/{m}/{y}</time>' in body
    assert '<a class="chip chip--category" href="/chuyen-muc/' in body
    assert f">{_html.escape(gold['category'])}</a>" in article_part(body)
    text = visible(article_part(body))
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    if gold["summary"]:
        assert f"<em><strong>{_html.escape(gold['summary'], quote=False)}</strong></em>" in body
    else:
        assert "post-detail__sapo" not in body
    content = body.split('<div class="post-detail__content', 1)[1].split("</div>", 1)[0]
    for img in gold["images"]:
        assert f'<img src="{img["path"]}"' in content
        if img["caption"]:
            assert f"<figcaption>{_html.escape(img['caption'], quote=False)}</figcaption>" in content
    assert content.count("<figcaption>") == sum(1 for i in gold["images"] if i["caption"])
    assert content.count('<figure class="image">') == len(gold["images"])
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in body


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<time datetime" not in body and "post-detail__content" not in body, path


def test_shells_are_empty_and_link_to_no_article(server):
    for path in ["/", "/gioi-thieu", "/lien-he", "/van-ban", "/tin-tuc", *(f"/chuyen-muc/{k}" for k in portal.CATEGORIES)]:
        status, body, _ = fetch(server, path)
        assert status == 200
        assert '<div id="app"></div>' in body and "Vui lòng bật JavaScript" in body
        assert f'src="{portal.BUNDLE}"' in body
        assert "/tin-tuc/" not in body and "/api/" not in body and ".json" not in body
        assert portal.TODAY in body and "Tổng truy cập" in body
    # the links alone never lead from the home page to an article
    seen = walk(server, [portal.START_PATH])
    assert not any(t.startswith("/tin-tuc/") for t in seen)
    status, js, _ = fetch(server, portal.BUNDLE)
    assert status == 200 and "/tin-tuc/" not in js


def test_robots_sitemaps_reach_every_article(server):
    seen = walk(server, [portal.START_PATH, "/robots.txt"])
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    assert portal.SOFT_404 in seen
    for old in portal.REDIRECTS:
        assert old in seen


def test_robots_and_index(server):
    status, body, _ = fetch(server, "/robots.txt")
    assert status == 200 and "Sitemap: /sitemap_index.xml" in body
    status, body, headers = fetch(server, "/sitemap_index.xml")
    assert status == 200 and "xml" in headers["Content-Type"] and "<sitemapindex" in body
    locs = [loc[len(server.base_url) :] for loc in re.findall(r"<loc>([^<]+)</loc>", body)]
    assert locs == [loc for loc, _ in portal.SITEMAPS]
    assert len(re.findall(r"<lastmod>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00</lastmod>", body)) == 4


def sitemap_locs(server: PortalServer, target: str) -> tuple[list[str], list[str], dict[str, str], bytes]:
    status, raw, headers = fetch_raw(server, target)
    assert status == 200
    data = gzip.decompress(raw) if target.endswith(".gz") else raw
    xml = data.decode("utf-8")
    locs = [loc[len(server.base_url) :] for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]
    mods = re.findall(r"<lastmod>([^<]+)</lastmod>", xml)
    return locs, mods, headers, raw


def test_gzip_sitemaps(server):
    nov, mods, headers, raw = sitemap_locs(server, "/sitemaps/posts-2026-11.xml.gz")
    assert headers["Content-Type"] == "application/gzip"
    assert "Content-Encoding" not in headers and raw[:2] == b"\x1f\x8b"
    assert all(re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", m) for m in mods)
    assert len(mods) == len(nov)
    octo, _, headers, raw = sitemap_locs(server, "/sitemaps/posts-2026-10.xml.gz")
    assert headers["Content-Type"] == "application/x-gzip"
    assert "Content-Encoding" not in headers and raw[:2] == b"\x1f\x8b"
    dec, _, headers, _ = sitemap_locs(server, "/sitemaps/posts-2026-12.xml")
    assert dec == [] and "xml" in headers["Content-Type"]
    pages, _, _, _ = sitemap_locs(server, "/sitemaps/pages.xml")
    assert set(pages) >= {"/gioi-thieu", "/lien-he", "/van-ban"}
    for g in portal.GOLD:
        where = nov if g["published_at"].startswith("2026-11") else octo
        assert g["path"] in where
    assert set(portal.REDIRECTS) <= set(nov)
    assert portal.SOFT_404 in octo
    # lastmod is the last edit, not the publication
    lastmod = dict(zip(nov, mods, strict=True))
    first = portal.GOLD[0]
    assert lastmod[first["path"]] != first["published_at"]


def test_old_urls_redirect_to_the_same_article(server):
    assert len(portal.REDIRECTS) == 2
    for old, new in portal.REDIRECTS.items():
        status, _, headers = fetch(server, old)
        assert status == 301 and headers["Location"] == server.base_url + new
        assert fetch(server, new)[0] == 200
    # a known id under any other slug goes to the current address too
    story = portal.ORDER[0]
    status, _, headers = fetch(server, f"/tin-tuc/sai-duong-dan-{story.id}")
    assert status == 301 and headers["Location"].endswith(portal.path_of(story))


def test_soft_404(server):
    for target in (portal.SOFT_404, "/tin-tuc/bai-viet-da-xoa-123456", "/tin-tuc/abc"):
        status, body, _ = fetch(server, target)
        assert status == 200
        assert "Không tìm thấy bài viết" in body and 'content="noindex"' in body


def test_prev_next_chain_and_related(server):
    chain = []
    target: str | None = portal.GOLD[0]["path"]
    while target:
        chain.append(target)
        _, body, _ = fetch(server, target)
        assert body.count("Bài viết liên quan") == 1
        related = body.split('<ul class="related__list">', 1)[1].split("</ul>", 1)[0]
        assert related.count("<li") == 3
        nxt = re.search(r'<link rel="next" href="([^"]+)">', body)
        prev = re.search(r'<link rel="prev" href="([^"]+)">', body)
        if len(chain) > 1:
            assert prev and prev.group(1) == chain[-2]
        else:
            assert prev is None
        target = nxt.group(1) if nxt else None
    assert chain == [g["path"] for g in portal.GOLD]
    # one related link still carries an edited slug: a 301
    _, body, _ = fetch(server, portal.GOLD[0]["path"])
    assert any(old in body for old in portal.REDIRECTS)


def test_bylines_and_sources_as_printed(server):
    printed = {}
    for g in portal.GOLD:
        _, body, _ = fetch(server, g["path"])
        printed[g["path"]] = body
    joined = "\n".join(printed.values())
    for line in ("Hồng Nhung - Phòng GDMN-TH", "Tin, ảnh: Ksor H&#x27;Bia", "<strong>BBT</strong>",
                 "Tin: Rơ Mah Blih; Ảnh: Nguyễn Gia", "ThS. Trần Quốc Bảo"):
        assert line in joined, line
    assert joined.count("Nguồn: Báo Gia Lai") == 1
    no_byline = [g for g in portal.GOLD if not g["authors"]]
    assert len(no_byline) == 2
    # a <br> splits one paragraph of the text
    assert "Phó Giám đốc Sở GD&amp;ĐT.<br>Tham dự" in joined
    # the PDF attachment is served, the header date is not a publication date
    status, _, headers = fetch(server, "/uploads/files/lich-thi-hsg-lop-12-2026-2027.pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
