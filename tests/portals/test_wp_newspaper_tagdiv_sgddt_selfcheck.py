"""Self-checks of the wp_newspaper_tagdiv_sgddt fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
import urllib.parse
import urllib.request
from collections import deque

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_newspaper_tagdiv_sgddt as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _plain(page: str) -> str:
    """Page text as a reader sees it: tags dropped (inline tags glue), entities decoded, NFC."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"</?(p|li|td|tr|h\d|div|figcaption|br)\b[^>]*>", " ", page)
    page = re.sub(r"<[^>]+>", "", page)
    page = _html.unescape(page).replace("\xa0", " ")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", page))


def _local_links(server: PortalServer, page: str) -> list[str]:
    found = re.findall(r"<a\b[^>]*?\bhref=[\"']([^\"']+)[\"']", page)
    found += re.findall(r"<link\s+rel=[\"'](?:next|prev)[\"']\s+href=[\"']([^\"']+)[\"']", page)
    out = []
    for href in found:
        href = _html.unescape(href).split("#", 1)[0]
        if not href:
            continue
        url = urllib.parse.urljoin(server.base_url + "/", href)
        parts = urllib.parse.urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != server.base_url:
            continue
        if re.search(r"\.(jpg|png|gif|css|js|pdf|ico)$", parts.path):
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def _crawl(server: PortalServer) -> tuple[set[str], dict[str, str]]:
    seen = {portal.START_PATH}
    pages: dict[str, str] = {}
    queue = deque([portal.START_PATH])
    while queue:
        target = queue.popleft()
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        pages[target] = body
        for link in _local_links(server, body):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    return seen, pages


def test_gold_shape():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert len({g["path"] for g in portal.GOLD}) == 13
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    for g in portal.GOLD:
        paragraphs = g["body"].split("\n\n")
        assert 3 <= len(paragraphs) <= 12, g["path"]


def test_gold_pages_answer_with_title_and_fields(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        text = _plain(body)
        for alt in g.get("alt_paths", []):
            alt_status, alt_body, _ = fetch(server, alt)
            assert alt_status == 200, alt
            if alt.endswith(("/2/",)):
                text += " " + _plain(alt_body)
        title = _html.escape(g["title"], quote=False)
        assert f'<h1 class="entry-title">{title}</h1>' in body, g["path"]
        for para in g["body"].split("\n\n"):
            if " | " in para:
                assert all(cell in text for cell in para.split(" | ")), para
            else:
                assert para in text, (g["path"], para)
        if g["summary"]:
            assert g["summary"] in text
        for name in g["authors"] + g["photographers"]:
            assert name in text, (g["path"], name)
        if g["source"]:
            assert g["source"] in text
        for img in g["images"]:
            assert img["path"] in body, (g["path"], img)
            if img["caption"]:
                assert _html.escape(img["caption"], quote=False) in body
        assert g["category"] in text
        if "T" in (g["published_at"] or ""):
            assert f'datetime="{g["published_at"]}"' in body, g["path"]
        else:
            day = g["published_at"]
            assert f"ngày {int(day[8:])} tháng {int(day[5:7])} năm {day[:4]}" in text


def test_amp_views_point_to_canonical(server):
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"] + "amp/")
        assert status == 200
        assert "<html amp" in body
        assert f'<link rel="canonical" href="{server.base_url}{g["path"]}">' in body
        text = _plain(body)
        for para in g["body"].split("\n\n"):
            if " | " not in para:
                assert para in text, (g["path"], para)


def test_shortlinks_redirect(server):
    story = portal.STORIES[0]
    status, _, headers = fetch(server, f"/?p={story.id}")
    assert status == 301
    assert headers["Location"] == f"{server.base_url}/{story.slug}/"


def test_reachability_and_budget(server):
    _, pages = _crawl(server)
    for g in portal.GOLD:
        assert g["path"] in pages, g["path"]
    for path in portal.NON_ARTICLES:
        assert path in pages, path
    budget = 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES))
    assert len(pages) + len(portal.GOLD) <= budget  # + the AMP views a crawler may take


def test_some_articles_only_on_page_two(server):
    _, pages = _crawl(server)
    late = {f"/{s.slug}/" for s in (portal.A4, portal.A5, portal.B5)}
    for target, body in pages.items():
        links = set(_local_links(server, body))
        if target in late or "/page/" in target or target.endswith("/2/"):
            continue
        assert not (links & late), target
    page2 = _local_links(server, pages["/chuyen-muc/tin-tuc-su-kien/page/2/"])
    assert f"/{portal.A4.slug}/" in page2 and f"/{portal.A5.slug}/" in page2
    # the load-more category links page 2 only from the head
    first = pages["/chuyen-muc/tin-tuc-su-kien/"]
    assert 'href="' + server.base_url + '/chuyen-muc/tin-tuc-su-kien/page/2/"' not in first.split("</head>")[1]


def test_non_articles_and_404(server):
    for path in portal.NON_ARTICLES:
        assert fetch(server, path)[0] == 200, path
    for path in ("/khong-co-bai-nay/", "/chuyen-muc/tin-tuc-su-kien/page/9/", "/chuyen-muc/khong-co/",
                 "/author/nobody/", f"/{portal.C2.slug}/abc/", "/?p=1"):
        assert fetch(server, path)[0] == 404, path


def test_ajax_block_pages(server):
    data = urllib.parse.urlencode({"action": "td_ajax_block", "td_block_id": "tdi_31", "td_current_page": "2",
                                   "block_type": "td_block_1", "td_atts": "{}"}).encode()
    req = urllib.request.Request(server.url(portal.AJAX_URL), data=data, method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        reply = json.loads(resp.read().decode("utf-8"))
    assert portal.A4.slug in reply["td_data"] and reply["td_hide_next"] is True
    data = urllib.parse.urlencode({"action": "td_ajax_loop", "loopState[currentPage]": "2",
                                   "loopState[atts][category_id]": "3"}).encode()
    req = urllib.request.Request(server.url(portal.AJAX_URL), data=data, method="POST")
    with NO_REDIRECTS.open(req, timeout=10) as resp:
        reply = json.loads(resp.read().decode("utf-8"))
    assert portal.A5.slug in reply["server_reply_html_data"]


def test_traps_are_printed(server):
    _, a1, _ = fetch(server, f"/{portal.A1.slug}/")
    assert '<span class="dropcap dropcap1">S</span>áng' in a1
    assert "td-gallery-slide-copywrite-span\">DSC_4410" in a1 and "-150x150.jpg" in a1
    assert "- Quảng cáo -" in a1 and "Thứ Bảy, 05/12/2026" in a1
    assert 'content="2026-12-04T09:05:31+00:00"' in a1
    _, b2, _ = fetch(server, f"/{portal.B2.slug}/")
    pills = b2.split('<ul class="td-category">')[1].split("</ul>")[0]
    assert pills.index("Hoạt động chuyên môn") < pills.index("Tin tức - Sự kiện")
    _, b1, _ = fetch(server, f"/{portal.B1.slug}/")
    assert unicodedata.normalize("NFD", "tập huấn") in b1
    _, a5, _ = fetch(server, f"/{portal.A5.slug}/")
    assert "[vc_row][vc_column][vc_column_text]" in a5
    _, c3, _ = fetch(server, f"/{portal.C3.slug}/")
    assert '<ul class="td-source"><li><span>NGUỒN</span>' in c3
    assert "Bài viết cùng chủ đề" in fetch(server, f"/{portal.A2.slug}/")[1]
    assert fetch(server, "/wp-json/wp/v2/posts/4518")[0] == 401


def test_no_machine_paths_in_module():
    with open(portal.__file__, encoding="utf-8") as handle:
        source = handle.read()
    assert not re.search(r"/(home|tmp|work)/", source)
