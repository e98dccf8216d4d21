"""Self-checks of the liferay62_wclist_mamnon fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from datetime import timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_wclist_mamnon as portal
from tests.portals._selfcheck import fetch

ICT = timezone(timedelta(hours=7))
_SKIP_PREFIXES = ("/documents/", "/image/", "/mnhoasen-theme/", "/html/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", body)
    body = re.sub(r"<[^>]+>", " ", body)
    body = _html.unescape(body).replace("\xa0", " ")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", body)).strip()


def norm(value: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()


def hrefs(body: str) -> list[str]:
    return [_html.unescape(h) for h in re.findall(r'<a\b[^>]*?\bhref="([^"]*)"', body)]


def local_target(base: str, page_target: str, href: str) -> str | None:
    if href.startswith(("javascript:", "#", "mailto:")):
        return None
    absolute = urljoin(base + page_target, href)
    parts = urlsplit(absolute)
    if f"{parts.scheme}://{parts.netloc}" != base:
        return None
    if parts.path.startswith(_SKIP_PREFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over <a href> links (redirects followed) from START_PATH: target -> body."""
    seen: dict[str, str] = {}
    queue = [portal.START_PATH]
    queued = {portal.START_PATH}
    while queue:
        target = queue.pop(0)
        status, body, headers = fetch(server, target)
        if status in (301, 302):
            nxt = local_target(server.base_url, target, headers["Location"])
            if nxt and nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            continue
        assert status == 200, (target, status)
        seen[target] = body
        for href in hrefs(body):
            nxt = local_target(server.base_url, target, href)
            if nxt and nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_thirteen_articles_and_non_articles_count():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert cats == {"Hoạt động nhà trường", "Chăm sóc - Nuôi dưỡng", "Thông báo"}


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_path_answers_with_title(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    assert gold["title"] in page_text(body)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_alt_paths_serve_same_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, _ = fetch(server, alt)
        assert status == 200, alt
        assert gold["title"] in page_text(body), alt


def _article_text(server, gold) -> tuple[str, list[str]]:
    """The article's whole text (all its pages) and the raw bodies."""
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    bodies = [body]
    for alt in gold.get("alt_paths", []):
        if "_page=" in alt and not alt.endswith("_page=1"):
            bodies.append(fetch(server, alt)[1])
    return " ".join(page_text(b) for b in bodies), bodies


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_gold_fields_on_page(server, gold):
    txt, bodies = _article_text(server, gold)
    raw = " ".join(bodies)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert norm(cell) in txt, cell
    if gold["summary"]:
        assert gold["body"].split("\n\n")[0] == gold["summary"]
        assert gold["summary"] in txt
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in txt
    for img in gold["images"]:
        assert _html.escape(img["path"]) in raw, img
        if img["caption"]:
            assert img["caption"] in txt
    assert gold["category"] in txt or gold["category"] == "Thông báo"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][-40:])
def test_published_at_matches_printed_date(server, gold):
    txt, _ = _article_text(server, gold)
    m = re.search(r"(?:Ngày đăng|Đăng ngày): (\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d \+0000)", txt)
    if m is None:
        letter = re.search(r"Lào Cai, ngày (\d\d) tháng (\d\d) năm (\d{4})", txt)
        assert letter, "no printed date"
        assert gold["published_at"] == f"{letter[3]}-{letter[2]}-{letter[1]}"
        return
    local = parsedate_to_datetime(m[1]).astimezone(ICT)
    if (local.hour, local.minute) == (0, 0):
        assert gold["published_at"] == local.date().isoformat()
    else:
        assert gold["published_at"] == local.isoformat()
    if "asset_publisher" in gold["path"]:
        assert f'metadata-publish-date">{local:%d/%m/%y}<' in fetch(server, gold["path"])[1]


def test_canonicals(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        canon = re.search(r'<link href="([^"]+)" rel="canonical"', body)[1]
        path = urlsplit(_html.unescape(canon)).path
        if "asset_publisher" in gold["path"]:
            assert path == gold["canonical_path"]
        else:
            # the trap: chi-tiet names the bare page as canonical
            assert path == "/web/mnhoasen/chi-tiet"


def test_every_gold_article_reachable(crawled):
    for gold in portal.GOLD:
        targets = {gold["path"], *gold.get("alt_paths", [])}
        assert targets & set(crawled), gold["path"]


def test_every_reached_article_url_is_gold(crawled):
    known = set()
    for gold in portal.GOLD:
        known |= {gold["path"], *gold.get("alt_paths", [])}
    for target in crawled:
        if "/asset_publisher/" in target or "articleId=" in target:
            assert target in known, target


def test_some_articles_only_behind_page_two(crawled):
    oldest_news = portal.GOLD[8]
    oldest_notice = portal.GOLD[12]
    for gold in (oldest_news, oldest_notice):
        forms = {gold["path"], *gold.get("alt_paths", [])}
        linking = [t for t, body in crawled.items() if forms & set(hrefs(body))]
        assert linking, gold["path"]
        assert all("_cur=2" in t for t in linking), linking


def test_crawl_budget(crawled):
    assert len(crawled) <= 3 * (13 + len(portal.NON_ARTICLES)), len(crawled)


def test_non_articles(server, crawled):
    for path in portal.NON_ARTICLES:
        status, _, _ = fetch(server, path)
        assert status == 200
        assert path in crawled


def test_unknown_paths_404(server):
    for target in (
        "/web/mnhoasen/khong-co",
        "/web/mnhoasen/tin-tuc/-/asset_publisher/hN7tQv2sKd4P/content/khong-co-bai",
        "/web/mnhoasen/chi-tiet?articleId=99999",
        "/web/guest/home",
        "/tin-tuc",
    ):
        assert fetch(server, target)[0] == 404, target


def test_start_redirect_and_images(server):
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == "/web/mnhoasen"
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")
