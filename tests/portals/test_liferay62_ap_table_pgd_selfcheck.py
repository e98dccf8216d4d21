"""Self-checks of the liferay62_ap_table_pgd fixture portal against itself (never the crawler)."""

from __future__ import annotations

import html as _html
import re
import unicodedata
from collections import deque
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import liferay62_ap_table_pgd as portal
from tests.portals._selfcheck import NO_REDIRECTS, fetch

_JS = re.compile(r";jsessionid=[0-9A-Za-z]+")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(body: str) -> str:
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
    plain = _html.unescape(re.sub(r"<[^>]+>", " ", body))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", plain.replace("\xa0", " ")))


def links(body: str, base: str) -> list[str]:
    """Same-host targets of hrefs and GET forms, as a crawler would see them."""
    out = []
    for raw in re.findall(r'href="([^"]*)"', body):
        href = _html.unescape(raw)
        if href.startswith(base):
            href = href[len(base) :]
        if href.startswith("/") and not href.startswith("//"):
            out.append(href.split("#")[0])
    for attrs, inner in re.findall(r"<form([^>]*)>(.*?)</form>", body, flags=re.S):
        if 'method="get"' not in attrs:
            continue
        action = _html.unescape(re.search(r'action="([^"]*)"', attrs).group(1))
        fields = re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', inner)
        out.append(action.split("?")[0] + "?" + urlencode(fields))
    return out


def is_page(target: str) -> bool:
    path = urlsplit(target).path
    return path.startswith("/web/") or path == "/"


def crawl(server, skip=lambda t: False, norm=lambda t: t) -> tuple[set[str], int]:
    seen: set[str] = set()
    queue = deque([portal.START_PATH])
    requests = 0
    while queue:
        target = norm(queue.popleft())
        if target in seen or skip(target):
            continue
        seen.add(target)
        requests += 1
        assert requests < 400, "the site must stay bounded"
        status, body, _ = fetch(server, target)
        if status != 200:
            continue
        for link in links(body, server.base_url):
            if is_page(link) and link not in seen:
                queue.append(link)
    return seen, requests


def strip_session(target: str) -> str:
    return _JS.sub("", target)


def sensible(target: str) -> str:
    """A crawler that keeps the session cookie and drops Liferay's back-link ``redirect``."""
    parts = urlsplit(strip_session(target))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "redirect"]
    return parts.path + ("?" + urlencode(query) if query else "")


def test_counts():
    assert len(portal.GOLD) == 13
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    cats = {g["category"] for g in portal.GOLD}
    assert 2 <= len(cats) <= 4
    assert len({g["path"] for g in portal.GOLD}) == 13
    # two different articles share one headline
    titles = [g["title"] for g in portal.GOLD]
    assert len(set(titles)) == 12
    for g in portal.GOLD:
        assert unicodedata.is_normalized("NFC", g["title"] + g["body"])
        paras = g["body"].split("\n\n")
        assert 3 <= len(paras) <= 12, g["path"]


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"].rsplit("/", 1)[-1][:40])
def test_gold_page_has_fields(server, gold):
    status, body, headers = fetch(server, gold["path"])
    assert status == 200
    assert "charset=utf-8" in headers["Content-Type"]
    txt = page_text(body)
    assert gold["title"] in txt
    for para in gold["body"].split("\n\n"):
        # a table row's cells are joined by " | " in the gold; the page prints them in cells
        assert " ".join(para.split(" | ")) in txt, para
    for name in gold["authors"] + gold["photographers"]:
        assert name in txt
    if gold["source"]:
        assert gold["source"] in txt
    if gold["summary"]:
        assert gold["summary"] in txt
    srcs = {_html.unescape(s) for s in re.findall(r'src="([^"]*)"', body)}
    for img in gold["images"]:
        assert img["path"] in srcs
        if img["caption"]:
            assert img["caption"] in txt
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in txt or f"ngày {d}" in txt
    assert gold["category"] in txt
    canon = re.search(r'<link href="([^"]+)" rel="canonical"', body).group(1)
    assert canon == server.base_url + gold["canonical_path"]


def test_alt_paths_serve_the_same_article(server):
    for gold in portal.GOLD:
        for alt in gold["alt_paths"]:
            status, body, _ = fetch(server, alt)
            assert status == 200, alt
            txt = page_text(body)
            assert gold["title"] in txt, alt
            assert gold["body"].split("\n\n")[-1] in txt, alt


def test_home_variant_prints_home_breadcrumb(server):
    story = portal.HOME_LATEST[0]
    status, body, _ = fetch(server, portal.home_art_path(story))
    assert status == 200
    crumbs = re.search(r'class="breadcrumb breadcrumb-horizontal">(.*?)</ul>', body, re.S).group(1)
    assert "Trang chủ" in crumbs and "Tin tức - Sự kiện" not in crumbs


def test_every_gold_reachable_and_bounded(server):
    seen, requests = crawl(server)
    reached = {strip_session(t) for t in seen}
    for gold in portal.GOLD:
        targets = {gold["path"], *(strip_session(a) for a in gold["alt_paths"])}
        assert reached & targets, gold["path"]
    for path in portal.NON_ARTICLES:
        assert any(urlsplit(t).path == path for t in reached), path
    # following every link, redirect= variants and jsessionid paths included, stays bounded
    assert requests <= 100, requests
    _, with_cookie = crawl(server, norm=strip_session)
    assert with_cookie <= 80, with_cookie
    seen, requests = crawl(server, norm=sensible)
    assert requests <= 3 * (13 + len(portal.NON_ARTICLES)), requests
    reached = {strip_session(t) for t in seen}
    for gold in portal.GOLD:
        assert reached & {gold["path"], *(strip_session(a) for a in gold["alt_paths"])}


def test_some_articles_only_on_page_two(server):
    def skip(target: str) -> bool:
        return bool(re.search(r"_cur=([2-9])", target))

    seen, _ = crawl(server, skip)
    slugs = {portal.TT5.slug, portal.TT6.slug, portal.HD5.slug}
    reached = {strip_session(urlsplit(t).path).rsplit("/", 1)[-1] for t in seen}
    assert not (reached & slugs)


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
    status, body, _ = fetch(server, portal.display_path(portal.SOFT404_SLUG))
    assert "Không tìm thấy nội dung" in body


@pytest.mark.parametrize(
    "target",
    [
        "/web/pgd-pleiku/khong-co",
        "/web/pgd-pleiku/-/khong-co-bai-nay",
        "/web/pgd-pleiku/tin-tuc-su-kien/-/asset_publisher/Xk4RbT2mQw9L/content/khong-co",
        "/web/pgd-pleiku/thong-bao/-/asset_publisher/Xk4RbT2mQw9L/content/" + portal.TT1.slug,
        "/web/pgd-pleiku/trang-chu/-/asset_publisher/hTr9Qa0Zp1Bc/content/" + portal.TT5.slug,
        "/web/khac",
        "/wp-admin/",
    ],
)
def test_unknown_paths_404(server, target):
    status, _, _ = fetch(server, target)
    assert status == 404


def test_session_rewriting(server):
    status, body, headers = fetch(server, portal.START_PATH)
    assert status == 200 and "JSESSIONID=" in headers.get("Set-Cookie", "")
    assert f";jsessionid={portal.JSID}" in body
    req = portal.Request("GET", portal.START_PATH, "", {"Cookie": f"JSESSIONID={portal.JSID}"})
    page = portal.build_site().respond(req).payload().decode("utf-8")
    assert ";jsessionid=" not in page


def test_redirects_and_files(server):
    with pytest.raises(Exception) as err:
        NO_REDIRECTS.open(server.url("/c/bookmarks/open_entry?entryId=51234"), timeout=10)
    assert "baogialai.com.vn" in str(getattr(err.value, "headers", {}).get("Location", ""))
    status, _, headers = fetch(server, "/")
    assert status == 302 and headers["Location"] == portal.START_PATH
    for gold in portal.GOLD:
        for img in gold["images"]:
            status, _, headers = fetch(server, img["path"])
            assert status == 200 and headers["Content-Type"].startswith("image/")


def test_listing_pages(server):
    status, body, _ = fetch(server, portal.listing_url("tt", 2))
    assert status == 200
    assert "Trang 2 của 2" in body and "Hiển thị 6 - 7 của 7 kết quả." in body
    assert portal.TT5.slug in body and portal.TT1.slug not in body
    status, body, _ = fetch(server, portal.section_path("tb"))
    assert status == 200 and "lfr-pagination" not in body
