"""Self-checks of the zola_tct fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import zola_tct as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".ico", ".css", ".js", ".pdf", ".docx", ".xml", ".txt")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def get(server: PortalServer, target: str) -> tuple[int, str, dict[str, str]]:
    return fetch(server, quote(target, safe="/?=&%:#"))


def page_text(markup: str) -> str:
    """What a reader sees: no scripts, tags as spaces, entities decoded, NFC, spaces collapsed."""
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    markup = re.sub(r"(?s)<!--.*?-->", " ", markup)
    # a bare footnote call is no text (gold convention): it glues to its word
    markup = re.sub(r'<sup class="footnote-reference"[^>]*>.*?</sup>', "", markup)
    return collapse(_html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _norm(target: str) -> str:
    return unicodedata.normalize("NFC", unquote(target))


def links(markup: str, here: str, base: str) -> list[str]:
    """Same-host targets of <a href>, <link rel=next|prev> and the JS pager's data-next."""
    found = re.findall(r'<a\b[^>]*?\shref="([^"]*)"', markup)
    found += re.findall(r'<link\b[^>]*rel="(?:next|prev)"[^>]*href="([^"]*)"', markup)
    found += re.findall(r'\sdata-next="([^"]*)"', markup)
    out = []
    for href in found:
        href = _html.unescape(href).split("#", 1)[0]
        if not href or href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base + here, href)
        if not url.startswith(base + "/"):
            continue
        parts = urlsplit(url)
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        out.append(_norm(parts.path + (f"?{parts.query}" if parts.query else "")))
    return out


def crawl(server: PortalServer) -> dict[str, str]:
    """Breadth-first over same-host links from START_PATH; 301s followed; target -> HTML."""
    seen: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = get(server, target)
        if status in (301, 302):
            nxt = _norm(urlsplit(urljoin(server.base_url + target, headers["Location"])).path)
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
            seen[target] = ""
            continue
        assert status == 200, (target, status)
        seen[target] = body
        for nxt in links(body, target, server.base_url):
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
    return seen


@pytest.fixture(scope="module")
def crawled(server):
    return crawl(server)


def test_counts_and_unique_paths():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    paths = [g["path"] for g in portal.GOLD]
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(paths)) == len(paths)
    assert not set(paths) & set(alts)
    assert not set(paths) & set(portal.NON_ARTICLES)


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_page_answers_with_title(server, gold):
    status, body, _ = get(server, gold["path"])
    assert status == 200
    assert gold["title"] in page_text(body)
    assert f'<link rel="canonical" href="{server.base_url}{gold["canonical_path"]}">' in body
    # the headline is no <h1>: the header's school name is
    assert re.findall(r"<h1>(.*?)</h1>", body) == ["TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_alt_paths_serve_or_lead_to_the_article(server, gold):
    for alt in gold.get("alt_paths", []):
        status, body, headers = get(server, alt)
        if status == 301:
            assert headers["Location"] == quote(gold["path"])
        elif "<title>Redirect</title>" in body:
            assert f'<a href="{server.base_url}{gold["path"]}">Click here</a>' in body
            assert '<noscript>\n  <meta http-equiv="refresh"' in body
        else:
            assert status == 200, alt
            assert gold["title"] in page_text(body)


def test_every_gold_article_and_non_article_is_reachable(crawled):
    reached = {urlsplit(t).path for t in crawled}
    for gold in portal.GOLD:
        assert gold["path"] in reached, gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in reached, path


def test_crawl_stays_within_budget(crawled):
    pages = [t for t, body in crawled.items()]
    assert len(pages) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), len(pages)


def test_r4_only_on_research_page_two(crawled):
    r4 = portal.story_path(portal.R4)
    linking = {t for t, body in crawled.items() if body and r4 in body and urlsplit(t).path != r4}
    assert linking == {"/nghien-cuu-trao-doi/page/2/"}
    first = crawled["/nghien-cuu-trao-doi/"]
    assert 'data-next="' in first and '<link rel="next"' in first
    assert not re.search(r'<a\b[^>]*href="[^"]*/nghien-cuu-trao-doi/page/2/"', first)


def _printed_dates(gold: dict) -> list[str]:
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    en = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"][int(m) - 1]
    return [
        f"{d} Tháng {int(m)} {y}",
        f"{en} {d}, {y}",
        f"ngày {d} tháng {int(m)} năm {y}",
        f"{d}/{m}/{y}",
    ]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"])
def test_gold_fields_appear_on_the_page(server, gold):
    status, body, _ = get(server, gold["path"])
    assert status == 200
    seen = page_text(body)
    for para in gold["body"].split("\n\n"):
        # a table row's cells are joined by " | " in the gold, printed as cells
        assert para in seen or para.replace(" | ", " ") in seen, para
    if gold["summary"]:
        assert gold["summary"] in seen
        assert gold["body"].startswith(gold["summary"])
    for name in gold["authors"] + gold["photographers"]:
        assert name in seen, name
    if gold["source"]:
        assert f"Nguồn: {gold['source']}" in seen
    for img in gold["images"]:
        assert "path" in img
        if img["caption"]:
            assert img["caption"] in seen
    assert any(form in seen for form in _printed_dates(gold)), gold["published_at"]
    if "T" in gold["published_at"]:
        assert gold["published_at"][11:16] in seen
    assert gold["category"] in seen


def test_image_paths_are_served(server):
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = get(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/"), img


def test_trap_markup_is_printed(server):
    _, r1, _ = get(server, portal.story_path(portal.R1))
    assert 'class="zola-anchor"' in r1 and 'class="nc-mucluc"' in r1
    assert 'công tác<sup class="footnote-reference"' in r1 and "↩</a>" in r1
    _, d3, _ = get(server, portal.story_path(portal.D3))
    assert "Thứ Năm, 05 Tháng 11 2026 - 00:00" in d3
    assert unicodedata.normalize("NFD", "Thực hiện kế hoạch") in d3
    _, d4, _ = get(server, portal.story_path(portal.D4))
    assert 'mso-list:Ignore">-' in d4 and "- Giải Nhất" in d4
    _, n1, _ = get(server, portal.story_path(portal.N1))
    assert "Ngày đăng: 01/12/2026 08:05" in n1 and "ngày 30 tháng 11 năm 2026" in n1
    _, h1, _ = get(server, portal.story_path(portal.H1))
    assert page_text(h1).count(portal.H1.summary) >= 2


def test_taxonomy_paths_are_unicode(server):
    status, body, _ = get(server, "/categories/")
    assert status == 200
    assert "/categories/Xây-dựng-Đảng/" in body
    status, body, _ = get(server, "/categories/Xây-dựng-Đảng/")
    assert status == 200 and portal.H2.title in body


@pytest.mark.parametrize("path", portal.NON_ARTICLES)
def test_non_articles_answer(server, path):
    status, body, _ = get(server, path)
    assert status == 200
    assert "<h2" in body


@pytest.mark.parametrize(
    "path", ["/khong-co-trang-nay/", "/tin-tuc/dao-tao-boi-duong/khong-ton-tai/", "/categories/Không-có/"]
)
def test_unknown_paths_404(server, path):
    status, _, _ = get(server, path)
    assert status == 404


def test_page_one_stub_and_static_host_variants(server):
    status, body, _ = get(server, "/tin-tuc/page/1/")
    assert status == 200 and "<title>Redirect</title>" in body
    status, _, headers = get(server, "/tin-tuc")
    assert status == 301 and headers["Location"] == "/tin-tuc/"
    status, body, _ = get(server, "/tin-tuc/?page=2")
    assert status == 200 and portal.D1.title in body
