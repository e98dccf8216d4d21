"""Self-check of the neos_sgddt fixture portal against itself (never the crawler).

Every gold page answers 200 and prints its gold; the gold is well formed; a breadth-first walk
from the start page (and the sitemap) reaches every article; each trap of the module's
docstring behaves as it says.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import deque
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer

from . import neos_sgddt as portal
from ._selfcheck import NO_REDIRECTS, fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'href="([^"]*)"')
_KEYS = {
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
PAGE2 = "?--flowpack-listable-paginator%5BcurrentPage%5D=2"


@pytest.fixture(scope="module")
def server() -> Iterator[PortalServer]:
    with PortalServer(portal.build_site()) as srv:
        yield srv


def _reader(markup: str) -> str:
    """Tags dropped (inline ones without a space), references resolved, NFC, whitespace collapsed."""
    inline = re.sub(r"</?(?:a|em|strong|span)\b[^>]*>", "", markup)
    no_tags = re.sub(r"<[^>]+>", " ", inline)
    return " ".join(unicodedata.normalize("NFC", html.unescape(no_tags)).split())


def _gold(path: str) -> dict:
    return next(g for g in portal.GOLD if g["path"] == path)


def _local_links(body: str, page_url: str, server: PortalServer) -> list[str]:
    out = []
    for href in _HREF.findall(body):
        href = html.unescape(href)
        if href.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(page_url, href))
        if parts.netloc != f"{server.host}:{server.port}":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


# --- gold ------------------------------------------------------------------------------------------


def test_gold_is_well_formed() -> None:
    assert 12 <= len(portal.GOLD) <= 14
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == len(paths)
    assert 4 <= len(portal.NON_ARTICLES) <= 8 and not set(paths) & set(portal.NON_ARTICLES)
    for g in portal.GOLD:
        assert set(g) >= _KEYS, g["path"]
        assert g["canonical_path"] == g["path"]
        assert g["category"] in {"Hoạt động ngành", "Thông báo"}
        assert g["path"].startswith(
            {"Hoạt động ngành": "/tin-tuc/hoat-dong-nganh/", "Thông báo": "/tin-tuc/thong-bao/"}[
                g["category"]
            ]
        )
        assert g["published_at"] and _STAMP.match(g["published_at"])
        for key in ("title", "body", "category", "summary"):
            assert g[key] and g[key] == g[key].strip() and unicodedata.is_normalized("NFC", g[key])
        paragraphs = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paragraphs)
        assert g["summary"] == paragraphs[0]
        for name in g["authors"] + g["photographers"]:
            assert name and name == name.strip() and unicodedata.is_normalized("NFC", name)
            assert not name.startswith(("ThS.", "Cô ", "Thầy ")) and name not in ("admin", "BBT")
        for img in g["images"]:
            assert img["path"].startswith("/_Resources/Persistent/")
            assert img["caption"] is None or unicodedata.is_normalized("NFC", img["caption"])
            assert img["caption"] not in paragraphs
    # the decisions of the docstring
    assert _gold(portal.GOLD[2]["path"])["photographers"] == ["Nguyễn Văn Bình"]
    assert [g["source"] for g in portal.GOLD if g["source"]] == ["Cổng TTĐT tỉnh"]
    assert sum(1 for g in portal.GOLD if not g["authors"]) == 6
    assert {len(g["body"].split("\n\n")) for g in portal.GOLD} >= {2, 3, 17}


# --- pages -----------------------------------------------------------------------------------------


def test_gold_pages_print_their_gold(server: PortalServer) -> None:
    for g in portal.GOLD:
        status, body, _ = fetch(server, g["path"])
        assert status == 200, g["path"]
        page = _reader(body)
        assert f'<h1 class="news-detail__title">{html.escape(g["title"])}</h1>' in body
        assert f'<link rel="canonical" href="{server.base_url}{g["canonical_path"]}" />' in body
        day = g["published_at"]
        assert (
            f'<time class="news-detail__date" datetime="{day}">{day[8:10]}.{day[5:7]}.{day[:4]}</time>'
            in body
        )
        assert f'<span class="news-detail__kicker">{g["category"]}</span>' in body
        assert f"› {g['category']} › {g['title']}" in page
        assert f'<p class="news-detail__teaser">{html.escape(g["summary"])}</p>' in body
        for paragraph in g["body"].split("\n\n"):
            # a table row is a paragraph of cells joined by " | "; the page prints the cells
            assert paragraph.replace(" | ", " ") in page, (g["path"], paragraph[:60])
        for name in g["authors"] + g["photographers"] + ([g["source"]] if g["source"] else []):
            assert name in page
        srcs = re.findall(r'<div class="neos-nodetypes-image"><figure><img src="([^"]+)"', body)
        assert srcs == [img["path"] for img in g["images"]], g["path"]
        captions = re.findall(
            r'<div class="neos-nodetypes-image"><figure><img [^>]*>(?:<figcaption>(.*?)</figcaption>)?',
            body,
        )
        assert [html.unescape(c) or None for c in captions] == [
            img["caption"] for img in g["images"]
        ]
        assert (
            portal.HEADER_DATE in page and "Tin mới nhất" in page and "Bài viết liên quan" in page
        )
        assert "Trang web sử dụng cookie" in page and "Tổng lượt truy cập" in page


def test_non_articles_answer_200(server: PortalServer) -> None:
    for target in portal.NON_ARTICLES:
        status, body, _ = fetch(server, target)
        assert status == 200, target
        assert 'class="news-detail__teaser"' not in body or target.startswith("/en/")


def test_bylines_sit_in_the_last_text_node(server: PortalServer) -> None:
    bylines = {
        0: "<p><strong>Văn phòng Sở</strong></p>",
        1: "<p><strong>Phòng Giáo dục Trung học</strong></p>",
        2: '<p style="text-align:right"><em>Tin và ảnh: Nguyễn Văn Bình – Trường THPT Lưu Văn Liệt</em></p>',
        4: '<p style="text-align:right"><em>Lê Thị Thu Hà</em></p>',
        5: '<p style="text-align:right"><em>Huỳnh Thanh Tâm - Võ Thị Mỹ Linh</em></p>',
    }
    for index, line in bylines.items():
        _, body, _ = fetch(server, portal.GOLD[index]["path"])
        content = body.split('<div class="news-detail__body neos-contentcollection">', 1)[1].split(
            "</article>"
        )[0]
        last_text = content.rsplit('<div class="neos-nodetypes-text">', 1)[1]
        assert last_text.startswith("<div>") and line + "</div></div>" in last_text, index
    _, body, _ = fetch(server, portal.GOLD[3]["path"])
    assert "<p><em>Nguồn: Cổng TTĐT tỉnh</em></p>" in body


def test_content_nodes_of_the_platform(server: PortalServer) -> None:
    _, long_report, _ = fetch(server, portal.GOLD[0]["path"])
    assert long_report.count('<div class="neos-nodetypes-headline"><h2>') == 2
    assert '<figure class="table"><table><thead><tr><th>Chỉ tiêu</th>' in long_report
    assert "Tỷ lệ tốt nghiệp THPT | 99,21% | 99,48%" in _gold(portal.GOLD[0]["path"])["body"]
    _, two_column, _ = fetch(server, portal.GOLD[6]["path"])
    assert '<div class="neos-nodetypes-columnlayouts-twocolumn">' in two_column
    _, notice, _ = fetch(server, portal.GOLD[9]["path"])
    assert (
        notice.count('<ul class="neos-nodetypes-assetlist">') == 1
        and notice.count(".pdf</a></li>") == 3
    )
    assert len(_gold(portal.GOLD[9]["path"])["body"].split("\n\n")) == 2
    assert "mau-phieu-dang-ky-du-tuyen" not in _gold(portal.GOLD[9]["path"])["body"]
    _, nfd_page, _ = fetch(server, portal.GOLD[5]["path"])
    assert unicodedata.normalize("NFD", "người cao tuổi") in nfd_page
    _, no_caption, _ = fetch(server, portal.GOLD[1]["path"])
    assert re.search(
        r'IMG_20261123_152241-1024x768\.jpg" alt="" title="" width="1024" height="768" /></figure>',
        no_caption,
    )


# --- reachability ---------------------------------------------------------------------------------


def test_every_article_is_reachable_from_the_start_page(server: PortalServer) -> None:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    while queue and len(seen) < 300:
        target = queue.popleft()
        if target in seen:
            continue
        seen.add(target)
        status, body, headers = fetch(server, target)
        if status in (301, 302, 303):
            queue.append(
                _local_links(f'href="{headers["Location"]}"', server.url(target), server)[0]
            )
            continue
        if status != 200 or "text/html" not in headers.get("Content-Type", ""):
            continue
        queue.extend(_local_links(body, server.url(target), server))
    for g in portal.GOLD:
        assert g["path"] in seen, g["path"]
    assert any("%5BcurrentPage%5D=3" in t for t in seen)


def test_sitemap_lists_every_article_and_no_shortcut(server: PortalServer) -> None:
    status, robots, _ = fetch(server, "/robots.txt")
    assert (
        status == 200
        and "Disallow: /neos/" in robots
        and f"Sitemap: {server.base_url}/sitemap.xml" in robots
    )
    status, xml, headers = fetch(server, "/sitemap.xml")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    for g in portal.GOLD:
        assert server.url(g["path"]) in locs
    assert "/noi-bat/" not in xml and "/en/" not in xml
    lastmod = dict(
        re.findall(
            r"<loc>([^<]+)</loc><lastmod>([^<]+)</lastmod>", xml.replace(server.base_url, "")
        )
    )
    assert lastmod[portal.GOLD[0]["path"]].startswith(
        "2026-09-07"
    )  # an edit, not the printed 05.09.2026
    status, en_xml, _ = fetch(server, "/en/sitemap.xml")
    assert status == 200 and en_xml.count("<url>") == 4


# --- traps -----------------------------------------------------------------------------------------


def test_bracketed_paginator(server: PortalServer) -> None:
    _, first, _ = fetch(server, "/tin-tuc.html")
    assert (
        'href="/tin-tuc.html?--flowpack-listable-paginator%5BcurrentPage%5D=2" rel="next">›</a>'
        in first
    )
    assert 'href="/tin-tuc.html?--flowpack-listable-paginator%5BcurrentPage%5D=3">»</a>' in first
    assert "«" not in first.split('<nav class="Paginator"')[1].split("</nav>")[0]
    _, last, _ = fetch(server, "/tin-tuc.html?--flowpack-listable-paginator%5BcurrentPage%5D=3")
    pager = last.split('<nav class="Paginator"')[1].split("</nav>")[0]
    assert "›" not in pager and "»" not in pager and "«" in pager and "‹" in pager
    assert f'<link rel="canonical" href="{server.base_url}/tin-tuc.html" />' in last
    assert last.count('class="news-list__item"') == 1
    _, raw, _ = fetch(server, "/tin-tuc.html?--flowpack-listable-paginator[currentPage]=3")
    assert raw.count('class="news-list__item"') == 1 and portal.GOLD[0]["title"] in _reader(raw)
    _, hdn2, _ = fetch(server, "/tin-tuc/hoat-dong-nganh.html" + PAGE2)
    items = re.findall(r'<h3 class="news-list__title"><a href="([^"]+)">', hdn2)
    assert items == [portal.GOLD[7]["path"], portal.GOLD[0]["path"]]
    _, tb, _ = fetch(server, "/tin-tuc/thong-bao.html")
    assert 'class="Paginator"' not in tb and tb.count('class="news-list__item"') == 5
    status, past, _ = fetch(
        server, "/tin-tuc.html?--flowpack-listable-paginator%5BcurrentPage%5D=9"
    )
    assert status == 200 and "Không có bài viết nào." in past


def test_shortcut_nodes_answer_301(server: PortalServer) -> None:
    _, home, _ = fetch(server, "/")
    shortcuts = re.findall(r'href="(/noi-bat/[^"]+)"', home)
    assert len(set(shortcuts)) == 4
    for shortcut in set(shortcuts):
        status, _, headers = fetch(server, shortcut)
        assert status == 301
        target = urlsplit(headers["Location"]).path
        assert target in {g["path"] for g in portal.GOLD}
    status, _, headers = fetch(server, "/noi-bat/hoc-ba-so.html")
    assert urlsplit(headers["Location"]).path == portal.GOLD[3]["path"]


def test_backend_links_are_forbidden(server: PortalServer) -> None:
    _, page, _ = fetch(server, portal.GOLD[4]["path"])
    preview = html.unescape(re.search(r'href="(/neos/preview\?node=[^"]+)"', page).group(1))
    assert fetch(server, preview)[0] == 403
    _, home, _ = fetch(server, "/")
    assert 'href="/neos/login"' in home
    status, body, _ = fetch(server, "/neos/login")
    assert status == 403 and "403 Forbidden" in body


def test_english_dimension(server: PortalServer) -> None:
    with_en = [portal.GOLD[i]["path"] for i in (1, 2, 3)]
    for path in with_en:
        _, body, _ = fetch(server, path)
        en = re.search(
            r'<link rel="alternate" hreflang="en" href="[^"]+?(/en/[^"]+)" />', body
        ).group(1)
        assert en in portal.NON_ARTICLES
        status, en_body, _ = fetch(server, en)
        assert status == 200 and '<html lang="en">' in en_body
        assert f'hreflang="vi" href="{server.base_url}{path}"' in en_body
    _, other, _ = fetch(server, portal.GOLD[4]["path"])
    assert '<li class="language-menu__item absent"><span>EN</span></li>' in other
    status, en_home, _ = fetch(server, "/en")
    assert status == 200 and en_home.count("/en/news/sector-activities/") == 3


def test_persistent_resources(server: PortalServer) -> None:
    _, notice, _ = fetch(server, portal.GOLD[9]["path"])
    pdf = re.search(r'<a href="(/_Resources/Persistent/[0-9a-f]{40}/[^"]+\.pdf)">', notice).group(1)
    with NO_REDIRECTS.open(server.url(pdf), timeout=10) as resp:
        assert resp.headers["Content-Type"] == "application/pdf" and resp.read().startswith(b"%PDF")
    for title, digest, name, _day in portal.DOCUMENTS:
        assert fetch(server, f"/_Resources/Persistent/{digest}/{name}")[0] == 200, title
    with NO_REDIRECTS.open(server.url(portal.GOLD[0]["images"][0]["path"]), timeout=10) as resp:
        assert resp.headers["Content-Type"] == "image/jpeg"
    assert (
        fetch(server, "/_Resources/Persistent/0000000000000000000000000000000000000000/x.pdf")[0]
        == 404
    )


def test_search_results_have_their_own_paginator(server: PortalServer) -> None:
    _, page, _ = fetch(server, portal.GOLD[1]["path"])
    assert 'href="/tim-kiem?search=THPT"' in page
    status, results, _ = fetch(server, "/tim-kiem?search=THPT")
    assert status == 200 and '<meta name="robots" content="noindex,follow" />' in results
    assert "search=THPT&amp;--flowpack-searchplugin-search%5BcurrentPage%5D=2" in results
    _, second, _ = fetch(
        server, "/tim-kiem?search=THPT&--flowpack-searchplugin-search%5BcurrentPage%5D=2"
    )
    assert second.count('class="search-result"') >= 1
    _, nothing, _ = fetch(server, "/tim-kiem")
    assert "Vui lòng nhập từ khóa" in nothing


def test_contact_form_address(server: PortalServer) -> None:
    _, contact, _ = fetch(server, "/lien-he.html")
    action = html.unescape(
        re.search(r'<form id="contactForm"[^>]* action="([^"]+)"', contact).group(1)
    )
    assert action == portal.FORM_ACTION and "--neos-nodetypes-form%5B%40action%5D=submit" in action
    status, again, _ = fetch(server, action)
    assert (
        status == 200 and f'<link rel="canonical" href="{server.base_url}/lien-he.html" />' in again
    )
    with NO_REDIRECTS.open(server.url(action), data=b"x=1", timeout=10) as resp:
        assert resp.status == 200 and "Cảm ơn bạn đã gửi ý kiến" in resp.read().decode()


def test_unknown_arguments_are_ignored(server: PortalServer) -> None:
    g = portal.GOLD[8]
    status, body, _ = fetch(server, g["path"] + "?utm_source=zalo")
    assert status == 200 and f'<link rel="canonical" href="{server.base_url}{g["path"]}" />' in body
    assert fetch(server, g["path"][:-5])[0] == 404
