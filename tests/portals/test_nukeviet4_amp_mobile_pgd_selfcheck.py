"""Self-checks of the nukeviet4_amp_mobile_pgd fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import nukeviet4_amp_mobile_pgd as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

MOBILE = {"Cookie": f"{portal.THEME_COOKIE}=m"}
DESKTOP: dict[str, str] = {}
STATIC = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf")
BY_PATH = {g["path"]: g for g in portal.GOLD}
STORY_BY_PATH = {portal.article_path(s): s for s in portal.STORIES}


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict]:
    req = urllib.request.Request(server.url(target), headers=headers or {})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def page_text(markup: str) -> str:
    return collapse(portal.expected_text(markup))


def links(markup: str, server: PortalServer) -> list[str]:
    out = []
    for raw in re.findall(r'href="([^"]+)"', markup):
        href = html.unescape(raw).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:")):
            continue
        if href.startswith("http"):
            parts = urlsplit(href)
            if parts.netloc != f"{server.host}:{server.port}":
                continue
            href = parts.path + (f"?{parts.query}" if parts.query else "")
        if href.lower().split("?")[0].endswith(STATIC):
            continue
        out.append(href)
    return out


def crawl(server: PortalServer, headers: dict[str, str], skip=lambda t: False) -> dict[str, str]:
    """Breadth-first over every href from START_PATH, redirects followed by hand; target -> page."""
    seen: set[str] = {portal.START_PATH}
    pages: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, hdrs = get(server, target, headers)
        nxt: list[str] = []
        if status in (301, 302):
            nxt = [hdrs["Location"]]
        elif status == 200 and "html" in hdrs.get("Content-Type", ""):
            pages[target] = body
            nxt = links(body, server)
        for t in nxt:
            if t not in seen and not skip(t):
                seen.add(t)
                queue.append(t)
    return pages


def test_contract_shape():
    assert portal.NAME == "nukeviet4_amp_mobile_pgd"
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        assert g["published_at"].startswith("2026-1")
        assert 3 <= len(g["body"].split("\n\n")) <= 16


@pytest.mark.parametrize("headers", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
def test_gold_pages_answer_with_their_title(server, headers):
    for g in portal.GOLD:
        status, body, _ = get(server, g["path"], headers)
        assert status == 200, g["path"]
        assert f">{html.escape(g['title'], quote=False)}</h1>" in body.replace("&quot;", '"')
        assert f'rel="canonical" href="{server.base_url}{g["canonical_path"]}"' in body


def test_alt_paths_serve_the_same_article(server):
    for g in portal.GOLD:
        for alt in g["alt_paths"]:
            status, body, _ = get(server, alt)
            assert status == 200, alt
            assert collapse(g["title"]) in page_text(body)
            assert f'rel="canonical" href="{server.base_url}{g["path"]}"' in body
            assert g["body"].split("\n\n")[-1] in page_text(body)
    # the secondary category's URL keeps its own breadcrumb (trap 3)
    story = portal.BY_ID[1207]
    _, body, _ = get(server, portal.article_path(story, "tin-tuc-su-kien"))
    assert '<span>Tin tức - Sự kiện</span></a></li></ul>' in body


@pytest.mark.parametrize("headers", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
def test_gold_fields_are_printed(server, headers):
    for g in portal.GOLD:
        story = STORY_BY_PATH[g["path"]]
        _, body, _ = get(server, g["path"], headers)
        txt = page_text(body)
        for para in g["body"].split("\n\n"):
            if " | " in para:
                for cell in para.split(" | "):
                    assert cell in txt, (g["path"], cell)
            else:
                assert para in txt, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in txt
        for img in g["images"]:
            assert f'"{img["path"]}"' in body, img
            if img["caption"]:
                assert img["caption"] in txt
        for name in g["authors"] + g["photographers"]:
            assert name in txt, name
        if g["source"]:
            assert f">{html.escape(g['source'], quote=False)}</a>" in body
        assert portal.publtime(story) in txt
        if g["published_at"] == "2026-12-01":
            assert "ngày 01 tháng 12 năm 2026" in txt


def test_desktop_and_mobile_markup_differ(server):
    g = portal.GOLD[0]
    _, desk, _ = get(server, g["path"])
    _, mob, _ = get(server, g["path"], MOBILE)
    assert 'class="hv-tieude"' in desk and 'class="hv-tieude"' not in mob
    assert '<em class="time">' in mob and '<div class="h2" itemprop="description">' in mob
    # lazy images on desktop only (trap 5)
    assert f'src="{portal.BLANK}" data-original="/uploads/news/2026_12/hkpd-tongket-02.jpg"' in desk
    assert 'src="/uploads/news/2026_12/hkpd-tongket-02.jpg"' in mob
    # a mobile User-Agent gets the mobile theme too
    _, ua_page, _ = get(server, g["path"], {"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile"})
    assert '<em class="time">' in ua_page


def test_amp_copy(server):
    g = portal.GOLD[0]
    amp = g["alt_paths"][0]
    _, body, _ = get(server, g["path"])
    assert f'rel="amphtml" href="{server.base_url}{amp}"' in body
    status, amp_body, _ = get(server, amp)
    assert status == 200 and "<html ⚡" in amp_body and "<amp-img" in amp_body
    assert '"datePublished": "2026-12-03T08:20:00Z"' in amp_body


def test_theme_switch_sets_cookie(server):
    status, body, hdrs = get(server, "/?nvvithemever=m")
    assert status == 200 and f"{portal.THEME_COOKIE}=m" in hdrs.get("Set-Cookie", "")
    assert 'id="menusite"' in body
    path = portal.GOLD[2]["path"]
    status, _, hdrs = get(server, path + "?nvvithemever=m")
    assert status == 301 and hdrs["Location"] == path and "Set-Cookie" in hdrs
    status, _, hdrs = get(server, "/news/thong-bao/?nvvithemever=d")
    assert status == 301 and hdrs["Location"] == "/news/thong-bao/"


def test_index_php_links_redirect(server):
    story = portal.BY_ID[1214]
    status, _, hdrs = get(server, f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}")
    assert status == 301 and hdrs["Location"] == portal.article_path(story)


def test_attachment_is_a_pdf(server):
    path = portal.article_path(portal.BY_ID[1212])
    status, _, hdrs = get(server, path + "?download=1&id=0")
    assert status == 200 and hdrs["Content-Type"] == "application/pdf"
    assert "attachment" in hdrs["Content-Disposition"]


@pytest.mark.parametrize("headers", [DESKTOP, MOBILE], ids=["desktop", "mobile"])
def test_everything_reachable_from_start(server, headers):
    pages = crawl(server, headers)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path


def test_some_articles_only_behind_page_two(server):
    pages = crawl(server, DESKTOP, skip=lambda t: "/page-" in t)
    hidden = {portal.article_path(portal.BY_ID[i]) for i in (1185, 1176, 1172, 1181)}
    assert not hidden & set(pages)


def test_crawl_budget(server):
    pages = crawl(server, DESKTOP, skip=lambda t: t.startswith("/amp/"))
    assert len(pages) <= 3 * (13 + len(portal.NON_ARTICLES))


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-co-trang-nay.html",
        "/news/tin-tuc-su-kien/page-3",
        "/news/khong-ton-tai/",
        "/news/thong-bao/bai-viet-khong-co-9999.html",
        "/news/thong-bao/" + portal.BY_ID[1214].slug + "-1214.html",
        "/amp/news/tin-tuc-su-kien/" + portal.BY_ID[1207].slug + "-1207.html",
        "/about/khong-co.html",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_nfd_article_is_decomposed_on_the_page(server):
    g = BY_PATH[portal.article_path(portal.BY_ID[1172])]
    _, body, _ = fetch(server, g["path"])
    first = g["body"].split("\n\n")[1]
    assert unicodedata.normalize("NFD", first) in body
    assert first not in body
