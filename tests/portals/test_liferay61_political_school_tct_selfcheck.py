"""Self-checks of the liferay61_political_school_tct fixture against itself (never the crawler)."""

from __future__ import annotations

import html
import re
import unicodedata
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay61_political_school_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import NO_REDIRECTS, fetch

COOKIE = f"JSESSIONID={portal.SESSION_ID}"


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str, cookie: str | None = None) -> tuple[int, str, dict]:
    """One request, redirects not followed, optionally with the session cookie."""
    req = urllib.request.Request(server.url(target), headers={"Cookie": cookie} if cookie else {})
    try:
        with NO_REDIRECTS.open(req, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def page_text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return collapse(unicodedata.normalize("NFC", html.unescape(page)))


def local_links(server: PortalServer, page: str) -> list[str]:
    out = []
    for raw in re.findall(r"<a\b[^>]*?\shref=\"([^\"]+)\"", page):
        url = html.unescape(raw).split("#", 1)[0]
        if not url or url.startswith(("javascript:", "mailto:")):
            continue
        if url.startswith("http"):
            parts = urlsplit(url)
            if parts.netloc != f"{server.host}:{server.port}":
                continue
            url = parts.path + (f"?{parts.query}" if parts.query else "")
        if url.startswith("/"):
            out.append(url)
    return out


def crawl(server: PortalServer, keep_cookie: bool) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Breadth-first walk from START_PATH following ``<a href>`` and redirects, as a link
    extractor would; returns the HTML bodies by target and the (from, to) links."""
    cookie: str | None = None
    pages: dict[str, str] = {}
    edges: list[tuple[str, str]] = []
    queue, seen = [portal.START_PATH], {portal.START_PATH}
    while queue:
        target = queue.pop(0)
        status, body, headers = get(server, target, cookie)
        if keep_cookie and "Set-Cookie" in headers:
            cookie = headers["Set-Cookie"].split(";", 1)[0]
        links = []
        if status in (301, 302):
            links = [headers["Location"]]
        elif status == 200 and headers.get("Content-Type", "").startswith("text/html"):
            pages[target] = body
            links = local_links(server, body)
        for link in links:
            edges.append((target, link))
            last = link.split("?")[0].rsplit("/", 1)[-1]
            if link.startswith(("/documents/", "/image/", portal.THEME, "/html/")) or "." in last:
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return pages, edges


def _all_targets(record: dict) -> set[str]:
    return {record["path"], *record.get("alt_paths", [])}


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert len({g["path"] for g in portal.GOLD}) == 13
    assert 2 <= len({g["category"] for g in portal.GOLD}) <= 4
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    for g in portal.GOLD:
        assert g["published_at"] and g["published_at"][:7] in ("2026-10", "2026-11", "2026-12")
        assert 3 <= len(g["body"].split("\n\n")) <= 16
        assert g["path"] == g["canonical_path"]
        assert all(";jsessionid" not in p for p in [g["path"]])
        paths = _all_targets(g)
        assert len(paths) == len(g.get("alt_paths", [])) + 1
    # alt paths never collide between articles
    owners: dict[str, str] = {}
    for g in portal.GOLD:
        for p in _all_targets(g):
            assert p not in owners, p
            owners[p] = g["path"]


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_paths_answer_with_title(server, record):
    title = html.escape(record["title"], quote=True)
    for target in sorted(_all_targets(record)):
        status, body, _ = get(server, target, COOKIE)
        assert status == 200, target
        assert title in body, target
        if "p_p_state=pop_up" in target:
            assert f'<h3 class="asset-title">{title}</h3>' in body, target
        else:
            assert f'<h1 class="header-title"><span>{title}</span></h1>' in body, target


@pytest.mark.parametrize("record", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_fields_on_page(server, record):
    status, body, _ = get(server, record["path"], COOKIE)
    assert status == 200
    text = page_text(body)
    assert record["title"] in text
    for para in record["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, cell
    for name in record["authors"] + record["photographers"]:
        assert name in text, name
    if record["source"]:
        assert record["source"] in text
    if record["summary"]:
        assert record["summary"] in text
    for img in record["images"]:
        assert html.escape(img["path"], quote=True) in body, img["path"]
        if img["caption"]:
            assert img["caption"] in text
    assert f"Chuyên mục: {record['category']}" in text
    day = record["published_at"][:10]
    y, m, d = day.split("-")
    if record["path"].endswith("nam-2027") and "thong-bao" in record["path"]:
        assert f"ngày {int(d)} tháng {int(m)} năm {y}" in text
    else:
        assert f"{d}/{m}/{y}" in text


def test_published_times_as_printed(server):
    """The 12-hour clock of the training section and the midnight time of article 4."""
    by_id = {s.id: g for s, g in zip(portal.STORIES, portal.GOLD, strict=True)}
    _, body, _ = get(server, by_id[9]["path"], COOKIE)
    assert "Đăng lúc 02:30 CH ngày 25/11/2026" in body
    assert by_id[9]["published_at"] == "2026-11-25T14:30:00+07:00"
    _, body, _ = get(server, by_id[4]["path"], COOKIE)
    assert '<span class="ttsk-gio">00:00</span>' in body
    assert by_id[4]["published_at"] == "2026-11-20"


@pytest.mark.parametrize("keep_cookie", [True, False])
def test_every_gold_article_reachable_from_start(server, keep_cookie):
    pages, edges = crawl(server, keep_cookie)
    for g in portal.GOLD:
        assert _all_targets(g) & set(pages), g["path"]
    # every article URL the walk met is the gold path or one of its alt paths
    article_targets = {t for t in pages if "/-/asset_publisher/" in t}
    known = set().union(*(_all_targets(g) for g in portal.GOLD))
    assert article_targets <= known, sorted(article_targets - known)[:3]
    # the walk stays within the budget of page requests: pages, redirects and the files linked
    # without an extension at the end (PDFs, the lightbox picture), which a crawler must ask for
    redirects = {src for src, _ in edges if src not in pages}
    files = {dst for _, dst in edges if dst.startswith("/documents/")}
    requests = len(pages) + len(redirects) + len(files)
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests


def test_some_articles_only_on_page_two(server):
    _pages, edges = crawl(server, True)
    only_late = [s for s in portal.STORIES if s.id in (6, 7, 11)]
    for story in only_late:
        sources = {src for src, dst in edges if f"/content/{story.slug}" in dst}
        for src in sources:
            on_late_page = "_cur=2" in src and f"/web/guest/{story.cat}?" in src
            on_itself = f"/content/{story.slug}" in src
            assert on_late_page or on_itself, (story.slug, src)
        assert any("_cur=2" in src for src in sources)


def test_session_ids_only_without_cookie(server):
    status, _, headers = get(server, "/")
    assert status == 302 and ";jsessionid=" in headers["Location"]
    assert headers["Set-Cookie"].startswith("JSESSIONID=")
    status, _, headers = get(server, "/", COOKIE)
    assert headers["Location"] == "/web/guest/trang-chu"
    _, body, _ = get(server, "/web/guest/tin-tuc-su-kien")
    assert ";jsessionid=" in body
    _, body, _ = get(server, "/web/guest/tin-tuc-su-kien", COOKIE)
    assert ";jsessionid=" not in body
    first = portal.GOLD[0]["path"]
    status, body, _ = get(server, first + f";jsessionid={portal.SESSION_ID}", COOKIE)
    assert status == 200 and portal.GOLD[0]["title"] in page_text(body)


def test_sidebar_calendar_uses_the_article_class(server):
    _, body, _ = get(server, portal.GOLD[9]["path"], COOKIE)
    assert body.count('class="journal-content-article"') == 2
    assert "LỊCH CÔNG TÁC TUẦN" in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = fetch(server, path)
    assert status == 200
    assert 'class="header-title"' not in body or "document_library_display" in path


@pytest.mark.parametrize(
    "path",
    [
        "/web/guest/khong-co-trang-nay",
        "/web/guest/tin-tuc-su-kien/-/asset_publisher/Kq7RtZ2mXw4B/content/bai-khong-ton-tai",
        "/web/guest/tin-tuc-su-kien/-/asset_publisher/Vn3HsY8pLc0D/content/"
        + portal.S1.slug,
        "/web/guest/dao-tao-boi-duong/-/asset_publisher/Vn3HsY8pLc0D/content/id/99999",
        f"/web/guest/van-ban/-/document_library_display/{portal.DL_INST}/view_file/1",
        "/khong-ton-tai",
    ],
)
def test_unknown_paths_404(server, path):
    status, _, _ = fetch(server, path)
    assert status == 404


def test_listing_pagination(server):
    sec = portal.SECTION["tin-tuc-su-kien"]
    _, body, _ = get(server, "/web/guest/tin-tuc-su-kien", COOKIE)
    assert "Hiển thị 1 - 5 trong 7 kết quả." in body
    assert html.escape(portal.page_url(sec, 2)) in body
    _, body2, _ = get(server, portal.page_url(sec, 2), COOKIE)
    assert "Hiển thị 6 - 7 trong 7 kết quả." in body2
    for story in (portal.S6, portal.S7):
        assert story.slug in body2 and story.slug not in body


def test_images_served(server):
    for g in portal.GOLD:
        for img in g["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_no_machine_paths_in_module():
    source = Path(portal.__file__).read_text(encoding="utf-8")
    assert not re.search(r"/(home|tmp|work)/", source)
