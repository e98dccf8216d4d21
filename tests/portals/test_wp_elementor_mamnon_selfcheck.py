"""Self-check of the wp_elementor_mamnon fixture portal against itself (never the crawler).

Every gold target answers 200 with its title, its gold text is on its page, every article is
reached by following links and GET forms from the start page, non-articles answer 200, unknown
paths 404, and the traps the module documents behave as documented.
"""

from __future__ import annotations

import html
import re
from collections import deque
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from crawler.demo.server import PortalServer
from tests.portals import wp_elementor_mamnon as portal
from tests.portals._common import collapse
from tests.portals._selfcheck import fetch

_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
_HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.S)
_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S)
_INPUT = re.compile(r'<input\b[^>]*\bname="([^"]+)"[^>]*?(?:\bvalue="([^"]*)")?[^>]*>')
_EMOJI_IMG = re.compile(
    r'<img\b[^>]*\balt="([^"]*)"[^>]*src="https://static\.xx\.fbcdn\.net[^"]*"[^>]*>'
)
_ASSET = re.compile(r"^/(wp-content|wp-includes)/")


@pytest.fixture(scope="module")
def server():
    with PortalServer(portal.build_site()) as srv:
        yield srv


def page_text(markup: str) -> str:
    """What a reader sees: scripts and styles out, Facebook's emoji pictures as their emoji."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S)
    markup = _EMOJI_IMG.sub(lambda m: html.unescape(m.group(1)), markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    return collapse(html.unescape(markup))


def local_target(server: PortalServer, base_target: str, href: str) -> str | None:
    href = html.unescape(href).strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    url = urljoin(server.url(base_target), href)
    parts = urlsplit(url)
    if parts.netloc != f"{server.host}:{server.port}":
        return None
    if _ASSET.match(parts.path):
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def walk(server: PortalServer) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Breadth-first over <a href> and GET forms (default values); redirects are followed."""
    seen: dict[str, str] = {}
    found_on: dict[str, set[str]] = {}
    queue = deque([portal.START_PATH])
    queued = {portal.START_PATH}
    while queue:
        target = queue.popleft()
        status, body, headers = fetch(server, target)
        links: list[str] = []
        if status in (301, 302):
            links.append(headers["Location"])
        elif status == 200 and "html" in headers.get("Content-Type", ""):
            seen[target] = body
            links += _HREF.findall(body)
            for attrs, inner in _FORM.findall(body):
                if 'method="get"' not in attrs:
                    continue
                action = re.search(r'action="([^"]*)"', attrs)
                fields = {name: html.unescape(value or "") for name, value in _INPUT.findall(inner)}
                links.append((action.group(1) if action else target) + "?" + urlencode(fields))
        for href in links:
            nxt = local_target(server, target, href)
            if nxt is None:
                continue
            found_on.setdefault(nxt, set()).add(target)
            if nxt not in queued:
                queued.add(nxt)
                queue.append(nxt)
        assert len(seen) < 400, "the walk does not end"
    return seen, found_on


@pytest.fixture(scope="module")
def crawl(server):
    return walk(server)


def test_gold_is_well_formed():
    assert len(portal.GOLD) == 13
    paths = [g["path"] for g in portal.GOLD]
    assert len(set(paths)) == 13
    alts = [a for g in portal.GOLD for a in g.get("alt_paths", [])]
    assert len(set(alts)) == len(alts) and not set(alts) & set(paths)
    for g in portal.GOLD:
        assert g["title"] and g["body"] and g["category"], g["path"]
        assert g["published_at"] is None or _STAMP.match(g["published_at"]), g["published_at"]
        assert g["published_at"].startswith(("2026-10", "2026-11", "2026-12"))
        if g["summary"]:
            assert g["body"].startswith(g["summary"])
    assert 3 <= len(portal.NON_ARTICLES) <= 8
    assert not set(portal.NON_ARTICLES) & set(paths)
    assert portal.NAME == "wp_elementor_mamnon" and portal.START_PATH == "/"


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_page_serves_its_article(server, gold):
    status, body, _ = fetch(server, gold["path"])
    assert status == 200
    text = page_text(body)
    assert gold["title"] in text
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', body).group(1)
    assert canonical == server.url(gold["canonical_path"])
    for alt in gold.get("alt_paths", []):
        a_status, a_body, _ = fetch(server, alt)
        assert a_status == 200, alt
        assert gold["title"] in page_text(a_body), alt


@pytest.mark.parametrize("gold", portal.GOLD, ids=lambda g: g["path"][:40])
def test_gold_fields_are_on_the_page(server, gold):
    _, body, _ = fetch(server, gold["path"])
    text = page_text(body)
    for para in gold["body"].split("\n\n"):
        for cell in para.split(" | "):
            assert cell in text, (gold["path"], cell)
    for name in gold["authors"] + gold["photographers"]:
        assert name in text, name
    if gold["source"]:
        assert gold["source"] in text
    if gold["summary"]:
        assert gold["summary"] in text
    assert gold["category"] in text
    for img in gold["images"]:
        assert server.url(img["path"]) in body, img
        if img["caption"]:
            assert img["caption"] in text, img["caption"]
        status, _, headers = fetch(server, img["path"])
        assert status == 200 and headers["Content-Type"].startswith("image/")
    day = gold["published_at"][:10]
    y, m, d = day.split("-")
    assert f"{d}/{m}/{y}" in text or f"ngày {d} tháng {m} năm {y}" in text


def test_non_articles_answer(server):
    for path in portal.NON_ARTICLES:
        status, body, _ = fetch(server, path)
        assert status == 200, path
        assert "<h1" in body


@pytest.mark.parametrize(
    "target",
    [
        "/khong-ton-tai/",
        "/thong-bao/",
        "/thong-bao/khong-co-thong-bao/",
        "/hoat-dong-cua-be/page/3/",
        "/goc-phu-huynh/page/5/",
        "/tin-tuc/?e-page-4e7b2d9=9",
        "/page/9/",
        "/tag/khong-co/",
        "/album-anh-lop-la-1-thang-11/print/",
        "/wp-content/uploads/2026/12/khong-co.pdf",
    ],
)
def test_unknown_paths_404(server, target):
    assert fetch(server, target)[0] == 404


def test_every_article_and_non_article_is_reachable(crawl):
    seen, _ = crawl
    for gold in portal.GOLD:
        variants = {gold["path"], *gold.get("alt_paths", [])}
        assert variants & set(seen), gold["path"]
    for path in portal.NON_ARTICLES:
        assert path in seen, path


def test_crawl_stays_within_budget(crawl):
    seen, _ = crawl
    assert len(seen) <= 3 * (len(portal.GOLD) + len(portal.NON_ARTICLES)), sorted(seen)


# --- the traps -------------------------------------------------------------------------------


def _gold(story):
    return next(g for g in portal.GOLD if g["path"] == portal.post_path(story))


def test_notice_d3_is_linked_only_from_the_second_page_of_its_loop_grid(crawl):
    _, found_on = crawl
    pages = found_on[portal.post_path(portal.D3)]
    assert pages and all(f"e-page-{portal.NOTICE_WIDGET}=2" in p for p in pages)


def test_old_posts_are_linked_only_from_page_two_of_listings(crawl):
    _, found_on = crawl
    for story in (portal.A4, portal.A5):
        pages = found_on[portal.post_path(story)]
        assert pages and all(
            p.endswith("/page/2/") or f"e-page-{portal.NEWS_WIDGET}=2" in p for p in pages
        ), pages


def test_load_more_hides_the_next_page_in_a_data_attribute(server):
    _, body, _ = fetch(server, "/")
    assert 'data-next-page="' + server.url("/page/2/") + '"' in body
    assert 'href="' + server.url("/page/2/") + '"' not in body
    assert fetch(server, "/page/2/")[0] == 200 and fetch(server, "/page/3/")[0] == 200
    _, gph, _ = fetch(server, "/goc-phu-huynh/")
    assert 'data-next-page="' + server.url("/goc-phu-huynh/page/2/") + '"' in gph


def test_protected_post_looks_like_an_article(server):
    status, body, _ = fetch(server, "/album-anh-lop-la-1-thang-11/")
    assert status == 200 and "Được bảo vệ: " in body and 'name="post_password"' in body
    _, listing, _ = fetch(server, "/hoat-dong-cua-be/")
    assert "/album-anh-lop-la-1-thang-11/" in listing


def test_emoji_slug_answers_in_both_cases_and_shortlinks_redirect(server):
    gold = _gold(portal.A2)
    assert "%f0%9f%8e%84" in gold["path"]
    upper = gold["alt_paths"][0]
    assert upper.startswith("/%F0%9F%8E%84-lop-la-2-") and fetch(server, upper)[0] == 200
    status, _, headers = fetch(server, f"/?p={portal.A2.id}")
    assert status == 301 and headers["Location"].endswith(gold["path"])
    status, _, headers = fetch(server, gold["path"].rstrip("/"))
    assert status == 301


def test_dates_in_meta_are_utc_and_local_time_is_printed_twelve_hour(server):
    _, body, _ = fetch(server, portal.post_path(portal.A5))
    assert 'article:published_time" content="2026-10-30T17:00:00+00:00"' in body
    assert "12:00 sáng" in body and _gold(portal.A5)["published_at"] == "2026-10-31"
    _, body, _ = fetch(server, portal.post_path(portal.A4))
    assert "12:40 sáng" in body and "2026-11-05T17:40:00+00:00" in body
    _, body, _ = fetch(server, portal.post_path(portal.B2))
    assert "12:25 chiều" in body and "Cập nhật lần cuối: 04/12/2026" in body
    _, body, _ = fetch(server, portal.post_path(portal.D1))
    assert (
        "Ngày đăng: 04/12/2026 - 17:10" in body and _gold(portal.D1)["published_at"] == "2026-12-03"
    )


def test_auto_excerpt_is_no_sapo(server):
    for story in (portal.A2, portal.A3, portal.C2):
        gold = _gold(story)
        _, body, _ = fetch(server, gold["path"])
        assert gold["summary"] is None
        auto = portal.auto_excerpt(story)
        assert auto.endswith("[…]") and auto in page_text(body)
        assert auto not in gold["body"]
    for story in (portal.A1, portal.B1, portal.C1):
        assert _gold(story)["summary"] == story.summary


def test_cms_account_is_nobody_and_chrome_reads_like_content(server):
    for gold in portal.GOLD:
        _, body, _ = fetch(server, gold["path"])
        assert portal.ACCOUNT not in gold["authors"]
        assert "THÔNG BÁO TUYỂN SINH NĂM HỌC 2027" in body
        assert "THÔNG BÁO TUYỂN SINH" not in gold["body"]
        assert "Xem thêm" not in gold["body"] and "📎" not in gold["body"]
        assert "#mamnonhoami" not in gold["body"]
        for img in gold["images"]:
            assert "fbcdn" not in img.get("url", "")


def test_captions_in_many_forms(server):
    a3 = _gold(portal.A3)
    assert [i["caption"] for i in a3["images"]] == [
        None,
        None,
        "Bé Minh Anh (lớp Lá 1) với bức tranh “Vườn hoa của bé”",
        None,
    ]
    _, body, _ = fetch(server, a3["path"])
    assert 'data-src-fg="' + server.url(a3["images"][0]["path"]) + '"' in body
    assert "IMG_20261123_084512" in body
    a5 = _gold(portal.A5)
    assert a5["images"][0]["caption"] == "Các bé lớp Mầm 1 trong trang phục hóa trang"
    assert a5["images"][2]["caption"] is None and a5["photographers"] == ["Lê Hoàng Phúc"]
    b1 = _gold(portal.B1)
    _, body, _ = fetch(server, b1["path"])
    assert "Một số hình ảnh tại buổi lễ" in body
    assert "Một số hình ảnh tại buổi lễ" not in b1["body"]
    assert [i["caption"] for i in b1["images"]][2] is None
    assert _gold(portal.C1)["images"] == []


def test_facebook_emoji_pictures_are_text(server):
    gold = _gold(portal.A4)
    _, body, _ = fetch(server, gold["path"])
    assert 'alt="🥰"' in body and "Bảo tàng Đà Nẵng 🥰. Tại đây" in gold["body"]
    assert "Bảo tàng Đà Nẵng 🥰. Tại đây" in page_text(body)
